"""Shapes seen on the fifteenth blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a lead naming the day something is still to
come; a photo credit in capitals spelling the site's address; a meta line holding the
author's name and the story's dates (with a revision, with a Hijri date); a desk's
initials in capitals in square brackets; a call to give closed by its button; an author's
bio under the story; a link to the story in the other language and a named newsletter's
call; a wiki's news page and its furniture; a text-mode dump numbering its links."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page

from warta.clean import patterns as P
from warta.clean.dates import find_dates
from warta.clean.line_split import split_lines
from warta.clean.metadata import announces
from warta.clean.pattern_labels import _is_name_and_dates
from warta.clean.shapes import split_credit

# --- a lead naming a day still to come ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarif angkot di Kota Palu naik Rp500 mulai Senin (14/12/2026).",
        "Rapat paripurna digelar Selasa (15/12/2026) minggu depan.",
        "Pemkab mewajibkan pedagang memakai kantong kain mulai 1 Maret 2027.",
        "Laga tunda itu akan digelar Sabtu (19/12/2026) di Stadion Kie Raha.",
        "Pendaftaran ditutup paling lambat Jumat (18/12/2026).",
        "Festival perahu hias digelar di Sungai Martapura, Minggu (20/12/2026) mendatang.",
    ],
)
def test_a_date_still_to_come_is_announced(sentence: str) -> None:
    assert announces(sentence, find_dates(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "Hingga Kamis (10/12/2026) pagi, banjir di Kecamatan Tapin Utara belum surut.",
        "Ratusan warga mulai mengungsi ke masjid, Kamis (10/12/2026) malam.",
        "Jumlah kasus per Selasa (8/12/2026) tercatat 214 orang.",
        "Ribuan pemudik yang akan menyeberang memadati Pelabuhan Merak, Kamis (10/12/2026).",
        "Polisi menangkap dua pelaku pencurian ternak di Desa Oebelo, Selasa (8/12/2026).",
    ],
)
def test_a_date_of_the_news_is_not_announced(sentence: str) -> None:
    assert not announces(sentence, find_dates(sentence)[0])


@pytest.mark.parametrize(
    ("lead", "coming"),
    [
        (
            "KABARPALU.COM, PALU - Tarif angkot di Kota Palu naik Rp500 mulai Senin "
            "(14/12/2026), sepekan setelah rapat dewan.",
            "2026-12-14",
        ),
        (
            "Situsternate – Dinas Pendidikan mewajibkan sekolah memakai rapor digital mulai "
            "1 Maret 2027. Aturan itu diteken bupati pekan lalu.",
            "2027-03-01",
        ),
        (
            "BANJARMASIN, KABARKALSEL - Festival perahu hias digelar di Sungai Martapura, "
            "Minggu (20/12/2026) mendatang.",
            "2026-12-20",
        ),
    ],
)
def test_a_lead_announcing_a_coming_day_does_not_date_the_page(lead: str, coming: str) -> None:
    page = "\n".join(
        [
            "Kabar Daerah",
            "Aturan Baru untuk Warga Kota Mulai Berlaku Bulan Depan",
            "Penulis: Rahmat Hidayat",
            lead,
            "Kepala dinas mengatakan sosialisasi sudah dilakukan sejak bulan lalu di kantor "
            "kelurahan.",
            "Warga diminta menyesuaikan diri sebelum aturan itu diterapkan penuh.",
        ]
    )
    art = clean_page(page)
    assert art.published is None or art.published.iso != coming


def test_a_lead_date_after_the_pages_today_date_does_not_date_the_page() -> None:
    page = "\n".join(
        [
            "KABAR TIMUR",
            "Senin, 7 Desember 2026",
            "Beranda  Daerah  Ekonomi  Olahraga",
            "Pasar Malam Tahunan Digelar di Alun-alun Kota Ternate",
            "Penulis: Rahmat Hidayat",
            "TERNATE, KABARTIMUR - Pasar malam tahunan digelar di alun-alun kota, Kamis "
            "(10/12/2026), dengan seratus lebih lapak kuliner.",
            "Panitia menyebut lapak sudah habis dipesan sejak dua pekan lalu.",
            "Pengunjung diminta memakai angkutan umum karena lahan parkir terbatas.",
        ]
    )
    art = clean_page(page)
    assert art.published is None or art.published.iso != "2026-12-10"


def test_a_lead_stating_the_day_of_the_news_still_dates_the_page() -> None:
    page = "\n".join(
        [
            "Kabar Daerah",
            "Banjir Rendam Dua Desa di Tapin, Ratusan Warga Mengungsi",
            "Penulis: Rahmat Hidayat",
            "RANTAU, KABARKALSEL - Hingga Kamis (10/12/2026) pagi, banjir di dua desa di "
            "Kecamatan Tapin Utara belum surut.",
            "Ketinggian air di permukiman warga mencapai satu meter.",
            "BPBD mendirikan dua dapur umum di halaman kantor kecamatan.",
        ]
    )
    art = clean_page(page)
    assert art.published is not None and art.published.iso == "2026-12-10"


# --- a photo credit in capitals spelling the site's address -------------------------------

CREDIT_HEADLINE = "Nelayan Bitung Keluhkan Solar Langka, Puluhan Kapal Tak Bisa Melaut"


@pytest.mark.parametrize(
    "credit",
    [
        "KABARSULUT.COM/RAHMAT HIDAYAT",
        "PORTAL-NUSA.CO.ID/ANDI MAPPA",
        "SUARABITUNG.ID/DEWI LESTARI",
    ],
)
def test_a_photo_credit_in_capitals_is_no_headline(credit: str) -> None:
    page = "\n".join(
        [
            "Kabar Sulut",
            "EKONOMI",
            CREDIT_HEADLINE,
            "Rabu, 9 Desember 2026 10:20 WITA",
            "Penulis: Rahmat Hidayat",
            "Bagikan ✉ WA X FB",
            credit,
            "Kapal nelayan bersandar di Pelabuhan Perikanan Samudera Bitung, Selasa (8/12/2026).",
            "KABARSULUT.COM, BITUNG - Puluhan kapal nelayan di Bitung tidak bisa melaut karena "
            "solar bersubsidi langka sejak sepekan terakhir.",
            "Ketua kelompok nelayan setempat mengatakan antrean di stasiun pengisian mencapai "
            "dua hari.",
            "Pertamina menjanjikan tambahan kuota mulai pekan depan.",
        ]
    )
    art = clean_page(page)
    assert art.title == CREDIT_HEADLINE
    assert credit not in art.text
    assert art.published is not None and art.published.iso == "2026-12-09"


# --- a meta line of the author's name and the story's dates ------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sari Wulandari | Rabu, 9 Desember 2026 - 08:15 WIB | Diperbarui Kamis, "
        "10 Desember 2026 - 11:00 WIB",
        "Redaksi Kabar Umat – Rabu, 9 Desember 2026 / 28 Jumadil Akhir 1448 H, 19:40 WIB",
        "Tim Liputan · Rabu, 9 Desember 2026 10:05 WIB",
        "Rabu, 9 Desember 2026 - 08:15 WIB | Andreas Lelo",
    ],
)
def test_a_name_and_dates_line_is_the_meta_line(line: str) -> None:
    headline = "Santri di Tasikmalaya Belajar Membuat Pupuk Organik dari Limbah Dapur"
    page = "\n".join(
        [
            "Kabar Umat",
            "Beranda » Berita » Daerah",
            headline,
            line,
            "Ilustrasi pupuk organik. (Foto: Dok. Kabar Umat)",
            "Kabarumat.com – Sebuah pesantren di Tasikmalaya mengajari santrinya membuat pupuk "
            "organik dari sisa sayuran dapur umum.",
            "Pengasuh pesantren mengatakan pupuk itu dipakai untuk kebun sayur milik pesantren.",
            "Kegiatan itu berlangsung setiap Sabtu pagi selepas pengajian.",
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.published is not None and art.published.iso == "2026-12-09"
    assert line not in art.text


@pytest.mark.parametrize(
    "line",
    [
        "Sari Wulandari | Diperbarui Kamis, 10 Desember 2026 - 11:00 WIB",
        "Warga Mengungsi | Rabu, 9 Desember 2026 banjir datang lagi",
        "Pasar Terapung Ramai Lagi | Rabu, 9 Desember 2026 | Kabar Kalsel",
    ],
)
def test_lines_that_are_not_a_name_and_dates(line: str) -> None:
    assert not _is_name_and_dates(line)


# --- a desk's initials in capitals, in square brackets ------------------------------------


@pytest.mark.parametrize("credit", ["[RH/DSW]", "[AB/CDE]", "[IK/RS/TW]"])
def test_capital_initials_in_square_brackets_are_a_credit(credit: str) -> None:
    paragraph = f'"Kami minta data pelanggan disimpan dengan aman," kata Rudi. {credit}'
    head, found = split_credit(paragraph)
    assert found == credit and head.endswith("kata Rudi.")


@pytest.mark.parametrize(
    "paragraph",
    ["Data itu dirilis oleh dua lembaga (BPS/KLB)", "Angka itu naik tajam. (BPS/KLB)"],
)
def test_capitals_in_round_brackets_stay_the_sentences(paragraph: str) -> None:
    assert split_credit(paragraph)[1] is None


def test_a_last_paragraph_signed_in_square_capitals_stays_in_the_body() -> None:
    page = "\n".join(
        [
            "Kabar Tekno",
            "Operator Wajib Simpan Data Wajah Pelanggan di Dalam Negeri",
            "Penulis: Rudi Hartono",
            "Kabartekno – Pemerintah mewajibkan operator seluler menyimpan data biometrik "
            "pelanggan di pusat data dalam negeri.",
            "Aturan itu berlaku untuk semua operator yang melayani registrasi kartu baru.",
            '"Wajah orang tidak dapat diganti layaknya PIN," kata pengamat keamanan '
            "siber, Rudi Hartono. [RH/DSW]",
            "Tags: operator data pribadi biometrik",
        ]
    )
    art = clean_page(page)
    assert art.text.rstrip().endswith("Rudi Hartono.")


# --- a call to give, closed by its button -------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        "🤲 Sisihkan sedekah terbaik Anda untuk pembangunan sekolah di pedalaman. Klik di sini ➜",
        "Salurkan donasi Anda bagi korban banjir Tapin. Tekan tombol di bawah ini.",
        "💚 Yuk salurkan zakat Anda untuk beasiswa santri penghafal. Klik tautan berikut.",
    ],
)
def test_a_call_to_give_with_its_button_leaves_the_body(call: str) -> None:
    page = "\n".join(
        [
            "Kabar Umat",
            "Pesantren di Ciamis Buka Kelas Bahasa Arab untuk Warga Desa",
            "Penulis: Siti Aminah",
            "Kabarumat.com – Sebuah pesantren di Ciamis membuka kelas bahasa Arab gratis "
            "untuk warga desa sekitar setiap Ahad pagi.",
            "Kelas itu diikuti lebih dari delapan puluh warga dari berbagai usia.",
            "Pengasuh pesantren berharap kelas serupa dibuka di desa lain tahun depan. (sit)",
            call,
            "Topik: pesantren, ciamis",
        ]
    )
    art = clean_page(page)
    assert call not in art.text
    assert art.text.rstrip().endswith("tahun depan.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Warga menyalurkan bantuan ke posko terdekat. Klik di sini tidak disebut petugas.",
        "Salurkan bantuan ke posko terdekat, kata bupati kepada warga.",
    ],
)
def test_a_sentence_about_giving_is_not_a_call(sentence: str) -> None:
    assert not P.CTA_SEARCH.found_in(sentence)


# --- an author's bio under the story ------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "bio"),
    [
        (
            "By Rina Oktaviani",
            "Rina Oktaviani covers energy and mining for Borneo Ledger from Balikpapan.",
        ),
        ("Oleh: Andreas Lelo", "Andreas Lelo meliput isu pendidikan dan pesisir di Flores."),
        ("Written by Rina Oktaviani", "Rina Oktaviani writes about ports and shipping."),
    ],
)
def test_an_authors_bio_after_the_story_is_a_byline(byline: str, bio: str) -> None:
    page = "\n".join(
        [
            "Borneo Ledger",
            "Coal Barge Traffic on the Mahakam Doubles as Prices Recover",
            byline,
            "December 9, 2026",
            "Coal barge traffic on the Mahakam river doubled in November from a year earlier, "
            "the port authority in Samarinda said on Wednesday.",
            "Traders said the recovery in prices had pushed miners to ship stockpiles.",
            "The authority expects traffic to slow during the rainy season as water levels rise.",
            "Share: Email  LinkedIn  X",
            bio,
        ]
    )
    art = clean_page(page)
    assert bio not in art.text
    assert art.text.rstrip().endswith("as water levels rise.")


def test_an_authors_name_over_a_bio_after_the_story_leaves_the_body() -> None:
    page = "\n".join(
        [
            "Kabar Baik Nusantara",
            "Beranda › Inovasi",
            "Mahasiswa Ende Rakit Pompa Air Tenaga Angin untuk Kebun Warga",
            "Ditulis oleh Maria Nona Bupu · 3 jam yang lalu",
            "Pompa angin di kebun warga. (Foto: Dok. Kampus)",
            "Kawan Kabar, mahasiswa di Ende merakit pompa air bertenaga angin untuk mengairi "
            "kebun sayur warga di lereng bukit.",
            "Pompa itu mampu mengalirkan ribuan liter air per hari tanpa listrik.",
            "Kelompok tani setempat berencana memesan dua unit lagi pada musim kemarau nanti.",
            "Tulisan ini dikirim Kawan Kabar lewat platform warga untuk berbagi kabar baik. "
            "Tulisan ini sepenuhnya tanggung jawab penulis.",
            "Maria Nona Bupu",
            "Mahasiswi teknik mesin di Ende. Suka menulis tentang desa dan teknologi tepat guna.",
            "Diterbitkan: Rabu, 9 Desember 2026 08:00",
        ]
    )
    art = clean_page(page)
    assert "Suka menulis" not in art.text
    assert art.text.rstrip().endswith("musim kemarau nanti.")


def test_a_story_sentence_opening_with_another_name_stays() -> None:
    page = "\n".join(
        [
            "Kabar Flores",
            "Guru di Ende Menulis Buku Cerita Anak dalam Bahasa Lio",
            "Oleh: Andreas Lelo",
            "Rabu, 9 Desember 2026",
            "Seorang guru sekolah dasar di Ende menulis buku cerita anak dalam bahasa Lio.",
            "Buku itu dibagikan gratis ke dua puluh sekolah di pedalaman.",
            "Maria Goreti menulis buku itu selama dua tahun di sela mengajar.",
        ]
    )
    art = clean_page(page)
    assert art.text.rstrip().endswith("di sela mengajar.")


# --- the other language, a named newsletter -----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Baca dalam Bahasa Inggris: Three New Reservoirs for a Dry City",
        "Read in Indonesian: Tiga Embung Baru untuk Kota yang Kering",
        "Read this story in Bahasa Indonesia: Tiga Embung Baru",
    ],
)
def test_a_link_to_the_other_language_is_related(line: str) -> None:
    assert P.OTHER_LANGUAGE_RE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to Borneo Morning Note — five regional stories before breakfast.",
        "Sign up for Nusantara Weekly: the week's business news in ten minutes.",
        "Berlangganan Kabar Pagi Sulawesi — lima berita pilihan setiap pagi.",
    ],
)
def test_a_named_newsletters_call_is_a_call(line: str) -> None:
    assert P.CTA_SEARCH.found_in(line)


def test_a_sentence_on_subscribers_is_no_call() -> None:
    assert not P.CTA_SEARCH.found_in(
        "Pelanggan PDAM di Kota Baru mengeluhkan air keruh sejak pekan lalu."
    )


# --- a wiki's news page -------------------------------------------------------------------

WIKI_HEADLINE = "Banjir bandang landa Kabupaten Sigi, dua jembatan putus"


def _wiki_page(tagline: str, footer: list[str]) -> str:
    return "\n".join(
        [
            "Langsung ke isi",
            "Menu utama",
            "Wikiberita",
            "Baca  Sunting  Lihat riwayat",
            WIKI_HEADLINE,
            tagline,
            "Rabu, 9 Desember 2026",
            "Sulawesi Tengah",
            "Banjir bandang melanda tiga desa di Kabupaten Sigi, Sulawesi Tengah, pada Rabu "
            "dini hari setelah hujan deras sejak sore.",
            "BPBD setempat mencatat dua jembatan desa putus dan puluhan rumah terendam lumpur.",
            "Pemerintah kabupaten membuka tiga posko pengungsian di balai desa.",
            "Sumber",
            '"Banjir Bandang Terjang Tiga Desa di Sigi". Kabar Palu, 9 Desember 2026.',
            '"BPBD: Dua Jembatan Putus di Sigi". Sulteng Terkini, 9 Desember 2026.',
            *footer,
        ]
    )


@pytest.mark.parametrize(
    ("tagline", "footer"),
    [
        (
            "Dari Wikiwarta, sumber berita bebas yang bisa disunting",
            [
                "Wikipedia mempunyai entri tentang: Kabupaten Sigi",
                "Sebarkan tulisan ini: Reddit  Mastodon  Surel",
                "Diambil dari “https://wikiwarta.example.org/wiki/Banjir_Sigi”",
                "Kategori: 9 Desember 2026  Diterbitkan  Sulawesi Tengah  Bencana",
                "Laman ini terakhir disunting pada 10 Desember 2026 pukul 08.00.",
                "Isi tersedia dengan lisensi CC BY-SA 4.0; syarat lain dapat berlaku.",
            ],
        ),
        (
            "From Wikinews, the free news source you can write!",
            [
                'Retrieved from "https://wikinews.example.org/wiki/Sigi_floods"',
                "Categories: December 9, 2026  Published  Indonesia  Disasters",
                "This page was last edited on 10 December 2026, at 08:00.",
                "Text is available under the Creative Commons Attribution 2.5 License.",
            ],
        ),
    ],
)
def test_a_wiki_news_page(tagline: str, footer: list[str]) -> None:
    art = clean_page(_wiki_page(tagline, footer))
    assert art.title == WIKI_HEADLINE
    assert art.published is not None and art.published.iso == "2026-12-09"
    assert art.text.rstrip().endswith("di balai desa.")
    assert "Kabar Palu" not in art.text


def test_a_citation_inside_a_story_sentence_is_the_story() -> None:
    line = 'Ia menyebut laporan "Banjir di Sigi" terbit di Kabar Palu pada 9 Desember 2026.'
    assert not P.CITATION_RE.match(line)


# --- a text-mode dump numbering its links -------------------------------------------------

LYNX_PAGE = """   [1]Lompat ke isi

   Rabu, 9 Desember 2026

   [2][logo-kabarmerapi.png]
   Kabar Merapi - Berita Lereng Merapi

     * [3]Sleman
     * [4]Magelang
     * [5]Klaten

   [6]Home > [7]Magelang

Jalur Pendakian Merbabu via Selo Ditutup Sepekan karena Kebakaran Hutan

   [8]Rina Kusumawati | Editor: [9]Bagus Santoso
   Rabu, 9 Desember 2026 | 10:15 WIB

   MAGELANG - Balai Taman Nasional menutup jalur pendakian Gunung Merbabu
   via Selo selama sepekan setelah kebakaran hutan melanda sekitar 20 hektare
   lahan di sekitar pos dua pada Selasa malam.

   [10]Baca Juga: Warga Lereng Merbabu Gelar Doa Bersama Minta Hujan

   Kepala Balai Taman Nasional Gunung Merbabu, Suryo Wibowo, menyebut pemadaman
   melibatkan puluhan relawan dan petugas dari tiga kabupaten sekaligus.

   Pendaki yang sudah memesan tiket dapat menjadwalkan ulang pendakian tanpa
   biaya tambahan hingga akhir bulan.

   Tags: [11]Merbabu [12]kebakaran hutan [13]pendakian

References

   1. https://kabarmerapi.id/#content
   8. https://kabarmerapi.id/author/rina-kusumawati
"""


def test_a_text_dumps_link_numbers_are_markup() -> None:
    art = clean_page(LYNX_PAGE)
    assert art.title == ("Jalur Pendakian Merbabu via Selo Ditutup Sepekan karena Kebakaran Hutan")
    assert "Baca Juga" not in art.text and "[" not in art.text
    assert art.text.rstrip().endswith("hingga akhir bulan.")
    assert art.published is not None and art.published.iso == "2026-12-09"


def test_footnote_numbers_after_words_are_kept() -> None:
    text = "Angka itu naik[1] menurut laporan[2] dan survei[3] terbaru."
    assert [line.text for line in split_lines(text)] == [text]


def test_a_wrapped_line_of_many_names_joins_its_paragraph() -> None:
    text = (
        "   Dalam sepekan terakhir, petugas mencatat puluhan titik api baru di lereng utara\n"
        "   gunung, sebagian besar di kawasan hutan pinus yang sangat kering saat ini.\n\n"
        "   Ketua Paguyuban Pemandu Gunung Merbabu, Slamet Riyadi, menyebut penutupan\n"
        "   jalur Selo memangkas separuh pendapatan pemandu selama musim libur ini.\n\n"
        "   Pemandu diminta membantu petugas memantau titik api di sekitar jalur lain.\n"
        "   Relawan juga berjaga di pos pendakian untuk mencegah pendaki masuk hutan.\n"
        "   Balai menyiapkan dua mobil tangki untuk membasahi jalur yang terbakar itu.\n"
    )
    lines = [line.text for line in split_lines(text)]
    assert any(line.startswith("Ketua Paguyuban") and "memangkas" in line for line in lines)
