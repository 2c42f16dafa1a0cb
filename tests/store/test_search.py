"""Full-text search ranks first and reads only the page it returns: the hits are those of
ranking every match joined with its article (the one-query form it replaced), in the same
order, ties included, with the same scores and snippets."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.store.db import connect
from warta.store.search import (
    HIGHLIGHT,
    RANK,
    SNIPPET_TOKENS,
    Hit,
    fts_query,
    search,
)

WORDS = "harga beras naik turun pasar petani gudang kota desa hujan banjir jalan".split()


def _reference(
    conn: sqlite3.Connection,
    match: str,
    limit: int,
    offset: int,
    where: str = "",
    params: tuple[object, ...] = (),
) -> list[Hit]:
    """Every match joined with its article and given a snippet, then sorted and cut."""
    sql = f"""
        SELECT a.id, a.title, a.source, a.published,
               snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}), {RANK} AS score
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? {where}
        ORDER BY score LIMIT ? OFFSET ?
    """
    rows = conn.execute(sql, (*HIGHLIGHT, match, *params, limit, offset)).fetchall()
    return [Hit(r[0], r[1], r[2], r[3], r[4], float(r[5])) for r in rows]


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """A store of 40 short articles over a 12-word vocabulary: many matches per word,
    and exact copies, so equal scores (ties) are common."""
    from warta.pipeline import build

    folder = tmp_path_factory.mktemp("search-corpus")
    rng = random.Random(11)
    texts = []
    for i in range(30):
        sentences = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9))).capitalize() + "."
            for _ in range(rng.randint(2, 5))
        ]
        texts.append(f"Kabar {WORDS[i % len(WORDS)]} {i}\n\n" + " ".join(sentences))
    texts += texts[:10]  # copies: the same text scores the same
    for i, text in enumerate(texts):
        (folder / f"{i:02d}.txt").write_text(text + "\n", encoding="utf-8")
    db = folder / "search.db"
    build([str(folder)], db, embeddings=False)
    c = connect(db, create=False)
    yield c
    c.close()


@pytest.mark.parametrize("query", ["beras", "harga beras", '"harga beras"', "pet*", "kabar"])
@pytest.mark.parametrize(("limit", "offset"), [(5, 0), (5, 5), (7, 20), (100, 0), (3, 39)])
def test_same_hits_as_ranking_every_joined_match(
    conn: sqlite3.Connection, query: str, limit: int, offset: int
) -> None:
    expected = _reference(conn, fts_query(query), limit, offset)
    assert len(expected) == min(limit, max(0, _count(conn, query) - offset))
    assert search(conn, query, limit=limit, offset=offset) == expected


def test_ties_keep_their_order(conn: sqlite3.Connection) -> None:
    hits = search(conn, "beras", limit=100)
    scores = [h.score for h in hits]
    assert len(scores) > len(set(scores))  # the corpus has ties: the test can see them
    assert hits == _reference(conn, fts_query("beras"), 100, 0)


@pytest.mark.parametrize("published", [None, "2000"])
def test_same_hits_with_a_filter_on_the_articles(
    conn: sqlite3.Connection, published: str | None
) -> None:
    where, params = (
        " AND (a.published IS NULL OR a.published >= ?) AND a.id != ?",
        (
            published or "0000",
            "",
        ),
    )
    got = search(conn, "hujan", limit=8, offset=2, where=where, params=params)
    assert got == _reference(conn, fts_query("hujan"), 8, 2, where, params)
    assert got


def test_raw_queries_and_no_match(conn: sqlite3.Connection) -> None:
    raw = "desa NOT kota"
    assert search(conn, raw, raw=True, limit=10) == _reference(conn, raw, 10, 0)
    assert search(conn, "tidakadadisini", limit=10) == []


def test_the_seed_store_gives_the_same_hits(seeds_db: Path) -> None:
    c = connect(seeds_db, create=False)
    try:
        for query in ("Korea", "Putin", "pertemuan", "ke*"):
            for limit, offset in ((2, 0), (2, 1), (20, 0)):
                expected = _reference(c, fts_query(query), limit, offset)
                assert search(c, query, limit=limit, offset=offset) == expected
    finally:
        c.close()


def _count(conn: sqlite3.Connection, query: str) -> int:
    sql = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
    return int(conn.execute(sql, (fts_query(query),)).fetchone()[0])


def test_a_row_gone_between_ranking_and_reading_is_left_out(conn: sqlite3.Connection) -> None:
    """A build may remove an article between the two statements: the page skips it."""
    from warta.store.search import _page, _rank, _terms

    match = fts_query("beras")
    ranked = _rank(conn, match, 5, 0, "", ())
    gone = max(rowid for rowid, _ in ranked) + 10**6
    page = _page(conn, match, [(gone, -9.0), *ranked], _terms("beras"))
    assert page == search(conn, "beras", limit=5)
