"""Quote classes found on blind14q (issue 17), each on invented paragraphs.

* An office held by nobody the article names speaks as the office, however the
  sentence reaches it: a grade and its one-word place after the body ("Kepala Rutan
  Kelas IIB Wonosari"), a channel owned by the office ("dalam sambutannya"), a relative
  clause saying how it was reached ("yang dihubungi terpisah", ", yang enggan disebut
  namanya,"), a minister over two fields joined by "dan" ("Menteri Perdagangan dan
  Perindustrian") - also after another person spoke.
* Local titles: "Pekaseh" before a subak's holder is a title; "Ning"/"Gus"/"Lora" before
  two words or more are no part of the name.
* Call names and nicknames: a call title and a word opening a sentence ("Mama Yuli hanya
  tersenyum.") is the subject "ujarnya" points to; "X, yang dikenal dengan akun Y," and a
  couple "lebih dikenal warga sebagai C dan D" own those nicknames.
* Complaints ("mengeluh", with a comma or not) and comparisons ("lebih lambat") after a
  weak verb report a clause.
* A spouse after a turn ("balas suaminya") is the other of the couple taking turns.
* A document ("tulis laporan ...", "Surat tersebut juga meminta ...") speaks for whoever
  spoke last.
* Directives to two addressees joined by "dan" or asking for a passive act; a group
  with a relative clause ("Para X yang datang dari ...") that "Mereka" points to.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.speakers import parse_subject


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


UNHELD_OFFICES = [
    (
        "SLEMAN, KRJOGJA.COM - Sebanyak 40 warga binaan mengikuti ujian Paket B, Selasa.\n\n"
        "Kepala Rutan Kelas IIB Wonosari dalam sambutannya mengatakan ijazah menjadi modal "
        'penting bagi warga binaan. "Belajar tidak mengenal tempat," ujarnya.\n\n'
        "Karutan menjelaskan, kelas belajar dibuka sejak tahun lalu.",
        "Kepala Rutan Kelas IIB Wonosari",
        3,
    ),
    (
        "MALANG, MALANG POST - Dua puluh narapidana menerima remisi Natal, Jumat.\n\n"
        'Seorang pendamping rohani, Yohanes Sitompul, bersyukur. "Mereka berubah," katanya.\n\n'
        "Kepala Lapas Kelas IIA Lowokwaru dalam pidatonya menyebut remisi adalah hak "
        'warga binaan yang berkelakuan baik. "Jaga sikap kalian," ujarnya.',
        "Kepala Lapas Kelas IIA Lowokwaru",
        2,
    ),
    (
        "AMBON, SIWALIMA - Atap ruang kelas SD Negeri 4 Nusaniwe ambruk, Kamis.\n\n"
        'Seorang guru, Maria Latuheru, mengaku panik. "Untung anak-anak sudah pulang," '
        "katanya.\n\n"
        "Kepala Dinas Pendidikan Kota Ambon yang dihubungi terpisah mengatakan perbaikan "
        'masuk anggaran tahun depan. "Kami minta sekolah bersabar," katanya.',
        "Kepala Dinas Pendidikan Kota Ambon",
        2,
    ),
    (
        "GARUT, PIKIRAN RAKYAT - Truk bermuatan pasir terguling di Jalan Raya Cikajang.\n\n"
        "Sopir truk, Asep Saepudin (41), mengaku remnya blong. "
        '"Saya sudah injak berkali-kali," tuturnya.\n\n'
        "Kepala Balai Pengelola Transportasi Darat (BPTD) Kelas II Jawa Barat, yang enggan "
        "disebut namanya, menyatakan pihaknya akan memeriksa uji berkala truk itu. "
        '"Kalau kedaluwarsa, pemiliknya kami panggil," ujarnya.',
        "Kepala Balai Pengelola Transportasi Darat (BPTD) Kelas II Jawa Barat",
        2,
    ),
    (
        "JAKARTA - Harga minyak goreng kembali naik di sejumlah pasar, Senin.\n\n"
        "Ketua Umum Ikatan Pedagang Pasar, Rina Kartika, yang dihubungi terpisah menegaskan "
        'stok di pedagang menipis. "Pembeli sudah mengeluh," tegasnya.\n\n'
        "Menteri Perdagangan dan Perindustrian menyatakan harga akan dijaga. "
        '"Stok nasional aman," ujarnya singkat.',
        "Menteri Perdagangan dan Perindustrian",
        2,
    ),
]


@pytest.mark.parametrize(("text", "office", "said"), UNHELD_OFFICES)
def test_office_with_no_holder_speaks_as_the_office(text: str, office: str, said: int) -> None:
    speakers = _speakers(text)
    assert speakers[-said:] == [office] * said  # the office's quotes close each text
    assert office not in speakers[:-said]


def test_relative_clause_after_a_holder_keeps_the_holder() -> None:
    who = parse_subject("Kepala Dinas Sosial Kota Bogor, Budi Santoso, yang dihubungi terpisah")
    assert who is not None and who.name == "Budi Santoso"


def test_people_before_a_relative_clause_are_no_office() -> None:
    who = parse_subject("Warga yang terdampak banjir")
    assert who is None or who.role != "Warga"


LOCAL_TITLES = [
    (
        "GIANYAR, BALI EXPRESS - Petani di Subak Kedisan menunggu giliran air.\n\n"
        "Pekaseh Subak Kedisan, I Made Wirata, mengakui pembagian air tahun ini lebih ketat. "
        "Beliau menyebut debit sungai turun.\n\n"
        '"Kami bagi per tempek," jelas Pekaseh.',
        ["I Made Wirata"] * 3,
    ),
    (
        "KEDIRI, RADAR KEDIRI - Santri putri Pondok Pesantren Nurul Huda menggelar haflah.\n\n"
        "Putri pengasuh, Ning Zahrotul Mufidah, bercerita bahwa acara diikuti 200 santri. "
        '"Paling ramai sejak pondok berdiri," kata Ning Zahro.\n\n'
        "Ning, sapaan akrabnya, mengaku sempat cemas karena hujan turun deras menjelang acara. "
        '"Alhamdulillah lancar," ujarnya.',
        ["Zahrotul Mufidah"] * 4,
    ),
    (
        "PAMEKASAN - Putra pengasuh pesantren, Lora Hasan Basri, menyambut tamu.\n\n"
        "Lora Hasan Basri mengatakan pondok menampung 500 santri. "
        '"Kami tambah asrama," ujarnya.',
        ["Hasan Basri"] * 2,
    ),
]


@pytest.mark.parametrize(("text", "speakers"), LOCAL_TITLES)
def test_local_titles_are_no_part_of_the_name(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_kiai_childs_title_before_one_word_stays_a_call_name() -> None:
    from warta.nlp.quotes.resolved import _without_kiai_child_title

    assert _without_kiai_child_title("Gus Mus") == "Gus Mus"
    assert _without_kiai_child_title("Gus Ahmad Fauzi") == "Ahmad Fauzi"


NICKNAMES = [
    (
        "MANOKWARI - Sudah 15 tahun Yuliana Rumbiak mengajar di SD YPK Amban. "
        "Murid-muridnya memanggilnya Mama Yuli.\n\n"
        "Kepala Dinas Pendidikan Kabupaten Manokwari yang dihubungi terpisah mengatakan "
        'perbaikan masuk anggaran 2027. "Sabar dulu," katanya.\n\n'
        'Mama Yuli hanya tersenyum. "Sabar sudah lama," ujarnya.',
        "Yuliana Rumbiak",
    ),
    (
        "JAMBI - Video seorang pemuda yang mengkritik jalan rusak viral.\n\n"
        "Dalam video itu, Rizky Ananda, yang dikenal dengan akun Bang Kiki, berdiri di "
        'tengah lumpur. "Ini jalan, bukan kolam," ucapnya.\n\n'
        "Kuasa hukum pemkab, Hendra Wijaya, mengirim somasi.\n\n"
        'Bang Kiki membalas lewat Instagram. "Saya tidak takut," tulisnya.',
        "Rizky Ananda",
    ),
    (
        "LOMBOK TIMUR - Pasangan nelayan, Lalu Sahril (50) dan Baiq Nursyam (46), lebih "
        "dikenal warga sebagai Amaq Dedi dan Inaq Dedi. Keduanya melaut sejak muda.\n\n"
        '"Saya yang dayung," kata Amaq Dedi. "Saya yang tebar jaring," potong Inaq Dedi.\n\n'
        'Amaq Dedi mengatakan hasil tangkapan menurun. "Ikan makin jauh," ujarnya.',
        None,
    ),
]


@pytest.mark.parametrize(("text", "owner"), NICKNAMES)
def test_nickname_introduced_is_its_owner(text: str, owner: str | None) -> None:
    speakers = _speakers(text)
    if owner is not None:
        assert speakers[-1] == owner  # the call name or the nickname, after someone else
        assert all(
            s in (owner, "Kepala Dinas Pendidikan Kabupaten Manokwari", "Hendra Wijaya")
            for s in speakers
        )
    else:
        assert speakers == ["Lalu Sahril", "Baiq Nursyam", "Lalu Sahril", "Lalu Sahril"]


TOLD_AS_A_CLAUSE = [
    (
        "BIMA - Petani bawang di Sape menunggu hujan.\n\n"
        "Petani, Abdul Gani, mengatakan panen lebih baik. Namun ia mengeluh, harga pupuk "
        "kini naik dua kali lipat.",
        "harga pupuk kini naik",
    ),
    (
        "PURWAKARTA - Antrean solar mengular di SPBU Cikopo.\n\n"
        "Sopir truk, Darsono, mengeluh stok solar sering habis sejak pagi.",
        "stok solar sering habis",
    ),
    (
        "SUBANG - Petani di Pamanukan menunggu pupuk.\n\n"
        "Ketua kelompok tani, Warsito, mengakui penyaluran pupuk tahun ini lebih lambat.",
        "penyaluran pupuk tahun ini lebih lambat",
    ),
]


@pytest.mark.parametrize(("text", "start"), TOLD_AS_A_CLAUSE)
def test_complaint_or_comparison_after_a_weak_verb_is_a_quote(text: str, start: str) -> None:
    assert any(q.text.startswith(start) for q in _quotes(text))


def test_complaint_of_an_ailment_is_no_quote() -> None:
    text = "BOGOR - Seorang warga, Siti Hawa, mengeluh sakit perut sejak kemarin."
    assert _quotes(text) == ()


COUPLES_TAKING_TURNS = [
    (
        "BANTUL - Pasangan perajin gerabah, Sukardi (60) dan Painem (57), sudah 40 tahun "
        "membuat kendi.\n\n"
        'Ditanya siapa yang lebih rajin, keduanya tertawa. "Saya yang bentuk," kata Sukardi. '
        '"Kalau saya tidak jemur, kendinya retak," potong Painem. "Makanya saya nikahi dia," '
        "balas suaminya.",
        ["Sukardi", "Painem", "Sukardi"],
    ),
    (
        "TOMOHON - Yohanis Lumowa (66) dan Marta Rondonuwu (63) berjualan bunga sejak 1990.\n\n"
        '"Dia yang siram tiap pagi," kata Marta. "Kalau tidak disiram, mana laku," sahut '
        'Yohanis. "Itu sebabnya saya tidak pernah libur," timpal istrinya sambil tertawa.',
        ["Marta Rondonuwu", "Yohanis Lumowa", "Marta Rondonuwu"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), COUPLES_TAKING_TURNS)
def test_spouse_after_a_turn_is_the_other_of_the_couple(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


WRITTEN_DOCUMENTS = [
    (
        "PADANG - Komite Nasional Keselamatan Transportasi (KNKT) merilis laporan akhir "
        "kecelakaan truk di Sitinjau Lauik.\n\n"
        "Dalam laporan itu, KNKT menyimpulkan rem truk tidak berfungsi karena muatan berlebih. "
        '"Pengemudi tidak menurunkan gigi di turunan," tulis laporan yang disusun tim '
        "investigasi.\n\n"
        "Laporan itu juga merekomendasikan dinas perhubungan memperketat penimbangan truk.",
        ["Komite Nasional Keselamatan Transportasi"] * 3,
    ),
    (
        "MEDAN - Kuasa hukum warga, Robert Sihombing, mengirim surat keberatan ke pemkot.\n\n"
        "Dalam surat itu, Robert menulis bahwa penggusuran dilakukan tanpa pemberitahuan. "
        '"Kami meminta pembongkaran dihentikan," bunyi surat yang ditandatangani Robert.\n\n'
        "Surat tersebut juga meminta wali kota menemui warga pekan depan.",
        ["Robert Sihombing"] * 3,
    ),
]


@pytest.mark.parametrize(("text", "speakers"), WRITTEN_DOCUMENTS)
def test_document_speaks_for_its_author(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_document_with_nobody_before_has_no_speaker() -> None:
    text = "JAKARTA - Laporan itu menyebut harga beras naik di 20 provinsi."
    assert all(q.speaker is None for q in _quotes(text))


DIRECTIVES = [
    (
        "SEMARANG - Anggota DPRD Jawa Tengah, Rina Wulandari, meminta aturan itu dicabut "
        "seluruhnya.",
        "aturan itu dicabut",
        "Rina Wulandari",
    ),
    (
        "SOLO - Kepala Dinas Perhubungan Kota Surakarta, Budi Santoso, mengimbau sekolah dan "
        "biro perjalanan memeriksa izin bus sebelum menyewa.",
        "sekolah dan biro perjalanan memeriksa",
        "Budi Santoso",
    ),
    (
        "MAKASSAR - Ketua Komisi D DPRD Makassar, Andi Ridwan, mendesak proyek tersebut segera "
        "dihentikan sampai izinnya lengkap.",
        "proyek tersebut segera dihentikan",
        "Andi Ridwan",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), DIRECTIVES)
def test_directive_with_two_addressees_or_a_passive_is_a_quote(
    text: str, start: str, speaker: str
) -> None:
    assert [(q.text[: len(start)], q.speaker) for q in _quotes(text)] == [(start, speaker)]


def test_asking_for_forgiveness_is_no_directive() -> None:
    assert _quotes("BOGOR - Warga, Sri Astuti, meminta maaf itu diterima keluarga.") == ()


GROUPS_WITH_A_RELATIVE_CLAUSE = [
    (
        "KUDUS - Ratusan santri mengikuti wisuda tahfiz, Minggu.\n\n"
        "Para orang tua santri yang datang dari Pati dan Jepara tampak memadati halaman "
        "pondok. Mereka mengaku rela menempuh perjalanan jauh demi melihat anaknya diwisuda.",
        "Para orang tua santri",
    ),
    (
        "SIDOARJO - Pasar Larangan kembali dibuka setelah renovasi.\n\n"
        "Para pedagang yang sempat direlokasi ke lapangan terlihat menata lapak. Mereka "
        "mengaku lega karena pembeli mulai kembali datang ke pasar.",
        "Para pedagang",
    ),
]


@pytest.mark.parametrize(("text", "group"), GROUPS_WITH_A_RELATIVE_CLAUSE)
def test_group_with_a_relative_clause_is_who_mereka_points_to(text: str, group: str) -> None:
    assert _speakers(text) == [group]
