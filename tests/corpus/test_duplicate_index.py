"""The incremental duplicate index equals one whole-store judgement, in any batch order.

A store is built once (seeds, the developers' examples and the labelled copies corpus:
exact, near, contained and passage-sharing pairs); then the index is emptied and fed
again one article at a time, in halves (both orders) and all at once. Every order must
give the duplicate columns, shared passages and lent sources of the whole-store build.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from warta.corpus import duplicates
from warta.corpus.duplicates import (
    clear_index,
    copies_and_passages,
    lend_sources,
    update_duplicates,
)
from warta.dedup.passages import kept_pairs
from warta.pipeline import build
from warta.serialize import article_from_dict
from warta.store.db import connect, transaction

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
COPIES = ROOT / "tests" / "dedup" / "corpus" / "pages"


def _result(conn: sqlite3.Connection) -> tuple[object, ...]:
    groups = conn.execute(
        "SELECT id, dup_group, duplicate_of, dup_relation, dup_similarity, original_source "
        "FROM articles ORDER BY id"
    ).fetchall()
    passages = conn.execute("SELECT * FROM passages ORDER BY article_id, other_id").fetchall()
    return tuple(map(tuple, groups)), tuple(map(tuple, passages))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    db = tmp_path_factory.mktemp("dupindex") / "w.db"
    build([str(SEEDS), str(ROOT / "examples"), str(COPIES)], db, embeddings=False)
    conn = connect(db)
    yield conn
    conn.close()


def _whole_store(conn: sqlite3.Connection) -> tuple[object, ...]:
    """What the pure, whole-corpus functions give for every stored article."""
    articles = [
        article_from_dict(json.loads(row[0]))
        for row in conn.execute("SELECT record FROM articles ORDER BY id")
    ]
    links, passages = copies_and_passages(articles)
    sources = lend_sources(links, articles)
    by_id = {link.article_id: link for link in links}
    groups = []
    for a in articles:
        link = by_id.get(a.id)
        if link is None:
            groups.append((a.id, None, None, None, None, sources[a.id]))
        else:
            canonical = None if link.relation == "canonical" else link.canonical
            groups.append(
                (a.id, link.group, canonical, link.relation, link.similarity, sources[a.id])
            )
    rows = tuple((p.article_id, p.other_id, p.fraction, p.passages) for p in passages)
    return tuple(groups), rows


def _feed(
    conn: sqlite3.Connection, batches: list[list[str]], *, forget_shingles: bool = False
) -> tuple[object, ...]:
    """Index ``batches`` in turn from an empty index; ``forget_shingles``: drop the
    stored shingles after each batch, as in a store indexed before migration 018."""
    with transaction(conn):
        clear_index(conn)
    for batch in batches:
        with transaction(conn):
            update_duplicates(conn, batch, [])
            if forget_shingles:
                conn.execute("DELETE FROM dedup_shingles")
    return _result(conn)


@pytest.mark.parametrize(
    "order", ["one-by-one", "halves", "halves-reversed", "all", "halves-upgraded"]
)
def test_any_batch_order_gives_the_whole_store_groups(
    store: sqlite3.Connection, order: str
) -> None:
    ids = [row[0] for row in store.execute("SELECT id FROM articles ORDER BY id")]
    expected = _whole_store(store)
    assert sum(1 for row in expected[0] if row[1]) >= 20  # many grouped articles
    assert expected[1]  # and shared passages
    shuffled = ids[:]
    random.Random(7).shuffle(shuffled)
    half = len(shuffled) // 2
    batches = {
        "one-by-one": [[i] for i in shuffled],
        "halves": [shuffled[:half], shuffled[half:]],
        "halves-reversed": [shuffled[half:], shuffled[:half]],
        "all": [shuffled],
        "halves-upgraded": [shuffled[:half], shuffled[half:]],
    }[order]
    assert _feed(store, batches, forget_shingles=order.endswith("upgraded")) == expected


def test_stored_articles_are_judged_from_their_stored_shingles(
    store: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new exact copy of a stored article is judged without reading stored texts but
    those of the pairs whose paragraphs are compared (the passage pairs the floors keep);
    an article indexed before migration 018 is read, and gets its row."""
    compared: set[str] = set()

    def kept(*args: Any, **kwargs: Any) -> set[tuple[str, str]]:
        pairs = kept_pairs(*args, **kwargs)
        compared.update(x for pair in pairs for x in pair)
        return pairs

    monkeypatch.setattr(duplicates, "kept_pairs", kept)
    member, group = store.execute(
        "SELECT id, dup_group FROM articles WHERE dup_relation = 'exact' ORDER BY id LIMIT 1"
    ).fetchone()
    ids = [row[0] for row in store.execute("SELECT id FROM articles ORDER BY id")]
    others = {
        row[0] for row in store.execute("SELECT id FROM articles WHERE dup_group = ?", (group,))
    } - {member}
    expected = _feed(store, [ids])
    for forget in (False, True):
        _feed(store, [[i for i in ids if i != member]])
        if forget:
            with transaction(store):
                store.execute("DELETE FROM dedup_shingles")
        reads: list[str] = []
        compared.clear()
        store.set_trace_callback(reads.append)
        try:
            with transaction(store):
                update_duplicates(store, [member], [])
        finally:
            store.set_trace_callback(None)
        texts = " ".join(sql for sql in reads if sql.startswith("SELECT id, text FROM articles"))
        read = {i for i in ids if f"'{i}'" in texts}
        if forget:
            assert others <= read
        else:
            assert read <= compared
        assert _result(store) == expected
        if forget:  # the stored articles it met have their rows now
            held = {row[0] for row in store.execute("SELECT article_id FROM dedup_shingles")}
            assert others <= held


def test_a_changed_article_leaves_its_group(store: sqlite3.Connection) -> None:
    ids = [row[0] for row in store.execute("SELECT id FROM articles ORDER BY id")]
    _feed(store, [ids])
    member, group = store.execute(
        "SELECT id, dup_group FROM articles WHERE dup_relation = 'exact' ORDER BY id LIMIT 1"
    ).fetchone()
    others = [
        row[0]
        for row in store.execute(
            "SELECT id FROM articles WHERE dup_group = ? AND id != ?", (group, member)
        )
    ]
    text = store.execute("SELECT text FROM articles WHERE id = ?", (member,)).fetchone()[0]
    try:
        with transaction(store):
            store.execute(
                "UPDATE articles SET text = ? WHERE id = ?",
                ("Teks yang sama sekali lain tentang cuaca cerah di pegunungan.", member),
            )
            changed = update_duplicates(store, [member], [member])
        row = store.execute("SELECT dup_group FROM articles WHERE id = ?", (member,)).fetchone()
        assert row[0] is None
        assert member in changed and set(others) <= changed  # their group id changed
        if len(others) == 1:  # a pair falls apart
            row = store.execute("SELECT dup_group FROM articles WHERE id = ?", (others[0],))
            assert row.fetchone()[0] is None
    finally:
        with transaction(store):
            store.execute("UPDATE articles SET text = ? WHERE id = ?", (text, member))
            update_duplicates(store, [member], [member])


def test_an_update_reads_only_what_it_touches(store: sqlite3.Connection) -> None:
    """Adding one unrelated article reads a handful of rows, not the store."""
    ids = [row[0] for row in store.execute("SELECT id FROM articles ORDER BY id")]
    _feed(store, [ids[1:]])
    reads: list[str] = []
    store.set_trace_callback(reads.append)
    try:
        with transaction(store):
            update_duplicates(store, [ids[0]], [])
    finally:
        store.set_trace_callback(None)
    assert not any("FROM articles" in sql and "WHERE" not in sql for sql in reads)
    assert not any("FROM dedup_docs" in sql and "WHERE" not in sql for sql in reads)
