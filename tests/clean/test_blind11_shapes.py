"""Shapes seen on the eleventh blind page set (issue 16), each an invented page written here
in that shape (not a labelled page), in several variants: an author's "Name | Outlet" line
over the date line; an English paper's sentence-case headline over a longer deck; a video
page's view-count line that dates it and its "watch the video" call; a share row repeating
the headline; a deck over the meta lines with a picture's credit and caption over a
datelined lead; an author box (the name alone, a bio) closing the story; an English
paper's topic line, other-language link and newsletter call; an HTML deck in italics as
the page's first paragraph. Guards keep story lines that look alike.
"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.records import PartialDate, Provenance, RawDoc

HEADLINE = "Nelayan Muara Angke Keluhkan Solar Langka, Puluhan Kapal Tak Melaut Sepekan"
LEAD = (
    "JAKARTA - Puluhan kapal nelayan di Muara Angke, Jakarta Utara, tidak melaut selama "
    "sepekan terakhir karena solar bersubsidi sulit didapat."
)
SECOND = (
    "Ketua kelompok nelayan setempat, Rusdi, mengatakan antrean di stasiun pengisian "
    "khusus nelayan bisa berlangsung hingga dua hari."
)
LAST = (
    "Dinas kelautan berjanji berkoordinasi dengan penyalur agar kuota solar untuk nelayan "
    "ditambah mulai pekan depan."
)


def _page(*head: str, tail: str = "") -> str:
    return "\n\n".join([*head, LEAD, SECOND, LAST, *([tail] if tail else [])])


@pytest.mark.parametrize(
    "byline",
    ["Riko Saputra | Kabar.Com", "Dewi Anggraini | Pesisir", "Ani Lestari | Warta Kota Kita"],
)
def test_a_name_and_outlet_over_the_date_line_is_a_byline(byline: str) -> None:
    page = _page(
        "Kabar Pesisir\nBeranda  Ekonomi\n"
        + HEADLINE
        + "\n"
        + byline
        + "\nSenin, 07 Desember 2026 | 08:15 WIB"
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert set_aside(art)[byline] == "byline"
    assert art.published == PartialDate(2026, 12, 7)


EN_LEAD = (
    "JAKARTA – Indonesia plans to cap the export of raw seaweed next year, officials said on "
    "Friday, as processors complain of short supply."
)
EN_MORE = (
    "The trade ministry said the quota would be set each quarter and reviewed with the "
    "fisheries ministry and processing firms."
)
EN_LAST = "Exporters said they had not been consulted and asked for a transition period."


def _en_page(*head: str, tail: str = "") -> str:
    return "\n\n".join([*head, EN_LEAD, EN_MORE, EN_LAST, *([tail] if tail else [])])


@pytest.mark.parametrize(
    ("headline", "deck"),
    [
        (
            "Govt plans seaweed export quota as processors struggle",
            "The trade ministry says the quota would be reviewed every quarter with processors",
        ),
        (
            "Seaweed farmers fear lower prices under new export quota",
            "Farmers in Sulawesi say the quota will push down the price they get at the beach",
        ),
    ],
)
def test_an_english_headline_over_its_longer_deck_is_the_title(headline: str, deck: str) -> None:
    page = _en_page(
        "Business Daily\nBusiness | Economy | Markets\nCommodities\n" + headline + "\n" + deck,
        "By Made Wirawan\nDecember 4, 2026 | 4:35 pm",
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.paragraphs[0].startswith("Indonesia plans") or art.paragraphs[0].startswith(
        "JAKARTA"
    )


def test_a_shorter_sentence_line_under_a_sentence_headline_stays_the_title() -> None:
    # Two sentence-cased lines, the lower one the shorter: no deck rule, the last stands.
    headline = "Seaweed farmers fear lower prices under the new export quota"
    page = _en_page(
        "Business Daily\nBusiness | Economy\nCommodities news from the islands\n" + headline,
        "By Made Wirawan\nDecember 4, 2026",
    )
    assert clean_page(page).title == headline


@pytest.mark.parametrize(
    ("views", "published"),
    [
        ("38.412 x ditonton  4 Des 2026  #Banjir #Kalsel", PartialDate(2026, 12, 4)),
        ("1,2 rb kali ditonton  2 Desember 2026", PartialDate(2026, 12, 2)),
        ("12,480 views  Dec 3, 2026  #news", PartialDate(2026, 12, 3)),
    ],
)
def test_a_video_pages_view_line_dates_it_and_is_never_the_title(
    views: str, published: PartialDate
) -> None:
    page = _page(
        "Lewati navigasi\nTelusuri\n" + HEADLINE + " | Kabar Pagi TV",
        "2,1 jt subscriber\nSubscribe\n" + views,
        tail="Saksikan selengkapnya dalam video berikut.",
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.published == published
    assert "Saksikan selengkapnya" not in art.text


def test_a_view_count_alone_is_a_counter() -> None:
    art = clean_page(_page(HEADLINE, "Penulis: Rina", "12 rb x ditonton"))
    assert set_aside(art)["12 rb x ditonton"] == "navigation"


@pytest.mark.parametrize("credit", ["KABARPESISIR.COM/RIKO SAPUTRA", "Dok. Kabar Pesisir"])
@pytest.mark.parametrize(
    "share",
    [
        f"Bagikan: {HEADLINE}  Facebook  WhatsApp  Telegram  X",
        f"Share: {HEADLINE}  Facebook  Twitter",
    ],
)
def test_a_deck_over_the_meta_lines_and_a_picture_leave_the_body(credit: str, share: str) -> None:
    deck = "Nelayan terpaksa menambatkan kapal karena solar tidak tersedia di stasiun khusus"
    page = _page(
        "Beranda  Metro  Ekonomi\nKRISIS SOLAR\n"
        + HEADLINE
        + "\n"
        + deck
        + "\nLaporan Wartawan Kabar Pesisir, Riko Saputra\nEditor: Dewi\nSenin, 7 Desember 2026 21:07 WIB\n"
        + credit
        + "\nKapal-kapal nelayan bersandar di Muara Angke, Senin (7/12/2026).\n"
        + share
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.paragraphs[0].endswith(LEAD.split(" - ", 1)[1])
    assert share.split(":")[0] not in art.text


@pytest.mark.parametrize(
    "bio",
    [
        "Penulis gaya hidup dan kecantikan. Suka mencoba produk lokal.",
        "Jurnalis ekonomi sejak 2015. Menulis soal perikanan dan energi.",
    ],
)
def test_an_author_box_closing_the_story_leaves_the_body(bio: str) -> None:
    page = _page(
        HEADLINE, "Oleh Sari Wulandari pada 03 Des 2026, 10:15 WIB", tail="Sari Wulandari\n" + bio
    )
    art = clean_page(page)
    assert art.paragraphs[-1] == LAST
    assert set_aside(art)[bio] == "byline"


def test_a_person_named_in_the_story_over_a_paragraph_stays() -> None:
    # The name is not the byline's: a subheading with its paragraph is the story's.
    para = "Ia sudah melaut sejak remaja. Kini kapalnya tertambat."
    page = _page(HEADLINE, "Oleh Sari Wulandari", tail="Pak Rusdi Hamzah\n" + para)
    assert para in clean_page(page).text


@pytest.mark.parametrize(
    "line",
    [
        "Topics: seaweed, export quota, trade ministry",
        "This article is also available in Bahasa Indonesia: Pemerintah Batasi Ekspor Rumput Laut",
        "Artikel ini juga tersedia dalam bahasa Inggris: Govt plans seaweed export quota",
        "Subscribe to Business Daily Morning Brief - Get the day's top stories in your inbox.",
    ],
)
def test_an_english_papers_end_furniture_leaves_the_body(line: str) -> None:
    page = _en_page(
        "Business Daily\nGovt plans seaweed export quota as processors struggle",
        "By Made Wirawan\nDecember 4, 2026",
        tail=line,
    )
    art = clean_page(page)
    assert art.paragraphs[-1] == EN_LAST
    assert line not in art.text


def _html(first: str) -> str:
    # A lead without a dateline: a sentence over a datelined lead goes by another rule.
    paras = "".join(f"<p>{p}</p>" for p in (LEAD.split(" - ", 1)[1], SECOND, LAST))
    return (
        "<html><head><title>Solar Langka</title></head><body><article>"
        f"<h1>{HEADLINE}</h1>{first}{paras}</article></body></html>"
    )


@pytest.mark.parametrize("tag", ["em", "i", "strong"])
def test_an_html_deck_in_emphasis_as_the_first_paragraph_is_a_standfirst(tag: str) -> None:
    deck = (
        "Nelayan menunggu kepastian kuota solar tambahan dari pemerintah daerah dan penyalur resmi."
    )
    raw = RawDoc(Provenance(path="p.html"), _html(f"<p><{tag}>{deck}</{tag}></p>"), format="html")
    art = clean_document(raw)
    assert deck not in art.text
    assert art.paragraphs[0].endswith(LEAD.split(" - ", 1)[1])


def test_an_emphasised_paragraph_after_the_lead_stays() -> None:
    quote = "Kami hanya ingin bisa melaut lagi seperti biasa, kata seorang nelayan."
    page = _html("").replace(f"<p>{SECOND}</p>", f"<p>{SECOND}</p><p><em>{quote}</em></p>")
    art = clean_document(RawDoc(Provenance(path="p.html"), page, format="html"))
    assert quote in art.text
