"""Shapes seen on the fortieth blind page set, each an invented page written here in that
shape (not a labelled page): which date wins when the markup reader's date and the date
line under the headline disagree. A day the page writes in digits for readers (a
sidebar's "07/03/2027" under another story's headline) is words, not markup: the date
line under the headline dates the story. A day the markup states for machines (a meta
tag's publication time) still wins over a line under the headline (a review's or an
update's day). (The notebook printing a scraper's fields in a cell of their own is tested
in tests/ingest/test_notebook.py, the flat OpenDocument clipping and its desk's
"Ringkasan petugas:" line in tests/ingest/test_flat_odf.py.)"""

from __future__ import annotations

from warta.clean import clean_document
from warta.records import Provenance, RawDoc

_HEADLINE = "Pemkab Tanah Datar Perbaiki Tiga Jembatan Gantung Sebelum Musim Hujan"
_BODY = (
    "<p>TANAH DATAR – Pemerintah kabupaten memperbaiki tiga jembatan gantung yang "
    "menghubungkan dusun-dusun di tepi sungai. Pekerjaan dimulai Senin (8/3/2027).</p>"
    "<p>Kepala dinas pekerjaan umum mengatakan lantai kayu jembatan diganti dengan papan "
    "baru dan tali baja yang berkarat diperkuat sebelum hujan turun.</p>"
    "<p>Warga diminta tidak menyeberang membawa sepeda motor selama perbaikan berlangsung "
    "agar pekerjaan dapat selesai tepat waktu dalam dua pekan.</p>"
)


def _page(head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{_HEADLINE}</title>{head}</head><body>"
        '<div class="bar">Situs resmi kabupaten · <span>Rabu, 10 Maret 2027</span></div>'
        "<header><h2>PEMERINTAH KABUPATEN CONTOH</h2><nav><a>Beranda</a> <a>Berita</a>"
        "</nav></header><main><div class='col-main'>"
        "<figure><img src='/j.jpg'><figcaption>Pekerja mengganti papan jembatan gantung, "
        "Senin (8/3/2027). (Foto: Humas)</figcaption></figure>"
        f"<h1 class='judul'>{_HEADLINE}</h1>"
        "<div class='info'><span class='tanggal'>SENIN, 08 MARET 2027 | 14:05 WIB</span> "
        "<span>Admin Humas</span> <span>Dibaca 301 kali</span></div>"
        f"<div class='isi'>{_BODY}</div></div>"
        "<aside><h4>Berita Terbaru</h4><ul>"
        "<li><a href='#'>Bupati Buka Pameran Produk Desa di Alun-alun</a>"
        "<small>07/03/2027</small></li>"
        "<li><a href='#'>Lomba Kebersihan Nagari Digelar Bulan Depan</a>"
        "<small>05/03/2027</small></li></ul></aside></main>"
        "<footer><p>© 2027 Pemerintah Kabupaten Contoh</p></footer></body></html>"
    )


def _published(page: str) -> str | None:
    art = clean_document(RawDoc(Provenance("p.html"), page, format="html"))
    return art.published.iso if art.published else None


def test_a_sidebars_digits_do_not_outrank_the_date_line_under_the_headline() -> None:
    assert _published(_page()) == "2027-03-08"


def test_a_markup_publication_time_still_wins_over_the_line_under_the_headline() -> None:
    meta = '<meta property="article:published_time" content="2027-03-07T16:40:00+07:00">'
    assert _published(_page(meta)) == "2027-03-07"
