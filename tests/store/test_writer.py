"""Rewriting a stored record: the analysis rows follow it, and a table whose field did not
change keeps its rows (:func:`warta.store.writer.update_records` with ``before``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from warta.records import Article, Event, Mention, Quote, Relation
from warta.store.db import connect, transaction
from warta.store.writer import analysis_rows, update_records, upsert_articles

TEXT = "Rapat warga Desa Sukamaju dipimpin Darto. Darto mengatakan jalan desa akan diperbaiki."


def _article() -> Article:
    return Article(
        id="a1",
        source="invented.test",
        url=None,
        title="Jalan desa",
        text=TEXT,
        mentions=(Mention(35, 40, "Darto", "PER", "Darto"), Mention(42, 47, "Darto", "PER", "Darto")),
        quotes=(Quote("jalan desa akan diperbaiki", "Darto", None, "indirect", "mengatakan", 0, 59, 85),),
        events=(Event("2031-02-03", "day", TEXT, ("Darto",), True, None),),
        relations=(Relation("Darto", "consult", "04", "warga", TEXT, 0, 41, "dipimpin"),),
    )  # fmt: skip


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]


def _changes(conn: sqlite3.Connection, write: Callable[[], None]) -> int:
    """The rows ``write`` inserted, updated or deleted."""
    before = conn.total_changes
    with transaction(conn):
        write()
    return conn.total_changes - before


@pytest.fixture
def store(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = connect(tmp_path / "w.db")
    with transaction(conn):
        upsert_articles(conn, [_article()], "1")
    yield conn
    conn.close()


def _renamed(a: Article, name: str) -> Article:
    """``a`` with the person's corpus name in its mentions and quotes only."""
    return replace(
        a,
        mentions=tuple(replace(m, entity=name) for m in a.mentions),
        quotes=tuple(replace(q, speaker=name) for q in a.quotes),
    )


def test_only_the_tables_whose_field_changed_are_rewritten(store: sqlite3.Connection) -> None:
    old = _article()
    new = _renamed(old, "Darto Wiyono")
    kept = {t: _rows(store, t) for t in ("events", "relations")}
    renamed = _changes(store, lambda: update_records(store, [new], before={old.id: old}))
    for table in ("mentions", "quotes"):
        assert _rows(store, table) == analysis_rows(new)[table]  # the new names are stored
    assert {t: _rows(store, t) for t in kept} == kept
    # Back without ``before``: every table is deleted and written again, the one event
    # and the one relation too (a delete and an insert each).
    back = _changes(store, lambda: update_records(store, [old]))
    assert back - renamed == 4
    for table in ("mentions", "quotes", "events"):
        assert _rows(store, table) == analysis_rows(old)[table]


def test_a_before_of_another_record_rewrites_everything(store: sqlite3.Connection) -> None:
    """``before`` is matched by id: the rows of another article's record are no guide."""
    old = _article()
    new = replace(_renamed(old, "Darto Wiyono"), events=())
    other = replace(new, id="a2")
    with transaction(store):
        update_records(store, [new], before={old.id: other})
    assert _rows(store, "mentions") == analysis_rows(new)["mentions"]
    assert _rows(store, "events") == []


def test_a_batch_replaces_the_rows_of_each_article_and_keeps_the_others(
    store: sqlite3.Connection,
) -> None:
    """The batch's rows are written table by table (:func:`upsert_articles`): a stored
    article given again loses its old rows, another stored article keeps its own, and an
    id given twice in one batch keeps the last record's rows only."""
    old = _article()
    other = replace(old, id="a2", title="Balai desa")
    with transaction(store):
        upsert_articles(store, [other], "1")
    renamed = _renamed(old, "Darto Wiyono")
    with transaction(store):
        upsert_articles(store, [old, replace(renamed, relations=())], "1")
    for table in ("mentions", "quotes", "events"):
        rows = _rows(store, table)
        assert [r for r in rows if r[0] == "a1"] == analysis_rows(renamed)[table]
        assert [r for r in rows if r[0] == "a2"] == analysis_rows(other)[table]
    assert [r[0] for r in _rows(store, "relations")] == ["a2"]
    titles = store.execute("SELECT title FROM articles_fts WHERE articles_fts MATCH 'balai'")
    assert [r[0] for r in titles] == ["Balai desa"]
