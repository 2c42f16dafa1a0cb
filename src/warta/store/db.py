"""The SQLite connection: WAL mode, explicit transactions, one writer at a time.

Connections run in autocommit mode (``isolation_level=None``) and every write goes
through :func:`transaction`, so a batch is either stored whole or not at all: a killed
build leaves only complete batches behind and a re-run resumes after them.

Reading opens the store read-only (``connect(..., readonly=True)``, SQLite's ``mode=ro``),
so search, show, stats and the rest work on a store nobody may write: a read-only file,
folder or medium. Every SQLite failure becomes one :class:`~warta.errors.StoreError` that
says what happened and what to do (:func:`store_error`; :func:`guard` applies it to a
block): a full disk, a damaged file, a read-only store, a lock held by another process.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from warta.errors import StoreError
from warta.store.migrations import MIGRATIONS, migrate
from warta.store.sql import select_in_chunks, transaction

__all__ = ["connect", "guard", "select_in_chunks", "store_error", "transaction", "writable"]

READING_COMMANDS = "search, show, articles, stats, export"
#: SQLite's page cache of a writing connection, in KiB (SQLite's default is 2,000). A
#: corpus batch looks up index pages spread over the whole store (its keys are hashes);
#: with the default cache most lookups went back to the file, and the more so the larger
#: the store: adding 50 articles read 280 MB through read() at 10,000 stored articles
#: and 440 MB at 35,500, half of it with this cache (docs/speed.md). A fixed bound: a
#: build's memory still does not grow with the store.
CACHE_KIB = 65_536


def connect(path: str | Path, *, create: bool = True, readonly: bool = False) -> sqlite3.Connection:
    """Open (and migrate) the store at ``path``.

    ``readonly`` opens it with SQLite's ``mode=ro``: no statement can write, and the file
    may sit on a read-only medium. When its folder cannot be written and no write-ahead
    log (``-wal``) is pending, it is opened ``immutable=1``: SQLite then needs no ``-shm``
    file next to it and creates nothing. Raises :class:`StoreError` when the file is
    missing (``create=False``), is not a warta store, is read-only for a writing
    connection, or cannot be opened.
    """
    p = Path(path)
    if not p.exists() and (readonly or not create):
        raise StoreError(
            f"no database at '{p}'; build one first: warta build INPUT... --db {p}",
            detail={"db": str(p), "reason": "missing"},
        )
    if readonly:
        return _open_readonly(p)
    _check_writable(p)
    with guard(p):
        conn = sqlite3.connect(p, isolation_level=None, check_same_thread=False)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
    return conn


def _open_readonly(p: Path) -> sqlite3.Connection:
    immutable = not writable(p.parent) and not _sidecar(p, "-wal").exists()
    uri = f"file:{quote(str(p.absolute()))}?{'immutable=1' if immutable else 'mode=ro'}"
    with guard(p):
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 10000")
            pending = _pending_migrations(conn, p)
        except BaseException:
            conn.close()
            raise
    if not pending:
        return conn
    conn.close()
    if not (writable(p) and writable(p.parent)):
        raise StoreError(
            f"'{p}' was built by an older warta (it lacks {', '.join(pending)}) and is "
            "read-only here, so it cannot be upgraded; run any warta command on it once "
            "where it is writable, or rebuild it with warta build",
            detail={"db": str(p), "reason": "outdated", "pending": pending},
        )
    connect(p, create=False).close()  # upgrade once, then read as asked
    return _open_readonly(p)


def _pending_migrations(conn: sqlite3.Connection, p: Path) -> list[str]:
    """The migrations ``conn``'s store still lacks; :class:`StoreError` if it has no
    ``migrations`` table (a SQLite file that warta did not make)."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone():
        raise StoreError(
            f"'{p}' is a SQLite database but not a warta store (it has no migrations "
            "table); give the path of a store made by warta build with --db",
            detail={"db": str(p), "reason": "not-a-store"},
        )
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    return [name for name, _ in MIGRATIONS if name not in done]


def _sidecar(p: Path, suffix: str) -> Path:
    return p.with_name(p.name + suffix)


def writable(path: Path) -> bool:
    """Whether ``path`` (a file or folder) may be written.

    ``os.access`` answers for the user running warta, and says no on a read-only mount
    even to root. A path without any write permission bit (``chmod a-w``) counts as
    read-only too: root could write it, but its owner said not to.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _check_writable(p: Path) -> None:
    """Refuse to open a read-only store (or a store in a read-only folder) for writing."""
    folder = p.parent
    if p.exists() and not writable(p):
        raise StoreError(
            f"'{p}' is read-only ({stat.filemode(p.stat().st_mode)}) and this command writes "
            f"to it; make it writable (chmod u+w '{p}') or give another --db. The reading "
            f"commands ({READING_COMMANDS}, ...) open it read-only as it is",
            detail={"db": str(p), "reason": "read-only"},
        )
    if not folder.is_dir():
        raise StoreError(
            f"the folder of '{p}' does not exist; create it (mkdir -p '{folder}') or give "
            "a --db in an existing folder",
            detail={"db": str(p), "reason": "cannot-open"},
        )
    if not writable(folder):
        raise StoreError(
            f"the folder of '{p}' is read-only, and SQLite writes its journal ('{p.name}-wal') "
            f"next to the store; make '{folder}' writable or give a --db in another folder. "
            f"The reading commands ({READING_COMMANDS}, ...) work as it is",
            detail={"db": str(p), "reason": "read-only"},
        )


@contextmanager
def guard(db: str | Path | None) -> Iterator[None]:
    """Raise any SQLite error from the block as :func:`store_error` describes it."""
    try:
        yield
    except sqlite3.Error as exc:
        raise store_error(exc, db) from exc


# SQLite's primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 8, 10, 11
_FULL, _CANTOPEN, _NOTADB = 13, 14, 26


def store_error(exc: sqlite3.Error, db: str | Path | None) -> StoreError:
    """One :class:`StoreError` for a SQLite failure on the store ``db``: what happened, in
    SQLite's words too, and what to do about it. ``detail["reason"]`` names the case for
    programs: ``disk-full``, ``damaged``, ``not-a-database``, ``read-only``, ``locked``,
    ``io-error``, ``cannot-open`` or ``sqlite-error``.

    >>> store_error(sqlite3.OperationalError("database or disk is full"), "w.db").detail
    {'reason': 'disk-full', 'sqlite': 'database or disk is full', 'db': 'w.db'}
    """
    name = "the store" if db is None else f"'{db}'"
    said = str(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else _guess_code(said)
    backup = "restore it from a backup, or rebuild it from the inputs into a new --db"
    reason, message = "sqlite-error", (
        f"a query on {name} failed (SQLite: {said}); if another program or a newer warta "
        "made this store, rebuild it with this warta; otherwise re-run with --debug and "
        "report the traceback"
    )
    if primary == _FULL:
        reason, message = "disk-full", (
            f"the disk holding {name} is full (SQLite: {said}); free space on it, or build "
            "into a --db on another disk, and run the command again: batches stored "
            "before the failure are kept"
        )
    elif primary == _CORRUPT or said.startswith("Could not decode"):
        check = "warta stats --check" + ("" if db is None else f" --db '{db}'")
        reason, message = "damaged", (
            f"{name} is damaged (SQLite: {said}); {backup}; {check} runs SQLite's "
            "PRAGMA integrity_check to list the damage"
        )
    elif primary == _NOTADB:
        reason, message = "not-a-database", (
            f"{name} is not a SQLite database (SQLite: {said}); give the path of a warta "
            f"store with --db. If it was one, its first page is damaged: {backup}"
        )
    elif primary in (_READONLY, _PERM):
        reason, message = "read-only", (
            f"{name} cannot be written (SQLite: {said}); this command writes to the store: "
            "make the file and its folder writable, or work on a writable copy. The "
            f"reading commands ({READING_COMMANDS}, ...) open it read-only as it is"
        )
    elif primary in (_BUSY, _LOCKED):
        reason, message = "locked", (
            f"{name} is locked by another process (SQLite: {said}), probably a build "
            "writing to it; wait for it to finish and run the command again"
        )
    elif primary == _IOERR:
        reason, message = "io-error", (
            f"reading or writing {name} failed (SQLite: {said}); check the disk (full, "
            "removed or failing?) and run the command again; if the error stays, "
            "warta stats --check tells whether the store is damaged"
        )
    elif primary == _CANTOPEN:
        reason, message = "cannot-open", (
            f"cannot open {name} (SQLite: {said}); check that the file and its folder "
            "exist and can be read, and that a read-only store has no pending "
            "write-ahead log ('-wal' file) that SQLite would need to create a '-shm' for"
        )
    detail: dict[str, object] = {"reason": reason, "sqlite": said}
    if db is not None:
        detail["db"] = str(db)
    return StoreError(message, detail=detail)


def _guess_code(message: str) -> int | None:
    """A primary result code from SQLite's message, for errors raised without one."""
    for code, words in (
        (_FULL, "disk is full"),
        (_CORRUPT, "malformed"),
        (_NOTADB, "not a database"),
        (_READONLY, "readonly database"),
        (_BUSY, "database is locked"),
        (_IOERR, "disk I/O error"),
        (_CANTOPEN, "unable to open"),
    ):
        if words in message:
            return code
    return None
