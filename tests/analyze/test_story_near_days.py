"""One day's reports of one event, told in other words, form one story; distinct events
of one kind on the same day do not (the near-day bars of :mod:`warta.analyze.stories`)."""

from __future__ import annotations

import json
import sqlite3
from itertools import combinations
from pathlib import Path

import pytest

from warta.analyze.stories import (
    BARS,
    LINK_COSINE,
    StoryIndex,
    StoryInput,
    article_terms,
    hashed_tf,
    tfidf_row,
)
from warta.pipeline import build
from warta.store import queries
from warta.store.db import connect

DAY = "2025-03-08"
NEXT = "2025-03-09"

# Three reports of one landslide, each in its own words (different lead, numbers told
# differently, other quotes), on the day and the day after.
LANDSLIDE = (
    StoryInput(
        "slide-a",
        "Longsor timbun lima rumah di Desa Cibeber, dua warga hilang",
        "Tanah longsor menimbun lima rumah di Desa Cibeber, Kecamatan Cibeber, Kabupaten "
        "Cianjur, Sabtu dini hari setelah hujan deras sejak sore. Dua warga dilaporkan "
        "hilang dan tim SAR gabungan masih melakukan pencarian dengan alat seadanya.",
        DAY,
    ),
    StoryInput(
        "slide-b",
        "Tim SAR cari dua korban tertimbun longsor di Cianjur",
        "Pencarian dua korban yang tertimbun material longsor di Cianjur dilanjutkan "
        "hingga malam. Kepala Basarnas Bandung mengatakan petugas mengerahkan "
        "anjing pelacak; tim SAR gabungan bekerja di bawah hujan deras.",
        DAY,
    ),
    StoryInput(
        "slide-c",
        "Satu korban longsor ditemukan meninggal, warga diminta mengungsi",
        "Satu dari dua korban longsor di Desa Cibeber ditemukan meninggal pada Minggu "
        "pagi. BPBD setempat meminta 30 keluarga di bawah tebing mengungsi ke "
        "balai desa karena retakan tanah terus melebar.",
        NEXT,
    ),
)

# The same day's distinct events of one kind: matches of one Liga 1 matchday, two KPK
# cases, floods in two cities.
SAME_DAY_DISTINCT = (
    StoryInput(
        "match-1",
        "Persija tekuk Arema 2-1 di GBK",
        "Persija Jakarta mengalahkan Arema FC 2-1 dalam laga pekan ke-25 Liga 1 di Stadion "
        "Gelora Bung Karno, Sabtu malam. Gol kemenangan dicetak pada menit ke-78 setelah "
        "Arema sempat menyamakan kedudukan. Pelatih Persija memuji kerja keras pemainnya.",
        DAY,
    ),
    StoryInput(
        "match-2",
        "PSM bungkam Persik 3-0",
        "PSM Makassar menang telak 3-0 atas Persik Kediri pada pekan ke-25 Liga 1, Sabtu "
        "sore. Dua gol di babak pertama dan satu gol di babak kedua membawa PSM naik ke "
        "posisi lima klasemen. Pelatih Persik mengakui timnya kalah dalam segala hal.",
        DAY,
    ),
    StoryInput(
        "match-3",
        "Dewa United imbangi Bali United",
        "Dewa United bermain imbang 1-1 melawan Bali United dalam lanjutan pekan ke-25 Liga "
        "1, Sabtu malam. Bali United unggul lebih dulu sebelum gol penyama skor lahir pada "
        "menit ke-85. Kedua tim tertahan di papan tengah klasemen.",
        DAY,
    ),
    StoryInput(
        "kpk-1",
        "KPK tahan Bupati Lembah Hijau",
        "Komisi Pemberantasan Korupsi menahan Bupati Lembah Hijau berinisial AS usai "
        "diperiksa sebagai tersangka suap proyek jalan. Juru bicara KPK mengatakan "
        "tersangka ditahan 20 hari pertama. Suap diduga mencapai Rp3 miliar.",
        DAY,
    ),
    StoryInput(
        "kpk-2",
        "KPK tetapkan pejabat kementerian tersangka gratifikasi",
        "KPK menetapkan seorang direktur di Kementerian Pertanian sebagai tersangka "
        "penerimaan gratifikasi. Penyidik menyita uang tunai dan dua mobil dari rumah "
        "tersangka. Juru bicara KPK menyebut gratifikasi diterima dari perusahaan importir.",
        DAY,
    ),
    StoryInput(
        "flood-1",
        "Banjir rendam 500 rumah di Kabupaten Bekasi",
        "Banjir merendam 500 rumah di tiga desa di Kabupaten Bekasi setelah hujan deras "
        "mengguyur sejak Jumat malam. BPBD Kabupaten Bekasi mendirikan posko pengungsian "
        "dan menyalurkan makanan siap saji.",
        DAY,
    ),
    StoryInput(
        "flood-2",
        "Banjir landa Kota Semarang, jalan utama lumpuh",
        "Banjir melanda sejumlah kawasan di Kota Semarang setelah hujan deras semalaman. "
        "Jalan Kaligawe tergenang hingga 60 sentimeter sehingga lalu lintas lumpuh. BPBD "
        "Kota Semarang mengerahkan pompa untuk menyedot genangan.",
        DAY,
    ),
)


def _cosine(a: StoryInput, b: StoryInput) -> float:
    rows = []
    for item in (a, b):
        columns, tf = hashed_tf(article_terms(item)[0])
        rows.append(dict(zip(columns.tolist(), tfidf_row(columns, tf).tolist(), strict=True)))
    return sum(w * rows[1].get(c, 0.0) for c, w in rows[0].items())


def _stories(items: tuple[StoryInput, ...]) -> set[frozenset[str]]:
    index = StoryIndex()
    assignment = index.add(items)
    groups: dict[str, set[str]] = {}
    for article, story in assignment.items():
        groups.setdefault(story, set()).add(article)
    return {frozenset(g) for g in groups.values()}


def test_one_days_reports_in_other_words_are_one_story() -> None:
    cosines = [_cosine(a, b) for a, b in combinations(LANDSLIDE, 2)]
    assert all(c < LINK_COSINE for c in cosines)  # the general bar would keep them apart
    assert _stories(LANDSLIDE) == {frozenset(i.article_id for i in LANDSLIDE)}


def test_same_day_distinct_events_of_one_kind_stay_apart() -> None:
    for a, b in combinations(SAME_DAY_DISTINCT, 2):
        assert _cosine(a, b) < BARS.near_link_cosine, (a.article_id, b.article_id)
    stories = _stories(SAME_DAY_DISTINCT + LANDSLIDE)
    assert frozenset(i.article_id for i in LANDSLIDE) in stories
    assert all(len(s) == 1 for s in stories if not s & {"slide-a"})


@pytest.mark.parametrize(
    ("odd", "date"),
    [(0, None), (0, "2025-03"), (2, "2025-03-11")],
    ids=["undated", "month", "later"],
)
def test_the_near_bars_need_both_dates_to_the_day_and_close(odd: int, date: str | None) -> None:
    # An undated report, one dated to the month, one three days later: not near, so the
    # general bars decide for it, and it stays alone (the regency its lead names left
    # out: an undated lead naming the reports' town is placed by it, see below).
    items = tuple(
        StoryInput(
            i.article_id,
            i.title,
            i.text.replace(", Kabupaten Cianjur", "") if n == odd else i.text,
            date if n == odd else i.date,
        )
        for n, i in enumerate(LANDSLIDE)
    )
    assert frozenset({LANDSLIDE[odd].article_id}) in _stories(items)


def test_an_undated_report_naming_the_days_town_is_placed_by_it() -> None:
    # Undated, the report gets none of the near bars; its lead names the regency the
    # search's report names, and that town anchors it as a day would
    # (warta.analyze.story_clusters._town_anchored). The next day's find names the
    # village only, and a story holding an undated piece merges at the general average.
    items = (StoryInput(LANDSLIDE[0].article_id, LANDSLIDE[0].title, LANDSLIDE[0].text, None),)
    assert frozenset({"slide-a", "slide-b"}) in _stories(items + LANDSLIDE[1:])


def test_a_store_clustered_under_older_rules_is_clustered_again(tmp_path: Path) -> None:
    source = tmp_path / "slides.jsonl"
    rows = [
        {"url": f"https://example.org/{i.article_id}", "title": i.title, "text": i.text,
         "published": i.date}
        for i in LANDSLIDE
    ]  # fmt: skip
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    build([str(source)], fresh, embeddings=False)
    build([str(source)], old, embeddings=False)
    raw = sqlite3.connect(old)
    with raw:  # as a store clustered by the release before: every article alone
        raw.execute("UPDATE state SET value = '1' WHERE key = 'story_rules'")
        raw.execute("UPDATE articles SET story_id = 'story-' || id")
    raw.close()
    build([str(source)], old, embeddings=False)  # nothing new: only the stories move

    def stories(path: Path) -> dict[str, str]:
        conn = connect(path, create=False)
        try:
            return {a["url"]: a["story"] for a in queries.iter_export(conn)}
        finally:
            conn.close()

    assert stories(old) == stories(fresh)
    assert len(set(stories(fresh).values())) == 1
