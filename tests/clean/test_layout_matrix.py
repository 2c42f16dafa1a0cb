"""A layout matrix (issue 16): invented pages that cross the shapes a headline, a
publication date and the end of a story take on news pages, so a rule is measured on the
class, not on the page it was written for.

Every page here is generated from invented stories (no labelled page's text): a site's
header and menu, then a headline in one of :data:`TITLE_SHAPES` (all capitals, a site
suffix, a kicker or a breadcrumb above, after the byline or the date line, a reader
app's saved title, reader apps' toolbars under it (:data:`TOOLBARS`), a picture's caption
over the lead (:data:`LEAD_CAPTIONS`, and one the markup marks by its class), an HTML
``<title>`` that differs from the ``<h1>``, an ``og:title``), a date in one of
:data:`DATE_SHAPES` (markup, a date line above or below the headline in many formats, a
lead dateline, the day named in the lead's second sentence, the URL only, English months,
a relative age beside the full date, a header's "today" date that is not the publication
date), three paragraphs, and a body end in one of :data:`END_SHAPES` (tags, share bars and
counts, "Simak berita lainnya", app, follow and newsletter calls, calls for contributors,
a reader app's upsell, copyright, cookie notices, comment prompts and policies, next and
previous links, an editor line). Each page checks the title, the date (never a different
one), the body's first and last words, and that the end furniture left the body.

``python -m tests.clean.test_layout_matrix`` prints the figures per shape.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from dataclasses import dataclass, field

import pytest

from warta.clean import clean_document
from warta.records import Article, Provenance, RawDoc

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@dataclass(frozen=True)
class Story:
    """An invented story: its headline, three paragraphs, the place and the date."""

    headline: str
    lead: str
    middle: str
    last: str
    place: str
    date: dt.date
    slug: str


STORIES = [
    Story(
        "Pemkot Tirtamaya Bangun Tiga Embung Baru untuk Atasi Kekeringan",
        "Pemerintah Kota Tirtamaya mulai membangun tiga embung baru di kawasan utara kota "
        "untuk menampung air hujan yang selama ini terbuang ke laut.",
        "Kepala Dinas Pekerjaan Umum kota itu mengatakan ketiga embung tersebut mampu "
        "menampung hingga 90 ribu meter kubik air saat musim hujan.",
        "Pembangunan ditargetkan selesai sebelum musim kemarau tahun depan agar sawah warga "
        "tidak lagi kekurangan air.",
        "Tirtamaya",
        dt.date(2025, 3, 3),
        "pemkot-tirtamaya-bangun-tiga-embung-baru",
    ),
    Story(
        "Harga Bawang Merah di Pasar Sukaraja Turun Dua Pekan Berturut-turut",
        "Harga bawang merah di Pasar Sukaraja turun untuk pekan kedua berturut-turut "
        "setelah pasokan dari sentra produksi di dataran tinggi kembali lancar.",
        "Seorang pedagang menyebut harga kini berada di kisaran Rp28 ribu per kilogram, "
        "lebih rendah sepuluh ribu rupiah dibandingkan awal bulan.",
        "Dinas Perdagangan berjanji terus memantau harga kebutuhan pokok menjelang hari "
        "raya agar lonjakan harga tidak terulang.",
        "Sukaraja",
        dt.date(2024, 11, 14),
        "harga-bawang-merah-pasar-sukaraja-turun",
    ),
    Story(
        "Ratusan Relawan Tanam Mangrove di Pesisir Teluk Damar",
        "Ratusan relawan dari berbagai komunitas menanam lima ribu bibit mangrove di "
        "pesisir Teluk Damar untuk menahan abrasi yang terus menggerus permukiman nelayan.",
        "Koordinator kegiatan mengatakan bibit dipilih dari jenis yang tahan terhadap "
        "gelombang tinggi dan air payau sepanjang tahun.",
        "Para relawan berencana kembali ke lokasi tiga bulan lagi untuk memeriksa bibit yang "
        "tumbuh dan mengganti yang mati.",
        "Teluk Damar",
        dt.date(2025, 7, 19),
        "ratusan-relawan-tanam-mangrove-teluk-damar",
    ),
    Story(
        "Polisi Tangkap Dua Pencuri Kabel Lampu Jalan di Kecamatan Sindang",
        "Polisi menangkap dua pria yang diduga mencuri kabel lampu penerangan jalan di "
        "Kecamatan Sindang setelah warga melaporkan sejumlah lampu padam berhari-hari.",
        "Kapolsek setempat menyebut keduanya mengaku telah menjual ratusan meter kabel "
        "tembaga ke pengepul barang bekas di luar kota.",
        "Kedua tersangka kini ditahan dan dijerat pasal pencurian dengan pemberatan yang "
        "ancaman hukumannya tujuh tahun penjara.",
        "Sindang",
        dt.date(2026, 1, 27),
        "polisi-tangkap-dua-pencuri-kabel-lampu-jalan",
    ),
    Story(
        "Mengapa harga gabah di Lembah Sari anjlok saat panen raya?",
        "Harga gabah kering panen di Lembah Sari turun hingga Rp5.200 per kilogram pada "
        "puncak panen raya, jauh di bawah harga pembelian pemerintah.",
        "Petani mengeluhkan tengkulak yang menekan harga karena gudang penggilingan di "
        "desa mereka sudah penuh sejak pekan lalu.",
        "Bulog setempat menyatakan siap menyerap gabah petani dengan harga pembelian "
        "pemerintah mulai pekan depan.",
        "Lembah Sari",
        dt.date(2025, 4, 8),
        "mengapa-harga-gabah-lembah-sari-anjlok",
    ),
    Story(
        'Bupati Karangjati: "Semua Sekolah Rusak Diperbaiki Tahun Ini"',
        "Bupati Karangjati berjanji memperbaiki seluruh gedung sekolah dasar yang rusak "
        "berat di wilayahnya dengan anggaran daerah tahun ini.",
        "Menurut data dinas pendidikan, ada 46 gedung sekolah dasar yang atapnya bocor atau "
        "dindingnya retak akibat usia bangunan.",
        "Perbaikan akan dimulai dari sekolah yang paling parah kerusakannya dan dikerjakan "
        "saat libur semester.",
        "Karangjati",
        dt.date(2024, 9, 30),
        "bupati-karangjati-semua-sekolah-rusak-diperbaiki",
    ),
]

SITE = "Kabar Nusantara Raya"
DOMAIN = "kabarnusantararaya.id"
MENU = "Beranda  Nasional  Daerah  Ekonomi  Olahraga  Gaya Hidup  Indeks"
REPORTER = "Dimas Aryanto"
EDITOR = "Wulan Sari"


def id_long(d: dt.date) -> str:
    """'Senin, 3 Maret 2025'."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


def id_day_month(d: dt.date) -> str:
    """'3 Maret 2025'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


@dataclass
class Page:
    """A generated page and what a reader expects from it."""

    shape: dict[str, str]
    content: str
    story: Story
    url: str | None = None
    fmt: str = "text"
    #: The expected publication date (ISO); None: no date may be given.
    published: str | None = None
    #: A date that must never be given (a header's "today", a reader app's save date).
    not_published: str | None = None
    end_lines: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- date shapes
# Each returns (line above the headline, line below it, lead prefix, url, header line,
# expected date, forbidden date); None where the shape puts nothing.


@dataclass
class DateParts:
    above: str | None = None
    below: str | None = None
    lead_prefix: str = ""
    #: A sentence the shape adds after the lead's (the day of the news stated there).
    lead_suffix: str = ""
    url: str | None = None
    header: str | None = None
    meta: str | None = None
    #: A line the shape puts after the story (a blog's "posted by ... at 15.30").
    footer: str | None = None
    expected: str | None = None
    forbidden: str | None = None


def _date_shape(name: str, s: Story) -> DateParts:
    d, iso = s.date, s.date.isoformat()
    later = s.date + dt.timedelta(days=2)
    hm = "14:20"
    shapes = {
        "above-full": DateParts(above=f"{id_long(d)} | {hm} WIB", expected=iso),
        "below-full": DateParts(below=f"{id_long(d)} {hm} WIB", expected=iso),
        "below-slash": DateParts(below=f"{d:%d/%m/%Y}, {hm} WIB", expected=iso),
        "below-short-month": DateParts(
            below=f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}, {hm}", expected=iso
        ),
        "below-caps": DateParts(below=f"{id_long(d).upper()} | {hm} WIB", expected=iso),
        "below-iso": DateParts(below=f"{iso} {hm}:00", expected=iso),
        "below-published-label": DateParts(
            below=f"Diterbitkan: {id_long(d)} - {hm} WIB", expected=iso
        ),
        "below-updated-and-published": DateParts(
            below=f"Dipublikasikan {id_day_month(d)}, {hm} | Diperbarui {id_day_month(later)}, "
            "09:00",
            expected=iso,
        ),
        "below-english": DateParts(
            below=f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} 2:20 PM", expected=iso
        ),
        "below-english-dmy": DateParts(
            below=f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}, 14:20 WIB", expected=iso
        ),
        "below-byline-date": DateParts(
            below=f"Oleh {REPORTER} - {id_long(d)} {hm} WIB", expected=iso
        ),
        "relative-beside-full": DateParts(
            below=f"{id_long(d)} {hm} WIB · 2 jam lalu", expected=iso
        ),
        "relative-over-full": DateParts(
            above="3 jam yang lalu", below=f"{id_long(d)}, {hm} WIB", expected=iso
        ),
        "lead-dateline-long": DateParts(
            lead_prefix=f"{s.place.upper()}, {id_day_month(d)} - ", expected=iso
        ),
        "lead-dateline-weekday": DateParts(
            lead_prefix=f"{s.place.upper()} - {WEEKDAYS[d.weekday()]} ({d.day}/{d.month}/{d.year}), ",
            expected=iso,
        ),
        "url-only": DateParts(url=f"https://{DOMAIN}/daerah/{d:%Y/%m/%d}/{s.slug}", expected=iso),
        "url-compact": DateParts(
            url=f"https://{DOMAIN}/read/{d:%Y%m%d}/1234/{s.slug}", expected=iso
        ),
        "header-today-and-line": DateParts(
            header=id_long(later),
            below=f"{id_long(d)} {hm} WIB",
            expected=iso,
            forbidden=later.isoformat(),
        ),
        "header-today-only": DateParts(header=id_long(later), forbidden=later.isoformat()),
        "header-clock-and-line": DateParts(
            header=f"{id_long(later)} 09:12 WIB",
            below=f"{id_long(d)} {hm} WIB",
            expected=iso,
            forbidden=later.isoformat(),
        ),
        "header-clock-only": DateParts(
            header=f"{id_long(later)} 09:12 WIB", forbidden=later.isoformat()
        ),
        "below-english-short": DateParts(
            below=f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}", expected=iso
        ),
        "relative-only": DateParts(below="3 hari lalu"),
        "line-and-older-lead": DateParts(
            below=f"{id_long(d)} {hm} WIB",
            lead_prefix=f"{s.place.upper()} - Pada {WEEKDAYS[(d.weekday() - 1) % 7]} "
            f"({(d - dt.timedelta(days=1)).day}/{(d - dt.timedelta(days=1)).month}/"
            f"{(d - dt.timedelta(days=1)).year}) lalu, ",
            expected=iso,
        ),
        "comment-dated-only": DateParts(
            footer=f"2 Komentar\n\nBudi Santoso · {id_day_month(later)} 10:02\n\n"
            "Semoga pembangunannya cepat selesai dan bermanfaat bagi warga sekitar sini.",
            forbidden=later.isoformat(),
        ),
        "printed-on-only": DateParts(
            footer=f"Dicetak pada {id_long(later)} 10:02 WIB", forbidden=later.isoformat()
        ),
        "blog-date-header": DateParts(
            above=id_long(d), footer="Diposting oleh Admin di 15.30", expected=iso
        ),
        "updated-below-lead-dated": DateParts(
            below=f"Diperbarui {id_long(later)} 09:00 WIB",
            lead_prefix=f"{s.place.upper()}, KABAR - {WEEKDAYS[d.weekday()]} ({d:%d/%m/%Y}), ",
            expected=iso,
            forbidden=later.isoformat(),
        ),
        "below-short-weekday": DateParts(
            below=f"{WEEKDAYS[d.weekday()][:3]}, {d:%d} {MONTHS[d.month - 1][:3]} {d.year} "
            f"{hm} WIB",
            expected=iso,
        ),
        "below-pukul": DateParts(below=f"{id_day_month(d)} pukul 14.20 WIB", expected=iso),
        "below-date-then-author": DateParts(
            below=f"{id_day_month(d)} | Oleh {REPORTER}", expected=iso
        ),
        "below-english-weekday": DateParts(
            below=f"{d:%A}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} | {hm} WIB", expected=iso
        ),
        "relative-and-url": DateParts(
            below="2 jam lalu", url=f"https://{DOMAIN}/news/{d:%Y/%m/%d}/{s.slug}", expected=iso
        ),
        "lead-bare-with-line": DateParts(
            below=f"{id_long(d)} {hm} WIB",
            lead_prefix=f"{s.place.upper()} - {WEEKDAYS[d.weekday()]} ({d.day}/{d.month}), ",
            expected=iso,
        ),
        "metadata": DateParts(meta=f"{iso}T{hm}:00+07:00", expected=iso),
        "lead-dateline-second-sentence": DateParts(
            lead_prefix=f"{s.place} (KNR) - ",
            lead_suffix=f" Kegiatan itu ditinjau pejabat setempat sejak pagi hingga "
            f"{WEEKDAYS[d.weekday()]} ({d.day}/{d.month}/{d.year}) sore.",
            expected=iso,
        ),
        "header-clock-and-second-sentence": DateParts(
            header=f"{id_long(later)} 09:12 WIB",
            lead_prefix=f"{s.place.upper()}, KNR - ",
            lead_suffix=f" Pemantauan dilakukan pada {WEEKDAYS[d.weekday()]} ({d:%d/%m/%Y}).",
            expected=iso,
            forbidden=later.isoformat(),
        ),
        # a blog's meta line: date, author and the comment link, by bullets or dots
        "above-meta-comment-link": DateParts(
            above=f"{MONTHS[d.month - 1]} {d.day}, {d.year}  •  Redaksi Kabar  •  "
            "Tinggalkan komentar",
            expected=iso,
        ),
        "below-meta-comment-count": DateParts(
            below=f"{id_day_month(d)} · {REPORTER} · 4 Komentar", expected=iso
        ),
        # a phone copy: the story's date with its revision line over the section name and
        # the headline (a header's clock is never revised)
        "above-with-update-kicker": DateParts(
            above=f"{id_long(d)} {hm} WITA\nUpdate: {id_long(later)} 08:10 WITA\nBerita Daerah",
            expected=iso,
            forbidden=later.isoformat(),
        ),
    }
    return shapes[name]


DATE_SHAPES = [
    "above-full", "below-full", "below-slash", "below-short-month", "below-caps",
    "below-iso", "below-published-label", "below-updated-and-published", "below-english",
    "below-english-dmy", "below-byline-date", "relative-beside-full", "relative-over-full",
    "lead-dateline-long", "lead-dateline-weekday", "url-only", "url-compact",
    "header-today-and-line", "header-today-only", "metadata", "updated-below-lead-dated",
    "below-short-weekday", "below-pukul", "below-date-then-author", "below-english-weekday",
    "relative-and-url", "lead-bare-with-line", "header-clock-and-line", "header-clock-only",
    "below-english-short", "relative-only", "blog-date-header", "line-and-older-lead",
    "comment-dated-only", "printed-on-only", "lead-dateline-second-sentence",
    "header-clock-and-second-sentence", "above-with-update-kicker", "above-meta-comment-link",
    "below-meta-comment-count",
]  # fmt: skip

# ---------------------------------------------------------------- title shapes
TITLE_SHAPES = [
    "plain", "all-caps", "suffix-bar", "suffix-dash", "kicker", "kicker-label",
    "breadcrumb", "breadcrumb-arrows", "after-byline", "after-date", "reader-app",
    "slogan-above", "suffix-emdash", "caption-above", "deck-below", "listen-player",
    "author-card-above", "domain-glued", "hashtags-above", "photo-credit-above",
    "suffix-site-words", "listen-above", "author-age-above", "breadcrumb-with-headline",
    "standfirst-no-byline", "caption-below", "ad-below", "tools-below", "author-card-below",
    "counters-below", "editor-pick-above", "pocket-view", "aggregator", "telegram-post",
    "print-view", "unknown-tool-below", "caption-after-byline", "ai-summary-before-lead", "related-before-lead",
    "toolbar-feed-reader", "toolbar-read-later", "toolbar-saved-list", "toolbar-id-reader",
    "caption-position-before-lead", "caption-source-before-lead", "caption-over-dateline-lead",
    "html-title-differs", "html-og-title", "html-title-suffix", "html-title-only",
    "html-caption-class", "video-player-below", "podcast-credits-below", "share-bar-below",
    "profile-role-below", "caption-outlet-initials-before-lead", "forwarded-mail",
    "html-site-heading", "hijri-date-below", "page-two-suffix", "live-score-below",
    "verdict-box-below", "newsletter-archive", "social-thread", "reader-mode-minutes",
    "summary-box-no-disclaimer", "caption-bracketed", "caption-archive-credit",
    "caption-guest-dash", "reporter-editor-line", "contents-list", "update-age-below",
    "share-bar-icons", "deck-over-picture", "score-box-sets", "photo-credit-caps",
    "name-and-dates-line", "desk-and-hijri-line", "scorers-box-below", "by-published-updated",
    "phone-emoji-meta", "scorers-card-unlabelled", "deck-picture-lead", "caption-courtesy-before-lead",
    "scroll-story-open", "caption-slash-credit-before-lead", "summary-inline-before-lead",
    "caption-outlet-bracket-before-lead", "gallery-photo-text-credit",
    "names-stacked-below", "photo-text-over-caption", "caption-repeats-headline",
]  # fmt: skip

#: Hijri months as Indonesian portals spell them (two words for some).
HIJRI_MONTHS = ["Jumadil Akhir", "Rabiul Awal", "Dzulhijjah", "Syawal", "Rabiul Akhir"]
#: Reader apps' toolbars over a saved story, and the byline line such an app prints.
TOOLBARS = {
    "toolbar-feed-reader": f"Mark as read   Save to Instapaper   Send to Kindle   Open original ({DOMAIN})",
    "toolbar-read-later": "Save for later  ·  Mark as read  ·  Share  ·  Visit website",
    "toolbar-saved-list": "Archive   Favorite   Tag   Share   View Original",
    "toolbar-id-reader": "Simpan  |  Tandai sudah dibaca  |  Bagikan  |  Buka asli",
}
READER_BYLINE = f"{SITE}  ·  by {REPORTER}  ·  5 hours ago"
#: Captions a page prints over the lead, each with the sign that tells it.
LEAD_CAPTIONS = {
    "caption-position-before-lead": "Kepala dinas setempat (kanan) meninjau lokasi kegiatan "
    "bersama sejumlah warga dan perangkat desa.",
    "caption-source-before-lead": "Warga berkumpul di lokasi kegiatan sejak pagi hari untuk "
    "menyaksikan acara tersebut. "
    f"({SITE.upper().replace(' ', '')})",
    # one sentence over a lead that opens with its dateline
    "caption-over-dateline-lead": "Sejumlah warga menyaksikan kegiatan itu dari tepi jalan "
    "sejak pagi hingga siang hari.",
}

# ---------------------------------------------------------------- body ends
#: Captions a page prints between paragraphs, placing the people in the picture.
MID_CAPTIONS = ["Kepala desa (kiri) menyerahkan bantuan bibit kepada kelompok tani setempat.",
                "Sejumlah warga (dari kiri ke kanan) Asep, Nurul dan Dedi menunggu di balai desa."]  # fmt: skip
#: A browser's print-to-PDF running lines, printed where a sheet ends, inside the story.
PRINT_LINES = [f"https://www.{DOMAIN}/daerah/berita-hari-ini/   1/2",
               f"3/5/25, 9:12 AM   Berita Hari Ini - {SITE}"]  # fmt: skip
END_SHAPES: dict[str, list[list[str]]] = {
    "none": [[]],
    "tags": [
        ["Tags:", "bawang merah", "harga pangan", "pasar tradisional"],
        ["Tag: Banjir, Cuaca Ekstrem, BPBD"],
        ["TAGS", "Embung", "Kekeringan", "Pemkot"],
    ],
    "share": [
        ["Bagikan artikel ini:", "Facebook", "Twitter", "WhatsApp", "Salin Tautan"],
        ["Share: Facebook | X | WhatsApp | Telegram | Copy Link"],
        ["Bagikan"],
    ],
    "simak": [
        ["Simak berita lainnya di Google News"],
        [f"Simak berita dan artikel lainnya dari {SITE} di Google News"],
        ["Simak breaking news dan berita pilihan kami langsung di ponselmu."],
    ],
    "app-cta": [
        [f"Download aplikasi {SITE} di Google Play dan App Store untuk berita terkini."],
        ["Unduh aplikasi kami untuk mendapatkan notifikasi berita terbaru setiap hari."],
        [f"Baca berita lebih nyaman di aplikasi {SITE}. Unduh sekarang!"],
    ],
    "follow": [
        [f"Ikuti berita terbaru {SITE} di Instagram, TikTok, dan YouTube."],
        ["Dapatkan update berita pilihan setiap hari. Gabung di saluran WhatsApp kami."],
        [f"Follow juga akun media sosial {SITE} untuk informasi terkini."],
    ],
    "copyright": [
        [f"Copyright © {2025} {SITE}. All rights reserved."],
        [f"© 2025 PT {SITE} Media. Hak cipta dilindungi undang-undang."],
        [f"Hak Cipta © 2025 {DOMAIN}"],
    ],
    "comment": [
        ["Bagaimana pendapat Anda tentang berita ini? Tulis di kolom komentar."],
        ["Berikan komentar Anda di bawah ini."],
        ["Komentar", "Tulis komentar Anda..."],
    ],
    "attribution": [
        [f'Artikel ini telah tayang di {DOMAIN} dengan judul "Kabar dari Daerah".'],
        ["Berita ini sebelumnya terbit di Kabar Pesisir Online."],
    ],
    "more-news": [
        [f"Baca berita menarik lainnya di {SITE}."],
        ["Jangan lewatkan berita terbaru lainnya hanya di sini."],
        ["Klik di sini untuk membaca berita selengkapnya."],
    ],
    "pagination": [
        ["Halaman", "1", "2", "Selanjutnya"],
        ["Halaman selanjutnya >>"],
    ],
    "video": [
        [f"Tonton video menarik lainnya di kanal YouTube {SITE}."],
        ["Lihat Juga:", "Video: Warga Gotong Royong Bersihkan Saluran Air"],
    ],
    "credit-source": [
        ["(dim/wul)"],
        ["Sumber: Antara"],
        [f"Laporan: {REPORTER}"],
    ],
    "ads-inside": [
        ["ADVERTISEMENT", "Scroll to continue with content"],
        ["Gulir untuk melanjutkan"],
        ["Baca Juga: Festival Kuliner Digelar di Alun-alun"],
    ],
    "editor": [
        [f"Editor: {EDITOR}"],
        [f"Penulis: {REPORTER} | Editor: {EDITOR}"],
        [f"Reporter: {REPORTER}", f"Editor: {EDITOR}"],
    ],
    "comment-policy": [
        ["Silakan tulis komentar. Komentar yang berisi hinaan tidak akan dimuat."],
        ["Redaksi berhak menghapus komentar yang mengandung unsur SARA."],
        ["Komentar Anda akan dimoderasi sebelum ditampilkan."],
        ["Gunakan bahasa yang sopan dalam berkomentar."],
    ],
    "contributor-call": [
        [f"Kirim tulisanmu ke {SITE} dan dapatkan honor untuk setiap naskah yang dimuat."],
        [f"Punya opini tentang isu daerahmu? Kirim naskahnya ke redaksi@{DOMAIN}."],
        [f"Jadilah kontributor {SITE} dan kabarkan peristiwa di kotamu."],
        [f"Kirimkan artikel Anda melalui surel redaksi@{DOMAIN}, paling banyak 900 kata."],
    ],
    "app-download": [
        [f"Unduh aplikasi Layanan Publik {SITE} untuk mengurus izin dari rumah."],
        [f"Download the {SITE} app for breaking news alerts."],
        [f"Pasang aplikasi {SITE} di ponselmu sekarang juga."],
    ],
    "reader-upsell": [
        ["Upgrade to Feedreader Pro to unlock search and unlimited folders."],
        ["Tingkatkan ke Premium untuk membaca tanpa iklan."],
    ],
    "copyright-site-first": [
        [f"{DOMAIN} (c) 2024 | Dilarang mengutip tanpa izin."],
        [f"{SITE} © 2024"],
    ],
    "next-previous": [
        [
            "Next article >  Jembatan Gantung Desa Hulu Diresmikan",
            "Previous article <  Harga Telur Ayam Mulai Turun",
        ],
        ["Artikel sebelumnya: Lomba Perahu Naga Digelar di Muara"],
    ],
    "print-related-links": [
        [
            "Tautan artikel terkait:",
            "1. Jembatan Gantung Desa Hulu Diresmikan, Warga Senang",
            "2. Harga Telur Ayam Mulai Turun",
        ],
    ],
    "newsletter": [
        ["Berlangganan gratis untuk menerima kabar pilihan setiap pagi di surelmu."],
        [f"Newsletter {SITE}", "Masukkan alamat email Anda", "Berlangganan"],
    ],
    "cookie": [
        [
            "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, "
            "Anda menyetujui kebijakan privasi kami."
        ],
        ["We use cookies to improve your experience on our site. Accept"],
    ],
    "caption-inside": [[MID_CAPTIONS[0]], [MID_CAPTIONS[1]]],
    "share-counts": [
        ["1,2 rb views", "Bagikan", "35 komentar"],
        ["Dibagikan 1.024 kali"],
    ],
    "donation": [
        [f"Bantu liputan {SITE}: berdonasi ke rekening Bank Nusa 1234567890 a.n. Yayasan Kabar."],
        ["Rekening Peduli Banjir: Bank Tani 700.111.2222 a.n. Posko Relawan Kota"],
        ["Ayo bantu warga terdampak. Salurkan donasi lewat link peduli.kabarnusantararaya.id"],
    ],
    "newsletter-signup": [
        ["Rangkuman tiap Jumat di kotak masukmu. Daftarkan surel kamu sekarang."],
        ["Masukkan alamat surel Anda untuk berlangganan kabar pilihan."],
    ],
    "forum-replies": [
        [
            "Kirim   Kutip   Balas",
            "Post #2",
            "warga_hulu",
            "Semoga cepat selesai pembangunannya, sudah lama kami menunggu kabar ini.",
            "Kutip   Balas",
        ],
        [
            "Like · Reply",
            "Rudi Hartono",
            "Analis Kebijakan Daerah",
            "Program yang bagus sekali, semoga bisa ditiru oleh kota-kota lain di sekitarnya.",
        ],
    ],
    "responses": [
        [
            "Responses (2)",
            "Nadia Putri",
            "Tulisan yang sangat membuka mata, terima kasih sudah berbagi cerita ini.",
            "Reply",
            "More from Nadia Putri",
            "Kota Kita dan Halte yang Terlupakan",
        ],
    ],
    "reaction-bar": [
        [
            "128   ·   14 komentar   ·   3 posting ulang",
            "Like   Komentari   Kirim",
            "Andi Saputra",
            "Pengalaman yang sangat berharga, boleh berbagi data lengkapnya, Pak?",
            "Bergabung dengan jaringan kami untuk mengikuti penulis dan terhubung dengan profesional lainnya.",
        ],
    ],
    "print-footer": [[PRINT_LINES[0], PRINT_LINES[1]], [PRINT_LINES[1]]],
    "chapters": [
        [
            "Daftar isi episode:",
            "00:00  Pembuka",
            "04:20  Mengapa warga bertahan?",
            "15:05  Apa kata peneliti",
        ],
        ["Chapters", "01:10  Awal cerita", "09:45  Siapa yang bertanggung jawab?"],
    ],
    "production-credits": [
        ["Kabar Petang diproduksi oleh Radio Nusantara atas kerja sama dengan Yayasan Rimba."],
        [f"Produser: {EDITOR}   ·   Penyunting audio: Bayu Prakoso"],
    ],
    "radio-call": [
        ["Dengarkan Radio Nusantara 97,5 FM via aplikasi."],
        ["Dengarkan Kabar Petang di 60 radio mitra di Kalimantan."],
    ],
    "tag-line": [
        ["Tag: embung   kekeringan   air bersih   Pemkot"],
        ["Topik: Banjir · Cuaca Ekstrem · BPBD"],
    ],
    "author-card": [
        ["Tentang Penulis", f"{REPORTER}, mahasiswa tingkat akhir dan pegiat literasi di kotanya."],
        [
            f"Written by {REPORTER}",
            "1,1K Followers",
            "Penulis lepas. Menulis soal kota, sungai dan pasar tradisional.",
        ],
    ],
    "org-boilerplate": [
        [
            "Layanan Pengaduan: 0800-123-4567 | WhatsApp 0812-3456-7890",
            "Yayasan Kabar Hijau adalah lembaga nirlaba yang bergerak di bidang pelestarian sungai.",
        ],
    ],
    "letter-closing": [
        ["Demikian surat edaran ini saya sampaikan untuk dilaksanakan."],
    ],
    "video-links": [
        [
            "Tonton: Detik-detik Perahu Nelayan Diterjang Ombak",
            "Ep. 12 · Kampung yang Tenggelam Pelan-pelan",
        ],
    ],
    "update-note": [
        ["*Artikel ini diperbarui pada pukul 20.15 WIB dengan tanggapan kepala dinas."],
        ["This story has been updated with a statement from the regional secretary."],
    ],
    "release-about": [
        [
            f"Foto - https://media.{DOMAIN}/2025/foto-kegiatan.jpg",
            "Tentang PT Sinar Tirta Lestari\nPT Sinar Tirta Lestari adalah perusahaan pengelola "
            "air bersih yang beroperasi di tujuh kabupaten.",
            "Kontak Media:\nDewi Anggraini\nhumas@sinartirta.co.id",
        ],
    ],
    "comments-bare-head": [
        [
            "Komentar\nRudi_88 · 5 jam lalu\nSemoga cepat selesai, warga sudah lama menunggu."
            "\nKirim komentar Anda"
        ],
    ],
    "poll": [
        [
            "POLLING PEMBACA\nSetuju kebijakan ini diteruskan?\n○ Setuju\n○ Tidak setuju\n"
            "Kirim Jawaban\n2.104 orang sudah memilih"
        ],
    ],
    "reaction-prompt": [
        ["Sudah baca sampai habis? Kasih reaksimu, yuk!\n😍 Suka   😂 Lucu   😡 Kesal"]
    ],
    "line-up": [
        [
            "Susunan Pemain\nTim Merah (4-4-2): Andi; Budi, Candra, Dedi, Eko; Fajar, Gilang, "
            "Hadi, Indra; Joni, Kurnia",
            "Jadwal Berikutnya: Tim Merah vs Tim Hijau, Sabtu 15 Maret 2025, 19.00 WIB",
        ],
    ],
    "tips-call": [["Menemukan kabar janggal? Adukan lewat WhatsApp Cek Kabar 0812-0000-1111."]],
    "transcript-note": [["Transkrip wawancara telah disunting agar lebih ringkas."]],
    "link-in-bio": [[f"Baca selengkapnya di {DOMAIN} (tautan di bio)."]],
    "reaction-question": [["Apa reaksimu?"]],
    "video-box": [["Saksikan Video Pilihan di Bawah Ini:\nFestival Perahu Hias Meriahkan Sungai"]],
    "ranked-popular": [
        [
            "Terpopuler\n1\nDaftar Harga Beras di Pasar Induk, Naik Berapa?\n2\n"
            "Jadwal Kapal Penyeberangan Pekan Ini"
        ]
    ],
    "funding-note": [["Laporan ini dibiayai oleh dana hibah Jurnalisme Warga 2025."]],
    "feed-footer": [[f"The post Kabar Warga Hari Ini appeared first on {DOMAIN}."]],
    "donation-button": [["📣 Dukung media independen untuk warga. Klik Donasi Sekarang"]],
    "donation-appeal": [
        ["Apakah tulisan ini bermanfaat bagi Anda? Bantu redaksi kami lewat donasi."],
        [f"Dukung kerja jurnalis {SITE} dengan menjadi donatur.", "Donasi Sekarang"],
    ],
    "comment-box": [
        [
            "Tambah komentar\nu/warga_kota · 2 jam lalu\nSemoga cepat selesai, sudah lama "
            "menunggu.\n⬆ 12 ⬇   Balas"
        ]
    ],
    "donation-click": [
        ["🤲 Sisihkan sedekah terbaik Anda untuk sekolah di pedalaman. Klik di sini ➜"],
        ["Salurkan donasi Anda bagi warga terdampak banjir. Tekan tombol di bawah ini."],
    ],
    "other-language": [
        ["Baca dalam Bahasa Inggris: Three Reservoirs for a Dry Town"],
        ["Read in Indonesian: Kabar dari Daerah Hari Ini"],
    ],
    "newsletter-named": [
        ["Subscribe to Nusantara Morning Note — five regional stories before breakfast."],
        ["Berlangganan Kabar Pagi Nusantara — lima berita pilihan setiap pagi."],
    ],
    "wiki-footer": [
        [
            "Diambil dari “https://wikiwarta.example.org/wiki/Kabar_Daerah”",
            "Kategori: Diterbitkan  Daerah  Lingkungan",
            "Konten dilisensikan di bawah Creative Commons Atribusi 4.0.",
        ],
        [
            '"Kabar dari Daerah Hari Ini". Kabar Nusantara Raya, 3 Maret 2025.',
            "Wikipedia mempunyai entri tentang: Tirtamaya",
            "Text is available under the Creative Commons Attribution 2.5 License.",
        ],
    ],
    "credits-sentence": [
        [f"Artikel ini ditulis oleh {REPORTER} dan disunting oleh {EDITOR}."],
        [f"This story was written by {REPORTER} and edited by {EDITOR}."],
    ],
    "comment-call": [
        ["Sahabat Kabar, pernah mengalami hal serupa? Ceritakan kisahmu di kolom komentar, dong."],
        ["Has your town tried this? Tell us your story in the comments."],
    ],
    "reactions-emoji": [["👍 1,2 rb  ❤️ 88  😮 4"]],
    "reactions-words": [["👍 Suka 64   😢 Sedih 7   😡 Marah 2"], ["❤️ Senang 1,1 rb  😮 Kaget 30"]],
    "home-trail": [
        ["Beranda › Daerah › Kabar dari Daerah Hari Ini..."],
        ["Home > Regional > Kota"],
    ],
    "investment-note": [
        [
            "Disclaimer: Tulisan ini tidak ditujukan sebagai anjuran untuk mengoleksi saham "
            "apa pun. Risiko investasi ditanggung pembaca."
        ],
        ["Penafian: Ulasan ini hanya bahan pertimbangan, bukan ajakan jual beli aset kripto."],
    ],
    "price-call": [["Cek harga kulkas hari ini dan bandingkan fiturnya di Hargaku."]],
    "community-call": [
        ["Bagi pembaca yang gemar bersepeda, yuk join komunitas Gowes Kabar. Daftar di sini!"],
        ["Ayo bergabung dengan komunitas pembaca Kabar Nusantara Raya."],
    ],
    "method-note": [
        [
            "Catatan metodologi: Angka dihitung dari laporan 112 kelurahan. Wawancara dilakukan "
            "pada Maret 2025."
        ],
        ["Methodology: Figures come from 112 district reports collected in March."],
    ],
    "outlet-about": [
        [f"{SITE} is an independent news portal covering the archipelago in two languages."],
        [f"{SITE} adalah portal berita independen yang terbit sejak 2019."],
    ],
    "outlet-signature": [["Kantor Berita Nusantara Raya (KBNR)"], ["Warta Timur News Agency (WTNA)"]],
    "ticker-row": [["ABCD +2,15%   EFGH -0,40%   IJKL +0,05%"], ["MNOP ▲1,20%  QRST ▼3,05%"]],
    "newsletter-end": [
        [
            "Suka dengan nawala ini? Teruskan ke temanmu.",
            f"You are receiving this email because you subscribed to {SITE}.\n"
            "Klik di sini untuk berhenti berlangganan",
        ],
    ],
}

#: Lines a page prints inside the story (the text dumps put them between paragraphs).
AD_LINES = ["ADVERTISEMENT", "Scroll to continue with content", "Gulir untuk melanjutkan",
            "Baca Juga: Festival Kuliner Digelar di Alun-alun", *MID_CAPTIONS,
            *PRINT_LINES]  # fmt: skip

RELATED = ["Berita Terkait", "Festival Layang-layang Digelar di Pantai Timur",
           "Jalan Desa Rusak Parah Dikeluhkan Warga"]  # fmt: skip


def _title_lines(shape: str, s: Story, date: DateParts) -> tuple[list[str], str]:
    """The lines from the headline block's top to the lead, and the headline expected."""
    h = s.headline
    byline = f"Penulis: {REPORTER}"
    above = [date.above] if date.above else []
    below = [date.below] if date.below else []
    if shape == "plain":
        return [*above, h, *below, byline], h
    if shape == "all-caps":
        return [*above, h.upper(), *below, byline], h
    if shape == "suffix-bar":
        return [*above, f"{h} | {SITE}", *below, byline], h
    if shape == "suffix-dash":
        return [*above, f"{h} - {DOMAIN}", *below, byline], h
    if shape == "kicker":
        return ["EKONOMI DAERAH", *above, h, *below, byline], h
    if shape == "kicker-label":
        return [*above, "Hukum & Kriminal", h, *below, byline], h
    if shape == "breadcrumb":
        return ["Beranda > Daerah > Jawa Tengah", *above, h, *below, byline], h
    if shape == "breadcrumb-arrows":
        return ["Home » Berita » Regional", *above, h, *below, byline], h
    if shape == "after-byline":
        return [*above, f"Oleh: {REPORTER}", *below, h], h
    if shape == "after-date":
        return [*above, *below, byline, h], h
    if shape == "slogan-above":
        return ["Tajam, Terpercaya, dan Berimbang", *above, h, *below, byline], h
    if shape == "suffix-emdash":
        return [*above, f"{h} — {SITE.upper()}", *below, byline], h
    if shape == "caption-above":
        caption = f"Suasana di lokasi kegiatan, {id_long(s.date)}. FOTO: {SITE.upper()}/{REPORTER.upper()}"
        return [caption, *above, h, *below, byline], h
    if shape == "deck-below":
        deck = "Warga berharap janji itu ditepati tanpa penundaan lagi."
        return [*above, h, deck, *below, byline], h
    if shape == "listen-player":
        return [*above, h, *below, byline, "Dengarkan berita ini  00:00 / 03:41"], h
    if shape == "author-card-above":
        return [REPORTER, f"Jurnalis {SITE}", *above, h, *below], h
    if shape == "domain-glued":  # a reader app prints the site's address after the title
        return [f"{h} {DOMAIN}", *above, *below, byline], h
    if shape == "hashtags-above":
        return ["#Daerah #Terkini #Viral", *above, h, *below, byline], h
    if shape == "photo-credit-above":
        return ["Foto: Dok. Humas Pemkab", *above, h, *below, byline], h
    if shape == "suffix-site-words":  # the site's name as in its masthead, after a dash
        return [*above, f"{h} - {SITE}", *below, byline], h
    if shape == "listen-above":
        return ["Dengarkan artikel ini ▶ 02:45", *above, h, *below, byline], h
    if shape == "author-age-above":
        return [*above, f"{REPORTER} · 2 jam yang lalu", h, *below], h
    if shape == "breadcrumb-with-headline":
        crumb = f"Beranda › Daerah › {' '.join(h.split()[:5])}..."
        return [crumb, *above, h, *below, byline], h
    if shape == "standfirst-no-byline":
        deck = "Pemerintah daerah menyiapkan anggaran tambahan untuk program tersebut."
        return [*above, h, *below, deck], h
    if shape == "caption-below":
        caption = f"Suasana di lokasi kegiatan. (FOTO: {SITE.upper()}/{REPORTER})"
        return [*above, h, caption, *below, byline], h
    if shape == "ad-below":
        return [*above, h, "ADVERTISEMENT", "Scroll to continue with content", *below,
                byline], h  # fmt: skip
    if shape == "tools-below":
        return [*above, h, *below, byline, "Bagikan: Facebook Twitter WhatsApp",
                "Ukuran Font: A- A+", "Dengarkan Berita"], h  # fmt: skip
    if shape == "author-card-below":
        return [*above, h, REPORTER, f"Kontributor {SITE}", *below], h
    if shape == "counters-below":
        return [*above, h, *below, byline, "Dibaca 1.284 kali", "Waktu baca 3 menit",
                "0 Komentar"], h  # fmt: skip
    if shape == "editor-pick-above":
        return ["Pilihan Editor", *above, h, *below, byline], h
    if shape == "caption-after-byline":
        caption = "Warga melintas di dekat lokasi kegiatan. (Foto: Dok. Humas Pemkab)"
        return [*above, h, *below, byline, caption], h
    if shape == "ai-summary-before-lead":
        return [*above, h, *below, byline, "Poin Penting", "- Kegiatan digelar pekan ini.",
                "- Warga menyambut baik.", "Ringkasan ini dibuat dengan bantuan AI."], h  # fmt: skip
    if shape == "related-before-lead":
        return [*above, h, *below, byline, "Baca Juga:", "Festival Kuliner Digelar di Alun-alun"], h
    if shape == "unknown-tool-below":  # a widget's label no rule knows, over the lead
        return [*above, h, *below, byline, "Simpan Untuk Nanti"], h
    if shape == "pocket-view":
        return [h, DOMAIN, "View Original", *above, *below], h
    if shape == "aggregator":
        return ["Sumber: " + SITE, *above, h, *below, "Buka di aplikasi"], h
    if shape == "telegram-post":
        return [f"{SITE} 📰", *above, f"*{h}*", *below], h
    if shape == "print-view":
        return ["Cetak  |  Tutup", *above, h, *below, byline, f"Dicetak dari {DOMAIN}"], h
    if shape == "reader-app":
        return [h, f"{DOMAIN} · 4 min read", *above, *below], h
    if shape == "video-player-below":  # a video page: the player and where it was aired
        return [*above, h, *below, "▶  00:00 / 03:12      HD   Kirim",
                "Tayang di program Kabar Petang, Senin malam"], h  # fmt: skip
    if shape == "podcast-credits-below":  # an episode page: player, platforms, credits
        return [*above, h, *below, "► Mainkan episode   00:00 / 27:40   2x",
                "Tersedia juga di Spotify dan Castbox",
                f"Host: {REPORTER}   |   Tamu: Siti Aminah (petani), Dr. Budi Hartono (peneliti)"], h  # fmt: skip
    if shape == "share-bar-below":
        return [*above, h, *below, byline, "Share:  Line  WA  Telegram"], h
    if shape == "profile-role-below":  # a professional network's article: the author's card
        return [*above, h, REPORTER, "Kepala Bidang Perencanaan Dinas PU Kota | Tata Ruang",
                *below], h  # fmt: skip
    if shape == "caption-outlet-initials-before-lead":
        caption = f"Warga menunggu giliran di depan balai desa sejak pagi. ({SITE}/dim)"
        return [*above, h, *below, byline, caption], h
    if shape == "forwarded-mail":  # a release forwarded by e-mail to the desk
        return [f"Fwd: [RILIS] {h}", f"Desk Daerah <desk.daerah@{DOMAIN}>",
                "Mohon dicek dulu sebelum naik cetak besok pagi, ada revisi angka.",
                "---------- Forwarded message ---------",
                f"Dari: Humas Pemkot <humas@{DOMAIN}>", f"Subject: [RILIS] {h}",
                "PEMERINTAH KOTA TIRTAMAYA", "SIARAN PERS", "Nomor: 041/SP/Humas/III/2025",
                *above, h, *below], h  # fmt: skip
    if shape == "hijri-date-below":  # an Islamic portal's date line: Hijri / Gregorian
        d = s.date
        hijri = f"{d.day % 28 + 1} {HIJRI_MONTHS[d.day % len(HIJRI_MONTHS)]} 1446 H"
        line = (
            f"{WEEKDAYS[d.weekday()]}, {hijri} / {id_day_month(d)} 13:25"
            if d.month % 2
            else f"{id_long(d)} / {hijri}"
        )
        return [*above, h, line, byline], h
    if shape == "page-two-suffix":  # the story's second page
        return [*above, f"{h} - Halaman 2", *below, byline], h
    if shape == "live-score-below":  # a live report's badge and the match's score box
        return [*above, h, *below, byline, "● LIVE  Laman ini diperbarui otomatis",
                "Skor Akhir: Tim Merah 2-1 Tim Biru | Gol: Ahmad 12' - Budi 40', Candra 77'"], h  # fmt: skip
    if shape == "verdict-box-below":  # a fact-check: its rating in the headline, its box
        box = ("╔══════════════════════╗\n  HASIL CEK FAKTA: KELIRU\n"
               "  Foto itu diambil di kota lain.\n╚══════════════════════╝")  # fmt: skip
        return [*above, f"[SALAH] {h}", *below, byline, box], f"[SALAH] {h}"
    if shape == "newsletter-archive":  # a mailing service's web copy of a newsletter
        return ["Past Issues", "View in browser", *above,
                "Halo, Pembaca Setia!", h, *below], h  # fmt: skip
    if shape == "social-thread":  # a post opening a thread: the account, the headline
        return [*above, "@kabarnusantararaya", f"{h} 🧵", *below], h
    if shape == "reader-mode-minutes":  # a browser's reader mode: site, title, author, time
        return [DOMAIN, h, REPORTER, "5–7 menit", *above, *below], h
    if shape == "summary-box-no-disclaimer":
        return [*above, h, *below, byline, "Ringkasan Berita", "- Kegiatan digelar pekan ini.",
                "- Warga menyambut baik."], h  # fmt: skip
    if shape == "caption-bracketed":  # a reader mode's picture line in square brackets
        return [*above, h, *below, byline,
                f"[Foto: Suasana kegiatan warga di {s.place}. Kiri: {REPORTER} / Dok. {SITE}]"], h  # fmt: skip
    if shape == "caption-archive-credit":  # a caption credited to a body's archive
        return [*above, h, *below, byline, "Warga mengikuti kegiatan itu sejak pagi. "
                "Foto: Dok. Dinas Komunikasi dan Informatika Kabupaten Setempat"], h  # fmt: skip
    if shape == "caption-guest-dash":  # "WORD - caption. –IST" over the lead
        return [*above, h, *below, byline,
                f"KEGIATAN - Warga berkumpul di {s.place} sejak pagi. –IST"], h  # fmt: skip
    if shape == "reporter-editor-line":  # reporter and editor on one line, under the date
        return [*above, h, *below, f"Wartawan: {REPORTER}   Editor: {EDITOR}"], h
    if shape == "contents-list":  # a listicle's table of contents over the lead
        return [*above, h, *below, byline,
                "Daftar isi\n1. Latar belakang kegiatan\n2. Tanggapan warga\n3. Rencana berikutnya"], h  # fmt: skip
    if shape == "update-age-below":  # a revision's age under the date line
        return [*above, h, *below, byline, "Diperbarui 3 jam yang lalu"], h
    if shape == "share-bar-icons":  # a share bar whose buttons are emoji and symbols
        return [*above, h, *below, byline, "Bagikan: 🔗 WA FB ✉"], h
    if shape == "deck-over-picture":  # the deck, the picture, then the meta lines
        return [*above, h, "Alasan utamanya: anggaran daerah tahun ini belum cair",
                "Ilustrasi suasana kegiatan warga. Foto: Dok. Kabar", byline, *below], h  # fmt: skip
    if shape == "score-box-sets":  # a score box whose row of set scores reads as a bar
        return [*above, h, *below, byline,
                "HASIL PERTANDINGAN\nFinal – Putra\nTim Merah  3\nTim Biru  1\n"
                "25-21 | 23-25 | 25-19 | 25-17   •   104 menit"], h  # fmt: skip
    if shape == "photo-credit-caps":  # a picture's credit in capitals, the address first
        return [*above, h, *below, byline, "Bagikan ✉ X WA",
                f"{DOMAIN.upper()}/{REPORTER.upper()}"], h  # fmt: skip
    if shape == "name-and-dates-line":  # the author, the day and its revision on one line
        d, later = s.date, s.date + dt.timedelta(days=1)
        return [*above, h, *below, f"{REPORTER} | {id_long(d)} - 10:05 WIB | Diperbarui "
                f"{id_long(later)} - 08:00 WIB"], h  # fmt: skip
    if shape == "desk-and-hijri-line":  # the desk, the day and its Hijri date on one line
        d = s.date
        hijri = f"{d.day % 28 + 1} {HIJRI_MONTHS[d.month % len(HIJRI_MONTHS)]} 1446 H"
        return [*above, h, *below, f"Redaksi {SITE} – {id_long(d)} / {hijri}, 19:40 WIB"], h
    if shape == "scorers-box-below":  # a match's box: head, result, venue, scorers
        return [*above, h, *below, byline, "HASIL AKHIR\nTim Merah 2-1 Tim Biru\n"
                "Stadion Gelora Kota - Kota Lama\nGol: Andi Saputra 12', 67' - Budi Hartono 40'"], h  # fmt: skip
    if shape == "by-published-updated":  # an English byline with labelled dates
        d, later = s.date, s.date + dt.timedelta(days=1)
        return [*above, h, *below, f"By {REPORTER}  |  Published: {d:%A}, "
                f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}, 10:05 WIB  |  Updated: "
                f"{later:%A}, {EN_MONTHS[later.month - 1]} {later.day}, {later.year}, 08:00 WIB"], h  # fmt: skip
    if shape == "phone-emoji-meta":  # a phone's reading time and comment count, by emoji
        return [*above, h, *below, byline, "🕒 Waktu baca 5 menit", "💬 9"], h
    if shape == "scorers-card-unlabelled":  # result, scorers with no label, venue by its kind
        return [*above, h, *below, byline, "Tim Merah 2-1 Tim Biru",
                "Andi Saputra 12', 67' — Budi Hartono 40'", "Gelora Kota Arena, Kota Lama"], h  # fmt: skip
    if shape == "deck-picture-lead":  # a deck with no full stop, then the picture, then the lead
        return [*above, byline, h, *below, "Warga menyambut rencana itu dengan kerja bakti di "
                "setiap kelurahan", "Suasana pusat kota pada pagi hari. (Foto: Dok. Pemkot)"], h  # fmt: skip
    if shape == "caption-courtesy-before-lead":  # a caption crediting who gave the picture
        return [*above, h, *below, byline,
                "Suasana pusat kota pada pagi hari. Foto oleh Rudi Hartawan."], h  # fmt: skip
    if shape == "scroll-story-open":  # a scroll story: standfirst, cue, chapters, first head
        return [*above, h, *below, "Cerita ini menelusuri perubahan di kota itu selama lima "
                "tahun terakhir. Kami membaca data dan menemui warganya.", "Scroll ke bawah ⬇",
                "Bab 1 Awal · Bab 2 Tengah · Bab 3 Akhir", "Bab 1", "Awal Mula"], h  # fmt: skip
    if shape == "caption-slash-credit-before-lead":  # a network's "/Site/Photographer" credit
        return [*above, h, *below, byline,
                f"Gerbang kawasan wisata di lereng gunung. /{SITE}/{REPORTER}"], h  # fmt: skip
    if shape == "summary-inline-before-lead":  # a summary box, its label on the line
        return [*above, h, *below, byline, "Ringkasan: Pemerintah daerah menyiapkan anggaran "
                "baru untuk memperbaiki layanan warga tahun depan."], h  # fmt: skip
    if shape == "caption-outlet-bracket-before-lead":  # credited to the dateline's outlet
        return [*above, h, *below, byline,
                f"Warga antre di depan balai desa pada pagi hari. ({SITE})"], h  # fmt: skip
    if shape == "gallery-photo-text-credit":  # one person shot and wrote the gallery
        return [*above, h, *below, f"Foto dan teks: {REPORTER}"], h
    if shape == "names-stacked-below":  # reporter's and photographer's bare names
        return [*above, h, REPORTER, "Fajar Nugroho Saputra", *below,
                "Bagikan:  Facebook  Twitter  WhatsApp"], h  # fmt: skip
    if shape == "photo-text-over-caption":  # a shorter headline printed on the photo
        return [*above, h, "Regional", _photo_text(h),
                f"Foto: Suasana di lokasi kegiatan. ({REPORTER}/{SITE})", *below, byline], h  # fmt: skip
    if shape == "caption-repeats-headline":  # the caption opens with the headline itself
        sep = "" if h.endswith(("?", "!", ".")) else "."
        return [*above, h, *below, byline, f"{DOMAIN.upper()}/{REPORTER.upper()}",
                f"{h}{sep} Suasana di lokasi kegiatan pada pagi hari."], h  # fmt: skip
    if shape in TOOLBARS:
        return [*above, h, *below, READER_BYLINE, TOOLBARS[shape]], h
    if shape in LEAD_CAPTIONS:
        return [*above, h, *below, byline, LEAD_CAPTIONS[shape]], h
    raise ValueError(shape)


def _photo_text(headline: str) -> str:
    """The headline's first words, as a phone copy prints them on the photo: up to five,
    ending on a capitalised word."""
    words = headline.rstrip("?!.").split()[:5]
    while words and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


def _text_page(title_shape: str, date_shape: str, end: list[str], s: Story) -> Page:
    parts = _date_shape(date_shape, s)
    header = [SITE.upper()]
    if parts.header:
        header.append(parts.header)
    header.append(MENU)
    lines, headline = _title_lines(title_shape, s, parts)
    mid = [x for x in end if x in AD_LINES]
    end = [x for x in end if x not in AD_LINES]
    footer = [parts.footer] if parts.footer else []
    prefix = parts.lead_prefix
    if title_shape == "caption-over-dateline-lead" and not prefix:
        prefix = f"{s.place} – "  # the lead opens with its dateline
    if title_shape == "caption-outlet-bracket-before-lead" and not prefix:
        prefix = f"{s.place} ({SITE}) – "  # the dateline names the outlet in brackets
    body = [prefix + s.lead + parts.lead_suffix, *mid, s.middle, s.last]
    content = "\n\n".join([*header, *lines, *body, *footer, *end, *RELATED])
    page = Page(
        {"title": title_shape, "date": date_shape},
        content,
        s,
        url=parts.url,
        published=parts.expected,
        not_published=parts.forbidden,
        end_lines=end + mid,
    )
    page.story = replace_headline(s, headline)
    return page


def replace_headline(s: Story, headline: str) -> Story:
    """``s`` with its expected headline."""
    return Story(headline, s.lead, s.middle, s.last, s.place, s.date, s.slug)


def _html_page(title_shape: str, date_shape: str, end: list[str], s: Story) -> Page:
    parts = _date_shape(date_shape, s)
    h = s.headline
    esc = html.escape
    meta = f'<meta property="article:published_time" content="{parts.meta}">' if parts.meta else ""
    if title_shape == "html-title-differs":
        head_title = f"<title>{esc(h.split(' untuk ')[0].split(' di ')[0])} | {SITE}</title>"
        heading = f"<h1>{esc(h)}</h1>"
    elif title_shape == "html-title-suffix":
        head_title = f"<title>{esc(h)} - {SITE}</title>"
        heading = f"<h1 class='judul'>{esc(h)}</h1>"
    elif title_shape == "html-title-only":  # the headline only in <title>, bold in a <p>
        head_title = f"<title>{esc(h)} | {DOMAIN}</title>"
        heading = f"<p><strong>{esc(h)}</strong></p>"
    elif title_shape == "html-site-heading":  # the site's name heads the page, the story's
        # headline is the entry title (trafilatura keeps neither in the text)
        head_title = f"<title>Berita &#8211; {esc(SITE)}</title>"
        heading = f'<h1 class="post-title">{esc(h)}</h1>'
    else:  # og:title, a <title> of the site only, the headline in a styled div
        head_title = f'<title>{SITE} - Berita Terkini Hari Ini</title><meta property="og:title" content="{esc(h)}">'
        heading = f'<div class="post-title"><h2>{esc(h)}</h2></div>'
    date_html = "".join(
        f'<div class="date">{esc(x)}</div>' for x in (parts.above, parts.below) if x
    )
    header = (
        f'<header><p class="site-name">{esc(SITE)}</p>'
        if title_shape == "html-site-heading"
        else f"<header><div>{esc(SITE.upper())}</div>"
    )
    if parts.header:
        header += f"<div>{esc(parts.header)}</div>"
    header += "<nav>" + "".join(f"<a>{w}</a>" for w in MENU.split()) + "</nav></header>"
    paras = [parts.lead_prefix + s.lead + parts.lead_suffix, s.middle, s.last]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if title_shape == "html-caption-class":  # a picture and its caption over the lead
        body = (
            '<div class="foto"><img src="kegiatan.jpg"><p class="keterangan">'
            "Warga menyaksikan kegiatan itu dari tepi jalan sejak pagi hingga siang hari."
            "</p></div>" + body
        )
    # An end line of several lines (a poll, a comment) is an element per line in HTML.
    tail = "".join(f"<p>{esc(part)}</p>" for x in end for part in x.split("\n"))
    related = (
        f"<div class='related'><h3>{RELATED[0]}</h3><ul>"
        + "".join(f"<li><a>{esc(x)}</a></li>" for x in RELATED[1:])
        + "</ul></div>"
    )
    content = (
        f"<html><head>{head_title}{meta}</head><body>{header}<main><article>"
        f"{heading}{date_html}<div class='byline'>Penulis: {REPORTER}</div>"
        f"<div class='content'>{body}{tail}</div></article>{related}</main>"
        f"<footer>© 2025 {SITE}</footer></body></html>"
    )
    return Page(
        {"title": title_shape, "date": date_shape},
        content,
        s,
        url=parts.url,
        fmt="html",
        published=parts.expected,
        not_published=parts.forbidden,
        end_lines=end,
    )


def generate() -> list[Page]:
    """Every title shape crossed with every date shape, with a body end and a story
    taken in turn (so each end shape meets many title and date shapes)."""
    ends = [(name, variant) for name, variants in END_SHAPES.items() for variant in variants]
    pages: list[Page] = []
    for ti, title_shape in enumerate(TITLE_SHAPES):
        for di, date_shape in enumerate(DATE_SHAPES):
            html_shape = title_shape.startswith("html-")
            if date_shape == "metadata" and not html_shape:
                continue
            k = ti * len(DATE_SHAPES) + di
            end_name, end = ends[k % len(ends)]
            story = STORIES[k % len(STORIES)]
            if title_shape == "forwarded-mail" and story.headline.endswith("?"):
                # A release prints no byline: a question in sentence case with no date or
                # byline under it reads as the lead (the rule needs a meta line below).
                story = STORIES[(k + 1) % len(STORIES)]
            make = _html_page if html_shape else _text_page
            page = make(title_shape, date_shape, end, story)
            page.shape["end"] = end_name
            pages.append(page)
    return pages


def clean(page: Page) -> Article:
    """``page`` cleaned as warta reads it."""
    fmt = "html" if page.fmt == "html" else "text"
    name = "m.html" if fmt == "html" else "m.txt"
    raw = RawDoc(Provenance(name, url=page.url), page.content, format=fmt, url=page.url)
    return clean_document(raw)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).lower()


def judge(page: Page, art: Article) -> dict[str, bool]:
    """Which of the page's checks ``art`` passes: title, date, first, last, ends."""
    got = art.published.iso if art.published else None
    # The expected date, or (none expected) no date or at least not the forbidden one.
    date_ok = got == page.published if page.published else got is None or got != page.not_published
    body = _norm(art.text)
    paragraphs = {_norm(p) for p in art.text.split("\n\n")}
    kept = [
        x
        for x in page.end_lines
        if _norm(x) in paragraphs or (len(x.split()) >= 5 and _norm(x) in body)
    ]
    return {
        "title": _norm(art.title) == _norm(page.story.headline),
        "date": date_ok and (got is None or got != page.not_published),
        "first": _norm(page.story.lead) in _norm(art.text.split("\n\n")[0]),
        "last": body.endswith(_norm(page.story.last)),
        "ends": not kept,
    }


PAGES = generate()


def _case_id(page: Page) -> str:
    return f"{page.shape['title']}/{page.shape['date']}/{page.shape['end']}"


@pytest.mark.parametrize("page", PAGES, ids=[_case_id(p) for p in PAGES])
def test_layout_matrix(page: Page) -> None:
    art = clean(page)
    result = judge(page, art)
    failed = [k for k, ok in result.items() if not ok]
    assert not failed, (
        f"{failed}: title={art.title!r} published={art.published and art.published.iso} "
        f"({art.published_evidence}) first={art.text[:60]!r} last={art.text[-60:]!r}"
    )


def report() -> dict[str, dict[str, tuple[int, int]]]:
    """Per check and per shape value, (passed, total) over the whole matrix."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for page in PAGES:
        art = clean(page)
        result = judge(page, art)
        # "not contradicted": no date given, or the right one (never another one)
        got = art.published.iso if art.published else None
        wrong = got is not None and (got != (page.published or got) or got == page.not_published)
        cell = table["not contradicted by date"][page.shape["date"]]
        cell[0] += not wrong
        cell[1] += 1
        for axis, check in (("title", "title"), ("date", "date"), ("end", "last"),
                            ("end", "ends")):  # fmt: skip
            cell = table[f"{check} by {axis}"][page.shape[axis]]
            cell[0] += result[check]
            cell[1] += 1
        cell = table["first by date"][page.shape["date"]]
        cell[0] += result["first"]
        cell[1] += 1
    return {k: {s: (v[0], v[1]) for s, v in rows.items()} for k, rows in table.items()}


if __name__ == "__main__":
    for check, rows in report().items():
        hits = sum(v[0] for v in rows.values())
        total = sum(v[1] for v in rows.values())
        print(f"== {check}: {hits}/{total}")
        for shape, (ok, n) in rows.items():
            mark = "" if ok == n else "  <--"
            print(f"   {shape:32s} {ok:3d}/{n:<3d}{mark}")


# ---------------------------------------------------------------- guards: what must stay


def _plain(*lines: str) -> Article:
    content = "\n\n".join([SITE.upper(), MENU, *lines])
    return clean_document(RawDoc(Provenance("g.txt"), content))


def test_a_dash_between_two_clauses_of_a_headline_is_kept() -> None:
    s = STORIES[0]
    headline = "Wali Kota Tirtamaya - Warga Sepakat Bangun Embung Bersama"
    art = _plain(headline, f"{id_long(s.date)} 14:20 WIB", s.lead, s.middle, s.last)
    assert art.title == headline


def test_a_headline_opening_with_a_role_word_stays_the_title() -> None:
    s = STORIES[3]
    headline = "Wartawan Dianiaya Saat Meliput Penggusuran Pasar Sindang"
    art = _plain(headline, f"{id_long(s.date)} 14:20 WIB", s.lead, s.middle, s.last)
    assert art.title == headline


def test_a_comment_button_between_paragraphs_does_not_cut_the_story() -> None:
    s = STORIES[1]
    art = _plain(s.headline, f"{id_long(s.date)} 14:20 WIB", s.lead, "Komentar", s.middle, s.last)
    assert art.text.endswith(s.last)
    assert s.middle in art.text


def test_a_paragraph_opening_with_ikuti_without_a_platform_is_the_story() -> None:
    s = STORIES[2]
    para = "Ikuti saja petunjuk petugas di lapangan agar penanaman berjalan tertib, kata dia."
    art = _plain(s.headline, f"{id_long(s.date)} 14:20 WIB", s.lead, para, s.last)
    assert para in art.text
