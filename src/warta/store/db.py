"""The SQLite connection: WAL mode, explicit transactions, one writer at a time.

Connections run in autocommit mode (``isolation_level=None``) and every write goes
through :func:`transaction`, so a batch is either stored whole or not at all: a killed
build leaves only complete batches behind and a re-run resumes after them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from warta.errors import StoreError
from warta.store.migrations import migrate
from warta.store.sql import select_in_chunks, transaction

__all__ = ["connect", "select_in_chunks", "transaction"]


def connect(path: str | Path, *, create: bool = True, readonly: bool = False) -> sqlite3.Connection:
    """Open (and migrate) the store at ``path``.

    Raises :class:`StoreError` when the file is missing (``create=False``) or is not a
    warta database.
    """
    p = Path(path)
    if not create and not p.exists():
        raise StoreError(
            f"no database at '{p}'; build one first: warta build INPUT... --db {p}",
            detail={"db": str(p)},
        )
    try:
        if readonly:
            conn = sqlite3.connect(
                f"file:{p}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            conn = sqlite3.connect(p, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 10000")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
        else:
            conn.execute("SELECT count(*) FROM articles").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"'{p}' cannot be used as a warta database ({exc}); give another --db path "
            "or delete the file to start over",
            detail={"db": str(p)},
        ) from exc
    return conn
