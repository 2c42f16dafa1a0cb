"""Shapes seen on the forty-eighth blind page set, each an invented page written here in
that shape (not a labelled page): a news crawler's JSON record of one article
(news-please's: ``title``, ``maintext``, ``description``, ``date_publish`` beside its own
``date_download`` and ``date_modify``); a search API's response for one result (Tavily's:
the query, and the result's snippet ``content`` beside the whole page's ``raw_content``);
a regional government's page whose author line under the date is the unit that posted
the story, named down to the region; and a portal's lead opening with the site's name
glued to its first word by a hyphen ("Situs9-Warga ...")."""

from __future__ import annotations

import json

from tests.clean.pages import clean_page, set_aside

_HEADLINE = "Petani Lembah Hijau Panen Kopi Lebih Awal Berkat Irigasi Tetes"
_LEAD = (
    "Kelompok tani di Lembah Hijau memanen kopi dua pekan lebih awal setelah memasang "
    "irigasi tetes di kebun mereka, Senin (5/10/2026)."
)
_MIDDLE = (
    "Ketua kelompok tani mengatakan, panen kopi musim ini naik hampir seperlima "
    "dibandingkan musim lalu."
)
_LAST = "Dinas pertanian berencana memperluas irigasi serupa ke tiga desa lain tahun depan."
_URL = "https://kabarlembah.example/2026/10/05/petani-panen-kopi-lebih-awal"


def test_a_crawler_record_is_read_as_its_article_dated_by_its_publication() -> None:
    record = {
        "authors": ["Wulan Sari"],
        "date_download": "2026-10-07 01:12:40",
        "date_modify": "2026-10-06 08:00:00",
        "date_publish": "2026-10-05 15:20:00",
        "description": "Irigasi tetes membuat panen kopi datang lebih cepat.",
        "filename": "https%3A%2F%2Fkabarlembah.example%2Fpanen.json",
        "language": "id",
        "maintext": f"LEMBAH HIJAU, KABARLEMBAH - {_LEAD}\n\n{_MIDDLE}\n\n{_LAST}",
        "source_domain": "kabarlembah.example",
        "title": _HEADLINE,
        "title_page": f"{_HEADLINE} - Kabar Lembah",
        "url": _URL,
    }
    art = clean_page(json.dumps(record, ensure_ascii=False, indent=4))
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    assert "Irigasi tetes membuat" not in art.text and "date_download" not in art.text
    assert art.url == _URL
    # the crawler's download (the 7th) and the page's last change (the 6th) date nothing
    assert art.published is not None and art.published.iso == "2026-10-05"


def test_a_search_result_is_read_from_its_whole_page_not_its_snippet() -> None:
    snippet = "Hasil panen kopi di Lembah Hijau naik hampir seperlima dibandingkan musim lalu."
    page = "\n".join(
        [
            "Beranda » Daerah » Lembah Hijau",
            _HEADLINE,
            "Senin, 5 Oktober 2026 16:05 WIB",
            "Penulis: Wulan Sari | Editor: Dimas",
            f"LEMBAH HIJAU, KABARLEMBAH - {_LEAD}",
            _MIDDLE,
            f"{_LAST} (wls)",
            "Tags: kopi  irigasi  Lembah Hijau",
        ]
    )
    response = {
        "query": "panen kopi Lembah Hijau irigasi",
        "answer": None,
        "images": [],
        "results": [
            {
                "url": _URL,
                "title": f"{_HEADLINE} - Kabar Lembah",
                "content": snippet,
                "score": 0.81,
                "raw_content": page,
                "published_date": "Mon, 05 Oct 2026 09:05:00 GMT",
            }
        ],
        "response_time": 1.2,
    }
    art = clean_page(json.dumps(response, ensure_ascii=False, indent=2))
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    assert snippet not in art.text and "panen kopi Lembah Hijau irigasi" not in art.text
    assert art.published is not None and art.published.iso == "2026-10-05"


def test_a_regional_unit_named_under_the_date_is_not_the_title() -> None:
    headline = "Pemerintah Provinsi Salurkan Benih Padi bagi 38 Kelompok Tani Terdampak Banjir"
    page = "\n".join(
        [
            "07.12  ▂▄▆ 4G  🔋 71%",
            "samudraprov.example/berita/salurkan-benih-padi",
            "☰   SAMUDRAPROV   🔍",
            "Beranda  ›  Berita  ›  Pertanian",
            headline,
            "Kamis, 8 Oktober 2026 - 10:15 WIB",
            "Bagian Protokol dan Komunikasi Pimpinan Setda Samudra",
            "↗ Bagikan",
            "SAMUDRA – Pemerintah provinsi menyalurkan benih padi kepada 40 kelompok tani "
            "yang sawahnya terendam banjir pekan lalu, Rabu (7/10/2026).",
            "Benih itu diharapkan sudah ditanam sebelum puncak musim hujan tiba.",
            "Tag:  benih  banjir",
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert "Bagian Protokol" not in art.text


def test_a_headline_opening_with_an_office_name_stays_the_title() -> None:
    headline = "Dinas Pertanian Kota Samudra Bagikan Benih"
    page = "\n".join(
        [
            "Beranda  ›  Berita",
            headline,
            "Kamis, 8 Oktober 2026 - 10:15 WIB",
            "Dinas Pertanian membagikan benih padi bagi kelompok tani yang lahannya "
            "terendam banjir pekan lalu.",
            "Benih itu diharapkan sudah ditanam sebelum puncak musim hujan tiba.",
        ]
    )
    assert clean_page(page).title == headline


def _glued_page(opening: str) -> str:
    return "\n".join(
        [
            "KABARLEMBAH9.COM",
            "Beranda   Daerah   Ekonomi   Lembah   Indeks",
            _HEADLINE,
            "Senin, 05 Oktober 2026 | 16:05 WIB",
            f"{opening}{_LEAD}",
            _MIDDLE,
            _LAST,
            "Copyright © 2026 Kabarlembah9.com",
        ]
    )


def test_the_site_name_glued_to_the_lead_is_its_dateline() -> None:
    art = clean_page(_glued_page("Kabarlembah9-"))
    assert art.text.startswith(_LEAD)
    assert set_aside(art).get("Kabarlembah9-") == "dateline"


def test_a_word_glued_to_the_lead_that_is_no_site_name_stays() -> None:
    art = clean_page(_glued_page("Lembah-"))
    assert art.text.startswith("Lembah-" + _LEAD)
