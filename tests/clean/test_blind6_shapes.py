"""Shapes of page furniture seen on the sixth blind page set (issue 16), each an invented
page written here in that shape (not a labelled page), in several portals' variants: a
reader app's toolbar over a saved story (never the title) and its "Site · by Name · age"
byline; a lead that names the day of the news in its second sentence under a dateline;
a picture's caption printed over the lead (people's places "(kiri)", a source in capitals
"(SITUS)", a sentence over a lead that opens with its dateline); lead datelines with an
en dash or three hyphens; and the furniture a page prints after the story: comment
policies, calls for contributors, app downloads, a reader app's upsell, copyright lines
that name the site first, next/previous story links and a print view's "Tautan artikel
terkait:" list. Guards keep the story's own sentences about comments, apps and writing.
"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

HEADLINE = "Pasar Terapung Sungai Lintang Kembali Ramai Setelah Dermaga Diperbaiki"
LEAD = (
    "Pasar terapung di Sungai Lintang kembali ramai dikunjungi warga setelah dermaga kayu "
    "yang rusak diterjang arus diperbaiki oleh pemerintah kota."
)
SECOND = (
    "Kepala dinas perdagangan setempat menyebut jumlah pedagang perahu kini mencapai 140 "
    "orang, naik dua kali lipat dibandingkan bulan lalu."
)
LAST = (
    "Pemerintah kota berencana menambah dua dermaga kecil di hilir sungai agar perahu "
    "pedagang tidak berdesakan saat pagi hari."
)
RELATED = (
    "Berita Terkait\nHarga Ikan Patin Turun di Pasar Induk\nLomba Jukung Digelar Bulan Depan\n"
)


def _page(*head: str, lead: str = LEAD, tail: str = "") -> str:
    top = "\n\n".join(head)
    return f"Warta Lintang\n\n{top}\n\n{lead}\n\n{SECOND}\n\n{LAST}\n\n{tail}{RELATED}"


# ------------------------------------------------------------ reader-app toolbars

TOOLBARS = [
    "Unstar   Send to Kindle   Save to Instapaper   Open original (wartalintang.id)",
    "Save for later  ·  Mark as read  ·  Share  ·  Visit website",
    "Archive   Favorite   Tag   Share   View Original",
    "Baca nanti  |  Bagikan  |  Buka asli",
    "Simpan · Tandai sudah dibaca · Buka di peramban",
    "Flip  Like  Comment  Share",
    "Archive · Favorite · Tag · Highlights · Listen",
    "Like   Archive   Move   Share   Edit",
    "Mark as read  Star  Open in browser",
    "Later  Shortlist  Archive",
    "Simpan artikel · Salin tautan · Bagikan",
    "Open original · Send to Kindle · Read later",
]


@pytest.mark.parametrize("toolbar", TOOLBARS)
def test_a_reader_apps_toolbar_under_the_headline_is_not_the_title(toolbar: str) -> None:
    page = _page(
        "Semua artikel > Daerah > Warta Lintang (12 belum dibaca)",
        HEADLINE,
        "Warta Lintang  ·  by Rini Handayani  ·  3 hours ago",
        toolbar,
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert set_aside(art)[" ".join(toolbar.split())] == "navigation"
    assert art.text.startswith(LEAD)


@pytest.mark.parametrize(
    "line",
    [
        "Warta Lintang · by Rini Handayani · 3 hours ago",
        "Kabar Hulu - Situs.id · oleh Bayu Saputra · 2 jam lalu",
    ],
)
def test_a_reader_apps_byline_with_the_site_first_is_a_byline(line: str) -> None:
    art = clean_page(_page(HEADLINE, line, "View original  Read later"))
    assert art.title == HEADLINE
    assert set_aside(art)[line] == "byline"


def test_a_headline_with_one_action_word_stays_the_title() -> None:
    headline = "Warga Simpan Gabah di Lumbung Desa Jelang Musim Paceklik"
    art = clean_page(_page(headline, "Selasa, 4 Maret 2025 10:15 WIB"))
    assert art.title == headline


# ------------------------------------------------------------ the day in the lead's second sentence


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        (
            "Banjarlintang (WL) - Polisi membongkar komplotan pencuri kabel di tiga kecamatan. "
            "Empat orang ditangkap dalam operasi sejak Senin hingga Rabu (5/3/2025).",
            "2025-03-05",
        ),
        (
            "KUALA HILIR, Kabar Hulu - Dua perahu nelayan terbalik dihantam gelombang tinggi. "
            "Seluruh awak berhasil diselamatkan tim SAR gabungan pada Sabtu (16/11/2024) pagi.",
            "2024-11-16",
        ),
        (
            "Rantau – Harga cabai rawit di pasar tradisional terus merangkak naik. Pedagang "
            "mencatat harga tertinggi tahun ini pada Kamis (9/1/2025) kemarin.",
            "2025-01-09",
        ),
    ],
)
def test_a_dateline_lead_dates_the_story_by_its_second_sentence(lead: str, iso: str) -> None:
    art = clean_page(_page("Daerah", HEADLINE, "Penulis: Rini Handayani", lead=lead))
    assert art.published is not None and art.published.iso == iso


def test_a_bare_weekday_in_the_second_sentence_does_not_date_the_story() -> None:
    # "Minggu (1/12)" later in the lead names the incident's day; with no year on the page
    # but the header's "today", the story may be dated the day after: left undated.
    lead = (
        "KUALA HILIR – Dua perahu nelayan terbalik dihantam gelombang tinggi. Seluruh awak "
        "diselamatkan tim SAR, Kamis (6/3)."
    )
    page = _page("Jumat, 7 Maret 2025", "Daerah", HEADLINE, "Penulis: Rini Handayani", lead=lead)
    art = clean_page(page)
    assert art.published is None


def test_a_date_without_weekday_in_the_second_sentence_does_not_date_the_story() -> None:
    lead = (
        "Banjarlintang (WL) - Polisi membongkar komplotan pencuri kabel di tiga kecamatan. "
        "Komplotan itu sudah beraksi sejak 3 Januari 2023 di berbagai tempat."
    )
    art = clean_page(_page(HEADLINE, "Penulis: Rini Handayani", lead=lead))
    assert art.published is None


# ------------------------------------------------------------ a caption over the lead

CAPTIONS = [
    # where people stand in the picture
    "Kepala Dinas Perdagangan Sungai Lintang, Marlina (kiri), meninjau dermaga bersama "
    "pedagang perahu.",
    "Wali Kota Lintang (kedua dari kanan) berbincang dengan pedagang sayur di atas jukung.",
    "Para pedagang perahu (ki-ka) Siti, Ijah dan Amat menunggu pembeli sejak subuh.",
    "Camat Kuala Hilir (paling kiri, berompi oranye) menyerahkan bantuan mesin perahu kepada "
    "pedagang.",
    "Sejumlah pejabat kota (dari kiri ke kanan) meresmikan dermaga baru di tepi Sungai Lintang.",
    # a source in capitals in brackets after the sentence
    "Pedagang menata buah di atas perahu di dermaga baru Sungai Lintang. (WARTALINTANG)",
    "Suasana pasar terapung pada pagi hari setelah dermaga diperbaiki. (DOK. PEMKOT)",
    "Perahu pedagang merapat ke dermaga yang baru selesai diperbaiki. (KABARHULU/ISTIMEWA)",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_printed_over_the_lead_leaves_the_body(caption: str) -> None:
    art = clean_page(_page(HEADLINE, "Senin, 3 Maret 2025 | 09:40 WIB", caption))
    assert art.title == HEADLINE
    assert art.text.startswith(LEAD)
    assert set_aside(art)[caption] == "caption"


@pytest.mark.parametrize(
    "lead",
    [
        "Lintang – " + LEAD,
        "LINTANG, Warta Lintang - " + LEAD,
        "Lintang (WL) - " + LEAD,
    ],
)
def test_a_sentence_over_a_lead_that_opens_with_its_dateline_is_a_caption(lead: str) -> None:
    caption = "Sejumlah pedagang perahu menawarkan sayur dan buah kepada pembeli di dermaga."
    art = clean_page(_page(HEADLINE, "Penulis: Rini Handayani", caption, lead=lead))
    assert art.title == HEADLINE
    assert set_aside(art)[caption] == "caption"
    assert LEAD in art.text.split("\n\n")[0]


@pytest.mark.parametrize(
    "caption",
    [
        "Camat Kuala Hilir (kanan) menyerahkan bantuan mesin perahu kepada pedagang jukung.",
        "Para pedagang (ki-ka) Siti, Ijah dan Amat menata dagangan di atas perahu mereka.",
    ],
)
def test_a_caption_between_paragraphs_that_places_its_people_leaves_the_body(
    caption: str,
) -> None:
    page = f"Warta Lintang\n\n{HEADLINE}\n\nPenulis: Rini Handayani\n\n{LEAD}\n\n{caption}"
    page += f"\n\n{SECOND}\n\n{LAST}\n\n{RELATED}"
    art = clean_page(page)
    assert caption not in art.text
    assert set_aside(art)[caption] == "caption"
    assert SECOND in art.text and art.text.endswith(LAST)


def test_a_two_sentence_lead_over_a_second_paragraph_stays_the_lead() -> None:
    # No dateline below, no picture signs: the first paragraph is the story's.
    art = clean_page(_page(HEADLINE, "Penulis: Rini Handayani"))
    assert art.text.startswith(LEAD)


def test_a_one_sentence_lead_over_an_interview_answer_stays_the_lead() -> None:
    # "Name: answer" opens an interview's paragraph, as "Kota: ..." opens a lead.
    lead = "Pasar terapung di Sungai Lintang kembali ramai setelah dermaga diperbaiki pemkot."
    answer = "Marlina: Kami memperbaiki dermaga karena pedagang sudah lama mengeluh soal itu."
    art = clean_page(_page(HEADLINE, "Penulis: Rini Handayani", lead, lead=answer))
    assert art.text.startswith(lead)


def test_a_lead_with_its_own_dateline_is_kept_over_a_second_dateline() -> None:
    lead = "Lintang – " + LEAD
    art = clean_page(_page(HEADLINE, "Penulis: Rini Handayani", lead=lead))
    assert art.text.startswith(LEAD)


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("Lintang – " + LEAD, "Lintang –"),
        ("Lintang (Humas) --- " + LEAD, "Lintang (Humas) ---"),
        ("Kuala Hilir — " + LEAD, "Kuala Hilir —"),
    ],
)
def test_lead_datelines_with_a_long_dash_or_three_hyphens(lead: str, dateline: str) -> None:
    art = clean_page(_page(HEADLINE, "Penulis: Rini Handayani", lead=lead))
    assert art.text.startswith(LEAD)
    assert set_aside(art)[dateline] == "dateline"


# ------------------------------------------------------------ furniture after the story

END_FURNITURE = [
    # comment policies
    "Tulis komentarmu. Komentar yang mengandung hinaan tidak akan ditampilkan.",
    "Komentar berbau SARA dan pornografi akan dihapus oleh admin.",
    "Redaksi berhak menghapus komentar yang menyerang pribadi.",
    "Komentar Anda akan dimoderasi sebelum tampil di halaman ini.",
    "Setiap komentar menjadi tanggung jawab pemberi komentar sepenuhnya.",
    "Gunakan bahasa yang santun saat berkomentar.",
    "Komentar di bawah ini bukan tanggung jawab redaksi.",
    "Berkomentarlah dengan bijak dan sopan.",
    # calls for contributors
    "Kirim tulisanmu ke Warta Lintang dan dapatkan honor menarik setiap bulan.",
    "Kirimkan opini Anda melalui surel redaksi@wartalintang.id paling banyak 800 kata.",
    "Punya cerita menarik dari kampungmu? Kirim ke redaksi kami sekarang.",
    "Jadilah kontributor Warta Lintang dan kabarkan peristiwa di sekitarmu.",
    "Yuk menulis di Kabar Hulu, terbuka untuk pelajar dan mahasiswa.",
    "Anda punya tulisan opini? Kirimkan ke redaksi@kabarhulu.id beserta foto diri.",
    "Redaksi menerima tulisan opini dari pembaca dengan panjang 700 kata.",
    # app downloads
    "Unduh aplikasi Layanan Warga Lintang untuk mengurus izin dari rumah.",
    "Pasang aplikasi Kabar Hulu di ponselmu sekarang juga.",
    "Download the Warta Lintang app for breaking news alerts.",
    # a reader app's upsell
    "Upgrade to Feedreader Pro to unlock search and unlimited folders.",
    "Tingkatkan ke Premium untuk membaca tanpa iklan.",
    # copyright with the site first
    "Wartalintang.id (c) 2025, semua hak cipta dilindungi undang-undang.",
    "Kabar Hulu © 2024",
    # next and previous stories
    "Next article >  Harga Beras Medium Stabil Jelang Ramadan",
    "Artikel sebelumnya: Festival Jukung Hias Digelar di Muara",
]


@pytest.mark.parametrize("line", END_FURNITURE)
def test_furniture_after_the_story_leaves_the_body(line: str) -> None:
    art = clean_page(_page(HEADLINE, "Senin, 3 Maret 2025 | 09:40 WIB", tail=f"{line}\n\n"))
    assert art.text.endswith(LAST)
    assert " ".join(line.split()) in set_aside(art)


def test_a_print_views_related_links_leave_the_body() -> None:
    tail = (
        "Tautan artikel terkait:\n"
        "1. Dermaga Apung Baru Diresmikan, dari Rencana hingga Pembangunan\n"
        "2. Pedagang Jukung Minta Bantuan Mesin Perahu\n"
        "3. Harga Sayur di Pasar Terapung Turun\n\n"
    )
    art = clean_page(_page(HEADLINE, "Senin, 3 Maret 2025 | 09:40 WIB", tail=tail))
    assert art.text.endswith(LAST)
    removed = set_aside(art)
    assert removed["1. Dermaga Apung Baru Diresmikan, dari Rencana hingga Pembangunan"] == "related"


@pytest.mark.parametrize(
    "para",
    [
        "Warga diminta mengirimkan tulisan keluhan ke kantor kelurahan sebelum akhir bulan ini.",
        "Aplikasi itu bisa diunduh warga untuk melaporkan jalan rusak di sekitar rumah mereka.",
        "Komentar warga di media sosial kebanyakan mendukung perbaikan dermaga tersebut, kata dia.",
        "Menurut dia, menjadi kontributor di daerah terpencil tidak pernah mudah bagi wartawan muda.",
        "Pemkot menerima tulisan keluhan dari masyarakat umum setiap hari melalui kotak saran.",
        "Komentar warga di grup percakapan kelurahan ramai sejak dermaga itu dibuka kembali.",
    ],
)
def test_the_storys_own_sentences_about_comments_apps_and_writing_stay(para: str) -> None:
    page = _page(HEADLINE, "Senin, 3 Maret 2025 | 09:40 WIB", tail=f"{para}\n\n")
    art = clean_page(page)
    assert para in art.text
