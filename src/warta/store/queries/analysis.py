"""The read layer, analysis: entities, quotes, timeline, stories, dashboard."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from warta.errors import InvalidParameterError, NotFoundError
from warta.nlp.quotes.collapse import collapse_quotes
from warta.records import Quote
from warta.store.queries.articles import (
    FACET_TOP_HITS,
    LEAD_CHARS,
    MAX_LIMIT,
    _filters,
    check_page,
    display_title,
    list_articles,
    stats,
)
from warta.store.queries.names import require_entity
from warta.store.queries.sources import build_roots, relative_source
from warta.store.search import RANK, fts_query

# --- analysis: entities, quotes, timeline, stories -------------------------------------
# The analysis tables hold JSON in some columns (aliases, participants, sources, summary);
# _json() reads them leniently so a store written by an older stage version still renders.


def _json(value: str | None, default: Any) -> Any:
    if not value:
        return default
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return default


ENTITY_TYPES = ("PER", "ORG", "LOC")


def _check_type(type_: str | None) -> None:
    if type_ is not None and type_ not in ENTITY_TYPES:
        raise InvalidParameterError(
            f"unknown entity type '{type_}'; use one of {', '.join(ENTITY_TYPES)}",
            detail={"type": type_},
        )


def _entity_dict(r: sqlite3.Row) -> dict[str, Any]:
    return {
        "name": r["name"],
        "type": r["type"],
        "subtype": r["subtype"],
        "aliases": _json(r["aliases"], []),
        "article_count": r["article_count"],
        "mention_count": r["mention_count"],
    }


def list_entities(
    conn: sqlite3.Connection,
    *,
    type: str | None = None,
    q: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Entities, most-mentioned first; ``type`` PER/ORG/LOC, ``q`` a name substring."""
    check_page(limit, offset)
    _check_type(type)
    sql, params = "SELECT * FROM entities WHERE 1=1", []
    if type:
        sql += " AND type = ?"
        params.append(type)
    if q:
        sql += " AND (name LIKE ? OR aliases LIKE ?)"
        params.extend([f"%{q}%", f"%{q}%"])
    sql += " ORDER BY article_count DESC, mention_count DESC, name LIMIT ? OFFSET ?"
    return [_entity_dict(r) for r in conn.execute(sql, (*params, limit, offset))]


def iter_entities(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every entity, as :func:`list_entities` gives them, by type and name (for exports)."""
    for r in conn.execute("SELECT * FROM entities ORDER BY type, name"):
        yield _entity_dict(r)


def find_entity(conn: sqlite3.Connection, name: str, type: str | None = None) -> dict[str, Any]:
    """The entity ``name`` denotes: its name, an alias, a spelling variant, a place form or
    part of its name (:func:`warta.store.queries.names.resolve_name`); the most frequent on
    ties. ``resolved`` says how. Unknown names raise NotFoundError with "did you mean"."""
    _check_type(type)
    match = require_entity(conn, name, type)
    row = conn.execute(
        "SELECT * FROM entities WHERE name = ? AND type = ?", (match.name, match.type)
    ).fetchone()
    return _entity_dict(row) | {"resolved": match.to_dict()}


def entity_mentions_by_month(conn: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """``[{"month": "2019-04", "mentions": n, "articles": n}]`` by published month."""
    rows = conn.execute(
        """SELECT substr(a.published, 1, 7) AS month, count(*) AS mentions,
                  count(DISTINCT a.id) AS articles
           FROM mentions m JOIN articles a ON a.id = m.article_id
           WHERE m.entity = ? AND length(a.published) >= 7
           GROUP BY month ORDER BY month""",
        (name,),
    )
    return [dict(r) for r in rows]


def co_occurring_entities(
    conn: sqlite3.Connection, name: str, *, limit: int = 15
) -> list[dict[str, Any]]:
    """Entities named in the same articles as ``name``, by shared article count."""
    # Distinct articles first: joining mention to mention multiplies rows by the number
    # of times each article names the entity (4x slower on the IndoSum store).
    rows = conn.execute(
        """WITH arts AS (SELECT DISTINCT article_id FROM mentions WHERE entity = ?)
           SELECT m.entity AS name, m.type AS type, count(DISTINCT m.article_id) AS articles
           FROM arts JOIN mentions m ON m.article_id = arts.article_id
           WHERE m.entity IS NOT NULL AND m.entity != ?
           GROUP BY m.entity, m.type ORDER BY articles DESC, name LIMIT ?""",
        (name, name, limit),
    )
    return [dict(r) for r in rows]


_QUOTE_SELECT = """SELECT q.article_id, q.position, q.text, q.speaker, q.speaker_role, q.kind,
    q.cue, q.paragraph, q.start, q.end, a.title, a.published
    FROM quotes q JOIN articles a ON a.id = q.article_id"""


def list_quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    about: str | None = None,
    q: str | None = None,
    article: str | None = None,
    limit: int = 50,
    offset: int = 0,
    collapse: bool = False,
) -> list[dict[str, Any]]:
    """Quotes, newest article first (``collapse``: copies in duplicates merged).

    ``speaker``: said by that entity; ``about``: a mention resolved to that entity lies
    inside the quote and someone else said it; ``q``: a substring of the quote;
    ``article``: one article.
    """
    check_page(limit, offset)
    sql, params = _QUOTE_SELECT + " WHERE 1=1", []
    if speaker:
        sql += " AND q.speaker = ?"
        params.append(speaker)
    if about:
        # Only articles naming the entity (indexed) are checked for a mention inside the
        # quote span. Metonym referents are not searched: mentions.referent has no index.
        # "+m.entity" keeps SQLite on the per-article index inside EXISTS (with the entity
        # index it scans every mention of the entity for every quote: 7x slower).
        # A metonym counts: "Moskow" or "Kremlin" inside a quote is about Russia.
        sql += """ AND coalesce(q.speaker, '') != ?
            AND q.article_id IN (SELECT article_id FROM mentions WHERE entity = ?
                                 UNION SELECT article_id FROM mentions WHERE referent = ?)
            AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id
                AND m.start >= q.start AND m.end <= q.end
                AND (+m.entity = ? OR +m.referent = ?))"""
        params.extend([about, about, about, about, about])
    if q:
        sql += " AND q.text LIKE ?"
        params.append(f"%{q}%")
    if article:
        sql += " AND q.article_id = ?"
        params.append(article)
    sql += " ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.position"
    sql += " LIMIT ? OFFSET ?"
    rows = [dict(r) for r in conn.execute(sql, (*params, limit, offset))]
    return collapse_quote_rows(conn, rows) if collapse else rows


def collapse_quote_rows(
    conn: sqlite3.Connection, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One row per quote said once: copies in duplicate or syndicated articles merged.

    Each kept row gains ``sources``: the ids of every article that carries the quote.
    """

    if not rows:
        return rows
    ids = sorted({r["article_id"] for r in rows})
    marks = ",".join("?" * len(ids))
    group_of = dict(
        conn.execute(f"SELECT id, dup_group FROM articles WHERE id IN ({marks})", ids).fetchall()
    )
    by_article: dict[str, list[Quote]] = {}
    row_of: dict[tuple[str, int, int], dict[str, Any]] = {}
    for r in rows:
        quote = Quote(
            r["text"],
            r["speaker"],
            r["speaker_role"],
            r["kind"],
            r["cue"],
            r["paragraph"],
            r["start"],
            r["end"],
        )
        by_article.setdefault(r["article_id"], []).append(quote)
        row_of[(r["article_id"], r["start"], r["end"])] = r
    out = []
    for quote, sources in collapse_quotes(by_article, group_of):
        first = next(
            row_of[(a, quote.start, quote.end)]
            for a in sources
            if (a, quote.start, quote.end) in row_of
        )
        out.append({**first, "sources": list(sources)})
    return out


def entity_articles(
    conn: sqlite3.Connection, name: str, *, limit: int = 50
) -> list[dict[str, Any]]:
    """Articles with a mention resolved to ``name``, newest first (uses the entity index;
    ``list_articles(entity=...)`` also matches surface text and referents, unindexed)."""
    rows = conn.execute(
        """SELECT a.id, a.source, a.title, a.published, a.page_date, a.host_site,
                  a.original_source, a.dup_group, a.duplicate_of, a.dup_relation, a.story_id
           FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE entity = ?)
           ORDER BY a.published IS NULL, a.published DESC, a.source LIMIT ?""",
        (name, limit),
    )
    roots = build_roots(conn)
    return [dict(r) | {"source": relative_source(r["source"], roots)} for r in rows]


def get_entity(conn: sqlite3.Connection, name: str, type: str | None = None) -> dict[str, Any]:
    """One entity with aliases, mentions by month, co-occurring entities, quotes, articles."""
    entity = find_entity(conn, name, type)
    canonical = entity["name"]
    entity["aliases"] = sorted(
        set(entity["aliases"])
        | {
            r[0]
            for r in conn.execute(
                "SELECT alias FROM aliases WHERE name = ? AND type = ?", (canonical, entity["type"])
            )
        }
        - {canonical}
    )
    entity["mentions_by_month"] = entity_mentions_by_month(conn, canonical)
    entity["co_occurring"] = co_occurring_entities(conn, canonical)
    entity["quotes_by"] = list_quotes(conn, speaker=canonical, limit=50)
    entity["quotes_about"] = list_quotes(conn, about=canonical, limit=50)
    entity["articles"] = entity_articles(conn, canonical)
    return entity


def _check_date(name: str, value: str | None) -> None:
    if value is not None and not _DATE.fullmatch(value):
        raise InvalidParameterError(
            f"{name} '{value}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
            detail={name: value},
        )


_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def get_timeline(
    conn: sqlite3.Connection,
    *,
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    articles: list[str] | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Timeline entries in date order; ``entity`` must be a participant, ``articles``
    keeps entries reported by at least one of those articles."""
    check_page(limit, offset)
    _check_date("from", date_from)
    _check_date("to", date_to)
    sql, params = "SELECT * FROM timeline t WHERE 1=1", []
    if entity:
        sql += " AND EXISTS (SELECT 1 FROM json_each(t.participants) WHERE value = ?)"
        params.append(entity)
    if date_from:
        sql += " AND t.date >= ?"
        params.append(date_from)
    if date_to:
        sql += " AND t.date <= ?"
        params.append(date_to + "\uffff")
    if articles is not None:
        marks = ",".join("?" * len(articles)) or "NULL"
        sql += (
            " AND EXISTS (SELECT 1 FROM json_each(t.sources) s "
            f"WHERE json_extract(s.value, '$[0]') IN ({marks}))"
        )
        params.extend(articles)
    sql += " ORDER BY t.position LIMIT ? OFFSET ?"  # build order: chronological, coarse first
    out = []
    for r in conn.execute(sql, (*params, limit, offset)):
        sources = _json(r["sources"], [])
        out.append(
            {
                "position": r["position"],
                "date": r["date"],
                "precision": r["precision"],
                "text": r["text"],
                "participants": _json(r["participants"], []),
                "expected": bool(r["expected"]),
                "independent_sources": r["independent_sources"],
                "sources": [
                    {"article_id": s[0], "sentence": s[1] if len(s) > 1 else ""}
                    for s in sources
                    if isinstance(s, list) and s
                ],
            }
        )
    return out


def _story_dict(r: sqlite3.Row) -> dict[str, Any]:
    ids = _json(r["article_ids"], [])
    return {
        "id": r["id"],
        "label": r["label"],
        "first_date": r["first_date"],
        "last_date": r["last_date"],
        "article_count": len(ids),
        "article_ids": ids,
        "sources": _json(r["sources"], []),
        "terms": _json(r["terms"], []),
        "entities": _json(r["entities"], []),
    }


def list_stories(
    conn: sqlite3.Connection, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Stories, most recent last date first."""
    check_page(limit, offset)
    rows = conn.execute(
        "SELECT * FROM stories ORDER BY last_date IS NULL, last_date DESC, id LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [_story_dict(r) for r in rows]


def iter_stories(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every story, as :func:`list_stories` gives them plus its ``summary`` sentences
    (``text``, ``article_id``, ``position``), by first date (for exports)."""
    for r in conn.execute("SELECT * FROM stories ORDER BY first_date IS NULL, first_date, id"):
        summary = [
            s if isinstance(s, dict) else {"text": s, "article_id": None, "position": None}
            for s in _json(r["summary"], [])
        ]
        yield {**_story_dict(r), "summary": summary}


def get_story(conn: sqlite3.Connection, story_id: str) -> dict[str, Any]:
    """One story: its articles, summary sentences with citations, quotes and timeline."""
    row = conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        raise NotFoundError(
            f"no story '{story_id}' in the store; list stories with GET /api/v1/stories",
            detail={"story": story_id},
        )
    story = _story_dict(row)
    ids = story["article_ids"]
    marks = ",".join("?" * len(ids)) or "NULL"
    articles = [
        dict(r) | {"display_title": display_title(r["title"], r["lead"])}
        for r in conn.execute(
            f"""SELECT id, source, title, published, host_site, original_source, dup_relation,
                       substr(text, 1, {LEAD_CHARS * 4}) AS lead
                FROM articles WHERE id IN ({marks})
                ORDER BY published IS NULL, published, id""",
            ids,
        )
    ]
    roots = build_roots(conn)
    for a in articles:
        del a["lead"]
        a["source"] = relative_source(a["source"], roots)
    titles = {a["id"]: a["title"] for a in articles}
    summary = []
    for s in _json(row["summary"], []):
        if isinstance(s, str):
            s = {"text": s, "article_id": None, "position": None}
        summary.append({**s, "article_title": titles.get(s.get("article_id"))})
    story["articles"] = articles
    story["summary"] = summary
    story["quotes"] = [
        dict(r)
        for r in conn.execute(
            _QUOTE_SELECT + f" WHERE q.article_id IN ({marks}) "
            "ORDER BY a.published, q.article_id, q.position LIMIT 200",
            ids,
        )
    ]
    story["timeline"] = get_timeline(conn, articles=ids, limit=MAX_LIMIT)
    return story


def article_mentions(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    """The stored mention spans of one article, in text order."""
    rows = conn.execute(
        "SELECT start, end, text, type, entity, referent FROM mentions WHERE article_id = ? "
        "ORDER BY start",
        (article_id,),
    )
    return [dict(r) for r in rows]


def count_articles(conn: sqlite3.Connection, **filters: str | None) -> int:
    """How many articles :func:`list_articles` would page through with these filters."""
    where, params = _filters(
        filters.get("date_from"),
        filters.get("date_to"),
        filters.get("source"),
        filters.get("story"),
        filters.get("entity"),
        undated=filters.get("undated"),
    )
    sql = f"SELECT count(*) FROM articles a WHERE 1=1 {where}"
    return int(conn.execute(sql, params).fetchone()[0])


def search_facets(conn: sqlite3.Connection, query: str, *, raw: bool = False) -> dict[str, Any]:
    """Counts over the hits of ``query``: total, by host site and by published year (all
    hits), by entity (top 10 among the best :data:`FACET_TOP_HITS` hits)."""

    match = query if raw else fts_query(query)
    if not match:
        return {"total": 0, "hosts": [], "years": [], "entities": []}
    hits = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
    # Entities are counted over the best-ranked hits only: over every hit of a common word
    # (1,550 of 2,809 IndoSum articles for "jakarta") the count takes ~130 ms, over 300 ~25.
    top = f"{hits} ORDER BY {RANK} LIMIT {FACET_TOP_HITS}"
    try:
        total = conn.execute(f"SELECT count(*) FROM ({hits})", (match,)).fetchone()[0]
        hosts = conn.execute(
            f"""SELECT coalesce(host_site, '') AS value, count(*) AS count FROM articles
                WHERE rowid IN ({hits}) GROUP BY value ORDER BY count DESC LIMIT 10""",
            (match,),
        ).fetchall()
        years = conn.execute(
            f"""SELECT substr(published, 1, 4) AS value, count(*) AS count FROM articles
                WHERE rowid IN ({hits}) AND published IS NOT NULL
                GROUP BY value ORDER BY value DESC LIMIT 20""",
            (match,),
        ).fetchall()
        entities = conn.execute(
            f"""SELECT m.entity AS value, count(DISTINCT m.article_id) AS count
                FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE a.rowid IN ({top}) AND m.entity IS NOT NULL
                GROUP BY m.entity ORDER BY count DESC, value LIMIT 10""",
            (match,),
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise InvalidParameterError(
            f"search query {query!r} is not valid FTS5 syntax ({exc}); drop raw mode",
            detail={"query": query},
        ) from exc
    return {
        "total": total,
        "hosts": [dict(r) for r in hosts],
        "years": [dict(r) for r in years],
        "entities": [dict(r) for r in entities],
    }


def dashboard(conn: sqlite3.Connection) -> dict[str, Any]:
    """What the front page shows: counts, recent stories, top people, latest quotes."""
    return {
        "stats": stats(conn),
        "stories": list_stories(conn, limit=8),
        "people": list_entities(conn, type="PER", limit=10),
        "organisations": list_entities(conn, type="ORG", limit=10),
        "quotes": list_quotes(conn, limit=6),
        "articles": list_articles(conn, limit=8),
    }
