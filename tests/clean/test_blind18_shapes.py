"""Shapes seen on the eighteenth blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a photo gallery ("FOTO: headline", "Foto dan teks:
Nama", slide counters and captions, a header date the day after the story's); a caption
credited "/Site/Photographer" over the lead; a phone copy with the story's date and its
"Update:" line over the section name and the headline; the last paragraph signed
"(Situs.com/Nama)" after a speech tag, or with a desk's codes "(K/R3/P1)"; an outlet's
signature "Name (ACRONYM)" and its about line at the foot; a summary box labelled on its
line; a caption credited to the outlet in brackets; a ticker row inside a market story; a
chat channel's export with a pasted story."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import patterns as P
from warta.clean.chat_export import read_chat_export
from warta.clean.shapes import split_credit

# --- a photo gallery: "FOTO: headline", the credit of who shot and wrote it ----------


def _gallery(headline: str, credit: str) -> str:
    return "\n".join(
        [
            "KABARLAUT.ID",
            "Dari Pesisir untuk Negeri",
            "Senin, 14 Desember 2026",
            "Beranda   Daerah   Ekonomi   Galeri Foto   Video",
            "Beranda › Galeri Foto",
            "GALERI FOTO",
            headline,
            "Minggu, 13 Desember 2026 - 09:20 WIB",
            credit,
            "KABARLAUT.ID, BITUNG - Ratusan nelayan menghias perahu mereka untuk festival "
            "bahari tahunan di Pelabuhan Bitung, Minggu pagi (13/12/2026). Perahu terbaik akan "
            "mendapat hadiah dari pemerintah kota.",
            "Panitia menyebut 140 perahu ikut serta tahun ini, lebih banyak dari tahun lalu. "
            "Festival itu digelar untuk menarik wisatawan ke kawasan pesisir.",
            "1 / 3",
            "Nelayan memasang bendera warna-warni di tiang perahu. KABARLAUT/ARIF MANOPO",
            "2 / 3",
            "Anak-anak menonton dari dermaga. KABARLAUT/ARIF MANOPO",
            "3 / 3",
            "Perahu hias melintas di depan panggung juri. KABARLAUT/ARIF MANOPO",
            "Editor: Lenny Rumondor",
            "Galeri Foto Lainnya",
            "FOTO: Pasar Ikan Bitung Ramai Menjelang Natal",
            "Sabtu, 12 Desember 2026",
            "FOTO: Jembatan Gantung di Minahasa Utara Kembali Dibuka untuk Warga",
            "Jumat, 11 Desember 2026",
        ]
    )


@pytest.mark.parametrize(
    ("headline", "credit"),
    [
        (
            "FOTO: Ratusan Perahu Hias Meriahkan Festival Bahari di Pelabuhan Bitung",
            "Foto dan teks: Arif Manopo",
        ),
        (
            "FOTO: Nelayan Bitung Hias Perahu untuk Festival Bahari Tahunan",
            "Teks & Foto: Arif Manopo",
        ),
        (
            "Foto: Perahu Hias Nelayan Bitung Berlayar di Depan Panggung Juri",
            "Foto dan Teks: Arif Manopo",
        ),
    ],
)
def test_a_gallery_headline_stays_the_title_and_its_date_holds(headline: str, credit: str) -> None:
    art = clean_page(_gallery(headline, credit))
    assert art.title == headline
    assert art.published is not None and art.published.iso == "2026-12-13"
    assert set_aside(art)[credit] == "byline"
    assert art.text.startswith("Ratusan nelayan")


@pytest.mark.parametrize(
    "line",
    [
        "FOTO: ANTARA/Nama Fotografer",
        "Foto: Dok. Humas Pemkot",
        "FOTO: Istimewa",
        "Foto: tangkapan layar",
        "Foto: Rudi Hartawan",
    ],
)
def test_a_photo_credit_is_no_gallery_headline(line: str) -> None:
    assert not P.GALLERY_HEADLINE_RE.match(line)


# --- a caption credited "/Site/Photographer" over the lead ---------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Gerbang kawasan wisata Curug Lima, Kabupaten Temanggung. /Kabar Kedu/Sinta Ayuningtyas",
        "Pengunjung antre di loket tiket. / Warta Lereng / Bayu Saputro",
        "Kolam renang air panas di kaki gunung. /Portal Kedu/Hendra",
    ],
)
def test_a_caption_with_a_network_credit_is_no_title(caption: str) -> None:
    headline = "Tarif Curug Lima Naik untuk Musim Liburan, Ini Daftarnya"
    page = "\n".join(
        [
            "Kabar Kedu",
            "Beranda   Wisata   Kuliner   Daerah",
            headline,
            "Oleh Sinta Ayuningtyas",
            "Senin, 7 Desember 2026 | 08:25 WIB",
            caption,
            "KABAR KEDU – Pengelola Curug Lima mematok tarif masuk baru untuk musim liburan "
            "akhir tahun mulai pekan depan.",
            "Tiket dewasa kini Rp25 ribu, sebelumnya Rp15 ribu di luar musim liburan.",
            "Pengelola juga menyiapkan kantong parkir tambahan di lapangan desa.",
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert set_aside(art)[caption] == "caption"


def test_a_sentence_with_slashes_is_no_network_credit() -> None:
    assert not P.CAPTION_SOURCE_RE.search(
        "Harga naik 10 persen. Rasio itu dihitung per bulan/tahun"
    )


# --- a phone copy: the date and its "Update:" over the section name and headline -----


@pytest.mark.parametrize("section", ["Berita Lembata", "Ekonomi", "Berita Daerah"])
def test_a_revised_date_over_the_section_and_headline_dates_the_story(section: str) -> None:
    page = "\n".join(
        [
            "09.41  📶 4G  64%",
            "lembata.kabarflobamora.com",
            "☰  KabarFlobamora",
            "Senin, 7 Desember 2026 11:20 WITA",
            "Update: Selasa, 8 Desember 2026 07:05 WITA",
            section,
            "Nelayan Lembata Berhenti Melaut karena Gelombang Tinggi",
            "Penulis: Yosef Kedang",
            "KABARFLOBAMORA.COM, LEWOLEBA - Ratusan nelayan di Lewoleba memilih tidak melaut "
            "sejak akhir pekan karena gelombang setinggi tiga meter.",
            "Syahbandar setempat juga menunda keberangkatan kapal kecil ke pulau sekitar.",
            "Nelayan berharap cuaca membaik sebelum pekan depan.",
        ]
    )
    art = clean_page(page)
    assert art.published is not None and art.published.iso == "2026-12-07"


def test_a_header_clock_over_the_section_without_a_revision_does_not_date_the_story() -> None:
    page = "\n".join(
        [
            "KabarFlobamora",
            "Rabu, 9 Desember 2026 06:00 WITA",
            "Berita Lembata",
            "Nelayan Lembata Berhenti Melaut karena Gelombang Tinggi",
            "Penulis: Yosef Kedang",
            "Ratusan nelayan di Lewoleba memilih tidak melaut sejak akhir pekan karena "
            "gelombang setinggi tiga meter.",
            "Syahbandar setempat juga menunda keberangkatan kapal kecil ke pulau sekitar.",
        ]
    )
    art = clean_page(page)
    assert art.published is None or art.published.iso != "2026-12-09"


# --- the last paragraph signed by its reporter -----------------------------------------


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        (
            "Pemerintah desa, kata Rahmat, akan mengajukan bantuan alat berat ke provinsi "
            "tahun depan. (Kabarsiak.com/Nanda Putri)",
            "Pemerintah desa, kata Rahmat, akan mengajukan bantuan alat berat ke provinsi "
            "tahun depan.",
        ),
        (
            "Tanggul baru sepanjang dua kilometer itu ditargetkan selesai sebelum musim hujan "
            "berikutnya tiba di kawasan pesisir timur, ujarnya. "
            "(Riaukini.id/Fajar Hasibuan)",
            "berikutnya tiba di kawasan pesisir timur, ujarnya.",
        ),
        (
            "Kementerian akan menindak biro perjalanan yang tidak berizin dan menghimpun dana "
            "calon jamaah tanpa kepastian jadwal keberangkatan. (K/R3/P1)",
            "calon jamaah tanpa kepastian jadwal keberangkatan.",
        ),
    ],
)
def test_the_last_paragraph_keeps_its_words_without_the_signature(last: str, kept: str) -> None:
    page = "\n".join(
        [
            "Kabar Siak",
            "Banjir Rendam Dua Desa di Siak, Warga Mengungsi ke Sekolah",
            "Penulis: Nanda Putri",
            "Senin, 7 Desember 2026 10:00 WIB",
            "Banjir merendam dua desa di Kabupaten Siak sejak Minggu malam setelah hujan deras "
            "mengguyur selama enam jam.",
            '"Air naik cepat sekali, kami hanya sempat membawa pakaian," kata Rahmat, warga desa.',
            last,
            "Ikuti kanal Kabar Siak di WhatsApp",
        ]
    )
    art = clean_page(page)
    assert art.text.rstrip().endswith(kept)


@pytest.mark.parametrize(
    "text",
    [
        "Relawan membagikan makanan di posko pengungsian, Senin (7/12/2026). "
        "(Kabarsiak.com/Nanda Putri)",
        "Warga mengangkut perabot ke tempat yang lebih tinggi. (Lugas Wicaksono/Kabar Siak)",
    ],
)
def test_a_caption_with_a_bracketed_credit_stays_a_caption(text: str) -> None:
    page = "\n".join(
        [
            "Kabar Siak",
            "Banjir Rendam Dua Desa di Siak, Warga Mengungsi ke Sekolah",
            "Penulis: Nanda Putri",
            "Senin, 7 Desember 2026 10:00 WIB",
            text,
            "Banjir merendam dua desa di Kabupaten Siak sejak Minggu malam setelah hujan deras "
            "mengguyur selama enam jam.",
            '"Air naik cepat sekali, kami hanya sempat membawa pakaian," kata Rahmat, warga desa.',
            "Pemerintah kabupaten menyiapkan dapur umum di dua sekolah dasar.",
        ]
    )
    assert set_aside(clean_page(page))[text] == "caption"


def test_a_bracket_of_a_body_inside_the_story_is_no_signature() -> None:
    assert split_credit("Rapat itu digelar di gedung dewan. (DPR/RI)", closing=True)[1] is None
    assert split_credit("Harga naik 5 persen. (BPS/2026)", closing=True)[1] is None


# --- the outlet's signature and its about line, a summary box, a ticker row ----------


@pytest.mark.parametrize(
    "line",
    [
        "Kantor Berita Nusantara Raya (KBNR)",
        "Warta Timur News Agency (WTNA)",
        "Media Pesisir Timur (MPT)",
    ],
)
def test_an_outlet_signature_is_recognised(line: str) -> None:
    assert P.OUTLET_NAME_LINE_RE.match(line)


@pytest.mark.parametrize(
    "line",
    ["Badan Pusat Statistik (BPS)", "Dewan Perwakilan Rakyat (DPR)", "Kementerian Agama (Kemenag)"],
)
def test_a_body_named_with_its_acronym_is_no_outlet_signature(line: str) -> None:
    assert not P.OUTLET_NAME_LINE_RE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kabar Pesisir is an independent news portal publishing in two languages.",
        "Warta Timur adalah portal berita independen yang terbit sejak 2015.",
        "Suara Lembah merupakan media daring lokal di Jawa Tengah.",
    ],
)
def test_an_outlet_about_line_is_recognised(line: str) -> None:
    assert P.OUTLET_ABOUT_RE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Menurut dia, Kabar Pesisir adalah salah satu nama yang diusulkan warga.",
        "Dewan Pers menilai situs itu adalah portal berita yang belum terverifikasi.",
        "Pasar ikan itu adalah pusat ekonomi warga pesisir.",
    ],
)
def test_a_sentence_about_a_site_is_no_about_line(line: str) -> None:
    assert not P.OUTLET_ABOUT_RE.match(line)


def test_an_outlet_about_line_and_signature_leave_the_body() -> None:
    page = "\n".join(
        [
            "Warta Timur",
            "Nelayan Sulsel Mulai Ekspor Rumput Laut Kering ke Korea",
            "Oleh: Andi Rahman",
            "Kamis, 10 Desember 2026 - 13:00 WITA",
            "Makassar, WTNA – Kelompok nelayan di Takalar mulai mengekspor rumput laut kering "
            "ke Korea Selatan pekan ini.",
            "Pengiriman pertama berjumlah 20 ton dan akan dilanjutkan setiap bulan.",
            "Pemerintah daerah berjanji membantu sertifikasi mutu bagi kelompok lain.",
            "Warta Timur News Agency (WTNA)",
            "Tentang Penulis",
            "Berita Terkait",
            "Warta Timur is an independent news portal covering eastern Indonesia.",
        ]
    )
    art = clean_page(page)
    assert art.text.rstrip().endswith("bagi kelompok lain.")


@pytest.mark.parametrize(
    "line",
    [
        "Ringkasan: Pemerintah kota menambah 20 bus listrik untuk rute bandara mulai Januari.",
        "Intisari: Harga beras turun di tiga pasar utama setelah panen raya.",
        "Summary: The city will add twenty electric buses to the airport route.",
    ],
)
def test_an_inline_summary_is_recognised(line: str) -> None:
    assert P.INLINE_SUMMARY_RE.match(line)


def test_a_sentence_using_ringkasan_is_no_summary_box() -> None:
    assert not P.INLINE_SUMMARY_RE.match("Ringkasan laporan itu dibacakan di depan dewan.")


@pytest.mark.parametrize(
    "line",
    [
        "ABCD +2,15%   EFGH -0,40%   IJKL +0,05%",
        "MNOP ▲1,20%  QRST ▼3,05%",
        "UVWX +12%, YZAB -1,5%",
    ],
)
def test_a_ticker_row_is_recognised(line: str) -> None:
    assert P.TICKER_ROW_RE.match(line)


@pytest.mark.parametrize(
    "line",
    ["IHSG naik 1,2% pada penutupan sore ini.", "BBRI +2,1%", "Inflasi 2,5% dan BI Rate 5,75%"],
)
def test_a_sentence_or_one_ticker_is_no_ticker_row(line: str) -> None:
    assert not P.TICKER_ROW_RE.match(line)


# --- a caption credited to the outlet in brackets --------------------------------------


@pytest.mark.parametrize(
    ("site", "dateline"),
    [("Kabar Pesisir", "Jakarta (Kabar Pesisir) – "), ("KABAR PESISIR", "JAKARTA – ")],
)
def test_a_caption_credited_to_the_outlet_is_no_title(site: str, dateline: str) -> None:
    headline = "Indonesian seaweed farmers eye Korean market after first shipment"
    caption = "Dried seaweed at a warehouse in Takalar, South Sulawesi. (Kabar Pesisir)"
    page = "\n".join(
        [
            site,
            "Home   Economy   Travel   Culture",
            headline,
            "Friday, 11 December 2026, 10:15",
            caption,
            f"{dateline}Seaweed farmers in South Sulawesi are targeting 500 tonnes of exports "
            "to South Korea next year.",
            "The first 20 tonnes left Makassar port last week after passing quality checks.",
            "The provincial government said it will help other groups obtain certificates.",
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert set_aside(art)[caption] == "caption"


def test_the_last_paragraph_closed_by_the_outlet_stays() -> None:
    page = "\n".join(
        [
            "Kabar Pesisir",
            "Indonesian seaweed farmers eye Korean market after first shipment",
            "Friday, 11 December 2026, 10:15",
            "Jakarta (Kabar Pesisir) – Seaweed farmers in South Sulawesi are targeting 500 "
            "tonnes of exports to South Korea next year.",
            "The first 20 tonnes left Makassar port last week after passing quality checks.",
            "The provincial government said it will help other groups obtain certificates. "
            "(Kabar Pesisir)",
        ]
    )
    assert "help other groups obtain certificates" in clean_page(page).text


# --- a chat channel's export with a pasted story ---------------------------------------

STORY = [
    "Kabar Banua",
    "Banjarmasin Kota",
    "Kapal Wisata Listrik Mulai Layani Rute Sungai Martapura",
    "Rabu, 9 Desember 2026 | 10:30 WITA",
    "Penulis: Rina Hidayati",
    "KABARBANUA.ID, BANJARMASIN – Pemerintah Kota Banjarmasin mulai mengoperasikan dua kapal "
    "wisata bertenaga listrik di Sungai Martapura, Rabu (9/12/2026).",
    "Kapal itu melayani rute dari Siring Menara Pandang hingga Pasar Terapung Lok Baintan.",
    '"Kami ingin wisata sungai lebih bersih dan tidak bising," ujar kepala dinas pariwisata.',
    "Tarif untuk wisatawan ditetapkan Rp15.000 per orang sekali jalan. (*)",
    "Editor: Ahmad Fauzi",
]


def _export(story: list[str], *, blank_inside: bool = False) -> str:
    body = "\n\n".join(story) if blank_inside else "\n".join(story)
    return "\n".join(
        [
            "=" * 60,
            "Guild: Urang Banua",
            "Channel: INFO / berita-kalsel",
            "Topic: Bagikan berita Kalsel di sini, sertakan sumbernya.",
            "=" * 60,
            "",
            "[10/12/2026 06:55] acil.rini",
            "selamat pagi, ini berita kemarin, teksnya sy tempel di bawah ya",
            "",
            "[10/12/2026 06:56] acil.rini",
            body,
            "",
            "[10/12/2026 06:56] acil.rini",
            "https://kabarbanua.id/kota/2026/12/09/kapal-wisata-listrik-martapura",
            "",
            "{Embed}",
            "Kabar Banua",
            "Kapal Wisata Listrik Mulai Layani Rute Sungai Martapura - Kabar Banua",
            "Pemerintah Kota Banjarmasin mengoperasikan dua kapal wisata listrik.",
            "",
            "{Reactions}",
            "👍 (9) 🚤 (4)",
            "",
            "[10/12/2026 07:20] Udin_Kayutangi",
            "keren, semoga sampai ke Martapura juga",
            "",
            "[10/12/2026 07:31] Bang Ijal (mod)",
            "@acil.rini lain kali link dan ringkasan saja ya, biar channel rapi",
            "",
            "=" * 60,
            "Exported 5 message(s)",
            "=" * 60,
        ]
    )


@pytest.mark.parametrize("blank_inside", [False, True])
def test_a_chat_export_reads_as_the_pasted_story(blank_inside: bool) -> None:
    art = clean_page(_export(STORY, blank_inside=blank_inside))
    assert art.title == "Kapal Wisata Listrik Mulai Layani Rute Sungai Martapura"
    assert art.published is not None and art.published.iso == "2026-12-09"
    assert art.text.startswith("Pemerintah Kota Banjarmasin mulai")
    assert art.text.rstrip().endswith("sekali jalan.")
    for gone in ("selamat pagi", "keren, semoga", "lain kali link", "Guild:", "{Embed}"):
        assert gone not in art.text


@pytest.mark.parametrize(
    "text",
    [
        # a story quoting one chat message: one head, no exporter's marks
        "[10/12/2026 06:55] acil.rini\nselamat pagi semua\n\nWarga mengeluhkan jalan rusak.",
        # heads but no exporter's marks: a transcript quoted in a story
        "[10/12/2026 06:55] acil.rini\nhalo\n[10/12/2026 06:58] budi\nhalo juga",
        # an ordinary story naming a channel in a sentence
        "Channel: warga menyebut kanal itu ramai.\nPemerintah kota menambah bus listrik.",
    ],
)
def test_a_text_without_an_exports_shape_is_no_chat_export(text: str) -> None:
    assert read_chat_export(text) is None
