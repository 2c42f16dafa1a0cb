"""Geometry of the relation pictures, computed in Python: numbers here, markup in templates.

* :func:`network_layout` — the entity network drawn force-directed (networkx's
  Fruchterman-Reingold spring layout, a fixed seed so the picture is the same on every
  request), scaled into the SVG box; nodes sized by articles; edges with coded relations
  sized by their count, coloured by their balance (cooperative green, conflictual red,
  mixed amber) and drawn on top of the faint grey co-occurrence-only edges.
* :func:`month_chart` — a dyad's relations per month and class: cooperative classes
  stacked above the axis, conflictual ones below (Goldstein's sign), neutral statements
  above in grey.

No text becomes markup here: names are returned as data and autoescaped by Jinja.

>>> chart = month_chart([{"month": "2024-01", "by_class": {"consult": 2, "threaten": 1}}])
>>> [s["cls"] for s in chart["bars"][0]["segments"]]
['consult', 'threaten']
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from warta.nlp.relations.taxonomy import CLASSES

WIDTH, HEIGHT = 900, 560
#: Fill per class (SVG presentation attributes: allowed under the CSP, unlike style="").
CLASS_COLOURS = {
    "statement": "#9aa5b1",
    "appeal": "#a6d9a0",
    "intend": "#7cc57a",
    "consult": "#4fae5a",
    "cooperate": "#2e8b57",
    "aid": "#1b6e3c",
    "demand": "#f2b36f",
    "disapprove": "#f08c5a",
    "reject": "#e66a4f",
    "threaten": "#d9473a",
    "reduce": "#c23b3b",
    "posture": "#a8323e",
    "sanction": "#8c2a3c",
    "fight": "#6b1f33",
}
_EDGE_COLOURS = {
    "cooperative": "#2e8b57",
    "conflictual": "#c23b3b",
    "mixed": "#b07c1e",
    "none": "#b8c1cc",
}


def _edge_kind(edge: dict[str, Any]) -> str:
    if not edge["relations"]:
        return "none"
    weights = [CLASSES[c].weight for c in edge["relations"]]
    if all(w >= 0 for w in weights):
        return "cooperative"
    if all(w < 0 for w in weights):
        return "conflictual"
    return "mixed"


def network_layout(
    network: dict[str, Any], *, width: int = WIDTH, height: int = HEIGHT, seed: int = 7
) -> dict[str, Any]:
    """Positions for :func:`warta.store.queries.relations.entity_network`'s answer.

    Returns ``nodes`` (``name``, ``type``, ``x``, ``y``, ``r``, label position) and
    ``edges`` (``a``, ``b``, end points, ``width``, ``colour``, ``kind``, counts).
    """
    graph = nx.Graph()
    for n in network["nodes"]:
        graph.add_node(n["name"])
    for e in network["edges"]:
        strength = e["cooccurrence"] + 2 * sum(e["relations"].values())
        graph.add_edge(e["source"], e["target"], weight=max(strength, 1))
    if graph.number_of_nodes() == 0:
        return {"width": width, "height": height, "nodes": [], "edges": []}
    k = 1.6 / math.sqrt(graph.number_of_nodes())
    pos = nx.spring_layout(graph, k=k, seed=seed, weight="weight", iterations=200)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    margin_x, margin_y = 130, 40  # room for labels of ~20 characters
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def place(name: str) -> tuple[float, float]:
        x, y = pos[name]
        if len(pos) == 1:
            return width / 2, height / 2
        return (
            round(margin_x + (x - min(xs)) / span_x * (width - 2 * margin_x), 1),
            round(margin_y + (y - min(ys)) / span_y * (height - 2 * margin_y), 1),
        )

    peak_articles = max((n["articles"] for n in network["nodes"]), default=1) or 1
    nodes = []
    for n in network["nodes"]:
        x, y = place(n["name"])
        r = round(5 + 9 * math.sqrt(n["articles"] / peak_articles), 1)
        right = x >= width / 2
        nodes.append(
            {
                "name": n["name"],
                "type": n["type"] if n["type"] in ("PER", "ORG", "LOC") else "",
                "articles": n["articles"],
                "x": x,
                "y": y,
                "r": r,
                "lx": round(x + (r + 4 if right else -r - 4), 1),
                "ly": round(y + 4, 1),
                "anchor": "start" if right else "end",
            }
        )
    # Co-occurrence alone is context, drawn thin and faint; relations are the story,
    # drawn wider, opaque and on top so the grey mesh never hides them.
    peak_co = max((e["cooccurrence"] for e in network["edges"]), default=1) or 1
    peak_rel = max((sum(e["relations"].values()) for e in network["edges"]), default=1) or 1
    edges = []
    for e in network["edges"]:
        (x1, y1), (x2, y2) = place(e["source"]), place(e["target"])
        kind = _edge_kind(e)
        coded = sum(e["relations"].values())
        if kind == "none":
            width_ = round(0.6 + 2.4 * e["cooccurrence"] / peak_co, 1)
            opacity = 0.35
        else:
            width_ = round(2.5 + 5.5 * coded / peak_rel, 1)
            opacity = 0.9
        edges.append(
            {
                "a": e["source"],
                "b": e["target"],
                "x1": x1,
                "y1": y1,
                "x2": x2,
                "y2": y2,
                "width": width_,
                "opacity": opacity,
                "kind": kind,
                "colour": _EDGE_COLOURS[kind],
                "cooccurrence": e["cooccurrence"],
                "relations": e["relations"],
                "balance": e["balance"],
            }
        )
    # Grey co-occurrence first, then relation edges thick to thin, all under the nodes.
    edges.sort(key=lambda e: (e["kind"] != "none", -e["width"]))
    return {"width": width, "height": height, "nodes": nodes, "edges": edges}


def month_chart(
    months: list[dict[str, Any]], *, width: int = WIDTH, height: int = 300
) -> dict[str, Any]:
    """Stacked bars per month (``months``: ``month``, ``by_class``), cooperative and
    neutral classes up from the axis, conflictual ones down."""
    left, right, top, bottom = 40, 10, 14, 30
    ups = [sum(v for c, v in m["by_class"].items() if CLASSES[c].weight >= 0) for m in months]
    downs = [sum(v for c, v in m["by_class"].items() if CLASSES[c].weight < 0) for m in months]
    peak_up, peak_down = max(ups, default=0), max(downs, default=0)
    total = (peak_up + peak_down) or 1
    inner = height - top - bottom
    axis = round(top + inner * peak_up / total, 1)
    unit = inner / total
    step = (width - left - right) / max(len(months), 1)
    every = max(1, math.ceil(len(months) / 10))
    order = sorted(CLASSES, key=lambda c: -abs(CLASSES[c].weight))  # strongest at the ends
    bars = []
    for i, m in enumerate(months):
        x = round(left + i * step + step * 0.15, 1)
        w = round(max(step * 0.7, 1.5), 1)
        up_y, down_y = axis, axis
        segments = []
        for cls in reversed(order):  # weakest next to the axis
            n = m["by_class"].get(cls, 0)
            if not n:
                continue
            h = round(n * unit, 1)
            if CLASSES[cls].weight >= 0:
                up_y = round(up_y - h, 1)
                y = up_y
            else:
                y = down_y
                down_y = round(down_y + h, 1)
            segments.append({"cls": cls, "n": n, "y": y, "h": h, "fill": CLASS_COLOURS[cls]})
        bars.append(
            {
                "month": m["month"],
                "x": x,
                "w": w,
                "segments": segments,
                "label": m["month"] if i % every == 0 else None,
                "lx": round(x + w / 2, 1),
            }
        )
    present = sorted({c for m in months for c in m["by_class"]}, key=lambda c: -CLASSES[c].weight)
    legend = [
        {"cls": c, "fill": CLASS_COLOURS[c], "label": CLASSES[c].label, "cameo": CLASSES[c].cameo}
        for c in present
    ]
    return {
        "width": width,
        "height": height,
        "axis": axis,
        "left": left,
        "right": width - right,
        "bars": bars,
        "legend": legend,
        "peak_up": peak_up,
        "peak_down": peak_down,
        "base": height - 10,
        "top": top + 8,
        "bottom": height - bottom - 2,
    }
