"""A failing corpus step is one clear error, and the store stays as it was."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SEEDS

from warta.corpus import steps
from warta.errors import CorpusStepError
from warta.pipeline import build
from warta.store import queries
from warta.store.db import connect


def test_a_failing_step_names_itself_and_keeps_the_store_usable(
    tmp_path: Path, seeds_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "seeds.db"
    shutil.copy(seeds_db, db)
    conn = connect(db, create=False)
    before = {a["id"]: a for a in queries.iter_export(conn)}
    timeline_before = conn.execute("SELECT count(*) FROM timeline").fetchone()[0]
    conn.close()

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("invalid literal for int() with base 10: ''")

    monkeypatch.setattr(steps.timeline, "update_timeline", broken)
    extra = tmp_path / "in"
    extra.mkdir()
    (extra / "baru.txt").write_text(
        "Banjir di Semarang\n\nSEMARANG - Banjir merendam 200 rumah warga pada Senin "
        "(3/6/2024), kata Kepala BPBD Budi Santoso.",
        encoding="utf-8",
    )
    with pytest.raises(CorpusStepError, match="dates/timeline") as raised:
        build([str(extra)], db, embeddings=False)
    assert raised.value.detail["step"] == "dates/timeline"

    conn = connect(db, create=False)
    after = {a["id"]: a for a in queries.iter_export(conn)}
    assert conn.execute("SELECT count(*) FROM timeline").fetchone()[0] == timeline_before
    conn.close()
    assert len(after) == len(before) + 1  # the new batch is stored
    assert all(after[k] == v for k, v in before.items())  # nothing else changed

    monkeypatch.undo()
    report = build([str(extra), str(SEEDS)], db, embeddings=False)  # fixed: re-run heals
    assert report.stats["timeline_entries"] > 0
    assert report.stats["indexed"] >= 1  # the failed batch stayed pending and is taken now
    conn = connect(db, create=False)
    assert conn.execute("SELECT count(*) FROM corpus_pending").fetchone()[0] == 0
    conn.close()
