"""Quote shapes missed or misattributed on the blind6b set (regional dailies and local
officials, issue 17), several invented examples per class (other names, places and
outlets than the set's): an office, its territory and its holder written as one run
("Camat <Place> <Name>", "Kepala Desa <Place> <Name>", "Kapolsek <Place> AKP <Name>",
"Kejari <Regency> <Name>"): the speaker is the person, never the run nor the place;
titles of address ("Pak", "H") and degrees glued after a name ("SH").

The quotes are taken as a build takes them: the shipped tagger's mentions, resolved
within the article, then :func:`~warta.nlp.quotes.extract.extract_quotes`.
"""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.quotes.cues import split_title
from warta.nlp.quotes.extract import extract_quotes


def _built(text: str) -> list[tuple[str | None, str]]:
    """(speaker, first three words) of each quote of ``text``, as a build finds them."""
    mentions, _ = resolve_article(text, find_mentions(text))
    return [(q.speaker, " ".join(q.text.split()[:3])) for q in extract_quotes(text, mentions)]


def _speakers(text: str) -> set[str | None]:
    return {speaker for speaker, _ in _built(text)}


# --- an office, its territory and its holder ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jembatan gantung di Kecamatan Pameungpeuk putus diterjang banjir.\n\n"
            "Camat Pameungpeuk Hendra Gunawan mengatakan warga kini menyeberang dengan "
            'rakit. "Kami sudah minta bantuan perahu karet," ujarnya.',
            "Hendra Gunawan",
        ),
        (
            "Warga Kelurahan Sukasenang mengeluhkan bau sampah.\n\n"
            "Lurah Sukasenang Dedi Kurniawan mengatakan truk sampah baru datang dua kali "
            'sepekan. "Kami sudah bersurat ke dinas," katanya.',
            "Dedi Kurniawan",
        ),
        (
            "Anjing liar berkeliaran di Desa Tembok, Buleleng.\n\n"
            "Perbekel Tembok Putu Wirata mengatakan warga sering melepas kucing liar di "
            'pasar desa. "Kami minta vaksin ditambah," ucapnya.',
            "Putu Wirata",
        ),
        (
            "Dua kelompok pemuda bentrok di Kecamatan Rogojampi, Sabtu malam.\n\n"
            "Kapolsek Rogojampi AKP Nyoman Sutapa mengatakan keributan dipicu saling ejek. "
            '"Situasi sudah kondusif," ujarnya.',
            "Nyoman Sutapa",
        ),
    ],
)
def test_office_territory_and_holder(text: str, speaker: str) -> None:
    assert _speakers(text) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Persediaan beras di balai desa menipis.\n\n"
            "Kepala Desa Mekarsari Rina Marlina menuturkan sebanyak 20 keluarga masih "
            "mengungsi di balai desa.",
            "Rina Marlina",
        ),
        (
            "Warga Kampung Sido Rukun Jaya kesulitan pupuk.\n\n"
            "Kepala Kampung Sido Rukun Jaya Suparman mengatakan jatah pupuk baru tersalur "
            "separuh dari kebutuhan.",
            "Suparman",
        ),
    ],
)
def test_village_head_noun_and_name_before_the_holder(text: str, speaker: str) -> None:
    assert _speakers(text) == {speaker}


def test_regional_unit_and_its_place_before_the_holder() -> None:
    text = (
        "Sidang perkara korupsi dana desa digelar di Pengadilan Tipikor.\n\n"
        "Jaksa penuntut umum Kejari Klaten Hendro Saputro mengatakan timnya belum "
        "memutuskan banding atas vonis tersebut."
    )
    assert _speakers(text) == {"Hendro Saputro"}


def test_office_without_territory_keeps_a_three_word_name() -> None:
    text = "Kepala Desa Ahmad Fauzi Rahman mengatakan pembangunan jalan desa dimulai pekan depan."
    assert _speakers(text) == {"Ahmad Fauzi Rahman"}


# --- titles of address and degrees ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Pak Oman Saputra", "Oman Saputra"),
        ("Bu India Lestari", "India Lestari"),
        ("H Syamsul Bahri", "Syamsul Bahri"),
        ("Wali Kota Kendari H Syamsul Bahri", "Syamsul Bahri"),
        ("Kepala Desa Karangsari Tini Suhartini", "Tini Suhartini"),
        ("Perbekel Desa Pejeng Ni Made Sukerti", "Ni Made Sukerti"),
        # An office's country after a title of office stays the role.
        ("Duta Besar Oman Budi Santoso", "Budi Santoso"),
    ],
)
def test_titles_of_address_and_territories_are_split_off(phrase: str, name: str) -> None:
    assert split_title(phrase)[0] == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Usai persidangan, pengacara terdakwa, Markus Lumowa SH, berpendapat vonis itu "
            'kurang adil. "Kami pertimbangkan upaya banding," kata Markus.',
            "Markus Lumowa",
        ),
        (
            "Kuasa hukum warga, Yosua Pardede SH, mengatakan gugatan didaftarkan pekan ini.",
            "Yosua Pardede",
        ),
    ],
)
def test_degree_glued_after_a_name_is_dropped(text: str, speaker: str) -> None:
    assert _speakers(text) == {speaker}


def test_office_body_glued_before_the_holder_is_dropped() -> None:
    text = "Kepala Puskesmas Rahmat Hidayat menerangkan pasien demam berdarah terus bertambah."
    assert _speakers(text) == {"Rahmat Hidayat"}


# --- a clause after a weak verb: a predicate with "ter-", of change or of condition -------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Camat Lembang Asep Supriatna mengakui perbaikan jalan di wilayahnya terhambat "
            "sejak bulan lalu.",
            "perbaikan jalan di",
        ),
        (
            "Kepala gudang Bulog, Yanti Marlina, mengakui stok beras di gudang hanya cukup "
            "untuk dua pekan.",
            "stok beras di",
        ),
        (
            "Manajer pabrik, Teguh Santosa, mengakui penjualan sepatu kulit turun 12 persen "
            "tahun ini.",
            "penjualan sepatu kulit",
        ),
        (
            "Kepala Dinas Perhubungan Desi Anggraini memastikan jalur mudik di pantai utara "
            "dalam kondisi baik.",
            "jalur mudik di",
        ),
        (
            "Kepala PDAM Tirta Sejuk, Bambang Irawan, memastikan pasokan air normal kembali "
            "mulai Selasa.",
            "pasokan air normal",
        ),
        (
            "Warga Cempaka, Lina Marlina, bercerita adiknya pekan lalu tertimpa pohon "
            "tumbang di depan rumah.",
            "adiknya pekan lalu",
        ),
        (
            "Bupati Sambas Rudi Hermawan berjanji tunjangan guru cair sebelum akhir bulan.",
            "tunjangan guru cair",
        ),
    ],
)
def test_clause_with_a_predicate_after_a_weak_verb(text: str, start: str) -> None:
    assert [t for _, t in _built(text)] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "Camat Lembang Asep Supriatna mengakui kesalahan anak buahnya.",
        "Kepala Dinas Pariwisata Rina Lestari memastikan pelayanan terbaik bagi wisatawan.",
        "Wali Kota Rudi Hartono memastikan proses lelang terbuka bagi semua peserta.",
        "Kiper Persipura, Yohanes Pigai, menepis bola tendangan bebas lawan.",
    ],
)
def test_noun_objects_of_weak_verbs_stay_narration(text: str) -> None:
    assert _built(text) == []


# --- verbs of excuse and rebuttal --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Ketua panitia, Agus Salim, beralasan stok tiket sudah habis sejak pekan lalu.",
            "stok tiket sudah",
        ),
        (
            "Ia beralasan, petugas loket yang bermasalah sudah diganti orang baru.",
            "petugas loket yang",
        ),
        (
            "Namun, Direktur PT Tenun Makmur, Susanto Wijaya, menepis, pihaknya tidak berencana "
            "menjual pabrik di Majalaya.",
            "pihaknya tidak berencana",
        ),
    ],
)
def test_excuse_and_rebuttal(text: str, start: str) -> None:
    if text.startswith("Ia "):
        text = "Kepala Stasiun Kutoarjo, Darmawan Putra, tiba di lokasi.\n\n" + text
    assert [t for _, t in _built(text)][-1:] == [start]


# --- a statement credited by the next sentence --------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harga cabai di Pasar Inpres naik dua kali lipat dalam sepekan. Hal itu "
            "diungkapkan oleh Kepala Dinas Perdagangan Kota Ternate, Ahmad Jailolo, Senin.",
            "Ahmad Jailolo",
        ),
        (
            "Kepala Jasa Raharja Cabang Jambi, Feri Saputra, berjanji klaim penumpang bus "
            "diproses pekan ini. Keluarga penumpang yang meninggal memperoleh Rp 40 juta per "
            "orang. Hal itu disampaikan Feri ketika mengunjungi rumah sakit, Kamis.",
            "Feri Saputra",
        ),
    ],
)
def test_statement_credited_by_the_next_sentence(text: str, speaker: str) -> None:
    said = _built(text)
    assert said and all(s == speaker for s, _ in said)
    assert any(t.startswith(("Harga cabai", "Keluarga penumpang")) for _, t in said)


# --- complaints of a bare collective are narration ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Warga mengeluhkan jalan rusak di depan pasar.",
        "Penduduk juga mengeluhkan lamanya antre di pangkalan elpiji.",
        "Sejumlah pedagang mengeluhkan turunnya omzet setelah banjir.",
        "Penumpang menyayangkan keterlambatan kapal cepat itu.",
    ],
)
def test_complaint_of_a_bare_collective_is_narration(text: str) -> None:
    assert _built(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Para nelayan mengeluhkan mahalnya harga solar di pelabuhan.", "Para nelayan"),
        ("Seorang warga mengeluhkan bau sampah yang menyengat.", "Seorang warga"),
        # A clause after the verb still reports what they said.
        ("Warga mengeluhkan air sumur mereka tercemar limbah pabrik.", "Warga"),
    ],
)
def test_complaint_of_members_or_with_a_clause_is_reported(text: str, speaker: str) -> None:
    assert [s for s, _ in _built(text)] == [speaker]


# --- Balinese names after an office ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kepala Dinas Pertanian Tabanan I Made Sudira memastikan vaksin rabies tersedia "
            "di semua puskesmas.",
            "I Made Sudira",
        ),
        (
            "Ketua PHRI Badung Ida Bagus Made Sukarta mengatakan pungutan tidak boleh "
            "dilakukan di jalan.",
            "Ida Bagus Made Sukarta",
        ),
        (
            "Kepala Bidang Kebudayaan Klungkung Ni Wayan Sariani menjelaskan lomba tari "
            "digelar bulan depan.",
            "Ni Wayan Sariani",
        ),
    ],
)
def test_balinese_name_after_an_office(text: str, speaker: str) -> None:
    assert _speakers(text) == {speaker}


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Kepala Dinas Pertanian Tabanan I Made Sudira", "I Made Sudira"),
        ("Kasubdit II Ditreskrimum Polda Jambi AKBP Budi Santoso", "Budi Santoso"),
    ],
)
def test_balinese_i_is_no_unit_numeral(phrase: str, name: str) -> None:
    assert split_title(phrase)[0] == name


# --- people and panels described, not named ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pelompat asal Kendari, Wa Ode Sartika, memecahkan rekor nasional lompat jauh. "
            "Pelompat berusia 19 tahun itu mengaku nyaris cedera di awal musim.",
            "Wa Ode Sartika",
        ),
        (
            "Petinju Maluku, Yopi Latuheru, menang angka atas juara bertahan. Petinju "
            "berusia 24 tahun itu mengaku nyaris roboh di ronde kelima.",
            "Yopi Latuheru",
        ),
    ],
)
def test_person_described_again_opening_a_sentence(text: str, speaker: str) -> None:
    assert [s for s, _ in _built(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Majelis hakim berpendapat tindakan terdakwa membebani kas desa.",
            "Majelis hakim",
        ),
        ("Dewan juri menilai penampilan peserta dari Sumba paling orisinal.", "Dewan juri"),
    ],
)
def test_panel_described_speaks_as_written(text: str, speaker: str) -> None:
    assert [s for s, _ in _built(text)] == [speaker]


def test_article_of_a_regulation_is_no_person_described() -> None:
    text = (
        "Warga memprotes Peraturan Bupati Nomor 5 Tahun 2026. Pasal 4 ayat (1) perbup itu "
        "menyatakan bahwa pedagang wajib memiliki izin usaha."
    )
    assert all(s is None or not s.startswith("Warga") for s, _ in _built(text))


# --- an office whose name lists fields with commas ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Bibit sudah dibagikan," kata Direktur Bina Usaha Pertanian, Perkebunan, dan '
            "Peternakan Prof. Arief Hakim Nasution dalam temu media, Jumat.",
            "Arief Hakim Nasution",
        ),
        (
            '"Festival digelar tiap tahun," ujar Kepala Dinas Kebudayaan, Pariwisata, dan '
            "Olahraga Kota Ambon, Rudi Latuconsina.",
            "Rudi Latuconsina",
        ),
    ],
)
def test_office_listing_fields_then_its_holder(text: str, speaker: str) -> None:
    assert _speakers(text) == {speaker}


# --- an assurance with a long subject and a passive verb -----------------------------------


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Komisi Pemilihan Umum (KPU) Kabupaten Gowa memastikan pemilihan kepala desa "
            "(pilkades) di 9 dusun (kampung) di Kecamatan Bajeng dilaksanakan Minggu.",
            "pemilihan kepala desa",
            "KPU Kabupaten Gowa",
        ),
        (
            # A dateline before the subject: the body speaks, not the dateline's city.
            "Jakarta (Kabarnusa) - Kementerian Luar Negeri (Kemlu) RI memastikan 12 warga "
            "negara Indonesia (WNI) di Libya telah dipulangkan ke tanah air.",
            "12 warga negara",
            "Kementerian Luar Negeri",
        ),
    ],
)
def test_assurance_with_a_long_subject_and_a_passive(text: str, start: str, speaker: str) -> None:
    assert _built(text) == [(speaker, start)]


def test_assurance_with_a_noun_object_and_a_relative_clause_stays_narration() -> None:
    text = (
        "Kapolres Gowa Budi Santoso memastikan keamanan seluruh tempat pemungutan suara "
        "yang dijaga ketat aparat gabungan."
    )
    assert _built(text) == []


# --- a request with "agar"/"supaya"; a team described ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        (
            "Tim sukses kandidat bupati nomor 3 meminta KPU agar membuka data rekapitulasi "
            "kepada publik.",
            "Tim sukses kandidat bupati nomor 3",
            "KPU agar membuka",
        ),
        (
            "Kepala Dinas Kelautan Sulawesi Utara, Maria Tumbel, meminta KKP supaya menambah "
            "kapal patroli di perairan Talaud.",
            "Maria Tumbel",
            "KKP supaya menambah",
        ),
    ],
)
def test_request_with_what_is_asked(text: str, speaker: str, start: str) -> None:
    assert _built(text) == [(speaker, start)]


def test_asking_for_a_thing_stays_narration() -> None:
    assert _built("Bupati Sambas Rudi Hermawan meminta maaf atas kekeliruan data itu.") == []


# --- journalists' questions are no quotes ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Apakah Bapak akan maju lagi pada pilkada tahun depan?" tanya seorang wartawan '
        "kepada Bupati Rudi Hermawan.",
        '"Kapan jalan ini diperbaiki?" tanya wartawan.',
        '"Berapa anggaran yang disiapkan?" tanya jurnalis televisi lokal.',
    ],
)
def test_journalists_question_is_no_quote(text: str) -> None:
    assert _built(text) == []


def test_answer_after_a_journalists_question_is_a_quote() -> None:
    text = (
        '"Kapan jalan ini diperbaiki?" tanya wartawan. "Tahun depan, anggarannya sudah '
        'ada," jawab Bupati Rudi Hermawan.'
    )
    assert _built(text) == [("Rudi Hermawan", "Tahun depan, anggarannya")]


def test_prosecutors_question_stays_a_quote() -> None:
    text = '"Siapa yang menandatangani kuitansi ini?" tanya jaksa Rina Marlina kepada saksi.'
    assert _built(text) == [("Rina Marlina", "Siapa yang menandatangani")]


# --- a regional branch of a body named in full with its acronym ---------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Badan Penanggulangan Bencana Daerah (BPBD) Sleman menyatakan tiga ekskavator "
            "telah dikirim ke titik longsor.",
            "BPBD Sleman",
        ),
        (
            "Badan Pengawas Pemilu (Bawaslu) Provinsi Jawa Tengah menilai pemungutan suara "
            "ulang perlu diawasi lebih ketat.",
            "Bawaslu Provinsi Jawa Tengah",
        ),
    ],
)
def test_regional_branch_keeps_its_place(text: str, speaker: str) -> None:
    assert _speakers(text) == {speaker}


# --- initials that spell a title; a result recorded ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Polisi menangkap dua tersangka, MR (41) dan DS (30), di pelabuhan. Di hadapan "
            "penyidik, MR mengaku diberi imbalan Rp 20 juta per paket.",
            "MR",
        ),
        (
            "Tersangka berinisial MS (27) ditangkap di rumahnya. Kepada polisi, MS mengaku "
            "sudah tiga kali mengedarkan ganja.",
            "MS",
        ),
    ],
)
def test_initials_that_spell_a_title_are_a_person(text: str, speaker: str) -> None:
    assert [s for s, _ in _built(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Pelari asal Jambi, Rini Oktaviani, juara nomor 5.000 meter. Ia mencatat waktu 16 "
        "menit 20 detik.",
        "Penyerang muda itu, Dimas Saputra, mencatat rekor gol terbanyak musim ini.",
    ],
)
def test_a_result_recorded_is_narration(text: str) -> None:
    assert _built(text) == []


def test_data_recorded_is_reported() -> None:
    text = "Dinas Kesehatan Kota Palu mencatat kasus demam berdarah bertambah 40 dalam sepekan."
    assert [t for _, t in _built(text)] == ["kasus demam berdarah"]


# --- a title over a body written in lower case, then the holder as the subject -----------


def test_title_over_a_lower_case_body_then_its_holder_speaks_next() -> None:
    text = (
        '"Kami keberatan," kata penasihat hukum terdakwa, Yosua Pardede.\n\n'
        "Ketua majelis hakim Anton Sitompul menskors persidangan sampai Kamis. "
        '"Tim pembela agar menyusun nota pembelaan secara tertulis," ujarnya.'
    )
    assert [s for s, _ in _built(text)] == ["Yosua Pardede", "Anton Sitompul"]


# --- a ministry's long short form in brackets ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi (Kemendikbudristek) "
            "menegaskan kuota beasiswa tahun depan tidak akan dikurangi.",
            "Kemendikbudristek",
        ),
        (
            "Kementerian Pariwisata dan Ekonomi Kreatif (Kemenparekraf) menyatakan jumlah "
            "wisatawan asing naik 12 persen.",
            "Kemenparekraf",
        ),
    ],
)
def test_long_short_form_of_a_ministry(text: str, speaker: str) -> None:
    assert [s for s, _ in _built(text)] == [speaker]
