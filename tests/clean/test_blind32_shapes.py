"""Shapes seen on the thirty-second blind page set, each an invented page written here in
that shape (not a labelled page): a daily's lead dateline whose outlet name is closed by a
full stop glued to the dash ("KOTA, Nama Koran.- "); a trade portal saved as text (its
menu's items set apart by wide gaps, a photo caption closed by its source "(ist)" over
the headline, an English "by" line and a row of share and print icons under it, the date
only in the lead "KOTA, 3 Mei 2026 (Nama Portal) – "); an Org-mode capture whose quote
opens with the site's "Name - channel" byline, the headline only in the entry's heading."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean.metadata import split_dateline, strip_site_suffix
from warta.clean.org_capture import split_org_capture

_LEAD = (
    "Puluhan perahu nelayan tertahan di muara sungai karena pendangkalan yang makin parah "
    "sejak musim kemarau tahun lalu."
)
_SECOND = (
    "Para pemilik perahu meminta dinas terkait segera mengerahkan alat keruk sebelum "
    "gelombang tinggi datang pada akhir bulan."
)
_LAST = "Pemerintah kabupaten berjanji membahas anggaran pengerukan dalam rapat pekan depan."


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("TERNATE, Warta Kie.- Puluhan perahu tertahan.", "TERNATE, Warta Kie.-"),
        ("SOFIFI, Suara Halmahera.– Puluhan perahu tertahan.", "SOFIFI, Suara Halmahera.–"),
    ],
)
def test_an_outlet_name_closed_by_a_full_stop_before_the_dash_is_a_dateline(
    lead: str, dateline: str
) -> None:
    assert split_dateline(lead) == (dateline, "Puluhan perahu tertahan.")


def test_a_sentence_with_a_full_stop_and_a_dash_is_no_dateline() -> None:
    text = "Warga Desa Lama.- Mereka datang pagi."  # no place in capitals before the comma
    assert split_dateline(text) == (None, text)


def test_the_datelined_lead_of_a_daily_starts_the_body() -> None:
    page = "\n".join(
        [
            "Perahu Nelayan Tertahan di Muara yang Makin Dangkal",
            "Senin, 4 Mei 2026 | 08:10 WIT",
            f"TERNATE, Warta Kie.- {_LEAD}",
            _SECOND,
            _LAST,
        ]
    )
    art = clean_page(page)
    assert art.text.startswith(_LEAD)
    assert set_aside(art).get("TERNATE, Warta Kie.-") == "dateline"


_TRADE_HEADLINE = "Alur Pelabuhan Rakyat Dangkal, Perahu Nelayan Antre Masuk Muara"
_TRADE_LEAD = (
    "MAKASSAR, 12 Maret 2026 (Kabar Bahari) – Puluhan perahu nelayan tertahan di muara "
    "sungai karena pendangkalan yang makin parah sejak musim kemarau tahun lalu."
)
_CAPTION = "Perahu nelayan menunggu air pasang di mulut muara. (ist)"
_ICONS = "✉  🖨  f  X  in"
_MENU = "Home   Pelabuhan   Perikanan   Galangan   Logistik   Regulasi   Agenda"


def _trade_page() -> str:
    return "\n".join(
        [
            "Skip to content",
            "Senin, Maret 16, 2026",
            "KABAR BAHARI",
            "Berita Kemaritiman Nusantara",
            _MENU,
            "Search",
            "Home > Perikanan",
            _CAPTION,
            _TRADE_HEADLINE,
            "by Redaksi Kabar Bahari",
            _ICONS,
            _TRADE_LEAD,
            _SECOND,
            _LAST,
            "Tags:  muara   nelayan   pengerukan",
            "Share this:  Facebook  X  WhatsApp",
        ]
    )


def test_a_menu_set_apart_by_wide_gaps_is_no_headline() -> None:
    art = clean_page(_trade_page())
    assert art.title == _TRADE_HEADLINE
    assert " ".join(_MENU.split()) in set_aside(art)  # the menu is set aside, not the body


def test_the_caption_byline_and_icon_row_around_the_headline_stay_out() -> None:
    art = clean_page(_trade_page())
    assert art.text.startswith("Puluhan perahu nelayan tertahan")
    assert set_aside(art).get(_CAPTION) == "caption"
    assert set_aside(art).get(" ".join(_ICONS.split())) == "navigation"
    assert "by Redaksi" not in art.text


def test_the_date_in_a_lead_signed_by_the_outlet_in_brackets_dates_the_story() -> None:
    art = clean_page(_trade_page())
    assert art.published is not None and art.published.iso == "2026-03-12"


def test_a_last_paragraph_closed_by_reporter_initials_is_kept() -> None:
    page = "\n".join([_TRADE_HEADLINE, _LEAD, _SECOND, "Perahu kembali melaut sore itu. (ism)"])
    art = clean_page(page)
    assert art.text.endswith("Perahu kembali melaut sore itu.")


def test_a_headline_with_words_one_space_apart_is_no_menu() -> None:
    page = "\n".join(["Kabar Bahari", _TRADE_HEADLINE, _LEAD, _SECOND, _LAST])
    assert clean_page(page).title == _TRADE_HEADLINE


_ORG_HEADLINE = "Muara Dangkal, Perahu Nelayan Tertahan Sepekan"


def _org_capture() -> str:
    return "\n".join(
        [
            "#+TITLE: Kliping Pesisir",
            "#+STARTUP: overview",
            "",
            f"* TODO [#B] {_ORG_HEADLINE} - kabarpesisirTimur :muara:nelayan:",
            ":PROPERTIES:",
            ":URL:      https://www.kabarpesisir.com/timur/d-1200/muara-dangkal",
            ":CAPTURED: [2026-03-13 Jum 09:00]",
            ":END:",
            "#+begin_quote",
            "Rina Lestari - kabarpesisirTimur",
            "Kamis, 12 Mar 2026 10:15 WITA",
            "",
            f"Makassar - {_LEAD}",
            "",
            _SECOND,
            "",
            _LAST,
            "#+end_quote",
        ]
    )


def test_an_org_heading_gives_the_page_title_without_state_priority_or_tags() -> None:
    front, _ = split_org_capture(_org_capture())
    assert front is not None
    assert front.title == f"{_ORG_HEADLINE} - kabarpesisirTimur"


def test_an_org_capture_is_titled_by_its_heading_not_by_the_quoted_byline() -> None:
    art = clean_page(_org_capture())
    assert art.title == _ORG_HEADLINE
    assert art.text.startswith(_LEAD)


def test_a_channel_named_after_the_site_is_a_suffix_of_the_title() -> None:
    url = "https://www.kabarpesisir.com/timur/d-1200/muara-dangkal"
    title = f"{_ORG_HEADLINE} - kabarpesisirTimur"
    assert strip_site_suffix(title, [], url) == _ORG_HEADLINE
    # a second clause of the headline is no channel of the site
    other = "Muara Dangkal - Perahu Tertahan"
    assert strip_site_suffix(other, [], url) == other
