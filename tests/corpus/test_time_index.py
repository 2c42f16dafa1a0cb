"""The incremental date and timeline indexes give what a whole-corpus build gives.

One store (seeds, examples, the labelled pages and a few hand-written dated, undated and
copied reports) is built once; each test then empties the time indexes and feeds the
stored articles to :func:`update_dates` and :func:`update_timeline` in batches, and
compares published dates, evidence, events and the timeline's partition with
:func:`infer_dates` + :func:`cluster_events` over every article at once.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES, SEEDS

from warta.analyze.timeline import cluster_events, timeline_entry
from warta.corpus import dates, timeline
from warta.corpus.dates import current_events, events_json, infer_dates
from warta.nlp.time.calendar import iso_period, precision_rank
from warta.pipeline import build
from warta.serialize import article_from_dict
from warta.store.db import connect

PAGES = EXAMPLES / "pages"

# Reports written for this test: two dated reports of one visit, an undated one that
# only the corpus can date ("Senin (18/04)"), a copy of it that lacks the weekday and
# a copy of a dated report without a date, a page-less undated one with a weekday no
# corpus event supports (and an unrelated one like it), and a later dated report that moves the latest stated year.
_VISIT = (
    "Menteri Perhubungan Hendra Wiratama meninjau Pelabuhan Kuala Tanjung di Batubara, "
    "Sumatera Utara, {when}. Hendra Wiratama didampingi Direktur Utama Pelindo Surya "
    "Atmaja. Dalam kunjungan itu Hendra Wiratama memeriksa dermaga peti kemas yang baru "
    "selesai dibangun. Menurut Surya Atmaja, dermaga itu mampu melayani kapal besar. "
    "Pelabuhan Kuala Tanjung disiapkan menjadi pelabuhan hub internasional di wilayah "
    "barat Indonesia. Pemerintah menargetkan arus peti kemas naik dua kali lipat dalam "
    "lima tahun ke depan. Hendra Wiratama juga meminta operator menekan biaya logistik."
)
_FLOOD = (
    "Banjir merendam ratusan rumah warga di Kecamatan Medan Maimun, Kota Medan, {when}. "
    "Kepala BPBD Medan Rizal Siregar mengatakan air mulai naik sejak dini hari setelah "
    "hujan deras mengguyur kawasan itu. Sebanyak 320 kepala keluarga mengungsi ke masjid "
    "dan sekolah terdekat. Rizal Siregar menyebut ketinggian air mencapai satu meter. "
    "Petugas gabungan membuka dapur umum untuk para pengungsi di Medan Maimun."
)
HANDWRITTEN: list[dict[str, Any]] = [
    {"text": _VISIT.format(when="Senin (18/4/2016)"), "published": "2016-04-19"},
    {
        "text": "Kunjungan Menteri Perhubungan Hendra Wiratama ke Pelabuhan Kuala Tanjung "
        "pada 18 April 2016 menandai dimulainya uji coba dermaga. Hendra Wiratama dan "
        "Surya Atmaja meninjau alat bongkar muat baru.",
        "published": "2016-04-22",
    },
    {"text": _VISIT.format(when="Senin (18/04)")},
    {"text": _VISIT.format(when="pekan ini").replace(" juga meminta", " kembali meminta")},
    {"text": _FLOOD.format(when="Kamis (12/9) pagi")},
    {"text": _FLOOD.format(when="Kamis (12/9/2019) pagi"), "published": "2019-09-12"},
    {"text": _FLOOD.format(when="pada Kamis pagi").replace("Sebanyak 320", "Sedikitnya 320")},
    {
        "text": "Pasar Induk Cibitung di Bekasi dipadati pembeli pada Kamis (12/9) menjelang "
        "libur panjang. Harga cabai rawit naik menjadi Rp 60.000 per kilogram."
    },
    {
        "text": "Warga Kota Medan kembali dilanda banjir pada Senin (3/3/2025). Rizal Siregar "
        "mengatakan dua kecamatan terdampak.",
        "published": "2025-03-04",
    },
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store after a normal build (its records and duplicate groups are the input)."""
    tmp = tmp_path_factory.mktemp("time-index")
    pages = json.loads((PAGES / "labels.json").read_text(encoding="utf-8"))["pages"]
    with open(tmp / "extra.jsonl", "w", encoding="utf-8") as out:
        for page in pages:
            content = (PAGES / page["file"]).read_text(encoding="utf-8")
            kind = "html" if ".html." in page["file"] else "text"
            out.write(json.dumps({kind: content}, ensure_ascii=False) + "\n")
        for doc in HANDWRITTEN:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    db = tmp / "built.db"
    build([str(SEEDS), str(EXAMPLES), str(tmp / "extra.jsonl")], db, embeddings=False)
    return db


Outcome = tuple[
    dict[str, tuple[str | None, str | None]],  # id -> (published, evidence)
    dict[str, str],  # id -> events (JSON)
    set[tuple[Any, ...]],  # entries: (members, date, precision, text, ...)
]


def _reference(conn: sqlite3.Connection) -> Outcome:
    rows = conn.execute("SELECT record, dup_group FROM articles ORDER BY id").fetchall()
    articles = [article_from_dict(json.loads(r[0])) for r in rows]
    group_of = {a.id: r[1] for a, r in zip(articles, rows, strict=True)}
    dated, _ = infer_dates(
        articles,
        {a.id: a.published for a in articles},
        {a.id: a.published_evidence for a in articles},
        group_of,
    )
    found = {k: (d.published.iso if d.published else None, d.evidence) for k, d in dated.items()}
    events = {k: events_json(d.article.events) for k, d in dated.items()}
    clusters = cluster_events({k: d.article.events for k, d in dated.items()})
    entries = set()
    for members in clusters:
        e = timeline_entry(members, group_of)
        ids = frozenset((aid, i) for aid, i, _ in members)
        entries.add((ids, e.date, e.precision, e.text, e.participants, e.expected, e.sources,
                     e.independent_sources))  # fmt: skip
    return found, events, entries


def _stored(conn: sqlite3.Connection) -> Outcome:
    rows = conn.execute("SELECT id, published, published_evidence FROM articles").fetchall()
    found = {r[0]: (r[1], r[2]) for r in rows}
    events = {k: events_json(v) for k, v in current_events(conn, list(found)).items()}
    members: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for r in conn.execute("SELECT entry, article_id, position FROM timeline_members"):
        members[r[0]].add((r[1], r[2]))
    entries = set()
    for r in conn.execute("SELECT * FROM timeline"):
        sources = tuple(tuple(s) for s in json.loads(r["sources"]))
        entries.add((frozenset(members[r["position"]]), r["date"], r["precision"], r["text"],
                     tuple(json.loads(r["participants"])), bool(r["expected"]), sources,
                     r["independent_sources"]))  # fmt: skip
    return found, events, entries


@pytest.fixture(scope="module")
def reference(built: Path) -> Outcome:
    conn = connect(built, create=False)
    try:
        return _reference(conn)
    finally:
        conn.close()


def _run(built: Path, tmp_path: Path, batches: Iterable[Sequence[str]]) -> sqlite3.Connection:
    """A copy of the built store with its time indexes rebuilt batch by batch."""
    db = tmp_path / "store.db"
    shutil.copy(built, db)
    conn = connect(db)
    with conn:
        dates.clear_index(conn)
        timeline.clear_index(conn)
    for batch in batches:
        with conn:
            changed = dates.update_dates(conn, batch, ())
            timeline.update_timeline(conn, changed, ())
    return conn


def _ids(built: Path) -> list[str]:
    conn = connect(built, create=False)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    finally:
        conn.close()


def _orders(ids: list[str]) -> dict[str, list[list[str]]]:
    half = len(ids) // 2
    # Interleaved, so copies and their originals arrive in different batches.
    odd, even = ids[1::2], ids[0::2]
    shuffled = random.Random(13).sample(ids, len(ids))
    return {
        "all at once": [ids],
        "halves": [ids[:half], ids[half:]],
        "halves, second first": [ids[half:], ids[:half]],
        "interleaved halves": [odd, even],
        "one at a time": [[i] for i in ids],
        "one at a time, backwards": [[i] for i in reversed(ids)],
        # Which articles arrive first (hence which words are rare at the time) depends
        # on the ids, which depend on the test's paths: a shuffle covers more cases.
        "one at a time, shuffled": [[i] for i in random.Random(7).sample(ids, len(ids))],
        "batches of 7, shuffled": [shuffled[i : i + 7] for i in range(0, len(ids), 7)],
    }


def test_the_store_exercises_every_kind_of_date(reference: Outcome) -> None:
    found = reference[0].values()
    evidence = [e or "" for _, e in found]
    assert any(e.startswith("inferred: weekday") for e in evidence)
    assert any(e.startswith("inferred: copy of") for e in evidence)
    assert any(e.startswith("undecided: candidates") for e in evidence)
    assert len(reference[2]) > 50 and any(len(e[0]) > 1 for e in reference[2])


@pytest.mark.parametrize(
    "order",
    ["all at once", "halves", "halves, second first", "interleaved halves", "one at a time",
     "one at a time, backwards", "one at a time, shuffled", "batches of 7, shuffled"],
)  # fmt: skip
def test_any_batch_order_gives_the_whole_corpus_result(
    built: Path, reference: Outcome, tmp_path: Path, order: str
) -> None:
    conn = _run(built, tmp_path, _orders(_ids(built))[order])
    try:
        found, events, entries = _stored(conn)
        assert found == reference[0]
        assert events == reference[1]
        assert entries == reference[2]
    finally:
        conn.close()


def test_timeline_positions_sort_chronologically(built: Path, tmp_path: Path) -> None:
    conn = _run(built, tmp_path, [[i] for i in _ids(built)])
    try:
        rows = conn.execute("SELECT date, precision FROM timeline ORDER BY position").fetchall()
        keys = [(iso_period(r[0])[0], -precision_rank(r[1])) for r in rows]
        assert keys == sorted(keys) and len(keys) > 50
    finally:
        conn.close()


def test_a_changed_article_leaves_and_returns_the_same(
    built: Path, reference: Outcome, tmp_path: Path
) -> None:
    ids = _ids(built)
    conn = _run(built, tmp_path, [ids])
    try:
        again = [i for i in ids if "inferred" in (reference[0][i][1] or "")]
        assert again
        with conn:
            changed = dates.update_dates(conn, again, again)
            timeline.update_timeline(conn, changed, again)
        assert _stored(conn) == reference
    finally:
        conn.close()


def test_an_article_passed_again_unchanged_keeps_its_events_in_place(
    built: Path, reference: Outcome, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A renamed article most often keeps its events: they are not placed again."""
    ids = _ids(built)
    conn = _run(built, tmp_path, [ids])
    placed: list[object] = []
    place = timeline._Update._place

    def counted(self: Any, node: Any) -> None:
        placed.append(node.eid)
        place(self, node)

    monkeypatch.setattr(timeline._Update, "_place", counted)
    try:
        with conn:
            timeline.update_timeline(conn, ids, ())
        assert placed == []
        assert _stored(conn) == reference
        # One event changed (a participant renamed): only what it touches moves.
        # (an article whose events are its own: the re-anchored ones live in date_articles)
        aid = conn.execute(
            "SELECT m.article_id FROM timeline_members m JOIN date_articles d "
            "ON d.article_id = m.article_id WHERE d.events IS NULL AND m.position = 0 "
            "ORDER BY 1 LIMIT 1"
        ).fetchone()[0]
        with conn:
            conn.execute(
                "UPDATE articles SET record = json_set(record, '$.events[0].participants', "
                "json_array('Nama Baru Sekali')) WHERE id = ?",
                (aid,),
            )
            changed = dates.update_dates(conn, [aid], ())
            timeline.update_timeline(conn, changed | {aid}, ())
        total = conn.execute("SELECT count(*) FROM timeline_members").fetchone()[0]
        assert (aid, 0) in placed and len(placed) < total / 10
        assert _stored(conn) == _reference(conn)
    finally:
        conn.close()


def test_a_regrouped_article_has_its_entries_rewritten(
    built: Path, reference: Outcome, tmp_path: Path
) -> None:
    """An entry counts the duplicate groups of its sources: an article that joins another
    one's group (its events unchanged) rewrites the entries holding them."""
    ids = _ids(built)
    conn = _run(built, tmp_path, [ids])
    try:
        # Two sources of one entry, each with a stated date (a copy lends no date to
        # them: only the entry's group count changes), the second in no group.
        group_of = {
            r[0]: r[1]
            for r in conn.execute(
                "SELECT id, coalesce(dup_group, id) FROM articles "
                "WHERE published_evidence LIKE 'stated%'"
            )
        }
        first, second = next(
            (a, b)
            for e in sorted(reference[2], key=repr)
            if e[7] > 1
            for a in sorted({aid for aid, _ in e[0]} & group_of.keys())
            for b in sorted({aid for aid, _ in e[0]} & group_of.keys())
            if group_of[a] != group_of[b] == b  # b in no group: it leaves the count
        )
        group = group_of[first]
        with conn:
            conn.execute(
                "UPDATE articles SET dup_group = ? WHERE id IN (?, ?)", (group, first, second)
            )
            timeline.update_timeline(conn, [second], (), regrouped=[second])
        regrouped = _reference(conn)
        assert regrouped[2] != reference[2]
        assert _stored(conn) == regrouped
    finally:
        conn.close()


def test_removing_an_article_takes_its_events_out(built: Path, tmp_path: Path) -> None:
    ids = _ids(built)
    conn = _run(built, tmp_path, [ids])
    try:
        gone = next(
            r[0] for r in conn.execute("SELECT article_id FROM timeline_members ORDER BY 1")
        )
        with conn:
            conn.execute("DELETE FROM articles WHERE id = ?", (gone,))
            changed = dates.update_dates(conn, (), {gone})
            timeline.update_timeline(conn, changed, {gone})
        rest = _reference(conn)
        assert _stored(conn)[2] == rest[2]
        assert not conn.execute(
            "SELECT 1 FROM timeline_members WHERE article_id = ?", (gone,)
        ).fetchone()
    finally:
        conn.close()


def test_a_copy_that_loses_its_donors_gets_its_own_events_back(built: Path, tmp_path: Path) -> None:
    conn = _run(built, tmp_path, [_ids(built)])
    try:
        lent, group = conn.execute(
            "SELECT id, dup_group FROM articles WHERE text LIKE '%Hendra Wiratama%pekan ini%'"
        ).fetchone()
        assert conn.execute("SELECT published FROM articles WHERE id = ?", (lent,)).fetchone()[0]
        record = json.loads(
            conn.execute("SELECT record FROM articles WHERE id = ?", (lent,)).fetchone()[0]
        )
        assert any(t["anchor"] for t in record["timexes"])  # re-anchored, as exports show
        others = {
            r[0]
            for r in conn.execute("SELECT id FROM articles WHERE dup_group = ?", (group,))
            if r[0] != lent
        }
        with conn:
            conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in others])
            changed = dates.update_dates(conn, (), others)
            timeline.update_timeline(conn, changed, others)
        assert lent in changed
        row = conn.execute(
            "SELECT published, record FROM articles WHERE id = ?", (lent,)
        ).fetchone()
        assert row[0] is None
        assert not any(t["anchor"] for t in json.loads(row[1])["timexes"])
        assert _stored(conn) == _reference(conn)
    finally:
        conn.close()


def test_the_rare_word_bound_stops_growing() -> None:
    """One in 20 dated articles, never more than RARE_MAX: an undated article is
    compared with a bounded number of dated ones however large the store."""
    assert [dates.common_bound(n) for n in (0, 40, 1_000, 4_000, 4_020, 1_000_000)] == [
        2, 2, 50, 200, 200, 200,
    ]  # fmt: skip
    assert dates.RARE_MAX == 200
