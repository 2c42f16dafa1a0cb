"""Stories across updates: changed and removed articles leave the stories of a fresh store."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from warta.corpus.stories import update_stories
from warta.pipeline import process
from warta.records import Article, PartialDate
from warta.store.db import connect, transaction
from warta.store.writer import upsert_articles

FLOOD = (
    "Banjir merendam ratusan rumah warga di Kecamatan Genuk, Semarang. Air setinggi satu "
    "meter masuk ke rumah warga sejak Senin malam setelah hujan deras dan tanggul Sungai "
    "Babon jebol. Warga Genuk mengungsi ke masjid dan balai kelurahan."
)
FLOOD_AGAIN = (
    "Warga Genuk, Semarang, masih mengungsi karena banjir belum surut. Tanggul Sungai Babon "
    "yang jebol sedang diperbaiki, air masih setinggi satu meter di rumah warga Genuk. "
    "Balai kelurahan dan masjid menampung ratusan pengungsi banjir."
)
FIRE = (
    "Kebakaran melanda Pasar Klewer Solo pada Selasa dini hari. Api membakar ratusan kios "
    "pedagang kain di lantai dua Pasar Klewer. Petugas pemadam kebakaran Solo mengerahkan "
    "dua belas mobil pemadam untuk menjinakkan api di Pasar Klewer."
)
FIRE_AGAIN = (
    "Pedagang Pasar Klewer Solo menghitung kerugian setelah kebakaran. Ratusan kios kain di "
    "lantai dua Pasar Klewer hangus terbakar. Petugas pemadam kebakaran Solo memastikan api "
    "di Pasar Klewer padam setelah enam jam."
)


def _article(name: str, text: str, day: str) -> Article:
    article = process(text, url=f"https://contoh.id/{name}", title=text.split(".")[0])
    return replace(article, published=PartialDate.parse(day))


def _update(
    conn: sqlite3.Connection,
    stored: Sequence[Article],
    ids: Collection[str],
    removed: Collection[str] = (),
) -> None:
    with transaction(conn):
        upsert_articles(conn, stored, "1")
        update_stories(conn, ids, removed, embeddings=False)
        conn.execute("DELETE FROM corpus_pending")  # taken in, as the corpus step does


def _stories(conn: sqlite3.Connection) -> tuple[dict[str, str], list[tuple[object, ...]]]:
    of = {r[0]: r[1] for r in conn.execute("SELECT id, story_id FROM articles")}
    return of, [tuple(r) for r in conn.execute("SELECT * FROM stories ORDER BY id")]


def test_a_changed_article_moves_to_its_new_story_as_in_a_fresh_store(tmp_path: Path) -> None:
    a = _article("a", FLOOD, "2024-02-05")
    b = _article("b", FLOOD_AGAIN, "2024-02-06")
    c = _article("c", FIRE, "2024-02-06")
    conn = connect(tmp_path / "changed.db")
    _update(conn, [a, b, c], [a.id, b.id, c.id])
    of, _ = _stories(conn)
    assert of[a.id] == of[b.id] != of[c.id]

    b2 = replace(b, text=FIRE_AGAIN, title="Kerugian pedagang Pasar Klewer", content_hash="v2")
    _update(conn, [b2], [b.id], [b.id])  # a changed article leaves and comes back
    changed = _stories(conn)
    assert changed[0][b.id] == changed[0][c.id] != changed[0][a.id]

    fresh = connect(tmp_path / "fresh.db")
    _update(fresh, [a, b2, c], [a.id, b.id, c.id])
    assert changed == _stories(fresh)
    members = {row[0]: json.loads(str(row[4])) for row in changed[1]}
    assert sorted(members.values()) == sorted([[a.id], sorted([b.id, c.id])])


def test_a_story_that_loses_its_bridge_splits_and_the_split_is_logged(tmp_path: Path) -> None:
    a = _article("a", FIRE, "2024-05-20")
    b = _article("b", FIRE_AGAIN, "2024-05-30")  # ten days later: too far for a link
    bridge = _article("c", FIRE + " " + FIRE_AGAIN, "2024-05-25")
    conn = connect(tmp_path / "split.db")
    _update(conn, [a, b, bridge], [a.id, b.id, bridge.id])
    of, _ = _stories(conn)
    assert of[a.id] == of[b.id] == of[bridge.id]

    with transaction(conn):
        conn.execute("DELETE FROM articles WHERE id = ?", (bridge.id,))
        update_stories(conn, (), [bridge.id], embeddings=False)
    after, rows = _stories(conn)
    assert after[a.id] == of[a.id] != after[b.id]  # the founder keeps the id
    assert {r[0] for r in rows} == {after[a.id], after[b.id]}
    merges = [tuple(m) for m in conn.execute("SELECT old_id, new_id, kind FROM story_merges")]
    assert merges == [(of[a.id], after[b.id], "split")]

    fresh = connect(tmp_path / "fresh.db")
    _update(fresh, [a, b], [a.id, b.id])
    assert (after, rows) == _stories(fresh)


def test_the_dateline_the_cleaner_split_off_places_the_story_doc(tmp_path: Path) -> None:
    text = (
        "DENPASAR - Dua perahu nelayan tenggelam di perairan Sumenep, Selasa pagi. Tim "
        "penyelamat menemukan enam awak selamat di atas rumpon.\n\n"
        "Petugas masih mencari satu awak yang belum kembali ke darat."
    )
    article = _article("perahu", text, "2024-03-05")
    assert any(r.reason == "dateline" for r in article.removed)
    assert not article.text.startswith("DENPASAR")
    conn = connect(tmp_path / "dateline.db")
    _update(conn, [article], [article.id])
    (terms,) = conn.execute("SELECT terms FROM story_docs WHERE article_id = ?", (article.id,))
    places = json.loads(terms[0])[4]
    assert set(places) == {"Bali", "Jawa Timur", "Jawa Timur/Sumenep"}
