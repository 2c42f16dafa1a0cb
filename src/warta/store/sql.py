"""Small SQL helpers with no knowledge of warta's schema: transactions and chunked reads.

They sit apart from :mod:`warta.store.db` so the migrations can use them while ``db``
imports the migrations.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def select_in_chunks(
    conn: sqlite3.Connection, sql: str, ids: Sequence[object], size: int
) -> Iterator[tuple[int, list[sqlite3.Row]]]:
    """Run ``sql`` on consecutive chunks of ``ids``; yield ``(ids done so far, rows)``.

    ``sql`` holds one ``{marks}`` slot, filled with the chunk's placeholders
    (``... WHERE id IN ({marks})``): batches stay under SQLite's variable limit and let
    callers commit as they go.
    """
    for start in range(0, len(ids), size):
        chunk = list(ids[start : start + size])
        marks = ",".join("?" * len(chunk))
        yield start + len(chunk), conn.execute(sql.format(marks=marks), chunk).fetchall()
