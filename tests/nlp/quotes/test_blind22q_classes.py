"""Quote classes found on blind21q and blind22q (issue 17), each on invented paragraphs.

* A quote printed whole on its own, credited by the page's layout: a dash line under it
  ("— Budi (40), pedagang", vox pops, pull quotes) or a label line over its paragraph
  ("Budi Santoso, Ketua X:", round-ups of reactions); no cue word at all.
* An office and its holder glued with no comma (wire style: "Kepala Desa X Budi
  mengatakan"): the person the tagger found closing the phrase is the holder; so is the
  tagger's person between commas whose name has a word the parser takes for a common
  one.
* An office's field written as a ke-/pe(r)-...-an noun ("Menteri Kebudayaan Budi") is no
  part of the holder's name.
* Words re-enacted ("ujar X menirukan ucapan penagih") are the imitated person's; when
  the narration points back to the re-enactor himself, the noun as written speaks.
* A quotation running over paragraphs (no closing mark, the next paragraph opening with
  one) is one quote, with the cue that closes it.
* An instruction ("menginstruksikan") and an addressee placed by "di" before the act
  ("meminta lurah di tiga kelurahan itu mendata ...", "seluruh OPD di ...") report what
  is asked.
* A name with an abbreviated part ("Andi Muh. Rizal") stays whole where the tagger cut it
  at the full stop.
* Documents: one named again by its acronym ("Menurut LHA itu") speaks for its author; a
  signed letter's words ("Dalam surat yang diteken X, Budi, tertulis: ...") are the
  signer's.
* Narration: a law's title ("dijerat Undang-Undang X") is no antecedent; the subject
  after a fronted clause of time ("Seusai membacakan sambutan, Budi ...") and a person
  identified with "adalah" are who "Ia"/"Menurut dia" point to next; a person described
  before anyone is named ("kata pria itu") is the one the next sentence names
  ("Namanya Budi").
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, first three words) of each quote."""
    return [(q.speaker, q.cue, " ".join(q.text.split()[:3])) for q in _quotes(text)]


# -- quotes the layout credits --


def test_dash_line_under_a_quote_credits_it() -> None:
    text = (
        '"Harga cabai naik terus, kami bingung mau jual berapa."\n'
        "— Darmini (52), pedagang sayur di Pasar Legi\n\n"
        '"Pembeli sepi sejak pagi, biasanya jam segini sudah ramai."\n'
        "— Sugiyanto (47), pedagang ayam"
    )
    assert _said(text) == [
        ("Darmini", "—", "Harga cabai naik"),
        ("Sugiyanto", "—", "Pembeli sepi sejak"),
    ]


def test_label_line_over_a_quote_paragraph_credits_it() -> None:
    text = (
        "Pemerintah menaikkan tarif air mulai bulan depan. Berikut tanggapan sejumlah "
        "pihak.\n\nRatih Purnamasari, Ketua Forum Pelanggan Air Kota Kendari:\n\n"
        '"Kami minta kenaikan ditunda sampai pasokan normal."'
    )
    ((speaker, cue, words),) = _said(text)
    assert (speaker, words) == ("Ratih Purnamasari", "Kami minta kenaikan")
    assert cue is not None and cue.endswith(":")


@pytest.mark.parametrize(
    "text",
    [
        'Baca juga:\n\n"Kami tidak pernah menerima pemberitahuan apa pun dari dinas."',
        '"Kami tidak pernah menerima pemberitahuan apa pun dari dinas."\n— Reporter: Budi',
        '"Kami tidak pernah menerima pemberitahuan apa pun dari dinas."\n- Kompas',
    ],
)
def test_lines_that_do_not_say_who_credit_nothing(text: str) -> None:
    assert all(q.cue not in ("—", "Baca juga:") for q in _quotes(text))


def test_label_line_over_narration_credits_nothing() -> None:
    text = (
        "Ratih Purnamasari, Ketua Forum Pelanggan Air:\n\n"
        "Forum itu menggelar rapat pada Senin pagi di balai kota."
    )
    assert _said(text) == []


# -- offices glued to their holders --


def test_office_glued_to_holder_after_another_speaker() -> None:
    text = (
        "Banjir merendam dua dusun sejak Selasa malam.\n\nKepala Pelaksana BPBD Purworejo "
        "Tri Handoko mengatakan air mulai surut.\n\nKepala Desa Karanggedang Supriyono "
        "mengatakan warga sudah mengungsi ke balai desa sejak sore."
    )
    assert [q.speaker for q in _quotes(text)] == ["Tri Handoko", "Supriyono"]


def test_holder_with_a_common_word_in_his_name_between_commas() -> None:
    text = (
        "Kuasa hukum korban, Markus Nahak Mau, memastikan kliennya akan melapor ke "
        "polisi pekan depan."
    )
    assert _said(text) == [("Markus Nahak Mau", "memastikan", "kliennya akan melapor")]


def test_field_noun_of_an_office_is_no_part_of_the_name() -> None:
    text = "Menteri Kebudayaan Sutrisno menyebut museum daerah akan mendapat tambahan dana."
    assert [q.speaker for q in _quotes(text)] == ["Sutrisno"]


def test_abbreviated_name_part_stays_in_the_name() -> None:
    text = (
        "Seorang penumpang, pegawai swasta bernama Andi Muh. Rizal (29), mengaku "
        'dompetnya hilang di bus. "Saya baru sadar di kantor," ucapnya.'
    )
    assert [q.speaker for q in _quotes(text)] == ["Andi Muh. Rizal", "Andi Muh. Rizal"]


# -- words re-enacted, quotations over paragraphs --


def test_words_reenacted_of_a_described_person_are_not_the_reenactors() -> None:
    text = (
        'Rina mengaku sering diteror lewat telepon. "Bayar hari ini atau kami datang ke '
        'kantormu," ujar Rina menirukan ucapan penagih itu. Ia berharap polisi segera '
        "bertindak."
    )
    assert [q.speaker for q in _quotes(text)] == ["Rina", "penagih", "Rina"]


def test_quotation_over_two_paragraphs_is_one_quote() -> None:
    text = (
        "Petani itu, Sukardi, menunjukkan sawahnya yang kering.\n\n"
        '"Sudah dua bulan tidak ada hujan sama sekali di desa ini.\n\n'
        '"Kalau begini terus, kami tidak bisa tanam padi lagi," katanya.'
    )
    (quote,) = _quotes(text)
    assert (quote.speaker, quote.cue, quote.kind) == ("Sukardi", "katanya", "direct")
    assert quote.text.startswith("Sudah dua bulan") and quote.text.endswith("padi lagi")


def test_quotes_of_two_speakers_in_turn_stay_apart() -> None:
    text = (
        '"Pasokan beras aman sampai akhir tahun," kata Budi Santoso.\n\n'
        '"Kami tetap memantau harga di pasar," kata Siti Rahayu.'
    )
    assert [q.speaker for q in _quotes(text)] == ["Budi Santoso", "Siti Rahayu"]


# -- directives --


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Bupati Harjono juga menginstruksikan lurah di tiga kelurahan itu mendata warga "
            "yang rumahnya rusak.",
            "lurah di tiga",
        ),
        (
            "Gubernur Santoso meminta camat di wilayah pesisir menyiapkan tempat pengungsian "
            "sebelum puncak musim hujan.",
            "camat di wilayah",
        ),
        # The addressee's second word a body's abbreviation.
        (
            "Wali Kota Wijaya meminta seluruh OPD di lingkungan pemkot menyusun ulang "
            "anggaran perjalanan dinas.",
            "seluruh OPD di",
        ),
    ],
)
def test_directive_with_an_addressee_placed_by_di(text: str, start: str) -> None:
    ((_, _, words),) = _said(text)
    assert words == start


def test_order_given_is_narration() -> None:
    text = "Presiden Haryono memerintahkan militer mengerahkan kapal untuk mengirim bantuan."
    assert _said(text) == []


# -- documents --


def test_document_named_by_its_acronym_speaks_for_its_author() -> None:
    text = (
        "Catatan tersebut termuat di Laporan Hasil Audit (LHA) Inspektorat yang diterima "
        'wartawan. "Sebagian dana tidak dapat dipertanggungjawabkan," tulis Inspektorat '
        "dalam laporan itu.\n\nMenurut LHA itu, pengadaan bibit tidak melalui lelang karena "
        "waktunya dianggap mendesak."
    )
    assert _said(text)[-1] == ("Inspektorat", "menurut", "pengadaan bibit tidak")


def test_signed_letter_is_its_signers_words() -> None:
    text = (
        "Dinas menerbitkan surat edaran untuk semua sekolah. Dalam surat yang diteken "
        "Kepala Dinas Pendidikan Kota Bima, Ahmad Fauzan, tertulis: \"Sekolah dilarang "
        'memungut biaya apa pun dari orang tua murid."'
    )
    assert _said(text) == [("Ahmad Fauzan", "tertulis", "Sekolah dilarang memungut")]


# -- who the narration is about --


def test_law_title_is_no_antecedent() -> None:
    text = (
        "Kapolres Sleman AKBP Yuswanto Ardi menjelaskan dua tersangka sudah ditahan. "
        "Keduanya dijerat Undang-Undang Perlindungan Anak.\n\n"
        '"Kami masih mencari satu pelaku lain," imbuhnya.'
    )
    assert [q.speaker for q in _quotes(text)] == ["Yuswanto Ardi", "Yuswanto Ardi"]


def test_subject_after_a_fronted_clause_of_time() -> None:
    text = (
        "Sambutan wali kota dibacakan Asisten I Pemkot, Hendra Gunawan. Dalam sambutan itu, "
        "Wali Kota Rudy Santosa menegaskan pentingnya menjaga kebersihan kota.\n\n"
        "Seusai membacakan sambutan, Hendra menyampaikan pesan pribadi. Ia mengaku pernah "
        "tinggal di bantaran sungai itu semasa kecil."
    )
    assert [q.speaker for q in _quotes(text)] == ["Rudy Santosa", "Hendra Gunawan"]


def test_person_identified_with_adalah_is_spoken_of_next() -> None:
    text = (
        "Pengungsi terus berdatangan ke posko sejak pagi. Kepala desa setempat, Bambang "
        "Utomo, mengatakan jumlah pengungsi terus bertambah.\n\nLelaki bertopi merah yang "
        "sibuk mengatur antrean itu adalah Ketua Karang Taruna Desa, Yusuf Hidayat. Menurut "
        "dia, tenda pengungsian butuh tambahan selimut dan obat-obatan."
    )
    assert [q.speaker for q in _quotes(text)] == ["Bambang Utomo", "Yusuf Hidayat"]


def test_person_described_before_being_named_takes_the_next_name() -> None:
    text = (
        "Air sungai mulai surut pada Kamis pagi.\n\n"
        '"Rumah ini dibangun ayah saya dengan tangannya sendiri," kata perempuan berkerudung '
        "cokelat itu lirih.\n\nNamanya Sulastri, 61 tahun. Ia tinggal di tepi sungai sejak "
        "menikah."
    )
    assert [q.speaker for q in _quotes(text)] == ["Sulastri"]
