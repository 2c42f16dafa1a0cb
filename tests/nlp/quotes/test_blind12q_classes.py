"""Quote classes found on blind12q (issue 17), each on invented paragraphs.

* An office named with no holder as the subject of narration ("Kepala Balai Taman
  Nasional X menanggapi ...", "Kepala Dinas Pertanian Kabupaten Y menyebut ...") is
  the person the next "ia" and "kepala balai itu" point to; a lower-case title or short
  form that repeats an office which spoke ("sang kadis" after "Kadistan", "kepala balai
  itu", "kata ketua pengprov", "Kepala BTNB" for "Kepala Balai Taman Nasional Bunaken")
  is that office even when someone else spoke in between; "Pejabat asal X itu" after an
  office spoke is that office (an office is an official).
* A Minangkabau title of custom abbreviated with a full stop ("Budi Dt. Rajo Sati")
  ends no sentence, and the speaker is the name with its title as written (not "Budi
  Dt" where the tagger stopped, nor the title's name alone); "-nya" after it is his.
* Turn-taking: a reply cutting in ('"...," potong X', 'sela X', 'timpal X') is the one
  cutting in; an earlier speaker after a clause of being asked or met ("Ditanya apakah
  ..., Budi hanya tertawa.", "Saat dikonfirmasi soal ..., Yohanes menggeleng.") is the
  subject, so the next "katanya" is his, not the last speaker's.
* Precision: a survey's findings ("Survei Balitbang X mencatat 58 persen ...", "Hasil
  survei Y menyebutkan ...") are figures read from a poll, like "Data X", no quote; a
  bare collective complaining of a state made a noun ("Warga Kota X mengeluhkan sulitnya
  mendapatkan air") is narration, while one person's complaint stays a quote.
* Recall: a conclusion ("KNKT menyimpulkan kapal ...", "X menyimpulkan bahwa ...") is
  reported like an announcement: with "bahwa" or a clause, never with a noun object
  ("menyimpulkan hasil rapat"). An admission whose clause has a quantity for its
  predicate after "hanya"/"cuma"/"tinggal" ("mengakui jumlah bidan di desa itu hanya dua
  orang") is a quote; a noun object ("mengakui kekalahan 0-2 itu") stays narration.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


OFFICE_SUBJECTS = [
    (
        "BAUBAU, KENDARI POS - Ribuan ikan mati di Teluk Lasongko sejak awal pekan.\n\n"
        "Kepala Balai Taman Nasional Bunaken menanggapi temuan itu lewat surat kepada "
        "gubernur. Dalam surat tersebut, ia menyatakan pihaknya akan mengirim tim ke "
        "lokasi.\n\nSaat dihubungi, kepala balai itu mengatakan air laut sudah diuji. "
        '"Hasilnya keluar pekan depan," ujarnya.',
        "Kepala Balai Taman Nasional Bunaken",
        3,
    ),
    (
        "MALANG, RADAR MALANG - Kebakaran melanda lereng Gunung Arjuno sejak Selasa.\n\n"
        "Kepala Balai Besar Konservasi Jawa Timur meninjau lokasi bersama relawan. Ia "
        "menegaskan jalur pendakian ditutup sampai api padam.\n\nKepala balai itu juga "
        'mengatakan petugas berjaga di setiap pos. "Kami tidak mau ada korban," katanya.',
        "Kepala Balai Besar Konservasi Jawa Timur",
        3,
    ),
]


@pytest.mark.parametrize(("text", "office", "n"), OFFICE_SUBJECTS)
def test_office_subject_is_the_antecedent_of_ia(text: str, office: str, n: int) -> None:
    assert _speakers(text) == [office] * n


OFFICES_NAMED_AGAIN = [
    (
        "SRAGEN, SOLOPOS - Ratusan hektare padi di Kecamatan Gesi terendam banjir.\n\n"
        'Kepala Dinas Pertanian Kabupaten Sragen menyebut banjir tahun ini lebih luas. "Sudah '
        '200 hektare," kata Kadistan saat meninjau sawah, Senin.\n\nKetua Kelompok Tani Sido '
        'Makmur, Paimin, mengatakan bantuan datang terlambat. "Padine wis bosok," ujar '
        'Paimin.\n\nIstrinya, Bu Sarni, menimpali sambil tertawa. "Tikuse malah seneng," '
        "katanya.\n\nMenanggapi keluhan itu, sang kadis berjanji akan mengusulkan bantuan "
        'benih. "Datanya kami kumpulkan dulu," ujarnya.',
        "Kadistan",
    ),
    (
        "BIMA, LOMBOK POST - Harga bawang merah anjlok di tingkat petani.\n\nKepala Dinas "
        'Perdagangan Kota Bima mengakui pasokan melimpah. "Gudang sudah penuh," kata '
        "Kadisdag di kantornya, Rabu.\n\nSeorang petani, Jamaluddin, meminta pemerintah "
        'membeli hasil panen. "Kami rugi besar," ujar Jamaluddin.\n\nSang kadisdag berjanji '
        'membuka pasar murah pekan depan. "Kami siapkan truk," ujarnya.',
        "Kadisdag",
    ),
]


@pytest.mark.parametrize(("text", "office"), OFFICES_NAMED_AGAIN)
def test_short_form_after_another_speaker_is_the_office(text: str, office: str) -> None:
    assert _speakers(text)[-2:] == [office, office]


def test_office_subject_is_not_its_region() -> None:
    text = (
        "KLATEN, SOLOPOS - Serangan wereng meluas di Kecamatan Wedi.\n\nKepala Dinas "
        "Pertanian Kabupaten Klaten menggelar rapat dengan penyuluh. Ia menyebut obat "
        "sudah dikirim ke 12 desa."
    )
    assert _speakers(text) == ["Kepala Dinas Pertanian Kabupaten Klaten"]


ADAT_TITLES = [
    (
        "BUKITTINGGI, PADANG EKSPRES - Pacu jawi kembali digelar di Nagari Tabek.\n\n"
        "Wali Nagari Tabek, Syamsul Dt. Rangkayo Basa, menyebut pacu jawi selalu ramai "
        'menjelang panen. "Urang rantau pulang untuak manonton (Orang rantau pulang untuk '
        'menonton)," ujarnya.\n\nSeorang joki, Andri (27), menilai jalur tahun ini lebih '
        'licin. "Sapi takuik (Sapinya takut)," katanya.',
        "Syamsul Dt. Rangkayo Basa",
        "Andri",
    ),
    (
        "PAYAKUMBUH, HARIAN HALUAN - Panen raya gambir dimulai di Kecamatan Kapur IX.\n\n"
        "Ketua kerapatan adat nagari, Yusuf Dt. Parpatiah, mengatakan harga gambir mulai "
        'naik. "Alhamdulillah, lah ado harago (sudah ada harganya)," katanya.\n\nPedagang '
        'pengumpul, Rosmaini (52), menyebut stok di gudang menipis. "Barang kurang," '
        "ujarnya.",
        "Yusuf Dt. Parpatiah",
        "Rosmaini",
    ),
]


@pytest.mark.parametrize(("text", "titled", "other"), ADAT_TITLES)
def test_dotted_title_of_custom_stays_in_the_name(text: str, titled: str, other: str) -> None:
    assert _speakers(text) == [titled, titled, other, other]


CUTTING_IN = [
    (
        "TONDANO, MANADO POST - Dua nelayan tua, Hendrik Pangemanan (76) dan Markus "
        "Tumbelaka (80), sudah 40 tahun memancing di Danau Tondano.\n\n"
        '"Torang so mancing dari danau ini masih bening," kata Hendrik sambil memasang '
        'umpan. "Tapi dia belum pernah dapat ikan mas besar," potong Markus. "Itu karena '
        'kita kase dia tempat jelek," balas Hendrik.',
        ["Hendrik Pangemanan", "Markus Tumbelaka", "Hendrik Pangemanan"],
    ),
    (
        "Dua penjual jamu, Sumarni dan Tukiyem, berjualan di Pasar Gede sejak 1990.\n\n"
        '"Dulu pembeli antre sampai jalan," kata Sumarni. "Sekarang anak muda beli lewat '
        'HP," sela Tukiyem. "Tapi tetap jamu kita yang dicari," timpal Sumarni.',
        ["Sumarni", "Tukiyem", "Sumarni"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CUTTING_IN)
def test_reply_cutting_in_is_the_replier(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


ASKED_SUBJECTS = [
    (
        "Ketua Fraksi Demokrat, Budi Santoso Lubis, mengatakan revisi itu perlu. "
        '"Aturannya sudah usang," kata Budi.\n\nPeneliti Formappi, Rina Kartika, menilai '
        "revisi terburu-buru. Menurut Rina, naskah akademiknya belum dibuka ke publik.\n\n"
        'Ditanya apakah Demokrat akan menunda revisi, Budi hanya tertawa. "Tunggu saja," '
        "katanya.",
        "Budi Santoso Lubis",
    ),
    (
        "Ketua Fraksi Gerindra, Yohanes Siregar, menyebut anggaran sudah cukup. "
        '"Kami sudah hitung," ujar Yohanes.\n\nDirektur Seknas Fitra, Wulan Sari, '
        "berpendapat lain. Menurut Wulan, anggaran itu tidak transparan.\n\nSaat "
        'dikonfirmasi soal temuan BPK, Yohanes menggeleng. "Itu urusan pemerintah," ujarnya.',
        "Yohanes Siregar",
    ),
]


@pytest.mark.parametrize(("text", "asked"), ASKED_SUBJECTS)
def test_speaker_asked_again_is_the_subject(text: str, asked: str) -> None:
    assert _speakers(text)[-1] == asked


NOT_QUOTES = [
    "Survei Balitbang Kementerian Perhubungan mencatat 58 persen penumpang keberatan jika "
    "tarif naik. Ketua Organda, Herman Sitompul, menilai kenaikan itu wajar.",
    "Hasil survei Lembaga Kajian Publik menyebutkan 40 persen warga belum menerima bantuan. "
    "Kepala Dinas Sosial Kota Medan, Rudi Hartono, mengatakan data itu akan dicek.",
    "PALU, METRO SULTENG - Warga Kota Palu mengeluhkan sulitnya mendapatkan air bersih dalam "
    "sepekan terakhir. Kepala PDAM, Hasan Lamato, mengatakan pompa sedang diperbaiki.",
    "Pedagang Pasar Inpres mengeluhkan mahalnya membeli cabai dari pengepul. Ketua paguyuban "
    "pedagang, Ani Wulandari, menilai pasokan terganggu cuaca.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_survey_findings_and_collective_complaints_are_no_quotes(text: str) -> None:
    assert len(_quotes(text)) == 1


def test_one_persons_complaint_of_a_state_stays_a_quote() -> None:
    text = "Seorang warga, Rahmat (40), mengeluhkan sulitnya mendapatkan elpiji."
    assert _speakers(text) == ["Rahmat"]


OFFICES_POINTED_BACK = [
    (
        "PEKANBARU, RIAU POS - Tim sepak takraw Riau pulang membawa dua emas.\n\n"
        "Ketua Pengprov PBSI Jambi memastikan bonus untuk atlet akan cair bulan ini. "
        '"Janji kami tunai," kata ketua pengprov.',
        "Ketua Pengprov PBSI Jambi",
    ),
    (
        "Kepala Balai Taman Nasional Bunaken menjelaskan, pembatasan dilakukan karena karang "
        'mulai rusak. "Karang itu ikon," kata Kepala BTNB di kantornya, Rabu.\n\nKetua '
        "Asosiasi Pemandu Selam Manado meminta BTNB melibatkan pemandu lokal. Ia khawatir "
        "kuota habis dipesan kapal besar.\n\nKepala BTNB memastikan pemandu lokal mendapat "
        "prioritas.",
        "Kepala Balai Taman Nasional Bunaken",
    ),
    (
        "Kepala Dinas Perhubungan Kabupaten Mappi mengatakan kenaikan itu belum dibahas. "
        '"Motoris tidak boleh naikkan sendiri," ujar Kadishub di kantornya, Kamis.\n\n'
        "Pejabat asal Merauke itu menambahkan, pemda sedang mengusulkan subsidi bahan bakar "
        "ke Kementerian Perhubungan.",
        "Kadishub",
    ),
]


@pytest.mark.parametrize(("text", "office"), OFFICES_POINTED_BACK)
def test_office_pointed_back_to_by_title_acronym_or_description(text: str, office: str) -> None:
    assert _speakers(text)[-1] == office


def test_unnamed_official_after_a_named_person_stays_unattributed() -> None:
    text = (
        'Budi Santoso, warga Desa Sukamaju, mengaku kecewa. "Jalan ini rusak lima tahun," '
        "katanya.\n\nPejabat itu menambahkan, perbaikan belum dianggarkan tahun ini."
    )
    assert _speakers(text)[-1] is None


CONCLUSIONS = [
    (
        "Dalam laporan setebal 60 halaman itu, Komnas HAM menyimpulkan petugas imigrasi "
        "melanggar prosedur pemeriksaan.",
        "Komnas HAM",
    ),
    (
        "Dalam berkas perkara, ahli kehutanan dari Universitas Tanjungpura, Rudi Hartawan, "
        "menyimpulkan bahwa api berasal dari lahan milik terdakwa.",
        "Rudi Hartawan",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CONCLUSIONS)
def test_conclusion_with_a_clause_is_a_quote(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_conclusion_of_a_noun_is_no_quote() -> None:
    text = "Di akhir rapat, Ketua RT 05 Sukirman menyimpulkan hasil musyawarah warga."
    assert _quotes(text) == ()


QUANTITY_ADMISSIONS = [
    (
        "Saat dikonfirmasi, Kepala Puskesmas Lembah Hijau, Ratna Dewi, mengakui jumlah bidan "
        "di desa itu hanya dua orang.",
        "Ratna Dewi",
    ),
    (
        "Camat Sukaresmi, Agus Salim, mengakui stok beras di gudang kecamatan tinggal 12 karung.",
        "Agus Salim",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), QUANTITY_ADMISSIONS)
def test_admission_of_a_quantity_is_a_quote(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_admission_of_a_noun_and_a_quantity_is_no_quote() -> None:
    assert _quotes("Pelatih Persiba, Hendra Gunawan, mengakui kekalahan 0-2 itu.") == ()
