"""Shapes seen on the forty-ninth blind page set, each an invented page written here in
that shape (not a labelled page): a feed reader's API response holding one item (the
Google Reader API a FreshRSS serves: links as objects, the text in ``summary.content``,
the publication in Unix seconds, a blog feed's "appeared first on" footer); a web-data
API's response (Webz.io's ``posts``, stamped in its servers' +03:00); a release whose
number ends in its month and year after a code ("HMS.3/10/2026"), which dates nothing;
and a regional desk's story whose last paragraph is signed "(Situs.com/Reporter)" as a
picture is credited."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from tests.clean.pages import clean_page

from warta.clean import clean_document
from warta.records import Provenance, RawDoc

_HEADLINE = "Nelayan Teluk Biru Tangkap Tuna Sirip Kuning Terbanyak dalam Lima Tahun"
_LEAD = (
    "Nelayan di Teluk Biru mendaratkan tuna sirip kuning dalam jumlah terbanyak dalam lima "
    "tahun terakhir, Rabu (4/11/2026)."
)
_MIDDLE = "Kepala dinas perikanan setempat mengatakan, hasil tangkapan naik karena cuaca tenang."
_LAST = "Pemerintah daerah berencana menambah satu gudang pendingin di dermaga tahun depan."
_URL = "https://kabarteluk.example/nelayan-teluk-biru-tangkap-tuna-terbanyak/"


def test_a_feed_readers_item_is_read_as_its_article_dated_by_its_unix_stamp() -> None:
    # 15:30 UTC on 4 Nov 2026, counted in seconds: 22:30 WIB, the day the lead names
    stamp = int(datetime(2026, 11, 4, 15, 30, tzinfo=UTC).timestamp())
    markup = (
        '<figure><img src="https://kabarteluk.example/tuna.jpg" alt="Tuna" /></figure>'
        f"<p><strong>TELUK BIRU, kabarteluk.id</strong> – {_LEAD}</p><p>{_MIDDLE}</p>"
        f"<p>{_LAST}</p>"
        f'<p>The post <a href="{_URL}">{_HEADLINE}</a> appeared first on '
        '<a href="https://kabarteluk.example">Kabar Teluk</a>.</p>'
    )
    response = {
        "id": "user/-/state/com.google/reading-list",
        "updated": stamp + 9000,
        "items": [
            {
                "id": "tag:google.com,2005:reader/item/0001",
                "crawlTimeMsec": str((stamp + 700) * 1000),
                "published": stamp,
                "title": _HEADLINE,
                "canonical": [{"href": _URL}],
                "alternate": [{"href": _URL, "type": "text/html"}],
                "categories": ["user/-/state/com.google/reading-list"],
                "origin": {"streamId": "feed/3", "title": "Kabar Teluk"},
                "summary": {"content": markup},
                "author": "Redaksi Kabar Teluk",
            }
        ],
    }
    art = clean_page(json.dumps(response, ensure_ascii=False, indent=2))
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    assert "appeared first" not in art.text
    assert art.published is not None and art.published.iso == "2026-11-04"


def test_a_web_data_apis_post_is_read_and_its_foreign_zone_put_on_the_desks_clock() -> None:
    post = {
        "thread": {
            "url": _URL,
            "site": "kabarteluk.example",
            "title_full": f"{_HEADLINE} - Kabar Teluk",
            "published": "2026-11-04T21:10:00.000+03:00",
        },
        "url": _URL,
        "author": "Dewi Lestari",
        "published": "2026-11-04T21:10:00.000+03:00",
        "title": _HEADLINE,
        "text": f"TELUK BIRU, Kabar Teluk – {_LEAD.replace('Rabu (4/11/2026)', 'Kamis')}\n"
        f"{_MIDDLE}\n{_LAST}",
        "sentiment": "positive",
        "entities": {"persons": [], "organizations": [], "locations": []},
        "crawled": "2026-11-05T03:00:00.000+03:00",
    }
    response = {"posts": [post], "totalResults": 1, "moreResultsAvailable": 0, "next": "/x"}
    art = clean_page(json.dumps(response, ensure_ascii=False, indent=2))
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.text.endswith(_LAST) and "sentiment" not in art.text
    # 21:10 at +03:00 is 01:10 WIB the next day: the story's day in Indonesia
    assert art.published is not None and art.published.iso == "2026-11-05"


def test_a_release_number_ending_in_its_month_and_year_dates_nothing() -> None:
    page = (
        "<html><head><title>Gudang Pendingin Baru | Kementerian Contoh</title></head><body>"
        "<h1>Kementerian Contoh Resmikan Gudang Pendingin Ikan di Teluk Biru</h1>"
        '<div class="meta"><span>Nomor: SP. 41/HUMAS/BRO.5/11/2026</span> '
        "<span>Biro Humas</span></div>"
        f"<p>Teluk Biru, 16 November 2026 – {_LEAD}</p><p>{_MIDDLE}</p><p>{_LAST}</p>"
        "</body></html>"
    )
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    # "5/11/2026" closes the release's code: the release's own date line dates it
    assert art.published is not None and art.published.iso == "2026-11-16"


def test_a_story_closing_with_its_reporters_credit_keeps_its_last_paragraph() -> None:
    credit = "(KabarTeluk.com/Dewi Lestari)"
    page = "\n".join(
        [
            "Home  ›  Daerah  ›  Teluk Biru",
            _HEADLINE,
            "Rabu, 4 November 2026 17:02 WIB",
            "Penulis: Dewi Lestari  |  Editor: Bayu",
            f"Nelayan menurunkan tuna dari kapal di dermaga Teluk Biru, Rabu (4/11/2026). {credit}",
            f"KABARTELUK.COM, TELUK BIRU - {_LEAD}",
            _MIDDLE,
            f"{_LAST} {credit}",
            "Tag:  tuna  nelayan  Teluk Biru",
            "Bagikan:   WhatsApp   Facebook   X",
        ]
    )
    art = clean_page(page)
    assert art.text.startswith(_LEAD)
    assert art.text.endswith(_LAST)
    assert "Nelayan menurunkan tuna" not in art.text
