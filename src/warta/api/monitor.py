"""The REST API of monitoring: trends and alerts, under ``/api/v1`` like the rest.

Read-only, like every route but uploads: alerts are defined with ``warta alerts add``
and fired by builds and ``warta watch``; here they are listed with what they fired.
``/changes`` says what a running ``warta watch`` added since a client's last poll.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query

from warta.api.errors import ERROR_RESPONSES
from warta.api.routes import Conn, Limit, Offset, Text
from warta.errors import InvalidParameterError
from warta.monitor.trends import BASELINE_DAYS, MAX_DAYS, compute_trends
from warta.store.queries import alerts as alert_reads
from warta.store.queries import changes as change_reads

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)

#: A calendar day YYYY-MM-DD of the years 1000 to 9999 (Feb 29 of leap years only), so
#: what the OpenAPI document accepts is exactly what :func:`parse_day` can read. ASCII
#: digits only: ``\d`` matches every script's digits, which ``date`` does not read.
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
_LEAP_DAY = (
    r"(?:[1-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:1[26]|[2468][048]|[3579][26])00)"
    r"-02-29"
)
DAY_PATTERN = rf"^(?:[1-9][0-9]{{3}}-{_MONTH_DAY}|{_LEAP_DAY})$"

Day = Annotated[
    str | None,
    Query(
        pattern=DAY_PATTERN,
        description="Reference day YYYY-MM-DD: the last day with a dated article up to it "
        "(default: up to today)",
    ),
]


def parse_day(value: str | None) -> date | None:
    """``value`` (YYYY-MM-DD, checked by the route) as a date; 400 when not a calendar day."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidParameterError(
            f"as_of '{value}' is not a calendar day; use YYYY-MM-DD, e.g. 2024-06-12",
            detail={"as_of": value},
        ) from None


@router.get("/trends", summary="Articles per day by entity and story, with spike scores")
def trends(
    conn: Conn,
    entity: Text = None,
    days: Annotated[int, Query(ge=1, le=MAX_DAYS, description="Days shown")] = 30,
    top: Annotated[int, Query(ge=1, le=100, description="Entities and stories listed")] = 10,
    baseline: Annotated[
        int, Query(ge=1, le=365, description="Days the spike score compares with")
    ] = BASELINE_DAYS,
    as_of: Day = None,
) -> dict[str, Any]:
    """``spike = (count - mean) / (std + 1)`` of the reference day's count against the
    ``baseline`` days before it. ``entity`` takes any alias (``resolved`` says which
    entity it is; an unknown name is a 404 with suggestions). Articles without a
    day-precision publication date are counted in ``unplaced``, not in the days."""
    return compute_trends(
        conn, entity=entity, days=days, top=top, baseline=baseline, today=parse_day(as_of)
    )


Since = Annotated[int, Query(ge=0, le=2**62, description="From a previous answer's mark")]


@router.get("/changes", summary="What was added since a mark: articles, stories, firings")
def changes(
    conn: Conn,
    article: Since = 0,
    firing: Since = 0,
    limit: Limit = 8,
) -> dict[str, Any]:
    """Articles stored after the article mark (``articles``: count, ``latest``: the
    newest ``limit``), the stories they joined (``stories``: ``added`` of ``size``),
    alert firings after the firing mark (``firings``), and the store's ``mark`` now:
    poll again with ``article=mark.article&firing=mark.firing`` to get only what is new
    since this answer. ``warta serve``'s front page does the same per reader visit."""
    return change_reads.changes_since(conn, change_reads.Mark(article, firing), limit=limit)


@router.get("/alerts", summary="The alerts defined on the store")
def list_alerts(conn: Conn) -> dict[str, Any]:
    return {"items": alert_reads.list_alerts(conn)}


@router.get("/alerts/firings", summary="Alert firings, newest first")
def list_firings(
    conn: Conn, alert: Text = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """Each firing: ``alert``, ``reason``, ``article_id`` / ``story_id``, ``title``,
    ``fired_at`` and ``delivery`` (the outcome per channel; empty while pending)."""
    return {
        "items": alert_reads.list_firings(conn, alert=alert, limit=limit, offset=offset),
        "total": alert_reads.count_firings(conn, alert=alert),
        "limit": limit,
        "offset": offset,
    }
