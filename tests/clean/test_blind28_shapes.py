"""Shapes seen on the twenty-eighth blind page set, each an invented page written here in
that shape (not a labelled page): a ministry's press release whose issuing bureau, a long
unit name, stands beside the page's view counter under the headline; a lead dateline
with the paper's name of several words in brackets and a colon ("KOTA (Kabar Kita): ...");
an editor's handle after the unnamed writer's star closing the last line ("... (*/Ab)");
a feed reader's article view copied as text, with its sidebar, the reader's byline
("Situs / by Nama / Oct 9, 2026, 4:05 PM") and its assistant's signed summary box
("Summary by <bot>") over the story."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean.metadata import split_dateline
from warta.clean.shapes import split_credit

_LEAD = (
    "Petugas karantina menahan tiga kontainer bibit bawang impor yang tidak dilengkapi "
    "sertifikat kesehatan tumbuhan di pelabuhan peti kemas."
)
_SECOND = (
    "Pemeriksaan laboratorium menemukan sebagian bibit membawa jamur yang dapat merusak "
    "tanaman petani bila lolos ke lahan."
)
_LAST = "Importir harus melengkapi dokumen dalam sepekan sebelum bibit dimusnahkan."
_HEADLINE = "Karantina Tahan Tiga Kontainer Bibit Bawang Impor Tanpa Sertifikat"


# --- a ministry's bureau beside the view counter -----------------------------------------


@pytest.mark.parametrize(
    "bureau",
    [
        "Biro Perencanaan dan Pengadaan Barang Jasa Sekretariat Utama",
        "Pusat Data dan Sistem Informasi Pertanian",
    ],
)
def test_a_bureau_beside_the_view_counter_is_no_headline(bureau: str) -> None:
    page = "\n".join(
        [
            "Lewati ke konten utama",
            "KEMENTERIAN CONTOH REPUBLIK INDONESIA",
            "Beranda   Profil   Layanan   Media Center   Kontak",
            "SIARAN PERS",
            _HEADLINE,
            "Nomor: 112/SP/KC/XI/2026",
            f"{bureau}  |  Dilihat 1.907 kali",
            f"Tanjung Emas, 4 November 2026 – {_LEAD}",
            _SECOND,
            _LAST,
            bureau,
            "© 2026 Kementerian Contoh. Seluruh hak dilindungi.",
        ]
    )
    art = clean_page(page)
    assert art.title == _HEADLINE
    assert set_aside(art)[f"{bureau} | Dilihat 1.907 kali"] == "byline"
    assert art.text.startswith("Petugas karantina")


# --- the paper's name in brackets, then a colon ------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "rest"),
    [
        ("SEMARANG (Kabar Pesisir):", "Petugas karantina menahan tiga kontainer."),
        ("TEGAL (Warta Kota Kita):", "Harga cabai turun di pasar induk."),
        ("KUDUS (Situs.id):", "Pasar hewan ditutup sementara."),
    ],
)
def test_a_dateline_with_the_paper_in_brackets_and_a_colon_is_set_aside(
    dateline: str, rest: str
) -> None:
    assert split_dateline(f"{dateline} {rest}") == (dateline, rest)


@pytest.mark.parametrize(
    "text",
    [
        # an acronym and its expansion in brackets: a body's name, no place
        "DKP (Dinas Kelautan Perikanan): Anggaran tahun depan naik.",
        # lower-case words before the brackets
        "Kepala dinas (Kadis) Kota: kami siap.",
    ],
)
def test_a_bracketed_name_that_is_no_outlet_keeps_its_words(text: str) -> None:
    assert split_dateline(text) == (None, text)


def _paper_page(lead: str, last: str) -> str:
    return "\n".join(
        [
            "Lewati ke konten",
            "KABAR PESISIR",
            "Beranda   Nasional   Ekonomi   Daerah",
            _HEADLINE,
            "Rabu, 4 November 2026 | 10:15 WIB",
            "Reporter: Sari Wulan  |  Editor: Dimas Prakoso",
            lead,
            _SECOND,
            last,
            "© 2026 Kabar Pesisir",
        ]
    )


def test_a_page_whose_lead_opens_with_the_paper_in_brackets_loses_the_dateline() -> None:
    art = clean_page(_paper_page(f"SEMARANG (Kabar Pesisir): {_LEAD}", _LAST))
    assert art.text.startswith("Petugas karantina")
    assert set_aside(art)["SEMARANG (Kabar Pesisir):"] == "dateline"


# --- the unnamed writer's star and the editor's handle -----------------------------------


@pytest.mark.parametrize("credit", ["(*/Ab)", "(*/rdk)", "(*/Ab/cd)"])
def test_a_star_and_an_editor_handle_closing_the_story_are_set_aside(credit: str) -> None:
    assert split_credit(f"{_LAST} {credit}", closing=True) == (_LAST, credit)


def test_a_page_closed_by_a_star_and_an_editor_handle_ends_on_its_sentence() -> None:
    art = clean_page(_paper_page(_LEAD, f"{_LAST} (*/Ab)"))
    assert art.text.endswith("sebelum bibit dimusnahkan.")
    assert set_aside(art)["(*/Ab)"] == "initials"


def test_a_star_before_a_name_of_words_is_kept() -> None:
    text = f"{_LAST} (*/Dinas Pertanian Kota)"
    assert split_credit(text, closing=True) == (text, None)


# --- a feed reader's article view --------------------------------------------------------


def _reader_view(summary_head: str, byline: str) -> str:
    return "\n".join(
        [
            "feedreader",
            "Search",
            "Today",
            "Read Later",
            "Feeds",
            "   Pantau Pertanian",
            "      Kabartani.id   8",
            "      Harian Pesisir   31",
            "Pantau Pertanian  ›  Kabartani.id",
            _HEADLINE,
            byline,
            "Share     Add to Collection     Mark as Unread     Open Original",
            summary_head,
            "• Tiga kontainer bibit bawang impor ditahan di pelabuhan.",
            "• Sebagian bibit membawa jamur perusak tanaman.",
            "• Importir diberi tujuh hari melengkapi dokumen.",
            f"SEMARANG, Kabartani.id — {_LEAD}",
            _SECOND,
            _LAST,
            "Open Original",
            "Related in Pantau Pertanian",
            "Harga Gabah Kering Naik di Tingkat Petani  —  Harian Pesisir  ·  3h",
        ]
    )


@pytest.mark.parametrize("summary_head", ["Summary by Aria", "AI Summary", "Ringkasan oleh AI"])
@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("Kabartani.id  /  by Tim Redaksi  /  Nov 4, 2026, 4:05 PM", "2026-11-04"),
        ("Kabartani.id · oleh Sari Wulan · 3 Nov 2026", "2026-11-03"),
    ],
)
def test_a_feed_reader_view_reads_as_the_article_it_shows(
    summary_head: str, byline: str, day: str
) -> None:
    art = clean_page(_reader_view(summary_head, byline))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == day
    assert art.text.startswith("Petugas karantina")
    assert "•" not in art.text
    removed = set_aside(art)
    assert removed[summary_head] == "ai-summary"
    assert removed["• Sebagian bibit membawa jamur perusak tanaman."] == "ai-summary"
    assert removed[" ".join(byline.split())] == "byline"


def test_a_subheading_named_like_a_summary_over_prose_stays() -> None:
    page = "\n".join(
        [
            _HEADLINE,
            "Rabu, 4 November 2026 | 10:15 WIB",
            _LEAD,
            "Ringkasan oleh Petugas",
            _SECOND,
            _LAST,
        ]
    )
    art = clean_page(page)
    assert _SECOND in art.text
