"""Shapes seen on the twenty-second blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): the reporter's and the photographer's bare names
stacked under the headline; a shorter headline printed on the photo over its caption; a
caption opening with the whole headline; a date line (two calendars) over a lead opening
with the outlet's address and the place ("situs.com – Place. ..."); a sign-off with an
editor's "Redaktor:" line and an author box headed "Tentang Penulis: Nama"; a blog's like
bar and a related box listing a date under each post; a web story's end page."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean.line_split import split_lines
from warta.clean.metadata import split_dateline

# --- bare names stacked under the headline ---------------------------------------------------

_MARKET_HEADLINE = "Pedagang Pasar Terapung Banjarsari Kembali Berjualan Usai Banjir Surut"
_MARKET_LEAD = (
    "Pedagang pasar terapung di Sungai Banjarsari kembali menggelar dagangan di atas jukung "
    "setelah banjir yang merendam bantaran sungai selama sepekan surut."
)


def _names_page(names: list[str], date_above: bool) -> str:
    date = "Senin, 07 Desember 2026 | 09:10 WITA"
    return "\n".join(
        [
            "Rabu, 09 Desember 2026",
            "KalselNews.id",
            "Berita   Ekonomi   Wisata   Video",
            "Video Terkini",
            "VIDEO: Saat Perahu Karet Menyisir Permukiman",
            "01:12",
            *([date] if date_above else []),
            _MARKET_HEADLINE,
            *names,
            *([] if date_above else [date]),
            "Bagikan:  Facebook  X  WhatsApp  Salin Tautan",
            _MARKET_LEAD,
            "Sedikitnya 40 jukung kembali merapat di dermaga pasar sejak subuh, membawa sayur, "
            "ikan sungai dan kue tradisional.",
            "“Dua minggu kami tidak berjualan, sekarang pembeli mulai datang lagi,” kata Siti "
            "Rahmah, pedagang sayur.",
            "Kontributor : Ahmad Fauzan",
            "© 2026 KalselNews.id",
        ]
    )


@pytest.mark.parametrize(
    ("names", "date_above"),
    [
        (["Ahmad Fauzan", "Rizky Maulana Putra"], True),
        (["Ahmad Fauzan", "Rizky Maulana Putra"], False),
        (["Nur Aini Lestari"], True),
        (["Ahmad Fauzan", "Dewi Kartika", "Bayu Santoso"], True),
    ],
)
def test_bare_names_under_the_headline_are_no_headline(names: list[str], date_above: bool) -> None:
    art = clean_page(_names_page(names, date_above))
    assert art.title == _MARKET_HEADLINE
    assert art.published is not None and art.published.iso == "2026-12-07"
    assert art.text.startswith("Pedagang pasar terapung")
    aside = set_aside(art)
    assert all(name in aside for name in names)


def test_a_short_headline_over_the_story_stays_the_title() -> None:
    """A short title-cased headline with nothing over it is still the headline."""
    page = "\n".join(
        ["KalselNews.id", "Berita   Ekonomi   Video", "Banjir Rendam Banjarsari", _MARKET_LEAD]
    )
    assert clean_page(page).title == "Banjir Rendam Banjarsari"


# --- the headline printed on the photo ---------------------------------------------------------

_PIER_HEADLINE = (
    "Dermaga Kayu di Pelabuhan Rakyat Lapuk Dimakan Usia, Pemkab Siapkan Perbaikan Tahun Depan"
)


@pytest.mark.parametrize(
    ("kicker", "photo_text", "caption"),
    [
        (
            "Daerah",
            "Pemkab Siapkan Perbaikan Dermaga Kayu",
            "Foto: Warga melintas di dermaga kayu yang lapuk, Senin (7/12). (Andi/Kabar Pesisir)",
        ),
        (
            "Pesisir",
            "Dermaga Kayu Pelabuhan Rakyat Lapuk",
            "Dermaga kayu di pelabuhan rakyat, Senin (7/12). FOTO: KABAR PESISIR/ANDI",
        ),
        (
            None,
            "Perbaikan Dermaga Kayu Tahun Depan",
            "Foto: Perahu motor bersandar di dermaga, Senin (7/12). (Andi/Kabar Pesisir)",
        ),
    ],
)
def test_the_text_printed_on_the_photo_is_no_headline(
    kicker: str | None, photo_text: str, caption: str
) -> None:
    page = "\n".join(
        [
            "08.41 ◂ 4G 63%",
            "kabarpesisir.id/daerah/88120/",
            "☰ KABAR PESISIR 🔍",
            "Daerah   Ekonomi   Olahraga   Video",
            _PIER_HEADLINE,
            *([kicker] if kicker else []),
            photo_text,
            caption,
            "Andi Saputra",
            "Senin, 7 Desember 2026 | 16:05 WIB",
            "PESISIR, Kabar Pesisir – Dermaga kayu di pelabuhan rakyat Teluk Sari mulai lapuk "
            "dan beberapa papan lantainya patah sehingga membahayakan penumpang perahu.",
            "Pemerintah kabupaten menyiapkan anggaran perbaikan pada tahun depan, kata kepala "
            "dinas perhubungan setempat.",
            "Editor: Rina Wulandari",
        ]
    )
    art = clean_page(page)
    assert art.title == _PIER_HEADLINE
    assert photo_text in set_aside(art)
    assert art.text.startswith("Dermaga kayu di pelabuhan rakyat Teluk Sari")


def test_a_deck_that_tells_more_stays_a_deck_not_the_title() -> None:
    """A title-cased line over the caption sharing none of the headline's stems is not
    the headline's copy: the rule leaves the choice as it was."""
    page = "\n".join(
        [
            "KABAR PESISIR",
            "Daerah   Ekonomi   Olahraga   Video",
            _PIER_HEADLINE,
            "Warga Minta Jadwal Kapal Diumumkan",
            "Foto: Warga menunggu kapal, Senin (7/12). (Andi/Kabar Pesisir)",
            "PESISIR, Kabar Pesisir – Dermaga kayu di pelabuhan rakyat Teluk Sari mulai lapuk "
            "dan beberapa papan lantainya patah sehingga membahayakan penumpang perahu.",
        ]
    )
    assert clean_page(page).title == "Warga Minta Jadwal Kapal Diumumkan"


# --- a caption opening with the headline -------------------------------------------------------

_FERRY_HEADLINE = "Kapal Feri Tertahan Dua Hari, Ratusan Penumpang Menginap di Pelabuhan Lembar"


@pytest.mark.parametrize(
    "caption",
    [
        f"{_FERRY_HEADLINE}. Penumpang beristirahat di ruang tunggu pelabuhan, Minggu (6/12/2026).",
        f"{_FERRY_HEADLINE}. Penumpang beristirahat di ruang tunggu. Sebagian tidur di lantai.",
        f"{_FERRY_HEADLINE.upper()}. Penumpang beristirahat di ruang tunggu pelabuhan.",
    ],
)
def test_a_caption_opening_with_the_headline_is_set_aside(caption: str) -> None:
    page = "\n".join(
        [
            "LombokKini.com",
            "Beranda › NTB › Peristiwa",
            _FERRY_HEADLINE,
            "Penulis: Baiq Nurul | Editor: Lalu Hendra",
            "Minggu, 6 Desember 2026 10:45 WITA",
            "LOMBOKKINI.COM/BAIQ NURUL",
            caption,
            "LOMBOKKINI.COM, LOMBOK BARAT - Ratusan penumpang kapal feri tujuan Padangbai "
            "terpaksa menginap di Pelabuhan Lembar karena gelombang tinggi.",
            "Syahbandar menunda seluruh keberangkatan sejak Jumat malam hingga cuaca membaik.",
        ]
    )
    art = clean_page(page)
    assert art.title == _FERRY_HEADLINE
    assert set_aside(art).get(caption) == "caption"
    assert art.text.startswith("Ratusan penumpang kapal feri")


def test_a_paragraph_naming_the_headline_words_later_stays() -> None:
    """Only a line that opens with the whole headline as its own sentence is a caption."""
    para = (
        f"Menurut warga, {_FERRY_HEADLINE.lower()} bukan hal baru. Setiap musim angin barat "
        "kejadian serupa berulang."
    )
    page = "\n".join(
        [
            _FERRY_HEADLINE,
            "LOMBOKKINI.COM, LOMBOK BARAT - Ratusan penumpang kapal feri tujuan Padangbai "
            "terpaksa menginap di Pelabuhan Lembar karena gelombang tinggi.",
            para,
        ]
    )
    assert para in clean_page(page).text


# --- a two-calendar date line over an outlet-address dateline -------------------------------


@pytest.mark.parametrize(
    ("date_line", "lead"),
    [
        (
            "Jumat, 11 Desember 2026 / 1 Rajab 1448 H",
            "umatkini.com – Lombok Tengah. Warga Dusun Rembitan kini menikmati listrik tenaga "
            "surya setelah panel wakaf dipasang di mushala dusun, Kamis (10/12/2026).",
        ),
        (
            "Kamis, 10 Desember 2026 / 30 Jumadil Akhir 1448 H",
            "sahabatumat.id — Bima. Santri pondok pesantren di pesisir Bima membersihkan pantai "
            "dari sampah plastik dalam kegiatan bakti lingkungan akhir pekan.",
        ),
    ],
)
def test_a_lead_opening_with_the_outlet_address_is_not_joined_to_the_date_line(
    date_line: str, lead: str
) -> None:
    page = "\n".join(
        [
            "Dakwah dan Kabar Umat",
            "Nasional",
            "Panel Surya Wakaf Terangi Mushala dan Rumah Warga di Dusun Terpencil",
            "Oleh: Hamzah Fadli",
            date_line,
            lead,
            "Panel itu dibiayai wakaf tunai jamaah sebuah masjid di Mataram dan dirawat "
            "bersama pengurus mushala.",
            "Program serupa akan diperluas ke dua dusun lain tahun depan, kata pengelolanya.",
        ]
    )
    art = clean_page(page)
    first = art.text.split("\n\n")[0]
    assert date_line not in first
    assert first.startswith(("Warga Dusun", "Santri pondok"))
    assert art.published is not None
    assert [line.text for line in split_lines(f"{date_line}\n{lead}")] == [date_line, lead]


def test_a_place_after_a_bare_address_is_the_dateline_not_after_a_placed_one() -> None:
    assert split_dateline("situsumat.com – Sumba Barat. Warga desa mandi.") == (
        "situsumat.com – Sumba Barat.",
        "Warga desa mandi.",
    )
    # a dateline that names its place already keeps the lead's first sentence
    assert split_dateline("MATARAM, Situs.com - Ribuan. Itu jumlahnya.")[1].startswith("Ribuan.")
    assert split_dateline("situsumat.com – Namun warga. Sudah lama.")[1].startswith("Namun")


def test_a_wrapped_line_going_on_in_lower_case_is_still_joined() -> None:
    block = "Warga desa di kaki gunung itu kini bisa menikmati\nair bersih setiap hari."
    assert [line.text for line in split_lines(block)] == [block.replace("\n", " ")]


# --- a sign-off, an editor line and an author box -------------------------------------------


@pytest.mark.parametrize(
    ("editor", "box_head"),
    [
        ("Redaktor: Hasanuddin", "Tentang Penulis: Hamzah Fadli"),
        ("Redaktor : Siti Nurhaliza", "Profil Penulis: Hamzah Fadli"),
        ("Redaktur: Ali Imran", "Tentang Penulis: Hamzah Fadli"),
    ],
)
def test_an_editor_line_and_an_author_box_after_the_story_are_set_aside(
    editor: str, box_head: str
) -> None:
    last = "Program serupa akan diperluas ke dua dusun lain tahun depan, kata pengelolanya."
    bio = "Kontributor di Lombok Tengah, aktif di komunitas relawan energi bersih."
    page = "\n".join(
        [
            "Panel Surya Wakaf Terangi Mushala dan Rumah Warga di Dusun Terpencil",
            "Oleh: Hamzah Fadli",
            "Jumat, 11 Desember 2026",
            "umatkini.com – Lombok Tengah. Warga Dusun Rembitan kini menikmati listrik tenaga "
            "surya setelah panel wakaf dipasang di mushala dusun.",
            last,
            "Wallahu a'lam.",
            "(hf/umatkini)",
            editor,
            box_head,
            bio,
            "Topik: #wakaf #energi surya",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith(last)
    aside = set_aside(art)
    assert aside.get(editor) == "byline" and aside.get(box_head) == "byline"
    assert bio in aside


def test_a_story_sentence_about_an_editor_stays() -> None:
    para = "Redaktor senior itu mengatakan ruang redaksi akan pindah ke gedung baru bulan depan."
    page = "\n".join(["Ruang Redaksi Pindah ke Gedung Baru", para, para.replace("bulan", "pekan")])
    assert para in clean_page(page).text


# --- a blog's like bar and a dated related box ------------------------------------------------


@pytest.mark.parametrize(
    "like_bar",
    [
        "Suka ini:  ♡ Suka   Memuat...",
        "Like this:  Like Loading...",
        "Jadilah orang yang pertama menyukai ini.",
    ],
)
def test_a_like_bar_and_dated_related_posts_leave_the_story(like_bar: str) -> None:
    last = "“Semua boleh datang dan ikut bernyanyi,” ujar Pendeta Yohana."
    related = ["Sinode Wilayah Timur Pilih Ketua Baru", "Paduan Suara Anak Tampil di Alun-alun"]
    page = "\n".join(
        [
            "WARTA JEMAAT",
            "Beranda   Berita   Gereja   Opini   Kontak",
            "Gereja di Kaki Bukit Siapkan Ibadah Natal Bersama Tiga Kampung",
            "Diterbitkan: 8 Desember 2026",
            "Wartajemaat.com – Jemaat gereja di kaki Bukit Sari mempersiapkan perayaan Natal "
            "gabungan untuk warga tiga kampung di sekitarnya.",
            "Latihan paduan suara digelar setiap malam di balai kampung sejak awal bulan.",
            last,
            "Bagikan:  WhatsApp  Facebook  Surel",
            like_bar,
            "Artikel Terkait",
            related[0],
            "7 Desember 2026",
            related[1],
            "5 Desember 2026",
            "Tinggalkan Balasan",
            "© 2026 Warta Jemaat.",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith(last)
    aside = set_aside(art)
    assert like_bar.split()[0] in " ".join(aside)
    assert all(aside.get(headline) == "related" for headline in related)


def test_a_story_sentence_about_liking_stays() -> None:
    para = "Warga suka ini: pasar malam dibuka lagi setiap Sabtu di lapangan desa, kata kades."
    page = "\n".join(["Pasar Malam Dibuka Lagi di Lapangan Desa", para, para])
    assert para in clean_page(page).text


# --- a web story's end page --------------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["Web Story Lainnya:", "Cerita Visual Lainnya", "More Web Stories"]
)
def test_a_web_story_end_page_leaves_the_story(label: str) -> None:
    last = "Pada libur akhir tahun, bus wisata juga berangkat tiap hari sejak 23 Desember."
    page = "\n".join(
        [
            "kabarjateng.id | WEB STORY",
            "Bus Wisata Semarang-Dieng Beroperasi Lagi Mulai Pekan Depan",
            "Oleh Yusuf Hidayat",
            "Dinas Perhubungan Jawa Tengah kembali mengoperasikan bus wisata akhir pekan "
            "relasi Semarang-Dieng mulai Sabtu pekan depan.",
            "Bus berangkat pagi hari dari Terminal Mangkang dan tiba di Dieng menjelang siang.",
            last,
            "kabarjateng.id",
            "Kabar Jateng Paling Dekat",
            label,
            "Pantai Baru di Jepara Dibuka untuk Umum",
            "Harga Gula Aren Banyumas Naik Jelang Natal",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith(last)
    assert set_aside(art).get(label) == "related"
