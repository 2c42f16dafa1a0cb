"""The timeline's time axis: ticks adapt to the range and the width, labels never overlap."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.web import charts

ROOT = Path(__file__).resolve().parents[2]
GAP = charts.LABEL_GAP_EM * charts.TICK_FONT


def _entries(first: date, last: date) -> list[dict[str, Any]]:
    """Day-dated entries at both ends of a range and in its middle."""
    middle = first + (last - first) / 2
    return [{"date": d.isoformat(), "text": d.isoformat()} for d in (first, middle, last)]


def _check_labels_apart(chart: dict[str, Any]) -> None:
    ticks = chart["ticks"]
    widths = [charts.label_width(t["label"]) for t in ticks]
    for (a, wa), (b, wb) in pairwise(zip(ticks, widths, strict=True)):
        assert b["x"] - a["x"] >= (wa + wb) / 2 + GAP, (a, b)
        assert b["x"] - a["x"] >= max(wa, wb) + GAP
    for t, w in zip(ticks, widths, strict=True):
        assert t["anchor"] == "middle"
        assert t["x"] - w / 2 >= 0 and t["x"] + w / 2 <= chart["width"], t


RANGES = {  # name: (first, last, tick kind, first, second and last label)
    "10 years": (date(2015, 3, 1), date(2025, 2, 28), "year", ["2015", "2016", "2026"]),
    "2019-2025": (date(2019, 1, 10), date(2025, 11, 30), "year", ["2019", "2020", "2026"]),
    "18 months": (
        date(2023, 1, 1), date(2024, 6, 30), "quarter", ["2023-01", "2023-04", "2024-07"]
    ),
    "3 months": (
        date(2024, 1, 1), date(2024, 3, 31), "week", ["2024-01-01", "2024-01-15", "2024-03-25"]
    ),
    "10 days": (
        date(2024, 3, 1), date(2024, 3, 10), "day", ["2024-03-01", "2024-03-02", "2024-03-10"]
    ),
}


@pytest.mark.parametrize("name", list(RANGES))
def test_ticks_adapt_to_the_range(name: str) -> None:
    first, last, kind, labels = RANGES[name]
    chart = charts.date_strip(_entries(first, last))
    assert chart["tick_kind"] == kind
    ticks = chart["ticks"]
    assert [t["label"] for t in (ticks[0], ticks[1], ticks[-1])] == labels
    assert len(chart["ticks"]) >= 5  # enough ticks to read a date off the axis
    _check_labels_apart(chart)
    xs = [t["x"] for t in chart["ticks"]]
    assert xs == sorted(xs)
    dots = {d["date"]: d["x"] for d in chart["dots"]}
    assert dots[first.isoformat()] < dots[last.isoformat()]


def test_day_ticks_sit_under_their_dots() -> None:
    chart = charts.date_strip(_entries(date(2024, 3, 1), date(2024, 3, 10)))
    ticks = {t["label"]: t["x"] for t in chart["ticks"]}
    for dot in chart["dots"]:
        assert abs(ticks[dot["date"]] - dot["x"]) < 1


def test_a_narrow_chart_gets_coarser_ticks() -> None:
    first, last = date(2023, 1, 1), date(2024, 6, 30)
    wide = charts.date_strip(_entries(first, last))
    narrow = charts.date_strip(_entries(first, last), width=400)
    steps = [(c["tick_kind"], c["tick_step"]) for c in (wide, narrow)]
    assert steps == [("quarter", 1), ("quarter", 2)]  # every 3 months, every 6 on 400 units
    assert len(narrow["ticks"]) < len(wide["ticks"])
    _check_labels_apart(narrow)


def test_every_precision_gets_a_dot() -> None:
    entries = [{"date": d, "text": d} for d in ("200X", "2011", "2019-04", "2023-W37", "2024-03-28")]
    chart = charts.date_strip(entries)
    assert [d["date"] for d in chart["dots"]] == [e["date"] for e in entries]
    xs = [d["x"] for d in chart["dots"]]
    assert xs == sorted(xs)
    assert chart["tick_kind"] == "year" and chart["ticks"][0]["label"] == "2000"
    _check_labels_apart(chart)


def test_one_day_and_no_dates() -> None:
    one = charts.date_strip([{"date": "2024-03-28", "text": "x"}])
    assert one["tick_kind"] == "day" and "2024-03-28" in [t["label"] for t in one["ticks"]]
    assert abs(one["dots"][0]["x"] - one["width"] / 2) < 80
    assert charts.date_strip([{"date": "kapan-kapan", "text": "x"}])["dots"] == []
    ends = charts.date_strip([{"date": "0001", "text": ""}, {"date": "9999-12-31", "text": ""}])
    assert ends["tick_kind"] == "year"  # the calendar's ends do not break the axis


@given(
    start=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    days=st.integers(min_value=0, max_value=365 * 300),
    width=st.integers(min_value=150, max_value=2400),
)
def test_labels_never_overlap(start: date, days: int, width: int) -> None:
    chart = charts.date_strip(_entries(start, start + timedelta(days=days)), width=width)
    _check_labels_apart(chart)
    assert chart["ticks"] or width < 300


@pytest.mark.browser
def test_axis_reads_well_in_chromium() -> None:
    """The axes of the ranges above in real Chromium: measured labels keep apart and are no
    wider than the estimate. The screenshot goes to artifacts/screenshots/time-axis.png."""
    from tests.web.test_browser import FLAGS, _need_browser

    from warta.web.views import env

    sync_playwright = _need_browser()
    macro = env.get_template("macros.html").module.date_strip  # type: ignore[attr-defined]
    css = (ROOT / "src" / "warta" / "web" / "static" / "warta.css").read_text(encoding="utf-8")
    figures = "".join(
        f"<h2>{name}</h2>{macro(charts.date_strip(_entries(first, last)), lambda k: k)}"
        for name, (first, last, _, _) in RANGES.items()
    )
    html = f"<!doctype html><html><head><style>{css}</style></head><body>{figures}</body></html>"
    shots = ROOT / "artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.set_content(html)
        boxes = page.evaluate(
            """() => [...document.querySelectorAll('svg.chart')].map(svg =>
                 [...svg.querySelectorAll('text.tick')].map(t => {
                   const b = t.getBBox();
                   return {label: t.textContent, x: b.x, w: b.width};
                 }))"""
        )
        page.screenshot(path=str(shots / "time-axis.png"), full_page=True)
        browser.close()
    assert len(boxes) == len(RANGES)
    for axis in boxes:
        assert axis, "every axis has labels"
        for box in axis:
            assert box["w"] <= charts.label_width(box["label"]), box
        for a, b in pairwise(axis):
            assert b["x"] - (a["x"] + a["w"]) >= GAP, (a, b)
