"""Shapes seen on the thirty-third blind page set, each an invented page written here in
that shape (not a labelled page): a TV portal saved as text whose lead opens with the
site's address in lower case and the place ("situsku.tv, Kota - "), its photo caption,
closed by the picture's credit "(situsku/Nama Fotografer)", printed over that lead."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean.metadata import split_dateline

_HEADLINE = "Longsor Tutup Jalur Provinsi, Warga Dua Desa Terisolasi Sejak Subuh"
_CAPTION = (
    "Sukarelawan menyingkirkan timbunan longsor di atas ruas jalan provinsi di Desa "
    "Sukamulya, Selasa (3/3/2026). (layarkita/Rina Oktaviani)"
)
_LEAD = (
    "Tanah longsor menimbun jalur provinsi penghubung dua kecamatan di lereng bukit, "
    "Selasa (3/3/2026) dini hari, sehingga kendaraan tidak dapat melintas."
)
_SECOND = (
    "Tim gabungan menurunkan dua ekskavator untuk menyingkirkan tanah dan batu yang "
    "menutup jalan sepanjang hampir lima puluh meter."
)
_LAST = "Warga diminta menghindari lereng itu selama hujan deras masih turun pada sore hari."


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("layarkita.tv, Garut - Warga berkumpul.", "layarkita.tv, Garut -"),
        ("Layarkita.com, Tasikmalaya Barat – Warga berkumpul.", "Layarkita.com, Tasikmalaya Barat –"),
        ("LAYARKITA.CO.ID, Garut - Warga berkumpul.", "LAYARKITA.CO.ID, Garut -"),
    ],
)
def test_the_site_address_as_it_spells_itself_then_the_place_is_a_dateline(
    lead: str, dateline: str
) -> None:
    assert split_dateline(lead) == (dateline, "Warga berkumpul.")


def test_a_sentence_opening_on_an_address_with_no_place_is_no_dateline() -> None:
    text = "layarkita.tv, situs yang baru dibuka - kini ramai dikunjungi."
    assert split_dateline(text) == (None, text)


def _tv_page() -> str:
    return "\n".join(
        [
            "Lompat ke isi",
            "Rabu, 4 Maret 2026",
            "layarkita",
            "Beranda   Berita   Daerah   Olahraga   Video",
            "DAERAH",
            _HEADLINE,
            "Selasa, 3 Maret 2026 | 14:05 WIB",
            "Penulis: Rina Oktaviani  |  Editor: Bagus Wirawan",
            _CAPTION,
            f"layarkita.tv, Garut - {_LEAD}",
            _SECOND,
            _LAST,
            "Tag:   longsor   Garut   jalan provinsi",
        ]
    )


def test_a_caption_credited_to_the_site_in_lower_case_over_the_lead_stays_out() -> None:
    art = clean_page(_tv_page())
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD)
    assert set_aside(art).get(_CAPTION) == "caption"
    assert set_aside(art).get("layarkita.tv, Garut -") == "dateline"


def test_a_lead_with_no_dateline_under_a_credited_sentence_is_kept() -> None:
    # Without the dateline below, the sentence over the paragraphs may be the story's own.
    page = "\n".join([_HEADLINE, "Selasa, 3 Maret 2026", _LEAD, _SECOND, _LAST])
    art = clean_page(page)
    assert art.text.startswith(_LEAD) and art.text.rstrip().endswith(_LAST)
