"""Shapes seen on the forty-first blind page set, each an invented page written here in that
shape (not a labelled page). A site header's "today" line over the menu of an HTML page
(a plain element, no machine date anywhere) is never the story's publication date, though
the markup reader takes it when the markup states none: it dates the page, and so anchors a
lead's bare "Selasa (9/3)". A date line under the menu, right over the headline, is still the
story's, and a paper's edition line ("Edisi ...") is not a "today". A blog feed's footer
"The post <headline> appeared first on <site name>." closing an item leaves the body, the
site named by its words as well as by its address."""

from __future__ import annotations

import pytest

from warta.clean import clean_document
from warta.records import Article, Provenance, RawDoc

_HEADLINE = "Banjir Rob Rendam Dua Kampung Nelayan di Pesisir Kota Contoh"
_MENU = (
    "<header class='situs'><img src='/logo.png' alt='Kabar Pesisir'></header>"
    "<nav class='menu'><a>Beranda</a> <a>Kota</a> <a>Ekonomi</a> <a>Olahraga</a></nav>"
)


def _story(lead_day: str) -> str:
    return (
        f"<div class='isi'><p><b>KOTA CONTOH</b> &ndash; Air laut pasang merendam dua kampung "
        f"nelayan di pesisir utara{lead_day}. Ketinggian air di dalam rumah warga mencapai "
        "tiga puluh sentimeter.</p>"
        "<p>Petugas kelurahan mendirikan dapur umum di balai warga dan membagikan makanan "
        "kepada keluarga yang rumahnya terendam sejak sore.</p>"
        "<p>Warga berharap tanggul penahan ombak yang dijanjikan tahun lalu segera dibangun "
        "agar rob tidak lagi masuk ke permukiman mereka.</p></div>"
    )


def _page(top: str, *, lead_day: str = ", Selasa (9/3) malam", over_title: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{_HEADLINE} - Kabar Pesisir</title></head><body>"
        f"{top}{_MENU}<div class='artikel'><div class='waktu-relatif'>2 hari lalu</div>{over_title}"
        f"<h1 class='judul'>{_HEADLINE}</h1>"
        "<div class='penulis'>Penulis: Dewi Lestari | Editor: Bayu Aji</div>"
        f"{_story(lead_day)}</div>"
        "<footer><p>© 2027 Kabar Pesisir</p></footer></body></html>"
    )


_TODAY = "<div class='header-date'>Kamis, 11 Maret 2027</div>"


def _clean(page: str) -> Article:
    return clean_document(RawDoc(Provenance("p.html"), page, format="html"))


def test_a_header_today_over_the_menu_dates_the_page_and_anchors_a_bare_weekday() -> None:
    art = _clean(_page(_TODAY))
    assert art.page_date is not None and art.page_date.iso == "2027-03-11"
    assert art.published is not None and art.published.iso == "2027-03-09"
    assert art.published_evidence is not None and art.published_evidence.startswith("inferred")


def test_a_header_today_is_never_the_publication_date() -> None:
    art = _clean(_page(_TODAY, lead_day=""))
    assert art.page_date is not None and art.page_date.iso == "2027-03-11"
    assert art.published is None


def test_a_date_line_under_the_menu_over_the_headline_is_the_storys() -> None:
    art = _clean(_page("", lead_day="", over_title="<div class='date'>Selasa, 9 Maret 2027</div>"))
    assert art.published is not None and art.published.iso == "2027-03-09"


def test_a_papers_edition_line_in_its_top_bar_is_no_header_today() -> None:
    art = _clean(_page("<div class='edition-date'>Edisi Selasa, 9 Maret 2027</div>", lead_day=""))
    assert art.page_date is None
    assert art.published is not None and art.published.iso == "2027-03-09"


def _feed(closing: str) -> str:
    """A blog's RSS feed holding one item whose content ends with ``closing``."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>rob &#8211; Kabar Pesisir</title><link>https://kabarpesisir.example</link>"
        f"<item><title>{_HEADLINE}</title>"
        "<link>https://kabarpesisir.example/banjir-rob-rendam-dua-kampung/</link>"
        "<pubDate>Tue, 09 Mar 2027 13:05:00 +0000</pubDate>"
        "<content:encoded><![CDATA["
        "<p>KOTA CONTOH &#8211; Air laut pasang merendam dua kampung nelayan di pesisir utara. "
        "Ketinggian air di dalam rumah warga mencapai tiga puluh sentimeter.</p>"
        "<p>Warga berharap tanggul penahan ombak segera dibangun agar rob tidak lagi masuk ke "
        f"permukiman mereka.</p><p>{closing}</p>"
        "]]></content:encoded></item></channel></rss>"
    )


@pytest.mark.parametrize("site", ["Kabar Pesisir", "Kabar Pesisir Utara Online", "KabarPesisir"])
def test_a_feed_footer_naming_the_site_in_words_leaves_the_body(site: str) -> None:
    art = _clean(
        _feed(
            "The post <a href='https://kabarpesisir.example/banjir-rob-rendam-dua-kampung/'>"
            f"{_HEADLINE}</a> appeared first on <a href='https://kabarpesisir.example'>{site}</a>."
        )
    )
    assert art.text.endswith("agar rob tidak lagi masuk ke permukiman mereka.")
    assert "appeared first" not in art.text


def test_a_story_sentence_about_a_post_stays() -> None:
    """Only the footer's whole shape leaves: a sentence that goes on past the place a post
    appeared first on is the story's (an English quote, a translated statement)."""
    closing = (
        "The post office notice appeared first on the board of the harbour master in the "
        "morning, before the tide came in and flooded the lower road."
    )
    art = _clean(_feed(closing))
    assert art.text.endswith(closing)
