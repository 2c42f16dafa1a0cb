"""A story doc row read again (the article renamed or re-dated since) equals the row read
from nothing: the terms of its text are kept, its names and date are read anew."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.corpus import stories
from warta.records import Article, EntityRef, PartialDate
from warta.store.db import connect, transaction
from warta.store.writer import update_records, upsert_articles

TEXT = (
    "PURWOREJO - Jembatan gantung di Desa Karangsari putus diterjang banjir pada Selasa "
    "malam. Kepala desa Wiryo mengatakan warga kini menyeberang dengan rakit.\n"
    "Banjir juga merendam sawah warga di tepi sungai. Jembatan gantung itu dibangun "
    "swadaya warga sepuluh tahun lalu."
)


def _article(name: str, published: str | None) -> Article:
    return Article(
        id="bridge",
        source="invented.test",
        url=None,
        title="Jembatan gantung desa ambruk dihantam arus sungai",
        text=TEXT,
        published=PartialDate.parse(published) if published else None,
        entities=(EntityRef(name, "PER", ("Wiryo",), 1),),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = connect(tmp_path / "s.db")
    with transaction(conn):
        upsert_articles(conn, [_article("Wiryo", None)], "1")
    yield conn
    conn.close()


def _fresh_row(conn: sqlite3.Connection) -> stories.DocRow:
    stories._text_terms.cache_clear()
    return stories._doc_rows(conn, ["bridge"])["bridge"]


def test_a_row_read_again_equals_the_row_read_from_nothing(store: sqlite3.Connection) -> None:
    first = _fresh_row(store)
    renamed = _article("Wiryo Sastro", "2030-01-15")
    with transaction(store):
        update_records(store, [renamed])
        store.execute("UPDATE articles SET published = '2030-01-15' WHERE id = 'bridge'")
    hits = stories._text_terms.cache_info().hits
    again = stories._doc_rows(store, ["bridge"])["bridge"]
    assert stories._text_terms.cache_info().hits == hits + 1  # the text's terms were kept
    assert again == _fresh_row(store)
    assert again != first  # the new name and date are in it
    assert "Wiryo Sastro" in again[4] and again[3] == "2030-01-15"
    assert again[6:8] == first[6:8]  # the same text's term columns and frequencies
