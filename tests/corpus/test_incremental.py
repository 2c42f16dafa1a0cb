"""The living store: any batch order gives the corpus results of one whole-store pass.

A store is built once from the seeds, the developers' examples, the labelled copies
corpus and an IndoSum sample (its per-article records are then fixed). The corpus
indexes are emptied and the articles fed to :func:`warta.corpus.run_corpus_steps` again:
all at once, in halves (both orders), and in small batches. Every order must give the
same duplicate groups and canonicals, entity table and per-article names, published
dates, events, timeline and stories as the all-at-once pass.

Story and timeline ids derive from their members (a story's founding article), so
they are compared as they are, not only as partitions.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.corpus import run_corpus_steps
from warta.corpus import steps as corpus_steps
from warta.pipeline import PIPELINE_VERSION, build
from warta.store.db import connect, transaction
from warta_eval.indosum import load_indosum

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
COPIES = ROOT / "tests" / "dedup" / "corpus" / "pages"
INDOSUM_SAMPLE = 60


def snapshot(conn: sqlite3.Connection) -> dict[str, object]:
    """Everything the corpus step decides, in a comparable form."""

    def rows(sql: str) -> list[tuple[object, ...]]:
        return [tuple(r) for r in conn.execute(sql)]

    return {
        "articles": rows(
            "SELECT id, published, published_evidence, original_source, dup_group, "
            "duplicate_of, dup_relation, dup_similarity, story_id, record "
            "FROM articles ORDER BY id"
        ),
        "passages": rows("SELECT * FROM passages ORDER BY article_id, other_id"),
        "mentions": rows("SELECT * FROM mentions ORDER BY article_id, start, end, type"),
        "quotes": rows("SELECT * FROM quotes ORDER BY article_id, position"),
        "events": rows("SELECT * FROM events ORDER BY article_id, position"),
        "relations": rows("SELECT * FROM relations ORDER BY article_id, position"),
        "entities": rows("SELECT * FROM entities ORDER BY name, type"),
        "aliases": rows("SELECT * FROM aliases ORDER BY alias, name, type"),
        "timeline": sorted(
            json.dumps(
                {k: r[k] for k in r.keys() if k not in ("position", "id")},  # noqa: SIM118 (a Row)
                sort_keys=True,
                default=str,
            )
            for r in conn.execute("SELECT * FROM timeline")
        ),
        "stories": rows("SELECT * FROM stories ORDER BY id"),
    }


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    folder = tmp_path_factory.mktemp("living")
    sample = folder / "indosum"
    sample.mkdir()
    docs = load_indosum(SHARED / "data" / "indosum")
    for doc in docs[:: len(docs) // INDOSUM_SAMPLE][:INDOSUM_SAMPLE]:
        (sample / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
    db = folder / "w.db"
    build(
        [str(SHARED / "seeds"), str(ROOT / "examples"), str(COPIES), str(sample)],
        db,
        embeddings=False,
    )
    conn = connect(db)
    yield conn
    conn.close()


def feed(
    conn: sqlite3.Connection, batches: list[list[str]], batch_size: int = corpus_steps.BATCH
) -> dict[str, object]:
    """Empty the corpus indexes, then take ``batches`` in turn (each pending at once, taken
    ``batch_size`` articles at a time); the snapshot after."""
    with transaction(conn):
        corpus_steps._reindex(conn, "tfidf")
        conn.execute("DELETE FROM corpus_pending")
    for batch in batches:
        with transaction(conn):
            conn.executemany("INSERT INTO corpus_pending VALUES (?)", [(a,) for a in batch])
        run_corpus_steps(conn, Counter(), batch_size=batch_size)
    return snapshot(conn)


@pytest.fixture(scope="module")
def whole(store: sqlite3.Connection) -> dict[str, object]:
    ids = [r[0] for r in store.execute("SELECT id FROM articles ORDER BY id")]
    return feed(store, [ids])


def test_the_store_is_a_real_test(whole: dict[str, object]) -> None:
    articles = whole["articles"]
    assert isinstance(articles, list) and len(articles) >= 100
    assert sum(1 for a in articles if a[4]) >= 20  # grouped copies
    assert whole["timeline"] and whole["stories"] and whole["entities"]


@pytest.mark.parametrize("order", ["halves", "halves-reversed", "batches-of-7"])
def test_any_batch_order_gives_the_whole_store_results(
    store: sqlite3.Connection, whole: dict[str, object], order: str
) -> None:
    ids = [r[0] for r in store.execute("SELECT id FROM articles ORDER BY id")]
    random.Random(13).shuffle(ids)
    half = len(ids) // 2
    batches = {
        "halves": [ids[:half], ids[half:]],
        "halves-reversed": [ids[half:], ids[:half]],
        "batches-of-7": [ids[i : i + 7] for i in range(0, len(ids), 7)],
    }[order]
    got = feed(store, batches)
    for table in whole:
        assert got[table] == whole[table], table


@pytest.mark.parametrize("group", [1, 3, 20])
def test_batches_taken_in_groups_give_the_whole_store_results(
    store: sqlite3.Connection,
    whole: dict[str, object],
    group: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pending articles taken 11 at a time, ``group`` batches per transaction with the
    entity registry first (1: batch by batch), give the one-pass results."""
    monkeypatch.setattr(corpus_steps, "GROUP", group)
    ids = [r[0] for r in store.execute("SELECT id FROM articles ORDER BY id")]
    got = feed(store, [ids], batch_size=11)
    for table in whole:
        assert got[table] == whole[table], table


def test_a_re_run_with_nothing_new_changes_nothing(
    store: sqlite3.Connection, whole: dict[str, object]
) -> None:
    ids = [r[0] for r in store.execute("SELECT id FROM articles ORDER BY id")]
    assert feed(store, [ids]) == whole
    stats = run_corpus_steps(store, Counter())
    assert stats["corpus_unchanged"] == 1
    assert snapshot(store) == whole


def test_a_store_of_the_previous_schema_upgrades_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store made before the corpus indexes (migrations up to 011) keeps its articles,
    gets every one indexed by the next build, and ends as a fresh build of the same
    inputs."""
    from warta.ingest import iter_documents
    from warta.pipeline.local import process_documents
    from warta.pipeline.stages import article_stages
    from warta.records import RawDoc
    from warta.store import migrations, writer

    seeds = str(SHARED / "seeds")
    fresh = tmp_path / "fresh.db"
    build([seeds], fresh, embeddings=False)
    conn = connect(fresh)
    expected = snapshot(conn)
    conn.close()

    old = tmp_path / "old.db"
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:11])
        conn = connect(old)
        docs = [d for d in iter_documents([seeds]) if isinstance(d, RawDoc)]
        articles, _ = process_documents(docs, article_stages())
        with transaction(conn):
            # The writer fills a column of a later migration (021): lend it for the write.
            conn.execute("ALTER TABLE articles ADD COLUMN analysis_hash TEXT")
            writer.upsert_articles(conn, articles, PIPELINE_VERSION)
            conn.execute("ALTER TABLE articles DROP COLUMN analysis_hash")
        conn.close()
    report = build([seeds], old, embeddings=False)  # applies 012 and after; nothing new
    assert report.stats["unchanged"] == len(articles)
    assert report.stats["indexed"] == len(articles)
    conn = connect(old)
    try:
        assert snapshot(conn) == expected
    finally:
        conn.close()
