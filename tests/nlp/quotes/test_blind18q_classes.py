"""Quote classes found on blind18q (issue 17), each on invented paragraphs.

* A verb of admitting or judging may report a short state of two words ("mengaku
  sempat pingsan.", "mengaku awalnya ragu.", "menilai dinas lamban."); a bare feeling of
  one word ("mengaku kecewa.") stays narration.
* "Artinya, ..." and "Maksudnya, ..." open a gloss of the words before: never a speaker.
* A form of address alone as the subject of a narrative sentence ("Abah sendiri tak
  banyak bicara.") is the person the article wrote with it before a name: the next
  "katanya" is his, not the last speaker's.
* Someone described by trade and place who asked not to be named ("Seorang pengepul
  di Pasar X yang enggan disebut namanya") is an unnamed source: the speaker keeps the
  description (not the place inside it), and "Menurutnya"/"katanya" after a sentence
  about him are his.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

SHORT_STATES = [
    ("Pedagang sayur, Ratna Dewi, mengaku sempat bingung.", "sempat bingung", "Ratna Dewi"),
    ("Petani asal Wonosobo, Slamet Riyadi, mengaku awalnya ragu.", "awalnya ragu", "Slamet Riyadi"),
    ("Pengamat tata kota, Hendra Wijaya, menilai pemkot lamban.", "pemkot lamban", "Hendra Wijaya"),
    ("Penumpang kapal, Yohana Lasut, mengaku sempat pingsan.", "sempat pingsan", "Yohana Lasut"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SHORT_STATES)
def test_short_state_is_reported(text: str, content: str, speaker: str) -> None:
    hits = [q for q in _quotes(text) if content in q.text]
    assert [q.speaker for q in hits] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Pedagang sayur, Ratna Dewi, mengaku kecewa.",
        "Penumpang kapal, Yohana Lasut, mengaku lega.",
        "Pelatih tim, Andreas Mole, mengatakan tidak.",
    ],
)
def test_bare_feeling_is_narration(text: str) -> None:
    assert _quotes(text) == ()


GLOSSES = [
    (
        'Ibu Marni (60) menyebut suaminya jarang pulang. "Saur abdi, uih heula," tutur '
        "Marni. Artinya, ia meminta suaminya pulang, tapi suaminya menjawab nanti karena "
        "sedang bekerja.",
    ),
    (
        'Daeng Naba (55) tertawa. "Dé\' uwissengngi," katanya. Maksudnya, ia tidak tahu '
        "karena anaknya bilang kapal sudah berangkat kemarin sore.",
    ),
]


@pytest.mark.parametrize("text", [g[0] for g in GLOSSES])
def test_gloss_opener_is_no_speaker(text: str) -> None:
    assert all(q.speaker not in {"Artinya", "Maksudnya"} for q in _quotes(text))


CALLED_SUBJECTS = [
    (
        "Warga memanggilnya Abah Odang. Bulan lalu, Abah menerima pesanan dari Jepang.\n\n"
        'Istri Abah, Entin (60), menyebut suaminya susah makan. "Sok we atuh," tutur '
        "Entin.\n\nAbah sendiri tak banyak bicara soal ekspor. Ia hanya menunjuk tumpukan "
        'bambu. "Ieu mah rezeki, lain prestasi," katanya pendek.',
        "Ieu mah",
        "Odang",
    ),
    (
        "Nelayan Tulehu menyapanya Wak Hamid. Pagi itu Wak baru pulang melaut.\n\n"
        'Anaknya, Ridwan (30), mengaku khawatir cuaca buruk. "Ombak tinggi," kata Ridwan.'
        "\n\nWak sendiri santai saja. Ia menambal jaring di beranda. "
        '"Laut itu sudah rumah saya," katanya.',
        "Laut itu",
        "Hamid",
    ),
]


@pytest.mark.parametrize(("text", "start", "name"), CALLED_SUBJECTS)
def test_call_title_subject_is_its_bearer(text: str, start: str, name: str) -> None:
    hits = [q for q in _quotes(text) if q.text.startswith(start)]
    assert len(hits) == 1 and name in (hits[0].speaker or "")


UNNAMED = [
    (
        "Kepala Dinas Perikanan, Budi Santoso, menyebut pemprov menyiapkan kontainer.\n\n"
        "Seorang pedagang di Pasar Kosambi yang enggan disebut namanya tiba di lokasi. "
        "Menurutnya, pabrik di Jakarta juga sedang menurunkan harga beli. "
        '"Kami beli mahal pun tidak ada yang mau," katanya.',
        "Seorang pedagang di Pasar Kosambi",
    ),
    (
        "Ketua Organda, Rudi Hartono, menyebut setoran sopir turun.\n\n"
        "Seorang sopir angkot di Terminal Leuwipanjang yang tak mau disebutkan namanya "
        "mengatakan setoran harian turun separuh sejak Juli. "
        '"Sekarang narik sampai malam," ujarnya.',
        "Seorang sopir angkot di Terminal Leuwipanjang",
    ),
    (
        "Seorang perawat di RSUD Cibinong yang menolak disebut namanya mengatakan pasien "
        "menumpuk di lorong sejak Senin.",
        "Seorang perawat di RSUD Cibinong",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED)
def test_source_asking_not_to_be_named(text: str, speaker: str) -> None:
    quotes = _quotes(text)
    mine = [
        q for q in quotes if "Budi" not in (q.speaker or "") and "Rudi" not in (q.speaker or "")
    ]
    assert mine and all(q.speaker == speaker for q in mine)


HOLDERS = [
    (
        "Kuasa hukum Bambang, Yosef Simanjuntak, kecewa dengan putusan itu. Menurut dia, "
        "hakim mengabaikan fakta bahwa kliennya belum diperiksa.",
        "Yosef Simanjuntak",
    ),
    (
        "Pengacara Hendra Gunawan, Rudi Hartono, kecewa atas vonis tersebut. Ia menilai "
        "majelis mengabaikan bukti baru dari saksi.",
        "Rudi Hartono",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HOLDERS)
def test_holder_after_possessor_is_subject(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes(text)] == [speaker]


def test_office_of_named_person_without_holder_stays() -> None:
    text = "Kuasa hukum Budi Santoso mengatakan kliennya akan mengajukan banding."
    assert [q.speaker for q in _quotes(text)] == ["Budi Santoso"]


SUBORDINATE = [
    (
        'Ketua fraksi, Zulham Effendi, menilai usulan itu terlalu dini. "Kita tunggu '
        'audit," katanya.\n\nPerdebatan sempat memanas ketika anggota Fraksi PKS, '
        "Salmiah Nasution, menyela. Ia menyebut tiga saluran baru justru lebih tinggi dari "
        "badan jalan.",
        "Salmiah Nasution",
    ),
    (
        'Wakil Ketua DPRD, Anton Siregar, membuka rapat. "Kita mulai," ujarnya.\n\n'
        "Rapat sempat hening saat Ketua Komisi B, Darmawan Putra, berdiri. Ia menilai "
        "anggaran itu terlalu besar untuk proyek yang belum jelas.",
        "Darmawan Putra",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SUBORDINATE)
def test_person_acting_in_subordinate_clause_is_next_ia(text: str, speaker: str) -> None:
    assert _quotes(text)[-1].speaker == speaker


CLAUSES = [
    # A guarantee is an assurance: a clause after it is reported.
    (
        "Direktur pabrik, Lukas Widodo, mengungkapkan pesanan turun. Ia menjamin gaji "
        "karyawan dibayar penuh paling lambat akhir bulan.",
        "gaji karyawan dibayar",
        "Lukas Widodo",
    ),
    (
        "Kepala Dinas Sosial Kota Kupang, Yohanes Bria, menjamin bantuan beras tersalurkan "
        "sebelum Natal.",
        "bantuan beras tersalurkan",
        "Yohanes Bria",
    ),
    # A verb of arrival as the clause's predicate.
    (
        "Kepala Dinas Pertanian Kabupaten Bone mengakui laporan serupa datang dari enam kecamatan.",
        "laporan serupa datang",
        "Kepala Dinas Pertanian Kabupaten Bone",
    ),
    (
        "Ketua posko, Ahmad Fauzi, memastikan bantuan tenda tiba besok pagi.",
        "bantuan tenda tiba",
        "Ahmad Fauzi",
    ),
    # An office pointed back to, then a relative clause between commas.
    (
        "Kepala Dinas Perkebunan Kabupaten Sigi mengakui laporan serupa datang dari tiga "
        "desa. Sang kepala dinas, yang baru sebulan menjabat, menyebut hujan deras sejak "
        "Oktober memicu serangan jamur.",
        "hujan deras sejak Oktober",
        "Kepala Dinas Perkebunan Kabupaten Sigi",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CLAUSES)
def test_clause_after_assurance_or_admission(text: str, content: str, speaker: str) -> None:
    hits = [q for q in _quotes(text) if content in q.text]
    assert [q.speaker for q in hits] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah kota menjamin keamanan warga selama perayaan tahun baru.",
        "Panitia menjamin kenyamanan penonton di stadion.",
    ],
)
def test_guarantee_of_a_thing_is_narration(text: str) -> None:
    assert _quotes(text) == ()


REGION_OFFICES = [
    (
        'Pedagang, Yosina Kogoya, mengeluh. "Sa rugi terus," kata Yosina.\n\n'
        "Kepala Dinas Perindustrian dan Perdagangan Kota Jayapura memastikan perbaikan "
        'atap rampung pertengahan Desember. "Kami minta maaf," katanya.',
        "Kepala Dinas Perindustrian dan Perdagangan Kota Jayapura",
    ),
    (
        "Kepala Dinas Koperasi dan UKM Kabupaten Sleman mengatakan pencairan kredit usaha "
        "kembali dibuka pekan depan.",
        "Kepala Dinas Koperasi dan UKM Kabupaten Sleman",
    ),
    (
        'Warga, Budi Hartono, kecewa. "Jalan rusak terus," ujar Budi.\n\n'
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Bengkulu menyebut "
        "perbaikan jalan dimulai awal tahun.",
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Bengkulu",
    ),
]


@pytest.mark.parametrize(("text", "office"), REGION_OFFICES)
def test_office_over_two_fields_of_a_region(text: str, office: str) -> None:
    quotes = [q for q in _quotes(text) if "Yosina" not in q.text and "rusak terus" not in q.text]
    assert quotes and {
        q.speaker for q in quotes if q.speaker not in {"Yosina Kogoya", "Budi Hartono"}
    } == {office}


REDUPLICATED_GROUPS = [
    (
        "JAYAPURA - Mama-mama pedagang pinang dan sayur di Pasar Youtefa, Jayapura, "
        "mengeluhkan sepinya pembeli. Mereka menilai pemindahan lapak ke area parkir "
        "membuat dagangan cepat rusak.",
        "Mama-mama pedagang pinang dan sayur di Pasar Youtefa",
    ),
    (
        "Ibu-ibu penjual sayur di Pasar Baru mengeluhkan harga cabai. Mereka meminta "
        "pemerintah segera menggelar operasi pasar.",
        "Ibu-ibu penjual sayur di Pasar Baru",
    ),
    (
        "Bapak-bapak nelayan dari Desa Tulehu mendatangi kantor dinas. Mereka mendesak "
        "dinas segera memperbaiki mesin pendingin di pelabuhan.",
        "Bapak-bapak nelayan dari Desa Tulehu",
    ),
]


@pytest.mark.parametrize(("text", "group"), REDUPLICATED_GROUPS)
def test_they_after_reduplicated_group(text: str, group: str) -> None:
    assert [q.speaker for q in _quotes(text)] == [group]


PASSIVE_REQUESTS = [
    (
        "Petani kopi, Andi Rahman, meminta bantuan dibagi langsung ke kelompok tani.",
        "bantuan dibagi",
        "Andi Rahman",
    ),
    (
        "Ketua RT, Sutrisno, meminta pupuk subsidi disalurkan lewat koperasi desa.",
        "pupuk subsidi disalurkan",
        "Sutrisno",
    ),
    (
        "Anggota DPRD, Rina Marpaung, mendesak dana desa dicairkan sesuai jadwal.",
        "dana desa dicairkan",
        "Rina Marpaung",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PASSIVE_REQUESTS)
def test_request_of_a_passive_act(text: str, content: str, speaker: str) -> None:
    hits = [q for q in _quotes(text) if content in q.text]
    assert [q.speaker for q in hits] == [speaker]


def test_request_of_a_thing_stays_narration() -> None:
    assert _quotes("Warga, Dedi Kusnadi, meminta waktu diskusi kepada lurah.") == ()


DOCUMENT_OWNERS = [
    (
        'Ketua Yayasan, Maria Goretti Santoso, menandatangani jawaban itu. "Kami sudah '
        'memberi peringatan," kata Maria. Jawaban itu melampirkan surat pernyataan Budi '
        'Hartono bertanggal 3 Mei 2026. "Saya berjanji tidak akan bolos lagi," bunyi surat '
        "pernyataan tersebut.",
        "Saya berjanji",
        "Budi Hartono",
    ),
    (
        'Kepala sekolah, Rina Wati, menyerahkan berkas. "Ini lengkap," kata Rina. Berkas '
        'itu memuat surat pengunduran diri Anton Saputra. "Saya mundur karena alasan '
        'keluarga," demikian bunyi surat pengunduran diri tersebut.',
        "Saya mundur",
        "Anton Saputra",
    ),
]


@pytest.mark.parametrize(("text", "start", "author"), DOCUMENT_OWNERS)
def test_document_words_are_its_owners(text: str, start: str, author: str) -> None:
    hits = [q for q in _quotes(text) if q.text.startswith(start)]
    assert [q.speaker for q in hits] == [author]


def test_arrival_after_an_agent_is_no_clause() -> None:
    text = (
        "Barcelona kalah. Kesempatan membalas kekalahan oleh Real Madrid datang di "
        "pertandingan pekan ke-17 LaLiga."
    )
    assert _quotes(text) == ()


def test_office_of_region_then_holder_keeps_holder() -> None:
    text = (
        "Sebelumnya, Kepala Kantor Perpustakaan dan Arsip Kota Malang Endang Soejatikah "
        "mengakui minat baca warga masih rendah. Ia mengatakan, setiap tahun kantornya "
        "mengajukan penambahan buku."
    )
    assert {q.speaker for q in _quotes(text)} == {"Endang Soejatikah"}


COURT_CLAIMS = [
    (
        "Dalam berkas gugatannya, Hendra Wijaya mendalilkan bahwa tanahnya, seluas 200 "
        "meter persegi, diambil tanpa ganti rugi.",
        "Hendra Wijaya",
    ),
    (
        "Kuasa hukum penggugat, Rina Marpaung, mendalilkan tergugat telah melanggar "
        "perjanjian kerja sama.",
        "Rina Marpaung",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), COURT_CLAIMS)
def test_claim_in_court_papers(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes(text)] == [speaker]


def test_citing_an_article_is_no_claim() -> None:
    assert _quotes("Hakim, Budi Santoso, mendalilkan pasal 1365 KUH Perdata.") == ()
