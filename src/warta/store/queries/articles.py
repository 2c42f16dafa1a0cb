"""The read layer, articles: export, listing, search, duplicates, stats.

Functions take a connection and return plain JSON-ready dicts and lists, so the three
front ends show the same thing. The article export shape (:func:`export_article`) is
stable: fields are added, never renamed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import asdict, replace
from typing import Any

from warta.errors import AmbiguousKeyError, InvalidParameterError, NotFoundError
from warta.serialize import article_from_dict
from warta.store import vectors
from warta.store.queries.sources import build_roots, relative_paths_in, relative_source
from warta.store.search import Hit, fts_query, search
from warta.versions import PIPELINE_VERSION

EXPORT_FIELDS = (
    "id",
    "source",
    "url",
    "title",
    "text",
    "published",
    "published_evidence",
    "page_date",
    "host_site",
    "original_source",
    "wire_credits",
    "language",
    "flags",
    "removed",
    "dup_group",
    "duplicate_of",
    "dup_relation",
    "entities",
    "quotes",
    "events",
    "story",
    "summary",
    "shares_passages",
)
MAX_LIMIT = 1000
FACET_TOP_HITS = 300
#: Characters of an untitled article's text shown in place of its title.
LEAD_CHARS = 80


def lead_excerpt(text: str | None, size: int = LEAD_CHARS) -> str:
    r"""The first words of ``text`` on one line, cut at a word under ``size`` characters.

    >>> lead_excerpt("JAKARTA — Banjir merendam\n\nratusan rumah di Kampung Melayu.", 30)
    'JAKARTA — Banjir merendam…'
    """
    flat = " ".join((text or "").split())
    if len(flat) <= size:
        return flat
    cut = flat[: size - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—-") + "…"


def display_title(title: str | None, text: str | None) -> str:
    """What to call an article: its title, or the start of its text when it has none
    (never the file it was read from)."""
    return " ".join(title.split()) if title and title.strip() else lead_excerpt(text)


def display_titles(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    """:func:`display_title` of each article in ``ids`` (search hits carry no text)."""
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        rows = conn.execute(
            f"SELECT id, title, substr(text, 1, {LEAD_CHARS * 4}) FROM articles "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        out.update({r[0]: display_title(r[1], r[2]) for r in rows})
    return out


def export_article(row: sqlite3.Row, roots: Sequence[str] = ()) -> dict[str, Any]:
    """One article in the export schema, from an ``articles`` row; ``source`` relative
    to the build ``roots`` (:func:`~warta.store.queries.sources.build_roots`)."""
    record = json.loads(row["record"])
    return {
        "id": row["id"],
        "source": relative_source(row["source"], roots),
        "url": row["url"],
        "title": row["title"],
        "text": row["text"],
        "published": row["published"],
        "published_evidence": relative_paths_in(row["published_evidence"], roots),
        "page_date": row["page_date"],
        "host_site": row["host_site"],
        "original_source": row["original_source"],
        "wire_credits": record.get("wire_credits", []),
        "language": row["language"],
        "flags": record.get("flags", []),
        "removed": record.get("removed", []),
        "dup_group": row["dup_group"],
        "duplicate_of": row["duplicate_of"],
        "dup_relation": row["dup_relation"],
        "entities": [
            {"name": e["name"], "type": e["type"], "mentions": e["mentions"], "count": e["count"]}
            for e in record.get("entities", [])
        ],
        "quotes": [
            {
                k: q[k]
                for k in (
                    "text",
                    "speaker",
                    "speaker_role",
                    "kind",
                    "cue",
                    "paragraph",
                    "start",
                    "end",
                )
            }
            for q in record.get("quotes", [])
        ],
        "events": [
            {k: e[k] for k in ("date", "precision", "text", "participants", "expected", "anchor")}
            for e in record.get("events", [])
        ],
        "story": row["story_id"],
        "summary": [s["text"] for s in record.get("summary", [])],
        # Relation shares-passages (id, fraction of this article, paragraphs): a column
        # of iter_export's query; empty for a row read without it.
        "shares_passages": json.loads(row["shares_passages"])
        if "shares_passages" in row.keys() and row["shares_passages"]  # noqa: SIM118 (a Row)
        else [],
    }


def iter_export(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    roots = build_roots(conn)
    sql = f"SELECT *, {passages_column(conn)} FROM articles ORDER BY source, id"
    for row in conn.execute(sql):
        yield export_article(row, roots)


def passages_column(conn: sqlite3.Connection) -> str:
    """``shares_passages`` of an ``articles`` row as a JSON array, for a SELECT list
    (NULL in a store built before shared passages and opened read-only)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'passages'").fetchone() is None:
        return "NULL AS shares_passages"
    return (
        "(SELECT json_group_array(json_object('id', p.other_id, 'fraction', p.fraction, "
        "'passages', p.passages)) FROM (SELECT * FROM passages WHERE article_id = articles.id "
        "ORDER BY fraction DESC, other_id) p) AS shares_passages"
    )


def _like(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: ``%`` and ``_`` match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_article_row(conn: sqlite3.Connection, key: str) -> sqlite3.Row:
    """An article by id, id prefix, source path, or file name (unique match required)."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (key,)).fetchone()
    if row:
        return row  # type: ignore[no-any-return]
    rows = conn.execute(
        "SELECT * FROM articles WHERE source = ? OR id LIKE ? ESCAPE '\\' "
        "OR source LIKE ? ESCAPE '\\' LIMIT 3",
        (key, _like(key) + "%", "%/" + _like(key) + "%"),
    ).fetchall()
    if len(rows) == 1:
        return rows[0]  # type: ignore[no-any-return]
    if not rows:
        raise NotFoundError(
            f"no article '{key}' in the store; list ids with: warta export --format jsonl",
            detail={"article": key},
        )
    matches = [r["id"] for r in rows]
    raise AmbiguousKeyError(
        f"'{key}' matches several articles ({', '.join(matches)}"
        f"{', …' if len(rows) == 3 else ''}); give a longer id",
        detail={"article": key, "matches": matches},
    )


def get_article(conn: sqlite3.Connection, key: str) -> dict[str, Any]:
    """The export record of one article plus its duplicate-group members and
    ``display_title`` (the title, or the start of the text)."""
    row = find_article_row(conn, key)
    roots = build_roots(conn)
    data = export_article(row, roots)
    data["display_title"] = display_title(row["title"], row["text"])
    data["duplicates"] = []
    if row["dup_group"]:
        data["duplicates"] = [
            dict(r) | {"source": relative_source(r["source"], roots)}
            for r in conn.execute(
                "SELECT id, source, title, dup_relation AS relation, dup_similarity AS "
                "similarity FROM articles WHERE dup_group = ? AND id != ? ORDER BY id",
                (row["dup_group"], row["id"]),
            )
        ]
    data["shares_passages"] = shared_passages(conn, row["id"], roots)
    data["subheadings"] = json.loads(row["record"]).get("subheadings", [])
    return data


def shared_passages(
    conn: sqlite3.Connection, article_id: str, roots: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Articles sharing wire paragraphs with ``article_id`` (relation ``shares-passages``,
    :mod:`warta.dedup.passages`), the largest share first: ``id``, ``source``, ``title``,
    ``fraction`` (the share of *this* article's prose in the shared paragraphs) and
    ``passages`` (how many of its paragraphs). Empty for a store built before them."""
    try:
        rows = conn.execute(
            "SELECT a.id, a.source, a.title, p.fraction, p.passages FROM passages p "
            "JOIN articles a ON a.id = p.other_id WHERE p.article_id = ? "
            "ORDER BY p.fraction DESC, a.id",
            (article_id,),
        ).fetchall()
    except sqlite3.OperationalError:  # no passages table: a read-only store not migrated
        return []
    return [
        {
            "id": r["id"],
            "source": relative_source(r["source"], roots),
            "title": r["title"],
            "relation": "shares-passages",
            "fraction": r["fraction"],
            "passages": r["passages"],
        }
        for r in rows
    ]


def get_article_record(conn: sqlite3.Connection, key: str) -> Any:
    """The stored :class:`~warta.records.Article` (what the document itself says)."""
    return article_from_dict(json.loads(find_article_row(conn, key)["record"]))


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidParameterError(
            f"limit {limit} is out of range; use 1 to {MAX_LIMIT}", detail={"limit": limit}
        )
    if offset < 0:
        raise InvalidParameterError(
            f"offset {offset} is negative; use 0 or more", detail={"offset": offset}
        )


def _filters(
    date_from: str | None,
    date_to: str | None,
    source: str | None,
    story: str | None,
    entity: str | None,
    *,
    undated: str | None = None,
) -> tuple[str, list[Any]]:
    """SQL conditions on ``a.*`` (each starting `` AND``) and their parameters.

    A date bound keeps dated articles in range; ``undated="include"`` keeps articles with
    no publication date too (a date bound cannot place them), ``"exclude"`` (the
    default) leaves them out.
    """
    if undated not in (None, "include", "exclude"):
        raise InvalidParameterError(
            f"undated '{undated}' is not a choice; use include or exclude",
            detail={"undated": undated},
        )
    clauses: list[str] = []
    params: list[Any] = []
    dates: list[str] = []
    if date_from:
        dates.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        # "2019-04" as an upper bound includes every day of April 2019.
        dates.append("a.published <= ?")
        params.append(date_to + "\uffff")
    if dates:
        inside = " AND ".join(dates)
        clauses.append(f"(a.published IS NULL OR {inside})" if undated == "include" else inside)
    if source:
        clauses.append("(a.host_site = ? OR a.original_source = ? OR a.source LIKE ?)")
        params.extend([source, source, f"%{source}%"])
    if story:
        clauses.append("a.story_id = ?")
        params.append(story)
    if entity:
        clauses.append(
            "a.id IN (SELECT article_id FROM mentions WHERE entity = ? OR text = ? OR referent = ?)"
        )
        params.extend([entity, entity, entity])
    return "".join(f" AND {c}" for c in clauses), params


def list_articles(
    conn: sqlite3.Connection,
    *,
    limit: int = 50,
    offset: int = 0,
    date_from: str | None = None,
    date_to: str | None = None,
    source: str | None = None,
    story: str | None = None,
    entity: str | None = None,
    undated: str | None = None,
) -> list[dict[str, Any]]:
    """Article summaries (no text), newest first, with filters and pagination.

    ``display_title`` is the title, or the start of the text of an untitled article.
    """
    check_page(limit, offset)
    where, params = _filters(
        date_from, date_to, source, story, entity, undated=undated
    )
    rows = conn.execute(
        f"""SELECT a.id, a.source, a.title, a.published, a.page_date, a.host_site,
                   a.original_source, a.dup_group, a.duplicate_of, a.dup_relation, a.story_id,
                   CASE WHEN a.title IS NULL OR trim(a.title) = ''
                        THEN substr(a.text, 1, {LEAD_CHARS * 4}) END AS lead
            FROM articles a WHERE 1=1 {where}
            ORDER BY a.published IS NULL, a.published DESC, a.source LIMIT ? OFFSET ?""",
        (*params, limit, offset),
    ).fetchall()
    out = []
    roots = build_roots(conn)
    for r in rows:
        item = dict(r)
        item["display_title"] = display_title(item["title"], item.pop("lead"))
        item["source"] = relative_source(item["source"], roots)
        out.append(item)
    return out


def count_undated(
    conn: sqlite3.Connection,
    query: str | None = None,
    *,
    raw: bool = False,
    source: str | None = None,
    story: str | None = None,
    entity: str | None = None,
) -> int:
    """How many undated articles match everything but the date bounds: what a
    ``--from``/``--to`` filter left out (``query``: only search hits of it)."""
    where, params = _filters(None, None, source, story, entity)
    where += " AND a.published IS NULL"
    if query is None:
        sql = f"SELECT count(*) FROM articles a WHERE 1=1 {where}"
        return int(conn.execute(sql, params).fetchone()[0])
    match = query if raw else fts_query(query)
    if not match:
        return 0
    sql = (
        "SELECT count(*) FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        f"WHERE articles_fts MATCH ? {where}"
    )
    try:
        return int(conn.execute(sql, (match, *params)).fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # raw FTS5 syntax the search itself has already reported


def search_articles(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    raw: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
    source: str | None = None,
    story: str | None = None,
    entity: str | None = None,
    undated: str | None = None,
) -> list[Hit]:
    check_page(limit, offset)
    where, params = _filters(
        date_from, date_to, source, story, entity, undated=undated
    )
    hits = search(
        conn, query, limit=limit, offset=offset, raw=raw, where=where, params=tuple(params)
    )
    roots = build_roots(conn)
    return [replace(h, source=relative_source(h.source, roots)) for h in hits]


def duplicate_groups(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    roots = build_roots(conn)
    for r in conn.execute(
        "SELECT id, source, title, dup_group, dup_relation, dup_similarity FROM articles "
        "WHERE dup_group IS NOT NULL ORDER BY dup_group, dup_relation != 'canonical', id"
    ):
        g = groups.setdefault(r["dup_group"], {"group": r["dup_group"], "members": []})
        g["members"].append(
            {
                "id": r["id"],
                "source": relative_source(r["source"], roots),
                "title": r["title"],
                "relation": r["dup_relation"],
                "similarity": r["dup_similarity"],
            }
        )
    return list(groups.values())


def stats(conn: sqlite3.Connection) -> dict[str, Any]:

    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    last = conn.execute(
        "SELECT started_at, finished_at, stats FROM build_runs ORDER BY id DESC LIMIT 1"
    ).fetchone()
    warnings = []
    if last is not None and last["finished_at"] is None:
        warnings.append(
            f"the last build (started {last['started_at']}) did not finish: it was stopped "
            "or failed before the end, or is still running; the batches it stored are "
            "kept, and running the same warta build again completes it"
        )
    versions = dict(
        conn.execute(
            "SELECT pipeline_version, count(*) FROM articles GROUP BY pipeline_version"
        ).fetchall()
    )
    outdated = sum(n for v, n in versions.items() if v != PIPELINE_VERSION)
    if outdated:
        warnings.append(
            f"{outdated} articles were analysed by another warta release (pipeline versions "
            f"{', '.join(sorted(v for v in versions if v != PIPELINE_VERSION))}, this one "
            f"{PIPELINE_VERSION}); 'warta reanalyse' analyses them again with this one"
        )
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "with_published_date": one("SELECT count(*) FROM articles WHERE published IS NOT NULL"),
        "duplicate_groups": one(
            "SELECT count(DISTINCT dup_group) FROM articles WHERE dup_group IS NOT NULL"
        ),
        "duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        "entities": one("SELECT count(*) FROM entities"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "events": one("SELECT count(*) FROM events"),
        "timeline_entries": one("SELECT count(*) FROM timeline"),
        "stories": one("SELECT count(*) FROM stories"),
        "story_similarity": state_value(conn, "story_similarity"),
        "embedded_articles": vectors.coverage(conn)[0],
        "hosts": [
            dict(r)
            for r in conn.execute(
                "SELECT host_site AS host, count(*) AS articles FROM articles "
                "WHERE host_site IS NOT NULL GROUP BY host_site ORDER BY articles DESC LIMIT 10"
            )
        ],
        "builds": one("SELECT count(*) FROM build_runs"),
        "last_build": dict(last) if last else None,
        "problems_last_build": one(
            "SELECT count(*) FROM problems WHERE run_id = (SELECT max(id) FROM build_runs)"
        ),
        "last_build_finished": None if last is None else last["finished_at"] is not None,
        "outdated_articles": outdated,
        "warnings": warnings,
    }


def state_value(conn: sqlite3.Connection, key: str) -> str | None:
    """The value kept under ``key`` in the ``state`` table (e.g. ``story_similarity``)."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def hit_to_dict(hit: Hit) -> dict[str, Any]:
    return asdict(hit)
