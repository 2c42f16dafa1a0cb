"""Shapes seen on the sixteenth blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a match report's box of scorers, result and
venue under the headline; an English byline with "Published:" and "Updated:" dates; a
phone copy's meta lines marked by emoji; the credits as a closing sentence ("Artikel ini
ditulis oleh ... dan disunting oleh ..."); a call to tell one's story in the comments; a
reporter's initials in capitals closing the story; a messaging channel's page of posts
under day separators; a page saved as a raw HTTP response (``curl -i``)."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.clean import patterns as P
from warta.clean.http_response import split_http_preamble
from warta.clean.pattern_labels import _is_name_and_dates, _is_symbol_counter
from warta.clean.shapes import split_credit
from warta.records import Provenance, RawDoc

LEAD_SPORT = (
    "PSBS Biak menundukkan Malut United 3-1 dalam lanjutan Liga 1 di Stadion Cenderawasih, "
    "Biak, Sabtu (12/12/2026) sore, berkat dua gol di babak kedua."
)
MORE_SPORT = [
    "Tuan rumah tertinggal lebih dulu lewat gol sundulan pada menit ke-20 setelah sepak pojok.",
    '"Anak-anak tidak panik. Kami tahu peluang akan datang di babak kedua," kata pelatih PSBS.',
    "Kemenangan ini mengangkat PSBS ke posisi kesebelas klasemen sementara dengan 18 poin.",
]

# --- a match report's box: scorers, result, venue ------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Gol: Yohanes Rumbiak 52' - Arif Setiawan 20', 77' (pen)",
        "Pencetak gol: Lukas Mandowen (9'), Fajar Nugraha (45+1')",
        "Goals: Nadeo Rumere 14', Tomas Silva 88'",
        "Kartu merah: Dimas Pratama 63'",
    ],
)
def test_a_scorers_line_is_a_scoreboard(line: str) -> None:
    assert P.SCORERS_RE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Gol itu lahir dari skema latihan yang diulang sejak Selasa.",
        "Gol: Persiapan Timnas Menuju Piala Asia",
        "Goals scored in the second half decided the tie.",
    ],
)
def test_a_sentence_about_goals_is_no_scorers_line(line: str) -> None:
    assert not P.SCORERS_RE.match(line)


@pytest.mark.parametrize(
    "box",
    [
        [
            "HASIL AKHIR",
            "PSBS Biak 3-1 Malut United",
            "Stadion Cenderawasih - Biak",
            "Gol: Yohanes Rumbiak 52', 70', 86' - Dimas Tarigan 20'",
        ],
        ["PSBS Biak 3 - 1 Malut United", "Gol: Yohanes Rumbiak 52', 70', 86' - Dimas Tarigan 20'"],
        [
            "Pencetak gol: Yohanes Rumbiak (52', 70', 86'); Dimas Tarigan (20')",
            "Venue: Stadion Cenderawasih, Biak",
        ],
    ],
)
def test_a_match_box_under_the_headline_is_not_the_title(box: list[str]) -> None:
    headline = "Hattrick Rumbiak Bawa PSBS Biak Tekuk Malut United di Cenderawasih"
    page = "\n".join(
        [
            "Bola Timur",
            "Beranda | Kompetisi | Timnas | Futsal",
            headline,
            "Malut United gagal bangkit setelah kalah dua laga beruntun",
            "Oleh Markus Wenda  |  Sabtu, 12 Desember 2026 - 19:35 WIT",
            *box,
            LEAD_SPORT,
            *MORE_SPORT,
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.text.startswith("PSBS Biak menundukkan")
    for line in box:
        assert line not in art.text


def test_a_result_line_without_a_box_stays_a_headline() -> None:
    headline = "PSBS Biak 3-1 Malut United"
    page = "\n".join(
        ["Bola Timur", "Beranda | Kompetisi | Futsal", headline, LEAD_SPORT, *MORE_SPORT]
    )
    assert clean_page(page).title == headline


# --- an English byline with labelled dates -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Dewi Kartika  |  Published: Monday, December 7, 2026, 18:20 WIB  |  Updated: "
        "Tuesday, December 8, 2026, 06:45 WIB",
        "By Arif Budiman | Published: Dec 7, 2026 10:02 | Updated: Dec 7, 2026 13:40",
        "Lestari Wulan · Diterbitkan: Senin, 7 Desember 2026 09:47 WIB",
    ],
)
def test_a_byline_with_labelled_dates_is_a_meta_line(line: str) -> None:
    assert _is_name_and_dates(line)


def test_a_revision_first_is_still_no_meta_line() -> None:
    assert not _is_name_and_dates("Dewi Kartika | Updated: Tuesday, December 8, 2026, 06:45 WIB")


def test_an_english_byline_line_dates_the_page_and_is_not_the_title() -> None:
    headline = "Fishermen Protest as Fuel Quota for Small Boats Is Cut Again"
    page = "\n".join(
        [
            "The Archipelago Post",
            "News | Business | Regions | Opinion",
            "Business  ›  Energy",
            headline,
            "The ministry says the quota will be reviewed in March",
            "By Dewi Kartika  |  Published: Monday, December 7, 2026, 18:20 WIB  |  Updated: "
            "Tuesday, December 8, 2026, 06:45 WIB",
            "Makassar – Hundreds of small-boat fishermen rallied in front of the provincial "
            "office on Monday, saying the subsidised diesel quota had been cut for the third time.",
            "The fishermen said each boat now receives 20 litres a week, down from 35 litres "
            "earlier this year, which is not enough for a full trip.",
            "An official of the provincial fisheries agency said the cut followed a national "
            "decision and that the agency would ask for a review.",
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.published is not None and art.published.iso == "2026-12-07"


# --- a phone copy's meta lines marked by emoji ---------------------------------------


@pytest.mark.parametrize(
    "line",
    ["🕒 Waktu baca 3 menit", "💬 27", "👍 1,8 rb  ❤️ 240  😂 12", "⏱️ 5 min read", "👁 12.400"],
)
def test_an_emoji_counter_is_a_counter(line: str) -> None:
    assert _is_symbol_counter(line)


@pytest.mark.parametrize(
    "line", ["📢 Jadwal pemadaman listrik hari ini", "Rp 25.000", "12", "✓ Mengikuti"]
)
def test_an_emoji_line_with_words_is_no_counter(line: str) -> None:
    assert not _is_symbol_counter(line)


def test_a_phone_copy_deck_and_meta_lines_stay_out_of_the_body() -> None:
    page = "\n".join(
        [
            "08.14 🔕 📶 4G 61%",
            "🔒 gawaikita.id/tips/cara-cek-tautan-phishing",
            "≡  GawaiKita  🔍",
            "Tips › Keamanan",
            "Cara Cek Tautan Phishing Sebelum Diklik, Cuma Butuh 10 Detik",
            "Dapat link hadiah dari nomor asing? Tahan dulu jempolmu, sob!",
            "Rizky Maulana",
            "08 Des 2026, 07:40 WIB",
            "🕒 Waktu baca 3 menit",
            "💬 27",
            "Tautan phishing yang menyaru sebagai undian berhadiah kembali beredar di grup "
            "percakapan warga sepekan terakhir.",
            "Pelaku biasanya meminta korban mengisi nomor kartu dan kode OTP di halaman palsu "
            "yang mirip situs bank.",
            "Artikel ini ditulis oleh Rizky Maulana dan disunting oleh Redaksi GawaiKita.",
        ]
    )
    art = clean_page(page)
    assert art.text.startswith("Tautan phishing yang menyaru")
    assert art.text.endswith("mirip situs bank.")
    assert "Waktu baca" not in art.text and "💬" not in art.text


# --- the credits as a closing sentence ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Artikel ini ditulis oleh Rizky Maulana dan disunting oleh Redaksi GawaiKita.",
        "Berita ini disusun oleh Nur Aini, diedit oleh Yoga Pratama.",
        "Tulisan ini ditulis oleh Hendra Saputra.",
        "This story was written by Maya Sari and edited by Tom Lubis.",
    ],
)
def test_a_credits_sentence_is_a_byline(line: str) -> None:
    assert P.WRITTEN_BY_SENTENCE_RE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Artikel ini ditulis oleh seorang guru honorer yang menunggu gajinya selama lima bulan.",
        "Buku itu ditulis oleh Pramoedya di Pulau Buru.",
        "Artikel ini ditulis oleh Rizky Maulana. Ia meliput isu keamanan digital sejak 2019.",
    ],
)
def test_a_story_sentence_about_writing_is_no_credits(line: str) -> None:
    assert not P.WRITTEN_BY_SENTENCE_RE.match(line)


# --- a call to tell one's story in the comments ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sahabat Kabar, pernah mengalami hal serupa? Ceritakan kisahmu di kolom komentar, dong.",
        "Bagaimana dengan sekolah anak Anda? Ungkapkan pendapat Anda di kolom komentar.",
        "Do you have a nursing room at work? Tell us your story in the comments.",
        "Share your thoughts in the comments below!",
    ],
)
def test_a_call_to_comment_is_furniture(line: str) -> None:
    assert P.READER_NOTE_SEARCH.found_in(line)


@pytest.mark.parametrize(
    "line",
    [
        "Warga menceritakan pengalamannya kepada wartawan di posko pengungsian.",
        "Ia menulis keluhannya di kolom surat pembaca harian lokal pada 2019.",
        "The minister shared his views on the comments made by the governor.",
    ],
)
def test_a_story_sentence_about_telling_is_no_call(line: str) -> None:
    assert not P.READER_NOTE_SEARCH.found_in(line)


def test_a_closing_call_to_comment_ends_the_body_above_it() -> None:
    page = "\n".join(
        [
            "Mama Kita",
            "Keluarga | Kesehatan | Karier",
            "Sekolah Tanpa Kantin Sehat, Orang Tua Pilih Bawakan Bekal Setiap Hari",
            "Penulis: Intan Permata",
            "Banyak sekolah dasar di Kota Bogor belum memiliki kantin yang menjual makanan "
            "bergizi, menurut survei dinas kesehatan kota.",
            "Sebagian orang tua akhirnya memilih menyiapkan bekal sendiri setiap pagi meski "
            "harus bangun lebih awal.",
            "Sahabat Mama, apakah sekolah anakmu sudah punya kantin sehat? Ceritakan "
            "kisahmu di kolom komentar, dong.",
            "Bagikan: Facebook · Telegram · Line",
        ]
    )
    assert clean_page(page).text.endswith("harus bangun lebih awal.")


# --- a reporter's initials in capitals closing the story ------------------------------


@pytest.mark.parametrize("initials", ["(RBT)", "(AK)", "(DWIS)"])
def test_capital_initials_after_the_last_sentence_are_a_credit(initials: str) -> None:
    paragraph = f"Kapasitas terpasang naik menjadi 2,4 gigawatt tahun ini. {initials}"
    assert split_credit(paragraph, closing=True) == (
        "Kapasitas terpasang naik menjadi 2,4 gigawatt tahun ini.",
        initials,
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rapat digelar di gedung dewan (DPR).",
        "Data itu dirilis badan statistik (BPS)",
        "Kapasitas naik menjadi 2,4 gigawatt. (Perusahaan Listrik Negara)",
    ],
)
def test_capitals_inside_the_sentence_are_no_credit(paragraph: str) -> None:
    assert split_credit(paragraph, closing=True)[1] is None


def test_capital_initials_mid_story_are_kept() -> None:
    assert split_credit("Rapat selesai sore hari. (RBT)")[1] is None


def test_the_body_ends_before_the_capital_initials() -> None:
    page = "\n".join(
        [
            "Energi Kita",
            "Pertamina Tambah SPBU Nelayan di Pesisir Utara Jawa Tengah",
            "Penulis: Budi Santoso",
            "Pertamina Patra Niaga menambah lima stasiun pengisian bahan bakar khusus nelayan "
            "di pesisir utara Jawa Tengah tahun ini.",
            "Menurut data dinas kelautan, jumlah kapal kecil di wilayah itu mencapai 11 ribu "
            "unit dan terus bertambah. (BDS)",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith("terus bertambah.")


# --- a messaging channel's page ------------------------------------------------------

CHANNEL_PAGE = "\n".join(
    [
        "WhatsApp",
        "Saluran",
        "Kabar Pemprov",
        "Saluran · 86 rb pengikut",
        "✓ Mengikuti",
        "Akun resmi Biro Humas Pemprov Sulawesi Tengah. Informasi layanan publik.",
        "",
        "8 DESEMBER 2026",
        "",
        "📢 Pengumuman jam layanan samsat keliling hari ini dapat dilihat di laman resmi",
        "09.30",
        "👍 210",
        "",
        "9 DESEMBER 2026",
        "",
        "*Pemprov Sulteng Salurkan Bibit Kakao Gratis untuk 4.000 Petani*",
        "",
        "Pemerintah Provinsi Sulawesi Tengah mulai menyalurkan bibit kakao gratis kepada 4.000 "
        "petani di enam kabupaten.",
        "",
        "Penyaluran dilakukan dinas perkebunan bersama penyuluh desa, ditargetkan rampung "
        "akhir bulan ini.",
        "",
        "Petani yang belum terdaftar dapat melapor ke kantor desa masing-masing dengan membawa "
        "kartu tanda penduduk.",
        "",
        "Selengkapnya: https://kabarpemprov.id/berita/bibit-kakao-gratis-petani",
        "",
        "#Kakao #Sulteng",
        "14.05",
        "👍 1,1 rb  ❤️ 96",
        "",
        "HARI INI",
        "",
        "*Jembatan Darurat di Parigi Moutong Bisa Dilalui Motor*",
        "Kendaraan roda empat diminta memakai jalur alternatif.",
        "Selengkapnya: https://kabarpemprov.id/berita/jembatan-darurat-parimo",
        "07.50",
        "👍 540",
        "",
        "Bagikan tautan saluran",
        "Senyapkan",
        "Laporkan saluran",
    ]
)


def test_a_channel_page_reads_its_longest_post() -> None:
    art = clean_page(CHANNEL_PAGE)
    assert art.title == "Pemprov Sulteng Salurkan Bibit Kakao Gratis untuk 4.000 Petani"
    # Its own separator dates it, not the separator of the post above.
    assert art.published is not None and art.published.iso == "2026-12-09"
    assert art.text.startswith("Pemerintah Provinsi Sulawesi Tengah mulai")
    assert art.text.endswith("kartu tanda penduduk.")
    for gone in ("Akun resmi", "samsat", "Selengkapnya", "Jembatan Darurat", "👍"):
        assert gone not in art.text


def test_a_channel_page_with_the_story_first_is_dated_by_its_separator() -> None:
    page = CHANNEL_PAGE.replace("8 DESEMBER 2026", "KEMARIN").replace(
        "9 DESEMBER 2026", "7 DESEMBER 2026"
    )
    published = clean_page(page).published
    assert published is not None and published.iso == "2026-12-07"


@pytest.mark.parametrize(
    "line", ["Saluran · 86 rb pengikut", "Channel · 48K followers", "Kanal | 12.400 pelanggan"]
)
def test_a_channel_head_is_read(line: str) -> None:
    assert P.CHANNEL_HEAD_RE.match(line)


def test_a_sentence_about_followers_is_no_channel_head() -> None:
    assert not P.CHANNEL_HEAD_RE.match("Saluran itu kini punya 86 ribu pengikut.")


def test_a_page_without_a_channel_head_is_left_alone() -> None:
    art = clean_page(CHANNEL_PAGE.replace("Saluran · 86 rb pengikut\n", ""))
    assert "post-day" not in set_aside(art).values()


# --- a page saved as a raw HTTP response -----------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="UTF-8">
<title>Banjir Rob Rendam Pelabuhan Rakyat di Sungai Mahakam - Kabar Etam</title></head>
<body>
<nav><a>Beranda</a> <a>Samarinda</a> <a>Kutai</a></nav>
<article>
<h1 class="entry-title">Banjir Rob Rendam Pelabuhan Rakyat di Sungai Mahakam</h1>
<p class="byline">Ditulis <i>Redaksi Kabar Etam</i>, Senin, 7 Desember 2026 -
 20:10 WITA</p>
<section class="isi">
<p>Banjir rob merendam pelabuhan rakyat di tepi Sungai Mahakam, Samarinda, Senin (7/12/2026)
 sore, hingga setinggi lutut orang dewasa.</p>
<p>Sejumlah perahu penumpang menunda keberangkatan karena dermaga tertutup air dan arus
 sungai deras.</p>
<p>Petugas pelabuhan meminta pemilik perahu tidak memaksakan berangkat sampai air surut.</p>
</div></article>
<footer>© 2026 Kabar Etam</footer>
</body></html>
"""

PREAMBLES = [
    "$ curl -i -L https://kabaretam.id/2026/12/banjir-rob-pelabuhan/\n"
    "HTTP/1.1 301 Moved Permanently\nlocation: https://www.kabaretam.id/2026/12/x/\n"
    "server: nginx\n\nHTTP/1.1 200 OK\ndate: Tue, 08 Dec 2026 02:00:00 GMT\n"
    "last-modified: Tue, 08 Dec 2026 01:30:00 GMT\ncontent-type: text/html; charset=UTF-8\n\n",
    "HTTP/2 200\ncontent-type: text/html\nx-cache: HIT\n\n",
]


@pytest.mark.parametrize("preamble", PREAMBLES)
@pytest.mark.parametrize("fmt", ["html", "text"])
def test_a_raw_http_response_is_read_past_its_headers(preamble: str, fmt: str) -> None:
    raw = RawDoc(Provenance("t.html"), preamble + HTML_PAGE, format=fmt)  # type: ignore[arg-type]
    art = clean_document(raw)
    assert art.title == "Banjir Rob Rendam Pelabuhan Rakyat di Sungai Mahakam"
    assert art.published is not None and art.published.iso == "2026-12-07"
    assert art.text.startswith("Banjir rob merendam pelabuhan rakyat")
    assert "last-modified" not in art.text


def test_a_text_page_opening_with_words_has_no_preamble() -> None:
    text = "HTTP kini jarang dipakai tanpa enkripsi.\nserver: nama lain peladen."
    assert split_http_preamble(text) == (None, text)
