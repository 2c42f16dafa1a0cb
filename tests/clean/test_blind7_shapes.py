"""Shapes of page furniture seen on the seventh blind page set (issue 16), each an invented
page written here in that shape (not a labelled page), in several variants: a video
page's player and broadcast note, a podcast's player, platforms and credits by roles, a
share bar under the headline, an author's card with a profile role, a caption credited
"(Outlet/abc)" over the lead, a forwarded e-mail release, a letter's "Perihal :" subject,
an HTML page headed by the site's name; and the furniture after a story: donation boxes
and bank accounts, newsletter sign-ups, radio calls, forum replies, responses and
reaction bars with their comments, a print-to-PDF's running lines, chapter lists,
production credits, tag lines, author cards, an organisation's boilerplate, a letter's
closing formula, a live report's time stamps. Guards keep the story's own sentences.
"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.records import Provenance, RawDoc

HEADLINE = "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan Bambu yang Putus"
LEAD = (
    "Ratusan warga Desa Sukamaju bergotong royong memperbaiki jembatan bambu yang putus "
    "diterjang arus sungai sejak awal pekan ini."
)
SECOND = (
    "Kepala desa setempat mengatakan jembatan itu menjadi satu-satunya akses anak-anak "
    "menuju sekolah dasar di seberang sungai."
)
LAST = (
    "Pemerintah kabupaten berjanji membangun jembatan beton permanen pada tahun anggaran "
    "berikutnya agar warga tidak lagi khawatir."
)
DATE_LINE = "Rabu, 12 Maret 2025 | 14.20 WIB"


def _page(*head: str, tail: str = "", mid: str = "") -> str:
    top = "\n\n".join(head)
    middle = f"{mid}\n\n" if mid else ""
    return f"Kabar Lembah\n\nBeranda  Daerah  Video\n\n{top}\n\n{LEAD}\n\n{middle}{SECOND}\n\n{LAST}\n\n{tail}"


def _one(line: str) -> str:
    """``line`` as the cleaner keeps it: its runs of spaces made one."""
    return " ".join(line.split())


# ------------------------------------------------------------- video and podcast pages

PLAYERS = [
    "▶  00:00 / 04:18      Layar penuh   Kirim",
    "► Mainkan   00:00 / 41:05   2x",
    "▷ 00:00 / 12:30",
    "Putar video 00:00 / 03:15 Layar penuh",
]
NOTES = [
    "Tayang di program Sapa Pagi, Selasa pagi",
    "Disiarkan dalam acara Kabar Sore, Rabu petang",
    "Ditayangkan pada program Jejak Desa, Minggu siang",
    "Aired on Warta Malam, Monday night",
]


@pytest.mark.parametrize("player", PLAYERS)
@pytest.mark.parametrize("note", NOTES)
def test_a_video_pages_player_and_broadcast_note_are_not_the_title(player: str, note: str) -> None:
    art = clean_page(_page(HEADLINE, f"Diunggah: {DATE_LINE}", player, note))
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == "2025-03-12"
    assert set_aside(art)[note] == "caption"
    assert art.text.startswith(LEAD)


CREDIT_ROWS = [
    "Host: Rini Astuti   |   Tamu: Joko Susilo (nelayan), Dr. Maya Lestari (peneliti)",
    "Pembawa acara: Fajar Nugroho · Narasumber: Lina Marlina (guru)",
    "Produser: Sekar Ayu   ·   Penyunting audio: Bima Sakti",
    "Reporter: Tono Wijaya | Kameramen: Dedi Kurnia | Editor Video: Yuni Astari",
]


@pytest.mark.parametrize("row", CREDIT_ROWS)
def test_credits_by_roles_are_a_byline_not_the_title(row: str) -> None:
    art = clean_page(_page(HEADLINE, f"Episode 7 · {DATE_LINE}", PLAYERS[1], row))
    assert art.title == HEADLINE
    assert set_aside(art)[_one(row)] == "byline"
    assert art.text.startswith(LEAD)


PLATFORM_CALLS = [
    "Simak juga di YouTube Music atau Castbox",
    "Listen on Spotify, Apple Podcasts and Castbox",
    "Simak di YouTube Music dan Spotify",
    "Tersedia juga di Spotify dan Castbox",
]


@pytest.mark.parametrize("call", PLATFORM_CALLS)
def test_a_call_to_listen_elsewhere_is_navigation(call: str) -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, call))
    assert art.title == HEADLINE
    assert set_aside(art)[call] in ("navigation", "related")


CHAPTERS = [
    "Daftar isi episode:\n00:00  Pembuka\n03:40  Mengapa jembatan putus?\n18:05  Penutup",
    "Chapters\n01:12  Awal cerita\n09:30  Siapa yang memperbaiki?",
    "Segmen:\n(00:00) Pembuka\n(05:20) Suara warga desa",
]


@pytest.mark.parametrize("chapters", CHAPTERS)
def test_an_episodes_chapter_list_leaves_the_body(chapters: str) -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, tail=chapters))
    assert art.text.endswith(LAST)
    for line in chapters.splitlines():
        assert line.strip() not in art.text


TAIL_FURNITURE = [
    # production notes
    "Suara Lembah diproduksi oleh Radio Kabar Lembah dengan dukungan Yayasan Sungai Bersih.",
    "Podcast ini diproduksi oleh tim multimedia Kabar Lembah.",
    # episode links
    "Ep. 12 · Sekolah di Seberang Sungai: Cerita Anak-anak Sukamaju",
    "Episode 11: Mengapa Jembatan Kita Selalu Putus?",
    # radio calls
    "Dengarkan Radio Lembah 98,3 FM lewat aplikasi ponsel.",
    "Dengarkan Kabar Lembah di puluhan radio mitra se-Sumatra.",
    "Simak Radio Suara Desa via streaming setiap pagi.",
    # donation boxes
    "Bantu liputan warga: berdonasi ke rekening Bank Desa 9876543210 a.n. Yayasan Lembah.",
    "Rekening Kemanusiaan: Bank Tani 123.456.7890 a.n. Posko Peduli Sukamaju",
    "Nomor rekening: 0011223344 a.n. Kas Masjid Raya",
    "Mari ringankan beban mereka. Salurkan infak Anda lewat link peduli.kabarlembah.id/jembatan",
    "Yuk, titipkan zakat Anda melalui QRIS yang tersedia di halaman ini.",
    # newsletter sign-ups
    "Tak mau ketinggalan? Daftarkan surel kamu dan terima buletin Lembah tiap Senin.",
    "Masukkan alamat surel Anda untuk berlangganan.",
    "Sign up for our newsletter to get the week's best stories.",
    # a channel's call as a second sentence
    "Kabar desa tiap pagi di ponselmu. Gabung kanal Telegram Kabar Lembah.",
    # tag lines
    "Tag: jembatan   gotong royong   Sukamaju",
    "Tags: banjir, sungai, desa",
    "Kata kunci: jembatan bambu, banjir",
    # a letter's closing formula
    "Demikian surat ini saya sampaikan untuk dimaklumi.",
    "Atas perhatian dan kerja samanya, diucapkan terima kasih.",
    # a release's number line
    "Nomor: 77/SP/Humas/III/2025",
]


@pytest.mark.parametrize("line", TAIL_FURNITURE)
def test_furniture_after_the_story_leaves_the_body(line: str) -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, tail=line))
    assert art.text.endswith(LAST), art.text[-200:]
    assert line not in art.text


# ------------------------------------------------------------- share bars, profile roles

SHARE_BARS = [
    "Share:  WA  Line  FB",
    "Share: Facebook  Twitter  LinkedIn",
    "Sebarkan  WhatsApp  Telegram  Salin tautan",
]


@pytest.mark.parametrize("bar", SHARE_BARS)
def test_a_share_bar_under_the_headline_is_not_the_title(bar: str) -> None:
    art = clean_page(_page(HEADLINE, "3 jam lalu  ·  Reporter: Tono Wijaya", bar))
    assert art.title == HEADLINE
    assert set_aside(art)[_one(bar)] == "navigation"
    assert set_aside(art)["3 jam lalu · Reporter: Tono Wijaya"] == "byline"


PROFILES = [
    ("Sari Wulandari", "Direktur Perumda Pasar Kota | Pengelolaan Pasar Rakyat"),
    ("Budi Santoso", "Dosen Teknik Sipil Universitas Lembah"),
    ("Made Wirawan", "Konsultan Infrastruktur Air | Irigasi Desa"),
]


@pytest.mark.parametrize(("name", "role"), PROFILES)
def test_a_profile_role_under_the_authors_name_is_not_the_title(name: str, role: str) -> None:
    art = clean_page(_page(HEADLINE, name, role, "Dipublikasikan 12 Mar 2025", "+ Ikuti"))
    assert art.title == HEADLINE
    assert set_aside(art)[role] == "byline"
    assert art.published is not None and art.published.iso == "2025-03-12"


# ------------------------------------------------------------- captions, datelines

CAPTIONS = [
    "Warga memikul bambu menuju lokasi jembatan di Desa Sukamaju. (Kabar Lembah/rin)",
    "Anak-anak menyeberang sungai dengan perahu kecil. (Suara Desa/ab)",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_credited_outlet_and_initials_is_not_the_title(caption: str) -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, "Reporter: Tono Wijaya | Editor: Rina", caption))
    assert art.title == HEADLINE
    assert caption in set_aside(art)  # a caption, or header furniture over a short one
    assert art.text.startswith(LEAD)


@pytest.mark.parametrize("site", ["Kabarlembah.online", "Suaradesa.news", "Lembahtv.tv"])
def test_a_site_dateline_glued_to_an_em_dash_leaves_the_lead(site: str) -> None:
    text = _page(HEADLINE, DATE_LINE).replace(LEAD, f"{site}— {LEAD}")
    assert clean_page(text).text.startswith(LEAD)


# ------------------------------------------------------------- forwarded mail, letters

FORWARD_MARKERS = [
    "---------- Forwarded message ---------",
    "-----Original Message-----",
    "Begin forwarded message:",
    "---------- Pesan yang diteruskan ----------",
]


@pytest.mark.parametrize("marker", FORWARD_MARKERS)
def test_a_forwarded_releases_wrapper_leaves_the_story(marker: str) -> None:
    page = "\n\n".join(
        [
            f"Surel - Fwd: [RILIS] {HEADLINE}",
            "Meja Redaksi <meja.redaksi@kabarlembah.id>",
            "Rab, 12 Mar 2025, 15.02",
            "Bang, rilis bupati buat edisi besok. Cek angka-angkanya dulu sebelum tayang.",
            marker,
            "Dari: Humas Kabupaten <humas@lembahkab.go.id>",
            f"Subject: [RILIS] {HEADLINE}",
            "PEMERINTAH KABUPATEN LEMBAH",
            "SIARAN PERS",
            "Nomor: 21/SP/Humas/III/2025",
            HEADLINE,
            f"Lembah, 12 Maret 2025 – {LEAD}",
            SECOND,
            LAST,
        ]
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.text.startswith("Lembah, 12 Maret 2025 –") or art.text.startswith(LEAD)
    removed = set_aside(art)
    assert removed["Meja Redaksi <meja.redaksi@kabarlembah.id>"] == "mail-header"
    assert "Bang, rilis bupati buat edisi besok. Cek angka-angkanya dulu sebelum tayang." in removed
    assert "Nomor: 21/SP/Humas/III/2025" in removed


@pytest.mark.parametrize("label", ["Perihal :", "Perihal:", "Hal :", "Subject:"])
def test_a_letters_subject_line_gives_the_title_without_its_label(label: str) -> None:
    page = "\n\n".join(
        [
            "Pengumuman Emiten",
            f"Tanggal Pengumuman: {DATE_LINE}",
            f"{label} {HEADLINE}",
            LEAD,
            SECOND,
            LAST,
        ]
    )
    assert clean_page(page).title == HEADLINE


# ------------------------------------------------------------- threads under the story

THREADS = [
    # a forum's reply bar, then replies
    "Kutip   Balas   Laporkan\n\nPost #2\n\nwarga_lembah\n\n"
    "Semoga jembatannya cepat jadi, kasihan anak-anak harus memutar jauh tiap pagi.",
    # a professional network's reaction bar, then comments
    "57   ·   9 komentar   ·   2 posting ulang\n\nLike   Komentari   Kirim\n\nDewi Lestari\n\n"
    "Analis Kebijakan Publik\n\nSangat menginspirasi, semoga bisa ditiru desa-desa lain di sekitarnya.",
    # a blog platform's responses, then "more from"
    "Responses (3)\n\nAgus Salim\n\nCeritanya sangat menyentuh, semoga jembatannya segera dibangun.\n\n"
    "Reply\n\nMore from Kabar Lembah\n\nSekolah di Seberang Sungai yang Tak Pernah Sepi",
    "Like   Comment   Share\n\nNina Kartika\n\nBoleh dibagikan data lengkapnya, Pak? Ini sangat berguna.",
]


@pytest.mark.parametrize("thread", THREADS)
def test_replies_under_a_reply_bar_leave_the_body(thread: str) -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, tail=thread))
    assert art.text.endswith(LAST), art.text[-200:]


def test_a_share_bar_with_a_comment_button_between_paragraphs_does_not_cut_the_story() -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, mid="Bagikan   Komentar   WhatsApp"))
    assert art.text.endswith(LAST)
    assert SECOND in art.text


def test_a_reply_bar_over_the_story_does_not_cut_it() -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, "Like   Komentari   Kirim"))
    assert art.text.startswith(LEAD) and art.text.endswith(LAST)


AUTHOR_CARDS = [
    "Tentang Penulis\n\nRina Astuti, guru SD di Sukamaju dan pegiat literasi anak.",
    "Written by Rina Astuti\n\n860 pengikut\n\n"
    "Guru dan penulis lepas. Menulis soal desa, sungai dan sekolah kecil.",
    "Profil Penulis:\n\nRina Astuti adalah mahasiswa tingkat akhir di Universitas Lembah.",
]


@pytest.mark.parametrize("card", AUTHOR_CARDS)
def test_an_authors_card_after_the_story_leaves_the_body(card: str) -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, tail=card))
    assert art.text.endswith(LAST), art.text[-200:]


BOILERPLATES = [
    "Yayasan Sungai Bersih adalah lembaga nirlaba yang bergerak di bidang pelestarian sungai.",
    "Lembah Peduli merupakan organisasi kemanusiaan milik masyarakat desa.",
]


@pytest.mark.parametrize("line", BOILERPLATES)
def test_an_organisations_boilerplate_among_the_footer_leaves_the_body(line: str) -> None:
    tail = f"Layanan Donatur: 0800-111-2222 | WhatsApp 0812-3333-4444\n\n{line}"
    art = clean_page(_page(HEADLINE, DATE_LINE, tail=tail))
    assert art.text.endswith(LAST), art.text[-200:]


@pytest.mark.parametrize("line", BOILERPLATES)
def test_an_organisation_described_between_paragraphs_stays(line: str) -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, mid=line))
    assert line in art.text


# ------------------------------------------------------------- print-to-PDF, live reports

PRINT_PAIRS = [
    ("https://www.kabarlembah.id/2025/03/12/jembatan-bambu-putus/   1/2",
     f"3/12/25, 8:41 AM   {HEADLINE} - Kabar Lembah"),
    ("kabarlembah.id/daerah/jembatan   1/3", f"12/3/2025, 09.15   {HEADLINE}"),
]  # fmt: skip


@pytest.mark.parametrize(("footer", "header"), PRINT_PAIRS)
def test_a_print_to_pdf_dumps_running_lines_leave_the_body(footer: str, header: str) -> None:
    footer = footer if footer.startswith("http") else f"https://{footer}"
    page = _page(HEADLINE, DATE_LINE, mid=f"{footer}\n\n{header}")
    art = clean_page(f"{header}\n\n{page}")
    assert art.title == HEADLINE
    assert art.text.startswith(LEAD) and art.text.endswith(LAST)
    assert footer.split()[0] not in art.text


def test_a_live_reports_time_stamps_keep_its_entries_in_the_body() -> None:
    entries = [
        "Petugas gabungan mulai memasang tiang penyangga baru di sisi timur sungai sejak pagi hari tadi.",
        "Bupati meninjau lokasi dan meminta pekerjaan diselesaikan sebelum musim hujan berikutnya tiba.",
    ]
    page = _page(
        HEADLINE, DATE_LINE, tail=f"16.40 WIB\n\n{entries[0]}\n\nPukul 13.05\n\n{entries[1]}\n\n"
    )
    art = clean_page(page)
    assert art.text.endswith(entries[1])
    assert entries[0] in art.text.split("\n\n")
    assert "16.40 WIB" not in art.text


@pytest.mark.parametrize(
    "link",
    ["Tonton: Detik-detik Jembatan Bambu Diterjang Arus", "Video: Warga Menyeberang dengan Rakit"],
)
def test_a_linked_video_headline_leaves_the_body(link: str) -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, mid=link))
    assert link not in art.text and art.text.endswith(LAST)


# ------------------------------------------------------------- HTML: the site's heading

SITE_HEADED = """<html><head><title>Berita &#8211; Kabar Lembah</title></head><body>
<header><{tag} class="{cls}">Kabar Lembah</{tag}><nav><a>Beranda</a> <a>Berita</a></nav></header>
<main><article><h2 class="{entry}">{headline}</h2><p class="byline">Oleh Tim Humas</p>
<div class="isi"><p>{lead}</p><p>{second}</p><p>{last}</p></div>
<span class="posted-on">Terbit 12 Maret 2025 pukul 21.05</span>
</article></main></body></html>"""


@pytest.mark.parametrize(
    ("tag", "cls", "entry"),
    [
        ("h1", "site-title", "entry-title"),
        ("p", "site-name", "post-title"),
        ("div", "logo brand", "headline"),
    ],
)
def test_a_pages_heading_that_names_the_site_is_not_the_headline(
    tag: str, cls: str, entry: str
) -> None:
    page = SITE_HEADED.format(
        tag=tag, cls=cls, entry=entry, headline=HEADLINE, lead=LEAD, second=SECOND, last=LAST
    )
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == "2025-03-12"


def test_a_header_today_date_classed_only_as_a_date_does_not_date_the_story() -> None:
    page = SITE_HEADED.format(
        tag="h1",
        cls="site-title",
        entry="entry-title",
        headline=HEADLINE,
        lead=LEAD,
        second=SECOND,
        last=LAST,
    ).replace('<span class="posted-on">Terbit 12 Maret 2025 pukul 21.05</span>', "")
    page = page.replace("<header>", '<div class="tanggal">Jumat, 14 Maret 2025</div><header>')
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.published is None or art.published.iso != "2025-03-14"


# ------------------------------------------------------------- guards: the story's own

STORY_SENTENCES = [
    "Warga dapat menyalurkan bantuan melalui posko desa yang dibuka setiap hari hingga akhir bulan.",
    "Pemkab mengajak warga berdonasi melalui rekening resmi yang diumumkan di kantor desa.",
    "Vaksin itu diproduksi oleh perusahaan farmasi milik negara di Bandung sejak tahun lalu.",
    "Dengarkan keluhan warga, kata bupati, sebelum memutuskan lokasi jembatan yang baru nanti.",
    "Ketua RT 03 meminta warga tetap berhati-hati saat menyeberang sungai pada malam hari.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_the_storys_own_sentences_stay(sentence: str) -> None:
    art = clean_page(_page(HEADLINE, DATE_LINE, mid=sentence))
    assert sentence in art.text.split("\n\n")
