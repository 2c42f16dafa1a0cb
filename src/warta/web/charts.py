"""SVG charts computed server-side: geometry here, markup in the templates (autoescaped).

Each builder returns plain numbers and labels; the templates draw ``<rect>``, ``<circle>``
and ``<text>`` from them, so no article text ever becomes markup.
"""

from __future__ import annotations

import math
from datetime import date
from itertools import pairwise
from typing import Any

from warta.nlp.time.calendar import iso_period

WIDTH = 600  # a half-width column; fonts in the SVG scale with it
STRIP_WIDTH = 1000  # full-width date strips


def bar_chart(points: list[tuple[str, int]], *, height: int = 180) -> dict[str, Any]:
    """Bars for ``(label, value)`` points in order (e.g. mentions per month).

    >>> bar_chart([("2024-01", 2), ("2024-02", 4)])["bars"][1]["h"]
    140.0
    """
    top, bottom, left = 10, 30, 30
    inner_h = height - top - bottom
    peak = max((v for _, v in points), default=0) or 1
    step = (WIDTH - left - 10) / max(len(points), 1)
    every = max(1, math.ceil(len(points) / 8))  # at most ~8 axis labels
    bars = []
    for i, (label, value) in enumerate(points):
        h = round(inner_h * value / peak, 1)
        bars.append(
            {
                "x": round(left + i * step + step * 0.15, 1),
                "w": round(max(step * 0.7, 1), 1),
                "y": round(top + inner_h - h, 1),
                "h": h,
                "label": label,
                "value": value,
                "show_label": i % every == 0,
                "lx": round(left + i * step + step / 2, 1),
            }
        )
    return {
        "width": WIDTH,
        "height": height,
        "bars": bars,
        "peak": peak,
        "base": top + inner_h,
        "left": left,
        "top": top,
    }


#: The tick labels' font size in SVG units: ``svg .tick`` in ``static/warta.css``.
TICK_FONT = 11.0
#: Width of one label character in em. Tick labels are digits and hyphens; digits in the
#: sans-serif fonts the stylesheet names measure 0.55–0.57 em (DejaVu Sans 0.64), so 0.64
#: errs on the wide side and labels keep apart in every font the stylesheet can pick.
CHAR_EM = 0.64
#: Free space between two labels, in em.
LABEL_GAP_EM = 1.0
#: Ticks at least this far apart (in em; 77 units at 11 px, about the 80 px per tick that
#: d3's axes aim at): a seven-year range gets yearly ticks, not half-years 67 units apart.
MIN_TICK_EM = 7.0

#: Tick steps from the finest to the coarsest: (kind, count of that unit). The axis takes
#: the finest step whose labels all fit side by side (see :func:`time_axis`).
TICK_STEPS: tuple[tuple[str, int], ...] = (
    ("day", 1),
    ("day", 2),
    ("week", 1),
    ("week", 2),
    ("month", 1),
    ("quarter", 1),
    ("quarter", 2),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 20),
    ("year", 50),
    ("year", 100),
    ("year", 500),
    ("year", 1000),
)
_LABEL_CHARS = {"day": 10, "week": 10, "month": 7, "quarter": 7, "year": 4}
_LONGEST_DAYS = {"day": 1, "week": 7, "month": 31, "quarter": 92, "year": 366}
_MONDAY = date(2000, 1, 3).toordinal()  # weeks counted from a fixed Monday: stable ticks


def label_width(label: str, font_size: float = TICK_FONT) -> float:
    """Estimated width of a tick label in SVG units (generous: see :data:`CHAR_EM`)."""
    return len(label) * CHAR_EM * font_size


def _period(iso: str) -> tuple[int, int] | None:
    """``[first day, day after the last)`` of a partial ISO date, as ordinals."""
    try:
        first, last = iso_period(iso)
    except (ValueError, IndexError):
        return None
    return first.toordinal(), last.toordinal() + 1


def _tick_dates(kind: str, n: int, lo: float, hi: float) -> list[tuple[float, str]]:
    """``(ordinal position, label)`` of every tick of ``n`` ``kind`` units in ``[lo, hi]``.

    Days and weeks sit at the middle of their day (under the dots of that day); months,
    quarters and years at the boundary where they begin.
    """
    top = min(int(hi), date.max.toordinal())  # the calendar ends at 9999-12-31
    first, last = date.fromordinal(max(int(lo), 1)), date.fromordinal(top)
    out: list[tuple[float, str]] = []
    if kind in ("day", "week"):
        every = n * (7 if kind == "week" else 1)
        origin = _MONDAY if kind == "week" else 0
        o = int(lo) + (origin - int(lo)) % every
        for day in range(max(o, 1), top + 1, every):
            if lo <= day + 0.5 <= hi:
                out.append((day + 0.5, date.fromordinal(day).isoformat()))
        return out
    if kind == "year":
        for year in range(first.year + (-first.year) % n, last.year + 1, n):
            o = date(year, 1, 1).toordinal()
            if lo <= o <= hi:
                out.append((o, str(year)))
        return out
    months = n * (3 if kind == "quarter" else 1)
    index = first.year * 12 + first.month - 1
    index += (-index) % months
    while index // 12 <= last.year:
        year, month = divmod(index, 12)
        o = date(year, month + 1, 1).toordinal()
        if o > hi:
            break
        if o >= lo:
            out.append((o, f"{year:04d}-{month + 1:02d}"))
        index += months
    return out


def time_axis(
    lo: float, hi: float, *, width: float, font_size: float = TICK_FONT
) -> dict[str, Any]:
    """Ticks for a date axis over ordinals ``[lo, hi]`` on ``width`` SVG units.

    Takes the finest step of :data:`TICK_STEPS` (days, weeks, months, quarters, years,
    decades ...) whose labels, centred on their ticks, fit side by side with a gap of
    :data:`LABEL_GAP_EM` (and at least :data:`MIN_TICK_EM` apart) and inside the chart:
    the side margins leave half a label of room. Month, quarter and year axes widen to
    the ticks just outside the range when the labels still fit. Returns ``kind`` and
    ``step`` of the ticks, ``lo``/``hi`` (the range shown), ``left``/``right`` (its x
    span) and ``ticks`` (``x``, ``label``, ``anchor``).

    >>> a = time_axis(date(2019, 1, 1).toordinal(), date(2026, 1, 1).toordinal(), width=1000)
    >>> a["kind"], a["step"], [t["label"] for t in a["ticks"]][:3]
    ('year', 1, ['2019', '2020', '2021'])
    """
    gap = LABEL_GAP_EM * font_size
    span = max(hi - lo, 1e-9)
    chosen: tuple[str, int, float, list[tuple[float, str]]] | None = None
    need = 0.0
    for kind, n in TICK_STEPS:
        widest = label_width("0" * _LABEL_CHARS[kind], font_size)
        margin = max(20.0, widest / 2 + 2)
        inner = width - 2 * margin
        need = max(widest + gap, MIN_TICK_EM * font_size)
        if inner * _LONGEST_DAYS[kind] * n / span < need:
            continue  # too dense even at the longest month or year: skip without listing
        dates = _tick_dates(kind, n, lo, hi)
        xs = [margin + inner * (o - lo) / span for o, _ in dates]
        # The ticks' x are rounded to 0.1 below: keep that much to spare.
        if len(dates) < 2 or min(b - a for a, b in pairwise(xs)) >= need + 0.1:
            chosen = (kind, n, margin, dates)
            break
    if chosen is None:  # narrower than one label: no ticks
        return {"kind": None, "step": 0, "lo": lo, "hi": hi, "left": 20.0, "right": width - 20.0,
                "ticks": []}
    kind, n, margin, dates = chosen
    inner = width - 2 * margin
    if kind in ("month", "quarter", "year"):
        # widen to the ticks just outside (2019-01-10 … 2025-11-30 reads 2019 … 2026)
        # when the labels still fit
        pad = _LONGEST_DAYS[kind] * n
        around = _tick_dates(kind, n, lo - pad, hi + pad)
        wide_lo = max((o for o, _ in around if o <= lo), default=lo)
        wide_hi = min((o for o, _ in around if o >= hi), default=hi)
        wide = [(o, label) for o, label in around if wide_lo <= o <= wide_hi]
        xs = [inner * (o - wide_lo) / max(wide_hi - wide_lo, 1e-9) for o, _ in wide]
        if min((b - a for a, b in pairwise(xs)), default=need + 0.1) >= need + 0.1:
            lo, hi, dates = wide_lo, wide_hi, wide
            span = max(hi - lo, 1e-9)
    ticks = [
        {"x": round(margin + inner * (o - lo) / span, 1), "label": label, "anchor": "middle"}
        for o, label in dates
    ]
    return {"kind": kind, "step": n, "lo": lo, "hi": hi, "left": margin,
            "right": width - margin, "ticks": ticks}


def date_strip(
    entries: list[dict[str, Any]], *, height: int = 110, width: int = STRIP_WIDTH
) -> dict[str, Any]:
    """Dots on a date axis for timeline entries (``date``, ``text``); same days stack.

    A dot sits at the middle of the period its date covers (a day, a week, a month, a
    year, a decade); the axis spans the periods and labels ticks that never overlap
    (:func:`time_axis`).
    """
    base = height - 30
    dated = [(p, e) for e in entries if (p := _period(str(e.get("date", "")))) is not None]
    if not dated:
        return {"width": width, "height": height, "dots": [], "ticks": [], "base": base}
    lo = min(p[0] for p, _ in dated)
    hi = max(p[1] for p, _ in dated)
    if hi - lo < 7:  # a week at least: a lone day gets a few days either side
        lo, hi = lo - (7 - (hi - lo)) // 2, lo + 7 - (7 - (hi - lo)) // 2
    axis = time_axis(lo, hi, width=width)
    lo, hi, left, right = axis["lo"], axis["hi"], axis["left"], axis["right"]
    stack: dict[int, int] = {}
    dots = []
    for (first, end), e in dated:
        x = left + (right - left) * ((first + end) / 2 - lo) / (hi - lo)
        key = round(x / 12)  # dots closer than ~12 units stack instead of overlapping
        level = stack.get(key, 0)
        stack[key] = level + 1
        dots.append(
            {
                "x": round(x, 1),
                "y": base - 10 - 12 * min(level, 5),
                "date": e["date"],
                "text": e.get("text", ""),
                "expected": bool(e.get("expected")),
            }
        )
    return {
        "width": width,
        "height": height,
        "dots": dots,
        "ticks": axis["ticks"],
        "tick_kind": axis["kind"],
        "tick_step": axis["step"],
        "base": base,
    }


def network(
    center: str, neighbours: list[dict[str, Any]], *, width: int = 560, height: int = 340
) -> dict[str, Any]:
    """A star layout: ``center`` in the middle, co-occurring entities on an ellipse, edge
    width by shared articles (``neighbours``: ``name``, ``type``, ``articles``). The
    margins leave room for labels of ~20 characters on either side."""
    c, cy = width / 2, height / 2
    rx, ry = width / 2 - 150, height / 2 - 40
    peak = max((n["articles"] for n in neighbours), default=1) or 1
    nodes = []
    for i, n in enumerate(neighbours[:12]):
        angle = 2 * math.pi * i / max(len(neighbours[:12]), 1) - math.pi / 2
        x, y = c + rx * math.cos(angle), cy + ry * math.sin(angle)
        nodes.append(
            {
                "x": round(x, 1),
                "y": round(y, 1),
                "name": n["name"],
                "type": n["type"] if n["type"] in ("PER", "ORG", "LOC") else "",
                "articles": n["articles"],
                "stroke": round(1 + 5 * n["articles"] / peak, 1),
                "anchor": "start" if x > c + 1 else ("end" if x < c - 1 else "middle"),
                "lx": round(x + (8 if x > c + 1 else -8 if x < c - 1 else 0), 1),
                "ly": round(
                    y + (16 if abs(x - c) <= 1 and y > cy else -10 if abs(x - c) <= 1 else 4), 1
                ),
            }
        )
    return {"width": width, "height": height, "c": c, "cy": cy, "center": center, "nodes": nodes}
