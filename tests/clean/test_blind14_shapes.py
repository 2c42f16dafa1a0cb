"""Shapes seen on the fourteenth blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a share bar whose buttons are emoji or symbols;
a deck over the picture over the meta lines; a text-mode dump wrapped at a fixed width,
its lead cut before a capitalised word; a score box whose set scores read as a bar; a
social og:title beside the page's headline; an end note giving the first publication
date under a relative age; a JSON Feed item saved alone; a funding note and a blog feed's
footer; a donation button; a forum post's comment box and sort control; the desk's dated
update under a story signed with initials."""

from __future__ import annotations

import json

import pytest
from tests.clean.pages import clean_page

from warta.clean import clean_document
from warta.clean.line_split import split_lines
from warta.ingest.html import _heading_at_title_edge, headline_of_title_tag
from warta.ingest.json_feed import read_json_feed_item
from warta.records import Provenance, RawDoc

# --- a share bar drawn with icons ---------------------------------------------------------

SHARE_HEADLINE = "Nelayan Pangandaran Kembali Melaut Setelah Gelombang Tinggi Mereda"
SHARE_LEAD = (
    "Kabarpriangan.com, Pangandaran - Ratusan nelayan di Pantai Timur Pangandaran kembali "
    "melaut setelah gelombang tinggi mereda mulai Selasa (1/12/2026)."
)


@pytest.mark.parametrize(
    "bar",
    ["Bagikan: 🔗 FB WA X", "Bagikan  WA  f  X  ✉", "Share ✉️ 📋 f", "Sebarkan: 📤 🔗"],
)
def test_a_share_bar_of_icons_is_no_headline(bar: str) -> None:
    page = "\n".join(
        [
            "Kabar Priangan",
            "Daerah",
            SHARE_HEADLINE,
            "Rudi Hartawan",
            "02 Desember 2026, 09:20 WIB",
            bar,
            SHARE_LEAD,
            "Para nelayan sempat libur hampir sepekan karena ombak mencapai tiga meter.",
            "Petugas syahbandar tetap meminta nelayan memakai pelampung selama melaut.",
        ]
    )
    art = clean_page(page)
    assert art.title == SHARE_HEADLINE
    assert bar.split()[-1] not in art.text
    assert art.published is not None and art.published.iso == "2026-12-02"


def test_a_share_prompt_quoting_the_headline_in_words_is_not_a_bar() -> None:
    from warta.clean import patterns as P

    assert not P.SHARE_BAR_RE.match("Bagikan: Nelayan Pangandaran kembali melaut")


# --- a deck over the picture over the meta lines ------------------------------------------

DECK_HEADLINE = "Riset: 7 dari 10 Pekerja Muda di Medan Tak Punya Dana Darurat"
DECK = "Penyebab utamanya: biaya sewa kamar naik lebih cepat dari gaji"
DECK_LEAD = (
    "Kabarsumut.id, Medan - Tujuh dari sepuluh pekerja muda di Medan tidak memiliki dana "
    "darurat, menurut survei yang dirilis sebuah lembaga riset keuangan, Senin (30/11/2026)."
)


@pytest.mark.parametrize(
    "picture",
    [
        ["Ilustrasi pekerja muda. Foto: Freepik"],
        ["Foto: Dok. Kabar Sumut", "Ilustrasi karyawan di kawasan perkantoran Medan."],
    ],
)
def test_a_deck_over_the_picture_over_the_meta_lines(picture: list[str]) -> None:
    page = "\n".join(
        [
            "Kabar Sumut",
            "Keuangan  Karier  Gaya Hidup",
            "Keuangan",
            DECK_HEADLINE,
            DECK,
            *picture,
            "Siti Nurhaliza",
            "01 Desember 2026, 14:05 WIB",
            DECK_LEAD,
            "Survei melibatkan 900 responden berusia 21 sampai 30 tahun di Kota Medan.",
            "Sebagian besar responden menyisihkan kurang dari lima persen gaji setiap bulan.",
        ]
    )
    art = clean_page(page)
    assert art.title == DECK_HEADLINE
    assert DECK not in art.text
    assert art.paragraphs[0].endswith(DECK_LEAD.split(" - ", 1)[1])


# --- a text-mode dump wrapped at a fixed width --------------------------------------------

WRAPPED_PAGE = """\
   [1]Kabartimur.id [2]Tekno [3]Gadget [4]Telko

   Telko

        Jaringan Fiber Sampai ke Ende, Warga Keluhkan Biaya Pasang Mahal

   Penyedia menyebut tarif akan turun setelah pelanggan bertambah

   Maria Goreti
   Jumat, 04 Des 2026 10:10 WITA

   Kabartimur.id - Layanan internet fiber kini bisa dipasang di rumah warga Kota Ende,
   Nusa Tenggara Timur, mulai Senin (30/11). Ende menjadi kabupaten pertama di
   Pulau Flores bagian tengah yang terhubung jaringan serat optik hingga ke rumah.

   Jaringan untuk tahap awal menjangkau Kelurahan Paupanda, Potulando, Mautapaga
   Raya dan kawasan sekitar Pelabuhan Ende, dengan kapasitas seribu sambungan.

   Namun, sebagian warga menilai biaya pemasangan awal terlalu mahal untuk ukuran
   pendapatan rumah tangga di kota itu, terutama bagi keluarga nelayan dan petani.

   "Kami mau pasang, tapi biaya awalnya hampir sama dengan setengah bulan belanja
   dapur," kata seorang warga Paupanda yang ditemui di depan kantor kelurahan.

   Penyedia layanan menargetkan tiga ribu pelanggan di Ende pada pertengahan 2027.
"""


def test_a_lead_wrapped_before_a_capitalised_word_is_one_paragraph() -> None:
    art = clean_page(WRAPPED_PAGE)
    assert art.title == "Jaringan Fiber Sampai ke Ende, Warga Keluhkan Biaya Pasang Mahal"
    assert art.paragraphs[0].startswith("Layanan internet fiber")
    assert "Nusa Tenggara Timur, mulai Senin (30/11)" in art.paragraphs[0]
    assert any("Mautapaga Raya dan kawasan" in p for p in art.paragraphs)
    # The weekday reads against the page's own date (Friday 4 December), not a guess.
    assert art.published is not None and art.published.iso == "2026-12-04"


def test_an_unwrapped_page_keeps_a_headline_and_its_deck_apart() -> None:
    text = "\n".join(
        [
            "Pemkab Sikka Buka Rute Kapal Perintis ke Pulau Palue Mulai Januari Tahun Depan",
            "Kapal akan singgah dua kali dalam sepekan",
        ]
        + [
            "Warga Pulau Palue selama ini bergantung pada perahu motor kecil yang berangkat "
            "tidak menentu dari pelabuhan Maumere, terutama saat musim angin barat tiba."
        ]
        * 6
    )
    lines = split_lines(text)
    assert lines[0].text.endswith("Tahun Depan")
    assert lines[1].text == "Kapal akan singgah dua kali dalam sepekan"


# --- a score box whose set scores read as a bar -------------------------------------------

MATCH_HEADLINE = "Tim Voli Putri Jawa Timur Lolos ke Final Usai Kalahkan Tuan Rumah"
MATCH_LEAD = (
    "ARENASPORT.ID – Tim voli putri Jawa Timur memastikan tiket final setelah mengalahkan "
    "tuan rumah Sumatra Utara di GOR Mini Medan, Jumat (4/12/2026)."
)


@pytest.mark.parametrize("head", ["HASIL PERTANDINGAN", "SKOR AKHIR", "HASIL LAGA"])
def test_a_score_box_with_its_set_scores_is_not_the_headline(head: str) -> None:
    page = "\n\n".join(
        [
            "ARENASPORT.ID — Kabar Olahraga Nusantara\nSabtu, 5 Des 2026",
            f"Voli  ›  Kejurnas\n\n{MATCH_HEADLINE}\nMenang lima set dalam laga dua jam",
            "Dewi Anggraini\nJumat, 4 Desember 2026 - 21:10 WIB\nWaktu baca 2 menit",
            "\n".join(
                [
                    head,
                    "Semifinal – Putri",
                    "Jawa Timur  3",
                    "Sumatra Utara  2",
                    "25-20 | 22-25 | 25-18 | 21-25 | 15-12   •   121 menit",
                ]
            ),
            MATCH_LEAD,
            "Jawa Timur sempat tertinggal 1-2 sebelum membalik keadaan di dua set terakhir.",
            "Pelatih Jawa Timur memuji mental pemainnya yang tidak goyah di set penentuan.",
            "Jadwal Final: Minggu, 6 Desember 2026, pukul 15.00 WIB, siaran langsung kanal olahraga.",
            "Editor: Agus Salim",
        ]
    )
    art = clean_page(page)
    assert art.title == MATCH_HEADLINE
    assert not any("Sumatra Utara  2" in p for p in art.paragraphs)
    assert art.paragraphs[-1].startswith("Pelatih Jawa Timur")


def test_a_kicker_in_capitals_over_the_headline_and_byline_is_no_box() -> None:
    page = "\n".join(
        [
            "Kabar Lampung",
            "Sabtu, 5 Desember 2026",
            "HARGA BERAS",
            "Harga Beras Premium di Pasar Bandar Lampung Naik Dua Ribu Rupiah",
            "Pedagang menyebut stok gabah menipis",
            "Penulis: Andi | Editor: Rina",
            "Jumat, 4 Desember 2026 08:15 WIB",
            "KABARLAMPUNG.ID, BANDAR LAMPUNG - Harga beras premium di Pasar Tugu naik dua ribu "
            "rupiah per kilogram dalam sepekan terakhir.",
            "Stok gabah di penggilingan Lampung Tengah menipis sejak awal bulan.",
        ]
    )
    art = clean_page(page)
    assert art.title == "Harga Beras Premium di Pasar Bandar Lampung Naik Dua Ribu Rupiah"


def test_a_schedule_sentence_inside_the_story_stays() -> None:
    from warta.clean import patterns as P

    assert not P.NEXT_MATCH_RE.match("Jadwal final belum diumumkan panitia hingga Sabtu siang.")
    assert P.NEXT_MATCH_RE.match("Jadwal Perempat Final: Kamis, 10 Desember 2026, 19.00 WIB")


# --- a social og:title beside the page's headline -----------------------------------------


def test_the_heading_the_title_tag_opens_with_beats_a_social_title() -> None:
    page = (
        "<title>Bogor's new cable car draws queues — and gripes — on opening day"
        " | Kabar Bogor</title>"
        "<h1>Bogor's new cable car draws queues — and gripes — on opening day</h1>"
        "<h3>Kabar Bogor</h3>"
    )
    assert headline_of_title_tag(page, "Cable car a hit, but riders wait an hour") == (
        "Bogor's new cable car draws queues — and gripes — on opening day"
    )


def test_a_short_heading_at_the_title_edge_is_not_the_headline() -> None:
    tag = "Warga Bogor Antre Naik Kereta Gantung Baru di Hari Pertama | Kabar Bogor"
    assert _heading_at_title_edge(tag, ["Kabar Bogor"]) is None
    assert _heading_at_title_edge(tag, ["Warga Bogor Antre Naik Kereta Gantung Baru"]) is None


def test_an_english_page_with_a_social_title_keeps_its_headline() -> None:
    headline = "Surabaya's riverside night market returns — with fewer stalls — after floods"
    page = f"""<html><head>
<title>{headline} | Kabar Jatim</title>
<meta property="og:title" content="Night market is back, but half the stalls are gone">
</head><body><article>
<h1 class="post-title">{headline}</h1>
<p class="byline">By Kabar Jatim</p>
<p>Surabaya's riverside night market reopened on Thursday evening, two weeks after floods
swept through the Kalimas banks, though only half of its stalls have returned so far.</p>
<p>Traders said many of them were still repairing their carts and replacing spoiled stock,
and some had moved to a temporary site near the old harbour.</p>
<p>The city market office said the remaining stalls should be back before Christmas.</p>
</article></body></html>"""
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.title == headline


# --- an end note giving the first publication under a relative age -------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Artikel ini pertama kali terbit pada Senin, 30 November 2026 pukul 19.40 WIB.",
        "Tulisan ini pertama kali dimuat pada Senin, 30 November 2026.",
        "Berita ini tayang pertama kali pada 30 November 2026, 19.40 WIB.",
    ],
)
def test_the_end_note_dates_a_page_with_only_an_age_under_its_headline(note: str) -> None:
    page = "\n".join(
        [
            "Kabar Santri | Media Pesantren",
            "Kamis, 3 Desember 2026",
            "Berita",
            "Pesantren di Garut Ajarkan Santri Merakit Panel Surya untuk Musala Desa",
            "2 hari lalu  ·  Oleh Hasan Basri",
            "KabarSantri – Puluhan santri Pondok Pesantren Al-Falah di Garut belajar merakit "
            "panel surya untuk musala di desa sekitar pesantren, Minggu (29/11).",
            "Pengasuh pesantren mengatakan pelatihan itu akan digelar setiap bulan.",
            "Sebanyak empat musala kini mendapat listrik dari panel buatan santri.",
            note,
            "Editor: Laila",
        ]
    )
    art = clean_page(page)
    assert art.published is not None and art.published.iso == "2026-11-30"
    assert note not in art.text


def test_a_note_naming_where_a_copy_first_ran_is_still_an_attribution() -> None:
    from warta.clean import patterns as P

    assert not P.PUBLISHED_LINE_RE.match("Berita ini tayang pertama kali di Kabarjabar.com.")


# --- a JSON Feed item saved alone ---------------------------------------------------------


def _json_feed(items: int = 1) -> str:
    item = {
        "id": "https://kabarpesisir.id/?p=901",
        "url": "https://kabarpesisir.id/2026/12/penyu-belimbing-bertelur-di-pantai-jeen-womom/",
        "title": "Penyu Belimbing Bertelur di Pantai Jeen Womom, Petugas Jaga Sarang Malam Hari",
        "summary": "Petugas mencatat 14 sarang baru dalam sepekan.",
        "content_html": (
            "<figure><img src='x.jpg'><figcaption>Petugas mengukur sarang penyu di Pantai "
            "Jeen Womom, Selasa (1/12/2026). Foto: Arsip Balai Taman</figcaption></figure>\n"
            "<p><strong>Tambrauw, Papua Barat Daya</strong> – Penyu belimbing "
            "(<em>Dermochelys coriacea</em>) kembali bertelur di Pantai Jeen Womom, "
            "Kabupaten Tambrauw, sepanjang pekan ini.</p>\n"
            "<p>Petugas balai mencatat 14 sarang baru dan menjaga sarang itu setiap malam "
            "bersama warga kampung.</p>\n"
            "<p>Warga diminta tidak menyalakan lampu terang di sekitar pantai.</p>\n"
            "<p><em>Reportase ini didanai oleh hibah Jurnalisme Pesisir 2026.</em></p>"
        ),
        "date_published": "2026-12-02T07:45:00+09:00",
        "date_modified": "2026-12-03T10:00:00+09:00",
        "authors": [{"name": "Yosina Mambor"}],
    }
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Kabar Pesisir",
            "home_page_url": "https://kabarpesisir.id/",
            "items": [item] * items,
        }
    )


def test_a_json_feed_item_is_read_as_its_item() -> None:
    art = clean_document(RawDoc(Provenance("t.html"), _json_feed(), format="html"))
    assert art.title.startswith("Penyu Belimbing Bertelur di Pantai Jeen Womom")
    assert art.published is not None and art.published.iso == "2026-12-02"
    assert art.url and art.url.startswith("https://kabarpesisir.id/2026/12/")
    assert "(Dermochelys coriacea)" in art.paragraphs[0]
    assert art.paragraphs[-1] == "Warga diminta tidak menyalakan lampu terang di sekitar pantai."


def test_a_json_feed_of_several_items_is_no_single_story() -> None:
    assert read_json_feed_item(_json_feed(items=2)) is None
    assert read_json_feed_item('{"version": "2", "items": [{"title": "x"}]}') is None


def test_a_json_feed_item_with_plain_text_content() -> None:
    feed = json.loads(_json_feed())
    item = feed["items"][0]
    del item["content_html"]
    item["content_text"] = "Paragraf pertama.\n\nParagraf kedua."
    read = read_json_feed_item(json.dumps(feed))
    assert read is not None and read.text == "Paragraf pertama.\n\nParagraf kedua."


# --- a funding note, a blog feed's footer, a donation button ------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Tulisan ini dibiayai oleh beasiswa Liputan Iklim 2026.",
        "Reportase ini terlaksana atas dukungan Yayasan Laut Kita.",
        "This story was supported by the Ocean Reporting Grant.",
        "The post Nelayan Kembali Melaut appeared first on Kabarpesisir.id.",
        "Artikel Nelayan Kembali Melaut pertama kali tampil di kabarpesisir.id.",
        "📣 Sisihkan sedekah Anda bagi pesantren. Klik Donasi Sekarang",
        "Bantu kami terus menulis. Donasi di sini",
    ],
)
def test_credits_and_calls_closing_a_story_leave_the_body(note: str) -> None:
    page = "\n\n".join(
        [
            "Nelayan Kembali Melaut Setelah Badai Reda di Pesisir Selatan",
            "Oleh Rahmat Hidayat",
            "KABARPESISIR.ID – Ratusan nelayan di pesisir selatan kembali melaut setelah badai "
            "reda, Rabu (2/12/2026).",
            "Mereka sempat libur hampir sepekan karena gelombang mencapai empat meter.",
            "Syahbandar meminta nelayan tetap memantau prakiraan cuaca setiap pagi.",
            note,
        ]
    )
    art = clean_page(page)
    assert note not in art.text
    assert art.paragraphs[-1].startswith("Syahbandar meminta")


@pytest.mark.parametrize(
    "sentence",
    [
        "Laporan itu didukung oleh data dari tiga dinas di provinsi tersebut.",
        "Artikel itu pertama kali muncul di Facebook.",
        "Ia mengajak warga berdonasi untuk korban banjir melalui posko kelurahan.",
    ],
)
def test_story_sentences_with_support_or_donation_words_stay(sentence: str) -> None:
    page = "\n\n".join(
        [
            "Nelayan Kembali Melaut Setelah Badai Reda di Pesisir Selatan",
            "KABARPESISIR.ID – Ratusan nelayan di pesisir selatan kembali melaut setelah badai "
            "reda, Rabu (2/12/2026).",
            sentence,
            "Syahbandar meminta nelayan tetap memantau prakiraan cuaca setiap pagi.",
        ]
    )
    assert sentence in clean_page(page).text


# --- a forum post pasting an article, its comment box and sort control ---------------------

FORUM_PAGE = """\
forum
f/nusantara
Cari di f/nusantara
Masuk
teh_manis77
•
5 jam lalu
Berita
Harga Cabai Merah di Sumatra Barat Turun ke Rp28.000 per Kilogram
Artikel dari koran daerah, saya salin di bawah:

Harga Cabai Merah di Sumatra Barat Turun ke Rp28.000 per Kilogram

Oleh NOVIA RAHMA
3 Desember 2026 · 09.10 WIB

PADANG, KABARSUMBAR — Harga cabai merah di pasar tradisional Padang turun ke Rp28.000 per \
kilogram setelah panen di Agam dan Tanah Datar dimulai.

Pedagang di Pasar Raya Padang menyebut pasokan dari petani naik nyaris dua kali \
dalam sepekan terakhir.

Dinas perdagangan memperkirakan harga bertahan rendah hingga pertengahan Desember.

⬆ 420 ⬇   💬 61   ⤴ Bagikan
Urutkan menurut: Terbaru
Tambah komentar
u/rendang_kering · 4 jam lalu
Di Bukittinggi malah masih 35rb, belum turun sama sekali.
⬆ 51 ⬇   Balas
u/teh_manis77 OP · 3 jam lalu
Mungkin nunggu pasokan dari Agam masuk dulu.
⬆ 12 ⬇   Balas
Tentang komunitas
Tempat ngobrol soal kabar daerah. Dilarang spam.
Postingan terkait
Harga bawang di Solok naik lagi, ada yang tahu kenapa?
"""


def test_a_forum_posts_comments_and_sidebar_leave_the_body() -> None:
    art = clean_page(FORUM_PAGE)
    assert art.title == "Harga Cabai Merah di Sumatra Barat Turun ke Rp28.000 per Kilogram"
    assert art.paragraphs[-1].startswith("Dinas perdagangan memperkirakan")
    assert "Bukittinggi" not in art.text
    assert "Urutkan menurut" not in art.text


@pytest.mark.parametrize("box", ["Tulis komentar...", "Tambahkan komentar Anda", "Add a comment"])
def test_a_comment_box_heads_the_thread(box: str) -> None:
    page = "\n\n".join(
        [
            "Warga Padang Panen Raya Cabai di Lereng Marapi",
            "PADANG, KABARSUMBAR — Petani di lereng Marapi mulai panen raya cabai merah.",
            "Harga di tingkat petani turun menjadi Rp22.000 per kilogram, separuh dari harga "
            "bulan lalu.",
            "Dinas pertanian meminta petani menyimpan sebagian hasil panen di gudang desa.",
            box,
            "Andi_pdg · 1 jam lalu",
            "Semoga harga tidak anjlok terlalu dalam.",
        ]
    )
    art = clean_page(page)
    assert "Semoga harga" not in art.text
    assert art.paragraphs[-1].startswith("Dinas pertanian")


# --- the desk's dated update under a story signed with initials ---------------------------


def _signed_story(update: str, signed: bool = True) -> str:
    sign = " (rin/tom)" if signed else ""
    return "\n\n".join(
        [
            "Tanggul Sungai Jebol, Puluhan Rumah di Kudus Terendam",
            "Oleh: Rina Kartika",
            "KUDUS, Kabar Muria – Tanggul Sungai Wulan jebol dan merendam puluhan rumah di "
            "Kecamatan Undaan, Rabu (2/12).",
            "Petugas BPBD mengerahkan perahu karet untuk membantu warga mengungsi.",
            f"Bupati meminta perbaikan tanggul rampung sebelum puncak musim hujan.{sign}",
            update,
        ]
    )


@pytest.mark.parametrize(
    "update",
    [
        "Update: Kamis (3/12) pagi, air sudah surut di sebagian besar rumah warga.",
        "Update Kamis (3/12): Tanggul darurat selesai dipasang petugas.",
        "Pembaruan, Jumat (4/12/2026): seluruh pengungsi sudah kembali ke rumah.",
    ],
)
def test_the_desks_update_under_a_signed_story_leaves_the_body(update: str) -> None:
    art = clean_page(_signed_story(update))
    assert update not in art.text
    assert art.paragraphs[-1].startswith("Bupati meminta")


def test_an_update_closing_an_unsigned_story_stays() -> None:
    update = "Update: Kamis (3/12) pagi, air sudah surut di sebagian besar rumah warga."
    assert update in clean_page(_signed_story(update, signed=False)).text
