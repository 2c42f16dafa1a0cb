"""Quote shapes missed or misattributed on the blind7q set (national politics, wires,
markets, courts, religion and sport, issue 17), several invented examples per class
(other names, places and outlets than the set's).

The quotes are taken as a build takes them: the shipped tagger's mentions, resolved
within the article, then :func:`~warta.nlp.quotes.extract.extract_quotes`.
"""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.quotes.extract import extract_quotes


def _built(text: str) -> list[tuple[str | None, str]]:
    """(speaker, first three words) of each quote of ``text``, as a build finds them."""
    mentions, _ = resolve_article(text, find_mentions(text))
    return [(q.speaker, " ".join(q.text.split()[:3])) for q in extract_quotes(text, mentions)]


def _speaker_of(text: str, opening: str) -> str | None:
    """The speaker of the quote of ``text`` starting with ``opening`` (fails if none)."""
    found = [s for s, words in _built(text) if words.startswith(opening)]
    assert found, _built(text)
    return found[0]


# --- an office of a body, then its holder between commas, after the quote -------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Para pelaku pasar menunggu rilis neraca dagang.\n\n"
            '"Surplus bisa menyempit kalau harga batu bara terus turun," ujar kepala ekonom '
            "Mizuho Research, Kenji Tanaka, kepada Bloomberg.",
            "Surplus bisa menyempit",
            "Kenji Tanaka",
        ),
        (
            "Pasar obligasi bergejolak sepanjang pekan.\n\n"
            '"Investor asing masih menahan diri," kata analis senior Mandala Sekuritas, '
            "Dewi Puspitasari, di Jakarta.",
            "Investor asing masih",
            "Dewi Puspitasari",
        ),
        (
            "Badan Wakaf Nasional (BWN) menyambut baik aturan baru itu. "
            '"Aplikasi wakaf uang kami perbarui sebelum Lebaran," ujar Direktur BWN '
            "Bidang Penyaluran, Ahmad Syarif Lubis.",
            "Aplikasi wakaf uang",
            "Ahmad Syarif Lubis",
        ),
        (
            "Wisuda hafiz digelar di Pondok Pesantren Nurul Huda Sumenep, Sabtu malam.\n\n"
            '"Hafalan itu amanah yang harus dijaga seumur hidup," tutur Pengasuh Pondok '
            "Pesantren Nurul Huda Sumenep, KH Zainal Arifin, dalam tausiahnya.",
            "Hafalan itu amanah",
            "Zainal Arifin",
        ),
    ],
)
def test_office_of_a_body_then_its_holder(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


# --- a sentence-opening passive cue, an office and its holder ------------------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Rektor Universitas Tadulako, Budi Santoso, meresmikan gedung baru.\n\n"
            "Ditegaskan Wakil Rektor Bidang Akademik, Rina Marlina, kuliah tatap muka "
            "dimulai kembali pekan depan.",
            "kuliah tatap muka",
            "Rina Marlina",
        ),
        (
            "Ketua Umum Partai Karya Rakyat, Hendra Wijaya, membuka musyawarah nasional.\n\n"
            "Diakui Sekretaris Jenderal Partai Karya Rakyat, Yusuf Maulana, iuran anggota "
            "belum cukup membiayai kampanye.",
            "iuran anggota belum",
            "Yusuf Maulana",
        ),
        (
            "Wakil Ketua Majelis Adat Aceh, Teuku Ridwan, menghadiri kenduri laut di "
            "Lhokseumawe. Diakui Ridwan, banyak nelayan muda kini tidak lagi mengenal "
            "pantangan melaut.",
            "banyak nelayan muda",
            "Teuku Ridwan",
        ),
        (
            "Pelatih kepala Persiba, Agus Salim, memuji lini belakang timnya. Diakui "
            "Agus, para pemain sempat kehilangan fokus di babak kedua.",
            "para pemain sempat",
            "Agus Salim",
        ),
    ],
)
def test_leading_passive_then_holder(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


def test_diakui_atau_tidak_is_no_cue() -> None:
    text = "Diakui atau tidak, harga beras naik tajam sepanjang bulan ini di banyak pasar."
    assert _built(text) == []


# --- a person described again by origin; an age between commas ----------------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            '"Anak-anak belum terbiasa dengan lapangan sintetis," kata pelatih tim '
            "nasional, Carlos Mendez, di Bangkok.\n\n"
            "Pria asal Rosario, Argentina, itu menyebut pemusatan latihan akan dipindah ke Bali.",
            "pemusatan latihan akan",
            "Carlos Mendez",
        ),
        (
            '"Kami akan bangkit di laga berikutnya," ujar pelatih Arema, Paulo Ferreira.\n\n'
            "Pelatih asal Porto, Portugal, itu menyebut lini tengahnya kalah cepat dan "
            "kurang disiplin.",
            "lini tengahnya kalah",
            "Paulo Ferreira",
        ),
        (
            "Jaksa penuntut umum, Ni Luh Sari, membacakan dakwaan penipuan arisan.\n\n"
            'Pelapor, Suminah Wati, 70, datang bersama cucunya. "Uang pensiun saya habis '
            'semua," tutur perempuan asal Lamongan itu.',
            "Uang pensiun saya",
            "Suminah Wati",
        ),
        (
            '"Pembangunan jalan sudah selesai," kata Kepala Dinas PU, Bambang Irawan.\n\n'
            "Seorang warga, Darmaji Sutrisno, 58, ikut menonton peresmian jalan itu. "
            '"Dulu kami harus memutar dua jam," kata pria asal Grobogan itu.',
            "Dulu kami harus",
            "Darmaji Sutrisno",
        ),
    ],
)
def test_described_again_by_origin(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


# --- "akunya": the verb-first cue of "mengaku" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            '"Jadwal kereta cepat tidak berubah," kata Direktur Utama KAI Joko Prasetyo.\n\n'
            "Menteri Perhubungan Andi Saputra, yang pekan ini mengunjungi Stasiun Tegalluar, "
            'tampak lelah. "Saya belum tidur sejak kemarin," akunya.',
            "Saya belum tidur",
            "Andi Saputra",
        ),
        (
            "Pebulu tangkis muda Sinta Maharani tersenyum lebar seusai laga.\n\n"
            '"Saya sendiri tidak menyangka bisa menang," akunya kepada wartawan.',
            "Saya sendiri tidak",
            "Sinta Maharani",
        ),
    ],
)
def test_akunya(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


def test_aku_alone_is_the_pronoun() -> None:
    text = '"Kamu harus pulang sekarang," aku berteriak kepada adikku dari seberang jalan.'
    assert all(speaker is None for speaker, _ in _built(text))


# --- verbs of signalling, setting out, calling on, advice, promise and assurance ------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Gubernur Bank Sentral Filipina Eli Remolona mengisyaratkan batas kredit "
            "perumahan bisa dilonggarkan tahun depan.",
            "batas kredit perumahan",
            "Eli Remolona",
        ),
        (
            "Menteri Energi Chile, Laura Vidal, mengisyaratkan harga listrik industri "
            "akan naik tahun depan.",
            "harga listrik industri",
            "Laura Vidal",
        ),
        (
            "Kuasa hukum penggugat, Rudy Pangaribuan, dalam repliknya menguraikan bahwa "
            "sertifikat tanah itu terbit sebelum sengketa muncul.",
            "sertifikat tanah itu",
            "Rudy Pangaribuan",
        ),
        (
            "Kementerian Luar Negeri Jepang menyerukan warganya meninggalkan kota itu "
            "lewat jalur darat.",
            "warganya meninggalkan kota",
            "Kementerian Luar Negeri Jepang",
        ),
        (
            "Uskup Agung Makassar, Yohanes Lelo, menyerukan umat agar tidak "
            "terpancing kabar bohong menjelang pilkada.",
            "umat agar tidak",
            "Yohanes Lelo",
        ),
        (
            "Tampil sebagai penceramah, Ketua PWNU Jawa Tengah, KH Ubaidillah Shodaqoh. "
            "Dalam ceramahnya, ia berpesan agar para santri rajin menabung sejak dini.",
            "para santri rajin",
            "Ubaidillah Shodaqoh",
        ),
        (
            "Presiden Meksiko Ana Torres mengunjungi korban gempa di Oaxaca. Ia berjanji "
            "tentara akan menjaga jalur bantuan selama masa tanggap darurat.",
            "tentara akan menjaga",
            "Ana Torres",
        ),
        (
            "Ketua Federasi Voli, Hendra Lim, memastikan laga Proliga di Malang dipindahkan "
            "ke Surabaya.",
            "laga Proliga di",
            "Hendra Lim",
        ),
    ],
)
def test_reporting_verbs(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Pendidikan Kota Malang, Arif Budiman, menyampaikan duka cita mendalam.",
        "Hakim anggota Ratna Dewi menyampaikan pendapat berbeda dalam putusan itu.",
        "Wali Kota Bogor Dedie Rachim berpesan kepada anaknya sebelum berangkat.",
        "Pelatih Persik, Joko Susilo, berpesan kepada para pemain muda sebelum bertanding.",
        "Pemain sayap itu memastikan kemenangan timnya lewat gol di menit akhir.",
    ],
)
def test_noun_objects_stay_narration(text: str) -> None:
    assert _built(text) == []


# --- "sang"/"si" and a lower-case noun: a person named before ------------------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Menteri Sosial Hasan Basri meninjau dapur umum di Cianjur. Hasan memuji para "
            "relawan. Sang menteri berjanji menambah pasokan selimut bagi pengungsi lansia.",
            "menambah pasokan selimut",
            "Hasan Basri",
        ),
        (
            '"Kami sudah berlatih di angin kencang," kata Dito Pratama, sang kakak.\n\n'
            "Dimas Pratama, adik Dito yang juga pelaut, sempat tercebur di putaran kedua. "
            '"Perahu saya terbalik, tapi saya cepat naik lagi," ujar si bungsu.',
            "Perahu saya terbalik",
            "Dimas Pratama",
        ),
        (
            "Juara dunia tinju kelas bulu, Rey Manalo, tiba di Manado kemarin. "
            '"Saya ingin bertanding di depan publik sendiri," kata sang juara.',
            "Saya ingin bertanding",
            "Rey Manalo",
        ),
    ],
)
def test_sang_si_described(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


# --- associations and alliances by their full name and bracketed short name ---------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Gabungan Pengusaha Ekspor Kopi Indonesia (Gapeki) memperkirakan ekspor kopi "
            "tahun ini turun 7% akibat kemarau panjang.",
            "ekspor kopi tahun",
            ("Gapeki", "Gabungan Pengusaha Ekspor Kopi Indonesia"),
        ),
        (
            "Himpunan Pengusaha Muda Daerah (HPMD) menilai aturan baru itu memberatkan "
            "usaha kecil di daerah.",
            "aturan baru itu",
            ("HPMD", "Himpunan Pengusaha Muda Daerah"),
        ),
        (
            "Aliansi Pedagang Pasar Tradisional (APPT) mengatakan omzet anggotanya turun "
            "separuh sejak pasar modern dibuka.",
            "omzet anggotanya turun",
            ("APPT", "Aliansi Pedagang Pasar Tradisional"),
        ),
    ],
)
def test_association_by_its_short_name(text: str, opening: str, speaker: tuple[str, str]) -> None:
    """The body speaks (by its short name or the full name the article resolves it to)."""
    assert _speaker_of(text, opening) in speaker


# --- a time between the subject and its verb ----------------------------------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Gubernur Bank Sentral Korea Lee Chang-ho pekan lalu mengisyaratkan aturan "
            "kripto akan diperketat.",
            "aturan kripto akan",
            "Lee Chang-ho",
        ),
        (
            "Menteri Perdagangan Rudi Hartawan bulan lalu mengatakan impor gula akan "
            "dibatasi hingga panen raya.",
            "impor gula akan",
            "Rudi Hartawan",
        ),
        (
            "Kepala Badan Meteorologi, Siti Nurhaliza, kemarin menjelaskan bahwa gelombang "
            "tinggi diperkirakan melanda selatan Jawa hingga Minggu.",
            "gelombang tinggi diperkirakan",
            "Siti Nurhaliza",
        ),
    ],
)
def test_time_between_subject_and_verb(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


# --- the agent of a passive, then a time, is the next sentence's subject -------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            '"Lapangan licin, kami sulit membangun serangan," kata pelatih Persik, Joko Susilo.\n\n'
            "Satu-satunya penalti laga itu dieksekusi Yohanes Pigai pada babak kedua. Pemain "
            "berusia 20 tahun itu mengaku kakinya sempat gemetar sebelum menendang.",
            "kakinya sempat gemetar",
            "Yohanes Pigai",
        ),
        (
            '"Kami kurang beruntung," ujar manajer tim, Hendra Wijaya.\n\n'
            "Satu-satunya gol tim tamu dicetak Rizky Ramadhan pada babak kedua. Ia "
            "mengatakan timnya akan bangkit di laga kandang pekan depan.",
            "timnya akan bangkit",
            "Rizky Ramadhan",
        ),
    ],
)
def test_passive_agent_then_time(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


# --- a listed company's disclosure or public exposé between subject and verb --------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "PT Sinar Baja Tbk (SBAJ) membuka pabrik baru di Cilegon. Manajemen SBAJ "
            "dalam keterbukaan informasi kepada bursa menjelaskan, pabrik itu menyerap "
            "1.200 pekerja.",
            "pabrik itu menyerap",
            ("SBAJ", "PT Sinar Baja Tbk", "Manajemen SBAJ"),
        ),
        (
            "Direktur Utama PT Karya Pangan Tbk, Budi Santoso, dalam paparan publik "
            "mengatakan perseroan akan membuka tiga pabrik baru tahun depan.",
            "perseroan akan membuka",
            ("Budi Santoso",),
        ),
    ],
)
def test_disclosure_channel(text: str, opening: str, speaker: tuple[str, ...]) -> None:
    assert _speaker_of(text, opening) in speaker


# --- an outcome verb after a weak verb of admitting makes a clause ------------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Pegulat Jepang, Kenta Sato, mengakui pasangan Iran itu tampil jauh lebih kuat "
            "di ronde akhir.",
            "pasangan Iran itu",
            "Kenta Sato",
        ),
        (
            "Pelatih PSIS, Gilang Ramadhan, mengakui timnya kalah dalam duel udara "
            "sepanjang babak kedua.",
            "timnya kalah dalam",
            "Gilang Ramadhan",
        ),
        (
            "Ketua tim pemenangan, Sri Wahyuni, mengakui calonnya gagal meraih suara di "
            "wilayah pesisir.",
            "calonnya gagal meraih",
            "Sri Wahyuni",
        ),
    ],
)
def test_outcome_after_admission(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


def test_admitted_defeat_as_noun_stays_narration() -> None:
    text = "Pelatih Persita, Andre Gunawan, mengakui kekalahan timnya dengan lapang dada."
    assert _built(text) == []


# --- a data source is no speaker ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Data Kementerian Pertanian mencatat produksi jagung Gorontalo 1,2 juta ton "
        "sepanjang musim tanam pertama.",
        "Data Badan Pusat Statistik menunjukkan angka pengangguran di kota itu turun "
        "menjadi 5 persen.",
        "Harga emas dunia naik tipis ke level tertinggi dalam sebulan pada Jumat sore, "
        "menurut data Bloomberg.",
        "Menurut data Bank Dunia, jumlah penduduk miskin di kawasan itu turun sepanjang "
        "dekade terakhir.",
    ],
)
def test_data_source_is_no_speaker(text: str) -> None:
    assert _built(text) == []


def test_body_reporting_data_still_speaks() -> None:
    text = (
        "Badan Pusat Statistik (BPS) mencatat inflasi tahunan November mencapai 2,4 persen, "
        "lebih rendah dari bulan sebelumnya."
    )
    assert _speaker_of(text, "inflasi tahunan November") in ("BPS", "Badan Pusat Statistik")


# --- a minister's short form after the full title and the holder --------------------


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Menteri Sekretaris Negara, Joko Prasetyo, memimpin upacara di Istana. "
            '"Semua menteri wajib hadir," ujar Joko.\n\n'
            "Mensesneg mengatakan upacara tahun depan akan digelar di Nusantara.",
            "upacara tahun depan",
            "Joko Prasetyo",
        ),
        (
            "Menteri Kesehatan Rina Kartika meninjau rumah sakit darurat di Palu.\n\n"
            "Menkes mengatakan stok obat untuk pengungsi cukup hingga akhir bulan.",
            "stok obat untuk",
            "Rina Kartika",
        ),
    ],
)
def test_minister_short_form_is_the_holder(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


def test_minister_short_form_without_holder_speaks_as_office() -> None:
    text = "Menpora mengatakan persiapan tim nasional untuk SEA Games sudah rampung."
    assert _speaker_of(text, "persiapan tim nasional") == "Menpora"


# --- a party of a case in lower case alone: the person introduced with that noun ----


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Sidang kasus suap proyek jalan dengan terdakwa Bupati Sikka, Andreas Moa, "
            'kembali digelar. "Proyek itu saya serahkan ke dinas," kata Andreas.\n\n'
            "Jaksa KPK, Rudi Hartono, lalu memutar rekaman telepon terdakwa dengan "
            "seorang kontraktor, Budi Sanjaya. Di rekaman itu, terdakwa berkata, "
            '"Amplopnya taruh di mobil sopir saya."',
            "Amplopnya taruh di",
            "Andreas Moa",
        ),
        (
            "Polisi memeriksa tersangka mantan Kepala Desa, Yohanes Bria, di Atambua. "
            "Penyidik, Kompol Antonius Seran, mengatakan berkas perkara segera dikirim.\n\n"
            "Di hadapan penyidik, tersangka mengaku dana desa dipakai untuk membayar utang.",
            "dana desa dipakai",
            "Yohanes Bria",
        ),
    ],
)
def test_case_party_in_lower_case(text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker
