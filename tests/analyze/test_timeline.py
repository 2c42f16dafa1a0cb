"""The corpus timeline: merging, ordering, duplicates, filtering and the HTML page."""

from __future__ import annotations

import re
from collections.abc import Mapping

from warta.analyze.timeline import (
    JACCARD_MIN,
    SHARED_NAMES,
    _stems,
    build_timeline,
    filter_timeline,
    nests,
    render_timeline_html,
)
from warta.nlp.time.anchor import participant_tokens
from warta.nlp.time.events import extract_events
from warta.nlp.time.timex import tag_time
from warta.records import Event, PartialDate, TimelineEntry

# Seed-like excerpts: (article id, anchor, text). "003" and "000" are one story (000 a
# partial copy of 003), so they form one duplicate group.
ARTICLES = [
    ("002", PartialDate(2020, 5, 21),
     "Pada tanggal 9 Mei lalu, Rodong Sinmun mengabarkan bahwa Kim Jong-un mengirim pesan "
     "kepada Vladimir Putin. Pada tanggal 17 Mei, sebuah situs propaganda Korea Utara "
     "menekankan persahabatan antara Pyongyang dan Moskow.\n\nKim dan Putin mengadakan "
     "pertemuan puncak pertama mereka pada April tahun lalu di Vladivostok, Rusia. Pada "
     "November tahun lalu, Choe Son-hui mengunjungi Moskow."),
    ("003", PartialDate(2019, 4),
     "Kremlin mengatakan kedua pemimpin akan bertemu dekat Kota Vladivostok pada Kamis "
     "(25/04) dan akan membincangkan “masalah nuklir” di Semenanjung Korea.\n\nKorea Utara "
     "dan Rusia terakhir kali mengadakan pertemuan bilateral pada tahun 2011, ketika "
     "Presiden Dmitry Medvedev bertemu ayah Kim, Kim Jong-il. Pertemuan puncak dengan AS "
     "bulan Februari di Hanoi gagal."),
    ("000", PartialDate(2019, 4),
     "Kremlin mengatakan kedua pemimpin akan bertemu dekat Kota Vladivostok pada Kamis "
     "(25/04) dan akan membincangkan “masalah nuklir” di Semenanjung Korea."),
    ("004", PartialDate(2023, 9, 13),
     "Kim tiba dengan kereta lapis baja di perbatasan Rusia pada Selasa pagi, melintasi "
     "perbatasan di kota Khasan Rusia.\n\nMeskipun pertemuan Putin dengan Kim di "
     "Vladivostok pada tahun 2019 tidak membuahkan hasil apapun."),
]  # fmt: skip
DUPS: Mapping[str, str | None] = {"000": "g003", "003": "g003", "002": None, "004": None}


def _events() -> dict[str, tuple[Event, ...]]:
    return {aid: extract_events(text, tag_time(text, a)) for aid, a, text in ARTICLES}


def _timeline() -> list[TimelineEntry]:
    return build_timeline(_events(), DUPS)


def test_seed_timeline_reads_in_chronological_order() -> None:
    dates = [t.date for t in _timeline()]
    assert dates == [
        "2011", "2019-02", "2019-04-25", "2019-11", "2020-05-09", "2020-05-17", "2023-09-12",
    ]  # fmt: skip


def test_first_summit_merges_three_stories_and_duplicates_count_once() -> None:
    (summit,) = [t for t in _timeline() if t.date == "2019-04-25"]
    assert {aid for aid, _ in summit.sources} == {"000", "002", "003", "004"}
    assert summit.independent_sources == 3  # 000 and 003 are one duplicate group
    assert summit.expected is False  # 002 and 004 report it as done
    assert {"Kim", "Putin", "Vladivostok"} <= set(summit.participants)


def test_unrelated_events_stay_apart() -> None:
    (khasan,) = [t for t in _timeline() if t.date == "2023-09-12"]
    assert [aid for aid, _ in khasan.sources] == ["004"]
    (hanoi,) = [t for t in _timeline() if t.date == "2019-02"]
    assert hanoi.independent_sources == 1


def test_coarser_entries_open_their_period() -> None:
    events = {
        "a": [Event("2019-01-01", "day", "Banjir melanda Jakarta.", ("Jakarta",), False, None)],
        "b": [Event("2019", "year", "Pemilu digelar di Surabaya.", ("Surabaya",), False, None)],
    }
    assert [t.date for t in build_timeline(events, {})] == ["2019", "2019-01-01"]


def test_result_does_not_depend_on_mapping_order() -> None:
    events = _events()
    backwards = dict(reversed(list(events.items())))
    assert build_timeline(backwards, DUPS) == build_timeline(events, DUPS)


def test_filter_by_entity_and_dates() -> None:
    entries = _timeline()
    assert [t.date for t in filter_timeline(entries, entity="Choe Son-hui")] == ["2019-11"]
    assert [t.date for t in filter_timeline(entries, date_from="2020", date_to="2020-05-10")] == [
        "2020-05-09"
    ]
    assert [t.date for t in filter_timeline(entries, entity="vladivostok", date_to="2019")] == [
        "2019-04-25"
    ]


def test_html_has_an_svg_chart_and_escapes_text() -> None:
    entries = _timeline()
    hostile = Event(
        "2020-01-01", "day", "Peretas menulis <script>alert('x')</script> & kabur.",
        ("<b>Anon</b>",), False, None,
    )  # fmt: skip
    page = render_timeline_html([*entries, *build_timeline({"x": [hostile]}, {})], "Kim & <Putin>")
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page and "</svg>" in page
    assert "<script" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;Anon" in page
    assert "<title>Kim &amp; &lt;Putin&gt;</title>" in page
    assert len(re.findall(r"<circle ", page)) == 2 * (len(entries) + 1)  # axis + row
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_empty_timeline_renders() -> None:
    page = render_timeline_html([], "Kosong")
    assert "<svg" in page and "No dated events." in page


# --- calibration of timeline.jaccard_min on reports written for this test -------------
# Not from the seeds: invented happenings in the style of Indonesian wire reports, each
# told by two or three "outlets" in their own words, and distractors on compatible dates
# that share one or two participant words with them (the same governor on the same day,
# the same bank in the same month). (label, anchor, text); one report per article.
REPORTS = [
    ("dam", PartialDate(2023, 7, 13),
     "Gubernur Jawa Barat Budi Hartono meresmikan Bendungan Cipanas di Sumedang pada Rabu "
     "(12/7/2023)."),
    ("dam", PartialDate(2023, 7, 12),
     "Bendungan Cipanas di Kabupaten Sumedang resmi beroperasi setelah diresmikan Budi "
     "Hartono, Rabu (12/7/2023)."),
    ("dam", PartialDate(2023, 7, 14),
     "Pada Rabu (12/7/2023), Budi Hartono meresmikan bendungan senilai Rp 1,2 triliun itu dan "
     "menyebut waduk tersebut akan mengairi 5.000 hektare sawah di Sumedang."),
    ("flood", PartialDate(2023, 7, 13),
     "Banjir merendam ratusan rumah di Sumedang pada Rabu (12/7/2023) setelah hujan deras "
     "mengguyur sejak pagi."),
    ("oath", PartialDate(2023, 7, 13),
     "Budi Hartono juga melantik tiga kepala dinas baru di Gedung Sate pada Rabu (12/7/2023)."),
    ("match", PartialDate(2024, 2, 4),
     "Persib Bandung mengalahkan Persija Jakarta 2-1 di Stadion Gelora Bandung Lautan Api pada "
     "Sabtu (3/2/2024)."),
    ("match", PartialDate(2024, 2, 4),
     "Gol sundulan Dimas Pratama pada menit ke-88 memastikan kemenangan 2-1 Persib atas "
     "tamunya pada Sabtu (3/2/2024)."),
    ("transfer", PartialDate(2024, 2, 20),
     "Pada Februari 2024, Persib Bandung mengumumkan perekrutan dua pemain asing asal Brasil."),
    ("quake", PartialDate(2023, 11, 21),
     "Gempa bermagnitudo 5,6 mengguncang Kabupaten Garut pada Senin (20/11/2023) pukul "
     "13.21 WIB."),
    ("quake", PartialDate(2023, 11, 20),
     "BMKG mencatat gempa magnitudo 5,6 di Garut, Senin (20/11/2023), yang merusak puluhan "
     "rumah warga."),
    ("quake", PartialDate(2023, 11, 22),
     "Puluhan rumah di Garut rusak akibat gempa yang terjadi pada Senin (20/11/2023) siang."),
    ("market", PartialDate(2023, 11, 21),
     "Bupati Garut Asep Mulyana meresmikan pasar tradisional baru pada Senin (20/11/2023)."),
    ("chili", PartialDate(2023, 11, 30),
     "Harga cabai rawit di Garut naik hingga Rp 80.000 per kilogram pada November 2023."),
    ("rate", PartialDate(2024, 3, 25),
     "Bank Indonesia menahan suku bunga acuan di level 6 persen pada Maret 2024."),
    ("rate", PartialDate(2024, 3, 28),
     "Pada Maret 2024, Bank Indonesia memutuskan mempertahankan suku bunga acuan sebesar 6 "
     "persen untuk menjaga stabilitas rupiah."),
    ("banknote", PartialDate(2024, 3, 29),
     "Bank Indonesia meluncurkan uang kertas pecahan baru pada Maret 2024."),
    ("visit", PartialDate(2022, 9, 6),
     "Menteri Kesehatan Siti Rahma meninjau RSUD Kota Kupang pada Senin (5/9/2022)."),
    ("visit", PartialDate(2022, 9, 5),
     "Siti Rahma mengunjungi rumah sakit di Kupang, Senin (5/9/2022), untuk memeriksa "
     "kesiapan layanan RSUD tersebut."),
    ("swearing-in", PartialDate(2022, 9, 30),
     "Siti Rahma melantik sejumlah pejabat eselon di Jakarta pada September 2022."),
    ("trade", PartialDate(2021, 6, 30),
     "Indonesia dan Australia menandatangani perjanjian dagang di Canberra pada Juni 2021."),
    ("trade", PartialDate(2021, 7, 2),
     "Perjanjian dagang yang diteken Indonesia dan Australia di Canberra pada Juni 2021 "
     "menghapus bea masuk ribuan produk."),
    ("aid", PartialDate(2021, 6, 30),
     "Indonesia mengirim bantuan pemadam ke Australia untuk kebakaran hutan pada Juni 2021."),
]  # fmt: skip


def _report_pairs() -> tuple[list[float], list[float]]:
    """Stem Jaccard of report pairs that only the Jaccard decides: compatible dates and
    one or two shared participant words (three merge on names alone). Returns the
    scores of pairs of one happening and of pairs of different happenings."""
    events = [
        (label, e)
        for label, anchor, text in REPORTS
        for e in extract_events(text, tag_time(text, anchor))
    ]
    same: list[float] = []
    different: list[float] = []
    for i, (la, a) in enumerate(events):
        for lb, b in events[i + 1 :]:
            shared = len(participant_tokens(a.participants) & participant_tokens(b.participants))
            if not nests(a.date, b.date) or not 0 < shared < SHARED_NAMES:
                continue
            sa, sb = _stems(a.text), _stems(b.text)
            (same if la == lb else different).append(len(sa & sb) / len(sa | sb))
    return same, different


def test_jaccard_min_calibration_note_holds() -> None:
    """The figures of the timeline.jaccard_min note in warta.settings.

    At 0.09 every same-happening pair merges (recall) but most distractor pairs do too:
    the bar does not separate these reports, because date words and participant names
    count in the Jaccard. The note says so; if this test fails, update the note.
    """
    same, different = _report_pairs()
    assert len(same) == 5 and len(different) == 21
    assert min(same) >= JACCARD_MIN  # lowest same-happening pair: 0.105
    assert sum(d >= JACCARD_MIN for d in different) == 15
    assert round(max(different), 2) == 0.25
    # No single bar separates them: some distractor scores above some same-happening pair.
    assert max(different) > min(same)


def test_timeline_of_hand_written_reports() -> None:
    """No entry mixes two happenings: events sharing names and a date but no other word
    stay apart. The known weakness: reports of one happening that share only names are
    listed apart (two of 14 happenings: 16 entries)."""
    events = {
        f"r{i:02d}": extract_events(text, tag_time(text, anchor))
        for i, (_, anchor, text) in enumerate(REPORTS)
    }
    entries = build_timeline(events, {})
    label = {f"r{i:02d}": lab for i, (lab, _, _) in enumerate(REPORTS)}
    groups = [sorted({label[aid] for aid, _ in t.sources}) for t in entries]
    assert all(len(g) == 1 for g in groups)
    split = sorted(h for h in {g[0] for g in groups} if sum(g == [h] for g in groups) > 1)
    assert split == ["match", "quake"]
    assert len(entries) == 16
