"""An outliner's Markdown page (Logseq's), read as the article its blocks hold: invented
pages whose property lines give the team's name for the clipping, the source, the
publication day and the clipping day (never the story's), whose outline holds the
team's summary, the article's blocks and the team's tasks under heading blocks."""

from __future__ import annotations

import pytest

from warta.clean import clean_document
from warta.ingest.outline_page import read_outline_page
from warta.records import Provenance, RawDoc

_URL = "https://kabarhulu.example/read/5521/nelayan-muara-terima-bantuan-mesin-perahu"
_HEADLINE = "Nelayan Muara Terima Bantuan Mesin Perahu dari Dinas Perikanan"
_LEAD = (
    "MUARA, KABARHULU.EXAMPLE - Sebanyak tiga puluh nelayan kecil di pesisir muara "
    "menerima bantuan mesin perahu dari dinas perikanan kabupaten."
)
_MIDDLE = (
    "Bantuan itu diberikan kepada nelayan yang perahunya masih memakai dayung atau mesin "
    "tua yang sering rusak di tengah laut."
)
_LAST = "Dinas perikanan berencana menambah bantuan jaring untuk kelompok nelayan lain tahun depan."

_PAGE = "\n".join(
    [
        "title:: Kliping/Kabar Hulu - bantuan mesin perahu nelayan",
        "type:: [[kliping]]",
        f"source:: {_URL}",
        "published:: [[Mar 2nd, 2027]]",
        "clipped:: [[Mar 4th, 2027]]",
        "analis:: [[Sari Analis]]",
        "",
        "- ## Ringkasan tim",
        "\t- Dinas perikanan membagikan mesin perahu kepada nelayan kecil di muara.",
        "- ## Teks artikel",
        f"\t- **{_HEADLINE}**",
        "\t- Reporter: Dodi Saputra | Editor: Rina Wulandari",
        "\t- ![mesin.jpg](../assets/mesin_1.jpg)",
        "\t  Nelayan mencoba mesin perahu baru di dermaga muara. Foto: Dodi/Kabar Hulu",
        f"\t- {_LEAD}",
        f"\t- {_MIDDLE}",
        "\t- Baca Juga: [Harga Ikan Naik Menjelang Musim Angin](https://kabarhulu.example/read/5500)",
        f"\t- {_LAST} (dds)",
        "- ## Catatan pemantau",
        "\t- TODO minta data penerima dari dinas perikanan",
        "\t- DONE salin ke rekap mingguan [[Mar 4th, 2027]]",
    ]
)


def test_the_properties_give_headline_source_and_day_never_the_clipping_day() -> None:
    story = read_outline_page(_PAGE)
    assert story is not None
    assert story.title == _HEADLINE  # the article's bold block, not the team's page name
    assert story.url == _URL
    assert story.published == "Mar 2, 2027"
    for leftover in ("title::", "clipped", "Ringkasan", "TODO", "DONE", "##", "**", "![", "](http"):
        assert leftover not in story.text


def test_an_outline_page_cleans_to_the_article() -> None:
    art = clean_document(RawDoc(Provenance("kliping.md"), _PAGE))
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.published is not None and art.published.iso == "2027-03-02"
    assert art.text.startswith("Sebanyak tiga puluh nelayan")
    assert art.text.rstrip().endswith(_LAST)
    for leftover in ("Dinas perikanan membagikan", "Reporter:", "Baca Juga", "Foto: Dodi"):
        assert leftover not in art.text


def test_a_page_without_heading_sections_is_its_blocks_without_tasks() -> None:
    page = "\n".join(
        [
            "title:: Kabar Hulu/Nelayan",
            f"source:: {_URL}",
            "",
            f"- {_LEAD}",
            f"- {_MIDDLE}",
            "- TODO cek",
        ]
    )
    story = read_outline_page(page)
    assert story is not None
    assert story.text.split("\n\n") == [_LEAD, _MIDDLE]
    assert story.title == "Nelayan" and story.published is None


@pytest.mark.parametrize(
    "text",
    [
        "Daftar belanja\n\n- beras\n- minyak goreng",  # an outline without properties
        "catatan:: satu baris\n\nKalimat biasa yang bukan blok.\n",
        "Tim SAR:: bukan properti\nWarga dievakuasi ke balai desa.",
    ],
)
def test_other_texts_are_no_outline_page(text: str) -> None:
    assert read_outline_page(text) is None
