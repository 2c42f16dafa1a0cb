"""The web UI's monitoring pages: ``/trends`` (daily counts, spike scores, an SVG chart)
and ``/alerts`` (the alerts and their firings, newest first). Server-rendered, no
JavaScript; the data is the REST API's (:mod:`warta.api.monitor`)."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from warta.api.monitor import parse_day
from warta.api.routes import Text, reader
from warta.monitor.trends import BASELINE_DAYS, MAX_DAYS, compute_trends
from warta.store.queries import alerts as alert_reads

# views as a module, not its names: the app factory imports this module while it is
# itself imported by warta.web.views (through warta.api), so views may be half-loaded.
from warta.web import charts, views

router = APIRouter(include_in_schema=False)
Conn = Annotated[sqlite3.Connection, Depends(reader)]
Page = Annotated[int, Query(ge=1, le=100_000)]
#: The form's date field sends "" when left empty.
Day = Annotated[str | None, Query(max_length=10)]
#: Firings per page of /alerts.
PAGE = 25

#: Size of the per-row sparklines, in SVG units (drawn at that size in pixels).
SPARK_WIDTH, SPARK_HEIGHT = 120, 24


def spark_bars(counts: list[int]) -> list[dict[str, float]]:
    """Bars of a row's sparkline: ``x``, ``y``, ``w``, ``h`` in a
    :data:`SPARK_WIDTH` x :data:`SPARK_HEIGHT` box; an empty day is a 1-unit stub.

    >>> [b["h"] for b in spark_bars([0, 2, 4])]
    [1.0, 11.0, 22.0]
    """
    peak = max(counts, default=0) or 1
    step = SPARK_WIDTH / max(len(counts), 1)
    inner = SPARK_HEIGHT - 2
    out = []
    for i, c in enumerate(counts):
        h = round(max(inner * c / peak, 1.0), 1)
        out.append(
            {"x": round(i * step, 1), "w": round(max(step * 0.8, 0.5), 1),
             "y": round(SPARK_HEIGHT - h, 1), "h": h, "value": c}
        )
    return out


@router.get("/trends", response_class=HTMLResponse)
def trends(
    request: Request,
    conn: Conn,
    entity: Text = None,
    days: Annotated[int, Query(ge=1, le=MAX_DAYS)] = 30,
    as_of: Day = None,
) -> HTMLResponse:
    entity = entity.strip() if entity and entity.strip() else None
    day = parse_day(as_of or None)
    data = compute_trends(conn, entity=entity, days=days, top=15, today=day)
    focus = data["entities"][0] if data["entities"] else None
    chart = None
    if focus is not None:
        chart = charts.bar_chart(list(zip(data["dates"], focus["counts"], strict=True)))
    for row in data["entities"] + data["stories"]:
        row["spark"] = spark_bars(row["counts"])
    return views.render(
        request,
        "trends.html",
        data=data,
        focus=focus,
        chart=chart,
        entity=entity,
        days=days,
        as_of=day.isoformat() if day else None,
        baseline=BASELINE_DAYS,
        spark={"width": SPARK_WIDTH, "height": SPARK_HEIGHT},
    )


@router.get("/alerts", response_class=HTMLResponse)
def alerts(request: Request, conn: Conn, alert: Text = None, page: Page = 1) -> HTMLResponse:
    items = alert_reads.list_firings(conn, alert=alert, limit=PAGE, offset=(page - 1) * PAGE)
    total = alert_reads.count_firings(conn, alert=alert)
    defined: list[dict[str, Any]] = alert_reads.list_alerts(conn)
    return views.render(
        request,
        "alerts.html",
        items=items,
        total=total,
        alerts=defined,
        alert=alert,
        page=page,
        more=page * PAGE < total,
    )
