"""SVG charts computed server-side: geometry here, markup in the templates (autoescaped).

Each builder returns plain numbers and labels; the templates draw ``<rect>``, ``<circle>``
and ``<text>`` from them, so no article text ever becomes markup.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

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


def _ordinal(iso: str) -> int | None:
    parts = iso.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 7
        d = int(parts[2]) if len(parts) > 2 else 15  # a month sits at its middle
        return date(y, m, d).toordinal()
    except (ValueError, IndexError):
        return None


def date_strip(entries: list[dict[str, Any]], *, height: int = 110) -> dict[str, Any]:
    """Dots on a date axis for timeline entries (``date``, ``text``); same days stack."""
    left, right, base = 20, 20, height - 30
    width = STRIP_WIDTH
    dated = [(o, e) for e in entries if (o := _ordinal(str(e.get("date", "")))) is not None]
    if not dated:
        return {"width": width, "height": height, "dots": [], "ticks": [], "base": base}
    lo = min(o for o, _ in dated)
    hi = max(o for o, _ in dated)
    span = max(hi - lo, 1)
    stack: dict[int, int] = {}
    dots = []
    for o, e in dated:
        x = left + (width - left - right) * ((o - lo) / span if hi > lo else 0.5)
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
    first, last = min(dated, key=lambda d: d[0])[1], max(dated, key=lambda d: d[0])[1]
    ticks = [{"x": left, "label": first["date"], "anchor": "start"}]
    if hi > lo:
        ticks.append({"x": width - right, "label": last["date"], "anchor": "end"})
    return {"width": width, "height": height, "dots": dots, "ticks": ticks, "base": base}


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
