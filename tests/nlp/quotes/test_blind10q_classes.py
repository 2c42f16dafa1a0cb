"""Quote classes found on blind10q (issue 17), each on invented paragraphs.

* A call name - a form of address and a given name or its first letters ("Koh Liong",
  "Opung Rumi" for Rumiati, "Cikgu Zainal") - of a person the article introduced by
  the full name is that person: every quote of the call name goes to the full name,
  and "menurut beliau" after it too. A call name nobody was introduced with stays.
* An office named with no holder speaks for itself, and "Ia", "sang kadis", "-nya" after
  it go to the office: an office of a region ("Kepala Dinas Perikanan Karo", "Wali Kota
  Tomohon", "Kepala Dinas X dan Y Kota Z", not the region), and a body's head ("Kepala Terminal X", "Ketua Koperasi Y",
  not the body); a holder glued to the body ("Kepala Dinas X Rina Wati") stays the holder.
* "Ia"/"-nya" across sentences goes to the person the narration last made its subject,
  not to the last speaker: a person introduced in an appositive with the name he goes by
  ("seorang penjaga, Hendro alias Ahok, tampak berlatih"), or an earlier speaker after a
  leading adverbial ("Soal itu, Mama Ani hanya tersenyum.").
* A title before one word that closes a body's name the tagger found ("Direktur RSUD
  Waikabubak") is that body's office, not a person named "Waikabubak".
* A reply in a dialogue ('"...," sahut Ayu', '"...," balas X') is the replier's.
* A description that also holds a named office ("Ketua panitia yang juga Kepala Dinas
  X") speaks as that office.
* A question-and-answer interview whose answers are labelled with an office ("Bupati:")
  or its short form whose unit the introduction names ("Dandenpom:" after "Komandan
  Denpom ...") gives the answers to that label; an outlet's questions are no quotes.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.resolved import _call_name_owner


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


CALL_NAMES = [
    (
        "Rumiati Simanjuntak, petani kopi yang oleh tetangga dipanggil Opung Rumi, sudah 20 "
        'tahun berkebun di lereng bukit. "Hujan datang terlambat tahun ini," kata Opung Rumi '
        "sambil memetik buah.\n\nMenurut beliau, harga kopi turun sejak bulan lalu karena "
        "panen raya di daerah lain.",
        "Rumiati Simanjuntak",
    ),
    (
        "Zainal Abidin, pelatih sepak takraw di sekolah itu, memimpin latihan sejak pagi. "
        '"Anak-anak masih kurang tenaga," ujar Cikgu Zainal seusai latihan.\n\nCikgu '
        'Zainal mengaku belum puas dengan servis para pemainnya. "Kami butuh lebih banyak '
        'jam latihan," katanya.',
        "Zainal Abidin",
    ),
    (
        "Lim Siong Liong, pemilik toko obat di Jalan Gajah Mada, membuka tokonya lebih awal. "
        '"Pembeli sudah antre sejak subuh," kata Koh Liong, sapaan akrabnya, Kamis '
        "(3/12/2026).\n\nKoh Liong menyebut stok jahe merah menipis sejak pekan lalu. "
        '"Pemasok kami juga kehabisan," ujarnya.',
        "Lim Siong Liong",
    ),
    (
        'Fransina Wenda, penjual sayur di pasar lama, menolak pindah ke los baru. "Di atas '
        'tidak ada pembeli," kata Mama Fransi, panggilan akrabnya.\n\nMama Fransi bercerita '
        "sudah dua kali pedagang dipindahkan tanpa diajak bicara.",
        "Fransina Wenda",
    ),
    (
        "Pengasuh pondok pesantren di Praya, Lalu Ahmad Zainuddin, mengajak jamaah hidup "
        'sederhana. "Jangan berutang untuk pesta," kata Guru Zainuddin dalam pengajian, '
        "Jumat.\n\nMenurut Guru Zainuddin, kesederhanaan itu diajarkan para ulama sejak "
        "dulu.",
        "Lalu Ahmad Zainuddin",
    ),
    (
        "Raden Ayu Sekar Kinanthi memimpin kirab budaya di alun-alun. Warga biasa "
        'memanggilnya Bu Sekar. "Kirab ini doa untuk kampung," ujar Bu Sekar seusai acara.',
        "Raden Ayu Sekar Kinanthi",
    ),
]


@pytest.mark.parametrize(("text", "full"), CALL_NAMES)
def test_call_name_is_the_person_introduced_by_full_name(text: str, full: str) -> None:
    speakers = _speakers(text)
    assert speakers, "no quote found"
    assert set(speakers) == {full}


def test_call_name_without_a_full_name_stays() -> None:
    text = (
        'Warga kampung nelayan itu menunggu bantuan sejak Senin. "Perahu kami rusak semua," '
        "kata Daeng Sulo, nelayan setempat."
    )
    assert _speakers(text) == ["Daeng Sulo"]


def test_call_name_fitting_two_people_is_left_to_the_entity_layer() -> None:
    people = ["Rian Saputra", "Rian Hidayat", "Bang Rian"]
    assert _call_name_owner("Bang Rian", people) is None
    assert _call_name_owner("Uni Maya", ["Rahmayanti", "Maya"]) == "Maya"
    assert _call_name_owner("Kepala Dinas", ["Kepala Dinas Sosial"]) is None


OFFICES_OF_A_REGION = [
    (
        "Warga Desa Tongging mengeluhkan air danau yang keruh sejak pekan lalu. Marlina "
        'Ginting, pedagang ikan, mengatakan pembeli menurun. "Orang takut makan ikan," '
        "katanya.\n\nKepala Dinas Perikanan Karo menduga air keruh karena longsor di hulu. "
        'Sang kadis menjelaskan, sampel air sudah dikirim ke laboratorium. "Hasilnya keluar '
        'pekan depan," ujar kadis.',
        "Kepala Dinas Perikanan Karo",
    ),
    (
        "Pedagang di Pasar Beriman menolak kenaikan sewa kios. Yohana Rumengan, pedagang "
        'sayur, mengatakan sewa naik dua kali lipat. "Kami tidak sanggup," katanya.\n\n'
        'Wali Kota Tomohon menyatakan kenaikan sewa akan ditinjau ulang. "Kami dengar '
        'keluhan pedagang," ujar wali kota.\n\nIa menambahkan, pemkot akan memanggil '
        "pengelola pasar pekan ini.",
        "Wali Kota Tomohon",
    ),
    (
        "Sejumlah kepala desa di Klaten mundur menjelang pemilihan. Sutarmi, warga Desa "
        'Jomboran, mengatakan warga bingung. "Kami belum tahu siapa penggantinya," '
        "katanya.\n\nKepala Dinas Sosial dan Pemberdayaan Desa (Dinsosdes) Kabupaten "
        "Klaten menyebut pengunduran diri itu sah jika disetujui bupati. Ia meminta "
        "perangkat desa tetap melayani warga.",
        "Kepala Dinas Sosial dan Pemberdayaan Desa (Dinsosdes) Kabupaten Klaten",
    ),
    (
        "Rumah panggung di Kampung Bajo, Kendari, mulai direnovasi. Hasna, warga setempat, "
        'mengaku senang. "Atap kami bocor sejak dulu," katanya.\n\nKepala Dinas Perumahan '
        "dan Permukiman Kota Kendari menilai program itu bisa jadi contoh. Ia mengajak "
        'warga lain mendaftar sejak awal. "Kuota tahun ini masih ada," ujar kadis.',
        "Kepala Dinas Perumahan dan Permukiman Kota Kendari",
    ),
]


@pytest.mark.parametrize(("text", "office"), OFFICES_OF_A_REGION)
def test_office_of_a_region_speaks_for_itself(text: str, office: str) -> None:
    speakers = _speakers(text)
    first = speakers.index(office)
    assert first > 0
    assert len(speakers) - first >= 2
    assert set(speakers[first:]) == {office}


HEADS_OF_A_BODY = [
    (
        "Ratusan pemudik memadati terminal sejak subuh. Darmaji, sopir bus, mengatakan "
        'penumpang naik dua kali lipat. "Saya belum tidur," katanya.\n\nKepala Terminal '
        "Tirtonadi menyatakan pihaknya menambah petugas. Ia meminta pemudik menjaga barang "
        'bawaan. "Copet biasanya ramai saat arus puncak," tegasnya.',
        "Kepala Terminal Tirtonadi",
    ),
    (
        "Harga gabah di tingkat petani turun sejak panen raya. Suparmi, petani, mengaku "
        'rugi. "Modal saja belum kembali," katanya.\n\nKetua Koperasi Tani Sumber Rejeki '
        'memastikan koperasi membeli gabah petani dengan harga pemerintah. "Gudang kami '
        'masih cukup," ujarnya.',
        "Ketua Koperasi Tani Sumber Rejeki",
    ),
    (
        "Atlet bola basket Jambi pulang membawa medali perak. Rahmad Hidayat, kapten tim, "
        'mengaku bangga. "Kami main tanpa pemain cadangan," katanya.\n\nKetua Pengda '
        'Perbasi Jambi memastikan bonus atlet cair bulan ini. "Uangnya sudah siap," '
        "ujarnya.",
        "Ketua Pengda Perbasi Jambi",
    ),
]


@pytest.mark.parametrize(("text", "office"), HEADS_OF_A_BODY)
def test_head_of_a_body_speaks_as_the_office(text: str, office: str) -> None:
    speakers = _speakers(text)
    assert len(speakers) >= 3
    assert office not in speakers[:1]
    assert set(speakers[-2:]) == {office}


def test_holder_glued_to_the_body_stays_the_holder() -> None:
    text = (
        "Bupati Jepara Anwar Sadat meninjau panen. Kepala Dinas Pertanian Jepara Rina Wati "
        'lalu menambahkan bahwa pupuk tambahan segera disalurkan. "Kami kawal sampai ke '
        'kelompok tani," tutur Rina.'
    )
    assert set(_speakers(text)) == {"Rina Wati"}


NARRATED_SUBJECTS = [
    (
        'Bupati Sikka menyatakan pawai budaya digelar pekan depan. "Semua desa ikut," ujar '
        "bupati.\n\nDi halaman sanggar, seorang penari muda, Yosef alias Ocep, tampak "
        'berlatih. Ia menyebut latihan fisik lebih berat daripada hafalan. "Kaki saya sudah '
        'lecet," katanya.',
        "Yosef",
    ),
    (
        "Kepala sekolah itu, Agustina Sole, akrab dipanggil Mama Tina oleh murid-muridnya. "
        '"Saya sudah dua puluh tahun di sini," katanya.\n\nMama Tina bercerita, murid '
        "sering datang tanpa sepatu.\n\nFransiskus Lewar, ketua komite sekolah, menilai "
        'sekolah itu butuh ruang kelas baru. "Anak-anak belajar bergantian," ujarnya.'
        '\n\nSoal itu, Mama Tina hanya tersenyum. "Kalau ada kelas baru, saya senang '
        'sekali," kelakarnya.',
        "Agustina Sole",
    ),
]


@pytest.mark.parametrize(("text", "last"), NARRATED_SUBJECTS)
def test_pronoun_goes_to_the_narrated_subject(text: str, last: str) -> None:
    assert _speakers(text)[-1] == last


OFFICE_LABELS = [
    (
        "KUPANG, TIMEX - Komandan Denpom Kupang memberi keterangan soal penangkapan dua "
        "oknum prajurit. Berikut tanya jawabnya.\n\nTimex: Kapan mereka ditangkap?\n\n"
        "Dandenpom: Rabu malam di sebuah rumah kos. Keduanya tidak melawan.\n\nTimex: "
        "Apa sanksinya?\n\nDandenpom: Kami serahkan ke oditur militer. Prosesnya terbuka.",
        "Dandenpom",
    ),
    (
        "Bupati Alor menjawab pertanyaan wartawan soal kapal yang terlambat. Berikut "
        "petikannya.\n\nPos Kupang: Mengapa kapal terlambat?\n\nBupati: Gelombang tinggi "
        "sejak Senin. Kapal tidak boleh berangkat.\n\nPos Kupang: Bagaimana warga yang "
        "telantar?\n\nBupati: Pemkab menyiapkan penginapan dan makan gratis.",
        "Bupati",
    ),
]


@pytest.mark.parametrize(("text", "label"), OFFICE_LABELS)
def test_office_label_answers(text: str, label: str) -> None:
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == [label, label]
    assert all(not q.text.endswith("?") for q in quotes)


def test_short_form_with_no_unit_in_the_introduction_is_no_office() -> None:
    text = (
        "Warga berkumpul di balai desa.\n\nReporter: Apa yang terjadi?\n\nDanru: Kami "
        "masih menunggu.\n\nReporter: Sampai kapan?\n\nDanru: Belum tahu."
    )
    assert [q.speaker for q in _quotes(text)] == []


ALSO_OFFICES = [
    (
        "Lomba perahu naga digelar di Sungai Kapuas, Minggu. Ketua panitia yang juga Kepala "
        "Dinas Pariwisata Kota Pontianak menegaskan, peserta wajib memakai pelampung. "
        '"Keselamatan nomor satu," tegasnya.',
        "Kepala Dinas Pariwisata Kota Pontianak",
    ),
    (
        "Festival layang-layang ditunda karena angin kencang. Sekretaris panitia yang juga "
        "Kepala Dinas Kebudayaan Kabupaten Bantul memastikan festival digelar pekan depan. "
        '"Semua peserta sudah kami kabari," ujarnya.',
        "Kepala Dinas Kebudayaan Kabupaten Bantul",
    ),
]


@pytest.mark.parametrize(("text", "office"), ALSO_OFFICES)
def test_description_that_also_holds_an_office_is_the_office(text: str, office: str) -> None:
    assert set(_speakers(text)) == {office}


DIALOGUE_REPLIES = [
    (
        "Ketua karang taruna, Wayan Sudira, dan wakilnya, Komang Ayu, bergantian bercerita. "
        '"Awalnya kami ragu," kata Wayan. "Ternyata warga justru senang," sahut Ayu.',
        ["Wayan Sudira", "Komang Ayu"],
    ),
    (
        'Dua pelatih itu saling sindir di ruang konferensi pers. "Wasit berpihak," kata '
        'Hendri Susilo. "Kalah ya kalah saja," balas Marcos Teixeira.',
        ["Hendri Susilo", "Marcos Teixeira"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), DIALOGUE_REPLIES)
def test_reply_in_a_dialogue_is_the_replier(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


BODY_CLOSING_WORD = [
    (
        "Puluhan warga keracunan makanan hajatan di Desa Tana Mbanas. Direktur RSUD "
        'Waikabubak menyebut rumah sakit merawat 14 pasien. "Kondisi mereka membaik," '
        "ujar direktur.",
        "Direktur RSUD Waikabubak",
    ),
    (
        "Jalan ke pelabuhan rusak berat setelah hujan deras. Kepala UPT Pelabuhan Sape "
        'memastikan kapal tetap berlayar. "Penumpang tidak perlu khawatir," katanya.',
        "Kepala UPT Pelabuhan Sape",
    ),
]


@pytest.mark.parametrize(("text", "office"), BODY_CLOSING_WORD)
def test_title_before_the_word_closing_a_body_is_the_office(text: str, office: str) -> None:
    assert set(_speakers(text)) == {office}
