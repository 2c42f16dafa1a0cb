"""Quote classes found on blind17q (issue 17), each on invented paragraphs.

* A Sasak teknonym ("Amaq X", "Inaq X") and a Javanese elder's title before a full name
  ("Ki X Y", "Nyi X Y") are no part of the speaker's name; a couple known by teknonyms
  keeps its own names, even one word ("Rahmawati ... dikenal sebagai Inaq Rina").
* A call name with the real name given after it ("Mak Ijah, ... yang bernama asli X",
  "Guru Ahmad, ... yang bernama lengkap X", "Koh Aseng (nama lengkapnya X)") is X.
* A form of address alone as the subject ("Tuan Guru menimpali, ...", "Wak menambahkan")
  is the person the article wrote with that form before a name, not the last speaker.
* An interview whose answers are labelled with the interviewee's initials ("YS:") gives
  the answers to the name those letters spell in the introduction; a sentence in quote
  marks inside such an answer retells someone else's words and is no part of it.
* A sentence putting data on record ("BPS mencatat ...") that alone closes the article is
  a note of background data, no statement; the same sentence inside the story, or a
  report ("Antara melaporkan bahwa ...") closing it, still is one.
* Smaller shapes: a body's capitalised name as the subject after "berharap/memastikan"
  ("berharap Pemkab X membantu ..."); where the words stand before a pronoun with no
  comma ("Dalam petisinya ia menulis bahwa ..."); a petition speaks for its author ("Petisi
  itu juga meminta ..."); an addressee over two fields ("meminta Menteri Kelautan dan
  Perikanan mencabut ...").
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.split()[0], q.speaker) for q in _quotes(text)]


TITLES_DROPPED = [
    (
        'SELONG - Amaq Jumenah (61), nelayan Tanjung Luar, mengeluh. "Ikan makin jauh," '
        'ujar Amaq Jumenah.\n\nMenurut Amaq, solar juga langka. "Kami tunggu kapal '
        'tangki," tambahnya.',
        "Jumenah",
    ),
    (
        'PRAYA - Inaq Sanah (54), penenun di Sukarara, tersenyum. "Kain ini dua bulan '
        'baru jadi," kata Inaq Sanah.',
        "Sanah",
    ),
    (
        "SUKOHARJO - Dalang senior Ki Joko Prawiro Utomo (70) tampil semalam suntuk. "
        '"Penonton masih setia sampai subuh," kata Ki Joko Prawiro Utomo.',
        "Joko Prawiro Utomo",
    ),
    (
        'KLATEN - Pesinden senior, Nyi Sumarsih Wulandari, mengajar 20 murid. "Suara itu latihan, '
        'bukan bakat," ujar Nyi Sumarsih Wulandari.',
        "Sumarsih Wulandari",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TITLES_DROPPED)
def test_teknonym_and_elder_title_are_no_part_of_the_name(text: str, speaker: str) -> None:
    assert {q.speaker for q in _quotes(text)} == {speaker}


def test_a_couple_known_by_teknonyms_keeps_its_own_names() -> None:
    text = (
        "LOMBOK TIMUR - Pasangan petani garam, Ahmad Jaelani (52) dan Rukayah (48), lebih "
        'dikenal tetangga sebagai Amaq Dini dan Inaq Dini. "Saya yang angkut," kata Amaq '
        'Dini. "Saya yang jemur," potong Inaq Dini.'
    )
    assert [q.speaker for q in _quotes(text)] == ["Ahmad Jaelani", "Rukayah"]


REAL_NAMES = [
    (
        "KRUI - Warung itu milik Mak Ijah, perempuan 60 tahun yang bernama asli Rukmini "
        'Saleh. "Ramai sekali," ujar Mak Ijah.\n\nMenurut Mak, pembeli datang dari kota. '
        '"Sampai malam," katanya.',
        "Rukmini Saleh",
    ),
    (
        "MARTAPURA - Pengajian itu dipimpin Guru Ahmad, pengasuh pondok yang bernama lengkap "
        'Ahmad Zaini Rasyid. "Jangan takut banjir," ujar Guru Ahmad.\n\nMenurut beliau, '
        "santri tetap belajar dari rumah.",
        "Ahmad Zaini Rasyid",
    ),
    (
        "SINGKAWANG - Koh Aseng (nama lengkapnya Liem Hok Seng) menutup tokonya lebih awal. "
        '"Sepi sejak hujan," kata Koh Aseng.',
        "Liem Hok Seng",
    ),
    (
        "MEDAN - Pelatih takraw, Wak Ucok, yang bernama asli Usman Siregar, tersenyum. "
        '"Kami siap," kata Wak Ucok.',
        "Usman Siregar",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), REAL_NAMES)
def test_a_call_name_is_the_real_name_given_after_it(text: str, speaker: str) -> None:
    assert {q.speaker for q in _quotes(text)} == {speaker}


ADDRESS_ALONE = [
    (
        "SELONG - Pengajian dipimpin TGH Lalu Ahmad Subki. Tuan Guru Subki, begitu jamaah "
        "memanggilnya, menyebut sungai bagian dari iman.\n\nInaq Minah (50), warga Kelurahan "
        'Pancor, mengeluh. "Sampah makin banyak," ujar Inaq Minah.\n\nTuan Guru menimpali, '
        'pondok akan membahas sampah dalam pengajian. "Semoga didengar," selorohnya.',
        [
            ("sungai", "Lalu Ahmad Subki"),
            ("Sampah", "Minah"),
            ("pondok", "Lalu Ahmad Subki"),
            ("Semoga", "Lalu Ahmad Subki"),
        ],
    ),
    (
        'MEDAN - Pelatih takraw, Wak Ucok, yang bernama asli Usman Siregar, tersenyum. "Kami '
        'siap," kata Wak Ucok.\n\nKapten tim, Rizal Lubis, mengatakan latihan pekan ini sangat '
        'berat. "Kaki saya kram," ujar Rizal.\n\nWak menambahkan, tim akan berangkat Senin. '
        '"Doakan kami pulang bawa emas," katanya.',
        [
            ("Kami", "Usman Siregar"),
            ("latihan", "Rizal Lubis"),
            ("Kaki", "Rizal Lubis"),
            ("tim", "Usman Siregar"),
            ("Doakan", "Usman Siregar"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), ADDRESS_ALONE)
def test_a_form_of_address_alone_is_the_person_written_with_it(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == pairs


INITIALS_INTERVIEWS = [
    (
        "Sudah 30 tahun Yohanes Sawaki menjadi bidan desa di Kaimana. Harian Papua "
        "menemuinya di puskesmas, Selasa (1/12/2026). Berikut petikannya.\n\n"
        "Harian Papua: Mengapa bertahan di kampung?\n\n"
        "YS: Di sini tidak ada bidan lain. Kalau saya pergi, ibu-ibu melahirkan di perahu.\n\n"
        "Harian Papua: Apa yang paling berat?\n\n"
        "YS: Jalan. Musim hujan, motor tidak bisa lewat, jadi kami jalan kaki dua jam. "
        'Ada mama yang bilang ke saya, "Bidan, anak ini lahir di jalan saja." Saya tertawa.',
        [("Di", "Yohanes Sawaki"), ("Jalan.", "Yohanes Sawaki")],
    ),
    (
        "Ni Luh Ayu Sartini, yang oleh warga dipanggil Mbok Ayu, mengelola koperasi tenun "
        "di Sidemen. Kami berbincang dengannya pekan lalu.\n\n"
        "BP: Bagaimana koperasi bermula?\n\n"
        "MA: Dari arisan sepuluh penenun. Kami patungan beli benang, lalu menjual kain "
        "bersama ke pasar.\n\n"
        "BP: Sekarang berapa anggotanya?\n\n"
        "MA: Sudah 120 orang. Kain kami sampai ke Jepang dan Belanda.",
        [("Dari", "Ni Luh Ayu Sartini"), ("Sudah", "Ni Luh Ayu Sartini")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), INITIALS_INTERVIEWS)
def test_answers_under_initials_are_the_named_interviewee(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == pairs


def test_a_retold_quote_ends_the_answer_under_initials() -> None:
    text = INITIALS_INTERVIEWS[0][0]
    answer = next(q for q in _quotes(text) if q.text.startswith("Jalan."))
    assert "Bidan, anak ini" not in answer.text


_VOICES = (
    "Ketua Himpunan Petani Kopi Temanggung, Budi Hartono, mengatakan harga kopi turun "
    'tajam bulan ini. "Kami rugi besar," ujarnya.\n\n'
)
CLOSING_NOTES = [
    "Badan Pusat Statistik Jawa Tengah mencatat kopi menyumbang deflasi 0,05 persen pada November.",
    "Dinas Pertanian Temanggung mencatat ada 4.200 hektare kebun kopi rakyat di kabupaten itu.",
    "BMKG sebelumnya mencatat curah hujan di lereng Sindoro naik dua kali lipat.",
]


@pytest.mark.parametrize("note", CLOSING_NOTES)
def test_a_data_note_closing_the_article_is_no_statement(note: str) -> None:
    assert [q.speaker for q in _quotes(_VOICES + note)] == ["Budi Hartono", "Budi Hartono"]


def test_a_record_inside_the_story_and_a_closing_report_stay() -> None:
    inside = _VOICES + CLOSING_NOTES[0] + "\n\nPanen raya diperkirakan mulai Maret."
    assert "Badan Pusat Statistik Jawa Tengah" in {q.speaker for q in _quotes(inside)}
    report = _VOICES + "Kantor berita Antara melaporkan bahwa harga kopi di Jambi juga turun."
    assert len(_quotes(report)) == 3


SMALLER_SHAPES = [
    (
        "Ketua Sanggar Tari Melati, Dewi Anggraini, mengatakan sanggar kini kekurangan "
        "kostum. Ia berharap Pemkab Klaten membantu perlengkapan sebelum festival tahun depan.",
        [("sanggar", "Dewi Anggraini"), ("Pemkab", "Dewi Anggraini")],
    ),
    (
        "Direktur Utama PDAM Tirta Sari, Agus Salim, memastikan PT Air Bersih Nusantara "
        "menambah pasokan mulai pekan depan.",
        [("PT", "Agus Salim")],
    ),
    (
        "Petisi dibuat oleh Sukardi (50), Ketua Paguyuban Nelayan Kebumen. Dalam petisinya ia "
        "menulis bahwa hasil tangkapan nelayan kecil turun separuh.",
        [("hasil", "Sukardi")],
    ),
    (
        "Bupati Garut, Rudy Gunawan, menanggapi keluhan itu. Dalam unggahannya dia menyebut "
        "perbaikan jalan dimulai bulan depan.",
        [("perbaikan", "Rudy Gunawan")],
    ),
    (
        'Petisi dibuat oleh Sukardi (50), Ketua Paguyuban Nelayan Kebumen. "Kami hanya minta '
        'laut dibagi adil," tulis Sukardi.\n\nPetisi itu juga meminta Menteri Kelautan dan '
        "Perikanan mencabut izin 10 kapal asal pantai utara.",
        [("Kami", "Sukardi"), ("Menteri", "Sukardi")],
    ),
    (
        "Ketua DPRD Cirebon, Rudi Hartono, meminta Dinas Pendidikan dan Kebudayaan menambah "
        "ruang kelas baru.",
        [("Dinas", "Rudi Hartono")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), SMALLER_SHAPES)
def test_smaller_shapes(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


def test_two_things_demanded_are_no_addressee() -> None:
    text = (
        "Dalam aksi itu, mereka membacakan lima tuntutan. Pertama, massa aksi menuntut "
        "penghentian tambang dan pemulihan hak menggarap lahan bagi petani setempat."
    )
    assert _quotes(text) == ()
