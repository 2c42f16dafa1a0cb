"""Shapes seen on the twentieth blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a revision line giving the story's age after a
colon ("Diperbarui: 5 jam lalu") under the date; a faith portal's daily verse box over a
most-read list, over the section trail and the headline; a donation appeal closing the
story; a public office's clipping sheet quoting a story between two rules, the analyst's
note and the officer's signature under it."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

# --- an "updated N hours ago" line under the date line ----------------------------------

_MOTOR_HEADLINE = "Ekspor Sepeda Motor Oktober 2026 Naik 12 Persen, Pasar Filipina Jadi Andalan"


def _motor_page(updated: str) -> str:
    return "\n".join(
        [
            "MotoKini.id",
            "Motor  Mobil  Tips  Komunitas  Video",
            "Home » Motor » Industri",
            _MOTOR_HEADLINE,
            "Penulis: Fajar Nugroho | Editor: Sinta",
            "Terbit: Kamis, 12 November 2026 | 10:20 WIB",
            updated,
            "Ilustrasi sepeda motor siap ekspor di dermaga Pelabuhan Tanjung Emas.",
            "Dok. MotoKini",
            "MotoKini.id - Ekspor sepeda motor utuh pada Oktober 2026 tercatat 58.200 unit, naik "
            "12 persen dibanding bulan sebelumnya.",
            "Asosiasi industri sepeda motor menyebut Filipina dan Vietnam masih menjadi tujuan "
            "utama pengiriman dari pabrik di Jawa Barat.",
            '"Permintaan dari Asia Tenggara tetap kuat menjelang akhir tahun," kata ketua '
            "asosiasi, Bambang Wirawan, Rabu (11/11/2026).",
            "Tag:  ekspor  sepeda motor  industri",
            "© 2026 MotoKini.id",
        ]
    )


@pytest.mark.parametrize(
    "updated",
    [
        "Diperbarui: 7 jam lalu",
        "Update: 3 jam yang lalu",
        "Terakhir diperbarui - 45 menit lalu",
        "Last updated: 2 hours ago",
    ],
)
def test_an_updated_age_line_after_a_colon_is_no_title(updated: str) -> None:
    art = clean_page(_motor_page(updated))
    assert art.title == _MOTOR_HEADLINE
    assert art.published is not None and art.published.iso == "2026-11-12"
    assert updated not in art.text


# --- a daily verse box over a most-read list, over the headline --------------------------

_CHURCH_HEADLINE = "Paduan Suara Anak Gereja di Ambon Gelar Konser Amal untuk Korban Longsor"


def _faith_page(label: str, saying: str) -> str:
    return "\n".join(
        [
            "Kabar Iman",
            "Warta Kehidupan dan Pengharapan",
            "Senin, 14 Desember 2026",
            "Beranda  Renungan  Kesaksian  Berita  Keluarga",
            label,
            saying,
            "Terpopuler",
            "1. Sekolah Minggu di Manado Kumpulkan Buku untuk Anak Pulau",
            "2. Ribuan Umat Ikuti Doa Bersama untuk Perdamaian di Jayapura",
            f"3. {_CHURCH_HEADLINE}",
            "Berita / Gereja",
            _CHURCH_HEADLINE,
            "Minggu, 13 Desember 2026 | Maria Latuheru",
            "Dibaca 905 kali",
            "Paduan suara anak tampil di aula gereja. (Foto: Dok. Panitia)",
            "Paduan suara anak dari empat jemaat di Kota Ambon menggelar konser amal untuk "
            "membantu warga yang rumahnya tertimbun longsor pekan lalu.",
            "Konser yang berlangsung dua jam itu mengumpulkan donasi dari sekitar 600 penonton.",
            '"Anak-anak ingin ikut menolong tetangga mereka dengan cara yang mereka bisa," kata '
            "pelatih paduan suara, Johanis Pattiasina.",
            "Hasil konser akan diserahkan kepada posko bantuan kelurahan pada akhir pekan ini.",
            "Tag: ambon  konser  longsor",
            "© 2026 Kabar Iman",
        ]
    )


@pytest.mark.parametrize(
    ("label", "saying"),
    [
        ("Ayat Hari Ini", '"Janganlah takut, sebab Aku menyertai engkau." - Yesaya 41:10'),
        ("Ayat Emas", "“Kasih itu sabar; kasih itu murah hati.” — 1 Korintus 13:4"),
        ("Firman Hari Ini", '"Serahkanlah kuatirmu kepada-Nya." (1 Petrus 5:7)'),
        ("Kutipan Hari Ini", '"Pengharapan tidak pernah mengecewakan." - Bapa Gereja'),
    ],
)
def test_a_daily_verse_box_is_no_title_nor_lead(label: str, saying: str) -> None:
    art = clean_page(_faith_page(label, saying))
    assert art.title == _CHURCH_HEADLINE
    assert art.text.startswith("Paduan suara anak dari empat jemaat")
    assert saying not in art.text
    assert art.published is not None and art.published.iso == "2026-12-13"


def test_a_surah_quoted_over_the_headline_is_no_title() -> None:
    saying = '"Sesungguhnya bersama kesulitan ada kemudahan." (QS. Al-Insyirah: 6)'
    page = _faith_page("Renungan", saying).replace("Renungan\n", "", 1)
    art = clean_page(page)
    assert art.title == _CHURCH_HEADLINE
    assert saying not in art.text


def test_a_paragraph_quoting_scripture_inside_the_story_stays() -> None:
    verse = '"Berbahagialah orang yang membawa damai." (Matius 5:9)'
    page = _faith_page("Ayat Hari Ini", '"Tuhan adalah gembalaku." - Mazmur 23:1').replace(
        "Konser yang berlangsung", f"{verse}\nKonser yang berlangsung"
    )
    art = clean_page(page)
    assert verse in art.text


def test_a_ranked_list_ends_at_its_last_rank() -> None:
    art = clean_page(_faith_page("Ayat Hari Ini", '"Tuhan adalah gembalaku." - Mazmur 23:1'))
    reasons = set_aside(art)
    assert reasons[f"3. {_CHURCH_HEADLINE}"] == "related"
    assert reasons[_CHURCH_HEADLINE] == "title"


# --- a donation appeal closing the story -------------------------------------------------


def _appeal_page(appeal: str) -> str:
    return "\n".join(
        [
            "Suara Pelayanan",
            "Beranda  Berita  Renungan",
            "Relawan Gereja di Sintang Bangun Sumur Bor untuk Tiga Dusun",
            "Rabu, 9 Desember 2026 | Agustinus Ding",
            "SINTANG - Relawan dari sejumlah gereja di Sintang membangun tiga sumur bor untuk "
            "dusun yang kesulitan air bersih selama kemarau.",
            "Setiap sumur dapat melayani sekitar 80 keluarga dan dilengkapi tandon air.",
            '"Warga tidak perlu lagi berjalan dua kilometer ke sungai," kata koordinator '
            "relawan, Paulus Embang.",
            "Pembangunan sumur keempat direncanakan awal tahun depan.",
            appeal,
            "Donasi Sekarang",
            "Tag: sintang  air bersih",
            "© 2026 Suara Pelayanan",
        ]
    )


@pytest.mark.parametrize(
    "appeal",
    [
        "Apakah renungan ini memberkatimu? Dukunglah pelayanan kami dengan menjadi donatur.",
        "Dukung kerja redaksi Suara Pelayanan lewat donasi.",
        "Apakah tulisan ini bermanfaat bagi Anda?",
        "Bantu pelayanan kami melalui sumbangan.",
    ],
)
def test_a_donation_appeal_closing_the_story_leaves_the_body(appeal: str) -> None:
    art = clean_page(_appeal_page(appeal))
    assert art.text.rstrip().endswith("direncanakan awal tahun depan.")
    assert appeal not in art.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Warga diminta mendukung program itu dengan berdonasi ke posko kelurahan.",
        "Ia mengatakan gereja akan terus mendukung warga dengan menyumbang bahan bangunan.",
    ],
)
def test_a_story_sentence_about_donations_stays(sentence: str) -> None:
    art = clean_page(
        _appeal_page("Tag: relawan").replace(
            "Pembangunan sumur keempat", f"{sentence}\nPembangunan sumur keempat"
        )
    )
    assert sentence in art.text


# --- a clipping sheet: the story between two rules, the sheet's note and signature --------


def _clipping_sheet(head: list[str], rule: str, tail: list[str]) -> str:
    return "\n".join(
        [
            *head,
            rule,
            "",
            "BANJAR",
            "Pasar Murah Digelar di Lima Kecamatan Jelang Natal",
            "Selasa, 8 Desember 2026 09:47 WIB",
            "Penulis: Hasan / Editor: Lina",
            "Warga antre membeli beras murah di halaman kantor kecamatan. (KABARBANUA/HASAN)",
            "MARTAPURA - Pemerintah Kabupaten Banjar menggelar pasar murah di lima kecamatan "
            "untuk menahan kenaikan harga bahan pokok menjelang libur akhir tahun.",
            "Beras, minyak goreng, gula dan telur dijual di bawah harga pasar dengan batas "
            "pembelian per keluarga.",
            '"Kami ingin warga bisa berbelanja dengan tenang menjelang libur," kata Kepala Dinas '
            "Perdagangan setempat.",
            "Pasar murah berikutnya dijadwalkan berlangsung di Kecamatan Astambul pekan depan. (has/lin)",
            rule,
            "",
            *tail,
        ]
    )


_SHEET_HEAD = [
    "PEMERINTAH KABUPATEN BANJAR",
    "DINAS KOMUNIKASI DAN INFORMATIKA",
    "",
    "KLIPING MEDIA DARING",
    "No. Kliping   : 88/KLP/XII/2026",
    "Media         : Kabarbanua.id",
    "Tone          : NETRAL",
]
_SHEET_TAIL = [
    "Catatan Analis:",
    "Pemberitaan menguatkan program stabilisasi harga Pemkab. Tidak ada pernyataan negatif. "
    "Saran: diteruskan ke grup humas kecamatan.",
    "",
    "Martapura, 9 Desember 2026",
    "Pengelola Pemantauan Media,",
    "",
    "Dewi Lestari, S.Sos",
    "NIP. 19900312 201503 2 004",
]


@pytest.mark.parametrize(
    ("head", "rule"),
    [
        (_SHEET_HEAD, "-" * 70),
        (_SHEET_HEAD, "=" * 40),
        (
            [
                "LAPORAN MEDIA MONITORING HARIAN",
                "Bagian Protokol dan Komunikasi Pimpinan",
                "Sentimen : POSITIF",
            ],
            "_" * 60,
        ),
    ],
)
def test_a_clipping_sheets_note_and_signature_leave_the_body(head: list[str], rule: str) -> None:
    art = clean_page(_clipping_sheet(head, rule, _SHEET_TAIL))
    assert art.title == "Pasar Murah Digelar di Lima Kecamatan Jelang Natal"
    assert art.text.rstrip().endswith("di Kecamatan Astambul pekan depan.")
    for line in _SHEET_TAIL:
        if line:
            assert line not in art.text


def test_a_rule_in_an_ordinary_story_keeps_what_follows() -> None:
    head = ["Kabarbanua.id", "Beranda  Daerah  Ekonomi"]
    tail = [
        "Pada pasar murah tahun lalu, pemerintah menjual lebih dari 40 ton beras di tujuh "
        "kecamatan dan menyalurkan subsidi ongkos angkut kepada pedagang.",
    ]
    art = clean_page(_clipping_sheet(head, "-" * 40, tail))
    assert "Pada pasar murah tahun lalu" in art.text
