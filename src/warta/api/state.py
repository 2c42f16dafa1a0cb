"""Per-app state: the store path, one read-only connection per worker thread, the upload
queue, the per-client login limit.

FastAPI runs sync routes in a thread pool; each thread keeps its own read-only
connection (SQLite connections are cheap to reuse, costly to open per request). Writes
happen in one place, the upload queue's writer process (:mod:`warta.api.jobs`). In WAL
mode a reader sees the last committed state while a write goes on, so reads never wait
for uploads.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from warta.api import security
from warta.api.jobs import JobStore, UploadQueue, jobs_dir
from warta.store.db import connect


@dataclass
class AppState:
    db: Path
    token: str | None
    #: Host names served besides loopback when there is no token (``--allowed-host``).
    allowed_hosts: frozenset[str] = frozenset()
    login_limiter: security.RateLimiter = field(
        default_factory=lambda: security.RateLimiter(
            rate=security.LOGIN_FAILURES_PER_MINUTE / 60.0,
            burst=float(security.LOGIN_FAILURES_PER_MINUTE),
        )
    )
    _readers_lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)
    _opened: list[sqlite3.Connection] = field(default_factory=list)
    uploads: UploadQueue = field(init=False)

    def __post_init__(self) -> None:
        self.uploads = UploadQueue(JobStore(jobs_dir(self.db)), self.db)

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection to the store."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.db, create=False, readonly=True)
            self._local.conn = conn
            with self._readers_lock:
                self._opened.append(conn)
        return conn

    def close(self) -> None:
        """Close every reader (at server shutdown)."""
        with self._readers_lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
        self._local = threading.local()
