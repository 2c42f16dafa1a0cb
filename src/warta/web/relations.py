"""The web UI's relation pages: ``/relations`` (a filtered list with evidence), ``/dyad``
(both directions between two actors: a month-by-class chart and the evidence
sentences) and ``/network`` (the entity network as a server-rendered SVG whose every
edge links to its evidence, the dyad page). No JavaScript; the data is the read layer's
(:mod:`warta.store.queries.relations`), the geometry :mod:`warta.web.network`'s."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from warta.api.relations import CLASS_PATTERN
from warta.api.routes import DateFrom, DateTo, Text, reader
from warta.store.queries import relations as rq
from warta.web import views
from warta.web.network import CLASS_COLOURS, month_chart, network_layout

router = APIRouter(include_in_schema=False)
# Defined here, not taken from views: views imports the API package, which mounts these
# pages, so names of views may not exist yet while this module loads.
Conn = Annotated[sqlite3.Connection, Depends(reader)]

ActionClass = Annotated[str | None, Query(alias="class", pattern=CLASS_PATTERN)]


@router.get("/relations", response_class=HTMLResponse)
def relations(
    request: Request,
    conn: Conn,
    actor: Text = None,
    target: Text = None,
    action: ActionClass = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> HTMLResponse:
    names, notes = views._names(conn, actor=actor, target=target)
    result = rq.list_relations(
        conn,
        actor=names["actor"],
        target=names["target"],
        action=action,
        date_from=date_from,
        date_to=date_to,
        limit=500,
    )
    return views.render(
        request,
        "relations.html",
        result=result,
        actor=actor,
        target=target,
        action=action,
        date_from=date_from,
        date_to=date_to,
        classes=rq.CLASS_ORDER,
        colours=CLASS_COLOURS,
        name_notes=notes,
    )


@router.get("/dyad", response_class=HTMLResponse)
def dyad(
    request: Request, conn: Conn, a: Text = None, b: Text = None, people: bool = False
) -> HTMLResponse:
    if not (a and a.strip() and b and b.strip()):
        return views.render(request, "dyad.html", data=None, a=a, b=b, chart=None, people=people)
    data = rq.dyad(conn, a, b, people=people)
    return views.render(
        request,
        "dyad.html",
        data=data,
        a=a,
        b=b,
        people=people,
        chart=month_chart(data["months"]),
        colours=CLASS_COLOURS,
    )


@router.get("/network", response_class=HTMLResponse)
def network(
    request: Request,
    conn: Conn,
    entity: Text = None,
    limit: Annotated[int, Query(ge=2, le=80)] = 30,
) -> HTMLResponse:
    names, notes = views._names(conn, entity=entity)
    data = rq.entity_network(conn, entity=names["entity"], limit=limit)
    return views.render(
        request,
        "network.html",
        data=data,
        picture=network_layout(data),
        entity=entity,
        limit=limit,
        name_notes=notes,
    )
