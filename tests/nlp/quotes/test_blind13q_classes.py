"""Quote classes found on blind13q (issue 17), each on invented paragraphs.

* An office graded by class after its body's acronym ("Kepala Kantor Kesehatan
  Pelabuhan (KKP) Kelas II X", "Kepala Balai Karantina Hewan (BKH) Kelas I Y") is the
  office as a whole, not a man called "Kelas II X"; its head named by the acronym in
  brackets ("Kepala KKP") after someone else spoke is that office again.
* A body speaking through a role and its holder in the next comma segment ("Operator
  X, melalui manajernya, Budi Santoso, memastikan ...") is the holder who speaks.
* A noun introducing a person at the start of a sentence ("Nama Budi Santoso mungkin
  asing ...", "Sosok Siti Rahayu dikenal ...") is not part of the name, so the call
  name used later ("Pak Budi", "Koh Hendra") is the full name without it.
* A first name abbreviated with a full stop ("Abd. Karim" for Abdul, "Tb. Hasan" for
  Tubagus) ends no sentence: "-nya" after "Pedagang, Abd. Karim (45), ..." is his, and
  "kata Tb. Hasan" is the person introduced as "Tubagus Hasan Basri" (the name is shown
  with its full stop as written).
* A description holding a verb that takes no object ("Keluarga korban meninggal asal
  Desa X, Budi, masih terpukul.", "Pria berusia 70 tahun ..., Budi, menyaksikan ...")
  is an appositive before the subject, so the next "-nya" is that person's.
* "Ustazah"/"Ustadzah" is a title, not part of the name, and a call name with it
  ("Ustazah Maryam") is the full name introduced ("Siti Maryam Alaydrus").
* A capitalised noun with its owner's "-nya" opening a sentence ("Kakinya penuh luka.",
  "Punggungnya sudah bungkuk.") is never the person "katanya" points to, even when the
  tagger calls it a person: the one introduced before it is.
* Recall: a person described again by a job noun and "itu" ("Karyawati toko roti itu
  bercerita ...", "Siswi SMA itu ...") tells an indirect quote; a writer's remark in
  brackets after the subject ("Gus X (di Jombang, gus adalah sapaan ...) mengaku ...")
  cuts no appositive; "para" and any noun is a group of people (it is said of people
  only: "Para pandega", "Para tamu undangan"), with a gloss after "atau" ("Para sawi
  atau anak buah kapal menyimak ..."), which the next "Mereka mengaku ..." points to;
  so is a counted group of people ("Sedikitnya 20 sopir angkot ikut mogok ...": "sopir
  angkot", without the count), never counted things ("Sebanyak 40 rumah rusak ...").
* Split speakers: "JPU" is a title, not part of the prosecutor's name.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.cues import full_names
from warta.nlp.quotes.speakers import parse_subject


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


GRADED_OFFICES = [
    (
        "BITUNG, TRIBUN MANADO - Puluhan kontainer ikan tertahan di Pelabuhan Bitung, Senin.\n\n"
        "Kepala Kantor Kesehatan Pelabuhan (KKP) Kelas II Bitung mengatakan dokumen awak kapal "
        'asing belum lengkap. "Kami tidak bisa menutup mata," kata Kepala KKP kepada wartawan.'
        "\n\n"
        "Seorang nakhoda, Jefri Rumengan (50), mengeluh dalam logat Manado. "
        '"Torang so tiga hari tunggu," ujarnya.\n\n'
        "Kepala KKP menambahkan, pemeriksaan selesai paling lambat Rabu.",
        "Kepala Kantor Kesehatan Pelabuhan (KKP) Kelas II Bitung",
        [0, 1, 3],
    ),
    (
        "DUMAI, RIAU POS - Ekspor sawit dari Dumai tertunda dua hari.\n\n"
        "Kepala Balai Karantina Hewan (BKH) Kelas I Dumai menyebut sertifikat kesehatan "
        'baru terbit Kamis. "Sampelnya masih di laboratorium," tutur Kepala BKH.\n\n'
        "Manajer gudang, Rudi Hartono, mengatakan truk sudah antre sejak subuh. "
        '"Sopir kami tidur di kabin," katanya.\n\n'
        "Kepala BKH memastikan tidak ada biaya tambahan bagi eksportir.",
        "Kepala Balai Karantina Hewan (BKH) Kelas I Dumai",
        [0, 1, 4],
    ),
]


@pytest.mark.parametrize(("text", "office", "at"), GRADED_OFFICES)
def test_graded_office_after_its_acronym_is_the_office(
    text: str, office: str, at: list[int]
) -> None:
    speakers = _speakers(text)
    assert [speakers[i] for i in at] == [office] * len(at)


def test_graded_office_after_another_speaker_is_still_the_office() -> None:
    text = (
        "BITUNG - Seorang nakhoda, Jefri Rumengan (50), mengeluh soal antrean. "
        '"Torang so tiga hari tunggu," ujarnya.\n\nKepala Kantor Kesehatan Pelabuhan (KKP) '
        "Kelas II Bitung mengatakan dokumen awak kapal asing belum lengkap. "
        '"Kami tidak bisa menutup mata," kata Kepala KKP kepada wartawan.'
    )
    office = "Kepala Kantor Kesehatan Pelabuhan (KKP) Kelas II Bitung"
    assert _speakers(text) == ["Jefri Rumengan", office, office]


def test_graded_office_is_not_a_person_named_kelas() -> None:
    who = parse_subject("Kepala Lembaga Pemasyarakatan (Lapas) Kelas IIB Sleman")
    assert who is not None
    assert (who.name, who.role) == (None, "Kepala Lembaga Pemasyarakatan (Lapas) Kelas IIB Sleman")


def test_holder_after_a_grade_word_stays_a_person() -> None:
    who = parse_subject("Kepala Kantor Pertanahan (Kantah) Kota Bogor, Suryadi Wibowo,")
    assert who is not None and who.name == "Suryadi Wibowo"


THROUGH_A_ROLE = [
    (
        "Pengelola KM Sinar Bahari, melalui kepala cabangnya, Markus Tanone, memastikan "
        'kapal berlayar lagi besok. "Jadwal tidak berubah," kata Markus.',
        "Markus Tanone",
    ),
    (
        "Penyedia Air Bersih Tirta Lestari, melalui humasnya, Anisa Rahmawati, menyatakan "
        'pasokan pulih Jumat. "Pipa sudah diganti," ujar Anisa.',
        "Anisa Rahmawati",
    ),
    (
        "Operator Bus Damri Rute Bandara, melalui manajernya, Yosef Laka, menyebut tiket "
        'lama tetap berlaku. "Tidak perlu beli lagi," kata Yosef.',
        "Yosef Laka",
    ),
]


@pytest.mark.parametrize(("text", "holder"), THROUGH_A_ROLE)
def test_body_speaking_through_a_role_is_its_holder(text: str, holder: str) -> None:
    assert _speakers(text) == [holder, holder]


def test_through_a_role_without_a_holder_is_not_a_person() -> None:
    who = parse_subject("Pengelola Pasar Induk Kramat, melalui juru bicaranya, ")
    assert who is None or who.name != "juru bicaranya"


NAMES_INTRODUCED = [
    (
        "SEMARANG, SUARA MERDEKA - Nama Tan Kok Liong mungkin jarang terdengar. Di Pasar "
        "Gang Baru, pedagang 70 tahun itu cukup dipanggil Koh Liong.\n\n"
        'Koh Liong masih membuka lapaknya setiap subuh. "Selama kaki kuat, saya jualan," '
        "kata Koh Liong.",
        "Tan Kok Liong",
    ),
    (
        "BLITAR, RADAR BLITAR - Sosok Sri Wulandari dikenal warga sebagai penjahit kebaya. "
        "Tetangga memanggilnya Mbok Wulan.\n\n"
        '"Jahitan tangan itu tidak bisa diburu-buru," tutur Mbok Wulan sambil tersenyum.',
        "Sri Wulandari",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMES_INTRODUCED)
def test_noun_introducing_a_name_is_not_the_name(text: str, name: str) -> None:
    assert _speakers(text) == [name]


def test_name_introducer_is_stripped_only_before_a_full_name() -> None:
    found = [
        " ".join(w) for _, w in full_names("Nama Rudi Hartono tercantum. Sosok Rina menonjol.")
    ]
    assert "Rudi Hartono" in found and "Nama Rudi Hartono" not in found


DOTTED_NAME_SUBJECTS = [
    (
        "Kepala Pasar Terong, Andi Baso, mengatakan kios yang terbakar akan dibangun ulang. "
        '"Kami tunggu anggaran," katanya.\n\nPedagang ikan kering, Abd. Karim (45), menerima '
        'kabar itu dengan tenang. "Yang penting bisa jualan lagi," ujarnya.',
        ["Andi Baso", "Andi Baso", "Abd. Karim"],
    ),
    (
        'Camat Mangarabombang, Syahrir, meminta warga tidak panik. "Air sudah surut," '
        "katanya.\n\nPetani rumput laut, Abd. Gafur (39), kehilangan separuh bibitnya. "
        '"Modal saya habis," tuturnya pelan.',
        ["Syahrir", "Syahrir", "Abd. Gafur"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), DOTTED_NAME_SUBJECTS)
def test_dotted_first_name_ends_no_sentence(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


DOTTED_NAMES_AFTER_CUES = [
    (
        "Anggota DPRD Kota Serang, Tubagus Hasan Basri, menyebut anggaran banjir terlalu "
        'kecil. "Setiap tahun kita tambal sulam," kata Tb. Hasan.\n\nKepala BPBD, Rahmat '
        'Hidayat, menolak tudingan itu. "Anggaran kami sudah naik," ujarnya.\n\n'
        '"Naiknya hanya lima persen," balas Tb. Hasan.',
        ["Tubagus Hasan Basri", "Tubagus Hasan Basri", "Rahmat Hidayat", "Tubagus Hasan Basri"],
    ),
    (
        'Warga Pandeglang, Tb. Ahmad Fauzi, mengaku sudah tiga hari tanpa listrik. "Lilin '
        'pun sudah habis," katanya.',
        ["Tb. Ahmad Fauzi", "Tb. Ahmad Fauzi"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), DOTTED_NAMES_AFTER_CUES)
def test_dotted_first_name_after_a_cue_is_the_whole_name(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


DESCRIBED_BY_A_STATE = [
    (
        "Kepala Puskesmas Lembang, dr. Rina Kartika, mengatakan korban dirawat dua hari. "
        '"Lukanya dalam," katanya.\n\nKeluarga korban meninggal asal Desa Cibodas, Asep '
        'Sunarya, masih terpukul. "Kami tidak menyangka," ucapnya lirih.',
        "Asep Sunarya",
    ),
    (
        "Kapolsek Tanjung, AKP Hendra Wijaya, memastikan sopir truk sudah ditahan. "
        '"Ia positif sabu," ujarnya.\n\nPria berusia 70 tahun asal Kampung Baru, Yusuf '
        'Hamzah, menyaksikan tabrakan itu. "Truknya oleng dari jauh," tuturnya.',
        "Yusuf Hamzah",
    ),
    (
        'Ketua RT 03, Sugeng Riyadi, menyebut banjir datang tengah malam. "Airnya cepat '
        'sekali," katanya.\n\nIbu korban meninggal asal Kelurahan Pedurungan, Sumarni, tak '
        'kuasa menahan tangis. "Anak saya baru lulus," tuturnya.',
        "Sumarni",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED_BY_A_STATE)
def test_person_after_a_description_with_a_state_verb_is_the_subject(
    text: str, speaker: str
) -> None:
    assert _speakers(text)[-1] == speaker


RELIGIOUS_TEACHERS = [
    (
        "Ketua majelis taklim, Ustazah Siti Maryam Alaydrus, mengatakan pengajian digelar "
        'tiap Kamis. "Yang datang makin banyak," ungkap Ustazah Maryam.',
        "Siti Maryam Alaydrus",
    ),
    (
        "Pengasuh rumah tahfiz itu, Ustadzah Fatimah Azzahra, menyebut santrinya kini 60 "
        'orang. "Alhamdulillah, ada yang sudah hafal 30 juz," katanya.',
        "Fatimah Azzahra",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), RELIGIOUS_TEACHERS)
def test_female_teachers_title_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker, speaker]


POSSESSED_NOUNS = [
    (
        "Di ujung dermaga duduk Wagiman Sastro (66), nelayan paling tua di kampung itu, yang "
        "dipanggil Mbah Wagi oleh warga. Kakinya penuh bekas luka karang. "
        '"Laut sekarang pelit," katanya.',
        "Wagiman Sastro",
    ),
    (
        "Di pematang itu ada Suminah Rahayu (58), yang disapa Mak Inah oleh tetangganya. "
        'Punggungnya sudah bungkuk. "Saya tetap tanam," ujarnya.',
        "Suminah Rahayu",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), POSSESSED_NOUNS)
def test_noun_with_its_owner_opening_a_sentence_is_no_person(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


TOLD_BY_A_DESCRIPTION = [
    (
        "Salah satu korban, Dewi Lestari (31), masih terguncang. Karyawati toko roti itu "
        "bercerita tasnya dijambret saat menunggu angkot.",
        "tasnya dijambret",
        "Dewi Lestari",
    ),
    (
        "Peserta termuda, Anisa Putri (16), tampak gugup. Siswi kelas sebelas itu bercerita "
        "sepedanya sempat rusak di tanjakan kedua.",
        "sepedanya sempat",
        "Anisa Putri",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), TOLD_BY_A_DESCRIPTION)
def test_person_described_again_tells_an_indirect_quote(
    text: str, start: str, speaker: str
) -> None:
    assert [(q.text[: len(start)], q.speaker) for q in _quotes(text)] == [(start, speaker)]


REMARKS_IN_BRACKETS = [
    (
        "Gus Hanif (di Jombang, gus adalah sapaan bagi putra kiai) mengaku belum siap "
        "memimpin pondok.",
        "belum siap",
        "Gus Hanif",
    ),
    (
        "Teungku Ridwan Abdullah (teungku, sebutan bagi guru mengaji di Aceh) mengaku tidak "
        "pernah memungut bayaran.",
        "tidak pernah",
        "Ridwan Abdullah",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), REMARKS_IN_BRACKETS)
def test_writers_remark_in_brackets_cuts_no_appositive(text: str, start: str, speaker: str) -> None:
    found = [(q.text[: len(start)], q.speaker) for q in _quotes(text)]
    assert len(found) == 1 and found[0][0] == start
    assert found[0][1] is not None and found[0][1].endswith(speaker.split()[-1])


GROUPS_WITH_PARA = [
    (
        "Para pandega atau awak perahu menunggu di pantai. Mereka mengaku belum melaut sejak "
        "Senin pekan lalu.",
        "Para pandega",
    ),
    (
        "Para tamu undangan menyalami pengantin. Mereka mengaku datang dari jauh.",
        "Para tamu undangan",
    ),
]


@pytest.mark.parametrize(("text", "group"), GROUPS_WITH_PARA)
def test_para_and_any_noun_is_a_group_mereka_points_to(text: str, group: str) -> None:
    assert _speakers(text) == [group]


PROSECUTORS = [
    (
        'JPU Yosef Nahak menyatakan terdakwa terbukti bersalah. "Barang buktinya lengkap," '
        "ujar Yosef.",
        "Yosef Nahak",
    ),
    (
        "JPU Ratna Siregar menilai terdakwa tidak kooperatif. "
        '"Keterangannya berubah-ubah," kata Ratna.',
        "Ratna Siregar",
    ),
]


@pytest.mark.parametrize(("text", "name"), PROSECUTORS)
def test_prosecutors_short_title_is_no_part_of_the_name(text: str, name: str) -> None:
    assert _speakers(text) == [name, name]


COUNTED_GROUPS = [
    (
        "Sedikitnya 20 sopir angkot ikut mogok di depan balai kota. Mereka menilai tarif baru "
        "dibuat tanpa melibatkan sopir.",
        "sopir angkot",
    ),
    (
        "Sebanyak 35 petani garam mendatangi kantor DPRD. Mereka menilai harga garam lokal "
        "ditekan impor.",
        "petani garam",
    ),
]


@pytest.mark.parametrize(("text", "group"), COUNTED_GROUPS)
def test_counted_group_is_who_mereka_points_to(text: str, group: str) -> None:
    assert _speakers(text) == [group]


def test_counted_things_are_no_group() -> None:
    text = "Sebanyak 40 rumah rusak diterjang angin. Mereka menilai bantuan datang terlambat."
    assert _speakers(text) == []
