"""The connection layer under faults: a full disk, a damaged file, a read-only store."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import damaged_copy

from warta.errors import StoreError
from warta.store import queries
from warta.store.db import connect, guard, store_error, transaction, writable


def _full(conn: sqlite3.Connection, spare_pages: int = 3) -> None:
    """Let ``conn`` grow by ``spare_pages`` pages only: writes past that get SQLITE_FULL,
    as on a full disk."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_disk_full_raises_the_cause_not_the_failed_rollback(tmp_path: Path) -> None:
    """On SQLITE_FULL SQLite rolls the transaction back itself; the helper's ROLLBACK then
    failed with "cannot rollback - no transaction is active", which hid the cause."""
    conn = connect(tmp_path / "w.db")
    conn.execute("CREATE TABLE t (a TEXT)")
    _full(conn)
    with pytest.raises(sqlite3.OperationalError) as info, transaction(conn):
        for _ in range(100):
            conn.execute("INSERT INTO t VALUES (?)", (os.urandom(1000).hex(),))
    assert str(info.value) == "database or disk is full"
    assert not conn.in_transaction
    conn.execute("SELECT count(*) FROM t").fetchone()  # the connection is still usable
    conn.close()


def test_failed_commit_is_rolled_back(tmp_path: Path) -> None:
    conn = connect(tmp_path / "w.db")
    conn.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b INTEGER REFERENCES t(a) "
                 "DEFERRABLE INITIALLY DEFERRED)")
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError), transaction(conn):
        conn.execute("INSERT INTO t VALUES (1, 99)")  # fails only at COMMIT
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize(
    ("raised", "reason", "advice"),
    [
        (sqlite3.OperationalError("database or disk is full"), "disk-full", "free space"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged",
         "PRAGMA integrity_check"),
        (sqlite3.DatabaseError("file is not a database"), "not-a-database", "--db"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only",
         "open it read-only"),
        (sqlite3.OperationalError("database is locked"), "locked", "wait"),
        (sqlite3.OperationalError("disk I/O error"), "io-error", "check the disk"),
    ],
)
def test_each_store_failure_says_what_happened_and_what_to_do(
    raised: sqlite3.Error, reason: str, advice: str
) -> None:
    error = store_error(raised, "w.db")
    assert error.detail["reason"] == reason and error.detail["db"] == "w.db"
    assert "'w.db'" in error.message and str(raised) in error.message
    assert advice in error.message and "\n" not in error.message
    assert "delete" not in error.message


def test_damaged_store_advises_restore_not_delete(tmp_path: Path, seeds_db: Path) -> None:
    db = damaged_copy(seeds_db, tmp_path)
    with pytest.raises(StoreError) as info, guard(db):
        conn = connect(db, create=False, readonly=True)
        try:
            list(queries.iter_export(conn))
        finally:
            conn.close()
    assert info.value.detail["reason"] == "damaged"
    assert "restore it from a backup" in info.value.message


@pytest.fixture
def read_only_copy(seeds_db: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the seeds store in a folder where file and folder have no write bits
    (``chmod a-w``). The tests run as root, which ignores permissions, so the code must
    honour the bits itself; what the fixture checks is that nothing is written."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "store.db"
    shutil.copy(seeds_db, db)
    db.chmod(0o444)
    folder.chmod(0o555)
    yield db
    folder.chmod(0o755)


def _fingerprint(db: Path) -> tuple[list[str], str, int]:
    return (sorted(os.listdir(db.parent)), hashlib.sha256(db.read_bytes()).hexdigest(),
            db.stat().st_mtime_ns)


def test_read_only_store_is_read_without_writing(read_only_copy: Path) -> None:
    db = read_only_copy
    assert not writable(db) and not writable(db.parent)
    before = _fingerprint(db)
    conn = connect(db, create=False, readonly=True)
    try:
        assert queries.stats(conn)["articles"] == 5
        assert queries.search_articles(conn, "Lankov")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM articles")
    finally:
        conn.close()
    assert _fingerprint(db) == before  # no -wal, no -shm, not a byte changed


def test_writing_to_a_read_only_store_is_refused_with_the_way_out(read_only_copy: Path) -> None:
    with pytest.raises(StoreError) as info:
        connect(read_only_copy, create=False)
    message = info.value.message
    assert info.value.detail["reason"] == "read-only"
    assert "read-only (-r--r--r--)" in message and "chmod u+w" in message
    assert "open it read-only" in message and "delete" not in message


def test_reading_opens_with_mode_ro(seeds_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real = sqlite3.connect

    def spy(target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        opened.append(str(target))
        return real(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", spy)
    connect(seeds_db, create=False, readonly=True).close()
    assert opened == [f"file:{seeds_db}?mode=ro"]


def test_not_a_warta_store(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.close()
    with pytest.raises(StoreError, match="not a warta store"):
        connect(other, create=False, readonly=True)
    text = tmp_path / "notes.db"
    text.write_text("these are notes, not a database " * 200)
    with pytest.raises(StoreError) as info:
        connect(text, create=False, readonly=True)
    assert info.value.detail["reason"] == "not-a-database"


def test_writable_honours_the_mode_bits_even_for_root(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_text("x")
    assert writable(f)
    f.chmod(stat.S_IRUSR)
    assert not writable(f)
    assert not writable(tmp_path / "missing")
