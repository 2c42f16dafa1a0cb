"""Per-app state: the store path, one read-only connection per worker thread, a writer lock.

FastAPI runs sync routes in a thread pool; each thread keeps its own read-only
connection (SQLite connections are cheap to reuse, costly to open per request), while
uploads write through one connection at a time behind :attr:`AppState.write_lock`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from warta.store.db import connect


@dataclass
class AppState:
    db: Path
    token: str | None
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)
    _opened: list[sqlite3.Connection] = field(default_factory=list)

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection to the store."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.db, create=False, readonly=True)
            self._local.conn = conn
            with self.write_lock:
                self._opened.append(conn)
        return conn

    def close(self) -> None:
        """Close every reader (at server shutdown)."""
        with self.write_lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
        self._local = threading.local()

    @contextmanager
    def writer(self) -> Iterator[sqlite3.Connection]:
        """A read-write connection, one writer at a time, closed afterwards."""
        with self.write_lock:
            conn = connect(self.db, create=False)
            try:
                yield conn
            finally:
                conn.close()
