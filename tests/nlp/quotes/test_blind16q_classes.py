"""Quote classes found on blind16q (issue 17), each on invented paragraphs.

* Suggesting and encouraging ("menyarankan agar ...", "mendorong X membentuk ...") are
  verbs of request, and a manner asked for after the addressee ("meminta semua pihak
  tenang") is what is asked.
* A second predicate set against the first ("X tidak melarang ..., tetapi mengingatkan
  ...") has the first one's subject.
* The spoken "bilang" reports the clause after it; an illness is a clause's predicate
  ("mengeluh cucunya demam").
* A body named after a place ("Aliansi Petani Kendal") is the body, not the place, and
  "Mereka" after a sentence about a body is that body.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.split()[0], q.speaker) for q in _quotes(text)]


REQUESTS = [
    (
        "Kepala Dinas Lingkungan Hidup Kota Cimahi, Wahyu Setiadi, menyarankan agar warga "
        "memilah sampah dari rumah.",
        [("warga", "Wahyu Setiadi")],
    ),
    (
        "Ketua Komisi IV DPRD Jambi, Sri Handayani, mendorong pemerintah kabupaten membangun "
        "asrama bagi siswa dari desa terpencil.",
        [("pemerintah", "Sri Handayani")],
    ),
    (
        "Kapolres Sumba Barat, AKBP Yosef Lende, meminta semua pendukung tenang menjelang "
        "penghitungan suara.",
        [("semua", "Yosef Lende")],
    ),
    (
        "Ketua Panitia Pemilihan, Ratna Dewi, mengimbau para kandidat bijak saat berkampanye "
        "di media sosial.",
        [("para", "Ratna Dewi")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), REQUESTS)
def test_suggestion_encouragement_and_manner_are_requests(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == pairs


def test_thing_pushed_is_no_request() -> None:
    text = "Petugas Dishub, Agus Salim, mendorong motor mogok itu ke tepi jalan."
    assert _quotes(text) == ()


CONTRASTED_PREDICATES = [
    (
        "Camat Tanjung Priok, Hendra Wijaya, tidak melarang pesta rakyat itu, tetapi "
        "mengingatkan warga tidak menutup jalan.",
        [("warga", "Hendra Wijaya")],
    ),
    (
        "Rektor Universitas Tadulako, Yulius Mangiri, memang membuka kampus, namun meminta "
        "mahasiswa tetap memakai masker.",
        [("mahasiswa", "Yulius Mangiri")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), CONTRASTED_PREDICATES)
def test_predicate_after_tetapi_has_the_first_ones_subject(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == pairs


TOLD_PLAINLY = [
    (
        "Darmo Sugito, penjual bakso di Klaten, tertawa. Ia bilang dagangannya sudah habis "
        "sebelum magrib.",
        [("dagangannya", "Darmo Sugito")],
    ),
    (
        "Warga Kampung Melayu, Siti Aisyah (41), mengeluh cucunya demam sejak banjir datang.",
        [("cucunya", "Siti Aisyah")],
    ),
    (
        "Seorang ibu, Rina Marlina (35), bercerita anaknya muntah setelah makan nasi kotak.",
        [("anaknya", "Rina Marlina")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), TOLD_PLAINLY)
def test_bilang_and_an_illness_report_a_clause(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


def test_bilang_with_no_clause_is_no_quote() -> None:
    text = "Budi Santoso datang terlambat. Ia bilang maaf kepada panitia."
    assert _quotes(text) == ()


BODIES_AND_MEREKA = [
    (
        "Ketua RT membenarkan kabar itu.\n\n"
        "Aliansi Petani Kendal menilai harga pupuk terlalu mahal. Mereka mendesak "
        "pemerintah daerah menambah kuota pupuk bersubsidi.",
        [("harga", "Aliansi Petani Kendal"), ("pemerintah", "Aliansi Petani Kendal")],
    ),
    (
        "Harga cabai naik lagi.\n\n"
        "Forum Pedagang Pasar Cirebon menyebut pembeli berkurang separuh. Mereka meminta "
        "dinas menggelar operasi pasar.",
        [("pembeli", "Forum Pedagang Pasar Cirebon"), ("dinas", "Forum Pedagang Pasar Cirebon")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), BODIES_AND_MEREKA)
def test_body_named_after_a_place_and_mereka_after_it(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == pairs


def test_caused_change_and_a_disease_named_are_no_quotes() -> None:
    assert _quotes("Hujan deras mendorong harga cabai naik dua kali lipat.") == ()
    text = "Dinas Kesehatan Kota Kupang, Maria Lalu, melaporkan tujuh kasus demam berdarah."
    assert _quotes(text) == ()


def test_second_verb_of_a_relative_or_purpose_clause_is_not_the_subjects() -> None:
    text = (
        "Polisi menangkap seorang pria yang kerap mengkritik bupati dan mendorong warga "
        "untuk berdemo."
    )
    assert [q.speaker for q in _quotes(text)] != ["Polisi"]


UNNAMED_OFFICES = [
    (
        'Pasangan muda itu menang di final. "Kami main lepas," kata Rudi Hartanto.\n\n'
        "Pelatih tunggal putri pratama PBSI enggan berpuas diri. Menurut sang pelatih, "
        'gelar itu baru awal. "Target kami 20 besar dunia," tegas pelatih itu.',
        [
            ("Kami", "Rudi Hartanto"),
            ("gelar", "Pelatih tunggal putri pratama PBSI"),
            ("Target", "Pelatih tunggal putri pratama PBSI"),
        ],
    ),
    (
        'Warga mengeluh air keruh. "Sudah seminggu begini," kata Sumarni.\n\n'
        "Kepala seksi pengawasan PDAM Tirta Lestari menolak disebut lalai. Ia mengatakan "
        "pipa induk bocor akibat longsor.",
        [("Sudah", "Sumarni"), ("pipa", "Kepala seksi pengawasan PDAM Tirta Lestari")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), UNNAMED_OFFICES)
def test_office_written_in_lower_case_with_no_holder_speaks(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == pairs


CALL_NAMES_AFTER_A_LEAD = [
    (
        "Gurunya dua: Marlina Sari, guru kelas, dan Tan Ah Seng, pensiunan pedagang yang "
        "akrab disapa Koh Aseng.\n\n"
        'Koh Aseng menulis aksara di papan, lalu membacanya. "Ngin thong ngin," ucapnya.\n\n'
        "Kepala sekolah, Dedi Kurnia, menulis bahwa kelas itu layak dicontoh.\n\n"
        'Saat ditanya soal gaji, Koh Aseng hanya tertawa. "Dibayar teh manis saja," '
        "selorohnya.",
        "Tan Ah Seng",
    ),
    (
        "Relawan perpustakaan itu, Lie Kim Hwa, biasa dipanggil Engkoh Kimhwa oleh anak-anak."
        '\n\nEngkoh Kimhwa membacakan dongeng. "Dengar baik-baik, ya," ucapnya.\n\n'
        "Lurah setempat, Agus Salim, menyebut perpustakaan itu dibangun swadaya.\n\n"
        'Ketika ditanya soal pensiun, Engkoh Kimhwa hanya menggeleng. "Belum, masih kuat," '
        "ujarnya.",
        "Lie Kim Hwa",
    ),
]


@pytest.mark.parametrize(("text", "owner"), CALL_NAMES_AFTER_A_LEAD)
def test_call_name_of_an_earlier_speaker_after_a_lead_is_the_subject(text: str, owner: str) -> None:
    assert _quotes(text)[-1].speaker == owner


PARTIES_TO_A_CASE = [
    (
        "Kuasa hukum terdakwa, Hendra Gunawan, membantah dakwaan itu. "
        '"Klien kami tidak bersalah," tutur Hendra.\n\n'
        "Terdakwa Marzuki memilih diam sepanjang sidang. Ia hanya mengatakan akan membacakan "
        "pembelaan sendiri pekan depan.",
        "Marzuki",
    ),
    (
        'Jaksa Rina Sembiring menyebut bukti sudah lengkap. "Saksi kunci sudah hadir," '
        "ujar Rina.\n\n"
        "Tersangka Juanda hanya menunduk saat digiring petugas. Ia mengaku menyesal telah "
        "menipu para korban.",
        "Juanda",
    ),
]


@pytest.mark.parametrize(("text", "party"), PARTIES_TO_A_CASE)
def test_named_party_to_a_case_is_the_subject_for_ia(text: str, party: str) -> None:
    assert _quotes(text)[-1].speaker == party
