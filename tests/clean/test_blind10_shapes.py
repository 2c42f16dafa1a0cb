"""Title shapes seen on the tenth blind page set (issue 16), each an invented page written
here in that shape (not a labelled page), in several variants: a share bar of icon letters
under the byline ("Bagikan:  f  X  WA") standing nearer the story than a question
headline; a deck written as a sentence right under a title-cased headline; a syndication
note that names the headline ("... dengan judul <headline>"). Guards keep a sentence-case
headline with no deck, and a headline the note does not name.
"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

LEAD = (
    "Harga gabah kering panen di tingkat petani di Kabupaten Indramayu turun menjadi Rp 5.900 "
    "per kilogram dalam dua pekan terakhir."
)
SECOND = (
    "Ketua kelompok tani setempat, Darsono, mengatakan panen raya membuat pasokan melimpah "
    "sementara penggilingan membatasi pembelian."
)
LAST = (
    "Dinas pertanian berencana meminta Bulog menyerap gabah petani lebih banyak mulai pekan "
    "depan agar harga kembali stabil."
)
HEADLINE = "Harga Gabah di Indramayu Anjlok Saat Panen Raya, Petani Minta Bulog Turun Tangan"


def _page(*head: str, tail: str = "") -> str:
    return "\n\n".join([*head, LEAD, SECOND, LAST, *([tail] if tail else [])])


SHARE_BARS = [
    "Bagikan:  f  X  WA",
    "Share  FB | TW | WA",
    "Bagikan artikel ini:  f  in  X  Salin tautan",
    "Sebarkan:  Facebook  ·  Telegram  ·  Copy link",
]
QUESTIONS = [
    "Bolehkah Petani Menjual Gabah Sebelum Panen? Begini Penjelasannya",
    "Kenapa Harga Gabah Turun Saat Panen Raya? Ini Kata Pengamat",
]


@pytest.mark.parametrize("bar", SHARE_BARS)
@pytest.mark.parametrize("question", QUESTIONS)
def test_a_share_bar_of_icon_letters_is_never_the_title(bar: str, question: str) -> None:
    art = clean_page(
        _page("Kabar Tani\nBeranda  Pangan  Harga  Opini", question, "Oleh: Rudi Hartono", bar)
    )
    assert art.title == question
    assert set_aside(art)[" ".join(bar.split())] == "navigation"
    assert art.paragraphs[0] == LEAD


@pytest.mark.parametrize(
    "text",
    [
        "Bagikan Kebahagiaan di Hari Raya Bersama Anak Yatim",
        "Bagikan Takjil Gratis, Pemuda Masjid Sasar Pengemudi Ojol di Cirebon",
    ],
)
def test_a_headline_opening_with_a_share_word_is_no_share_bar(text: str) -> None:
    art = clean_page(_page("Kabar Warga", text, "Oleh: Rudi Hartono"))
    assert art.title == text


DECKS = [
    "Petani menyebut penggilingan membatasi pembelian karena gudang penuh",
    "Bulog diminta menyerap lebih banyak gabah agar harga kembali naik",
    "Kelompok tani menilai harga pembelian pemerintah sudah tidak sesuai biaya tanam",
]


@pytest.mark.parametrize("deck", DECKS)
def test_a_sentence_deck_under_a_title_cased_headline_is_not_the_title(deck: str) -> None:
    page = _page(
        "Beranda  Daerah  Ekonomi  Pangan\nPANEN RAYA\n" + HEADLINE + "\n" + deck,
        "Penulis: Rina Wulandari | Editor: Agus Salim\nSenin, 7 Desember 2026 09:10 WIB",
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.paragraphs[0] == LEAD


def test_a_sentence_case_headline_with_no_deck_stays_the_title() -> None:
    headline = "Harga gabah di Indramayu anjlok saat panen raya, petani minta Bulog turun tangan"
    page = _page(
        "Beranda  Daerah  Ekonomi\nKabar Pantura Hari Ini Untuk Anda Semua Warga\n" + headline
    )
    assert clean_page(page).title == headline


@pytest.mark.parametrize(
    "note",
    [
        "Artikel ini telah tayang di Kabarpantura.id dengan judul {t}, https://kabarpantura.id/a/1",
        'Artikel ini telah tayang di Situs Tani dengan judul "{t}", Klik untuk baca: https://situs.id/x',
        "Berita ini sudah tayang di Warta Sawah dengan judul {t}",
    ],
)
def test_the_headline_a_syndication_note_names_is_the_title(note: str) -> None:
    # The line nearest the story is a sentence-cased caption-like deck the note does not name.
    deck = "Petani menjemur gabah di halaman rumah karena penggilingan penuh"
    page = _page(
        "Beranda  Daerah  Ekonomi\n" + HEADLINE,
        "Penulis: Rina Wulandari\nSenin, 7 Desember 2026 09:10 WIB\n\n" + deck,
        tail=note.format(t=HEADLINE),
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.paragraphs[0] == LEAD


def test_a_note_naming_another_headline_changes_nothing() -> None:
    note = "Artikel ini telah tayang di Situs Tani dengan judul Harga Beras Naik di Jawa Barat"
    art = clean_page(_page("Beranda  Daerah\n" + HEADLINE, "Penulis: Rina Wulandari", tail=note))
    assert art.title == HEADLINE


STANDFIRSTS = [
    "Panen raya membuat harga di tingkat petani turun tajam.",
    "Petani berharap pemerintah segera turun tangan.",
]
BUTTONS = ["Dengarkan artikel ini  ▶ 03:12", "Bagikan:  f  X  WA", "Share  FB | TW | WA"]


@pytest.mark.parametrize("standfirst", STANDFIRSTS)
@pytest.mark.parametrize("button", BUTTONS)
def test_a_standfirst_over_the_meta_block_leaves_the_body_with_buttons_under_it(
    standfirst: str, button: str
) -> None:
    page = _page(
        "Beranda  Daerah  Ekonomi\n" + HEADLINE,
        standfirst,
        "Rina Wulandari | Kabar Pantura\nSenin, 07 Dec 2026 09:10 WIB",
        "Ilustrasi petani menjemur gabah/ Foto: Dok. Kabar Pantura\n" + button,
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.paragraphs[0] == LEAD
    assert set_aside(art)[standfirst] in ("standfirst", "header")
