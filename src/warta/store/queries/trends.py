"""The read layer, trends: what was published per day, by entity and by story.

Counts are by publication date (``articles.published``) at day precision. Articles
without a publication date, or dated to a month or a year only, cannot be placed on a
day: they are left out of every daily count and counted apart
(:func:`undated_counts`), so a front end can say how many were not placed.

The spike scores over these counts are computed in :mod:`warta.monitor.trends`.
"""

from __future__ import annotations

import sqlite3
from typing import Any

#: ``articles.published`` of day precision ("2024-06-12"): 10 characters.
DAY = "length(a.published) = 10"


def latest_day(conn: sqlite3.Connection, *, not_after: str | None = None) -> str | None:
    """The last publication day with an article (ISO), at most ``not_after`` if given."""
    sql = f"SELECT max(a.published) FROM articles a WHERE {DAY}"
    params: tuple[str, ...] = ()
    if not_after is not None:
        sql += " AND a.published <= ?"
        params = (not_after,)
    row = conn.execute(sql, params).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def entity_day_counts(
    conn: sqlite3.Connection, start: str, end: str, *, entity: str | None = None
) -> list[dict[str, Any]]:
    """``[{"name", "type", "day", "articles", "mentions"}]`` for days ``start``..``end``.

    ``articles``: distinct articles published that day with a mention resolved to the
    entity (``mentions.entity``); ``mentions``: those mentions. ``entity`` keeps one
    entity (a canonical name). Duplicates and syndicated copies count as articles:
    each is one more report.
    """
    sql = f"""SELECT m.entity AS name, m.type AS type, a.published AS day,
                     count(DISTINCT a.id) AS articles, count(*) AS mentions
              FROM articles a JOIN mentions m ON m.article_id = a.id
              WHERE {DAY} AND a.published >= ? AND a.published <= ?
                    AND m.entity IS NOT NULL"""
    params: list[str] = [start, end]
    if entity is not None:
        sql += " AND m.entity = ?"
        params.append(entity)
    sql += " GROUP BY m.entity, m.type, a.published ORDER BY name, type, day"
    return [dict(r) for r in conn.execute(sql, params)]


def story_day_counts(conn: sqlite3.Connection, start: str, end: str) -> list[dict[str, Any]]:
    """``[{"id", "label", "size", "day", "articles"}]``: articles of each story
    published on each day ``start``..``end``; ``size`` is the story's article count."""
    rows = conn.execute(
        f"""SELECT a.story_id AS id, s.label AS label,
                   json_array_length(s.article_ids) AS size,
                   a.published AS day, count(*) AS articles
            FROM articles a JOIN stories s ON s.id = a.story_id
            WHERE {DAY} AND a.published >= ? AND a.published <= ?
            GROUP BY a.story_id, a.published ORDER BY id, day""",
        (start, end),
    )
    return [dict(r) for r in rows]


def story_counts_before(conn: sqlite3.Connection, day: str, ids: list[str]) -> dict[str, int]:
    """``{story id: articles published before day}`` (day precision) for the stories
    ``ids``: where a story's running size starts in a window beginning on ``day``."""
    out: dict[str, int] = {}
    for i in range(0, len(ids), 500):  # bounded number of SQL variables
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"""SELECT a.story_id, count(*) FROM articles a
                WHERE {DAY} AND a.published < ? AND a.story_id IN ({marks})
                GROUP BY a.story_id""",
            (day, *chunk),
        )
        out.update({r[0]: int(r[1]) for r in rows})
    return out


def undated_counts(conn: sqlite3.Connection, *, entity: str | None = None) -> dict[str, int]:
    """Articles no daily count places: ``undated`` (no publication date) and
    ``coarse`` (dated to a month or a year only); with ``entity``, among its articles."""
    where = ""
    params: tuple[str, ...] = ()
    if entity is not None:
        where = " AND a.id IN (SELECT article_id FROM mentions WHERE entity = ?)"
        params = (entity,)
    row = conn.execute(
        f"""SELECT coalesce(sum(a.published IS NULL), 0),
                   coalesce(sum(a.published IS NOT NULL AND NOT {DAY}), 0)
            FROM articles a WHERE 1=1 {where}""",
        params,
    ).fetchone()
    return {"undated": int(row[0]), "coarse": int(row[1])}
