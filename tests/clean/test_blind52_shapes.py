"""Shapes seen on the fifty-second blind page set, each an invented page written here in
that shape (not a labelled page): a Tiny Tiny RSS API response holding one article (its
``{"seq", "status", "content"}`` envelope, the article dated by its ``updated`` in Unix
seconds, its ``published`` a flag); a Linkwarden API response holding one saved link (its
``name`` the page's <title>, its ``textContent`` the page's readable text, its save stamps
the reader's); and a regional portal's story opening "Kota, Situs.- " with the place
capitalised and closing with the star, the outlet's name and its reporter's
("*Situs-Nama")."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from tests.clean.pages import clean_page, set_aside

from warta.ingest.index_hit import read_index_hit

_HEADLINE = "Pasar Ikan Tanjung Sari Direnovasi, Pedagang Pindah ke Lapak Sementara"
_LEAD = (
    "Pemerintah kota mulai merenovasi Pasar Ikan Tanjung Sari yang rusak dimakan usia, "
    "Selasa (3/11/2026)."
)
_MIDDLE = "Kepala dinas perdagangan setempat mengatakan, renovasi ditargetkan rampung Maret."
_LAST = "Selama renovasi, pedagang berjualan di lapak darurat yang dibangun di halaman parkir."
_URL = "https://kabarsari.example/ekonomi/8812/pasar-ikan-tanjung-sari-direnovasi"


def test_a_tiny_tiny_rss_article_is_read_and_dated_by_its_updated_stamp() -> None:
    # 18:20 UTC on 3 Nov 2026: 01:20 WIB on the 4th, the day the story is dated
    stamp = int(datetime(2026, 11, 3, 18, 20, tzinfo=UTC).timestamp())
    markup = (
        '<figure><img src="https://kabarsari.example/pasar.jpg" alt="Pasar ikan">'
        "<figcaption>Pekerja membongkar atap los pasar ikan. (Foto: Kabar Sari)</figcaption>"
        f"</figure><p><strong>TANJUNG SARI, Kabar Sari</strong> – {_LEAD}</p>"
        f"<p>{_MIDDLE}</p><p>{_LAST} (abc/de)</p>"
    )
    article = {
        "id": 901,
        "unread": False,
        "marked": False,
        "published": False,
        "updated": stamp,
        "title": _HEADLINE,
        "link": _URL,
        "feed_id": "4",
        "tags": [""],
        "content": markup,
        "labels": [[-1030, "Pantau Pasar", "", ""]],
        "feed_title": "Kabar Sari",
        "author": "Rina Wulandari",
    }
    reply = {"seq": 2, "status": 0, "content": [article]}
    art = clean_page(json.dumps(reply, ensure_ascii=False, indent=2))
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    assert "Pantau Pasar" not in art.text and "feed_title" not in art.text
    assert art.published is not None and art.published.iso == "2026-11-04"


def test_a_tiny_tiny_rss_reply_listing_several_headlines_is_no_article() -> None:
    item = {"title": _HEADLINE, "link": _URL, "content": f"<p>{_LEAD}</p>", "updated": 1}
    reply = {"seq": 2, "status": 0, "content": [item, dict(item, title="Judul Lain Lagi")]}
    assert read_index_hit(json.dumps(reply)) is None


def test_a_linkwarden_link_is_read_as_its_page_and_its_save_stamps_date_nothing() -> None:
    text = "\n\n".join(
        [
            "Selasa 03-11-2026,10:15 WIB",
            "Reporter: Rina Wulandari | Editor: Bayu Pratama",
            f"TANJUNG SARI, KABARSARI - {_LEAD}",
            _MIDDLE,
            "BACA JUGA: Nelayan Keluhkan Solar Langka di Dermaga Timur",
            _LAST,
        ]
    )
    link = {
        "id": 77,
        "name": f"{_HEADLINE} - Kabar Sari",
        "type": "url",
        "description": "",
        "collectionId": 5,
        "url": _URL,
        "textContent": text,
        "readable": "archives/5/77_readability.json",
        "createdAt": "2026-11-09T01:02:03.000Z",
        "updatedAt": "2026-11-09T01:02:09.000Z",
        "tags": [{"id": 3, "name": "pasar", "createdAt": "2026-01-02T00:00:00.000Z"}],
        "collection": {"id": 5, "name": "Pantauan Pasar", "createdAt": "2026-01-02T00:00:00Z"},
    }
    art = clean_page(json.dumps({"response": link}, ensure_ascii=False, indent=2))
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    assert "Pantauan Pasar" not in art.text and "Solar Langka" not in art.text
    # the page's own date line, never the day the link was saved (the 9th)
    assert art.published is not None and art.published.iso == "2026-11-03"


def test_a_capitalised_place_and_outlet_closed_by_a_glued_dash_is_a_dateline() -> None:
    page = "\n".join(
        [
            "Beranda  ›  Ekonomi",
            _HEADLINE,
            "Selasa, 3 November 2026 | 14:05 WITA",
            f"Tanjung Sari, Kabarsari.- {_LEAD}",
            _MIDDLE,
            f"{_LAST} *Kabarsari-Rina",
            "Bagikan:   WhatsApp   Facebook",
        ]
    )
    art = clean_page(page)
    assert art.text.startswith(_LEAD)
    assert art.text.endswith(_LAST)
    assert "Tanjung Sari, Kabarsari.-" in set_aside(art)
