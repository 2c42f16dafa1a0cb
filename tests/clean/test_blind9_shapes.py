"""Shapes of page furniture seen on the ninth blind page set (issue 16), each an invented
page written here in that shape (not a labelled page), in several variants: a picture's
caption over the lead in reader-mode brackets ("[Foto: ... / Sumber]"), with an archive's
long credit ("Foto: Dok. <lembaga>") or a guest's ("WORD - ... –IST"); a reporter line
"Wartawan: X  Editor: Y"; a listicle's table of contents and numbered subheadings; an
English paper's deck, author and "City ● Day, Month D, YYYY" line; its syndication note;
a translated wire's archive photo credit and desk line. Guards keep the story's lines.
"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.records import PartialDate

HEADLINE = "Pedagang Pasar Terapung Banjarmasin Keluhkan Sepinya Wisatawan Akhir Tahun"
LEAD = (
    "Puluhan pedagang pasar terapung di Sungai Martapura, Banjarmasin, mengeluhkan jumlah "
    "wisatawan yang turun tajam menjelang libur akhir tahun."
)
SECOND = (
    "Seorang pedagang buah, Masniah, mengatakan pendapatannya kini tidak sampai separuh dari "
    "biasanya karena pengunjung lebih memilih pusat belanja modern."
)
LAST = (
    "Dinas pariwisata berencana menggelar festival perahu hias pada pekan kedua Desember "
    "untuk menarik kembali minat wisatawan."
)


def _page(*head: str, tail: str = "", sep: str = "\n\n") -> str:
    return sep.join([*head, LEAD, SECOND, LAST, *([tail] if tail else [])])


# --- captions over the lead --------------------------------------------------------------

BRACKET_CAPTIONS = [
    "[Foto: Perahu pedagang sayur di Sungai Martapura. Kiri: Masniah / Dok. Pribadi]",
    "[Gambar: Suasana pasar terapung saat fajar / Kabar Banua]",
    "[Image: Pedagang menawarkan buah kepada wisatawan. Dari kiri: Ijah dan Aluh / Arsip]",
]


@pytest.mark.parametrize("caption", BRACKET_CAPTIONS)
def test_a_bracketed_picture_line_is_a_caption_not_the_title(caption: str) -> None:
    art = clean_page(
        _page("Kabar Banua — Berita Kalimantan", HEADLINE, "Rusdi Hamid\n2 Desember 2026", caption)
    )
    assert art.title == HEADLINE
    assert art.published == PartialDate(2026, 12, 2)
    assert set_aside(art)[" ".join(caption.split())] == "caption"
    assert art.paragraphs[0] == LEAD


ARCHIVE_CAPTIONS = [
    "Pedagang mendayung jukung di Kuin. Foto: Dok. Dinas Pariwisata Kota Banjarmasin",
    "Warga menata buah di atas perahu. Foto: Dok. Lembaga Pemberdayaan Pedagang Sungai Banua",
    "Perahu hias berjajar di dermaga. FOTO: DOK. Himpunan Pedagang Pasar Terapung",
]


@pytest.mark.parametrize("caption", ARCHIVE_CAPTIONS)
def test_a_caption_credited_to_an_institutions_archive_is_no_title(caption: str) -> None:
    art = clean_page(_page("KABAR BANUA", HEADLINE, "Oleh: Rusdi", caption, sep="\n"))
    assert art.title == HEADLINE
    assert set_aside(art)[" ".join(caption.split())] == "caption"


GUEST_CAPTIONS = [
    "SUNGAI - Perahu pedagang berjajar di Sungai Martapura, Banjarmasin. –IST",
    "PASAR - Wisatawan menawar jeruk dari atas kelotok. -IST",
    "JUKUNG - Pedagang sayur mendayung pulang selepas pasar. — Istimewa",
    "FESTIVAL - Perahu hias dipersiapkan warga. - Dok",
]


@pytest.mark.parametrize("caption", GUEST_CAPTIONS)
def test_a_caption_with_a_guest_credit_after_a_dash_is_no_title(caption: str) -> None:
    art = clean_page(
        _page("RABU, 02 DESEMBER 2026 | 08:15 WITA", HEADLINE, "Redaksi Banua", caption)
    )
    assert art.title == HEADLINE
    assert art.published == PartialDate(2026, 12, 2)
    assert set_aside(art)[" ".join(caption.split())] == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Pedagang itu mengaku menerima bantuan dari pihak lain - istimewa, katanya.",
        "Harga jeruk naik menjadi Rp25.000 per kilogram. Foto: warga mengabadikan antrean.",
    ],
)
def test_a_story_sentence_with_such_words_stays(line: str) -> None:
    art = clean_page(_page(HEADLINE, "2 Desember 2026") + "\n\n" + line + "\n\n" + LAST)
    assert line in art.paragraphs


# --- reporter and editor on one line -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Wartawan: Abd   Editor: Suryanto",
        "Wartawati: Nur Aini  Editor: Hendra",
        "Jurnalis: Riko | Editor: Sinta",
    ],
)
def test_a_reporter_editor_line_is_a_byline_not_the_title(line: str) -> None:
    art = clean_page(_page("EKONOMI", HEADLINE, "Selasa, 1 Desember 2026 | 10:05 WIB", line))
    assert art.title == HEADLINE
    assert art.published == PartialDate(2026, 12, 1)
    assert set_aside(art)[" ".join(line.split())] == "byline"


# --- a listicle's table of contents ------------------------------------------------------

LISTICLE_TITLE = "Cara Menyimpan ASI Perah agar Tetap Segar, Bunda Perlu Tahu!"
STEPS = [
    ("1. Gunakan wadah steril", "Pilih botol kaca atau kantong khusus ASI yang sudah disterilkan."),
    ("2. Tulis tanggal pemerahan", "Beri label tanggal dan jam agar ASI lama dipakai lebih dulu."),
    ("3. Simpan di bagian belakang", "Bagian belakang lemari es punya suhu paling stabil."),
]


def _listicle(contents_head: str, *, with_contents: bool = True) -> str:
    contents = (
        [contents_head + "\n" + "\n".join(head for head, _ in STEPS)] if with_contents else []
    )
    body = [part for head, text in STEPS for part in (head, text)]
    return "\n\n".join(
        [
            "Ibuku.id - Teman Keluarga Muda",
            LISTICLE_TITLE,
            "Laras Wening\n4 Desember 2026\nDiperbarui 5 Desember 2026",
            *contents,
            "Banyak ibu bekerja memerah ASI setiap hari. Agar kualitasnya terjaga, cara "
            "menyimpannya perlu diperhatikan dengan saksama, Bun.",
            *body,
            "Tags: ASI, menyusui",
        ]
    )


@pytest.mark.parametrize(
    "head", ["Daftar isi", "Daftar Isi Artikel", "Table of contents", "Isi artikel:"]
)
def test_a_table_of_contents_is_navigation_and_never_the_title(head: str) -> None:
    art = clean_page(_listicle(head))
    assert art.title == LISTICLE_TITLE
    assert art.published == PartialDate(2026, 12, 4)
    assert art.paragraphs[0].startswith("Banyak ibu bekerja")
    assert "2. Tulis tanggal pemerahan" in art.paragraphs
    assert set_aside(art)[head.rstrip()] == "navigation"


def test_a_numbered_subheading_never_wins_over_the_headline() -> None:
    text = "\n\n".join(
        [
            "Ibuku.id",
            LISTICLE_TITLE,
            "4 Desember 2026",
            "3. Simpan di bagian belakang",
            LEAD,
            SECOND,
        ]
    )
    assert clean_page(text).title == LISTICLE_TITLE


def test_a_short_list_after_a_contents_word_inside_a_story_needs_two_items() -> None:
    text = _page(HEADLINE, "2 Desember 2026", "Daftar isi", tail="")
    assert clean_page(text).paragraphs[0] == LEAD


# --- an English paper: deck, author, "City ● Day" line, syndication note -----------------

EN_TITLE = "Palm oil smallholders fret as export levy rises again"
EN_LEAD = (
    "Hundreds of oil palm smallholders in Riau protested on Tuesday against a new increase "
    "of the crude palm oil export levy, which they say pushes down the price of their harvest."
)
EN_LAST = "The plantation fund agency said the extra revenue would finance replanting next year."


def _english(author: str, dateline: str, tail: str = "") -> str:
    return "\n\n".join(
        [
            "Thursday, November 12, 2026",
            "The Archipelago Herald",
            "Business",
            EN_TITLE,
            "Farmers say the higher levy cuts the price of fresh fruit bunches, while the "
            "fund's managers insist replanting aid will grow.",
            f"{author}\n{dateline}",
            "Smallholders unload fruit bunches in Kampar on Nov. 9, 2026. (Herald/Wahyu Putra)",
            EN_LEAD,
            EN_LAST,
            *([tail] if tail else []),
        ]
    )


@pytest.mark.parametrize(
    ("author", "dateline", "day"),
    [
        ("Arif Nugroho (The Archipelago Herald)", "Pekanbaru   ●   Wed, November 11, 2026", 11),
        ("Sari Dewanti (The Archipelago Herald)", "Jambi ● Tue, November 10, 2026", 10),
        ("Yohanes Bere", "Kupang · Mon, Nov 9, 2026", 9),
    ],
)
def test_an_english_deck_over_author_and_dated_line_is_a_standfirst(
    author: str, dateline: str, day: int
) -> None:
    art = clean_page(_english(author, dateline))
    assert art.title == EN_TITLE
    assert art.published == PartialDate(2026, 11, day)
    assert art.paragraphs[0] == EN_LEAD


@pytest.mark.parametrize(
    "note",
    [
        'This article first appeared on heraldnews.id with the headline "Smallholders fret". '
        "Read it here: https://heraldnews.id/business/2026/11/11/smallholders.html",
        "This story was first published on herald.co.id.",
    ],
)
def test_an_english_syndication_note_leaves_the_body(note: str) -> None:
    art = clean_page(_english("Arif Nugroho", "Pekanbaru ● Wed, November 11, 2026", tail=note))
    assert art.paragraphs[-1] == EN_LAST


# --- a translated wire copy --------------------------------------------------------------

WIRE_TITLE = "Indonesia menaikkan target produksi batu bara 2027 di tengah permintaan India"
WIRE_LEAD = (
    "JAKARTA, 2 Des (Kantor Berita) - Indonesia akan menaikkan target produksi batu bara untuk "
    "2027 menjadi kira-kira 780 juta ton, kata seorang pejabat pada hari Rabu."
)
WIRE_LAST = "Kementerian juga akan memperketat pengawasan kewajiban pasokan dalam negeri."


@pytest.mark.parametrize(
    "caption",
    [
        "Kapal tongkang melintas di Sungai Mahakam, Samarinda, 3 Maret 2025. REUTERS/Bayu Santoso/File Foto",
        "Truk batu bara antre di pelabuhan Balikpapan, 5 Mei 2024. REUTERS/Dedi Halim/File Photo",
    ],
)
def test_an_archive_wire_photo_is_a_caption_and_the_date_line_dates(caption: str) -> None:
    text = "\n\n".join(
        [
            "Google Terjemahan\nDiterjemahkan dari: Bahasa Inggris",
            WIRE_TITLE,
            "Oleh Maya Lestari dan Johan Siregar\n2 Desember 2026 pukul 09:40 GMT+7",
            caption,
            WIRE_LEAD,
            WIRE_LAST,
        ]
    )
    art = clean_page(text)
    assert art.title == WIRE_TITLE
    assert art.published == PartialDate(2026, 12, 2)
    assert set_aside(art)[" ".join(caption.split())] == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Pelaporan oleh Maya Lestari dan Johan Siregar; Penyuntingan oleh Rudi Hartono",
        "Reporting by Maya Lestari; Editing by Tom Ellis and Ana Ruiz",
        "Standar Kami: Pedoman Integritas Kantor Berita.",
        "Our Standards: The Newsroom Trust Principles.",
    ],
)
def test_a_wire_desk_line_and_standards_link_leave_the_body(line: str) -> None:
    text = "\n\n".join([WIRE_TITLE, "2 Desember 2026", WIRE_LEAD, WIRE_LAST, line])
    art = clean_page(text)
    assert art.paragraphs[-1] == WIRE_LAST


def test_a_story_sentence_about_reporting_stays() -> None:
    line = "Pelaporan oleh warga membantu polisi menemukan lokasi tambang ilegal itu."
    text = "\n\n".join([WIRE_TITLE, "2 Desember 2026", WIRE_LEAD, line, WIRE_LAST])
    assert line in clean_page(text).paragraphs


@pytest.mark.parametrize(
    "updated", ["Diperbarui 3 jam yang lalu", "Updated 2 hours ago", "Diperbarui 1 hari lalu"]
)
def test_an_update_age_under_the_date_line_is_never_the_title(updated: str) -> None:
    text = "\n\n".join(
        [
            "Google Terjemahan",
            WIRE_TITLE,
            f"Oleh Maya Lestari\n2 Desember 2026 pukul 09:40 GMT+7\n{updated}",
            "Truk batu bara antre di pelabuhan Balikpapan, 5 Mei 2024. REUTERS/Dedi Halim/File Photo",
            WIRE_LEAD,
            WIRE_LAST,
        ]
    )
    art = clean_page(text)
    assert art.title == WIRE_TITLE
    assert set_aside(art)[updated] == "updated"


# --- a web clipper's Markdown note with YAML front matter --------------------------------

NOTE_TITLE = "Jejak Stasiun Tanjung Priok, dari Pelabuhan Kolonial ke Kereta Komuter"
NOTE_LEAD = (
    "Pada 1914, pemerintah kolonial meresmikan stasiun baru di dekat pelabuhan Tanjung Priok. "
    "Bangunannya megah dengan atap lengkung baja yang menaungi delapan jalur rel."
)
NOTE_LAST = (
    "Kini stasiun itu kembali ramai dilayani kereta komuter dari Jakarta Kota setiap setengah jam."
)


def _note(front: str, heading: str = "# ") -> str:
    return "\n".join(
        [
            front,
            f"{heading}{NOTE_TITLE}",
            "",
            "![Peron stasiun tahun 1930-an. (Arsip Nasional)](https://sejarahkita.id/img/peron.jpg)",
            "",
            NOTE_LEAD,
            "",
            "**Baca juga:** [Riwayat Trem Kuda di Batavia](https://sejarahkita.id/urban/trem-kuda)",
            "",
            NOTE_LAST,
            "",
            "Topik: [[Batavia]] [[stasiun]]",
        ]
    )


FRONTS = [
    (
        f'---\ntitle: "{NOTE_TITLE}"\nsource: "https://sejarahkita.id/urban/priok"\n'
        'author:\n  - "[[Rahmat Santoso]]"\npublished: 2026-11-20\ncreated: 2026-12-01\n'
        'description: "Stasiun megah itu pernah ditinggalkan."\ntags:\n  - "clippings"\n---',
        "https://sejarahkita.id/urban/priok",
        PartialDate(2026, 11, 20),
    ),
    (
        f"---\ntitle: {NOTE_TITLE}\nurl: https://kotalama.id/a/123\ndate: 2026-10-02\n---",
        "https://kotalama.id/a/123",
        PartialDate(2026, 10, 2),
    ),
]


@pytest.mark.parametrize(("front", "url", "day"), FRONTS)
def test_a_clipped_notes_front_matter_gives_the_hints_and_leaves_the_body(
    front: str, url: str, day: PartialDate
) -> None:
    art = clean_page(_note(front))
    assert art.published == day
    assert art.url == url
    assert art.title == NOTE_TITLE
    assert art.paragraphs[0] == NOTE_LEAD
    assert art.paragraphs[-1] == NOTE_LAST
    assert not any("created:" in p or "clippings" in p for p in art.paragraphs)


def test_a_rule_drawn_twice_around_prose_is_no_front_matter() -> None:
    text = f"---\n{LEAD}\n---\n\n{HEADLINE}\n\n2 Desember 2026\n\n{SECOND}\n\n{LAST}"
    art = clean_page(text)
    assert LEAD in art.paragraphs or art.title == HEADLINE
    assert not any(r.reason == "front-matter" for r in art.removed)


# --- a summary box printed without bullets -----------------------------------------------


@pytest.mark.parametrize("head", ["Ringkasan Berita:", "Poin Penting:", "Intisari"])
def test_unbulleted_summary_points_over_a_datelined_lead_leave_the_body(head: str) -> None:
    lead = "KABARBANUA.COM, BANJARMASIN - " + LEAD
    text = "\n".join(
        [
            HEADLINE,
            "Rabu, 2 Desember 2026 08:10 WITA",
            "Penulis: Rusdi Hamid",
            head,
            "Pengunjung pasar terapung turun tajam menjelang libur akhir tahun.",
            "Pedagang meminta dinas pariwisata menggelar festival perahu.",
            lead,
            SECOND,
            LAST,
        ]
    )
    art = clean_page(text)
    assert art.paragraphs[0] == LEAD
    assert set_aside(art)[head] == "ai-summary"


def test_a_summary_head_over_the_storys_own_sentences_stays() -> None:
    text = "\n".join([HEADLINE, "Rabu, 2 Desember 2026", "Ringkasan:", LEAD, SECOND, LAST])
    art = clean_page(text)
    assert LEAD in art.paragraphs


# --- ends of stories ---------------------------------------------------------------------

ENDS = [
    "Baca selengkapnya di kabarbanua.id (tautan di bio).",
    "Read more at banuapost.com, link in bio",
    "Transkrip ini sudah disunting agar ringkas dan jelas.",
    "Wawancara ini telah diedit agar lebih ringkas.",
    "This interview has been edited for length and clarity.",
    "Apa reaksimu?",
    "Bagaimana perasaan Anda setelah membaca artikel ini?",
    "Saksikan Video Pilihan di Bawah Ini:\nCara Mudah Membuat Sambal Ikan Asap",
    "Tonton video menarik lainnya:\nPerahu Hias Meriahkan Sungai Martapura",
    "Berita Terkait\nPasar Apung Lok Baintan Ramai Lagi\n\nTerpopuler\n1\nDaftar Harga Jeruk di Banjarmasin, Naik Berapa?\n2\nJadwal Kapal ke Pulau Laut Pekan Ini",
]


@pytest.mark.parametrize("tail", ENDS)
def test_a_closing_call_or_note_leaves_the_body(tail: str) -> None:
    art = clean_page(_page(HEADLINE, "2 Desember 2026", tail=tail))
    assert art.paragraphs[-1] == LAST


@pytest.mark.parametrize(
    ("last", "mark"),
    [(LAST + " *rhm", "*rhm"), (LAST + " []", "[]"), (LAST + " *abc/def", "*abc/def")],
)
def test_an_asterisk_credit_or_empty_brackets_close_the_story(last: str, mark: str) -> None:
    art = clean_page("\n\n".join([HEADLINE, "2 Desember 2026", LEAD, SECOND, last]))
    assert art.paragraphs[-1] == LAST


@pytest.mark.parametrize(
    "sentence",
    [
        "Ia menulis kata *penting dengan huruf miring di papan pengumuman pasar.",
        "Daftar [ ] itu dibiarkan kosong oleh panitia festival perahu hias.",
    ],
)
def test_a_sentence_with_an_asterisk_or_brackets_inside_stays(sentence: str) -> None:
    art = clean_page("\n\n".join([HEADLINE, "2 Desember 2026", LEAD, sentence, LAST]))
    assert sentence in art.paragraphs


def test_a_story_sentence_asking_about_reactions_stays() -> None:
    line = "Apa reaksi pedagang ketika mendengar rencana itu? Sebagian besar menyambutnya."
    art = clean_page(_page(HEADLINE, "2 Desember 2026") + "\n\n" + line + "\n\n" + LAST)
    assert line in art.paragraphs


# --- datelines: the site in capitals then the place; the site capitalised, no dash ----------


@pytest.mark.parametrize(
    "prefix",
    [
        "KABARBANUA.COM, Banjarmasin --- ",
        "WARTADESA.CO.ID, Lombok Timur - ",
        "Banuaku.com, Banjarmasin ",
    ],
)
def test_a_site_and_place_dateline_is_taken_off_the_lead(prefix: str) -> None:
    text = "\n\n".join([HEADLINE, "2 Desember 2026", prefix + LEAD, SECOND, LAST])
    assert clean_page(text).paragraphs[0] == LEAD


# --- a social post's date; a printed address on the first line -----------------------------


@pytest.mark.parametrize(
    ("handle", "stamp", "day"), [("kabarbanua", "02/12/26", 2), ("banua.post_id", "30/11/26", 30)]
)
def test_a_posts_date_under_the_account_dates_the_story(handle: str, stamp: str, day: int) -> None:
    text = "\n".join(
        [
            "Threads",
            "Log in",
            "",
            handle,
            "Kabar Banua",
            stamp,
            HEADLINE,
            "",
            LEAD,
            "",
            SECOND,
            "",
            LAST,
        ]
    )
    art = clean_page(text)
    assert art.title == HEADLINE
    assert art.published is not None and art.published.day == day


@pytest.mark.parametrize(
    "address",
    [
        "kabarbanua.com/2026/12/02/pedagang-pasar-terapung-keluhkan-sepi-4412/",
        "https://www.banuapost.id/2026/12/02/pasar-terapung-sepi",
    ],
)
def test_a_printed_address_on_the_first_line_gives_the_date(address: str) -> None:
    text = "\n".join([address, "KABAR BANUA", HEADLINE, "Oleh: Rusdi", LEAD, SECOND, LAST])
    art = clean_page(text)
    assert art.published == PartialDate(2026, 12, 2)
    assert art.title == HEADLINE


def test_a_site_name_alone_on_the_first_line_is_no_address() -> None:
    text = "\n".join(["kabarbanua.com", HEADLINE, "2 Desember 2026", LEAD, SECOND, LAST])
    art = clean_page(text)
    assert art.url is None
