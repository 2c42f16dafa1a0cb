"""Stemmed search: inflections found, phrases and prefixes exact, stems never stale."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import SEEDS

from warta.pipeline import build
from warta.records import Article
from warta.serialize import article_to_dict
from warta.store import migrations, queries, stemming, writer
from warta.store.db import connect, transaction
from warta.store.search import fts_query

pytestmark = pytest.mark.skipif(not stemming.available(), reason="needs sastrawi")

ARTICLES = {
    "a": ("Kota diserbu", "Pasukan itu menyerang kota pada malam hari."),
    "b": ("Pelabuhan rusak", "Serangan udara menghantam pelabuhan dan gudang."),
    "c": ("Liga", "Warga menonton pertandingan sepak bola di lapangan."),
    "d": ("Latihan", "Jet tempur itu menyerang udara kosong dalam latihan."),
}


def _article(key: str, title: str, text: str, content_hash: str = "h1") -> Article:
    return Article(
        id=key, source=f"{key}.txt", url=None, title=title, text=text, content_hash=content_hash
    )


def _upsert(conn: sqlite3.Connection, *articles: Article, version: str = "1") -> None:
    with transaction(conn):
        writer.upsert_articles(conn, articles, version)


@pytest.fixture()
def conn(tmp_path: Path) -> sqlite3.Connection:
    """A store of :data:`ARTICLES`, stemmed."""
    c = connect(tmp_path / "w.db")
    _upsert(c, *(_article(k, t, x) for k, (t, x) in ARTICLES.items()))
    assert stemming.fill_stems(c) == len(ARTICLES)
    return c


def _found(conn: sqlite3.Connection, query: str) -> list[str]:
    return [h.article_id for h in queries.search_articles(conn, query)]


def _stems(conn: sqlite3.Connection, key: str) -> str | None:
    value = conn.execute("SELECT stems FROM articles WHERE id = ?", (key,)).fetchone()[0]
    return value if value is None else str(value)


def test_stems_of_words_and_texts() -> None:
    assert stemming.stem_word("menyerang") == "serang"
    assert stemming.stem_word("Pembangunan") == "bangun"
    assert stemming.stem_word("Jakarta") == "jakarta"
    # Cut like FTS5 unicode61: hyphens separate; digits and non-ASCII words kept as they are.
    assert stemming.stem_text("Serangan ke-2, buku-buku & café 2017!") == (
        "serang ke 2 buku buku café 2017"
    )
    assert stemming.stem_text(" -- ") == ""
    assert stemming.article_stems("Kebijakan baru", "Pemerintah berkata.") == (
        "bijak baru perintah kata"
    )
    assert stemming.article_stems(None, "") == ""


def test_a_word_finds_its_inflections(conn: sqlite3.Connection) -> None:
    assert sorted(_found(conn, "serang")) == ["a", "b", "d"]
    assert sorted(_found(conn, "diserang")) == ["a", "b", "d"]  # no article has "diserang"
    # The word as typed ranks above its mere inflections.
    assert _found(conn, "serangan")[0] == "b"
    assert _found(conn, "menyerang")[-1] == "b"
    assert _found(conn, "sepak bola") == ["c"]  # words are ANDed
    assert _found(conn, "menyerang bola") == []


def test_a_phrase_stays_exact(conn: sqlite3.Connection) -> None:
    # "menyerang udara" stems to "serang udara" too, but a phrase never reads the stems.
    assert _found(conn, '"serangan udara"') == ["b"]
    assert _found(conn, '"serang udara"') == []
    assert _found(conn, '"menyerang udara"') == ["d"]


def test_a_prefix_stays_exact(conn: sqlite3.Connection) -> None:
    assert _found(conn, "serang*") == ["b"]  # not "menyerang", whose stem starts so
    assert sorted(_found(conn, "menyer*")) == ["a", "d"]


def test_facets_count_the_same_hits(conn: sqlite3.Connection) -> None:
    assert queries.search_facets(conn, "serang")["total"] == 3
    assert queries.search_facets(conn, '"serangan udara"')["total"] == 1


def test_changed_text_refreshes_stale_stems(conn: sqlite3.Connection) -> None:
    _upsert(conn, _article("a", "Kota terendam", "Banjir merendam rumah warga.", "h2"))
    assert _stems(conn, "a") is None  # dropped with the old text
    assert sorted(_found(conn, "serang")) == ["b", "d"]  # the old stems are out of the index
    assert stemming.fill_stems(conn) == 1
    assert _stems(conn, "a") == "kota rendam banjir rendam rumah warga"
    assert _found(conn, "rendam") == ["a"]
    # Same title and text under a new pipeline version: the stems stand, nothing to redo.
    _upsert(conn, _article("a", "Kota terendam", "Banjir merendam rumah warga.", "h2"), version="2")
    assert _stems(conn, "a") is not None
    assert stemming.fill_stems(conn) == 0
    # The triggers kept the external-content index in step with every rewrite.
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_fill_is_incremental(conn: sqlite3.Connection) -> None:
    assert stemming.fill_stems(conn) == 0
    _upsert(conn, _article("e", "Gempa", "Gempa mengguncang pesisir.", "h1"))
    seen: list[tuple[int, int]] = []
    assert stemming.fill_stems(conn, progress=lambda done, total: seen.append((done, total))) == 1
    assert seen == [(1, 1)]
    assert _found(conn, "guncang") == ["e"]
    assert stemming.fill_stems(conn) == 0


def test_store_migrated_from_003_is_stemmed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.db"
    old = sqlite3.connect(db, isolation_level=None)
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        assert migrations.migrate(old)[-1] == "003_mentions_referent"
    record = json.dumps(article_to_dict(_article("a", *ARTICLES["a"])))
    old.execute(
        "INSERT INTO articles (id, source, title, text, record, content_hash, pipeline_version, "
        "added_at, updated_at) VALUES ('a', 'a.txt', ?, ?, ?, 'h1', '1', 'now', 'now')",
        (*ARTICLES["a"], record),
    )
    old.close()
    conn = connect(db)  # applies 004_search_stems (and what follows)
    try:
        assert "004_search_stems" in {r[0] for r in conn.execute("SELECT name FROM migrations")}
        assert _stems(conn, "a") is None
        assert _found(conn, "menyerang") == ["a"]  # the index was rebuilt
        assert _found(conn, "serangan") == []  # not stemmed yet
        assert stemming.fill_stems(conn) == 1
        assert _found(conn, "serangan") == ["a"]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def test_without_the_stemmer_search_is_exact(
    conn: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stemming, "available", lambda: False)
    assert fts_query('serangan "serangan udara" serang*') == (
        '{title text}: "serangan" {title text}: "serangan udara" {title text}: "serang"*'
    )
    # A stemmed store searched without the stemmer: the stems column is not read.
    assert _found(conn, "serang") == []
    assert sorted(_found(conn, "menyerang")) == ["a", "d"]
    # A store written without the stemmer: nothing stemmed, exact search as before.
    fresh = connect(tmp_path / "plain.db")
    try:
        _upsert(fresh, _article("a", *ARTICLES["a"]))
        assert stemming.fill_stems(fresh) == 0
        assert _stems(fresh, "a") is None
        assert _found(fresh, "menyerang") == ["a"] and _found(fresh, "serangan") == []
    finally:
        fresh.close()


def test_build_stems_and_rebuild_stems_nothing(seeds_db: Path, tmp_path: Path) -> None:
    conn = connect(seeds_db, create=False)
    try:
        assert conn.execute("SELECT count(*) FROM articles WHERE stems IS NULL").fetchone()[0] == 0
        # "mengonfirmasi" (seed 000) is found by another inflection of its stem.
        assert _found(conn, "dikonfirmasi")
    finally:
        conn.close()
    db = tmp_path / "again.db"
    shutil.copy(seeds_db, db)
    report = build([str(SEEDS)], db)
    assert report.stats["unchanged"] == 5 and report.stats["stemmed"] == 0


def test_dask_loader_stems_what_it_loads(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from warta.pipeline import PIPELINE_VERSION
    from warta.scale.load import MARKER, load_store

    shard = tmp_path / "out" / "shards" / "000"
    shard.mkdir(parents=True)
    arts = [_article(k, t, x) for k, (t, x) in ARTICLES.items()]
    pq.write_table(
        pa.table(
            {
                "id": [a.id for a in arts],
                "content_hash": [a.content_hash for a in arts],
                "record": [json.dumps(article_to_dict(a)) for a in arts],
            }
        ),
        shard / "articles.parquet",
    )
    pq.write_table(
        pa.table({"where": pa.array([], pa.string()), "code": pa.array([], pa.string()),
                  "message": pa.array([], pa.string())}),
        shard / "problems.parquet",
    )
    (shard / MARKER).touch()
    db = tmp_path / "dask.db"
    assert load_store(tmp_path / "out", db)["stemmed"] == len(ARTICLES)
    conn = connect(db, create=False)
    try:
        assert sorted(_found(conn, "serang")) == ["a", "b", "d"]
        assert conn.execute("SELECT pipeline_version FROM articles LIMIT 1").fetchone()[0] == (
            PIPELINE_VERSION
        )
    finally:
        conn.close()
    assert load_store(tmp_path / "out", db)["stemmed"] == 0


def test_the_shipped_table_holds_sastrawis_own_stems() -> None:
    """The table only saves time: every 50th entry is what Sastrawi itself gives."""
    shipped = stemming.shipped_stems()
    assert len(shipped) > 20_000
    sample = sorted(shipped)[::50]
    assert all(shipped[w] == stemming.sastrawi_stem(w) for w in sample)


def test_each_word_goes_to_sastrawi_once_per_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words of a first build are kept in ``word_stems``; a later process stemming new
    articles with the same words asks Sastrawi nothing, and gets the same stems."""
    rare = "Ketertinggalannya dipertanyakan, pemberdayaannya menggembirakan penyeberangan."
    c = connect(tmp_path / "s.db")
    _upsert(c, _article("x", "Pertama", rare))
    assert stemming.fill_stems(c) == 1
    kept = dict(c.execute("SELECT word, stem FROM word_stems").fetchall())
    assert "ketertinggalannya" in kept or "ketertinggalannya" in stemming.shipped_stems()
    first = _stems(c, "x")

    calls: list[str] = []
    real = stemming.sastrawi_stem
    monkeypatch.setattr(stemming, "_learned", {})  # a new process: nothing in memory
    stemming.stem_word.cache_clear()
    monkeypatch.setattr(stemming, "sastrawi_stem", lambda w: calls.append(w) or real(w))
    _upsert(c, _article("y", "Pertama", rare, content_hash="h2"))
    assert stemming.fill_stems(c) == 1
    assert calls == [] and _stems(c, "y") == first

    # a store that has not seen the words stems them and records them, even when this
    # process knows them already
    other = connect(tmp_path / "t.db")
    _upsert(other, _article("z", "Pertama", rare))
    assert stemming.fill_stems(other) == 1
    assert dict(other.execute("SELECT word, stem FROM word_stems").fetchall()) == kept
    stemming.stem_word.cache_clear()
