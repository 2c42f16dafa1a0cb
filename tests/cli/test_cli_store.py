"""The CLI on a broken store: a full disk, a damaged file, a read-only store, a killed
build. Each failure is one ``Error:`` line that says what happened and what to do."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.cli.conftest import Cli
from tests.conftest import SEEDS, damaged_copy

#: Every command that reads a store, with its arguments.
READING = [
    ["stats"],
    ["show", "004"],
    ["search", "Lankov"],
    ["articles"],
    ["export"],
    ["entities"],
    ["quotes"],
    ["timeline"],
    ["stories"],
    ["summarize", "004"],
]


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), err
    assert "Traceback" not in err
    return lines[0]


def test_disk_full_is_one_error_line_and_the_build_resumes(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk printed a 56-line traceback ending in "cannot rollback - no transaction
    is active". SQLite's max_page_count makes writes fail with SQLITE_FULL, as a full
    disk does."""
    import warta.pipeline.local as local

    real = local.connect

    def small_disk(path: str | Path, **kwargs: bool) -> sqlite3.Connection:
        conn = real(path, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 40}")
        return conn

    db = tmp_path / "w.db"
    monkeypatch.setattr(local, "connect", small_disk)
    code, _, err = cli("build", SEEDS, "--db", db)
    line = _one_error_line(err)
    assert code == 1
    assert "is full" in line and "free space" in line and "cannot rollback" not in line
    monkeypatch.setattr(local, "connect", real)  # space freed: the same build completes
    code, out, err = cli("build", SEEDS, "--db", db)
    assert code == 0, err
    assert "5 new" in " ".join(out.split())


def test_damaged_store_gives_one_error_line_in_every_command(
    cli: Cli, seeds_db: Path, tmp_path: Path
) -> None:
    """A store damaged mid-file gave a traceback in every command. Now a command whose
    tables sit on a damaged page fails with one line naming the cure; one that reads
    only intact pages (here the entities, timeline and stories tables, written last)
    still answers. None prints a traceback."""
    db = damaged_copy(seeds_db, tmp_path)
    failed = []
    for args in [*READING, ["stats", "--check"], ["build", str(SEEDS)]]:
        code, _, err = cli(*args, "--db", db)
        assert "Traceback" not in err
        if code:
            line = _one_error_line(err)
            assert code == 1 and "is damaged" in line and "restore it from a backup" in line
            assert "delete" not in line
            failed.append(args[0])
    assert {"stats", "show", "search", "articles", "export", "summarize", "build"} <= set(failed)
    code, _, err = cli("stats", "--db", db)
    assert "PRAGMA integrity_check" in err and f"warta stats --check --db '{db}'" in err


def test_intact_store_passes_the_check(cli: Cli, seeds_db: Path) -> None:
    code, _, err = cli("stats", "--check", "--db", seeds_db)
    assert code == 0 and "is intact" in err


@pytest.fixture
def read_only_copy(seeds_db: Path, tmp_path: Path) -> Iterator[Path]:
    """The seeds store in a folder where file and folder have no write bits. The tests
    run as root, which may write anyway, so what they check is that warta honours the
    bits: the reading commands leave the folder and the file exactly as they were."""
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


def test_read_only_store_is_readable_by_every_reading_command(
    cli: Cli, read_only_copy: Path
) -> None:
    """A read-only store could not be read (the message advised deleting it)."""
    before = _fingerprint(read_only_copy)
    for args in READING:
        code, out, err = cli(*args, "--db", read_only_copy)
        assert code == 0, (args, err)
        assert out.strip()
    assert _fingerprint(read_only_copy) == before  # no -wal, no -shm, not a byte changed


def test_building_into_a_read_only_store_says_how_to_proceed(
    cli: Cli, read_only_copy: Path
) -> None:
    code, _, err = cli("build", SEEDS, "--db", read_only_copy)
    line = _one_error_line(err)
    assert code == 1 and "is read-only" in line and "chmod u+w" in line
    assert "open it read-only" in line and "delete" not in line


def test_stats_says_when_the_last_build_was_stopped(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta import corpus
    from warta.pipeline import build

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    db = tmp_path / "w.db"
    monkeypatch.setattr(corpus, "run_corpus_steps", killed)
    with pytest.raises(KeyboardInterrupt):
        build([str(SEEDS)], db)
    code, out, err = cli("stats", "--db", db)
    assert code == 0 and "articles" in out
    warning = " ".join(err.split())
    assert warning.startswith("Warning: the last build (started ")
    assert "did not finish" in warning and "warta build again" in warning
    code, out, _ = cli("stats", "--db", db, "--json")
    assert '"last_build_finished": false' in out
    monkeypatch.undo()
    build([str(SEEDS)], db)
    code, _, err = cli("stats", "--db", db)
    assert "did not finish" not in err
