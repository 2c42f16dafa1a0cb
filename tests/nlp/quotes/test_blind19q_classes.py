"""Quote classes found on blind19q (issue 17), each on invented paragraphs.

* A quote opening a paragraph (or the lead, right after the dateline) whose speaker is
  named only in the next sentence ('"...." Begitu keluh Sumiati ...', '"...." Kalimat
  itu diucapkan Direktur X, Budi, ...') is that speaker's, and so are the "Ia"/"ujarnya"
  after it - not the speaker before.
* A direct quote split by its attribution ('"...," kata X, "tetapi ..."', '"...,"
  tuturnya. "Tapi ..."') gives both parts to the one speaker (one record since
  blind41q: every gold set labels either shape one item).
* An office of a body, the faction its holder comes from, then the holder ("kata Wakil
  Ketua Komisi II dari Fraksi Partai X, Budi Santoso,") gives the holder, not the body.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.records import Quote


def _speaker_of(quotes: tuple[Quote, ...], content: str) -> list[str | None]:
    return [q.speaker for q in quotes if content in q.text]


NAMED_NEXT = [
    (
        'Kepala Dinas Sosial, Hartono Wibisono, mengatakan bantuan sudah disalurkan. "Semua '
        'desa sudah menerima," katanya.\n\n"Anak saya sudah tiga hari tidak sekolah." Begitu '
        "keluh Sumiati (39), warga Kelurahan Pasar Baru yang rumahnya terendam. Ia mengaku "
        'belum menerima bantuan. "Kami makan seadanya," ujarnya.',
        "Sumiati",
        ("tiga hari tidak sekolah", "belum menerima bantuan", "makan seadanya"),
    ),
    (
        'Kapolres Bogor AKBP Dedi Kurnia mengatakan pelaku sudah ditangkap. "Dia kami '
        'tangkap di rumahnya," ujarnya.\n\n"Jalan ini rusak sejak tahun lalu." Begitu ucap '
        'Rahmat Hidayat, sopir angkot di Cibinong. "Setiap hari ban bocor," katanya.',
        "Rahmat Hidayat",
        ("rusak sejak tahun lalu", "ban bocor"),
    ),
    (
        'Direktur RSUD Kota, Bambang Suryadi, mengatakan kamar penuh. "Kami kewalahan," '
        'katanya.\n\n"Saya menunggu sejak subuh." Demikian tutur Yuliana Manek (52), pasien '
        "asal Kupang.",
        "Yuliana Manek",
        ("menunggu sejak subuh",),
    ),
]


@pytest.mark.parametrize(("text", "speaker", "contents"), NAMED_NEXT)
def test_speaker_named_in_next_sentence(text: str, speaker: str, contents: tuple[str, ...]) -> None:
    quotes = _quotes(text)
    for content in contents:
        assert _speaker_of(quotes, content) == [speaker], content


LEAD_QUOTES = [
    (
        'MEDAN, Waspada - "Kami tidak akan menaikkan tarif tahun ini." Kalimat itu diucapkan '
        "Direktur Utama PDAM Tirtanadi, Ir. Bambang Suryadi, M.T., saat rapat dengan DPRD.",
        "menaikkan tarif",
        "Bambang Suryadi",
    ),
    (
        'PADANG - "Pasar ini harus selesai sebelum Lebaran." Kalimat itu diucapkan Wali Kota '
        "Padang, Hendri Saputra, saat meninjau Pasar Raya, Senin.",
        "sebelum Lebaran",
        "Hendri Saputra",
    ),
    (
        'AMBON, Siwalima - "Kami belum menerima laporan resmi." Demikian ditegaskan Kepala '
        "Kepolisian Resor Ambon, Kombes Pol Ridwan Tuasikal, kepada wartawan.",
        "laporan resmi",
        "Ridwan Tuasikal",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), LEAD_QUOTES)
def test_lead_quote_after_dateline_named_next(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(_quotes(text), content) == [speaker]


SPLIT_QUOTES = [
    (
        '"Kami tidak menolak revisi," kata Ketua Fraksi Partai Bulan, Yohanes Simanjuntak, '
        '"tetapi pasalnya harus dibahas ulang."',
        "Yohanes Simanjuntak",
    ),
    (
        'Ekonom Universitas Andalas, Rina Marlina, menilai harga cabai belum stabil. "Pasokan '
        'sudah naik," ujarnya, "namun distribusi ke pasar masih tersendat."',
        "Rina Marlina",
    ),
    (
        "\u201cSetiap kenaikan tarif,\u201d kata Dewi Lestari, \u201cselalu diikuti turunnya "
        "jumlah penumpang.\u201d",
        "Dewi Lestari",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPLIT_QUOTES)
def test_quote_split_by_attribution_keeps_one_speaker(text: str, speaker: str) -> None:
    # One record from the first words to the last (tests/vectors/quotes.json:
    # split-quote), the speaker's.
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert len(direct) == 1
    assert {q.speaker for q in direct} == {speaker}


def test_quote_split_by_an_attribution_closing_a_sentence_is_one_item() -> None:
    # '"...," tuturnya. "..."': the attribution ends a sentence inside one quotation, the
    # second span no item of its own (the convention of blind35q, and of every gold set
    # holding the shape); one record from its first words to its last.
    text = (
        'Ketua panitia, Agus Pranoto, meminta warga tertib. "Antrean boleh panjang," '
        'tuturnya. "Tapi jangan ada yang menyerobot, karena stok cukup untuk semua."'
    )
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert [(q.speaker, q.cue) for q in direct] == [("Agus Pranoto", "tuturnya")]
    assert direct[0].text.startswith("Antrean boleh panjang")
    assert direct[0].text.endswith("cukup untuk semua.")


OFFICE_FROM_FACTION = [
    (
        '"Kami siap," ujar Ketua Banggar dari Fraksi Partai Golkar, Ratna Sari Dewi, saat rapat.',
        "Ratna Sari Dewi",
    ),
    (
        '"Anggaran harus dipangkas," kata Wakil Ketua Komisi IV dari Fraksi PDI Perjuangan, '
        "Ahmad Yani Saputra, di gedung DPR.",
        "Ahmad Yani Saputra",
    ),
    (
        '"Draf sudah kami kirim," tutur Sekretaris Baleg dari Fraksi Partai Amanat, '
        "Lukas Manuhutu.",
        "Lukas Manuhutu",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OFFICE_FROM_FACTION)
def test_office_from_faction_gives_holder(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes(text)] == [speaker]


def test_professor_from_university_keeps_name() -> None:
    text = '"Data itu keliru," kata Profesor Siti Rahayu dari Universitas Airlangga, Surabaya.'
    assert [q.speaker for q in _quotes(text)] == ["Siti Rahayu"]


DESCRIBED_AGAIN = [
    (
        "FOTO: Kepala Desa Sukamaju, Darmawan Saleh, menunjukkan sawah yang kering, Senin."
        "\n\nGARUT, Antara - Sudah dua bulan petani Desa Sukamaju tidak bisa menanam padi."
        '\n\n"Kami sudah lapor ke dinas, belum ada jawaban," kata kepala desa yang '
        "terpilih tahun lalu itu ketika dihubungi.",
        "belum ada jawaban",
        "Darmawan Saleh",
    ),
    (
        "Camat Lembang, Yusuf Firmansyah, meninjau jembatan yang putus.\n\n"
        '"Perbaikan butuh dua minggu," ujar camat yang dilantik Maret lalu tersebut.',
        "butuh dua minggu",
        "Yusuf Firmansyah",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DESCRIBED_AGAIN)
def test_office_with_relative_clause_said_again(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(_quotes(text), content) == [speaker]


def test_nickname_relative_is_not_blanked() -> None:
    from warta.nlp.quotes.after import parse_after

    who, _ = parse_after(" bupati yang akrab disapa Pak Haji itu, disambut tawa.")
    assert who is not None and who.role is not None and "disapa" in who.role


SUBHEADINGS = [
    (
        'Ketua Kadin Garut, Budi Santoso, mengatakan harga naik. "Stok kurang," katanya.'
        "\n\nKetua IDI Garut, dr. Maria Ulfa, Sp.A\n\nDokter spesialis anak itu meminta orang "
        "tua segera membawa anak ke puskesmas. Menurutnya, sebagian besar pasien datang "
        'terlambat. "Jangan tunggu demam turun," ujarnya.',
        ("pasien datang terlambat", "demam turun"),
        "Maria Ulfa",
    ),
    (
        'Kepala BPBD, Hendra Gunawan, mengatakan air mulai surut. "Pompa sudah jalan," '
        "katanya.\n\nPengamat Hidrologi Universitas Diponegoro, Dr. Siti Nurhaliza, M.T."
        "\n\nAhli tata air itu menilai tanggul kota sudah terlalu tua. "
        '"Harus dibangun ulang," ujarnya.',
        ("Harus dibangun ulang",),
        "Siti Nurhaliza",
    ),
]


@pytest.mark.parametrize(("text", "contents", "speaker"), SUBHEADINGS)
def test_subheading_names_next_speaker(text: str, contents: tuple[str, ...], speaker: str) -> None:
    quotes = _quotes(text)
    for content in contents:
        assert _speaker_of(quotes, content) == [speaker], content


def test_topical_subheading_names_nobody() -> None:
    text = (
        'Lurah Pasar Baru, Novita Kalangi, meninjau selokan. "Kami angkut besok," '
        'katanya.\n\nWarga Keluhkan Jalan Rusak\n\n"Sudah setahun begini," ujarnya.'
    )
    assert _speaker_of(_quotes(text), "setahun begini") == ["Novita Kalangi"]


@pytest.mark.parametrize(
    "text",
    [
        "PALEMBANG - Polda Sumatera Selatan mengungkap peredaran 20 kilogram ganja jaringan Aceh.",
        "Polres Jakarta Barat mengungkap kasus penipuan daring dengan 300 korban.",
        "Tim gabungan mengungkap jaringan pembalakan liar di hutan lindung Sumbawa.",
    ],
)
def test_uncovering_a_case_is_narration(text: str) -> None:
    assert _quotes(text) == ()


UNCOVERED_CLAUSES = [
    (
        "Kapolres Bogor, AKBP Dedi Kurnia, mengungkap pelaku sudah dua kali beraksi di sana.",
        "pelaku sudah dua kali",
        "Dedi Kurnia",
    ),
    (
        "Kepala BNNP Riau, Rudi Hartono, mengungkap bahwa kurir dibayar Rp10 juta.",
        "kurir dibayar",
        "Rudi Hartono",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), UNCOVERED_CLAUSES)
def test_uncovering_a_clause_is_reported(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(_quotes(text), content) == [speaker]


GROUP_STATEMENTS = [
    (
        "Ratusan petani mendatangi kantor DPRD Kabupaten Jember, Senin.\n\nDalam pernyataan "
        "sikap yang dibacakan koordinator aksi, Slamet Widodo, petani menyatakan tidak pernah "
        "menjual tanah mereka kepada perusahaan.\n\nSlamet sendiri berdiri di atas mobil "
        'komando. "Kami bertahan sampai sore," katanya.',
        {"menjual tanah": "Petani", "bertahan sampai sore": "Slamet Widodo"},
    ),
    (
        "Dalam surat terbuka yang ditandatangani ketua paguyuban, Hendra Gunawan, para "
        "pedagang menyatakan menolak relokasi ke lantai tiga.",
        {"menolak relokasi": "para pedagang"},
    ),
]


@pytest.mark.parametrize(("text", "speakers"), GROUP_STATEMENTS)
def test_group_statement_read_out_is_the_groups(text: str, speakers: dict[str, str]) -> None:
    quotes = _quotes(text)
    for content, speaker in speakers.items():
        assert _speaker_of(quotes, content) == [speaker], content


def test_reader_speaking_for_himself_keeps_his_words() -> None:
    text = "Dalam rapat itu, Budi Santoso menyatakan anggaran desa harus diaudit ulang."
    assert _speaker_of(_quotes(text), "harus diaudit") == ["Budi Santoso"]


CLAUSES_AFTER_CUES = [
    (
        "Warga Kampung Melayu, Sarinah (48), bercerita lumpur masuk ke dapurnya sejak pagi.",
        "lumpur masuk",
        "Sarinah",
    ),
    (
        "Pelatih Persib, Bojan Hodak, memastikan Ciro masuk daftar pemain untuk laga pekan depan.",
        "Ciro masuk",
        "Bojan Hodak",
    ),
    (
        "Kepala Kantor Imigrasi, Rudi Hartono, mengakui dermaga kecil di pesisir selatan "
        "masih rawan.",
        "dermaga kecil",
        "Rudi Hartono",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CLAUSES_AFTER_CUES)
def test_clause_after_weak_cue_is_reported(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(_quotes(text), content) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Petugas memastikan masuk ke lokasi hanya lewat pintu utama.",
        "Budi Santoso bercerita tentang banjir yang masuk ke rumahnya.",
    ],
)
def test_no_clause_no_report(text: str) -> None:
    assert not [q for q in _quotes(text) if q.cue in ("memastikan", "bercerita")]


THEY_AFTER_COLLECTIVE = [
    (
        "Warga juga mendesak Bupati membentuk tim khusus. Mereka menilai dinas terkait "
        "cenderung membela pemilik tambang.",
        "cenderung membela",
        "Warga",
    ),
    (
        "Pedagang pasar menolak kenaikan retribusi. Mereka menilai pengelola pasar tidak "
        "pernah memperbaiki atap yang bocor.",
        "tidak pernah memperbaiki",
        "Pedagang pasar",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), THEY_AFTER_COLLECTIVE)
def test_they_after_a_collective(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(_quotes(text), content) == [speaker]


DESCRIBED_SUBJECTS = [
    (
        "Ketua IDI Bogor, dr. Rina Marlina, Sp.PD\n\nDokter spesialis penyakit dalam itu "
        "mengingatkan orang tua agar tidak menunggu demam anak turun sendiri.",
        "tidak menunggu",
        "Rina Marlina",
    ),
    (
        "Kapolsek Cibinong, Kompol Agus Salim, memeriksa tiga saksi. Pria tersebut "
        "mengatakan pelaku masih diburu.",
        "pelaku masih diburu",
        "Agus Salim",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DESCRIBED_SUBJECTS)
def test_description_said_again_as_subject(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(_quotes(text), content) == [speaker]
