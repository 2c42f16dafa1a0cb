"""Shapes seen on the nineteenth blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a reader view headed by the site's address, its
headline carrying the site's name after a dash; a phone copy's "Name · date · N menit baca"
line under the headline; an Islamic portal's "Name Kontributor Situs.id" line over the
caption, a closing formula ("Wallahu a'lam ...") and a "Ditulis pada: <date>" line under
the story; a match report's statistics box under the last paragraph; a standfirst the HTML
marks as such; a sponsored story's disclaimer; a browser's single-file (MHTML) save."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.records import Provenance, RawDoc

# --- a reader view: the site's address over the headline, the site's name after it ----

_READER_LEAD = (
    "KABAR KUNINGAN - Harga bawang merah di Pasar Baru Kuningan naik dalam sepekan terakhir "
    "dan kini mencapai Rp45 ribu per kilogram, menurut para pedagang."
)
_READER_BODY = [
    "Pada pekan lalu bawang merah masih dijual Rp32 ribu per kilogram di pasar yang sama.",
    '"Kiriman dari Brebes berkurang karena hujan terus turun," kata Warsih, pedagang di los '
    "timur pasar itu.",
    "Dinas perdagangan setempat berencana menggelar pasar murah di empat kecamatan pekan depan.",
]


def _reader_view(address: str, headline: str, estimate: str) -> str:
    return "\n".join(
        [address, headline, "Oleh Dadang Suhendar", estimate, _READER_LEAD, *_READER_BODY]
    )


@pytest.mark.parametrize(
    ("address", "site", "estimate"),
    [
        ("kabarkuningan.induk-media.com", "Kabar Kuningan", "3–4 menit"),
        ("www.kabarkuningan.id", "Kabar Kuningan", "5-6 menit"),
        ("jabarpos.jaringan-warta.co.id", "Jabar Pos", "2–3 menit"),
    ],
)
def test_a_reader_views_title_loses_the_site_its_address_names(
    address: str, site: str, estimate: str
) -> None:
    headline = "Harga Bawang Merah di Pasar Baru Naik, Pedagang Keluhkan Pasokan dari Brebes"
    art = clean_page(_reader_view(address, f"{headline} - {site}", estimate))
    assert art.title == headline
    assert art.text.startswith("Harga bawang merah di Pasar Baru")


def test_a_headline_dash_clause_stays_when_no_address_names_it() -> None:
    headline = "Wali Kota Bertemu Pedagang - Pasar Baru Akan Direnovasi"
    art = clean_page(_reader_view("kabarkuningan.induk-media.com", headline, "3–4 menit"))
    assert art.title == headline


# --- a phone copy: "Name · date · N menit baca" under the headline -----------------


def _phone_copy(meta: str) -> str:
    return "\n".join(
        [
            "09.41 📶 5G 80%",
            "gadgetkita.id/seluler/...",
            "☰  gadgetkita.id  🔍",
            "SELULER",
            "Operator Hapus Paket Internet Harian Mulai Februari, Ini Penggantinya",
            meta,
            "GadgetKita.id - Dua operator seluler akan menghapus paket internet harian mulai "
            "Februari 2027 dan menggantinya dengan paket mingguan yang lebih murah per gigabita.",
            "Keputusan itu disampaikan dalam jumpa pers di Jakarta, Selasa (8/12/2026), di "
            "hadapan perwakilan asosiasi konsumen.",
            "Pelanggan yang masih memiliki kuota harian dapat memakainya sampai masa berlaku habis.",
        ]
    )


@pytest.mark.parametrize(
    ("meta", "iso"),
    [
        ("Nadia Putri · 9 Des 2026, 08.15 WIB · 4 menit baca", "2026-12-09"),
        ("Yoga Pratama | 9 Desember 2026 - 08:15 WIB | 2 menit baca", "2026-12-09"),
        ("Rahmat Hidayat · 10 Des 2026, 19.30 WIB · Baca 3 menit", "2026-12-10"),
    ],
)
def test_a_phone_copys_name_date_and_reading_time_line_is_no_title(meta: str, iso: str) -> None:
    art = clean_page(_phone_copy(meta))
    assert art.title == "Operator Hapus Paket Internet Harian Mulai Februari, Ini Penggantinya"
    assert art.published is not None and art.published.iso == iso
    assert meta not in art.text


# --- an Islamic portal: name, role and outlet; a closing formula; a dated line below ----


def _pesantren_page(byline: str, closing: str, written: str) -> str:
    return "\n".join(
        [
            "Santrinesia.id",
            "Kabar Pesantren Nusantara",
            "Beranda  Kabar  Kajian  Tokoh  Pesantren",
            "Kabar › Pesantren",
            "Pesantren di Kebumen Bangun Perpustakaan Digital untuk Santri dan Warga Sekitar",
            "2 hari lalu · 3 menit baca",
            byline,
            "Santri membaca kitab digital di perpustakaan baru pesantren. (Foto: Santrinesia.id)",
            "Santrinesia.id – Pondok Pesantren Nurul Huda di Kebumen membuka perpustakaan digital "
            "yang bisa dipakai santri dan warga sekitar secara gratis sejak awal bulan ini.",
            "Pengasuh pesantren, KH Abdul Karim, mengatakan perpustakaan itu menyimpan lebih dari "
            "dua ribu kitab dan buku dalam bentuk digital.",
            '"Ilmu harus terbuka untuk siapa saja, bukan hanya santri," kata Kiai Karim.',
            closing,
            written,
            "Editor: Umar Faruq",
            "© 2026 Santrinesia.id · Tentang Kami · Kontak",
        ]
    )


@pytest.mark.parametrize(
    ("byline", "closing", "written", "iso"),
    [
        (
            "Siti Aminah Kontributor Santrinesia.id",
            "Wallahu a'lam bishawab.",
            "Ditulis pada: Senin, 7 Desember 2026 | 26 Jumadil Akhir 1448 H",
            "2026-12-07",
        ),
        (
            "Rudi Hartono Jurnalis Santrinesia.id",
            "Wallahu a’lam bis-showab",
            "Ditulis pada Selasa, 8 Desember 2026",
            "2026-12-08",
        ),
        (
            "Lutfi Hakim Koresponden Santrinesia.co.id",
            "Wassalamu'alaikum wr. wb.",
            "Dimuat tanggal 9 Desember 2026",
            "2026-12-09",
        ),
    ],
)
def test_an_islamic_portals_byline_closing_formula_and_written_date(
    byline: str, closing: str, written: str, iso: str
) -> None:
    art = clean_page(_pesantren_page(byline, closing, written))
    assert art.title.startswith("Pesantren di Kebumen Bangun Perpustakaan Digital")
    assert set_aside(art)[byline] == "byline"
    assert closing not in art.text and written not in art.text
    assert art.text.endswith('bukan hanya santri," kata Kiai Karim.')
    assert art.published is not None and art.published.iso == iso


def test_a_closing_formula_inside_a_sentence_stays() -> None:
    page = _pesantren_page(
        "Siti Aminah Kontributor Santrinesia.id",
        "Ia menutup ceramahnya dengan mengucapkan wallahu a'lam bishawab kepada jemaah.",
        "Ditulis pada: Senin, 7 Desember 2026",
    )
    art = clean_page(page)
    assert "wallahu a'lam bishawab kepada jemaah" in art.text


def test_a_title_case_headline_with_a_role_word_is_no_byline() -> None:
    art = clean_page(
        _pesantren_page(
            "Polisi Tangkap Reporter Gadungan di Kebumen",
            "Wallahu a'lam bishawab.",
            "Ditulis pada: Senin, 7 Desember 2026",
        )
    )
    assert set_aside(art).get("Polisi Tangkap Reporter Gadungan di Kebumen") != "byline"


# --- a match report: the statistics box under the last paragraph ------------------------


def _match_report(stats: str) -> str:
    return "\n".join(
        [
            "Gilabola.id - Kabar Sepak Bola Nasional",
            "LIGA 2 · PEKAN 9",
            "Persiraja Curi Kemenangan di Kandang Sriwijaya Lewat Gol Sundulan",
            "Oleh: Bima Saputra | Minggu, 29 November 2026 - 20:10 WIB",
            "Gilabola.id - Persiraja Banda Aceh menang 1-0 atas Sriwijaya FC di Stadion Gelora "
            "Sriwijaya Jakabaring, Minggu (29/11/2026), lewat sundulan Fadli Akbar.",
            "Tuan rumah menguasai bola hampir sepanjang laga, tetapi gagal memanfaatkan sejumlah "
            "peluang di babak kedua.",
            "Kemenangan itu membawa Persiraja naik ke peringkat ketiga klasemen sementara.",
            stats,
            "Tag: Liga 2, Persiraja, Sriwijaya FC",
            "Bagikan: WhatsApp | Facebook | X",
            "© 2026 Gilabola.id | Redaksi | Kontak",
        ]
    )


@pytest.mark.parametrize(
    "stats",
    [
        "Statistik Pertandingan: Penguasaan bola 62% - 38% · Tembakan 15 - 6 · Sepak pojok 8 - 2",
        "Statistik laga: Tembakan 15 - 6 | Tepat sasaran 4 - 3",
        "Penguasaan bola 62% - 38% · Pelanggaran 12 - 14 · Kartu kuning 3 - 2",
        "Match stats: Shots 15-6 | Corners 8-2 | Fouls 12-14",
    ],
)
def test_a_match_statistics_box_closes_no_story(stats: str) -> None:
    art = clean_page(_match_report(stats))
    assert art.text.endswith("peringkat ketiga klasemen sementara.")
    assert stats not in art.text


def test_a_score_sentence_is_no_statistics_box() -> None:
    line = "Persiraja menang 1-0 · Sriwijaya kalah 0-1 di kandang sendiri."
    art = clean_page(_match_report(line))
    assert line in art.text


# --- a sponsored story: its disclaimer and its desk code close no story -----------------


def _advertorial(last: str, disclaimer: str) -> str:
    return "\n".join(
        [
            "Harian Nusantara Online",
            "Beranda > Iklan > Gresik",
            "ADVERTORIAL",
            "Pemkab Gresik Buka Layanan Adminduk Keliling di Pulau Bawean",
            "Senin, 30 November 2026 | 10:00 WIB",
            "Gresik, Nusantara - Pemerintah Kabupaten Gresik membuka layanan administrasi "
            "kependudukan keliling di enam desa di Pulau Bawean selama dua pekan.",
            "Warga dapat mengurus kartu keluarga, akta kelahiran, dan KTP elektronik tanpa harus "
            "menyeberang ke daratan Gresik.",
            last,
            disclaimer,
            "Tags: Advertorial, Pemkab Gresik",
            "Copyright © 2026 Harian Nusantara. All Rights Reserved.",
        ]
    )


@pytest.mark.parametrize(
    ("last", "disclaimer"),
    [
        (
            "Jadwal layanan dapat dilihat di akun media sosial dinas setempat. [adv.rud]",
            "Artikel ini merupakan advertorial hasil kerja sama Harian Nusantara dengan "
            "Pemerintah Kabupaten Gresik. Isi di luar tanggung jawab redaksi.",
        ),
        (
            "Jadwal layanan dapat dilihat di akun media sosial dinas setempat. (adv.rud)",
            "Konten ini adalah konten bersponsor dari Pemerintah Kabupaten Gresik.",
        ),
        (
            "Jadwal layanan dapat dilihat di akun media sosial dinas setempat.",
            "Isi artikel di luar tanggung jawab redaksi Harian Nusantara.",
        ),
    ],
)
def test_an_advertorials_disclaimer_and_code_are_set_aside(last: str, disclaimer: str) -> None:
    art = clean_page(_advertorial(last, disclaimer))
    assert art.text.endswith("di akun media sosial dinas setempat.")
    assert disclaimer not in art.text


def test_a_sentence_about_advertorials_stays() -> None:
    line = (
        "Menurut dewan pers, artikel advertorial harus diberi tanda yang jelas agar pembaca "
        "tidak mengira itu berita."
    )
    art = clean_page(_advertorial(line, "Tags: Gresik"))
    assert line in art.text


# --- a table's caption between paragraphs: "Tabel: ... | ... Sumber: X" ----------------


@pytest.mark.parametrize(
    "table",
    [
        "Tabel: Ekspor karet (ribu ton) — Jan 2,4 | Feb 2,1 | Mar 1,9. Sumber: Gapkindo",
        "Grafik: Harga beras medium di tingkat konsumen, 2026. Sumber: Bapanas",
        "Tabel: Produksi kopi per kabupaten | Temanggung 12 | Wonosobo 9 | Kendal 4",
    ],
)
def test_an_unnumbered_tables_caption_is_set_aside(table: str) -> None:
    page = "\n".join(
        [
            "Kabar Ekonomi",
            "Ekspor Komoditas Perkebunan Turun pada Kuartal Terakhir",
            "Penulis: Andi Wijaya | Editor: Maya Sari",
            "Diterbitkan: Kamis, 26 November 2026 | 15:40 WIB",
            "JAKARTA - Ekspor sejumlah komoditas perkebunan turun pada kuartal terakhir karena "
            "permintaan dari Tiongkok dan India melemah.",
            table,
            "Asosiasi pengusaha memperkirakan ekspor kembali naik pada semester pertama 2027 "
            "seiring pulihnya harga di pasar global.",
            "Pemerintah juga menyiapkan insentif bagi eksportir yang membuka pasar baru di Afrika.",
        ]
    )
    art = clean_page(page)
    assert table not in art.text
    assert art.text.endswith("membuka pasar baru di Afrika.")


# --- an HTML page whose deck the markup names by its class --------------------------------


def _html_with_deck(tag: str, klass: str, deck: str) -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        "<title>Tujuh Cara Memulai Bersepeda ke Kantor bagi Pemula - Gaya Sehat</title>"
        '<meta property="article:published_time" content="2026-11-26T07:00:00+07:00">'
        "</head><body><header><span>Gaya Hidup Sehat Setiap Hari</span></header>"
        '<main><article><h1 class="detail__title">Tujuh Cara Memulai Bersepeda ke Kantor bagi '
        "Pemula</h1>"
        f'<{tag} class="{klass}">{deck}</{tag}>'
        '<div class="detail__meta"><span>Reporter: Intan Permata</span></div>'
        "<p>GAYASEHAT.COM, Bandung - Bersepeda ke kantor makin banyak dipilih pekerja muda di "
        "kota besar karena murah dan menyehatkan.</p>"
        "<p>Pelatih kebugaran, Yudi Firmansyah, menyarankan pemula memulai dengan rute pendek "
        "dua atau tiga kali seminggu.</p>"
        "<p>Ia juga mengingatkan pentingnya helm dan lampu sepeda bagi yang berangkat pagi "
        "sekali.</p>"
        "<p>Menurut Yudi, tubuh biasanya terbiasa setelah tiga sampai empat minggu.</p>"
        "</article></main><footer>© 2026 Gaya Sehat</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("tag", "klass"),
    [("p", "detail__sub"), ("div", "article-subtitle"), ("p", "post-excerpt lead-in")],
)
def test_a_deck_the_markup_classes_so_opens_no_story(tag: str, klass: str) -> None:
    deck = "Mulailah dengan rute pendek. Pilih jam berangkat sebelum jalan padat kendaraan."
    art = clean_document(
        RawDoc(Provenance("t.html"), _html_with_deck(tag, klass, deck), format="html")
    )
    assert art.text.startswith("Bersepeda ke kantor makin banyak dipilih")
    assert deck not in art.text


def test_a_first_paragraph_of_another_class_stays_the_lead() -> None:
    page = _html_with_deck("p", "subscribe-box", "Berlangganan buletin kami setiap pekan gratis.")
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert "Bersepeda ke kantor makin banyak dipilih" in art.text


def test_an_essays_closing_formula_is_its_last_line() -> None:
    """A fatwa or an essay, no dateline over its first paragraph: the writer closes the
    argument with the formula, and it stays."""
    page = "\n".join(
        [
            "KajianKita.Com",
            "Muamalah",
            "Bolehkah Membayar Zakat Fitrah dengan Uang? Ini Penjelasan Para Ulama",
            "Oleh: Hasan Basri",
            "Pertanyaan tentang zakat fitrah dengan uang selalu muncul menjelang akhir Ramadan, "
            "terutama di kota besar.",
            "Sebagian ulama membolehkannya karena uang lebih bermanfaat bagi penerima, sementara "
            "yang lain tetap mewajibkan bahan makanan pokok.",
            "Karena itu, umat dianjurkan mengikuti pendapat yang paling menenangkan hati dan "
            "sesuai kebutuhan penerima di daerahnya.",
            "Wallahu a'lam bishawab.",
            "Tentang Penulis",
            "Hasan Basri, alumnus pesantren di Kediri yang menulis seputar fikih.",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith("Wallahu a'lam bishawab.")
