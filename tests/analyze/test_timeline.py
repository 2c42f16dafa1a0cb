"""The corpus timeline: merging, ordering, duplicates, filtering and the HTML page."""

from __future__ import annotations

import re
from collections.abc import Mapping

from warta.analyze.timeline import build_timeline, filter_timeline, render_timeline_html
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
