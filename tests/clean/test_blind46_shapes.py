"""Shapes seen on the forty-sixth blind page set, each an invented page written here in
that shape (not a labelled page): a scrape API's response (Firecrawl's: the page as
Markdown beside its ``metadata``) and a bookmark manager's record (Karakeep's: the saved
link's fields in ``content`` beside the user's note, an AI summary and tags), each read as
the article it holds; a phone copy whose picture caption, ending in its credit, stands over
a lead opening with the site's address and place ("situs.com, Kota – ...") and whose last
paragraph is signed with initials joined by a hyphen ("(KB-AR)"); and a lead whose day
is told only as "Weekday (d/m)" in the opening paragraphs, under the site's "today"."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.ingest.export_fields import field_key, is_publication_field

_URL = "https://kabarhulu.example/daerah/jembatan-gantung-desa-lembah-diresmikan/"
_HEADLINE = "Jembatan Gantung Desa Lembah Diresmikan, Anak Sekolah Tak Lagi Menyeberang Sungai"
_LEAD = (
    "Jembatan gantung sepanjang 84 meter yang menghubungkan Desa Lembah dan Desa Tanjung "
    "diresmikan bupati pada Senin (7/9/2026) sore."
)
_MIDDLE = (
    "Selama ini anak-anak sekolah harus menyeberangi sungai dengan rakit bambu, dan pada "
    "musim hujan banyak yang memilih tidak berangkat ke sekolah."
)
_LAST = (
    "Pemerintah kabupaten berjanji memasang lampu penerangan di kedua ujung jembatan "
    "sebelum akhir tahun."
)


def _scrape_response() -> dict[str, Any]:
    markdown = (
        f"# {_HEADLINE}\n\n"
        "![Jembatan gantung](https://kabarhulu.example/img/jembatan.jpg)\n\n"
        "Warga melintasi jembatan gantung yang baru diresmikan. (Foto: Kabar Hulu/Rina)\n\n"
        f"**LEMBAH, KABAR HULU** – {_LEAD}\n\n"
        f"{_MIDDLE}\n\n"
        "**Baca Juga:** [Banjir Bandang Putus Dua Jembatan di Hulu Sungai]"
        "(https://kabarhulu.example/daerah/banjir-bandang/)\n\n"
        f"{_LAST} (rin/ed)"
    )
    return {
        "success": True,
        "data": {
            "markdown": markdown,
            "metadata": {
                "title": f"{_HEADLINE} - Kabar Hulu",
                "description": "Jembatan gantung sepanjang 84 meter diresmikan.",
                "ogTitle": "Anak Sekolah Kini Punya Jembatan",
                "publishedTime": "2026-09-07T10:15:00+07:00",
                "sourceURL": _URL,
                "statusCode": 200,
                "cachedAt": "2026-09-09T02:00:00.000Z",
            },
        },
    }


def _bookmark() -> dict[str, Any]:
    html = (
        "<div><p>Senin, 7 September 2026 | 10:40 WIB</p>"
        f"<p><strong>KABAR HULU</strong> – {_LEAD}</p><p>{_MIDDLE}</p><p>{_LAST}</p></div>"
    )
    return {
        "id": "b1",
        "createdAt": "2026-09-08T01:00:00.000Z",
        "title": None,
        "note": "Cek anggaran jembatan di APBD perubahan",
        "summary": "Bupati meresmikan jembatan gantung yang dipakai anak sekolah.",
        "tags": [{"id": "t1", "name": "infrastruktur", "attachedBy": "ai"}],
        "content": {
            "type": "link",
            "url": _URL,
            "title": f"{_HEADLINE} - Kabar Hulu",
            "htmlContent": html,
            "crawledAt": "2026-09-08T01:00:05.000Z",
            "datePublished": "2026-09-07T03:40:00.000Z",
        },
    }


def test_a_scrape_api_response_is_read_as_its_markdown_page() -> None:
    art = clean_page(json.dumps(_scrape_response(), ensure_ascii=False, indent=2))
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    assert "Baca Juga" not in art.text and "Foto:" not in art.text and "](" not in art.text
    assert art.url == _URL
    assert art.published is not None and art.published.iso == "2026-09-07"


def test_a_bookmark_record_is_read_as_the_page_it_saved() -> None:
    art = clean_page(json.dumps(_bookmark(), ensure_ascii=False, indent=2))
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    # the user's note, the app's summary and its tags are no part of the story
    assert "APBD" not in art.text and "Bupati meresmikan" not in art.text
    assert "infrastruktur" not in art.text
    assert art.url == _URL
    assert art.published is not None and art.published.iso == "2026-09-07"


def test_camel_case_field_names_are_read_by_their_words() -> None:
    assert field_key("sourceURL") == "source url"
    assert is_publication_field("datePublished") and is_publication_field("publishedAt")
    assert not is_publication_field("createdAt") and not is_publication_field("crawledAt")


def _phone_copy(closing: str) -> str:
    return "\n".join(
        [
            "09.12  📶 4G  🔋 71%",
            "kabarhulu.example/daerah/jembatan-gantung",
            "☰   KABAR HULU   🔍",
            "Beranda  ›  Daerah",
            _HEADLINE,
            "Senin, 7 September 2026 - 11:02 WIB",
            "Reporter: Rina Wulandari",
            "Warga melintasi jembatan gantung yang baru diresmikan di Desa Lembah, Senin "
            "(7/9/2026). (Foto: Kabarhulu/Rina Wulandari)",
            f"kabarhulu.com, Lembah – {_LEAD}",
            _MIDDLE,
            f"{_LAST} {closing}",
            "Tag:  jembatan  Desa Lembah",
            "BERITA LAINNYA",
        ]
    )


def test_a_caption_over_a_lead_opening_with_the_address_and_place_stays_apart() -> None:
    art = clean_page(_phone_copy("(rin)"))
    assert art.text.startswith(_LEAD)
    assert "Foto:" not in art.text


def test_initials_joined_by_a_hyphen_sign_the_last_paragraph() -> None:
    art = clean_page(_phone_copy("(KH-RW)"))
    assert art.text.endswith(_LAST)
    assert "(KH-RW)" in set_aside(art)


def _weekday_page(today: str, age: str = "1 hari lalu   ·   640 kali dibaca") -> str:
    return "\n".join(
        [
            today,
            "KABAR HULU",
            "Beranda   Daerah   Ekonomi   Olahraga",
            _HEADLINE,
            age,
            "Oleh: Rina Wulandari",
            "Sebanyak 120 pelajar dari dua desa kini bisa berangkat ke sekolah tanpa "
            "menyeberangi sungai dengan rakit sejak akhir pekan ini.",
            "Jembatan itu diresmikan bupati dalam acara sederhana di tepi sungai, Senin "
            "(7/9). Pembangunannya memakan waktu delapan bulan.",
            _MIDDLE,
            _LAST,
        ]
    )


def test_a_bare_weekday_of_the_opening_on_the_day_the_page_age_counts_back_to() -> None:
    # "today" Tuesday 8th, "1 hari lalu": Monday 7th, the "Senin (7/9)" the story names
    art = clean_page(_weekday_page("Selasa, 8 September 2026"))
    assert art.published is not None and art.published.iso == "2026-09-07"


@pytest.mark.parametrize(
    ("today", "age"),
    [
        ("Selasa, 8 September 2026", "Editor: Budi Santoso"),  # no age: the day stays open
        ("Rabu, 9 September 2026", "1 hari lalu"),  # the age counts back to another day
        ("Selasa, 6 Oktober 2026", "1 hari lalu"),  # a copy seen weeks later
    ],
)
def test_a_bare_weekday_of_the_opening_stays_undated_without_an_agreeing_age(
    today: str, age: str
) -> None:
    art = clean_page(_weekday_page(today, age))
    assert art.published is None or art.published.day is None
