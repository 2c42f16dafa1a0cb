"""The incremental entity registry equals one whole-corpus resolution, in any batch order.

The articles are the per-article pipeline's output (local names) for the seeds, the
developers' examples (their pages too) and hand-written articles in which bare
surnames, a role and acronyms arrive before and after the full names they denote. They
are stored once and fed to :func:`update_entities` one at a time, in halves (both
orders), shuffled and all at once; every order must give the ``entities`` and
``aliases`` tables and the per-article records of :func:`resolve_corpus` over all of
them. Removals, changed articles and a re-index after :func:`clear_index` too.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from warta.clean import clean_document
from warta.corpus import entities as registry
from warta.corpus.entities import clear_index, rename, update_entities
from warta.ingest import iter_documents
from warta.nlp.entities import crossdoc
from warta.nlp.entities.crossdoc import (
    full_abbreviation_keys,
    resolve_corpus,
    short_abbreviation_keys,
)
from warta.nlp.entities.names import abbreviates
from warta.pipeline.local import process_documents
from warta.pipeline.stages import analyze, article_stages
from warta.records import Article, Provenance, RawDoc
from warta.serialize import article_from_dict
from warta.store.db import connect, transaction
from warta.store.writer import update_records, upsert_articles

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples"

# Bare names before and after their full forms; two people sharing a surname; a role
# and its holder; an acronym as a surface of its full name and as a syllabic
# abbreviation; an institution with and without "RI"; two spellings of one name in one
# article (the article counts once in the name's weight).
HAND = {
    "bare-widodo": 'Widodo meninjau pelabuhan di Makassar pada Senin. "Pelabuhan ini harus '
    'selesai tahun depan," kata Widodo kepada wartawan. Kemlu menyatakan kunjungan itu '
    "berjalan lancar.",
    "role-prancis": 'Presiden Prancis menelepon mitranya pada Rabu. "Kami mendukung '
    'perdamaian," kata Presiden Prancis dalam pernyataan.',
    "santoso-a": "Budi Santoso, Kepala Dinas Pendidikan, mengatakan sekolah dibuka kembali. "
    "Santoso menambahkan bahwa guru sudah siap.",
    "bulog": "Bulog menyalurkan beras ke pasar di Medan. Direktur Bulog mengatakan stok aman.",
    "full-widodo": "Presiden Joko Widodo meresmikan bendungan di Jawa Tengah pada Selasa. "
    "Joko Widodo didampingi Menteri PUPR Basuki Hadimuljono. Kementerian Luar Negeri RI "
    "menyebut kunjungan itu penting.",
    "santoso-b": 'Santoso menjelaskan anggaran daerah kepada DPRD. "Anggaran cukup," ujar Santoso.',
    "full-macron": "Presiden Prancis Emmanuel Macron tiba di Jakarta pada Kamis. Macron "
    "bertemu Joko Widodo di Istana Merdeka.",
    "santoso-c": "Andi Santoso, pengusaha asal Surabaya, membuka pabrik baru. Andi Santoso "
    "mengatakan pabrik menyerap 500 pekerja.",
    "lavrov": "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Jakarta pada Senin. Sergei "
    "Lavrov mengatakan kerja sama berjalan baik. Lavrov juga bertemu Retno Marsudi.",
    "zelensky": "Sergei Lavrov menelepon Antony Blinken pada Selasa. Zelensky menanggapi "
    "pernyataan itu. Volodymyr Zelenskyy berbicara di Kyiv.",
    "bulog-full": "Badan Urusan Logistik (Bulog) menambah stok beras menjelang Lebaran. "
    "Badan Urusan Logistik juga memantau harga.",
    # An acronym that is a surface of two names, one dominant (3 refs to 1).
    "bnr-1": "Bank Nusantara Raya (BNR) menaikkan suku bunga deposito pada Senin. Direktur "
    "Bank Nusantara Raya mengatakan kenaikan itu sementara.",
    "bnr-2": "Bank Nusantara Raya (BNR) membuka kantor cabang baru di Makassar. Bank "
    "Nusantara Raya menargetkan seribu nasabah baru.",
    "bnr-3": "Laba Bank Nusantara Raya (BNR) naik 12 persen pada kuartal ketiga. Bank "
    "Nusantara Raya membagikan dividen.",
    "bnr-tbk": "Saham PT Bank Nusantara Raya Tbk (BNR) menguat di Bursa Efek Indonesia pada "
    "Selasa.",
    "bnr-bare": "BNR menyalurkan kredit usaha rakyat kepada petani di Jawa Timur. BNR menyebut "
    "penyaluran naik.",
    # A middle or first name cut to its initial in one article, written out in another;
    # and one initial that two written-out names share (it stays as written).
    "initial-middle": "Pakar hukum Hendra P. Wibisono menilai aturan itu perlu direvisi. Hendra "
    "mengatakan pasal karet harus dihapus.",
    "initial-middle-full": "Guru besar hukum Hendra Prasetyo Wibisono menerima penghargaan di "
    "Palembang. Wibisono menyebut penghargaan itu untuk timnya.",
    "initial-first": "Pejabat dinas M. Rizal Fauzi meninjau terminal bus di Cirebon pada Rabu. "
    "Rizal meminta sopir tertib.",
    "initial-first-full": "Wali kota melantik Muhammad Rizal Fauzi sebagai kepala dinas yang "
    "baru. Muhammad Rizal Fauzi berjanji membenahi terminal.",
    "initial-shared": "Ketua koperasi Dedi K. Saputra melaporkan kenaikan simpanan anggota. Dedi "
    "mengatakan koperasi sehat.",
    "initial-shared-1": "Pengusaha Dedi Kurniawan Saputra membuka toko bangunan di Garut.",
    "initial-shared-2": "Atlet panahan Dedi Kusnadi Saputra meraih emas di Bandung.",
}


# The stages whose output carries entity names (the summary does not: leaving it out
# keeps these tests about names alone).
NAME_STAGES = [s for s in article_stages() if s.name.startswith("nlp.")]


def _analysed(text: str, url: str, *, html: bool = False) -> Article:
    raw = RawDoc(Provenance(url, url=url), text, "html" if html else "text", url=url)
    return analyze(clean_document(raw), NAME_STAGES)


def _hand(name: str) -> Article:
    return _analysed(HAND[name], f"https://hand.test/{name}")


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    """Local records: seeds, examples and their pages, then the hand-written ones."""
    docs = [d for d in iter_documents([str(SEEDS), str(EXAMPLES)]) if isinstance(d, RawDoc)]
    out, _problems = process_documents(docs, NAME_STAGES)
    for page in sorted((EXAMPLES / "pages").rglob("*.page")):
        text = page.read_text(encoding="utf-8")
        out.append(_analysed(text, f"https://pages.test/{page.stem}", html=".html" in page.name))
    out += [_hand(name) for name in HAND]
    assert len({a.id for a in out}) == len(out) > 80
    return out


def _expected(articles: Sequence[Article]) -> dict[str, object]:
    mapping, table = resolve_corpus({a.id: a.entities for a in articles})
    return {
        "entities": sorted(
            (
                e.name,
                e.type,
                e.subtype,
                json.dumps(list(e.aliases), ensure_ascii=False),
                e.article_count,
                e.mention_count,
            )
            for e in table
        ),
        "aliases": sorted({(al, e.name, e.type) for e in table for al in {*e.aliases, e.name}}),
        "records": {a.id: rename(a, mapping.get(a.id, {})) for a in articles},
    }


def _stored(conn: sqlite3.Connection) -> dict[str, object]:
    return {
        "entities": sorted(
            tuple(r)
            for r in conn.execute(
                "SELECT name, type, subtype, aliases, article_count, mention_count FROM entities"
            )
        ),
        "aliases": sorted(tuple(r) for r in conn.execute("SELECT * FROM aliases")),
        "records": {
            r[0]: article_from_dict(json.loads(r[1]))
            for r in conn.execute("SELECT id, record FROM articles")
        },
    }


def _mention_rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute("SELECT * FROM mentions ORDER BY article_id, start")]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = connect(tmp_path / "w.db")
    yield conn
    conn.close()


def _feed(conn: sqlite3.Connection, batches: Sequence[Sequence[Article]]) -> list[set[str]]:
    with transaction(conn):
        upsert_articles(conn, [a for b in batches for a in b], "1")
    out = []
    for batch in batches:
        with transaction(conn):
            out.append(update_entities(conn, [a.id for a in batch], []))
    return out


def _orders(articles: list[Article]) -> dict[str, list[list[Article]]]:
    half = len(articles) // 2
    shuffled = articles[:]
    random.Random(13).shuffle(shuffled)
    return {
        "all at once": [articles],
        "one at a time": [[a] for a in articles],
        "one at a time, reversed": [[a] for a in reversed(articles)],
        "halves": [articles[:half], articles[half:]],
        "halves, second first": [articles[half:], articles[:half]],
        "shuffled, in fives": [shuffled[i : i + 5] for i in range(0, len(shuffled), 5)],
    }


@pytest.mark.parametrize(
    "order",
    [
        "all at once",
        "one at a time",
        "one at a time, reversed",
        "halves",
        "halves, second first",
        "shuffled, in fives",
    ],
)
def test_any_batch_order_gives_the_whole_corpus_resolution(
    store: sqlite3.Connection, articles: list[Article], order: str
) -> None:
    _feed(store, _orders(articles)[order])
    got, want = _stored(store), _expected(articles)
    assert got["entities"] == want["entities"]
    assert got["aliases"] == want["aliases"]
    assert got["records"] == want["records"]
    # the mentions rows follow the records (readers filter on mentions.entity)
    expected_rows = sorted(
        (a.id, m.start, m.end, m.text, m.type, m.entity, m.referent)
        for a in want["records"].values()  # type: ignore[attr-defined]
        for m in a.mentions
    )
    assert sorted(_mention_rows(store)) == expected_rows


def test_the_hand_written_names_resolve_as_intended(
    store: sqlite3.Connection, articles: list[Article]
) -> None:
    """The cases the hand-written articles are for really happen (else the equivalence
    above would not exercise them)."""
    hand = [a for a in articles if a.url and a.url.startswith("https://hand.test/")]
    _feed(store, [[a] for a in hand])
    names = {
        r[0]: r[1] for r in store.execute("SELECT alias, name FROM aliases WHERE alias != name")
    }
    assert names["Widodo"] == "Joko Widodo"
    assert names["Presiden Prancis"] == "Emmanuel Macron"
    assert names["Kemlu"] == "Kementerian Luar Negeri"
    assert names["BNR"] == "Bank Nusantara Raya"  # the dominant of its two full names
    assert "Santoso" not in names or names["Santoso"] == "Budi Santoso"  # as a surface only
    santoso = store.execute("SELECT 1 FROM entities WHERE name = 'Santoso'").fetchone()
    assert santoso is not None  # two Santosos of equal weight: the bare one stays bare
    assert names["Hendra P. Wibisono"] == "Hendra Prasetyo Wibisono"
    assert names["M. Rizal Fauzi"] == "Muhammad Rizal Fauzi"
    assert "Dedi K. Saputra" not in names  # two full names fit its initial
    # "Sergey" and "Sergei Lavrov" are two refs of one article: it counts once
    weight = store.execute("SELECT weight FROM entity_keys WHERE key = 'sergei lavrov'")
    assert weight.fetchone()[0] == 1


def test_a_name_learned_later_repoints_earlier_articles_only(store: sqlite3.Connection) -> None:
    bare, full, other = _hand("bare-widodo"), _hand("full-widodo"), _hand("santoso-c")
    first, second = _feed(store, [[bare, other], [full]])
    assert first == {bare.id, other.id}
    assert second == {full.id, bare.id}  # the bare "Widodo" now names Joko Widodo
    merges = store.execute("SELECT local, old, new, type FROM entity_merges").fetchall()
    assert ("Widodo", "Widodo", "Joko Widodo", "PER") in [tuple(m) for m in merges]
    quoted = "SELECT speaker FROM quotes WHERE article_id = ?"
    speakers = {r[0] for r in store.execute(quoted, (bare.id,))}
    assert "Joko Widodo" in speakers and "Widodo" not in speakers
    assert store.execute("SELECT 1 FROM entities WHERE name = 'Widodo'").fetchone() is None


def test_removed_and_changed_articles_leave_the_registry(
    store: sqlite3.Connection, articles: list[Article]
) -> None:
    _feed(store, [articles])
    gone = [
        a
        for a in articles
        if a.url in ("https://hand.test/full-widodo", "https://hand.test/santoso-c")
    ]
    changed = replace(_hand("bulog-full"), id=_hand("bulog").id)  # "bulog" now names it in full
    with transaction(store):
        for a in gone:
            store.execute("DELETE FROM articles WHERE id = ?", (a.id,))
        # the new version's record in place (what the pipeline stores for a changed page)
        update_records(store, [changed])
        update_entities(store, [changed.id], [a.id for a in gone] + [changed.id])
    left = [changed if a.id == changed.id else a for a in articles if a not in gone]
    got, want = _stored(store), _expected(left)
    assert got["entities"] == want["entities"]
    assert got["aliases"] == want["aliases"]
    assert got["records"] == want["records"]


def test_a_new_resolution_rule_renames_what_it_changes_once(
    store: sqlite3.Connection, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store resolved under an older rule (here: a surface of two names stays bare)
    is brought to the current rule by the next update, without a re-index: every local
    name is resolved again and only the articles whose names change are rewritten."""
    with monkeypatch.context() as old:
        old.setattr(registry, "RESOLUTION", "1")
        old.setattr(crossdoc, "dominant", lambda c: next(iter(c)) if len(c) == 1 else None)
        _feed(store, [articles])
        before = _expected(articles)["records"]
    bare = store.execute("SELECT name FROM entities WHERE name = 'BNR'").fetchone()
    assert bare is not None  # the older rule's result
    with transaction(store):
        renamed = update_entities(store, [], [])
    got, want = _stored(store), _expected(articles)
    assert got == want
    # Exactly the articles whose names the new rule changes (the example pages hold other
    # surfaces of several entities too); the full names were named so already.
    moved = {a.id for a in articles if before[a.id] != want["records"][a.id]}  # type: ignore[index]
    assert _hand("bnr-bare").id in moved
    assert renamed == moved
    assert _hand("bnr-1").id not in renamed
    with transaction(store):
        assert update_entities(store, [], []) == set()  # once


@pytest.mark.parametrize("order", ["halves, second first", "one at a time", "shuffled, in fives"])
def test_a_reindex_after_clear_reads_the_kept_local_names(
    store: sqlite3.Connection, articles: list[Article], order: str
) -> None:
    """A re-index keeps each article's local names but counts none of them until its
    batch comes: a name re-pointed in an earlier batch must not move them (they would
    be counted twice)."""
    _feed(store, [articles])
    before = _stored(store)
    with transaction(store):
        clear_index(store)
        assert store.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    for batch in _orders(articles)[order]:
        with transaction(store):
            update_entities(store, [a.id for a in batch], [])
    assert _stored(store) == before


def test_reads_per_update_do_not_grow_with_unrelated_articles(
    tmp_path: Path, articles: list[Article]
) -> None:
    """Adding one article reads the same rows whether 5 or 90 unrelated articles are
    stored: the registry is searched by key, not scanned."""
    probe = _hand("santoso-b")
    related = [_hand("santoso-a")]

    def words(a: Article) -> set[str]:
        return {w.casefold() for e in a.entities for n in (e.name, *e.mentions) for w in n.split()}

    # unrelated: no word of any of its names is a word of the probe's names
    unrelated = [a for a in articles if not words(a) & (words(probe) | words(related[0]))]
    assert len(unrelated) > 40
    figures = []
    for extra in (unrelated[:5], unrelated):
        conn = connect(tmp_path / f"w{len(extra)}.db")
        _feed(conn, [[*extra, *related]])
        _feed(conn, [[probe]])
        figures.append(
            (registry.LAST_UPDATE.refs_loaded, registry.LAST_UPDATE.locals_resolved,
             registry.LAST_UPDATE.keys_read)
        )  # fmt: skip
        conn.close()
    assert figures[0] == figures[1]
    assert figures[0][1] <= 2 * len(probe.entities) + 2


def test_every_abbreviation_shares_a_key_with_its_full_name() -> None:
    """The abbreviation keys are a sound filter: whenever ``abbreviates`` holds, the
    one-word name's keys meet the full name's (else the registry would miss it)."""
    rng = random.Random(7)

    def word() -> str:
        return "".join(rng.choice("abklmu") for _ in range(rng.randint(1, 6)))

    checked = 0
    for _ in range(20_000):
        words = [word() for _ in range(rng.randint(2, 5))]
        parts = [words[0][: rng.randint(1, len(words[0]))]]
        parts += [w[: rng.randint(1, len(w))] for w in words[1:] if rng.random() < 0.6]
        short, full = "".join(parts), " ".join(w.capitalize() for w in words)
        if abbreviates(short, full):
            checked += 1
            assert short_abbreviation_keys(short) & full_abbreviation_keys(full), (short, full)
    assert checked > 5_000


@pytest.mark.parametrize("order", ["all at once", "halves", "shuffled, in fives"])
def test_a_group_renamed_from_the_records_it_indexed_gives_the_whole_corpus_resolution(
    store: sqlite3.Connection, articles: list[Article], order: str
) -> None:
    """A build's group of batches: every batch into the registry without renaming, then
    one rename reading the records whose snapshots the group took (``local``) as their
    own local forms; the result is the whole-corpus one, the mention rows included."""
    batches = _orders(articles)[order]
    with transaction(store):
        upsert_articles(store, articles, "1")
    local: set[str] = set()
    candidates: set[str] = set()
    with transaction(store):
        for batch in batches:
            ids = [a.id for a in batch]
            candidates |= update_entities(store, ids, [], rename=False, local=local)
        assert local == {a.id for a in articles}  # every snapshot taken from its record
        registry.rename_articles(store, candidates, local)
    got, want = _stored(store), _expected(articles)
    assert got["records"] == want["records"]
    assert got["entities"] == want["entities"]
    expected_rows = sorted(
        (a.id, m.start, m.end, m.text, m.type, m.entity, m.referent)
        for a in want["records"].values()  # type: ignore[attr-defined]
        for m in a.mentions
    )
    assert sorted(_mention_rows(store)) == expected_rows
    # A re-index keeps the snapshots: none is taken from a (renamed) record again.
    with transaction(store):
        clear_index(store)
        again: set[str] = set()
        update_entities(store, [a.id for a in articles], [], rename=False, local=again)
    assert again == set()


def _merge_log_of_two_builds(tmp: Path, hash_seed: str) -> list[tuple[str, str, str]]:
    """The merge log, in the order written, of a store built from the bare names first
    and their full forms in a second build, in a process with ``hash_seed``."""
    docs, db = tmp / f"docs{hash_seed}", tmp / f"store{hash_seed}.db"
    docs.mkdir()
    first = ("bare-widodo", "santoso-a", "santoso-b", "bulog", "role-prancis")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT / "src")}
    build = [sys.executable, "-c", "from warta.cli.main import main; main()", "build"]
    for batch in (first, tuple(k for k in HAND if k not in first)):
        for key in batch:
            (docs / f"{key}.txt").write_text(HAND[key], encoding="utf-8")
        cmd = [*build, str(docs), "--db", str(db), "--no-embeddings"]
        subprocess.run(cmd, env=env, check=True, capture_output=True)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT local, old, new FROM entity_merges ORDER BY id")
        return [tuple(r) for r in rows]


def test_the_merge_log_is_written_in_the_same_order_by_every_process(tmp_path: Path) -> None:
    # a set's iteration order changes with the process's hash seed: the log must not
    logs = [_merge_log_of_two_builds(tmp_path, seed) for seed in ("1", "2")]
    assert len(logs[0]) >= 3
    assert logs[0] == logs[1]
