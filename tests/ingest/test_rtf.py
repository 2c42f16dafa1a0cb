"""An RTF document read as text, and a monitoring vendor's RTF clipping: its field table
dates and places the story (the publication field, never the clipping date), and the
article under the table is cleaned as a page's text. The documents are invented."""

from __future__ import annotations

from tests.clean.pages import clean_page, set_aside

from warta.ingest.rtf import looks_like_rtf, read_rtf_clipping, rtf_text

_HEADLINE = "Jembatan Gantung Desa Hulu Putus Diterjang Arus Sungai"
_LEAD = (
    "Jembatan gantung yang menghubungkan dua dusun di tepi sungai putus setelah arus deras "
    "menyeret batang kayu besar, Selasa (3/3) sore."
)
_SECOND = (
    "Warga kini menyeberang dengan rakit bambu sambil menunggu perbaikan dari pemerintah kabupaten."
)
_LAST = "Dinas pekerjaan umum menjanjikan jembatan darurat dalam waktu dua pekan. (ard/tm)"


def _row(name: str, value: str) -> str:
    return f"\\trowd\\cellx2000\\cellx8000\n\\pard\\intbl\\b {name}\\b0\\cell {value}\\cell\\row\n"


def _clipping() -> str:
    return (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n"
        "{\\colortbl ;\\red0\\green0\\blue128;}\n"
        "{\\*\\generator Penyunting 1.0}{\\info{\\title Kliping Harian}{\\author Pantau Media}"
        "{\\creatim\\yr2026\\mo3\\dy5}}\n"
        "\\pard\\qc\\b\\fs28 PANTAU MEDIA NUSANTARA\\b0\\par\n"
        "\\pard Klien: Dinas Contoh\\par\n"
        + _row("Media", "kabarhulu.id")
        + _row("Tanggal Terbit", "03/03/2026")
        + _row("Tonalitas", "Netral")
        + _row("Tautan", "https://kabarhulu.id/2026/03/03/jembatan-gantung-putus/")
        + _row("Tanggal Kliping", "05/03/2026")
        + "\\pard\\par\n"
        f"\\pard\\b\\fs32 {_HEADLINE}\\b0\\fs22\\par\n"
        "\\pard\\i Penulis: Ardi Saputra\\i0\\par\n"
        f"\\pard HULU SUNGAI, Kabarhulu.id - {_LEAD}\\par\n"
        f"\\pard {_SECOND}\\par\n"
        f"\\pard {_LAST}\\par\n"
        "\\pard\\i Publisher: Redaksi Kabar Hulu\\i0\\par\n"
        "\\pard\\fs16 Dokumen ini disusun oleh Pantau Media Nusantara untuk keperluan "
        "internal klien.\\par\n"
        "\\pard \\'a9 2026 Pantau Media Nusantara | Halaman 1 dari 1\\par\n"
        "}"
    )


def test_rtf_text_drops_control_words_tables_of_fonts_and_the_info_block() -> None:
    text = rtf_text(_clipping())
    assert "\\" not in text and "Arial" not in text and "Kliping Harian" not in text
    assert "Penyunting 1.0" not in text
    assert "© 2026 Pantau Media Nusantara | Halaman 1 dari 1" in text.split("\n")


def test_rtf_text_reads_unicode_and_escaped_symbols() -> None:
    doc = "{\\rtf1\\ansi\\uc1 Kota Ba\\u351?u di \\{pesisir\\}\\par}"
    assert rtf_text(doc) == "Kota Başu di {pesisir}"


def test_a_clipping_table_gives_the_publication_date_and_the_address() -> None:
    clip = read_rtf_clipping(_clipping())
    assert clip is not None
    assert clip.published == "2026-03-03"  # the clipping date (5 March) is the vendor's
    assert clip.url == "https://kabarhulu.id/2026/03/03/jembatan-gantung-putus/"
    assert clip.text.startswith(_HEADLINE)
    assert "Klien:" not in clip.text and "Tonalitas" not in clip.text


def test_plain_text_is_no_rtf() -> None:
    assert not looks_like_rtf("Judul\n\nIsi berita {dengan kurung}.")
    assert read_rtf_clipping("Judul\n\nIsi berita.") is None


def test_a_clipping_is_cleaned_as_its_article() -> None:
    art = clean_page(_clipping())
    assert art.title == _HEADLINE
    assert art.text.startswith("Jembatan gantung yang menghubungkan")
    assert art.text.endswith("dalam waktu dua pekan.")
    assert art.published is not None and art.published.iso == "2026-03-03"
    assert art.url == "https://kabarhulu.id/2026/03/03/jembatan-gantung-putus/"
    aside = set_aside(art)
    assert aside.get("Publisher: Redaksi Kabar Hulu") == "byline"
    assert "Dokumen ini disusun" not in art.text
