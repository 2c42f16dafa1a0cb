"""Shapes of page furniture seen on the eighth blind page set (issue 16), each an invented
page written here in that shape (not a labelled page), in several variants: a date line
giving a Hijri date beside the Gregorian one; a wire release's date shapes ("12 Jan,
2026, 09:30 WIB", "KOTA, 12 Januari 2026 /Wire/ --") and the dates of its other
releases listed below it; an RSS or Atom item saved as a file; a reader mode's page with
no headline marks; a story's second page; a live report (badge, score box, line-ups,
next fixture); a fact-check's verdict box; a newsletter's web archive; a social thread;
and the ends of stories: comments, polls, reaction prompts, a release's "about" blurbs
and media contacts, update notes, an outlet's credit, an embedded post's signature, a
summary box, an English paper's "City." dateline. Guards keep the story's own lines.
"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.clean.shapes import ends_dangling, split_credit
from warta.errors import MalformedInputError
from warta.records import Provenance, RawDoc

HEADLINE = "Petani Garam di Pesisir Rembang Panen Lebih Awal karena Kemarau Panjang"
LEAD = (
    "Ratusan petani garam di pesisir Kabupaten Rembang mulai memanen kristal garam dua "
    "pekan lebih awal dibanding tahun lalu karena musim kemarau datang lebih cepat."
)
SECOND = (
    "Ketua kelompok tani setempat mengatakan harga garam di tingkat petani masih bertahan "
    "di kisaran Rp1.200 per kilogram sejak awal bulan."
)
LAST = (
    "Dinas perikanan berencana membangun dua gudang penyimpanan baru agar petani tidak "
    "terpaksa menjual hasil panen saat harga sedang turun."
)
LINES = "\n\n".join([LEAD, SECOND, LAST])


def _page(*head: str, tail: str = "") -> str:
    top = "\n\n".join(head)
    return f"Kabar Pantura\n\nBeranda  Daerah  Ekonomi\n\n{top}\n\n{LINES}\n\n{tail}".rstrip()


def _one(line: str) -> str:
    return " ".join(line.split())


# --------------------------------------------------- a Hijri date beside the Gregorian one

HIJRI_LINES = [
    ("Kamis, 14 Rajab 1446 H / 16 Januari 2025 08:10", "2025-01-16"),
    ("Senin, 3 Jumadil Awal 1447 H / 24 November 2025 | 19:40 WIB", "2025-11-24"),
    ("Jumat, 7 Maret 2025 / 7 Ramadhan 1446 H", "2025-03-07"),
    ("Ahad, 10 Dzulhijjah 1446 H / 8 Juni 2025", "2025-06-08"),
    ("Rabu, 12 Rabiul Awal 1447 Hijriah / 3 September 2025 06:00", "2025-09-03"),
]


@pytest.mark.parametrize(("line", "iso"), HIJRI_LINES)
def test_a_date_line_with_a_hijri_date_dates_the_story_and_is_no_title(line: str, iso: str) -> None:
    art = clean_page(_page("DAERAH", HEADLINE, line))
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == iso
    assert art.text.startswith(LEAD)


@pytest.mark.parametrize(
    "hijri", ["Ahad, 14 Rajab 1446 H", "16 Rajab 1446 Hijriah", "Kamis, 5 Syawal 1446"]
)
def test_a_hijri_date_alone_on_its_line_is_no_title(hijri: str) -> None:
    art = clean_page(_page(HEADLINE, hijri, "Kamis, 3 April 2025 | 08:10 WIB"))
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == "2025-04-03"
    assert set_aside(art)[hijri] == "hijri-date"


def test_a_sentence_naming_a_hijri_date_stays_in_the_story() -> None:
    middle = (
        "Tradisi sedekah laut itu digelar setiap 1 Muharram 1447 H oleh warga kampung "
        "nelayan bersama para tokoh agama setempat."
    )
    art = clean_page(_page(HEADLINE, "Selasa, 17 Juni 2025 | 10:00 WIB", middle))
    assert middle in art.text


# ------------------------------------------------------------- a wire release's dates

RELEASE_HEAD = (
    "Siaran Pers\n\nKirim Rilis   Masuk\n\nBerita disediakan oleh\nPT Garam Pantura Sejahtera"
)


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("12 Jan, 2026, 09:30 WIB", "2026-01-12"),
        ("5 Mar, 2025, 16:45 WIB", "2025-03-05"),
        ("28 Agu, 2025, 11:00 WIB", "2025-08-28"),
    ],
)
def test_a_wires_date_stamp_with_a_comma_dates_the_release(stamp: str, iso: str) -> None:
    art = clean_page(f"{RELEASE_HEAD}\n{stamp}\n\nBagikan artikel ini\n\n{HEADLINE}\n\n{LINES}")
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == iso


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("SEMARANG, 4 Februari 2026 /PRNewswire/ -- ", "2026-02-04"),
        ("MEDAN, Indonesia, 12 Januari 2026 /Antara/ - ", "2026-01-12"),
        ("JAKARTA, Jan. 12, 2026 /PRNewswire/ -- ", "2026-01-12"),
        ("Surabaya, 9 Oktober 2025 -- ", "2025-10-09"),
    ],
)
def test_a_releases_lead_dateline_with_a_wires_mark_gives_the_date(dateline: str, iso: str) -> None:
    page = f"Siaran Pers\n\n{HEADLINE}\n\n{dateline}{LEAD}\n\n{SECOND}\n\n{LAST}"
    art = clean_page(page)
    assert art.published is not None and art.published.iso == iso
    assert art.text.startswith(LEAD)


def test_the_dates_of_other_releases_listed_below_do_not_date_the_story() -> None:
    tail = (
        "Rilis terbaru perusahaan ini\n"
        "Garam Pantura Resmikan Gudang Baru di Pati\n"
        "14 Okt, 2025, 10:00 WIB\n"
        "Garam Pantura Bukukan Laba Kuartal III Naik 12 Persen\n"
        "30 Okt, 2025, 15:15 WIB\n\n© 2026 Layanan Rilis"
    )
    lead = f"REMBANG, 2 Desember 2025 /Rilis Nusa/ -- {LEAD}"
    art = clean_page(f"Siaran Pers\n\n{HEADLINE}\n\n{lead}\n\n{SECOND}\n\n{LAST}\n\n{tail}")
    assert art.published is not None and art.published.iso == "2025-12-02"


ABOUTS = [
    (
        "Tentang PT Garam Pantura Sejahtera",
        "PT Garam Pantura Sejahtera adalah produsen garam konsumsi yang mengelola tambak di "
        "empat kabupaten pesisir utara Jawa.",
    ),
    (
        "About Tirta Hijau Group",
        "Tirta Hijau Group is a water utility operator serving more than two million "
        "customers across Sumatra.",
    ),
    (
        "Sekilas tentang Yayasan Lestari Pesisir",
        "Yayasan Lestari Pesisir, didirikan pada 2009, mendampingi kelompok nelayan kecil di "
        "pantai utara.",
    ),
]


@pytest.mark.parametrize(("head", "blurb"), ABOUTS)
def test_a_releases_about_blurb_and_media_contact_leave_the_body(head: str, blurb: str) -> None:
    tail = (
        f"Foto - https://media.rilisnusa.id/2025/12/gudang-garam.jpg\n\n{head}\n{blurb}\n\n"
        "Kontak Media:\nRatna Sari\nKepala Komunikasi Perusahaan\nhumas@garampantura.co.id\n\n"
        "SUMBER  PT Garam Pantura Sejahtera"
    )
    art = clean_page(_page(HEADLINE, "Selasa, 2 Desember 2025 | 09:00 WIB", tail=tail))
    assert art.text.endswith(LAST)
    aside = set_aside(art)
    assert aside[head] == "about" and aside[blurb] == "about"
    assert aside["Foto - https://media.rilisnusa.id/2025/12/gudang-garam.jpg"] == "caption"


def test_an_about_heading_over_story_paragraphs_stays() -> None:
    head = "Tentang Harga Garam Impor"
    para = (
        "Garam impor adalah pilihan utama industri karena kadar natriumnya lebih tinggi, "
        "kata seorang pengusaha di Rembang."
    )
    page = (
        f"{HEADLINE}\n\nSelasa, 2 Desember 2025\n\n{LEAD}\n\n{head}\n\n{para}\n\n{SECOND}\n\n{LAST}"
    )
    art = clean_page(page)
    assert para in art.text and art.text.endswith(LAST)


# ----------------------------------------------------------- an RSS / Atom item as a file

RSS_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kabar Pantura - Daerah</title><link>https://kabarpantura.id/daerah</link>
<item>
<title>{title}</title>
<link>https://kabarpantura.id/a/petani-garam-panen-awal/10234.html</link>
<pubDate>{date}</pubDate>
<description>Petani garam memanen lebih awal.</description>
<content:encoded><![CDATA[{body}]]></content:encoded>
</item></channel></rss>"""
ATOM_ENTRY = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar Pantura</title>
<entry><title>{title}</title>
<link href="https://kabarpantura.id/a/petani-garam-panen-awal/10234.html"/>
<published>{date}</published><updated>2025-12-09T10:00:00+07:00</updated>
<content type="html">{body}</content></entry></feed>"""
ITEM_BODY = f"<p>{LEAD}</p><p>{SECOND}</p><p>{LAST} [gp/ks]</p>"


def _feed_doc(content: str) -> RawDoc:
    return RawDoc(Provenance("item.xml"), content, format="html")


@pytest.mark.parametrize(
    ("template", "date", "iso"),
    [
        (RSS_ITEM, "Tue, 02 Dec 2025 20:30:00 +0700", "2025-12-02"),
        (RSS_ITEM, "Wed, 03 Dec 2025 05:10:40 +0000", "2025-12-03"),
        (ATOM_ENTRY, "2025-12-02T21:10:00+07:00", "2025-12-02"),
    ],
)
def test_a_feed_item_saved_as_a_file_is_read_as_its_story(
    template: str, date: str, iso: str
) -> None:
    import html as html_lib

    body = ITEM_BODY if template is RSS_ITEM else html_lib.escape(ITEM_BODY)
    art = clean_document(_feed_doc(template.format(title=HEADLINE, date=date, body=body)))
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == iso
    assert art.text.startswith(LEAD) and art.text.endswith(LAST)
    assert art.url == "https://kabarpantura.id/a/petani-garam-panen-awal/10234.html"


def test_a_feed_of_several_items_is_no_article() -> None:
    item = "<item><title>Judul {n}</title><description>Isi {n}.</description></item>"
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel>{item.format(n=1)}{item.format(n=2)}</channel></rss>'
    with pytest.raises(MalformedInputError):
        clean_document(_feed_doc(feed))


# ------------------------------------------------------------------- reader mode's page


@pytest.mark.parametrize(
    "title",
    [
        "Pemkab Targetkan 40 Desa Bebas Sampah Plastik hingga 2027",
        "Produksi Garam Rembang Diproyeksikan Naik Jadi 300 Ribu Ton pada 2026",
        "Tarif Air Bersih di Kota Pesisir Naik Mulai 1 Januari",
    ],
)
@pytest.mark.parametrize("minutes", ["4–5 menit", "6-8 minutes", "3–4 min"])
def test_a_reader_modes_page_gives_its_headline(title: str, minutes: str) -> None:
    art = clean_page(f"kabarpantura.id\n{title}\nRina Wulandari\n{minutes}\n\n{LINES}")
    assert art.title == title
    assert set_aside(art)[minutes] == "counter"
    assert art.text.startswith(LEAD)


def test_a_line_ending_on_a_number_does_not_dangle() -> None:
    assert not ends_dangling("Target Vaksinasi Dikejar hingga 2026")
    assert ends_dangling("Warga Terpaksa Mengungsi ke")


# ------------------------------------------------------------- a story's second page

PAGE_SUFFIXES = [" - Halaman 2", " (Halaman 3)", " | Page 2", " - Hal. 2"]
ITEM_HEADS = ["3. Kulit tampak pucat", "4) Mudah lupa dan sulit fokus", "2. Pilih garam beryodium"]


@pytest.mark.parametrize("suffix", PAGE_SUFFIXES)
@pytest.mark.parametrize("item", ITEM_HEADS)
def test_a_stories_later_page_keeps_its_headline_and_opens_on_its_item(
    suffix: str, item: str
) -> None:
    headline = "6 Tanda Tubuh Kekurangan Yodium yang Jarang Disadari"
    page = (
        f"Kabar Sehat\n\nHome > Kesehatan\n\n{headline}{suffix}\n\n"
        "Senin, 1 Desember 2025 | 10:15 WIB\nPenulis: Nur Aisyah | Editor: Bagus Prakoso\n\n"
        f"Ilustrasi seorang anak di ruang periksa. (Freepik)\n\n{item}\n\n{LINES}\n\n"
        "« Kembali   1   2   3   Lanjut »"
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.published is not None and art.published.iso == "2025-12-01"
    assert art.text.startswith(item)


def test_a_headline_ending_in_a_page_word_keeps_it() -> None:
    headline = "Pameran Buku Langka Tampilkan Naskah Kuno dan Halaman 2"
    art = clean_page(_page(headline, "Senin, 1 Desember 2025 | 10:15 WIB"))
    assert art.title == headline


# -------------------------------------------------------------------------- live report

LIVE_BADGES = ["● LIVE  Laman ini diperbarui otomatis", "🔴 LIVE UPDATE", "LIVE"]
SCORE_BOXES = [
    "Skor Akhir: Persikota 2-1 Persiraja | Gol: Yudha 12' - Rahmat 40', Sandi 77'",
    "FT: Garuda Muda 0-0 Tim Tamu",
    "Babak Pertama: PSS Ledok 1-1 Persewa",
]


@pytest.mark.parametrize("badge", LIVE_BADGES)
@pytest.mark.parametrize("score", SCORE_BOXES)
def test_a_live_reports_badge_and_score_box_are_not_the_title(badge: str, score: str) -> None:
    headline = "LIVE - Persikota vs Persiraja: Tuan Rumah Menang Tipis di Laga Tunda"
    page = (
        f"Kabar Bola\n\nLiga Daerah\n\n{headline}\n\nSabtu, 6 Desember 2025 | 19:00 WIB\n"
        f"Penulis: Yoga Pratama\n\n{badge}\n\n{score}\n\n{LINES}"
    )
    art = clean_page(page)
    assert art.title == headline
    assert art.published is not None and art.published.iso == "2025-12-06"
    assert art.text.startswith(LEAD)


LINEUPS = [
    [
        "Susunan Pemain",
        "Persikota (4-3-3): Andika; Beni, Candra, Dodi, Edo; Fajar, Galih, Hendra; Irfan, Joko, Kiki",
        "Persiraja (4-2-3-1): Lutfi; Mamat, Nanda, ... ; Oki",
    ],
    [
        "Starting XI Garuda Muda: Putra; Qori, Rudi, Sandi, Taufik; Umar, Vito; Wawan, Yoga, Zaki; Arif"
    ],
]


@pytest.mark.parametrize("lineup", LINEUPS)
def test_line_ups_and_the_next_fixture_leave_the_body(lineup: list[str]) -> None:
    nxt = "Jadwal Berikutnya: Persikota vs Persijap, Minggu 14 Desember 2025, 15.30 WIB"
    tail = "\n".join(lineup) + f"\n\nTag: Liga Daerah, Persikota\n\n{nxt}"
    art = clean_page(_page(HEADLINE, "Sabtu, 6 Desember 2025 | 21:00 WIB", tail=tail))
    assert art.text.endswith(LAST)
    assert art.published is not None and art.published.iso == "2025-12-06"
    assert set_aside(art)[nxt] == "related"


def test_a_score_in_a_sentence_stays() -> None:
    line = "Skor akhir: 2-1 untuk tuan rumah setelah gol penentu pada menit ke-88 laga itu."
    art = clean_page(_page(HEADLINE, "Sabtu, 6 Desember 2025", tail=f"{line}\n\n{LAST}"))
    assert line in art.text


# --------------------------------------------------------------- a fact-check's verdict

VERDICT_BOXES = [
    "╔══════════════════════════╗\n  HASIL CEK FAKTA: KELIRU\n  Foto itu diambil di"
    "\n  kota lain pada 2019.\n╚══════════════════════════╝",
    "┌────────────────────┐\n Status: Menyesatkan\n Video lama diunggah ulang.\n└────────────────────┘",
    "Kesimpulan: HOAKS\nGambar tersebut hasil suntingan.",
    "Verdict: False\nThe clip was filmed in another country.",
]


@pytest.mark.parametrize("box", VERDICT_BOXES)
@pytest.mark.parametrize("mark", ["[SALAH]", "[HOAKS]", "[MENYESATKAN]"])
def test_a_fact_checks_verdict_box_is_neither_title_nor_story(box: str, mark: str) -> None:
    headline = f"{mark} Foto Banjir Rob Rendam Alun-alun Rembang Pekan Ini"
    byline = "Diposting oleh: Tim Cek Kabar | 2 Desember 2025 | Kategori: Hoaks"
    art = clean_page(_page(headline, byline, box))
    assert art.title == headline
    assert art.published is not None and art.published.iso == "2025-12-02"
    assert art.text.startswith(LEAD)
    assert all(_one(x) not in art.text for x in box.split("\n") if x.strip())


@pytest.mark.parametrize(
    "call",
    [
        "Menemukan kabar janggal? Adukan lewat WhatsApp Cek Kabar 0812-0000-1111.",
        "Laporkan konten mencurigakan melalui aplikasi Aduan Konten.",
        "Ragu dengan sebuah unggahan? Kirimkan tautannya ke nomor 0813-4444-5555.",
    ],
)
def test_a_fact_checkers_call_for_tips_leaves_the_body(call: str) -> None:
    art = clean_page(_page(HEADLINE, "2 Desember 2025", tail=call))
    assert art.text.endswith(LAST)


def test_a_status_line_without_a_verdict_stays() -> None:
    line = "Status: Siaga"
    art = clean_page(_page(HEADLINE, "2 Desember 2025", tail=f"{line}\n\n{LAST}"))
    assert set_aside(art).get(line) != "verdict"


# -------------------------------------------------------------- a newsletter's archive


@pytest.mark.parametrize(
    "greeting", ["Halo, Sahabat Pesisir!", "Hai pembaca,", "Selamat pagi, Kawan!"]
)
def test_a_newsletters_archive_page_reads_as_its_story(greeting: str) -> None:
    page = (
        "Past Issues\nTranslate\n\nKabar Pesisir #45: Garam yang Tak Lagi Asin\n\n"
        "Lihat email ini di browser\n\nKABAR PESISIR\nLiputan Warga Pantai Utara\n\n"
        f"Kabar Pesisir #45 · Senin, 17 November 2025\n\n{greeting}\n\n{HEADLINE}\n\n{LINES}\n\n"
        "→ Simak laporan selengkapnya di kabarpesisir.id\n\n"
        "BACAAN PILIHAN MINGGU INI\n• Tambak Udang di Lahan Mangrove: Siapa Untung?\n"
        "• Catatan dari Sidang Sengketa Lahan Pesisir\n\nSalam,\nRedaksi Kabar Pesisir\n\n"
        "Suka dengan nawala ini? Teruskan ke temanmu, atau dukung kami lewat kabarpesisir.id/dukung.\n\n"
        "You are receiving this email because you subscribed to Kabar Pesisir.\n"
        "Klik di sini untuk berhenti berlangganan"
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == "2025-11-17"
    assert art.text.startswith(LEAD) and art.text.endswith(LAST)
    assert set_aside(art)["• Tambak Udang di Lahan Mangrove: Siapa Untung?"] == "related"


# ------------------------------------------------------------------------ a social thread


@pytest.mark.parametrize("mark", ["🧵", "👇", "(utas)"])
@pytest.mark.parametrize("count", [3, 4])
def test_a_social_thread_reads_as_one_story(mark: str, count: int) -> None:
    posts = [
        LEAD,
        SECOND,
        LAST,
        "Warga diminta tetap memantau informasi resmi dari pemerintah daerah.",
    ]
    posts = posts[:count]
    blocks = [f"Radio Pantura\n@radiopantura\n{HEADLINE} {mark}\n\n{posts[0]} (1/{count})\n"
              "8:05 AM · Dec 2, 2025 · 12.4K Views\n\n12  80  310  9"]  # fmt: skip
    for n, post in enumerate(posts[1:], start=2):
        blocks.append(f"Radio Pantura\n@radiopantura\n·\nDec 2\n{post} ({n}/{count})\n3  20  91  2")
    blocks.append(
        "Post your reply\nReply\n\nAgus Salim\n@agussalim_\n·\nDec 2\nKapan tanggulnya dibangun?"
        "\n\nRelevant people\nRadio Pantura\n@radiopantura\nFollow\n"
        "Radio berita pantai utara, siaran 24 jam.\n\nSign up now to get your own timeline.\nLog in"
    )
    art = clean_page("X\nPost\n\nSee new posts\nConversation\n\n" + "\n".join(blocks))
    assert art.title == HEADLINE if mark != "(utas)" else art.title.startswith(HEADLINE)
    assert art.published is not None and art.published.iso == "2025-12-02"
    assert art.text.startswith(LEAD) and art.text.endswith(posts[-1])
    assert "Kapan tanggulnya dibangun?" not in art.text


def test_one_number_after_a_sentence_is_no_thread() -> None:
    last = f"{LAST} (2/12)"
    art = clean_page(f"{HEADLINE}\n\nSenin, 1 Desember 2025\n\n{LEAD}\n\n{SECOND}\n\n{last}")
    assert art.text.endswith("(2/12)")


# ---------------------------------------------------------------------- ends of stories

COMMENT_TAILS = [
    "Komentar\nBudi_Rbg  ·  20 jam lalu\nGaram mahal, ikan mahal. Tolong diperhatikan.\n"
    "Siti Aisyah  ·  2 jam lalu\nDi pasar kami sudah naik lagi.\nTulis komentar (login dulu)",
    "Tanggapan\nRoni · 1 hari lalu\nSemoga petani untung tahun ini.",
]


@pytest.mark.parametrize("tail", COMMENT_TAILS)
def test_readers_comments_under_a_bare_heading_leave_the_body(tail: str) -> None:
    art = clean_page(_page(HEADLINE, "Senin, 1 Desember 2025", tail=tail))
    assert art.text.endswith(LAST)


POLLS = [
    "POLLING PEMBACA\nSetuju nggak garam impor dibatasi?\n○ Setuju, lindungi petani\n"
    "○ Nggak setuju, harga bisa naik\nKirim Jawaban\n2.104 orang sudah memilih",
    "Jajak Pendapat\nApakah gudang baru perlu dibangun?\n◯ Perlu\n◯ Tidak perlu\nVote",
]


@pytest.mark.parametrize("poll", POLLS)
@pytest.mark.parametrize(
    "prompt", ["Sudah baca sampai habis? Kasih reaksimu, yuk!", "Berikan reaksi Anda di bawah ini."]
)
def test_a_poll_and_a_reaction_prompt_leave_the_body(poll: str, prompt: str) -> None:
    tail = f"{poll}\n\n{prompt}\n😍 Suka   😂 Lucu   😡 Kesal\n\nTag: garam, petani"
    art = clean_page(_page(HEADLINE, "Senin, 1 Desember 2025", tail=tail))
    assert art.text.endswith(LAST)


UPDATE_NOTES = [
    "*Artikel ini diperbarui pada Senin (1/12) pukul 20.15 WIB dengan tanggapan Dinas Perikanan.",
    "Artikel ini telah mengalami perubahan judul dan penambahan keterangan narasumber.",
    "This story has been updated with a statement from the fishermen's association.",
    "Correction: An earlier version of this story misstated the salt price.",
]


@pytest.mark.parametrize("note", UPDATE_NOTES)
def test_an_update_note_under_the_story_leaves_the_body(note: str) -> None:
    art = clean_page(_page(HEADLINE, "Senin, 1 Desember 2025", tail=f"{note}\n\n(gp/ks)"))
    assert art.text.endswith(LAST)
    assert set_aside(art)[note] == "update-note"


def test_a_sentence_about_an_updated_rule_stays() -> None:
    line = (
        "Aturan ini diperbarui pada awal tahun setelah petani mengeluhkan harga jual yang rendah."
    )
    art = clean_page(_page(HEADLINE, "Senin, 1 Desember 2025", tail=f"{line}\n\n{LAST}"))
    assert line in art.text


@pytest.mark.parametrize("credit", ["(Kabarpantura.com)", "[gp/ks]", "(rdn/b)", "[Antara]"])
def test_an_outlets_closing_credit_is_set_aside(credit: str) -> None:
    head, got = split_credit(f"{LAST} {credit}")
    assert head == LAST and got == credit


def test_a_date_in_brackets_after_the_last_sentence_is_no_credit() -> None:
    assert split_credit("Pasar dibuka kembali pekan depan. (2/12)")[1] is None


@pytest.mark.parametrize(
    "signature",
    [
        "— Dewi (@dewisaraswati_) December 1, 2025",
        "— Kabar Pantura (@kabarpantura) 1 Desember 2025",
    ],
)
def test_an_embedded_posts_signature_is_a_caption(signature: str) -> None:
    post = "Setuju banget, anak-anak jadi lebih fokus di kelas 👍 pic.x.com/AbCd1234"
    page = _page(HEADLINE, "Senin, 1 Desember 2025", tail=f"{post}\n{signature}\n\n{LAST}")
    art = clean_page(page)
    assert set_aside(art)[signature] == "caption"


@pytest.mark.parametrize(
    "promo",
    ["Cek Harga Garam Hari Ini dengan Kalkulator Pantura!", "Unduh E-Book Gratis Resep Ikan Asin!"],
)
def test_an_exclaiming_promotion_under_the_footer_chrome_leaves_the_body(promo: str) -> None:
    tail = f"Tag: garam, petani\n\n{promo}\n\nArtikel Terkait\nHarga Ikan Asin Naik Jelang Natal"
    art = clean_page(_page(HEADLINE, "Senin, 1 Desember 2025", tail=tail))
    assert art.text.endswith(LAST)


@pytest.mark.parametrize("head", ["Ringkasan Berita", "Poin Penting", "Key Points"])
def test_a_summary_box_without_disclaimer_and_the_deck_over_it_leave_the_body(head: str) -> None:
    deck = "Petani garam memanen lebih awal. Harga di tingkat petani masih bertahan."
    box = f"{head}\n- Panen maju dua pekan.\n- Harga bertahan Rp1.200 per kilogram.\n- Gudang baru disiapkan."
    art = clean_page(
        f"{HEADLINE}\n\nHana Putri\nSenin, 1 Desember 2025\n\n{deck}\n\n{box}\n\n{LINES}"
    )
    assert art.text.startswith(LEAD)
    assert set_aside(art)[head] == "ai-summary"


def test_a_lead_over_a_summary_box_stays_the_lead() -> None:
    lead = f"REMBANG, Kabar Pantura - {LEAD}"
    box = "Ringkasan AI\n- Panen maju dua pekan.\n- Harga bertahan.\nRingkasan ini dibuat oleh AI dan dapat keliru."
    art = clean_page(
        f"{HEADLINE}\n\nSenin, 1 Desember 2025\n\n{lead}\n\n{box}\n\n{SECOND}\n\n{LAST}"
    )
    assert art.text.startswith(LEAD)


@pytest.mark.parametrize("place", ["Jakarta", "Surabaya", "Denpasar"])
def test_an_english_papers_full_stop_dateline_leaves_the_lead(place: str) -> None:
    lead = (
        f"{place}. The provincial government has raised the minimum price of salt bought "
        "from farmers by 8 percent, officials said on Monday."
    )
    more = "Farmers' groups welcomed the decision but said storage remained their biggest problem."
    art = clean_page(f"Salt Farmers Get Higher Floor Price\n\nDecember 1, 2025\n\n{lead}\n\n{more}")
    assert art.text.startswith("The provincial government")


def test_a_one_word_sentence_opening_an_indonesian_lead_stays() -> None:
    lead = "Kecewa. Perasaan itulah yang kini dirasakan para petani garam setelah harga jatuh pekan ini."
    art = clean_page(f"{HEADLINE}\n\nSenin, 1 Desember 2025\n\n{lead}\n\n{SECOND}\n\n{LAST}")
    assert art.text.startswith("Kecewa.")
