"""Quote classes found on blind20q (issue 17), each on invented paragraphs.

* Turn-taking: the person a narrative sentence introduces takes the next "ia" from the
  speaker before - also when the tagger calls the appositive name a body ("Kuasa hukum
  pemohon, Yosef Manurung, menyambut baik ..."), or when the person is a passive's
  agent followed by a time and a manner ("Gol dicetak Budi pada menit ke-77 lewat
  sundulan.") and then described again ("Pemain berusia 19 tahun itu mengaku ...").
* A paragraph credited after it: "Hal itu disampaikan X" covers the paragraph's run of
  unattributed sentences, as one statement; "Demikian dikatakan X" credits like "Hal
  itu dikatakan X".
* An unnamed member of a body ("seorang pengurus DPP Partai X yang enggan disebut
  namanya") is an unnamed source: "Menurut sumber itu" and "ujar sumber tersebut" are
  the source's, and the party is never the speaker.
* Kinship: "Ibunda Budi, Sumarni (50), ..." introduces Sumarni; the "Ia" after is hers.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.article import _kin_of, _office_of_a_person
from warta.records import Quote


def _speaker_of(quotes: tuple[Quote, ...], content: str) -> list[str | None]:
    return [q.speaker for q in quotes if content in q.text]


TURN_TAKING = [
    (
        "Kepala Dinas Perhubungan, Agus Salim Tanjung, mengatakan jalur akan dibuka. "
        '"Kami butuh waktu dua hari," ujarnya.\n\n'
        "Gol pembuka dicetak Andika Pratama pada menit ke-77 lewat sundulan dari sepak pojok. "
        "Pemain berusia 19 tahun itu mengaku belum percaya bisa membobol gawang lawan.",
        "Andika Pratama",
        "belum percaya bisa membobol",
    ),
    (
        'Pelatih Persikabo, Herman Susilo, memuji pemainnya. "Mereka bekerja keras," kata '
        "Herman.\n\nGol kedua dicetak Yoga Saputra pada babak kedua lewat tendangan bebas. "
        "Penyerang berusia 23 tahun itu mengaku tendangannya dilatih setiap pagi.",
        "Yoga Saputra",
        "tendangannya dilatih setiap pagi",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), TURN_TAKING)
def test_person_introduced_takes_the_turn(text: str, speaker: str, content: str) -> None:
    assert _speaker_of(_quotes(text), content) == [speaker]


def test_appositive_of_a_role_is_a_person_whatever_the_tag() -> None:
    assert _office_of_a_person("Kuasa hukum pemohon, ", ["Yosef", "Manurung"])
    assert _office_of_a_person("Pelatih tim tamu, ", ["Rudi", "Hartono"])
    assert not _office_of_a_person("Kuasa hukum pemohon, ", ["PT", "Sinar", "Jaya"])
    assert not _office_of_a_person("Gedung baru, ", ["Graha", "Pemuda"])


CREDITED_AFTER = [
    (
        "SURABAYA - Harga cabai naik lagi pekan ini.\n\n"
        "Pemerintah kota tidak akan menaikkan tarif parkir tahun depan. Bila anggaran "
        "cukup, dinas akan menambah petugas di pasar tradisional. Hal itu disampaikan "
        "Kepala Dinas Perhubungan Kota Surabaya, Tri Wahyudi, di Balai Kota, Senin.",
        "Tri Wahyudi",
        ("tidak akan menaikkan tarif parkir", "menambah petugas di pasar"),
    ),
    (
        "MAKASSAR - Banjir merendam tiga kecamatan.\n\n"
        "Curah hujan tinggi akan berlangsung hingga akhir bulan. Demikian dikatakan "
        "Kepala Stasiun Meteorologi Maritim Paotere, Andi Rahmat, saat dihubungi.",
        "Andi Rahmat",
        ("Curah hujan tinggi akan berlangsung",),
    ),
    (
        "JAKARTA - Rapat pleno berakhir malam.\n\n"
        "Fraksi kami menolak revisi itu. Begitu ditegaskan Ketua Fraksi Partai Amanat "
        "Rakyat, Budi Hartanto, seusai rapat.",
        "Budi Hartanto",
        ("menolak revisi itu",),
    ),
]


@pytest.mark.parametrize(("text", "speaker", "contents"), CREDITED_AFTER)
def test_paragraph_credited_after_it(text: str, speaker: str, contents: tuple[str, ...]) -> None:
    quotes = _quotes(text)
    found = [q for q in quotes if contents[0] in q.text]
    assert [q.speaker for q in found] == [speaker]
    # One statement: every sentence of the run is in the one quote.
    assert all(c in found[0].text for c in contents)


def test_credit_does_not_reach_past_a_quote() -> None:
    text = (
        "BANDUNG - Jalan tol ditutup.\n\n"
        "Kepala Dinas PUPR, Rina Marlina, mengatakan perbaikan selesai Jumat. Petugas "
        "bekerja siang malam. Hal itu disampaikan Rina di lokasi."
    )
    quotes = _quotes(text)
    assert _speaker_of(quotes, "perbaikan selesai Jumat") == ["Rina Marlina"]
    assert not any("perbaikan selesai Jumat" in q.text and "Petugas" in q.text for q in quotes)


UNNAMED_MEMBER = [
    (
        "Ketua Umum Partai Suara Rakyat, Bonifasius Lado, membantah ada pembicaraan kursi.\n\n"
        "Namun, seorang pengurus DPP PSR yang enggan disebut namanya mengungkapkan "
        "negosiasi sudah berjalan sejak Agustus. Menurut sumber itu, PSR meminta dua kursi "
        'menteri. "Semua sudah dihitung," ujar sumber tersebut.',
        ("negosiasi sudah berjalan", "PSR meminta dua kursi", "Semua sudah dihitung"),
    ),
    (
        "Seorang kader Partai Bintang Timur yang tidak mau disebut namanya mengatakan "
        "ketua umum akan mundur. Menurut sumber tersebut, rapat digelar pekan depan.",
        ("ketua umum akan mundur", "rapat digelar pekan depan"),
    ),
]


@pytest.mark.parametrize(("text", "contents"), UNNAMED_MEMBER)
def test_unnamed_member_of_a_body(text: str, contents: tuple[str, ...]) -> None:
    quotes = _quotes(text)
    speakers = {s for c in contents for s in _speaker_of(quotes, c)}
    assert len(speakers) == 1, speakers
    (speaker,) = speakers
    assert speaker is not None and speaker.lower().startswith("seorang")


KINSHIP = [
    (
        'Pelari muda Yohana Tefa (17) meraih emas. "Saya senang sekali," kata Yohana.\n\n'
        "Ibunda Yohana, Maria Kolo (45), menangis haru. Ia menyebut anaknya berlatih di "
        "pantai setiap sore.",
        "Maria Kolo",
        "anaknya berlatih di pantai",
    ),
    (
        'Petinju Rudy Siregar menang angka. "Lawan saya kuat," ujar Rudy.\n\n'
        "Sementara itu, kakak Rudy, Lamhot Siregar (30), ikut naik ring. Ia mengatakan "
        "adiknya sudah berlatih sejak SD.",
        "Lamhot Siregar",
        "adiknya sudah berlatih sejak SD",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), KINSHIP)
def test_relative_introduced_by_kinship(text: str, speaker: str, content: str) -> None:
    assert _speaker_of(_quotes(text), content) == [speaker]


def test_kin_prefix() -> None:
    assert _kin_of("Ibunda ") and _kin_of("Namun, istri ")
    assert not _kin_of("Rumah ") and not _kin_of("Pemilik toko ")


LIVE_BLOG = [
    (
        "Banjir merendam Kota Bima.\n\n10.15 WITA\nWarga Kelurahan Paruga melaporkan air "
        "mulai masuk ke rumah sejak dini hari. Mereka menyebut arus sungai terdengar keras "
        "sebelum tanggul jebol.",
        "Warga Kelurahan Paruga",
        ("air mulai masuk ke rumah", "arus sungai terdengar keras"),
    ),
    (
        "Gempa mengguncang Cianjur.\n\n08.40 WIB\nWarga Desa Sukamulya melaporkan tembok "
        "sekolah retak di beberapa bagian.",
        "Warga Desa Sukamulya",
        ("tembok sekolah retak",),
    ),
]


@pytest.mark.parametrize(("text", "speaker", "contents"), LIVE_BLOG)
def test_live_blog_stamp_is_no_speaker(text: str, speaker: str, contents: tuple[str, ...]) -> None:
    quotes = _quotes(text)
    for content in contents:
        assert _speaker_of(quotes, content) == [speaker]


FILED_COMPLAINTS = [
    "Kuasa hukumnya, Rudi Hartono, melaporkan akun bernama Sinta Dewi ke Polda Jawa Timur.",
    "Keluarga korban melaporkan dugaan malapraktik dokter berinisial AS ke Polres Bantul.",
    "Ketua RT, Sugeng Riyadi, melaporkan pelaku pencurian kepada pihak berwajib.",
]


@pytest.mark.parametrize("text", FILED_COMPLAINTS)
def test_complaint_filed_is_no_report(text: str) -> None:
    assert _quotes("Kasus itu ramai.\n\n" + text) == ()


SIGNED_FOR_A_BODY = [
    (
        "Melalui keterangan resmi yang dikeluarkan Sekretaris Perusahaan, Dewi "
        "Kartika Sari, Senin (7/12/2026), perusahaan mengakui ada gangguan pada sistem "
        "pembayaran selama enam jam.",
        "Dewi Kartika Sari",
        "ada gangguan pada sistem pembayaran",
    ),
    (
        "Melalui siaran pers yang disampaikan Kepala Humas, Bonar Sihombing, perseroan "
        "memastikan dana nasabah tetap aman.",
        "Bonar Sihombing",
        "dana nasabah tetap aman",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), SIGNED_FOR_A_BODY)
def test_statement_signed_for_a_body_is_the_officers(text: str, speaker: str, content: str) -> None:
    body = "JAKARTA - PT Bayar Cepat Nusantara mengumumkan gangguan layanan.\n\n" + text
    assert _speaker_of(_quotes(body), content) == [speaker]


CHAT_LOGS = [
    (
        "Kepanikan warga tampak di grup percakapan RW 05.\n\n"
        "[21.05] Pak Joko RT 02: Air sudah sampai teras. Motor tolong dinaikkan.\n"
        "[21.07] Bu Ratna: Gang C juga sudah sebetis.\n"
        "[21.12] Mas Dimas: Saya bawa perahu karet ke gang C.\n\n"
        "Ketua RT 02, Joko Susilo (48), membenarkan isi percakapan itu.",
        {
            "Air sudah sampai teras": "Joko Susilo",
            "Gang C juga sudah sebetis": "Bu Ratna|Ratna",
            "perahu karet ke gang C": "Mas Dimas|Dimas",
        },
    ),
    (
        "Begini isi obrolan grup kelas itu:\n\n"
        "19.40 Bu Guru Wati: Besok sekolah diliburkan karena banjir.\n"
        "19.42 Pak Anton: Terima kasih infonya, Bu.",
        {
            "Besok sekolah diliburkan": "Bu Guru Wati",
            "Terima kasih infonya": "Pak Anton|Anton",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHAT_LOGS)
def test_chat_log_lines_are_the_senders(text: str, expected: dict[str, str]) -> None:
    # The handle as written, or the person the tagger found in it ("Mas Dimas" ->
    # "Dimas").
    quotes = _quotes(text)
    for content, speakers in expected.items():
        found = _speaker_of(quotes, content)
        assert len(found) == 1 and found[0] in speakers.split("|"), found


def test_unit_acronym_of_an_office_is_no_person() -> None:
    text = (
        "Banjir merendam perumahan itu.\n\n"
        "Ketua RW 11, Bambang Widodo (57), membenarkan kabar itu. Ia mengatakan pompa air "
        'rusak sejak pekan lalu. "Kami sudah lapor ke kelurahan," katanya.'
    )
    quotes = _quotes(text)
    assert _speaker_of(quotes, "pompa air rusak") == ["Bambang Widodo"]
    assert _speaker_of(quotes, "sudah lapor ke kelurahan") == ["Bambang Widodo"]


LISTED_STATEMENTS = [
    (
        "Dalam pernyataan tertulis yang ditandatangani Direktur Utama, Hendra Gunawan, "
        "perseroan mengakui ada gangguan. Berikut pernyataan lengkapnya:\n\n"
        "1. Pada 2 Desember, sistem kami mengalami gangguan selama tiga jam.\n\n"
        "2. Tidak ada dana nasabah yang hilang.\n\n"
        "3. Kami memohon maaf atas ketidaknyamanan ini.\n\n"
        "Pengamat perbankan, Sri Lestari, menilai gangguan itu serius.",
        "Hendra Gunawan",
        ("Pada 2 Desember, sistem kami", "Tidak ada dana nasabah", "memohon maaf"),
    ),
]


@pytest.mark.parametrize(("text", "speaker", "contents"), LISTED_STATEMENTS)
def test_numbered_statement_is_one_quote(
    text: str, speaker: str, contents: tuple[str, ...]
) -> None:
    quotes = _quotes("JAKARTA - Layanan bank digital terganggu.\n\n" + text)
    found = [q for q in quotes if contents[0] in q.text]
    assert [q.speaker for q in found] == [speaker]
    assert all(c in found[0].text for c in contents)
    assert _speaker_of(quotes, "gangguan itu serius") == ["Sri Lestari"]


def test_numbered_list_without_announcement_is_no_quote() -> None:
    text = (
        "JAKARTA - Ada tiga syarat pendaftaran.\n\n"
        "1. Kartu tanda penduduk yang masih berlaku.\n\n"
        "2. Surat keterangan domisili dari kelurahan."
    )
    assert _quotes(text) == ()


WRITTEN_WHERE = [
    (
        "Ketua Paguyuban Tuli Klaten, Budi Santoso, yang juga tuli, menulis di tabletnya "
        'untuk wartawan: "Kami bangga. Tapi juru bahasa masih kurang."',
        "Budi Santoso",
        "juru bahasa masih kurang",
    ),
    (
        'Penyanyi Rara Anjani menulis lewat akun Instagram-nya: "Terima kasih untuk doa '
        'kalian semua."',
        "Rara Anjani",
        "Terima kasih untuk doa",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), WRITTEN_WHERE)
def test_written_on_a_medium_before_a_colon(text: str, speaker: str, content: str) -> None:
    assert _speaker_of(_quotes("Kabar itu ramai.\n\n" + text), content) == [speaker]


def test_where_written_needs_the_colon() -> None:
    text = 'Budi Santoso menulis di bukunya tentang masa kecil, "Terima kasih semua."'
    assert _quotes("Buku itu terbit.\n\n" + text) == ()


INTERPRETED = [
    (
        "Perenang tuli asal Klaten, Bagas Saputra, meraih perak. Ia berbicara lewat juru "
        'bahasa isyarat, Wulan Sari.\n\n"Saya ingin terus berlatih," kata Bagas melalui Wulan.',
        "Bagas Saputra",
        "terus berlatih",
    ),
    (
        'Atlet tuli Rudi Hartono meraih emas.\n\n"Medali ini untuk ibu," tutur Rudi melalui '
        "penerjemah bahasa isyarat, Dewi Anggraini. Ia mengaku sempat cedera.",
        "Rudi Hartono",
        "sempat cedera",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), INTERPRETED)
def test_interpreter_is_no_speaker(text: str, speaker: str, content: str) -> None:
    assert _speaker_of(_quotes(text), content) == [speaker]


UNNAMED_OFFICE = [
    (
        "SLEMAN - Atap sebuah SD negeri di Kecamatan Turi ambruk, Senin.\n\n"
        "Kepala sekolah itu, yang meminta namanya tidak ditulis, mengatakan atap runtuh "
        'sebelum murid datang. "Untung belum ada anak di kelas," ujarnya.\n\n'
        "Kepala Dinas Pendidikan Kabupaten Sleman menyebut perbaikan masuk anggaran tahun "
        'depan.\n\nKepala sekolah itu hanya tersenyum. "Semoga benar," katanya.',
        "Kepala sekolah itu",
        ("atap runtuh sebelum murid datang", "belum ada anak di kelas", "Semoga benar"),
    ),
    (
        "MEDAN - Puskesmas Helvetia kekurangan obat.\n\n"
        "Kepala puskesmas tersebut, yang enggan disebut namanya, mengakui stok obat hanya "
        'cukup seminggu. "Kami sudah minta tambahan," katanya.',
        "Kepala puskesmas tersebut",
        ("stok obat hanya cukup seminggu", "sudah minta tambahan"),
    ),
]


@pytest.mark.parametrize(("text", "speaker", "contents"), UNNAMED_OFFICE)
def test_unnamed_holder_speaks_as_written(
    text: str, speaker: str, contents: tuple[str, ...]
) -> None:
    quotes = _quotes(text)
    for content in contents:
        assert _speaker_of(quotes, content) == [speaker], content


def test_relative_retold_in_an_interview_answer() -> None:
    # An answer retelling a relative's words in marks ends before them; the words are
    # the relative's, as the answer names them.
    text = (
        "Kami berbincang dengan pelatih dayung Yohanes Latuheru (58) di Ambon. Berikut "
        "petikannya.\n\nTanya: Apa yang membuat Anda bertahan?\n\nJawab: Saya bawa anak-anak "
        "latihan di teluk sejak subuh, setiap hari tanpa libur. Mama saya dulu selalu bilang, "
        '"Air laut tidak pernah tidur." Itu yang saya ulang ke mereka.'
    )
    quotes = _quotes(text)
    assert _speaker_of(quotes, "Air laut tidak pernah tidur") == ["Mama saya"]
    assert not any("Air laut" in q.text for q in quotes if q.speaker != "Mama saya")
