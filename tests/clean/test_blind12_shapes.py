"""Shapes seen on the twelfth blind page set (issue 16), each an invented page written here
in that shape (not a labelled page), in several variants: the headline listed again in a
latest-news box under the story (the body must not start after it); a result box in
capitals under the meta lines ("HASIL PERTANDINGAN" over the score and "Stadion: ...");
a sentence-cased deck under a title-cased headline, right over the byline, sharing no word
with it; a share prompt repeating the headline with no buttons; a caption written like a
dateline ("KATA KUNCI - ...") over a summary box and the datelined lead; a reading time in
the meta block; an English byline with both dates; an update note closing the story; a
post's counts bar heading the replies; a fediverse post's stamp. Guards keep story lines.
"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.records import PartialDate

HEADLINE = "Dermaga Apung Sungai Musi Rusak Diterjang Tongkang, Penyeberangan Warga Terhenti"
LEAD = (
    "KABARMUSI.COM, PALEMBANG - Dermaga apung penyeberangan warga di tepi Sungai Musi rusak "
    "parah setelah ditabrak tongkang batu bara pada Jumat (4/12/2026) dini hari."
)
SECOND = (
    "Ketua RT setempat, Zulkifli, mengatakan sekitar 300 warga biasa menyeberang setiap pagi "
    "untuk bekerja dan bersekolah di seberang sungai."
)
LAST = (
    "Dinas perhubungan kota berjanji memasang dermaga sementara dalam tiga hari sambil "
    "menunggu pemilik tongkang bertanggung jawab."
)
META = "Penulis: Rahmat Hidayat | Editor: Sari Dewi\nJumat, 4 Desember 2026 10:20 WIB"


def _page(*head: str, tail: str = "") -> str:
    return "\n\n".join([*head, LEAD, SECOND, LAST, *([tail] if tail else [])])


def _first_is_lead(paragraph: str) -> bool:
    return paragraph.endswith(LEAD.split(" - ", 1)[1])


@pytest.mark.parametrize("box_head", ["Berita Terkini", "Terbaru"])
def test_the_headline_listed_under_the_story_leaves_the_body_where_it_was(box_head: str) -> None:
    tail = (
        f"{box_head}\nBanjir Rob Rendam Kawasan Pasar 16 Ilir\n1 jam lalu\n{HEADLINE}\n3 jam lalu"
    )
    art = clean_page(_page("Kabar Musi\nBeranda  Palembang  Sumsel\n" + HEADLINE, META, tail=tail))
    assert art.title == HEADLINE
    assert _first_is_lead(art.paragraphs[0])
    assert art.paragraphs[-1] == LAST


@pytest.mark.parametrize(
    "box",
    [
        "HASIL PERTANDINGAN\nSriwijaya FC 2 - 1 Semen Padang\nGol: Rian 34', Dodi 88' - Aldo 61'\nStadion: Gelora Jakabaring",
        "DATA SINGKAT\nKorban: 0 jiwa\nKerugian: Rp 2 miliar\nLokasi: Kertapati",
    ],
)
def test_a_box_in_capitals_under_the_meta_lines_is_never_the_title(box: str) -> None:
    art = clean_page(_page("Kabar Musi\nBeranda  Palembang\n" + HEADLINE, META, box))
    assert art.title == HEADLINE
    assert _first_is_lead(art.paragraphs[0])
    assert box.splitlines()[-1] not in art.text


def test_a_kicker_in_capitals_over_the_headline_stays_a_kicker() -> None:
    art = clean_page(_page("Kabar Musi\nBeranda  Palembang\nKECELAKAAN SUNGAI\n" + HEADLINE, META))
    assert art.title == HEADLINE


@pytest.mark.parametrize(
    "deck",
    [
        "Warga kini harus memutar sejauh delapan kilometer lewat jembatan",
        "Ratusan pelajar terlambat tiba di sekolah pada pagi itu",
    ],
)
def test_a_deck_right_over_the_byline_is_not_the_title(deck: str) -> None:
    art = clean_page(
        _page("Kabar Musi\nBeranda  Palembang\n" + HEADLINE + "\n" + deck + "\n" + META)
    )
    assert art.title == HEADLINE
    assert deck not in art.text


def test_a_breadcrumb_over_a_question_headline_is_no_headline() -> None:
    question = "Mengapa dermaga apung di Sungai Musi mudah rusak diterjang tongkang?"
    page = _page(
        "Kabar Musi\nBeranda > Daerah > Sumatera Selatan\n" + question, "Penulis: Rahmat Hidayat"
    )
    assert clean_page(page).title == question


def test_a_share_prompt_repeating_the_headline_and_a_dateline_styled_caption() -> None:
    page = _page(
        "Kabar Musi\nBeranda  Palembang\n" + HEADLINE,
        META,
        "KABARMUSI.COM/RAHMAT HIDAYAT\nDERMAGA RUSAK - Warga melihat dermaga apung yang rusak di "
        "tepi Sungai Musi, Jumat (4/12/2026).\nRingkasan Berita:\n• Dermaga rusak ditabrak tongkang."
        "\n• Penyeberangan terhenti.",
        f"Bagikan: {HEADLINE}",
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert _first_is_lead(art.paragraphs[0])
    assert set_aside(art)[f"Bagikan: {HEADLINE}"] == "navigation"


def test_a_reading_time_in_the_meta_block_does_not_stop_the_standfirst() -> None:
    deck = "Warga kini harus memutar sejauh delapan kilometer lewat jembatan setiap pagi."
    page = _page(
        "Kabar Musi\n" + HEADLINE + "\n" + deck + "\n" + META + "\nWaktu baca: 3 menit",
        "Foto: Dok. Kabar Musi\nDermaga apung yang rusak di tepi Sungai Musi.",
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert deck not in art.text


def test_an_english_byline_with_both_dates_dates_the_story() -> None:
    headline = "Musi River Pontoon Wrecked by Coal Barge, Crossing Halted"
    lead = "PALEMBANG – A floating pier used by some 300 residents was wrecked by a coal barge on Friday."
    more = "Residents now have to take an eight-kilometre detour over the nearest bridge every day."
    page = "\n\n".join(
        [
            "Expat Daily\nNews  Business  Travel\n" + headline,
            "By Sari Dewi  |  Published 4 December 2026  |  Updated 5 December 2026, 09:40 WIB",
            lead,
            more,
            "In Bahasa Indonesia: Dermaga Apung Sungai Musi Rusak Diterjang Tongkang",
            "Get the week's top stories from Sumatra in your inbox every Monday.",
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.published == PartialDate(2026, 12, 4)
    assert art.paragraphs[-1] == more


@pytest.mark.parametrize(
    "note",
    [
        "Update: Berita ini telah diperbarui dengan menambahkan keterangan dinas perhubungan.",
        "Catatan redaksi: Artikel ini telah diperbarui pada Sabtu pagi.",
    ],
)
def test_an_update_note_closing_the_story_leaves_the_body(note: str) -> None:
    art = clean_page(_page(HEADLINE, META, tail=note))
    assert art.paragraphs[-1] == LAST


def test_a_posts_counts_bar_heads_the_replies() -> None:
    page = "\n".join(
        [
            "Kabar Musi",
            "@kabarmusi.bsky.social",
            HEADLINE,
            LEAD,
            "Selengkapnya di kabarmusi.com 👇",
            "4 Desember 2026 pukul 18.05",
            "48 posting ulang  9 kutipan  131 suka",
            "Rudi Hartono @rudih.bsky.social · 14j",
            "Di kampung kami juga begitu, dermaga sering ditabrak kapal besar.",
        ]
    )
    art = clean_page(page)
    assert art.paragraphs == [LEAD.split(" - ", 1)[1]] or art.paragraphs == [LEAD]
    assert "Selengkapnya" not in art.text


def test_a_fediverse_posts_stamp_dates_it() -> None:
    page = "\n".join(
        [
            "Mastodon",
            "Kabar Musi",
            "@kabarmusi@mastodon.id",
            HEADLINE,
            LEAD,
            SECOND,
            "4 Des 2026, 19.20 · Publik · Web",
            "🔁 48   ⭐ 61   💬 5",
        ]
    )
    assert clean_page(page).published == PartialDate(2026, 12, 4)


@pytest.mark.parametrize(
    "call",
    [
        "💚 Salurkan infaq terbaik Anda untuk dakwah melalui rekening Yayasan Kabar Musi. Klik di sini.",
        "👉 Gabung grup WhatsApp Kabar Musi untuk kabar terbaru.",
    ],
)
def test_a_call_opened_by_an_emoji_leaves_the_body(call: str) -> None:
    art = clean_page(_page(HEADLINE, META, tail=call))
    assert art.paragraphs[-1] == LAST
