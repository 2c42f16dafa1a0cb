"""``warta reanalyse``: stored articles analysed again give the store a fresh build gives.

A store built by an older release holds that release's analysis. Here the "older
release" is this one with the quote stage finding nothing and another pipeline
version; analysing the stored articles again must leave exactly what building the same
inputs with this release leaves (articles, every exported table, stems), touch only the
articles whose analysis changed, and find nothing to do the second time.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES, SEEDS
from tests.pipeline.stores import export_store, older_release
from typer.testing import CliRunner

from warta.cli.main import app
from warta.errors import InvalidParameterError, StoreError
from warta.pipeline import build
from warta.pipeline.reanalyse import reanalyse
from warta.store.db import connect

INPUTS = [str(SEEDS), str(EXAMPLES)]
BATCH = 3  # several batches, so two workers have batches in flight


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What this release stores for the inputs."""
    out = tmp_path_factory.mktemp("fresh")
    build(INPUTS, out / "fresh.db", embeddings=False, batch_size=BATCH, workers=1)
    return export_store(out / "fresh.db", out / "tables")


def _old_store(path: Path) -> Path:
    """The inputs stored by :func:`older_release`."""
    with older_release():
        report = build(INPUTS, path, embeddings=False, batch_size=BATCH, workers=1)
    assert report.stats["outdated"] == 0  # to the older release, nothing is outdated
    return path


def _quoted(db: Path) -> int:
    conn = connect(db, create=False)
    try:
        return int(conn.execute("SELECT count(DISTINCT article_id) FROM quotes").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_reanalysing_an_older_store_gives_what_a_fresh_build_gives(
    workers: int, tmp_path: Path, fresh: dict[str, Any]
) -> None:
    db = _old_store(tmp_path / "old.db")
    assert _quoted(db) == 0
    assert export_store(db, tmp_path / "before") != fresh

    report = reanalyse(str(db), workers=workers, batch_size=BATCH)

    stats = report.stats
    quoted = _quoted(db)
    assert quoted > 0
    assert stats["articles"] == len(fresh["articles"])
    assert stats["changed"] == quoted  # only the articles with quotes changed
    assert stats["unchanged"] == stats["articles"] - quoted
    assert stats["indexed"] == quoted
    assert export_store(db, tmp_path / "after") == fresh

    again = reanalyse(str(db), workers=workers, batch_size=BATCH)
    assert again.stats["articles"] == 0 and again.stats["corpus_unchanged"] == 1


def test_a_store_from_before_the_analysis_fingerprint_is_brought_up_to_date(
    tmp_path: Path, fresh: dict[str, Any]
) -> None:
    """Rows written before ``analysis_hash`` existed are compared by their records, which
    the corpus steps rewrote (corpus names, dates): an article may count as changed when
    only the corpus touched it, never as unchanged when its analysis changed."""
    db = _old_store(tmp_path / "old.db")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET analysis_hash = NULL")
    report = reanalyse(str(db), workers=1, batch_size=BATCH)
    assert report.stats["changed"] >= _quoted(db) > 0
    assert export_store(db, tmp_path / "after") == fresh


def test_an_article_already_waiting_for_the_corpus_steps_keeps_waiting(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    build(INPUTS, db, embeddings=False, batch_size=BATCH, workers=1)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET pipeline_version = '0'")
        conn.execute("DELETE FROM corpus_pending")
        waiting = conn.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("INSERT INTO corpus_pending VALUES (?)", (waiting,))
    report = reanalyse(str(db), workers=1, batch_size=BATCH)
    assert report.stats["changed"] == 0  # this release analysed them: nothing changed
    assert report.stats["indexed"] == 1  # but the waiting one was taken in
    assert reanalyse(str(db), workers=1).stats["articles"] == 0


def test_every_article_again_with_all(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    built = build(INPUTS, db, embeddings=False, batch_size=BATCH, workers=1)
    report = reanalyse(str(db), every=True, workers=1)
    assert report.stats["articles"] == built.stats["new"] == report.stats["unchanged"]
    assert report.stats["corpus_unchanged"] == 1


def test_bad_parameters_and_a_missing_store_are_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        reanalyse(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()
    with pytest.raises(InvalidParameterError, match="workers must be at least 1"):
        reanalyse(str(tmp_path / "missing.db"), workers=0)


def test_the_cli_names_outdated_articles_and_reanalyses_them(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "old.db")
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(EXAMPLES), "--db", str(db), "--no-embeddings"])
    assert built.exit_code == 0, built.output
    assert "were analysed by another warta release" in built.output
    assert f"warta reanalyse --db {db}" in built.output.replace("\n", "")
    with sqlite3.connect(db) as conn:  # the build redid the examples, not the seeds
        old = conn.execute("SELECT count(*) FROM articles WHERE pipeline_version = '0'")
        outdated = old.fetchone()[0]
    assert outdated > 0
    told = runner.invoke(app, ["stats", "--db", str(db), "--json"])
    assert json.loads(told.output)["outdated_articles"] == outdated
    assert "'warta reanalyse'" in " ".join(json.loads(told.output)["warnings"])
    done = runner.invoke(app, ["reanalyse", "--db", str(db), "--workers", "1", "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["stats"]["articles"] == outdated
    again = runner.invoke(app, ["reanalyse", "--db", str(db)])
    assert again.exit_code == 0 and "0 articles analysed again" in again.output
    rebuilt = runner.invoke(app, ["build", str(EXAMPLES), "--db", str(db), "--no-embeddings"])
    assert "another warta release" not in rebuilt.output
    told = runner.invoke(app, ["stats", "--db", str(db), "--json"])
    assert json.loads(told.output)["outdated_articles"] == 0
