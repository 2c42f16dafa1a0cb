"""Shapes seen on the twenty-third blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a print view whose headline stands under a box's
label and over a photo caption closed by a "Dok." credit, and whose foot asks to subscribe
to the print edition; an HTML page whose ``<title>`` keeps only the headline's first clause
and whose only date is a line under the headline (a sidebar dates another story); a unit's
name beside a view counter under a release's headline; a phone copy's age beside its reading
time, its address bar under the status bar; a lead opened by the outlet's name and a full
stop; a media-monitoring export of one mention given as a page's text."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.records import Provenance, RawDoc

# --- a print view: box label over the headline, a "Dok." caption, a print-edition call -----

_GRAIN_HEADLINE = "Gabah Petani Sidrap Naik Rp250 per Kilogram dalam Sepekan"
_GRAIN_LEAD = (
    "AgroKita, SIDRAP – Petani padi di Sidrap kini menjual gabahnya Rp250 lebih mahal tiap "
    "kilo dibanding minggu lalu, sebab musim panen hampir usai."
)


def _print_page(caption: str) -> str:
    return "\n".join(
        [
            f"09/03/27 10.40                 {_GRAIN_HEADLINE} - AgroKita",
            "AgroKita",
            "Majalah Pertanian dan Pangan Nusantara",
            "BERITA TERKINI",
            _GRAIN_HEADLINE,
            "Senin, 08 Maret 2027 | 14:05 WITA",
            "Ditulis oleh: Redaksi AgroKita",
            caption,
            _GRAIN_LEAD,
            "Penggilingan padi di Sidrap kini membeli gabah kering panen Rp6.950 per kilogram, "
            "naik dari Rp6.700 pada pekan sebelumnya.",
            "Ketua kelompok tani setempat mengatakan kenaikan itu membantu petani menutup biaya "
            "pupuk yang naik sejak awal musim tanam. (AK3)",
            "Berlangganan Tabloid AgroKita versi cetak: hubungi layanan pelanggan kami.",
            "https://www.agrokita.example/2027/03/08/harga-gabah-sidrap-naik/     1/1",
        ]
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Petani menjemur gabah di halaman rumah di Kecamatan Watang Pulu, Sidrap. Dok. AgroKita",
        "Buruh tani memikul karung gabah di tepi sawah, Sidrap. Dokumentasi Dinas Pertanian",
    ],
)
def test_a_print_view_names_its_headline_over_a_dok_caption(caption: str) -> None:
    art = clean_page(_print_page(caption))
    assert art.title == _GRAIN_HEADLINE
    assert set_aside(art)[caption] == "caption"
    assert art.text.split("– ", 1)[1].startswith("Petani padi di Sidrap")
    assert art.text.endswith("awal musim tanam.")
    assert (
        "Berlangganan Tabloid AgroKita versi cetak: hubungi layanan pelanggan kami."
        in set_aside(art)
    )


def test_a_print_header_frees_only_the_headline_it_names() -> None:
    """The box's other headlines, named by no header, stay the box's."""
    other = "Penyuluh Pertanian Latih Petani Muda Mengolah Pupuk Organik"
    page = _print_page("Petani menjemur gabah. Dok. AgroKita").replace(
        "BERITA TERKINI\n", f"BERITA TERKINI\n{other}\n"
    )
    art = clean_page(page)
    assert art.title == _GRAIN_HEADLINE
    assert set_aside(art)[other] == "related"


def test_a_sentence_naming_a_document_is_no_caption() -> None:
    """A story's sentence that goes on after "Dok." is no credit closing a caption."""
    page = "\n".join(
        [
            "Kabar Sidrap",
            _GRAIN_HEADLINE,
            _GRAIN_LEAD,
            "Dinas mencatat harga itu dalam laporan pekan lalu. Dok. itu diserahkan kepada "
            "bupati pada Jumat pagi untuk dibahas bersama camat.",
            "Kenaikan diperkirakan berlanjut hingga akhir bulan.",
        ]
    )
    assert "Dok. itu diserahkan" in clean_page(page).text


@pytest.mark.parametrize(
    "line",
    [
        "Berlangganan Koran Kabar Pagi versi cetak, hubungi 0812 0000 1111",
        "Langganan majalah kami edisi digital: klik kabarpagi.example/langganan",
    ],
)
def test_a_print_edition_call_is_set_aside(line: str) -> None:
    page = _print_page("Petani menjemur gabah. Dok. AgroKita").replace(
        "Berlangganan Tabloid AgroKita versi cetak: hubungi layanan pelanggan kami.", line
    )
    art = clean_page(page)
    assert line not in art.text
    assert art.text.endswith("awal musim tanam.")


# --- HTML: a <title> shorter than the headline, a date line under the headline -----------

_FERRY_H1 = (
    "Dinas Perhubungan Catat 42 Pelayaran Batal Sepanjang Pekan Ini, Gelombang Jadi Penyebab"
)


def _ferry_html(meta: str) -> str:
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "<strong>MATARAM</strong> - Dinas Perhubungan mencatat 42 pelayaran antarpulau batal "
            "sepanjang pekan ini akibat ombak besar di Selat Lombok.",
            "Sebagian besar pelayaran yang batal adalah kapal cepat rute Padangbai, sementara "
            "kapal feri besar masih berlayar dengan pengawasan ketat.",
            "Petugas meminta calon penumpang memeriksa jadwal sebelum berangkat ke pelabuhan "
            "karena keberangkatan dapat ditunda sewaktu-waktu.",
        )
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Dinas Perhubungan Catat 42 Pelayaran Batal Sepanjang Pekan Ini - Dishub</title>"
        "<meta property='og:title' content='Dinas Perhubungan Catat 42 Pelayaran Batal "
        "Sepanjang Pekan Ini'></head><body>"
        "<header><a href='/'>Home</a> <a href='/kabar'>Kabar</a></header><main>"
        "<div class='detail'><div class='image'><img src='/img/kapal.jpg' alt='kapal'>"
        "<p class='caption'>Kapal cepat bersandar di dermaga, Rabu (3/3). Foto: Dok. Dishub</p>"
        f"</div><h1 class='title'>{_FERRY_H1}</h1><div class='meta'>{meta}</div>"
        f"<div class='body'>{body}</div></div>"
        "<aside><h3>Terkini</h3><ul><li><a href='#'>Dishub Uji Kelaikan Kapal Jelang "
        "Libur Panjang</a><small>1 Maret 2027</small></li></ul></aside>"
        "</main><footer><p>&copy; 2027 Dishub.</p></footer></body></html>"
    )


def test_the_h1_goes_on_after_the_title_tags_clause() -> None:
    page = _ferry_html("<span>Kamis, 04 Maret 2027</span> <span>Humas Dishub</span>")
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.title == _FERRY_H1


def test_the_date_line_under_the_headline_beats_a_sidebar_date() -> None:
    page = _ferry_html("<span>Kamis, 04 Maret 2027</span> <span>Humas Dishub</span>")
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.published is not None and art.published.iso == "2027-03-04"


def test_a_date_the_markup_writes_for_machines_stays() -> None:
    """A page whose markup writes its day in digits keeps that day."""
    page = _ferry_html("<span>Kamis, 04 Maret 2027</span>").replace(
        "</head>",
        "<meta property='article:published_time' content='2027-03-02T09:00:00+07:00'></head>",
    )
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.published is not None and art.published.iso == "2027-03-02"


# --- a unit's name beside a counter; an age beside the reading time --------------------------

_WELL_HEADLINE = "Pemkab Siapkan 30 Sumur Bor untuk Desa Rawan Kekeringan di Musim Kemarau"
_WELL_LEAD = (
    "Kupang, 12 Juli 2027 – Pemerintah kabupaten menyiapkan 30 sumur bor untuk desa yang "
    "setiap tahun dilanda kekeringan saat musim kemarau."
)


@pytest.mark.parametrize(
    "meta",
    [
        "Bagian Protokol dan Komunikasi   |   Dilihat 2.045 kali",
        "Humas Setda   ·   812 views",
        "Dinas Sumber Daya Air | 4 menit baca",
    ],
)
def test_a_unit_beside_a_counter_is_no_headline(meta: str) -> None:
    page = "\n".join(
        [
            "PEMERINTAH KABUPATEN CONTOH",
            "Beranda   Profil   Berita   Siaran Pers   Kontak",
            "SIARAN PERS",
            _WELL_HEADLINE,
            meta,
            _WELL_LEAD,
            "Tiap titik memakai pompa bertenaga matahari dan tandon 5.000 liter, sehingga warga "
            "bisa menimba air dengan gratis.",
            "Bagian Protokol dan Komunikasi",
        ]
    )
    art = clean_page(page)
    assert art.title == _WELL_HEADLINE
    assert art.text.startswith("Pemerintah kabupaten menyiapkan")


def test_a_name_beside_a_headline_word_is_no_byline() -> None:
    """A line with words beside the counter that are no name stays out of the byline rule."""
    from warta.clean.pattern_labels import _page_meta_kind

    assert _page_meta_kind("Warga antre air bersih di desa | Dilihat 20 kali") is None
    assert _page_meta_kind("Dinas Kota | 90 views") == "byline"
    assert _page_meta_kind("2 jam lalu · 3 menit baca · 4 komentar") == "dateline"


_SHOP_HEADLINE = "Warung Kopi Tepi Danau Tondano Ramai Dikunjungi Saat Libur Sekolah"


def _phone_copy(address: str) -> str:
    return "\n".join(
        [
            "14.22 ▾ 📶 ⚡ 71%",
            address,
            "≡   KABARUTARA.example   🔍",
            "Berita  ›  Minahasa",
            "🎧 Putar berita  ▶  02:31",
            _SHOP_HEADLINE,
            "Meiske Rondonuwu",
            "2 hari lalu  ·  3 menit baca",
            "KABARUTARA – Warung kopi di tepi Danau Tondano ramai dikunjungi wisatawan lokal "
            "selama libur sekolah, terutama pada sore hari.",
            "Pemilik warung mengatakan pengunjung naik dua kali lipat dibandingkan bulan lalu, "
            "sebagian besar keluarga dari Manado.",
        ]
    )


def test_a_phone_copys_age_and_reading_time_are_no_headline() -> None:
    art = clean_page(_phone_copy("https://kabarutara.example/2027/06/28/warung-kopi-tondano/"))
    assert art.title == _SHOP_HEADLINE
    assert set_aside(art)["2 hari lalu · 3 menit baca"] == "dateline"


def test_a_phone_copys_address_bar_dates_the_page() -> None:
    art = clean_page(_phone_copy("🔒 kabarutara.example/2027/06/28/warung-kopi-tondano/"))
    assert art.url == "https://kabarutara.example/2027/06/28/warung-kopi-tondano/"
    assert art.published is not None and art.published.iso == "2027-06-28"


def test_a_stitched_phone_copy_keeps_the_first_screens_address() -> None:
    """The address is read before the screens' bars are taken off."""
    address = "🔒 kabarutara.example/2027/06/28/warung-kopi-tondano/"
    second = "\n".join(
        [
            "14.23 ▾ 📶 ⚡ 70%",
            address,
            "Harga secangkir kopi tetap sama seperti tahun lalu, kata pemilik warung kepada "
            "wartawan di sela melayani pembeli.",
        ]
    )
    art = clean_page(_phone_copy(address) + "\n" + second)
    assert art.published is not None and art.published.iso == "2027-06-28"


@pytest.mark.parametrize("address", ["🔒 kabarutara.example", "kabarutara.example/2027/06/..."])
def test_a_phone_copy_showing_the_host_or_a_cut_address_gives_no_address(address: str) -> None:
    art = clean_page(_phone_copy(address))
    assert art.url is None and art.published is None


# --- the outlet's name and a full stop opening the lead ---------------------------------------

_TAX_HEADLINE = "DPRD Minta Pemkot Tunda Kenaikan Pajak Bumi dan Bangunan Tahun Depan"


def _outlet_lead_page(lead_word: str) -> str:
    return "\n".join(
        [
            "KBN.ID",
            "Kantor Berita Nusantara",
            "Politik   Hukum   Daerah   Ekonomi",
            _TAX_HEADLINE,
            "SELASA, 02 MARET 2027 | 11:20 WIB",
            f"{lead_word}. Anggota DPRD kota meminta pemerintah kota menunda kenaikan pajak bumi "
            "dan bangunan yang direncanakan berlaku tahun depan.",
            "Menurut mereka, kenaikan itu memberatkan warga yang baru pulih dari banjir awal tahun.",
            "Copyright © 2027 KBN.ID. All Rights Reserved",
        ]
    )


def test_the_outlets_name_opening_the_lead_is_its_dateline() -> None:
    art = clean_page(_outlet_lead_page("KBN"))
    assert art.text.startswith("Anggota DPRD kota meminta")
    assert set_aside(art)["KBN."] == "dateline"


def test_a_word_in_capitals_opening_the_lead_stays() -> None:
    """A word the site's chrome never shows is the story's own first sentence."""
    art = clean_page(_outlet_lead_page("WASPADA"))
    assert art.text.startswith("WASPADA. Anggota DPRD")


# --- a media-monitoring export of one mention as a page's text --------------------------------

_EXPORT = (
    "No,ID,Tanggal Diambil,Media,Tanggal Terbit,Judul,URL,Penulis,Sentimen,Isi,Catatan\n"
    "1,M-77,2027-04-06 07:00,kabarhulu.example,2027-04-05 09:12,"
    '"Tali Jembatan Putus, Murid Dua Kampung Menyeberang dengan Rakit",'
    "https://kabarhulu.example/2027/04/05/tali-jembatan-putus/,Yohana Taek,Negatif,"
    '"Jembatan tali yang menghubungkan dua kampung di hulu sungai putus dihantam arus deras '
    'pada Minggu (4/4/2027) malam.\n\n""Murid-murid terpaksa naik rakit,"" tutur '
    'seorang guru.\n\nEditor: Markus",'
    '"Perlu pantauan lanjutan."\n'
)


def test_an_export_of_one_mention_reads_as_its_article() -> None:
    art = clean_page(_EXPORT)
    assert art.title == "Tali Jembatan Putus, Murid Dua Kampung Menyeberang dengan Rakit"
    assert art.published is not None and art.published.iso == "2027-04-05"
    assert art.url == "https://kabarhulu.example/2027/04/05/tali-jembatan-putus/"
    assert art.text.startswith("Jembatan tali yang menghubungkan dua kampung")
    assert '"Murid-murid terpaksa naik rakit," tutur seorang guru.' in art.text
    assert "Perlu pantauan lanjutan" not in art.text and "Negatif" not in art.text
