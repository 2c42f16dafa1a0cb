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
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception.

    The exception that stopped the transaction is the one raised. SQLite rolls the
    whole transaction back by itself on some errors (a full disk: ``SQLITE_FULL``), and
    a ``ROLLBACK`` then fails with "no transaction is active", which must not replace
    the cause; a failed ``COMMIT`` is rolled back too.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        _rollback(conn, exc)
        raise


def _rollback(conn: sqlite3.Connection, cause: BaseException) -> None:
    """Roll back what is still open; a failure to do so is noted on ``cause``, not raised
    (closing the connection rolls back whatever remains)."""
    if not conn.in_transaction:
        return
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        cause.add_note(f"(the rollback that followed failed too: {exc})")


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
