"""Shapes seen on the thirtieth blind page set, each an invented page written here in
that shape (not a labelled page): a site whose header prints its "today" over the menu
and the story's own date right over the headline, the lead naming the day of the event
only ("Senin (2/3)"); a ministry's release whose date line stands between its heading and
its first paragraph; an XML namespace whose address carries a date; a terminal feed
reader's saved item (its field header, its link markers, its closing list of links); a
site's appeal for support closed by the way to give."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.clean.dates import find_dates
from warta.clean.frontmatter import split_field_header
from warta.records import Provenance, RawDoc

_HEADLINE = "Warga Pesisir Tanam Seribu Bibit Bakau di Muara Sungai Kecil"
_LEAD = (
    "PANTAIHIJAU, Kabar Pesisir – Ratusan warga dan pelajar menanam seribu bibit bakau di "
    "muara sungai kecil di ujung kampung, Senin (2/3). Kegiatan itu digelar karena abrasi "
    "terus menggerus tambak warga."
)
_SECOND = "Bibit bakau itu disemai kelompok tani hutan selama enam bulan di kebun pembibitan desa."
_LAST = "Kelompok tani berencana menanam dua ribu bibit lagi pada musim hujan mendatang."


def _site_page(date_over_title: str) -> str:
    return "\n".join(
        [
            "Lewati ke konten",
            "Jumat, 6 Maret 2026",
            "Kabar Pesisir",
            "Beranda   Berita   Lingkungan   Opini   Donasi",
            "Beranda » Berita",
            "BERITA",
            date_over_title,
            _HEADLINE,
            "Penulis: Dewi Laut   |   Editor: Bayu Karang",
            _LEAD,
            _SECOND,
            _LAST,
            "Bagikan:  Facebook  X  WhatsApp",
            "Dukung Kabar Pesisir agar tetap bisa diakses gratis oleh semua pembaca. "
            "Donasi lewat QRIS atau transfer bank di halaman Dukungan.",
            "© 2026 Kabar Pesisir",
        ]
    )


def test_the_date_over_the_headline_beats_the_header_today_and_the_event_day() -> None:
    art = clean_page(_site_page("Selasa, 3 Maret 2026"))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2026-03-03"
    assert art.published_evidence == "stated: Selasa, 3 Maret 2026"


def test_with_no_date_over_the_headline_the_event_day_is_inferred() -> None:
    page = _site_page("Tulisan Pilihan")
    art = clean_page(page.replace("\nTulisan Pilihan\n", "\n"))
    assert art.published is not None and art.published.iso == "2026-03-02"
    assert (art.published_evidence or "").startswith("inferred")


def test_an_appeal_closed_by_the_way_to_give_leaves_the_story() -> None:
    art = clean_page(_site_page("Selasa, 3 Maret 2026"))
    assert art.text.endswith(_LAST)
    assert any(text.startswith("Dukung Kabar Pesisir") for text in set_aside(art))


@pytest.mark.parametrize(
    "para",
    [
        "Dukung tim kesayanganmu di stadion, kata panitia. Tiket dijual mulai besok pagi.",
        "Donasi warga untuk korban banjir terkumpul Rp 40 juta. Dukung terus, kata ketua RT.",
    ],
)
def test_a_story_sentence_on_support_or_gifts_stays(para: str) -> None:
    page = _site_page("Selasa, 3 Maret 2026").replace(_SECOND, para)
    art = clean_page(page)
    assert para in art.text


_RELEASE = """<html><head><title>Kementerian Contoh</title></head><body>
<header><div>KEMENTERIAN CONTOH</div><nav><a href="/">Beranda</a> <a href="/rilis">Rilis</a></nav></header>
<article class="news-detail"><div class="label">SIARAN PERS</div>
<h1>Pemerintah Siapkan Lumbung Pangan Cadangan di Tiga Provinsi</h1>
<div class="news-info"><span class="nomor">NOMOR: 12.Rilis/07/BKP/2026</span><span class="tanggal">Tanggal: 9 Juli 2026</span></div>
<div class="img"><img src="/lumbung.jpg" alt=""><p class="caption">Petugas memeriksa gabah di gudang lumbung. (Dok. Kementerian)</p></div>
<div class="news-body">
<p>Kementerian Contoh menyiapkan lumbung pangan cadangan di tiga provinsi untuk menghadapi
kemarau yang panjang tahun ini, ujar juru bicara kementerian di Jakarta, Rabu (8/7).</p>
<p>Lumbung itu akan diisi gabah dari petani setempat dengan harga pembelian pemerintah.</p>
<p>"Kami ingin memastikan harga beras tetap stabil selama kemarau. Cadangan di daerah akan
dilepas ke pasar jika harga naik lebih dari sepuluh persen," ujar juru bicara itu.</p>
<p>Setiap lumbung dirancang menampung sekitar lima ratus ton gabah kering giling dan dikelola
bersama koperasi petani, dengan pengawasan dinas pertanian kabupaten setempat.</p>
<p>Selain lumbung, pemerintah menyiapkan bantuan pompa air dan benih tahan kering bagi petani
di daerah yang sawahnya bergantung pada hujan.</p>
<p>Pemerintah daerah diminta menyiapkan gudang dan tenaga pengelola sebelum akhir bulan.</p>
</div></article>
<aside><h3>Rilis Lainnya</h3>
<div><a href="#">Capaian Panen Raya Semester Pertama Lampaui Target</a><span>7 Juli 2026</span></div>
<div><a href="#">Program Benih Unggul Diperluas ke Kawasan Timur</a><span>3 Juli 2026</span></div>
</aside>
</body></html>"""


def test_a_release_date_line_under_the_heading_dates_it() -> None:
    art = clean_document(RawDoc(Provenance("r.html"), _RELEASE, "html"))
    assert art.published is not None and art.published.iso == "2026-07-09"


@pytest.mark.parametrize(
    "line",
    [
        '<rss xmlns:dc="http://purl.example/dc/elements/1999-07-02/">',
        '<item xsi:schemaLocation="http://standar.example/ns/2015-05-01/ item.xsd">',
    ],
)
def test_a_namespace_address_is_no_date(line: str) -> None:
    assert find_dates(line) == []


def test_a_date_beside_a_namespace_is_still_read() -> None:
    found = find_dates('<doc xmlns="http://a.example/2010-01-01/">Terbit 2026-04-05</doc>')
    assert [d.date.iso for d in found] == ["2026-04-05"]


_FEED_ITEM = """Feed: Kabar Pesisir
Title: Perahu Nelayan Terbalik Dihantam Ombak, Dua Awak Selamat
Author: Redaksi
Date: Mon, 16 Mar 2026 06:10:00
Link: https://kabarpesisir.example/2026/03/16/perahu-terbalik/

[image 1 (link #2)]
Perahu nelayan yang terbalik ditarik ke pantai. (Foto: Istimewa)

PANTAIHIJAU, KABARPESISIR – Perahu milik nelayan setempat terbalik diterjang ombak tinggi di mulut muara, Minggu (15/3/2026) pagi. Dua awaknya selamat setelah berenang ke tepi.

Baca Juga: Ombak Tinggi Diperkirakan Sampai Akhir Pekan[3]

Petugas pos pantai mengimbau nelayan menunda melaut sampai gelombang kembali tenang[4].

Links:
[1]: https://kabarpesisir.example/2026/03/16/perahu-terbalik/ (link)
[2]: https://kabarpesisir.example/foto/perahu.jpg (image)
[3]: https://kabarpesisir.example/ombak-tinggi/ (link)
[4]: https://kabarpesisir.example/pos-pantai/ (link)
"""


def test_a_feed_reader_item_is_read_by_its_header_fields() -> None:
    art = clean_page(_FEED_ITEM)
    assert art.title == "Perahu Nelayan Terbalik Dihantam Ombak, Dua Awak Selamat"
    assert art.url == "https://kabarpesisir.example/2026/03/16/perahu-terbalik/"
    assert art.published is not None and art.published.iso == "2026-03-16"
    assert art.text.startswith("Perahu milik nelayan setempat terbalik")
    assert art.text.endswith("sampai gelombang kembali tenang.")
    assert "Links:" not in art.text and "[1]:" not in art.text


@pytest.mark.parametrize(
    "text",
    [
        "Title: Judul\nAuthor: Ani\nLink: https://a.example/b\nCatatan rapat.\n\nIsi.",
        "Title: Judul\nAuthor: Ani\nEditor: Budi\n\nIsi.",  # no address nor date
        "Title: Judul\nDate: 2026-01-02\n\nIsi.",  # two fields only
        "Author: Ani\nDate: 2026-01-02\nLink: https://a.example/b\n\nIsi.",  # no title
    ],
)
def test_text_that_does_not_open_with_a_field_header_is_left_alone(text: str) -> None:
    assert split_field_header(text) == (None, text)
