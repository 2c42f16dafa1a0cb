"""Shapes seen on the forty-seventh blind page set, each an invented page written here in
that shape (not a labelled page): a phone copy of a campus portal whose status bar stands
over a headline closing on a place name's capitalised small word ("... di Pulau Dalam")
and whose view counter carries an eye icon ("👁 518 kali dilihat"); a public body's
release whose author line under the headline is its press office's name; a last
paragraph signed with the reporter, a desk code, the site and the editor by role
("(Nama/R3/Kabar-Online/Editor: Nama)"); and an extraction API's response (Zyte's: the
page's ``article`` object with ``headline``, ``articleBody`` and ``datePublished``)."""

from __future__ import annotations

import json

from tests.clean.pages import clean_page, set_aside

_HEADLINE = "Mahasiswa Teknik Kelautan Pasang Sensor Arus di Pulau Dalam"
_LEAD = (
    "Mahasiswa program studi teknik kelautan memasang tiga sensor arus di perairan Pulau "
    "Dalam untuk memantau abrasi pantai selama musim angin barat."
)
_MIDDLE = (
    "Data dari sensor itu akan dikirim setiap jam ke laboratorium kampus dan dibagikan "
    "kepada pemerintah desa."
)
_LAST = "Pemasangan sensor tambahan direncanakan pada awal tahun depan."


def _campus_phone_copy(closing: str = "(ab)") -> str:
    return "\n".join(
        [
            "08.47  ▂▄▆ 4G  🔋 66%",
            "kampusbahari.ac.id/berita/sensor-arus-pulau-dalam",
            "☰   KAMPUS BAHARI   🔍",
            "Beranda  ›  Berita  ›  Riset",
            "Penulis: Ratna Sari",
            _HEADLINE,
            "12/02/2026  09:30 WITA",
            "👁 518 kali dilihat",
            f"PULAU DALAM, kampusbahari.ac.id – {_LEAD}",
            _MIDDLE,
            f"{_LAST} {closing}",
            "Tag:  riset  kelautan",
        ]
    )


def test_a_status_bar_is_never_the_headline_and_a_place_name_may_close_one() -> None:
    art = clean_page(_campus_phone_copy())
    assert art.title == _HEADLINE
    # the body opens on the lead (its dateline of place and site before it)
    assert art.text.split("\n\n")[0].endswith(_LEAD)
    assert "66%" not in art.text


def test_a_view_counter_with_an_eye_icon_is_set_aside() -> None:
    art = clean_page(_campus_phone_copy())
    assert "kali dilihat" not in art.text
    assert set_aside(art).get("👁 518 kali dilihat") == "counter"


def test_a_credit_naming_reporter_desk_site_and_editor_signs_the_last_paragraph() -> None:
    credit = "(Ratna Sari/R3/Kampus-Bahari/Editor: Dodi)"
    art = clean_page(_campus_phone_copy(credit))
    assert art.text.endswith(_LAST)
    assert credit in set_aside(art)


_OFFICE_HEADLINE = "Dinas Perikanan Salurkan 40 Unit Mesin Kapal kepada Nelayan Pesisir Selatan"


def test_a_press_office_named_under_the_headline_is_not_the_title() -> None:
    page = "\n".join(
        [
            "DINAS PERIKANAN KABUPATEN SAMUDRA",
            "Beranda   Profil   Berita   Layanan   Kontak",
            "Beranda  ›  Berita",
            _OFFICE_HEADLINE,
            "Biro Humas dan Protokol Samudra",
            "Dilihat 310 kali",
            "Samudra, 3 Mei 2026 – Dinas Perikanan menyalurkan 40 unit mesin kapal kepada "
            "kelompok nelayan di pesisir selatan untuk menambah jangkauan melaut.",
            "Bantuan itu diberikan kepada kelompok yang telah terdaftar dalam kartu nelayan.",
            "Tag:  nelayan  bantuan",
        ]
    )
    assert clean_page(page).title == _OFFICE_HEADLINE


def test_an_extraction_api_article_object_is_read_as_the_article() -> None:
    url = "https://kabarpesisir.example/daerah/sensor-arus-pulau-dalam/"
    response = {
        "url": url,
        "statusCode": 200,
        "article": {
            "headline": _HEADLINE,
            "datePublished": "2026-02-11T17:30:00Z",
            "datePublishedRaw": "Kamis, 12 Februari 2026 - 01:30 WITA",
            "authors": [{"name": "Ratna Sari", "nameRaw": "Penulis: Ratna Sari"}],
            "description": "Sensor arus dipasang untuk memantau abrasi.",
            "articleBody": f"KABARPESISIR – {_LEAD}\n{_MIDDLE}\n{_LAST} (rs)",
            "canonicalUrl": url,
            "url": url,
            "metadata": {"probability": 0.97, "dateDownloaded": "2026-02-13T04:00:00Z"},
        },
    }
    art = clean_page(json.dumps(response, ensure_ascii=False, indent=2))
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    assert "probability" not in art.text and "Sensor arus dipasang" not in art.text
    assert art.url == url
    # 17:30 UTC is past midnight on the desk's clock: the 12th, as the lead's zone says
    assert art.published is not None and art.published.iso == "2026-02-12"
