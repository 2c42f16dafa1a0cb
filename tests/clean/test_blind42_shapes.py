"""Shapes seen on the forty-second blind page set, each an invented page written here in
that shape (not a labelled page): where an HTML page's date comes from when its markup
states none for the story. A ``<time>`` element in a list item linking to another story
("Berita Terkait") dates that story, not the page: the date line under the headline
wins. A date badge setting its day, month and year in elements of their own ("04",
"Nov", "2026") is read as one date line. (The SQL dump of an article's row is tested in
tests/ingest/test_sql_dump.py, a scraper's JSON items in tests/ingest/test_scraped_items.py.)"""

from __future__ import annotations

from warta.clean import clean_document
from warta.records import Provenance, RawDoc

_HEADLINE = "Dinas Perikanan Tebar Sejuta Benih Nila di Waduk Kampung Baru"
_BODY = (
    "<p>KAMPUNG BARU – Dinas perikanan menebar satu juta benih ikan nila di waduk "
    "Kampung Baru, Selasa (2/6/2026), untuk menambah tangkapan nelayan waduk.</p>"
    "<p>Kepala dinas mengatakan benih dipilih dari balai benih milik daerah agar tahan "
    "terhadap perubahan suhu air saat musim kemarau datang.</p>"
    "<p>Nelayan diminta tidak memasang jaring di sekitar lokasi penebaran selama tiga "
    "bulan agar benih sempat tumbuh besar.</p>"
)


def _page(meta_line: str, sidebar: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{_HEADLINE} | Kabar Waduk</title></head><body>"
        '<div class="topbar"><span>Rabu, 3 Juni 2026</span></div>'
        "<header><nav><a href='/'>Beranda</a> <a href='/daerah'>Daerah</a></nav></header>"
        f"<main><article><h1>{_HEADLINE}</h1>{meta_line}"
        f"<div class='isi'>{_BODY}</div></article>"
        f"<aside><h3>Berita Terkait</h3><ul>{sidebar}</ul></aside></main></body></html>"
    )


def _published(page: str) -> str | None:
    raw = RawDoc(provenance=Provenance(path="waduk.html"), content=page, format="html")
    art = clean_document(raw)
    return art.published.iso if art.published else None


def test_a_related_storys_time_element_does_not_date_the_page() -> None:
    sidebar = (
        "<li><a href='/a'>Waduk Kampung Baru Surut Dua Meter</a> <time>27 Mei 2026</time></li>"
        "<li><a href='/b'>Nelayan Waduk Keluhkan Eceng Gondok</a> <time>25 Mei 2026</time></li>"
    )
    line = (
        "<div class='meta'><span>Oleh: Sari</span> <span>SELASA, 2 JUNI 2026 | 10:05</span></div>"
    )
    assert _published(_page(line, sidebar)) == "2026-06-02"


def test_a_date_badge_in_pieces_is_read_as_one_date_line() -> None:
    sidebar = (
        "<li><a href='/a'>Waduk Kampung Baru Surut Dua Meter</a><small>01 Jun 2026</small></li>"
    )
    badge = (
        "<div class='badge'><span class='d'>02</span> <span class='m'>Jun</span> "
        "<span class='y'>2026</span></div>"
    )
    assert _published(_page(badge, sidebar)) == "2026-06-02"
