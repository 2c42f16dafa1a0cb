"""A read-later app's Markdown export (metadata, summary and highlights over the full
document) read as the article it holds; invented exports in several shapes."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page

from warta.clean.read_later import split_read_later_export
from warta.errors import MalformedInputError

_HEADLINE = "Produksi Garam Rakyat di Pantura Anjlok karena Hujan Turun hingga November"
_URL = "https://kabarpesisir.id/ekonomi/produksi-garam-rakyat-pantura-anjlok"

_DOCUMENT = [
    "KabarPesisir.id",
    "Ekonomi › Kelautan",
    _HEADLINE,
    "Dimas Prakoso · 02 Desember 2026 · 09:15 WIB",
    "Petambak garam menata karung di Desa Santing, Indramayu. KabarPesisir/Dimas Prakoso",
    "",
    "INDRAMAYU – Produksi garam rakyat di pesisir utara Jawa Barat sepanjang 2026 turun "
    "hampir 40 persen karena hujan masih turun hingga November.",
    "",
    "Ketua kelompok petambak, Warsono, mengatakan tambak baru bisa dipanen dua kali, jauh "
    "dari biasanya yang mencapai tujuh kali dalam semusim, Selasa (1/12).",
    "",
    '"Air laut tidak sempat mengering, kristalnya tidak jadi," kata Warsono.',
    "",
    "Dinas Kelautan setempat mencatat harga garam krosok di tingkat petambak naik menjadi "
    "Rp1.800 per kilogram karena pasokan menipis.",
    "",
    "Editor: Lina Marlina",
    "",
    "Baca Juga:",
    "- [Nelayan Cirebon Libur Melaut karena Gelombang Tinggi](https://kabarpesisir.id/x)",
]


def _export(
    metadata: list[str], *, document_head: str = "## Full Document", highlights: bool = True
) -> str:
    parts = [
        "# " + _HEADLINE,
        "",
        "![rw-book-cover](https://kabarpesisir.id/img/garam.jpg)",
        "",
        "## Metadata",
        *metadata,
        "",
    ]
    if highlights:
        parts += [
            "## Highlights",
            "- tambak baru bisa dipanen dua kali ([View Highlight](https://read.example/h/1))",
            "    - Note: bandingkan dengan data tahun lalu",
            "",
        ]
    return "\n".join([*parts, document_head, *_DOCUMENT])


_READWISE = [
    "- Author: [[Dimas Prakoso]]",
    "- Full Title: " + _HEADLINE,
    "- Category: #articles",
    "- Document Tags: [[garam]] [[pantura]]",
    "- Summary: Produksi garam rakyat turun hampir 40 persen karena kemarau basah.",
    "- URL: " + _URL,
    "- Saved: 6 Desember 2026 20:02",
]


def test_the_document_part_is_the_article() -> None:
    art = clean_page(_export(_READWISE))
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.published is not None and art.published.iso == "2026-12-02"
    assert art.text.startswith("Produksi garam rakyat di pesisir utara")
    assert art.text.rstrip().endswith("karena pasokan menipis.")
    for furniture in ("Summary:", "Highlights", "View Highlight", "Note:", "Saved", "Metadata"):
        assert furniture not in art.text


def test_a_published_date_in_the_metadata_dates_the_story() -> None:
    metadata = [*_READWISE[:5], "- Published Date: 2026-12-01", "- URL: " + _URL]
    art = clean_page(_export(metadata))
    assert art.published is not None and art.published.iso == "2026-12-01"


def test_the_save_date_never_dates_the_story() -> None:
    document = "\n".join(_DOCUMENT).replace("Dimas Prakoso · 02 Desember 2026 · 09:15 WIB", "")
    export = _export(_READWISE).split("## Full Document")[0] + "## Full Document\n" + document
    art = clean_page(export)
    assert art.published is None or art.published.iso != "2026-12-06"


@pytest.mark.parametrize(
    "document_head", ["## Full Document", "## Full Text", "## Dokumen Lengkap"]
)
def test_other_document_headings_and_no_highlights(document_head: str) -> None:
    metadata = ["- Author: Dimas Prakoso", "- Title: " + _HEADLINE, "- Source: " + _URL]
    art = clean_page(_export(metadata, document_head=document_head, highlights=False))
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.text.startswith("Produksi garam rakyat di pesisir utara")


def test_a_link_in_the_document_reads_as_its_text() -> None:
    export, document = split_read_later_export(_export(_READWISE), "t.md")
    assert export is not None and export.url == _URL
    assert "- Nelayan Cirebon Libur Melaut karena Gelombang Tinggi" in document
    assert "](" not in document


def test_an_export_without_its_document_is_a_clear_error() -> None:
    highlights_only = _export(_READWISE).split("## Full Document")[0]
    with pytest.raises(MalformedInputError, match=r"t\.md: .*full document"):
        split_read_later_export(highlights_only, "t.md")
    empty = _export(_READWISE).split("## Full Document")[0] + "## Full Document\n\n"
    with pytest.raises(MalformedInputError, match="empty"):
        split_read_later_export(empty, "t.md")


@pytest.mark.parametrize(
    "text",
    [
        "# Catatan Rapat\n\nRapat redaksi membahas liputan banjir.\n\n## Metadata\nTidak ada.",
        "## Metadata\n- Author: X\n\n## Full Document\nIsi.",
        "Judul Berita\n\n## Metadata\n- URL: https://x.id/a\n\n## Full Document\nIsi berita.",
    ],
)
def test_notes_that_are_no_export_are_left_alone(text: str) -> None:
    assert split_read_later_export(text, "t.md") == (None, text)
