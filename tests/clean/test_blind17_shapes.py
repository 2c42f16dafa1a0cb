"""Shapes seen on the seventeenth blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a match card's scorers with no label and its
venue named before its kind; a reaction bar and a breadcrumb trail at the foot of the
story; an investment disclaimer worded "tidak dimaksudkan sebagai rekomendasi"; a price
site's call to check prices; a community's call after the reader it is for; a deck under
the headline with the picture under it; a pull quote the story repeats; a caption
crediting "Image courtesy of ..."; a saved e-mail (RFC 822 headers, MIME parts,
quoted-printable or base64, attachments); a scroll-through data story (its scroll cue,
chapters, stat cards, chart captions and method note)."""

from __future__ import annotations

import base64

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import patterns as P
from warta.clean.mail_message import read_mail_message
from warta.clean.pattern_labels import _is_symbol_counter

# --- a match card's scorers with no label -----------------------------------------

LEAD_MATCH = (
    "Persiku Kudus harus puas berbagi angka dengan Nusantara United setelah bermain 2-2 di "
    "Stadion Wergu Wetan, Minggu (13/12/2026) sore, dalam laga Liga 2 grup tengah."
)
MORE_MATCH = [
    "Tim tamu sempat unggul dua gol lebih dulu lewat serangan balik cepat di babak pertama.",
    '"Kami bangkit karena pemain tidak menyerah sampai akhir," kata pelatih Persiku seusai laga.',
    "Hasil itu membuat Persiku tetap di posisi keempat klasemen sementara dengan 19 poin.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Rendi Saputra 34' — Yosua Wanggai 88'",
        "Imam Prasetyo 12', 56' (pen), Dimas Ardiansyah 90+2'",
        "Benny Wahyudi 7'",
        "Marc O'Brien 45' / Jan de Vries 77'",
    ],
)
def test_an_unlabelled_scorers_line_is_a_scorers_list(line: str) -> None:
    assert P.SCORER_LIST_RE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Gol Rendi pada menit 34' membuat stadion bergemuruh",
        "Persiku menang 3'",
        "Menit 88' jadi petaka",
        "Dimas Ardiansyah mencetak gol pada menit 90+2'.",
    ],
)
def test_a_sentence_with_a_minute_is_no_scorers_list(line: str) -> None:
    assert not P.SCORER_LIST_RE.match(line)


@pytest.mark.parametrize(
    "box",
    [
        [
            "Persiku 2-2 Nusantara United",
            "Rendi Saputra 34', 61' — Yosua Wanggai 20', 28'",
            "Wergu Wetan Arena, Kudus",
        ],
        ["Yosua Wanggai 20', 28' — Rendi Saputra 34', 61'", "Kudus Sport Park"],
        ["Persiku 2-2 Nusantara United", "Rendi Saputra 34', 61' - Yosua Wanggai 20', 28'"],
    ],
)
def test_a_match_card_under_the_dateline_is_not_the_title(box: list[str]) -> None:
    headline = "Dua Gol Rendi Selamatkan Persiku dari Kekalahan di Kandang Sendiri"
    page = "\n".join(
        [
            "Gelora Pantura",
            "Liga 1   Liga 2   Timnas   Futsal",
            "LIGA 2 2026/2027",
            headline,
            "Tim Gelora Pantura",
            "Minggu, 13 Des 2026 - 20:05",
            *box,
            LEAD_MATCH,
            *MORE_MATCH,
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.text.startswith("Persiku Kudus harus puas")
    for line in box:
        assert line not in art.text


# --- the foot of the story: a reaction bar, a breadcrumb trail ----------------------


@pytest.mark.parametrize(
    "line",
    ["👍 Suka 57   😮 Kaget 3   😢 Sedih 12", "❤️ Senang 1,2 rb  😡 Marah 40", "👏 Bangga 8"],
)
def test_a_reaction_bar_with_its_words_is_a_counter(line: str) -> None:
    assert _is_symbol_counter(line)


@pytest.mark.parametrize("line", ["👍 Suka sekali dengan pelayanan baru", "😢 Sedih"])
def test_a_line_of_words_by_an_emoji_is_no_counter(line: str) -> None:
    assert not _is_symbol_counter(line)


@pytest.mark.parametrize(
    "trail",
    [
        "Home › Liga 2 › Dua Gol Rendi Selamatkan Persiku dari Kekalahan...",
        "Beranda > Daerah > Kudus",
        "Beranda » Olahraga » Dua Gol Rendi Selamatkan Persiku",
    ],
)
def test_a_breadcrumb_trail_at_the_foot_leaves_the_body(trail: str) -> None:
    headline = "Dua Gol Rendi Selamatkan Persiku dari Kekalahan di Kandang Sendiri"
    page = "\n".join(
        [
            "Gelora Pantura",
            headline,
            "Minggu, 13 Des 2026 - 20:05",
            LEAD_MATCH,
            *MORE_MATCH,
            "Tag: Liga 2  Persiku",
            "👍 Suka 57   😮 Kaget 3   😢 Sedih 12",
            "Bagikan: WhatsApp  Facebook",
            trail,
            "Berita Lainnya",
            "PSIS Ditahan Imbang, Suporter Kecewa",
            "© 2026 Gelora Pantura",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith(MORE_MATCH[-1])
    assert set_aside(art)[" ".join(trail.split())] == "navigation"


def test_a_home_word_in_a_sentence_is_no_trail() -> None:
    assert not P.HOME_TRAIL_RE.match("Home industri di Kudus menyerap 300 pekerja baru.")
    assert not P.HOME_TRAIL_RE.match("Beranda rumah itu roboh diterjang angin.")


# --- calls and disclaimers closing the story ---------------------------------------

LEAD_MARKET = (
    "Jakarta – PT Semen Nusantara Tbk (SMNU) berencana membagikan dividen interim sebesar "
    "Rp45 per saham pada akhir Desember 2026, menurut keterbukaan informasi Senin (14/12/2026)."
)
MORE_MARKET = [
    "Total dividen yang dibagikan mencapai Rp270 miliar atau sekitar 38 persen dari laba.",
    "Direksi menyebut pembagian itu tidak mengganggu rencana belanja modal tahun depan.",
    "Saham SMNU ditutup menguat 1,8 persen ke level Rp1.130 pada perdagangan Senin sore.",
]


@pytest.mark.parametrize(
    "note",
    [
        "Disclaimer: Ulasan ini tidak dimaksudkan sebagai rekomendasi untuk mengoleksi saham "
        "tertentu. Setiap keputusan investasi ada di tangan pembaca.",
        "Disclaimer: Tulisan ini tidak ditujukan sebagai ajakan jual beli saham.",
        "Penafian: Analisis di atas hanya bahan pertimbangan, bukan ajakan jual beli saham.",
    ],
)
def test_an_investment_disclaimer_closing_a_market_story_leaves_the_body(note: str) -> None:
    headline = "Semen Nusantara Bagikan Dividen Interim Rp45 per Saham Akhir Desember"
    page = "\n".join(
        [
            "PASAR MODAL KITA",
            headline,
            "Senin, 14 Desember 2026 | 16:02 WIB",
            LEAD_MARKET,
            *MORE_MARKET,
            note,
            "Editor: Sari Lubis",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith(MORE_MARKET[-1])
    assert note not in art.text


def test_an_analyst_saying_it_is_no_recommendation_stays_in_the_story() -> None:
    line = (
        "Analis Mandala Sekuritas, Rudi Hartono, menegaskan ulasannya tidak dimaksudkan "
        "sebagai rekomendasi untuk mengoleksi saham SMNU."
    )
    assert not P.READER_NOTE_SEARCH.found_in(line)


@pytest.mark.parametrize(
    "call",
    [
        "Cek harga laptop hari ini dan bandingkan fiturnya di Hargaku.",
        "Bandingkan harga tiket pesawat termurah hanya di tiketmurah.id",
        "Yuk cek promo kulkas bulan ini di Belanja Pintar!",
    ],
)
def test_a_price_sites_call_is_a_call_to_action(call: str) -> None:
    assert P.CTA_SEARCH.found_in(call)


@pytest.mark.parametrize(
    "line",
    [
        "Cek harga gabah di tingkat petani masih di bawah HPP.",
        "Warga diminta mengecek harga sebelum membeli di pasar.",
    ],
)
def test_a_sentence_about_prices_is_no_call(line: str) -> None:
    assert not P.CTA_SEARCH.found_in(line)


@pytest.mark.parametrize(
    "call",
    [
        "Untuk Ayah yang suka memasak bersama anak, yuk join komunitas Dapur Ayah. Daftar di sini.",
        "Bagi pembaca yang gemar berkebun, ayo bergabung dengan komunitas Tanam Bersama!",
        "Yuk gabung komunitas pembaca Kabar Lembah dan dapatkan hadiah menarik.",
    ],
)
def test_a_community_call_is_a_call_to_action(call: str) -> None:
    assert P.CTA_SEARCH.found_in(call)


def test_joining_a_community_in_a_story_is_no_call() -> None:
    line = "Sejak 2019 ia bergabung dengan komunitas relawan sungai di Kudus."
    assert not P.CTA_SEARCH.found_in(line)


@pytest.mark.parametrize(
    "head",
    [
        "Ayah, tonton juga video berikut:",
        "Kak, saksikan juga video pilihan ini:",
        "Tonton video menarik lainnya:",
    ],
)
def test_a_video_box_head_with_a_vocative_is_a_box_head(head: str) -> None:
    assert P.VIDEO_BOX_HEAD_RE.match(head)


# --- the top of the story: a deck over the picture, a credited caption --------------

LEAD_HERITAGE = (
    "Sebanyak 140 lontar milik puri-puri tua di Kabupaten Klungkung, Bali, mulai dipindai "
    "oleh tim pustakawan Universitas Udayana sejak awal Desember 2026."
)
MORE_HERITAGE = [
    "Lontar-lontar itu bertahun-tahun tersimpan di peti kayu dan sebagian sudah dimakan ngengat.",
    "Ketua tim, Dr. Made Suastika, mengatakan lontar tertua berasal dari abad ke-19.",
    '"Kami menemukan catatan tentang musim paceklik di lembar-lembar terakhir," katanya.',
    "Menurut Made, catatan paceklik itu mirip buku harian para juru tulis puri.",
    "Hasil pemindaian akan diserahkan ke perpustakaan daerah pada pertengahan 2027.",
]


@pytest.mark.parametrize(
    "picture",
    [
        ["Lembar lontar yang sedang dipindai di Klungkung. (Foto: Dok. Universitas Udayana)"],
        ["Pustakawan memotret lontar di Puri Agung. (Foto: Kabar Bali/Nyoman Arta)"],
        ["Lontar tertua di meja pemindai. Foto oleh Kadek Wirawan."],
    ],
)
def test_a_deck_over_the_picture_is_a_standfirst(picture: list[str]) -> None:
    headline = "Ratusan Lontar Puri di Klungkung Dipindai, Ada yang Berumur Dua Abad"
    deck = "Tim pustakawan menemukan catatan paceklik di lembar terakhir lontar babad"
    page = "\n".join(
        [
            "Kabar Bali",
            "Budaya › Warisan",
            "Penulis: Nyoman Arta",
            headline,
            deck,
            *picture,
            LEAD_HERITAGE,
            *MORE_HERITAGE,
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.text.startswith("Sebanyak 140 lontar")
    assert set_aside(art)[deck] == "standfirst"


def test_a_lead_under_the_headline_with_no_picture_stays_the_lead() -> None:
    headline = "Ratusan Lontar Puri di Klungkung Dipindai, Ada yang Berumur Dua Abad"
    page = "\n".join(["Kabar Bali", headline, LEAD_HERITAGE, *MORE_HERITAGE])
    assert clean_page(page).text.startswith("Sebanyak 140 lontar")


def test_a_pull_quote_the_story_repeats_is_set_aside() -> None:
    headline = "Ratusan Lontar Puri di Klungkung Dipindai, Ada yang Berumur Dua Abad"
    pull = "“Catatan paceklik itu mirip buku harian para juru tulis puri.”"
    page = "\n".join(
        ["Kabar Bali", headline, LEAD_HERITAGE, *MORE_HERITAGE[:3], pull, *MORE_HERITAGE[3:]]
    )
    art = clean_page(page)
    assert pull not in art.text
    assert MORE_HERITAGE[3] in art.text


def test_a_quote_paragraph_the_story_does_not_repeat_stays() -> None:
    headline = "Ratusan Lontar Puri di Klungkung Dipindai, Ada yang Berumur Dua Abad"
    quote = "“Kami berharap generasi muda bisa membaca lontar ini lewat layar ponsel.”"
    page = "\n".join(
        ["Kabar Bali", headline, LEAD_HERITAGE, *MORE_HERITAGE[:3], quote, *MORE_HERITAGE[3:]]
    )
    assert quote in clean_page(page).text


@pytest.mark.parametrize(
    "caption",
    [
        "A ferry at the Ketapang harbour. Image courtesy of ASDP.",
        "Commuters at Dukuh Atas station. Photo courtesy of MRT Jakarta.",
        "Pedagang menata sayur di Pasar Badung. Foto oleh Made Wirya.",
    ],
)
def test_a_caption_crediting_who_gave_the_picture_is_a_caption(caption: str) -> None:
    assert P.CAPTION_SOURCE_RE.search(caption)


def test_a_sentence_about_a_gift_is_no_credit() -> None:
    assert not P.CAPTION_SOURCE_RE.search(
        "The mayor thanked residents. Photos by phone are welcome here."
    )


def test_an_english_caption_over_the_lead_leaves_the_body() -> None:
    headline = "Ferry Operator Adds Night Crossings to Bali for the Holidays"
    caption = "A ferry at the Ketapang harbour. Image courtesy of ASDP."
    lead = (
        "Ferry operator ASDP will run four extra night crossings between Ketapang and "
        "Gilimanuk from 18 December to cope with the holiday rush, the company said."
    )
    more = [
        "The extra crossings will leave every two hours between 10 pm and 4 am.",
        "Tickets must be bought online at least two hours before departure.",
    ]
    page = "\n".join(
        [
            "Island Times",
            headline,
            "The crossings run until 4 January",
            "Written by Putu Sari  |  December 12, 2026",
            "Share:  Facebook  X  WhatsApp",
            caption,
            lead,
            *more,
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.text.startswith("Ferry operator ASDP")


# --- a saved e-mail ------------------------------------------------------------------

SUBJECT = "Pemkot Salatiga Buka Posko Mudik di Lima Titik Selama Libur Natal"
RELEASE = [
    "Salatiga, 10 Desember 2026 – Pemerintah Kota Salatiga membuka posko mudik di lima titik "
    "sepanjang libur akhir tahun, mulai 21 Desember 2026 hingga 4 Januari 2027.",
    "Posko dilengkapi petugas kesehatan, tempat istirahat, dan layanan informasi lalu lintas "
    "bagi pemudik yang melintas di jalur Semarang-Solo.",
    '"Kami ingin pemudik merasa aman dan tidak memaksakan diri menyetir," kata Wali Kota '
    "Salatiga, Dian Permana.",
    "Informasi posko dapat dilihat di akun Instagram @pemkotsalatiga.",
]


def _quoted_printable(text: str, width: int = 60) -> str:
    """``text`` as quoted-printable with soft breaks at ``width`` (as a mailer writes)."""
    import quopri

    encoded = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    out: list[str] = []
    for line in encoded.splitlines():
        while len(line) > width:
            cut = width
            while line[cut - 1] == "=" or line[cut - 2] == "=":  # never inside "=XX"
                cut -= 1
            out.append(line[:cut] + "=")
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def _release_text() -> str:
    return "\n\n".join(
        ["SIARAN PERS", SUBJECT, *RELEASE, "###", "Narahubung:", "Bagian Humas Setda Kota Salatiga"]
    )


def _eml(part: str, encoding: str, subject: str = "[RILIS] Posko Mudik Salatiga") -> str:
    boundary = "----=_Bagian_77_1200"
    return (
        "Return-Path: <humas@salatiga.example>\n"
        "Received: from mail.salatiga.example (mail.salatiga.example [10.0.0.5])\n"
        "        by mx.example.net; Thu, 10 Dec 2026 08:01:02 +0700\n"
        "Date: Thu, 10 Dec 2026 08:00:55 +0700\n"
        "From: Humas Kota Salatiga <humas@salatiga.example>\n"
        "To: undisclosed-recipients:;\n"
        f"Subject: {subject}\n"
        "MIME-Version: 1.0\n"
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        "This is a multi-part message in MIME format.\n\n"
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        f"Content-Transfer-Encoding: {encoding}\n\n"
        f"{part}\n\n"
        f"--{boundary}\n"
        'Content-Type: application/pdf; name="rilis-posko.pdf"\n'
        'Content-Disposition: attachment; filename="rilis-posko.pdf"\n'
        "Content-Transfer-Encoding: base64\n\n"
        "JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29k\n"
        f"--{boundary}--\n"
    )


@pytest.mark.parametrize(
    "page",
    [
        _eml(
            _quoted_printable(_release_text() + "\n\n-- \nMilis Humas Kota Salatiga"),
            "quoted-printable",
        ),
        _eml(base64.encodebytes(_release_text().encode("utf-8")).decode("ascii"), "base64"),
    ],
    ids=["quoted-printable", "base64"],
)
def test_a_saved_email_is_read_as_its_decoded_story(page: str) -> None:
    art = clean_page(page)
    assert art.title == SUBJECT
    assert art.published is not None and art.published.iso == "2026-12-10"
    assert art.text.startswith("Pemerintah Kota Salatiga membuka posko mudik")
    assert art.text.endswith(RELEASE[-1])
    assert "Content-Disposition" not in art.text
    assert "=\n" not in art.text and "=E2" not in art.text


def test_an_encoded_subject_is_the_title_when_the_story_prints_none() -> None:
    encoded = "=?UTF-8?B?" + base64.b64encode(SUBJECT.encode()).decode() + "?="
    body = _quoted_printable("\n\n".join(RELEASE))
    art = clean_page(_eml(body, "quoted-printable", subject=encoded))
    assert art.title == SUBJECT
    assert art.text.startswith("Pemerintah Kota Salatiga")


def test_a_mail_with_no_date_in_its_story_is_dated_by_its_date_field() -> None:
    story = [line.replace("Salatiga, 10 Desember 2026 – ", "") for line in RELEASE]
    body = _quoted_printable("\n\n".join([SUBJECT, *story]))
    art = clean_page(_eml(body, "quoted-printable"))
    assert art.published is not None and art.published.iso == "2026-12-10"


def test_the_mail_reader_reads_subject_date_and_html_parts() -> None:
    page = (
        "From: Redaksi <r@contoh.example>\nTo: a@contoh.example\n"
        "Subject: Fwd: [Nawala] Banjir Surut di Demak\n"
        "Date: Fri, 11 Dec 2026 07:00:00 +0700\nMIME-Version: 1.0\n"
        "Content-Type: text/html; charset=UTF-8\n\n<html><body><p>Isi.</p></body></html>\n"
    )
    mail = read_mail_message(page)
    assert mail is not None and mail.is_html
    assert mail.subject == "Banjir Surut di Demak"


@pytest.mark.parametrize(
    "text",
    [
        "Subject: rapat desa\nIsi rapat membahas jalan.",
        "Dari: kantor desa\nKepada: warga\nPerihal: kerja bakti\n\nIsi surat.",
        "Judul: Banjir di Demak\nTanggal: 11 Desember 2026\n\nIsi berita.",
    ],
)
def test_text_without_a_mail_header_block_is_no_mail(text: str) -> None:
    assert read_mail_message(text) is None


# --- a scroll-through data story ---------------------------------------------------

STORY_OPEN = (
    "Pukul empat pagi, Sumarni (52) sudah memikul keranjang garam dari petak tambaknya di "
    "Desa Bunder, Kabupaten Pamekasan. Lima tahun lalu, petaknya menghasilkan dua ton sekali panen."
)
STORY_MORE = [
    "Kini hasilnya tinggal separuh.",
    '"Hujan datang lebih cepat, kemaraunya pendek," kata Sumarni sambil menurunkan keranjang.',
    "Catatan produksi dari dinas kelautan menunjukkan penurunan serupa di tiga kabupaten.",
    "Pemerintah provinsi menyatakan akan membangun gudang garam di dua kecamatan mulai 2027.",
    "Bagi Sumarni, gudang itu belum menjawab soal cuaca. Ia tetap menakar langit setiap pagi.",
]


@pytest.mark.parametrize(
    "cue", ["Scroll ke bawah ⬇", "Scroll down ↓", "⬇ Scroll ke bawah untuk membaca"]
)
def test_a_data_storys_opening_gives_way_to_its_first_chapter(cue: str) -> None:
    headline = "Garam yang Kian Sedikit"
    standfirst = (
        "Petambak garam di Madura kini memanen separuh dari lima tahun lalu. Kami membaca data "
        "delapan tahun dan ikut memanen di tiga desa."
    )
    page = "\n".join(
        [
            "Data Kita",
            "Beranda   Data   Visual   Tentang",
            "DATA KITA VISUAL",
            headline,
            standfirst,
            cue,
            "Bab 1 Tambak yang Menyusut · Bab 2 Cuaca · Bab 3 Gudang",
            "Bab 1",
            "Tambak yang Menyusut",
            STORY_OPEN,
            *STORY_MORE[:2],
            "1,1 ton",
            "rata-rata panen per petak di Pamekasan pada 2026, turun dari 2,1 ton pada 2021",
            STORY_MORE[2],
            "Grafik 1. Produksi garam rakyat per petak (ton), 2019–2026",
            "Bab 2",
            "Cuaca",
            *STORY_MORE[3:],
            "Catatan metodologi: Produksi dihitung dari laporan 1.204 petak tambak. Wawancara "
            "dilakukan pada November 2026.",
            "Penulis: Laila Fitri",
            "© 2026 Data Kita",
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.text.startswith("Pukul empat pagi")
    assert art.text.endswith(STORY_MORE[-1])
    aside = set_aside(art)
    assert aside[standfirst] == "standfirst"
    assert aside["1,1 ton"] == "caption"
    assert aside["Grafik 1. Produksi garam rakyat per petak (ton), 2019–2026"] == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Bab 1 Hulu · Bab 2 Hilir · Bab 3 Muara",
        "Chapter 1 The Coast | Chapter 2 The Sea",
        "Bagian I: Awal • Bagian II: Akhir",
    ],
)
def test_a_chapter_list_is_navigation(line: str) -> None:
    assert P.CHAPTER_LIST_RE.match(line)


def test_a_sentence_about_chapters_is_no_chapter_list() -> None:
    assert not P.CHAPTER_LIST_RE.match("Bab 1 undang-undang itu mengatur tata ruang pesisir.")


def test_a_figure_over_a_sentence_is_no_stat_card() -> None:
    headline = "Garam yang Kian Sedikit"
    page = "\n".join(
        [
            "Data Kita",
            headline,
            STORY_OPEN,
            "2026",
            "panen raya tahun ini terlambat sebulan",
            *STORY_MORE,
        ]
    )
    aside = set_aside(clean_page(page))
    assert aside.get("panen raya tahun ini terlambat sebulan") != "caption"
