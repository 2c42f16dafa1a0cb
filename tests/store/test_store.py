"""The store: idempotent builds, incremental duplicate groups, FTS quoting, round trips."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import SEEDS

from warta.pipeline import build
from warta.records import Article, PartialDate, Provenance, RemovedLine
from warta.serialize import article_from_dict, article_to_dict
from warta.store import queries, stemming
from warta.store.db import connect
from warta.store.search import fts_query, search


def _snapshot(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT id, title, text, published, dup_group, duplicate_of, dup_relation, record "
            "FROM articles ORDER BY id").fetchall()
    finally:
        conn.close()


def test_rebuild_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    build([str(SEEDS)], db)
    before = _snapshot(db)
    report = build([str(SEEDS)], db)
    assert report.stats["unchanged"] == 5 and report.stats["new"] == 0
    assert _snapshot(db) == before


def test_adding_files_updates_duplicate_groups(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_f35b2e0f889bfed9.txt", folder)
    db = tmp_path / "w.db"
    build([str(folder)], db)
    assert all(row[4] is None for row in _snapshot(db))
    shutil.copy(SEEDS / "000_eaa14fcfe26b3708.txt", folder)
    build([str(folder)], db)
    rows = _snapshot(db)
    assert len({row[4] for row in rows}) == 1 and rows[0][4] is not None
    # The syndicated copy lends its original source to the canonical version.
    conn = connect(db, create=False)
    assert {a["original_source"] for a in queries.iter_export(conn)} == {"BBC Indonesia"}
    conn.close()


def test_failed_batch_leaves_store_intact(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    db = tmp_path / "w.db"
    build([str(SEEDS / "002_dc909485f31bc26a.txt")], db)
    before = _snapshot(db)

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed")

    mp = pytest.MonkeyPatch()
    mp.setattr("warta.store.writer.upsert_articles", boom)
    with pytest.raises(RuntimeError):
        build([str(SEEDS)], db)
    mp.undo()
    assert _snapshot(db) == before  # the failed batch was rolled back whole
    report = build([str(SEEDS)], db)  # and a re-run resumes
    assert report.stats["new"] == 4 and report.stats["unchanged"] == 1


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_query_is_valid_fts(seeds_db: Path, query: str) -> None:
    """Whatever the user types, quoting yields valid FTS5: search never raises."""
    conn = connect(seeds_db, create=False)
    try:
        hits = queries.search_articles(conn, query, limit=5)
    finally:
        conn.close()
    assert isinstance(hits, list)
    if not fts_query(query):
        assert hits == []


# Stemmers for the property below: none, Sastrawi's, and ones returning FTS5 syntax or nothing.
stemmers = st.sampled_from(
    [None, stemming.stem_text, lambda word: '" OR stems: NEAR(a*', lambda word: "", str.upper]
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40), stemmers)
def test_stemmed_query_is_valid_fts_and_only_adds_hits(
    seeds_db: Path, query: str, stem: Callable[[str], str] | None
) -> None:
    """The stemmed form of any query is valid FTS5 too, and finds what the exact form finds."""
    conn = connect(seeds_db, create=False)
    try:
        exact = {h.article_id for h in search(conn, fts_query(query, None), raw=True, limit=50)}
        stemmed = {h.article_id for h in search(conn, fts_query(query, stem), raw=True, limit=50)}
    finally:
        conn.close()
    assert stemmed >= exact


def test_search_ranks_and_highlights(seeds_db: Path) -> None:
    conn = connect(seeds_db, create=False)
    try:
        hits = queries.search_articles(conn, "Lankov")
        assert {h.source.rsplit("/", 1)[-1][:3] for h in hits} == {"000", "003"}
        assert "\x02Lankov\x03" in hits[0].snippet
        assert queries.search_articles(conn, '"Korea Utara" Tertitskiy')[0].source.endswith(
            "004_dc18b97a23789d0b.txt")
        assert queries.search_articles(conn, "Tertit*")
        assert queries.search_articles(conn, "Lankov", date_from="2020-01-01") == []
    finally:
        conn.close()


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(texts, st.one_of(st.none(), texts), st.integers(1990, 2030), st.lists(texts, max_size=3))
def test_article_record_round_trip(text: str, title: str | None, year: int,
                                   removed: list[str]) -> None:
    art = Article(id="x", source="s.txt", url=None, title=title, text=text,
                  published=PartialDate(year, 4), page_date=PartialDate(year, 1, 2),
                  wire_credits=("AP",), flags=("truncated",),
                  removed=tuple(RemovedLine(r, "caption") for r in removed),
                  provenance=Provenance("s.txt", line=3))
    assert article_from_dict(article_to_dict(art)) == art
