"""Shapes seen on the twenty-fifth blind page set, each an invented page written here in
that shape (not a labelled page): a picture's caption closed by its credit under a
compound label ("Sumber foto: Nama/situs.com"); a social title that adds the site's
name after an en dash under a ``<title>`` naming only the site; a contributor's bio of
two sentences closing the story; a public office's desk signing its release with one
lower-case word; a clipping's analyst's note and circulation mark under the story. (A
monitoring index's hit saved as JSON is in tests/ingest/test_index_hit.py.)"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.records import Provenance, RawDoc

# --- a caption closed by "Sumber foto: Nama/situs.com", over the lead --------------------

_MARKET_HEADLINE = "Harga Bawang Putih di Pasar Tani Lestari Naik, Stok Impor Tertahan di Pelabuhan"
_CAPTION = (
    "Seorang pedagang menimbang bawang putih di Pasar Tani Lestari, Kota Contoh. "
    "{label}: Bagus Pranoto/kabarpasar.com"
)


def _market_page(label: str) -> str:
    return "\n".join(
        [
            "Lompat ke konten",
            "KABARPASAR.COM",
            "Beranda   Ekonomi   Daerah   Olahraga",
            _MARKET_HEADLINE,
            "Rabu, 7 Oktober 2026 - 10:12 WIB  |  Penulis: Bagus Pranoto",
            _CAPTION.format(label=label),
            "Kabarpasar.com - Harga bawang putih di Pasar Tani Lestari naik menjadi Rp44 "
            "ribu per kilogram pada Rabu (7/10) karena pasokan impor tertahan di pelabuhan.",
            "Sejumlah pedagang mengaku hanya menerima separuh kiriman biasa sejak awal pekan "
            "sehingga mereka membatasi penjualan kepada pelanggan tetap.",
            "Dinas perdagangan setempat berjanji mempercepat pemeriksaan dokumen kiriman agar "
            "stok di pasar kembali normal sebelum akhir bulan.",
            "Terpopuler",
            f"1  {_MARKET_HEADLINE}",
            "2  Jalan Lingkar Timur Ditutup Sementara untuk Pengaspalan",
            "Copyright © 2026 Kabarpasar.com. All rights reserved.",
        ]
    )


@pytest.mark.parametrize("label", ["Sumber foto", "Kredit foto", "Foto"])
def test_a_caption_closed_by_a_labelled_credit_is_no_headline(label: str) -> None:
    art = clean_page(_market_page(label))
    assert art.title == _MARKET_HEADLINE
    assert set_aside(art)[_CAPTION.format(label=label)] == "caption"
    assert art.text.startswith("Harga bawang putih di Pasar Tani Lestari naik")


# --- a social title "Headline – Site" under a <title> naming the site -------------------

_CAMPUS_HEADLINE = "Mahasiswa Teknik Rancang Pompa Air Tenaga Surya untuk Desa Kering"


def _campus_page(social_title: str) -> str:
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "Tim mahasiswa teknik mesin merancang pompa air bertenaga surya yang kini "
            "dipakai warga sebuah desa di lereng bukit untuk mengairi kebun sayur.",
            "Pompa itu mampu mengangkat dua ribu liter air per hari dari sumur dangkal ke "
            "bak penampungan di atas bukit tanpa bahan bakar.",
            "Dosen pembimbing tim berharap rancangan tersebut dapat dibuat oleh bengkel "
            "setempat sehingga desa lain bisa memesannya dengan biaya rendah.",
        )
    )
    return (
        "<html><head><title>Kabar Kampus – Universitas Contoh Raya</title>"
        f'<meta property="og:title" content="{social_title}"></head><body>'
        '<header><p class="site-title">KABAR KAMPUS</p></header><main><article>'
        f'<h1 class="entry-title">{_CAMPUS_HEADLINE}</h1>{paragraphs}</article></main>'
        "<footer><p>© 2026 Universitas Contoh Raya</p></footer></body></html>"
    )


@pytest.mark.parametrize("sep", ["–", "—", "-", "|"])
def test_a_social_title_loses_the_site_name_after_the_headline(sep: str) -> None:
    page = _campus_page(f"{_CAMPUS_HEADLINE} {sep} Kabar Kampus")
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.title == _CAMPUS_HEADLINE


def test_a_headline_that_goes_on_after_a_dash_is_kept_whole() -> None:
    # The page's heading is the whole social title: nothing is the site's.
    page = _campus_page(_CAMPUS_HEADLINE).replace(
        f'<h1 class="entry-title">{_CAMPUS_HEADLINE}</h1>',
        f'<h1 class="entry-title">{_CAMPUS_HEADLINE} – Lagi</h1>',
    )
    page = page.replace(f'content="{_CAMPUS_HEADLINE}"', f'content="{_CAMPUS_HEADLINE} – Lagi"')
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.title == f"{_CAMPUS_HEADLINE} – Lagi"


# --- a contributor's bio of two sentences closing the story -----------------------------

_BIO = (
    "Maria Goreti Lestari adalah kontributor Suara Paroki di Kota Contoh. "
    "Aktif di kelompok literasi orang muda setempat."
)


def _parish_page(bio: str) -> str:
    return "\n".join(
        [
            "SUARA PAROKI",
            "Beranda   Berita   Opini   Profil",
            "Orang Muda Paroki Bersihkan Sungai Bersama Karang Taruna",
            "Oleh Maria Goreti Lestari  ·  8 November 2026  ·  2 menit baca",
            "KOTA CONTOH — Puluhan orang muda paroki bersama karang taruna membersihkan "
            "sungai yang melintasi tiga kampung, Minggu (8/11/2026) pagi.",
            "Mereka mengangkut hampir satu ton sampah plastik dan ranting yang menyumbat "
            "aliran di bawah jembatan kampung.",
            "Ketua panitia berharap kegiatan itu menjadi agenda bulanan yang melibatkan "
            "lebih banyak warga dari berbagai kelompok.",
            bio,
            "Tag:  sungai   orang muda   lingkungan",
            "Bagikan:   Facebook   X   WhatsApp",
            "© 2026 Suara Paroki. All rights reserved.",
        ]
    )


def test_a_contributor_bio_of_two_sentences_is_set_aside() -> None:
    art = clean_page(_parish_page(_BIO))
    assert art.text.endswith("lebih banyak warga dari berbagai kelompok.")
    assert set_aside(art)[_BIO] == "byline"


def test_a_paragraph_on_someone_else_stays_in_the_story() -> None:
    other = (
        "Yohanes Prasetyo adalah warga yang pertama kali melaporkan sumbatan itu. "
        "Ia ikut bekerja sampai siang."
    )
    art = clean_page(_parish_page(other))
    assert art.text.endswith(other)


# --- a public office's desk signing its release with one lower-case word ----------------


def _release_page(closing: str) -> str:
    return "\n".join(
        [
            "Selasa, 17 November 2026",
            "PEMERINTAH KABUPATEN CONTOH",
            "Beranda   Berita   Layanan   Kontak",
            "Pemkab Contoh Buka Layanan Akta Kelahiran Keliling di Enam Kecamatan",
            "KOTA CONTOH – Pemerintah Kabupaten Contoh membuka layanan akta kelahiran "
            "keliling di enam kecamatan mulai Selasa (17/11/2026).",
            "Layanan itu menyasar warga di desa yang jauh dari kantor dinas agar tidak "
            "perlu menempuh perjalanan berjam-jam.",
            closing,
            "© 2026 Pemerintah Kabupaten Contoh",
        ]
    )


def test_a_desk_word_after_the_last_sentence_is_its_signature() -> None:
    closing = "Petugas akan berada di setiap kecamatan selama dua hari kerja. (humaskab)"
    art = clean_page(_release_page(closing))
    assert art.text.endswith("selama dua hari kerja.")
    assert set_aside(art)["(humaskab)"] == "initials"


def test_a_lower_case_word_in_brackets_inside_the_story_stays() -> None:
    # Before the last paragraph, a bracketed word after a sentence is the story's.
    closing = "Petugas akan berada di setiap kecamatan selama dua hari kerja."
    page = _release_page(closing).replace("berjam-jam.", "berjam-jam. (lihat jadwal)")
    art = clean_page(page)
    assert "(lihat jadwal)" in art.text


# --- a clipping's analyst's note and circulation mark under the story -------------------

_NOTE = (
    "Catatan Analis Humas: Pemberitaan netral, tetapi perlu dipantau karena menyebut rencana "
    "kenaikan tarif parkir di kawasan kantor kita."
)
_MARK = "Bahan internal – tidak untuk diedarkan."


def _clipping_page() -> str:
    return "\n".join(
        [
            "Wali Kota Contoh Kaji Kenaikan Tarif Parkir di Pusat Kota",
            "Kamis, 5 November 2026 | 14:20 WIB",
            "KOTA CONTOH – Pemerintah Kota Contoh tengah mengkaji kenaikan tarif parkir di "
            "pusat kota untuk mengurangi kepadatan kendaraan pada jam sibuk.",
            "Kepala dinas perhubungan mengatakan kajian itu akan rampung akhir tahun dan "
            "hasilnya dibahas bersama dewan sebelum diterapkan.",
            "Dokumen internal dinas yang beredar menyebut tarif bisa naik dua kali lipat, "
            "tetapi pejabat menolak memastikan angka tersebut.",
            _NOTE,
            _MARK,
        ]
    )


def test_a_clipping_note_and_its_circulation_mark_are_no_part_of_the_story() -> None:
    art = clean_page(_clipping_page())
    removed = set_aside(art)
    assert _NOTE in removed and _MARK in removed
    assert art.text.endswith("pejabat menolak memastikan angka tersebut.")
    # a sentence about an internal document is the story's
    assert "Dokumen internal dinas yang beredar" in art.text


# --- a Word clipping file saved as a web page -------------------------------------------

_WORD_HEADLINE = "Kapal Feri Tertahan Dua Hari di Selat Contoh karena Gelombang Tinggi"


def _word_clipping() -> str:
    rows = "".join(
        f"<tr><td><p class=MsoNormal><b>{k}</b></p></td><td><p class=MsoNormal>{v}</p></td></tr>"
        for k, v in (
            ("Media", "Kabar Selat Online"),
            ("Tanggal Kliping", "Jumat, 13 November 2026"),
            ("Tone", "Netral"),
        )
    )
    story = "".join(
        f"<p class=MsoNormal>{p}</p>"
        for p in (
            "SELAT CONTOH – Dua kapal feri penyeberangan tertahan di dermaga selama dua hari "
            "karena gelombang setinggi tiga meter, Rabu (11/11/2026).",
            "Ratusan penumpang memilih menginap di ruang tunggu sambil menunggu kabar dari "
            "petugas syahbandar tentang jadwal keberangkatan berikutnya.",
            "Petugas memperkirakan cuaca membaik pada akhir pekan sehingga pelayaran dapat "
            "dibuka kembali secara bertahap mulai Sabtu pagi.",
        )
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        "<meta name=ProgId content=Word.Document>"
        "<title>Kliping Media – Jumat, 13 November 2026</title>"
        "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Tim Pemantau</o:Author>"
        "<o:Created>2026-11-13T01:05:00Z</o:Created></o:DocumentProperties></xml><![endif]-->"
        "</head><body><div class=WordSection1>"
        "<p class=MsoNormal><b>KLIPING MEDIA ONLINE</b></p>"
        f"<table class=MsoTableGrid>{rows}</table>"
        f"<h1>{_WORD_HEADLINE}</h1>"
        "<p class=MsoNormal>Rabu, 11 November 2026 | 16:40 WIB</p>"
        f"{story}"
        "<p class=MsoNormal>Catatan Tim Pemantauan: Berita tidak menyebut perusahaan kita, "
        "namun jadwal kapal pasokan ikut terdampak.</p>"
        "<p class=MsoNormal>Untuk kalangan sendiri.</p>"
        "</div></body></html>"
    )


def test_a_word_clipping_gives_the_article_not_the_clipping() -> None:
    art = clean_document(RawDoc(Provenance("t.html"), _word_clipping(), format="html"))
    assert art.title == _WORD_HEADLINE
    assert art.published is not None and art.published.iso == "2026-11-11"
    assert art.text.startswith("Dua kapal feri penyeberangan tertahan")
    assert art.text.endswith("mulai Sabtu pagi.")
