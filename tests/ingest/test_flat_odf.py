"""A word processor's document saved as flat XML (LibreOffice's Flat XML ODF, ``.fodt``)
read as its text, and a desk's clipping in one: its field table places the story (the
address field; the clipping date and the document's own created and saved stamps date
nothing), and the article under the table is cleaned as a page's text, whether the
record called it HTML or text. The documents are invented."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from tests.clean.pages import set_aside

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest import field_table, flat_odf
from warta.ingest.flat_odf import flat_odf_text, looks_like_flat_odf, read_flat_odf
from warta.ingest.readers import read_path
from warta.records import Provenance, RawDoc

_HEADLINE = "Dermaga Perahu Nelayan di Teluk Sunyi Ambruk Dihantam Gelombang"
_DATE_LINE = "Kamis, 4 Maret 2027 10:12 WITA"
_LEAD = (
    "Dermaga kayu tempat nelayan Teluk Sunyi menambatkan perahu ambruk dihantam gelombang "
    "tinggi, Kamis (4/3/2027) dini hari."
)
_SECOND = (
    "Sedikitnya sembilan perahu rusak karena terseret arus dan saling berbenturan di "
    "sekitar dermaga."
)
_LAST = (
    "Dinas perikanan berjanji membangun dermaga darurat dari beton sebelum musim angin barat tiba."
)
_URL = "https://kabarteluk.example/2027/03/04/dermaga-perahu-nelayan-ambruk"
_SUMMARY = "Ringkasan petugas: Dermaga nelayan Teluk Sunyi ambruk; sembilan perahu rusak."
_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def _row(name: str, value: str) -> str:
    return (
        f"<table:table-row><table:table-cell><text:p>{name}</text:p></table:table-cell>"
        f"<table:table-cell><text:p>{value}</text:p></table:table-cell></table:table-row>"
    )


def _p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _document() -> str:
    link = f'<text:a xlink:type="simple" xlink:href="{_URL}">{_URL}</text:a>'
    picture = (
        '<draw:frame draw:name="Gambar1"><draw:image xlink:href="Pictures/1.jpg"/></draw:frame>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {_NS} office:version="1.3">'
        "<office:meta><meta:creation-date>2027-03-05T08:01:00</meta:creation-date>"
        "<dc:date>2027-03-05T09:30:00</dc:date>"
        "<dc:title>Kliping Harian – Jumat, 5 Maret 2027</dc:title></office:meta>"
        "<office:body><office:text>"
        + _p("SEKRETARIAT DAERAH KABUPATEN CONTOH – BAGIAN KOMUNIKASI", "Header")
        + '<text:h text:outline-level="1">KLIPING MEDIA</text:h>'
        + "<table:table>"
        + _row("Media", "KabarTeluk")
        + _row("Tanggal kliping", "Jumat, 5 Maret 2027")
        + _row("Tautan", link)
        + _row("Isu", "Infrastruktur perikanan")
        + "</table:table>"
        + _p(_SUMMARY, "P3")
        + _p(_HEADLINE, "P1")
        + _p("Penulis: Rahmat Hidayat | Editor: Sari Wulandari")
        + _p(_DATE_LINE)
        + _p(picture)
        + _p(
            f'<text:span text:style-name="T1">KABARTELUK.EXAMPLE, TELUK SUNYI</text:span> - {_LEAD}'
        )
        + _p(_SECOND)
        + _p("Baca juga: Harga Ikan di Pelelangan Naik Saat Cuaca Buruk")
        + _p(f"{_LAST} (rh)")
        + "</office:text></office:body></office:document>"
    )


def test_the_text_is_the_bodys_a_line_per_paragraph_and_row() -> None:
    lines = flat_odf_text(_document(), "k.fodt").split("\n")
    assert "Kliping Harian" not in "\n".join(lines)  # the document's title is metadata
    assert "2027-03-05" not in "\n".join(lines)
    assert f"Tautan\t{_URL}\t" in lines
    assert lines[lines.index(_HEADLINE) + 2] == _DATE_LINE
    assert not any("Pictures" in line for line in lines)


def test_the_field_table_gives_the_address_and_the_article_under_it() -> None:
    clip = read_flat_odf(_document(), "k.fodt")
    assert clip is not None
    assert clip.url == _URL
    assert clip.published is None  # a clipping date is the desk's
    assert clip.text.split("\n")[:2] == [_SUMMARY, _HEADLINE]


@pytest.mark.parametrize("fmt", ["html", "text"])
def test_a_clipping_is_cleaned_as_its_article(fmt: str) -> None:
    raw = RawDoc(Provenance("k.fodt"), _document(), format=fmt)
    art = clean_document(raw)
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2027-03-04"
    assert art.url == _URL
    assert art.text.split("\n\n")[0].endswith(_LEAD)  # the dateline, if kept, before it
    assert art.text.endswith("sebelum musim angin barat tiba.")
    assert set_aside(art).get(_SUMMARY) == "ai-summary"
    for kept_out in ("Tanggal kliping", "Infrastruktur perikanan", "KLIPING MEDIA"):
        assert kept_out not in art.text


def test_a_fodt_file_is_read_as_its_article(tmp_path: Path) -> None:
    path = tmp_path / "kliping-5-maret.fodt"
    path.write_text(_document(), encoding="utf-8")
    [doc] = list(read_path(path))
    assert isinstance(doc, RawDoc)
    assert clean_document(doc).title == _HEADLINE


def test_a_broken_document_is_refused_with_its_name() -> None:
    with pytest.raises(MalformedInputError, match=r"kliping\.fodt.*cannot be read as XML"):
        read_flat_odf(_document()[:-60], "kliping.fodt")


@pytest.mark.parametrize(
    "text",
    [
        "<html><body><p>office:document</p></body></html>",
        '<?xml version="1.0"?><office:document xmlns:office="urn:lain">x</office:document>',
        "Catatan rapat tentang urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    ],
)
def test_other_texts_are_no_flat_document(text: str) -> None:
    assert not looks_like_flat_odf(text)
    assert read_flat_odf(text, "x") is None


def test_the_modules_examples_hold() -> None:
    assert doctest.testmod(flat_odf).failed == 0
    assert doctest.testmod(field_table).failed == 0
