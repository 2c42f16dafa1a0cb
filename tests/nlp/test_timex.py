"""Time expressions: the vector table, seed cases and properties of the tagger."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.nlp.time import timex
from warta.nlp.time.timex import iso_period, parse_number, tag_time
from warta.records import PartialDate

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "timex.json"
TABLE: list[dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))


def _anchor(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def _out(text: str, anchor: PartialDate | None) -> list[dict[str, Any]]:
    return [
        {"text": t.text, "value": t.value, "precision": t.precision, "type": t.type}
        for t in tag_time(text, anchor)
    ]


def test_table_is_large_and_has_negatives() -> None:
    assert len(TABLE) >= 150
    assert sum(1 for v in TABLE if not v["expected"]) >= 20


@pytest.mark.parametrize(
    "vector", TABLE, ids=[f"{i:03d}-{v['text'][:40]}" for i, v in enumerate(TABLE)]
)
def test_vector(vector: dict[str, Any]) -> None:
    assert _out(vector["text"], _anchor(vector["anchor"])) == vector["expected"]


# --- the seed cases, spelled out --------------------------------------------------------
SEED_002 = (
    "Pada tanggal 9 Mei lalu, surat kabar resmi Korea Utara, Rodong Sinmun mengabarkan "
    "bahwa pemimpin Kim Jong-un mengirim pesan kepada Presiden Rusia, Vladimir Putin dalam "
    "rangka peringatan 75 tahun kemenangan Uni Soviet dalam Perang Dunia II. Pada tanggal "
    "17 Mei, sebuah situs propaganda Korea Utara berulang kali menekankan persahabatan.\n\n"
    "Kim dan Putin mengadakan pertemuan puncak pertama mereka pada April tahun lalu di "
    "Vladivostok, Rusia. Pada November tahun lalu, Choe Son-hui mengunjungi Moskow."
)


def test_seed_002_against_its_stated_date() -> None:
    got = {t.text: t.value for t in tag_time(SEED_002, PartialDate(2020, 5, 21))}
    assert got == {
        "tanggal 9 Mei lalu": "2020-05-09",
        "75 tahun": "P75Y",  # an anniversary: a duration, never the year 75
        "tanggal 17 Mei": "2020-05-17",
        "April tahun lalu": "2019-04",
        "November tahun lalu": "2019-11",
    }


def test_anchor_is_recorded_only_on_resolved_relative_expressions() -> None:
    tags = tag_time("Pada tahun 2011 dan kemarin, selama dua jam.", PartialDate(2023, 9, 13))
    assert [(t.text, t.anchor) for t in tags] == [
        ("tahun 2011", None),
        ("kemarin", "2023-09-13"),
        ("dua jam", None),
    ]
    (kemarin,) = [t for t in tag_time("kemarin", PartialDate(2019, 4)) if t.text == "kemarin"]
    assert kemarin.value is None and kemarin.anchor is None


def test_month_anchor_resolves_only_what_it_can() -> None:
    text = "Kremlin mengatakan mereka akan bertemu pada Kamis (25/04); kemarin Kim berangkat."
    got = {t.text: t.value for t in tag_time(text, PartialDate(2019, 4))}
    assert got == {"Kamis (25/04)": "2019-04-25", "kemarin": None}


def test_without_anchor_relative_values_are_none_but_spans_kept() -> None:
    text = "Kemarin, dua hari lalu, pekan ini dan bulan Februari di Hanoi."
    tags = tag_time(text, None)
    assert [t.text for t in tags] == ["Kemarin", "dua hari lalu", "pekan ini", "bulan Februari"]
    assert all(t.value is None and t.precision is None for t in tags)


def test_parse_number_words() -> None:
    assert parse_number("tujuh belas") == 17
    assert parse_number("sembilan puluh sembilan") == 99
    assert parse_number("seratus dua puluh lima") == 125
    assert parse_number("beberapa") is None


def test_iso_period_of_each_precision() -> None:
    assert iso_period("2019") == (date(2019, 1, 1), date(2019, 12, 31))
    assert iso_period("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert iso_period("2023-W37") == (date(2023, 9, 11), date(2023, 9, 17))
    assert iso_period("199X") == (date(1990, 1, 1), date(1999, 12, 31))


# --- properties -------------------------------------------------------------------------
MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember"]  # fmt: skip
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
              "Des"]  # fmt: skip
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
anchors = st.one_of(
    st.none(),
    st.builds(lambda d: PartialDate(d.year, d.month, d.day), dates),
    st.builds(lambda d: PartialDate(d.year, d.month), dates),
)


@given(dates, anchors, st.booleans(), st.sampled_from(["Pada {} ia tiba.", "{}", "({})"]))
def test_day_month_year_in_words_round_trips(
    d: date, anchor: PartialDate | None, abbr: bool, frame: str
) -> None:
    month = (MONTH_ABBR if abbr else MONTH_NAMES)[d.month - 1]
    written = f"{d.day} {month} {d.year}"
    (t,) = tag_time(frame.format(written), anchor)
    assert (t.text, t.value, t.precision, t.type) == (written, d.isoformat(), "day", "date")


@given(dates, anchors, st.booleans())
def test_numeric_day_month_year_round_trips(d: date, anchor: PartialDate | None, pad: bool) -> None:
    written = f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"
    (t,) = tag_time(f"Laporan dirilis {written} oleh kementerian.", anchor)
    assert (t.text, t.value, t.type) == (written, d.isoformat(), "date")


WORDS = [
    "Kim", "tiba", "pada", "Selasa", "pagi", "kemarin", "lusa", "pekan", "ini", "lalu",
    "tahun", "2019", "2022", "bulan", "Februari", "April", "Mei", "9", "17", "dua", "hari",
    "yang", "jam", "selama", "lima", "75", "(25/04)", "Kamis", "13/9/2023", "akan", "depan",
    "awal", "2000-an", "8.000", "pekerja", "Pasal", "5", "Perang", "Dunia", "II", ",", ".",
    "setiap", "Senin", "minggu", "Minggu", "sejak", "tanggal", "Agt", "Okt", "22:28", "WIB",
    "sepekan", "bertahun-tahun", "\n\n",
]  # fmt: skip
soup = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


@settings(max_examples=300)
@given(soup, anchors)
def test_offsets_slice_to_text_and_never_overlap(text: str, anchor: PartialDate | None) -> None:
    tags = tag_time(text, anchor)
    reach = 0
    for t in tags:
        assert text[t.start : t.end] == t.text
        assert t.start >= reach
        reach = t.end
        if t.type == "duration":
            assert t.value is not None and t.value.startswith("P")
        if t.type in ("date", "relative") and t.value is not None:
            assert t.precision is not None
            iso_period(t.value)  # every value is a well-formed ISO period


@settings(max_examples=300)
@given(soup, anchors)
def test_resolution_never_moves_an_absolute_date(text: str, anchor: PartialDate | None) -> None:
    bare = [(t.text, t.value) for t in tag_time(text, None) if t.type == "date"]
    anchored = [(t.text, t.value) for t in tag_time(text, anchor) if t.type == "date"]
    assert anchored == bare


@settings(max_examples=200)
@given(soup, anchors)
def test_hot_windows_find_exactly_what_a_full_scan_finds(
    text: str, anchor: PartialDate | None
) -> None:
    fast = tag_time(text, anchor)
    windows = timex._windows
    timex._windows = lambda low: [(0, len(low), (1 << 9) - 1)]
    try:
        full = tag_time(text, anchor)
    finally:
        timex._windows = windows
    assert fast == full


def test_hot_windows_on_a_seed_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    anchor = PartialDate(2020, 5, 21)
    fast = tag_time(SEED_002, anchor)
    monkeypatch.setattr(timex, "_windows", lambda low: [(0, len(low), (1 << 9) - 1)])
    assert tag_time(SEED_002, anchor) == fast


day_anchors = st.builds(lambda d: PartialDate(d.year, d.month, d.day), dates)


@given(st.integers(1, 400), day_anchors)
def test_n_days_ago_counts_back_from_the_anchor(n: int, anchor: PartialDate) -> None:
    (t,) = tag_time(f"Ia tiba {n} hari lalu.", anchor)
    assert anchor.month is not None and anchor.day is not None
    want = date(anchor.year, anchor.month, anchor.day).toordinal() - n
    assert t.value == date.fromordinal(want).isoformat()


@given(dates, day_anchors, st.sampled_from(["lalu", "mendatang"]))
def test_day_month_with_direction_lands_on_the_right_side(
    d: date, anchor: PartialDate, direction: str
) -> None:
    if (d.month, d.day) == (2, 29):
        return  # no leap year next to most anchors: nothing to resolve
    (t,) = tag_time(f"Sidang digelar {d.day} {MONTH_NAMES[d.month - 1]} {direction}.", anchor)
    assert t.value is not None and anchor.month is not None and anchor.day is not None
    got, a = date.fromisoformat(t.value), date(anchor.year, anchor.month, anchor.day)
    assert (got.month, got.day) == (d.month, d.day)
    assert got <= a if direction == "lalu" else got >= a
    assert abs(got.year - a.year) <= 1


@pytest.mark.parametrize(
    "text", ["Kota itu berdiri 2.500 tahun lalu.", "Sekitar 25 abad lalu ada kerajaan di sana."]
)
def test_relative_dates_before_year_one_stay_unresolved(text: str) -> None:
    """Counting back past year 1 gives no calendar date: unresolved, never malformed
    (a malformed value once crashed the timeline of a 20,000-article build)."""
    (found,) = [t for t in timex.tag_time(text, PartialDate(2024, 3, 5)) if t.type != "duration"]
    assert found.value is None and found.precision is None
