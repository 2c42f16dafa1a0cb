"""Shapes seen on the thirteenth blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a deck over the meta lines with the picture's
alt text repeating the headline, its credit and caption, and a summary box whose head
recurs on every page of the batch, all over the datelined lead; a correction note
("Koreksi redaksi: Sebelumnya tertulis ...") closing the story."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page

from warta.clean import clean_document, repeated_lines
from warta.records import Provenance, RawDoc

HEADLINE = "Warga Sukajadi Keluhkan Parkir Liar, Dishub Janji Tertibkan Pekan Depan"
DECK = "Kendaraan diparkir di bahu jalan hingga menimbulkan kemacetan setiap sore hari."
LEAD = (
    "KABARBANDUNG.ID, BANDUNG - Warga di sekitar Jalan Sukajadi mengeluhkan parkir liar "
    "yang memakan separuh badan jalan setiap sore."
)
SECOND = "Petugas dishub sudah dua kali menegur juru parkir, tetapi mereka kembali lagi."
LAST = "Dinas perhubungan berjanji menertibkan kawasan itu mulai pekan depan."


def _page(summary_head: str = "Ringkasan Berita:", tail: str = "") -> str:
    head = "\n".join(
        [
            "Kabar Bandung",
            "Home › Bandung Raya",
            HEADLINE,
            DECK,
            "Jumat, 4 Desember 2026 15:22 WIB",
            "Penulis: Rina | Editor: Giri",
            "Bagikan:  WhatsApp  Facebook  X  Telegram",
            HEADLINE,
            "KABARBANDUNG.ID/RINA",
            "Deretan mobil parkir di bahu Jalan Sukajadi, Kamis (3/12/2026) sore.",
            summary_head,
            "- Parkir liar memakan separuh badan jalan.",
            "- Dishub menertibkan mulai pekan depan.",
        ]
    )
    return "\n\n".join([head, LEAD, SECOND, LAST, *([tail] if tail else [])])


def test_alt_text_credit_caption_and_a_summary_box_leave_the_body() -> None:
    art = clean_page(_page())
    assert art.title == HEADLINE
    assert art.paragraphs[0].endswith(LEAD.split(" - ", 1)[1])
    assert DECK not in art.text


def test_a_summary_head_repeated_across_the_batch_still_heads_its_box() -> None:
    other = "Kabar Bandung\nRingkasan Berita:\nBerita lain di halaman lain."
    repeated = repeated_lines([_page(), other, other.replace("lain.", "kedua.")])
    art = clean_document(RawDoc(Provenance(path="a.txt"), _page()), repeated=repeated)
    assert art.paragraphs[0].endswith(LEAD.split(" - ", 1)[1])
    assert "Parkir liar memakan" not in art.text


@pytest.mark.parametrize(
    "note",
    [
        "Koreksi redaksi: Sebelumnya tertulis tarif parkir Rp 5.000. Yang benar Rp 3.000.",
        "Ralat redaksi: Sebelumnya tertulis Jalan Setiabudi, yang benar Jalan Sukajadi.",
    ],
)
def test_a_correction_note_closing_the_story_leaves_the_body(note: str) -> None:
    assert clean_page(_page(tail=note)).paragraphs[-1] == LAST


def test_a_contents_list_repeating_the_headline_leaves_its_marker_off_the_title() -> None:
    page = "\n".join(
        [
            "Kabar Bandung [Sab, 05 Des 2026]",
            "Sections:",
            "1. Bandung",
            "2. Jawa Barat",
            "| Main Menu |",
            "Bandung",
            f"* {HEADLINE}",
            "* Pasar Baru Bandung Direnovasi Mulai Januari",
            "| Next Section | Main Menu |",
            HEADLINE,
            "KABARBANDUNG.ID | Jumat, 4 Desember 2026 11:05",
            "",
            LEAD,
            "",
            SECOND,
        ]
    )
    assert clean_page(page).title == HEADLINE


def test_a_posts_hashtags_after_its_headline_leave_the_title() -> None:
    page = "\n\n".join(
        [
            "kabarbandung\nKabar Bandung · 2026-12-4",
            "PARKIR LIAR DI SUKAJADI BIKIN MACET TIAP SORE 😤 #bandung #parkirliar",
            LEAD,
            SECOND,
        ]
    )
    assert clean_page(page).title == "PARKIR LIAR DI SUKAJADI BIKIN MACET TIAP SORE"
