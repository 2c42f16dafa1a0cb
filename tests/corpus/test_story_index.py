"""The incremental story index: any batch order gives the stories of one batch.

A store of the seeds, the developers' examples, 201 IndoSum articles and a few dated
same-event reports is indexed one article at a time, in halves (both orders) and all
at once; the story partitions, story ids and ``stories`` rows must be identical, and
equal to :class:`warta.analyze.stories.StoryIndex` over the same articles at once.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from tests.conftest import EXAMPLES, SEEDS

from warta.analyze import embeddings as embedding_backend
from warta.analyze.stories import StoryIndex, StoryInput, article_terms, hashed_tf, tfidf_row
from warta.corpus import stories
from warta.corpus.stories import clear_index, update_stories
from warta.ingest import iter_documents
from warta.pipeline.local import process_documents
from warta.pipeline.stages import article_stages
from warta.records import Article, EntityRef, Provenance, RawDoc
from warta.store.db import connect, transaction
from warta.store.writer import upsert_articles
from warta_eval.indosum import load_indosum

INDOSUM = Path("/work/shared/data/indosum")

# Dated reports of invented events. "pelabuhan" a, b, c: one event on three days; a and
# b are ten days apart (too far to link), c in between links both, so c merges the two
# stories of a and b. "kebakaran" d, e: one event, e also a copy (duplicate group) f.
_LEAD = "Kapal kargo MV Samudra Jaya kandas di alur pelabuhan Tanjung Emas Semarang"
SYNTHETIC = {
    "pelabuhan-a": (
        "2024-03-01",
        f"{_LEAD}. Kapal kargo itu kandas saat air surut dan menutup alur pelabuhan. "
        "Otoritas pelabuhan menyiapkan kapal tunda untuk menarik kapal kargo yang kandas. "
        "Antrean kapal di alur pelabuhan Tanjung Emas mengular sejak pagi.",
    ),
    "pelabuhan-b": (
        "2024-03-11",
        f"{_LEAD} akhirnya ditarik keluar. Kapal kargo yang kandas di alur pelabuhan "
        "Tanjung Emas berhasil ditarik kapal tunda. Otoritas pelabuhan membuka kembali "
        "alur pelabuhan dan antrean kapal mulai bergerak.",
    ),
    "pelabuhan-c": (
        "2024-03-06",
        f"{_LEAD} masih menutup alur. Kapal tunda gagal menarik kapal kargo yang kandas di "
        "alur pelabuhan Tanjung Emas. Otoritas pelabuhan menunggu air pasang, antrean "
        "kapal di alur pelabuhan bertambah panjang.",
    ),
    "kebakaran-d": (
        "2024-05-20",
        "Kebakaran melanda Pasar Klewer Solo pada Senin dini hari. Api membakar ratusan "
        "kios pedagang kain di lantai dua Pasar Klewer. Petugas pemadam kebakaran Solo "
        "mengerahkan dua belas mobil pemadam untuk menjinakkan api di Pasar Klewer.",
    ),
    "kebakaran-e": (
        "2024-05-21",
        "Pedagang Pasar Klewer Solo menghitung kerugian setelah kebakaran. Ratusan kios "
        "kain di lantai dua Pasar Klewer hangus terbakar. Petugas pemadam kebakaran Solo "
        "memastikan api di Pasar Klewer padam setelah enam jam.",
    ),
    "kebakaran-f": (
        "2024-05-22",
        "Pedagang Pasar Klewer Solo menghitung kerugian setelah kebakaran. Ratusan kios "
        "kain di lantai dua Pasar Klewer hangus terbakar. Petugas pemadam kebakaran Solo "
        "memastikan api di Pasar Klewer padam setelah enam jam. (Salinan.)",
    ),
}
#: Duplicate groups as the duplicates step would give them (the orchestrator's job).
GROUPS = {"kebakaran-e": "dup-klewer", "kebakaran-f": "dup-klewer"}


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    if not INDOSUM.exists():
        pytest.skip("IndoSum not found in ../shared/data")
    docs = [d for d in iter_documents([str(SEEDS), str(EXAMPLES)]) if isinstance(d, RawDoc)]
    docs += [
        RawDoc(Provenance(f"indosum:{d.id}"), d.text, "text") for d in load_indosum(INDOSUM)[::14]
    ]
    docs += [
        RawDoc(Provenance(f"synthetic:{key}"), f"{key}\n\n{text}\n", "text", published=date)
        for key, (date, text) in SYNTHETIC.items()
    ]
    out, problems = process_documents(docs, article_stages())
    assert not problems
    return sorted(out, key=lambda a: a.id)


def _synthetic(articles: Sequence[Article]) -> dict[str, str]:
    """``{synthetic key: article id}``."""
    return {a.source.split(":", 1)[1]: a.id for a in articles if a.source.startswith("synthetic:")}


def _group_of(articles: Sequence[Article]) -> dict[str, str]:
    ids = _synthetic(articles)
    return {ids[key]: group for key, group in GROUPS.items()}


def _index(
    conn: sqlite3.Connection,
    batches: Sequence[Sequence[Article]],
    groups: dict[str, str],
    *,
    embeddings: bool = False,
    vectors: Callable[[Article], bytes] | None = None,
) -> None:
    """Store and index ``batches`` in turn, grouping copies as the duplicates step
    would: a group forms when its second member arrives (the first is regrouped)."""
    for batch in batches:
        with transaction(conn):
            upsert_articles(conn, batch, "1")
            if vectors is not None:
                conn.executemany(
                    "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?)",
                    [(a.id, a.content_hash, embedding_backend.MODEL, vectors(a)) for a in batch],
                )
            regrouped = _regroup(conn, groups)
            update_stories(conn, {a.id for a in batch} | regrouped, (), embeddings=embeddings)


def _regroup(conn: sqlite3.Connection, groups: dict[str, str]) -> set[str]:
    stored = {r[0]: r[1] for r in conn.execute("SELECT id, dup_group FROM articles")}
    present: dict[str, list[str]] = {}
    for article, group in groups.items():
        if article in stored:
            present.setdefault(group, []).append(article)
    changed = set()
    for group, members in present.items():
        wanted = group if len(members) > 1 else None
        for m in members:
            if stored[m] != wanted:
                conn.execute("UPDATE articles SET dup_group = ? WHERE id = ?", (wanted, m))
                changed.add(m)
    return changed


def _result(conn: sqlite3.Connection) -> tuple[dict[str, str | None], list[tuple[object, ...]]]:
    """``{article id: story id}`` and every ``stories`` row."""
    ids = {r[0]: r[1] for r in conn.execute("SELECT id, story_id FROM articles")}
    rows = [tuple(r) for r in conn.execute("SELECT * FROM stories ORDER BY id")]
    return ids, rows


def _build(
    tmp_path: Path,
    name: str,
    batches: Sequence[Sequence[Article]],
    groups: dict[str, str],
    **kw: object,
) -> tuple[dict[str, str | None], list[tuple[object, ...]]]:
    conn = connect(tmp_path / f"{name}.db")
    _index(conn, batches, groups, **kw)  # type: ignore[arg-type]
    result = _result(conn)
    conn.close()
    return result


def _partition(assignment: dict[str, str | None]) -> set[frozenset[str]]:
    members: dict[str | None, set[str]] = {}
    for article, story in assignment.items():
        members.setdefault(story, set()).add(article)
    return {frozenset(m) for m in members.values()}


def _inputs(
    articles: Sequence[Article], groups: dict[str, str], vectors: Callable[[Article], bytes] | None
) -> Iterator[StoryInput]:
    for a in articles:
        yield StoryInput(
            a.id,
            a.title,
            a.text,
            a.published.iso if a.published else None,
            tuple(sorted({e.name for e in a.entities if e.type in ("PER", "ORG")})),
            groups.get(a.id),
            a.host_site or a.original_source or a.source,
            None
            if vectors is None
            else tuple(float(v) for v in np.frombuffer(vectors(a), dtype=np.float32)),
        )


def test_any_batch_order_gives_the_stories_of_one_batch(
    tmp_path: Path, articles: list[Article]
) -> None:
    groups = _group_of(articles)
    half = len(articles) // 2
    at_once = _build(tmp_path, "once", [articles], groups)
    one_by_one = _build(tmp_path, "single", [[a] for a in articles], groups)
    halves = _build(tmp_path, "halves", [articles[:half], articles[half:]], groups)
    reversed_halves = _build(tmp_path, "reversed", [articles[half:], articles[:half]], groups)
    assert one_by_one == at_once
    assert halves == at_once
    assert reversed_halves == at_once

    index = StoryIndex()
    assignment = index.add(_inputs(articles, groups, None))
    assert at_once[0] == assignment
    stored = {row[0]: row for row in at_once[1]}
    for story in index.stories():  # the same stories, labels and dates (summaries aside)
        row = stored[story.id]
        assert row[1:4] == (story.label, story.first_date, story.last_date)
        assert json.loads(str(row[4])) == list(story.article_ids)

    ids = _synthetic(articles)
    of = at_once[0]
    assert of[ids["pelabuhan-a"]] == of[ids["pelabuhan-b"]] == of[ids["pelabuhan-c"]]
    assert of[ids["kebakaran-d"]] == of[ids["kebakaran-e"]] == of[ids["kebakaran-f"]]
    assert len(_partition(of)) > 150  # most IndoSum articles stand alone


def test_linking_in_small_chunks_gives_the_same_stories(
    tmp_path: Path, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rebuilt units are linked a chunk at a time (memory follows the chunk): a pair's
    link depends on its two units alone, so the chunk size changes nothing."""
    groups = _group_of(articles)
    whole = _build(tmp_path, "whole", [articles], groups)
    monkeypatch.setattr(stories, "LINK_CHUNK", 3)
    chunked = _build(tmp_path, "chunked", [articles], groups)
    assert chunked == whole


def test_a_bridging_report_merges_two_stories_and_the_merge_is_logged(
    tmp_path: Path, articles: list[Article]
) -> None:
    ids = _synthetic(articles)
    by_id = {a.id: a for a in articles}
    a, b, c = (by_id[ids[f"pelabuhan-{k}"]] for k in "abc")
    conn = connect(tmp_path / "merge.db")
    _index(conn, [[a], [b]], {})
    before, _ = _result(conn)
    assert before[a.id] != before[b.id]  # ten days apart: two stories
    _index(conn, [[c]], {})
    after, rows = _result(conn)
    assert after[a.id] == after[b.id] == after[c.id] == before[a.id]  # the founder's id
    merges = conn.execute("SELECT old_id, new_id, kind FROM story_merges").fetchall()
    assert [tuple(m) for m in merges] == [(before[b.id], before[a.id], "merged")]
    assert [r[0] for r in rows] == [before[a.id]]  # the retired story's row is gone
    conn.close()


def test_removing_articles_gives_the_stories_of_a_store_without_them(
    tmp_path: Path, articles: list[Article]
) -> None:
    ids = _synthetic(articles)
    gone = {ids["pelabuhan-c"], ids["kebakaran-e"]}
    groups = _group_of(articles)
    conn = connect(tmp_path / "removed.db")
    _index(conn, [articles], groups)
    with transaction(conn):
        conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in sorted(gone)])
        regrouped = _regroup(conn, {k: v for k, v in groups.items() if k not in gone})
        update_stories(conn, regrouped, gone, embeddings=False)
    removed = _result(conn)
    kept = [a for a in articles if a.id not in gone]
    fresh = _build(tmp_path, "fresh", [kept], {k: v for k, v in groups.items() if k not in gone})
    assert removed == fresh
    assert removed[0][ids["pelabuhan-a"]] != removed[0][ids["pelabuhan-b"]]  # the bridge left

    with transaction(conn):  # a re-index starts from empty tables
        clear_index(conn)
    assert conn.execute("SELECT count(*) FROM story_links").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM stories").fetchone()[0] == 0
    conn.close()


def test_an_article_passed_again_unchanged_is_not_linked_again(
    tmp_path: Path, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A renamed place or a date that stayed leaves the doc row as it was: nothing is
    linked or clustered again. A changed person name is, with the stories of a store
    that had it from the start."""
    groups = _group_of(articles)
    conn = connect(tmp_path / "again.db")
    _index(conn, [articles], groups)
    before = _result(conn)
    linked: list[str] = []
    link = stories._link

    def recorded(c: sqlite3.Connection, rebuilt: Sequence[Any], *, embeddings: bool) -> None:
        linked.extend(u.key for u in rebuilt)
        link(c, rebuilt, embeddings=embeddings)

    monkeypatch.setattr(stories, "_link", recorded)
    ids = [a.id for a in articles]
    with transaction(conn):
        update_stories(conn, ids, (), embeddings=False)
    assert linked == [] and _result(conn) == before

    renamed = _synthetic(articles)["pelabuhan-a"]
    extra = EntityRef("Nama Baru Sekali", "PER", ("Nama Baru Sekali",), 1)
    with transaction(conn):
        conn.execute(
            "UPDATE articles SET record = json_insert(record, '$.entities[#]', json(?)) "
            "WHERE id = ?",
            (json.dumps(extra.to_dict()), renamed),
        )
        update_stories(conn, ids, (), embeddings=False)
    assert linked == ["\0" + renamed]
    changed = [
        dataclasses.replace(a, entities=(*a.entities, extra)) if a.id == renamed else a
        for a in articles
    ]
    assert _result(conn) == _build(tmp_path, "fresh", [changed], groups)
    conn.close()


@pytest.mark.parametrize("cap", [1, 2000])
def test_components_are_clustered_in_bounded_groups(
    tmp_path: Path, articles: list[Article], monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    """Two unrelated stories touched by one update are clustered apart when the group
    cap says so (the pair products of clustering grow with the square of what is
    clustered together) and together under the default; the stories are the same."""
    ids = _synthetic(articles)
    groups = _group_of(articles)
    conn = connect(tmp_path / "apart.db")
    _index(conn, [articles], groups)
    before = _result(conn)
    clustered: list[list[str]] = []
    cluster = stories._cluster_units

    def recorded(c: sqlite3.Connection, keys: Sequence[str], *, embeddings: bool) -> Any:
        clustered.append(list(keys))
        return cluster(c, keys, embeddings=embeddings)

    monkeypatch.setattr(stories, "_cluster_units", recorded)
    monkeypatch.setattr(stories, "CLUSTER_UNITS", cap)
    harbour, fire = ids["pelabuhan-a"], ids["kebakaran-d"]
    with transaction(conn):
        conn.execute("UPDATE articles SET published = '2024-03-02' WHERE id = ?", (harbour,))
        conn.execute("UPDATE articles SET published = '2024-05-19' WHERE id = ?", (fire,))
        update_stories(conn, [harbour, fire], (), embeddings=False)
    units = {r[0]: r[1] for r in conn.execute("SELECT article_id, unit FROM story_docs")}
    together = [keys for keys in clustered if units[harbour] in keys and units[fire] in keys]
    if cap == 1:  # one component a call (a component may exceed the cap: 3 units here)
        assert len(clustered) >= 2 and not together
        assert max(len(keys) for keys in clustered) <= 3
    else:  # gathered into one call
        assert len(clustered) == 1 and together
    after = _result(conn)
    assert after[0] == before[0]  # a day earlier: the same stories
    conn.close()


def _fake_vector(article: Article) -> bytes:
    """A deterministic stand-in for an e5 vector: a direction shared by every article
    plus the article's TF-IDF row folded into 383 columns, so that e5 cosines run high
    and follow the TF-IDF ones (pairs near the entity bar pass the e5 bar)."""
    counts, _ = article_terms(StoryInput(article.id, article.title, article.text))
    columns, tf = hashed_tf(counts)
    folded = np.zeros(384)
    np.add.at(folded, 1 + columns % 383, tfidf_row(columns, tf))
    v = np.sqrt(0.86) * np.eye(384)[0] + np.sqrt(0.14) * folded / np.linalg.norm(folded)
    return bytes(v.astype(np.float32).tobytes())


def test_with_e5_vectors_any_batch_order_gives_the_same_stories(
    tmp_path: Path, articles: list[Article]
) -> None:
    groups = _group_of(articles)
    half = len(articles) // 2
    kw = {"embeddings": True, "vectors": _fake_vector}
    at_once = _build(tmp_path, "once", [articles], groups, **kw)
    assert _build(tmp_path, "halves", [articles[half:], articles[:half]], groups, **kw) == at_once
    if embedding_backend.available():  # StoryIndex(embeddings=True) needs the extra
        index = StoryIndex(embeddings=True)
        assert at_once[0] == index.add(_inputs(articles, groups, _fake_vector))


def test_one_topic_of_many_events_in_any_batch_order(tmp_path: Path) -> None:
    # The synthetic dispute (warta_eval.story_corpus): eight events sharing boilerplate,
    # one component of candidate links that the merge step weighs by its own IDF. Each
    # batch re-clusters that component whole; every order must give one batch's stories.
    from warta_eval.story_corpus import build_corpus

    corpus = build_corpus(1)
    docs = [
        RawDoc(Provenance(f"dispute:{a.id}"), f"{a.title}\n\n{a.text}\n", "text", published=a.date)
        for a in corpus
    ]
    out, problems = process_documents(docs, article_stages())
    assert not problems
    dispute = sorted(out, key=lambda a: a.id)
    shuffled = sorted(dispute, key=lambda a: a.content_hash)
    at_once = _build(tmp_path, "once", [dispute], {})
    sevens = [shuffled[i : i + 7] for i in range(0, len(shuffled), 7)]
    assert _build(tmp_path, "sevens", sevens, {}) == at_once
    assert at_once[0] == StoryIndex().add(_inputs(dispute, {}, None))
    events = {a.id: a.event for a in corpus}
    event = {a.id: events[a.source.split(":", 1)[1]] for a in dispute}
    stories = _partition(at_once[0])
    for members in stories:
        assert len({event[m] for m in members} - {"explainer"}) <= 1  # no events mixed
    assert len(stories) <= 12  # eight events, explainers and a stray report at most
