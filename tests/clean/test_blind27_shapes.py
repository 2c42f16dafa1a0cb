"""Shapes seen on the twenty-seventh blind page set, each an invented page written here in
that shape (not a labelled page): a lead opened by the site's address alone, with no
place and no dash ("situs.id Warga ..."); a lead opened by the site, a comma and the
place closed by a full stop ("Situs.com, Tempat. Warga ..."); a blog's reply form whose
fixed notes (the commenter's address kept unpublished, the starred fields) close an
HTML page. (An extractor's XML output is in tests/ingest/test_extractor_xml.py.)"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.clean.metadata import split_dateline
from warta.records import Provenance, RawDoc

_LEAD = (
    "Puluhan perahu nelayan tertahan di muara karena pendangkalan alur sungai yang "
    "makin parah sejak musim kemarau."
)
_SECOND = (
    "Ketua kelompok nelayan setempat meminta pengerukan dilakukan sebelum musim angin "
    "barat tiba agar perahu bisa kembali melaut setiap hari."
)
_LAST = "Dinas perikanan berjanji meninjau muara itu pada pekan depan bersama camat."


def _text_page(lead: str) -> str:
    return "\n".join(
        [
            "Perahu Nelayan Tertahan di Muara yang Kian Dangkal - Kabarmuara.id",
            "Beranda   Daerah   Ekonomi   Olahraga",
            "Perahu Nelayan Tertahan di Muara yang Kian Dangkal",
            "Selasa, 3 November 2026 | 09:40 WIB",
            lead,
            _SECOND,
            _LAST,
            "Copyright © 2026 Kabar Muara",
        ]
    )


# --- the site's address alone opens the lead ---------------------------------------------


@pytest.mark.parametrize("site", ["kabarmuara.id", "Kabarmuara.id", "beritapesisir.com"])
def test_a_lead_opened_by_the_site_address_alone_loses_it(site: str) -> None:
    art = clean_page(_text_page(f"{site} {_LEAD}"))
    assert art.text.startswith("Puluhan perahu nelayan tertahan")
    assert set_aside(art)[site] == "dateline"


@pytest.mark.parametrize(
    "lead",
    [
        # the address as the sentence's subject: its verb follows
        "Kabarmuara.id mencoba menghubungi kepala dinas perikanan, tetapi belum dijawab.",
        # ... or a comma and an apposition
        "Kabarmuara.id, media lokal di pesisir, mencatat tiga perahu rusak pekan ini.",
        # ... or the day it acted on, then its verb
        "Kabarmuara.id Senin (2/11/2026) mendatangi muara itu bersama para nelayan.",
    ],
)
def test_an_address_that_is_the_sentence_subject_stays(lead: str) -> None:
    assert split_dateline(lead) == (None, lead)


# --- the site, a comma and the place closed by a full stop ------------------------------


@pytest.mark.parametrize(
    ("dateline", "site"),
    [
        ("Kabarmuara.id, Tanjung Harapan.", "Kabarmuara.id"),
        ("Beritapesisir.com, Pangkalan.", "Beritapesisir.com"),
    ],
)
def test_a_site_and_a_place_closed_by_a_full_stop_are_the_dateline(
    dateline: str, site: str
) -> None:
    art = clean_page(_text_page(f"{dateline} {_LEAD}"))
    assert art.text.startswith("Puluhan perahu nelayan tertahan")
    assert set_aside(art)[dateline] == "dateline"
    assert art.host_site == site.lower()


@pytest.mark.parametrize(
    "lead",
    [
        # an apposition with no full stop after a place
        "Kabarmuara.id, media lokal di pesisir, mencatat tiga perahu rusak pekan ini.",
        # a one-word answer is no place
        "Kabarmuara.id, Benar. Begitu jawaban kepala dinas saat dikonfirmasi.",
    ],
)
def test_a_site_and_a_comma_over_no_place_are_the_story(lead: str) -> None:
    assert split_dateline(lead) == (None, lead)


# --- a reply form's fixed notes under the story -----------------------------------------


def _blog_page(form: str) -> str:
    # the reply form inside the post's element, under the story: an extractor keeps it
    return (
        "<html><head><title>Perahu Nelayan Tertahan di Muara - Kabar Muara</title></head>"
        '<body><header><a href="/">Kabar Muara</a></header><article>'
        "<h1>Perahu Nelayan Tertahan di Muara yang Kian Dangkal</h1>"
        '<div class="meta">Selasa, 3 November 2026</div><div class="content-inner">'
        f"<p>{_LEAD}</p><p>{_SECOND}</p><p>{_LAST}</p></div>"
        f'<div class="reply">{form}</div></article>'
        "<footer><p>© 2026 Kabar Muara</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "form",
    [
        "<p>Alamat surel Anda tidak akan diterbitkan.</p>",
        "<p>Email kamu tidak akan ditampilkan. Kolom yang harus diisi ditandai *</p>",
        "<p>Surel Anda tidak akan disebarluaskan.</p><p>Simpan nama, surel, dan situs "
        "saya di peramban ini.</p>",
        "<p>Your email will not be shown. Required fields are marked *</p>",
    ],
)
def test_a_reply_forms_notes_do_not_close_the_body(form: str) -> None:
    art = clean_document(RawDoc(Provenance("t.html"), _blog_page(form), format="html"))
    assert art.text.rstrip().endswith(_LAST)


def test_a_story_line_about_email_addresses_stays() -> None:
    # the same words told by a person in the story are the story's
    line = (
        "Menurut petugas, alamat email pelapor tidak akan dipublikasikan agar warga "
        "berani melaporkan pungutan liar di pelabuhan."
    )
    art = clean_page(_text_page(_LEAD).replace(_SECOND, line))
    assert line in art.text
