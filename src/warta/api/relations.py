"""REST routes for relations between actors: ``/relations``, ``/dyads``, ``/network``.

Thin layers over :mod:`warta.store.queries.relations`; names are any alias or name form
(resolved like every entity filter, the answer's ``resolved`` says how).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import networkx as nx
from fastapi import APIRouter, Query
from fastapi.responses import Response

from warta.api.errors import ERROR_RESPONSES
from warta.api.routes import Conn, DateFrom, DateTo, Limit, Offset, Text
from warta.store.queries import relations as rq

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)

#: One of the action classes (the pattern lists them, so a wrong one is a 400).
CLASS_PATTERN = "^(" + "|".join(rq.CLASS_ORDER) + ")$"
ActionClass = Annotated[
    str | None,
    Query(alias="class", pattern=CLASS_PATTERN, description="Action class (CAMEO root)."),
]
Name = Annotated[str, Query(min_length=1, max_length=200)]


@router.get("/relations", summary="Who did what to whom: relations, copies merged")
def list_relations(
    conn: Conn,
    actor: Text = None,
    target: Text = None,
    action: ActionClass = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    result = rq.list_relations(
        conn,
        actor=actor,
        target=target,
        action=action,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )
    return {
        "items": result["relations"],
        "total": result["total"],
        "limit": limit,
        "offset": offset,
        "resolved": result["resolved"],
    }


@router.get("/dyads", summary="Both directions between two actors, by class and month")
def dyad(
    conn: Conn,
    a: Name,
    b: Name,
    people: Annotated[
        bool, Query(description="Count each state's people too (its president, ministers).")
    ] = False,
) -> dict[str, Any]:
    return rq.dyad(conn, a, b, people=people)


@router.get(
    "/network",
    summary="Entities linked by co-occurrence and relations (JSON or GraphML)",
    responses={200: {"content": {"application/graphml+xml": {}}}},
)
def network(
    conn: Conn,
    entity: Text = None,
    limit: Annotated[int, Query(ge=2, le=200, description="Most nodes.")] = 30,
    format: Literal["json", "graphml"] = "json",
) -> Any:
    result = rq.entity_network(conn, entity=entity, limit=limit)
    if format == "graphml":
        text = "\n".join(nx.generate_graphml(rq.network_graph(result))) + "\n"
        return Response(text, media_type="application/graphml+xml")
    return result
