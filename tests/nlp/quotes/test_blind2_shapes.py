"""Quote shapes missed or misattributed on the second blind set (issue 17), one invented
example per class: verbs of request, appeal, promise, denial, excuse, complaint and
telling; a second predicate joined by "dan"; an addressee between subject and verb;
question-and-answer interviews; people described, not named; degrees after a name; an
office before its titled holder; a title holding a function word; a passive agent who
becomes the subject; a passive cue after a quote; a body speaking through its
spokesman; a suspect's lawyer; a body's foreign acronym; a description said again;
new verb-first stems; a name closing an appositive; a paragraph in single marks; a quote
left open that the next paragraph continues; adverbs after a body's short name; a
clause after an appositive object."""

from __future__ import annotations

import pytest

from warta.nlp.quotes.extract import extract_quotes
from warta.nlp.quotes.interviews import interview_answers


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, first three words) of each quote of ``text``."""
    return [(q.speaker, q.cue, " ".join(q.text.split()[:3])) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("sentence", "cue", "start"),
    [
        # Appeals with what is asked: an object and its verb, or a marker.
        (
            "Bupati Anwar Siregar mengimbau nelayan menunda melaut hingga gelombang reda.",
            "mengimbau",
            "nelayan menunda melaut",
        ),
        (
            "Bupati Anwar Siregar mengingatkan pengelola pasar agar tidak menaikkan sewa kios.",
            "mengingatkan",
            "pengelola pasar agar",
        ),
        (
            "Bupati Anwar Siregar meminta camat segera mendata rumah yang rusak akibat angin.",
            "meminta",
            "camat segera mendata",
        ),
        (
            "Bupati Anwar Siregar menuntut agar kontraktor memperbaiki jalan itu bulan ini.",
            "menuntut",
            "kontraktor memperbaiki jalan",
        ),
        # A promise, a denial, an excuse, a complaint, a story.
        (
            "Bupati Anwar Siregar berjanji membangun jembatan gantung sebelum musim hujan.",
            "berjanji",
            "membangun jembatan gantung",
        ),
        (
            "Bupati Anwar Siregar menampik tudingan bahwa dana bantuan dipotong oleh stafnya.",
            "menampik",
            "dana bantuan dipotong",
        ),
        (
            "Bupati Anwar Siregar berdalih anggaran perbaikan baru cair pada bulan depan.",
            "berdalih",
            "anggaran perbaikan baru",
        ),
        (
            "Bupati Anwar Siregar mengeluhkan lambatnya pencairan dana dari pemerintah pusat.",
            "mengeluhkan",
            "lambatnya pencairan dana",
        ),
        (
            "Bupati Anwar Siregar bercerita warganya sempat bermalam di gedung sekolah dua malam.",
            "bercerita",
            "warganya sempat bermalam",
        ),
    ],
)
def test_request_promise_denial_and_telling_verbs(sentence: str, cue: str, start: str) -> None:
    assert _said(sentence) == [("Anwar Siregar", cue, start)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bupati Anwar Siregar meminta maaf kepada warga atas keterlambatan bantuan itu.",
        "Bupati Anwar Siregar bercerita tentang masa kecilnya di kampung nelayan itu.",
        "Bupati Anwar Siregar berjanji kepada warga desa di tepi sungai itu.",
    ],
)
def test_a_thing_asked_or_told_is_no_quote(sentence: str) -> None:
    assert _said(sentence) == []


def test_meminta_with_a_bare_object_and_verb_is_taken() -> None:
    # Label convention of issue 17 (FQ6): a directive verb with an object and a verb
    # clause is an indirect quote, "agar/supaya" or not (dev d11 relabelled to match).
    text = "Ia meminta petugas memeriksa ulang daftar penerima bantuan itu."
    assert _said(text) == [(None, "meminta", "petugas memeriksa ulang")]


def test_second_predicate_after_dan() -> None:
    text = (
        "Wali Kota, Hendra Lubis, menyapa warga di tenda darurat dan memastikan air "
        "bersih akan tiba besok pagi."
    )
    assert _said(text) == [("Hendra Lubis", "memastikan", "air bersih akan")]


def test_addressee_between_subject_and_verb() -> None:
    text = (
        "Seusai pertemuan, Rahmat Hidayat kepada awak media mengatakan timnya akan "
        "mengajukan banding pekan depan."
    )
    assert _said(text) == [("Rahmat Hidayat", "mengatakan", "timnya akan mengajukan")]


def test_lettered_interview_answers_go_to_the_interviewee() -> None:
    text = (
        "Di sela kunjungan ke Lewa, kami mewawancarai dokter puskesmas setempat, "
        "Markus Umbu Ndapa.\n\n"
        "T: Apa kendala terbesar di sini?\n"
        "J: Jalan menuju desa terpencil rusak parah saat musim hujan.\n\n"
        "T: Bagaimana dengan tenaga medis?\n"
        "J: Kami hanya punya dua bidan untuk tujuh desa."
    )
    assert _said(text) == [
        ("Markus Umbu Ndapa", "J:", "Jalan menuju desa"),
        ("Markus Umbu Ndapa", "J:", "Kami hanya punya"),
    ]


def test_named_interview_answers_go_to_their_label() -> None:
    text = (
        "Berikut wawancara Niaga Kita dengan perintis kedai kopi di Garut.\n\n"
        "Niaga Kita: Mengapa memilih kopi lokal?\n\n"
        "Larasati Pramesti: Petani kopi di sini belum mendapat harga yang adil.\n\n"
        "Niaga Kita: Kapan membuka cabang baru?\n\n"
        "Larasati Pramesti: Tahun depan, kalau modalnya sudah cukup."
    )
    assert [q[0] for q in _said(text)] == ["Larasati Pramesti", "Larasati Pramesti"]


def test_a_note_line_is_no_interview() -> None:
    text = "Catatan: data diperbarui setiap pekan.\n\nSumber: Dinas Kesehatan setempat."
    assert interview_answers(text) == []


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Para pedagang", "Para pedagang"),
        ("Seorang warga lain", "Seorang warga lain"),
        ("Di posko pengungsian, para pengungsi", "para pengungsi"),
        ("Adapun diplomat Brasil yang tak mau disebut namanya", "diplomat Brasil"),
    ],
)
def test_people_described_speak(subject: str, speaker: str) -> None:
    text = f"{subject} mengatakan harga sewa lapak sudah terlalu tinggi sejak tahun lalu."
    assert _said(text)[0][0] == speaker


def test_a_description_said_again_points_back() -> None:
    text = (
        'Seorang nelayan tua mengaku perahunya rusak berat. "Mesin dan jaringnya hilang '
        'semua," tutur pria yang sudah melaut sejak remaja itu.'
    )
    assert [q[0] for q in _said(text)] == ["Seorang nelayan tua", "Seorang nelayan tua"]


@pytest.mark.parametrize("degree", ["MPH", "Sp.PD", "S.H.", "M.Si"])
def test_degree_after_the_name(degree: str) -> None:
    text = (
        f"Juru bicara rumah sakit, dr. Wulan Sari, {degree}, mengatakan stok darah di "
        "rumah sakit mulai menipis."
    )
    assert _said(text)[0][0] == "Wulan Sari"


def test_office_then_its_titled_holder() -> None:
    text = (
        "Kasat Reskrim Polres Tapin, AKP Bonar Situmorang, menerangkan bahwa pelaku "
        "sudah mengintai rumah korban sejak sepekan."
    )
    assert _said(text)[0][0] == "Bonar Situmorang"


def test_title_with_a_function_word() -> None:
    text = "Menteri Dalam Negeri Arya Wiratama meminta camat segera mendata warga terdampak."
    assert _said(text)[0][0] == "Arya Wiratama"


def test_sentence_adverb_before_the_appositive() -> None:
    text = (
        "Senada, peneliti pangan Universitas Andalas, Lestari Wulandari, menilai harga "
        "beras bakal turun pada panen raya."
    )
    assert _said(text)[0][0] == "Lestari Wulandari"


@pytest.mark.parametrize(
    "passive",
    [
        "Klaim itu ditepis Rudi Hartono.",
        "Pendapat lain diutarakan oleh Direktur Jenderal Pajak, Rudi Hartono.",
    ],
)
def test_passive_agent_becomes_the_antecedent(passive: str) -> None:
    text = (
        "Menteri Keuangan Sri Handayani mengatakan penerimaan pajak naik tahun ini. "
        f"{passive} Menurut dia, penerimaan pajak justru turun pada kuartal ketiga."
    )
    assert [q[0] for q in _said(text)] == ["Sri Handayani", "Rudi Hartono"]


def test_passive_cue_after_a_quote() -> None:
    text = (
        "Gubernur Bank Sentral Joko Pranoto mengatakan rupiah masih tertekan sepekan ini. "
        '"Kami siap menjaga rupiah kapan pun," demikian disampaikan Deputi Gubernur, '
        "Rina Kartika, dalam keterangan tertulis."
    )
    assert _said(text)[-1][:2] == ("Rina Kartika", "disampaikan")


def test_body_speaking_through_its_spokesman() -> None:
    text = (
        "Kementerian Luar Negeri Jepang, melalui juru bicaranya Kenji Watanabe, menanggapi "
        "bahwa Tokyo menolak klaim sepihak atas pulau itu."
    )
    assert _said(text)[0][0] == "Kenji Watanabe"


def test_lawyer_of_a_suspect_by_initials() -> None:
    text = (
        "Menurut kuasa hukum RK, kliennya hanya menjalankan perintah atasannya. "
        '"Ia bukan otak dari perkara ini," katanya.'
    )
    assert [q[0] for q in _said(text)] == ["kuasa hukum RK", "kuasa hukum RK"]


def test_foreign_acronym_of_a_body() -> None:
    text = (
        "Organisasi Pangan Dunia (FAO) menyebut stok benih di gudang regional cukup "
        "untuk dua musim tanam."
    )
    assert _said(text)[0][0] == "FAO"


@pytest.mark.parametrize("stem", ["seloroh", "kelakar", "keluh", "sergah", "dalih"])
def test_verb_first_stems_of_joking_and_complaining(stem: str) -> None:
    text = f'"Kami siap bekerja sama dengan siapa saja," {stem} Haris Munandar di kantornya.'
    assert _said(text) == [("Haris Munandar", stem, "Kami siap bekerja")]


def test_name_closing_an_appositive_is_the_antecedent() -> None:
    text = (
        'Ketua panitia Rina Lestari mengatakan peserta naik. "Rutenya bagus," kata Rina.\n\n'
        "Pemenang lomba lari 10K, atlet asal Etiopia, Haile Bekele Tesfaye, tiba di garis "
        'akhir lebih dulu. "The route was hard," tuturnya.'
    )
    assert [q[0] for q in _said(text)][-1] == "Haile Bekele Tesfaye"


def test_paragraph_quoted_in_single_marks() -> None:
    text = (
        "Kapten tim, Yoga Pratama, mengaku puas dengan hasil imbang itu.\n\n"
        "'Kami tidak datang untuk bertahan. Kami ingin menang,' tambahnya."
    )
    assert _said(text)[-1] == ("Yoga Pratama", "tambahnya", "Kami tidak datang")


def test_apostrophes_inside_words_are_no_quote_marks() -> None:
    text = "Syafi'i dan Ma'ruf tiba di masjid pada hari Jum'at pagi."
    assert _said(text) == []


def test_open_quote_takes_the_speaker_of_its_continuation() -> None:
    text = (
        "Perajin tenun Ni Luh Sekarini menunjukkan kain songket buatannya.\n\n"
        '"Motif ini saya pelajari dari nenek sejak kecil.\n\n'
        '"Setiap helai butuh waktu sebulan," lanjut Sekarini.'
    )
    # One quotation over two paragraphs (the blind22q convention): one quote, its cue the
    # one closing it.
    quotes = extract_quotes(text)
    assert [(q.speaker, q.text.split()[0], q.cue) for q in quotes] == [
        ("Ni Luh Sekarini", "Motif", "lanjut"),
    ]
    assert quotes[0].text.endswith("butuh waktu sebulan")


def test_open_quote_without_a_speaker_or_continuation_is_dropped() -> None:
    text = "Pasar sepi sejak pagi.\n\n" + '"Hari ini belum ada pembeli sama sekali di kios kami.'
    assert extract_quotes(text) == ()


def test_adverbs_between_a_body_and_its_verb() -> None:
    text = (
        "Dewan Pers Nasional (DPN) sebelumnya telah menegaskan bahwa liputan itu tidak "
        "melanggar kode etik jurnalistik."
    )
    assert _said(text)[0][:2] == ("DPN", "menegaskan")


def test_appeal_to_stay_calm() -> None:
    text = (
        "Bupati Anwar Siregar meninjau pos pendakian. Ia mengimbau para pendaki "
        "tetap berada di jalur resmi selama musim hujan."
    )
    assert _said(text) == [("Anwar Siregar", "mengimbau", "para pendaki tetap")]


def test_clause_after_an_appositive_object() -> None:
    text = (
        "Manajer tim Rudi Hartono memastikan penyerang mereka, Yosua Manurung, akan "
        "kembali bermain pekan depan."
    )
    assert _said(text) == [("Rudi Hartono", "memastikan", "penyerang mereka, Yosua")]


def test_ranked_name_then_office_keeps_the_name() -> None:
    text = (
        "AKP Dimas Saputra, Kapolsek Cibeunying, mengatakan pelaku ditangkap di rumah "
        "kerabatnya pada Senin malam."
    )
    assert _said(text)[0][0] == "Dimas Saputra"


def test_adverb_then_pronoun_subject() -> None:
    text = (
        'Bupati Anwar Siregar meresmikan pasar baru. "Pasar ini milik warga," kata Anwar. '
        "Karenanya, dia berharap para pedagang lama bisa kembali berjualan di sana."
    )
    assert [q[0] for q in _said(text)] == ["Anwar Siregar", "Anwar Siregar"]


def test_minister_short_form_is_a_title() -> None:
    text = "Menpora Gilang Ramadhan mengatakan pelatnas akan dimulai bulan depan di Cibubur."
    assert _said(text)[0][0] == "Gilang Ramadhan"


def test_roman_numeral_after_a_title() -> None:
    text = (
        "Kasubdit II Ditreskrimum Polda Jambi AKBP Rudi Hartono mengatakan tersangka "
        "sudah ditahan sejak pekan lalu."
    )
    assert _said(text)[0][0] == "Rudi Hartono"


def test_a_body_described_again_speaks_for_itself() -> None:
    text = (
        "Kantor berita Nusa Pers melaporkan gangguan pada situsnya. "
        '"Ada upaya meretas sistem kami," kata seorang karyawan senior. '
        "Melalui akun resminya, kantor berita ini mengatakan bahwa layanan sudah pulih kembali."
    )
    assert _said(text)[-1][0] == "Nusa Pers"


@pytest.mark.parametrize(
    "sentence",
    [
        "Festival itu dipromotori oleh Rina Kartika Dewi dan digelar tiga hari.",
        "Konser yang dipromotori oleh Rina Kartika Dewi itu digelar tiga hari.",
        "Karya ketiganya dinamakan Rina Kartika Dewi, sesuai nama ibunya.",
    ],
)
def test_no_passive_agent_outside_a_closing_main_clause(sentence: str) -> None:
    text = (
        "Menteri Keuangan Sri Handayani mengatakan penerimaan pajak naik tahun ini. "
        f"{sentence} Menurut dia, penerimaan pajak justru turun pada kuartal ketiga."
    )
    assert [q[0] for q in _said(text)] == ["Sri Handayani", "Sri Handayani"]
