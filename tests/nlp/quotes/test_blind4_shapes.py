"""Quote shapes missed or misattributed on the fourth blind set (issue 17), one invented
example per class: verbs of excuse and threat (berkilah, mengancam akan) and a verb-first
"kenang"; a clause after a verb of telling or admitting (a pronoun and its verb, a verb of
state); a habitual adverb before the verb; a report or a written statement between the
subject (a body's bracketed acronym too) and its verb; a programme's title in quote marks;
an interview that labels only the interviewee; an office's place glued to its holder by the
tagger; an unnamed official pointed back to; a nickname in a description and in the
narration; an office whose name joins two fields with "dan"; "almarhum"; a sentence that
only introduces a person; a live report's time stamp; a speaker named after the quote;
"Mereka" after a group of people; a lower-case title alone for the office named before.
"""

from __future__ import annotations

import pytest

from warta.nlp.quotes.cues import clean_speaker
from warta.nlp.quotes.extract import extract_quotes
from warta.nlp.quotes.spans import quote_spans
from warta.records import Mention

_Said = list[tuple[str | None, str | None, str]]


def _said(text: str, mentions: list[Mention] | None = None) -> _Said:
    """(speaker, cue, first three words) of each quote of ``text``."""
    return [
        (q.speaker, q.cue, " ".join(q.text.split()[:3]))
        for q in extract_quotes(text, mentions or ())
    ]


def _person(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "PER", name)


@pytest.mark.parametrize(
    ("sentence", "cue", "start"),
    [
        (
            "Manajer gudang, Budi Santoso, berkilah stok gula sengaja ditahan untuk Lebaran.",
            "berkilah",
            "stok gula sengaja",
        ),
        (
            "Ketua asosiasi ojek, Maria Lestari, mengancam akan memblokade jalan tol Senin.",
            "mengancam",
            "akan memblokade jalan",
        ),
        (
            "Kapten tim voli, Budi Santoso, mengakui skuadnya kewalahan oleh servis lawan.",
            "mengakui",
            "skuadnya kewalahan oleh",
        ),
        (
            "Seorang perantau, Siti Rahayu (33), bercerita ia menumpang truk sayur ke kota.",
            "bercerita",
            "ia menumpang truk",
        ),
        (
            "Budi Santoso sering menyatakan bahwa koperasi desa harus dikelola anak muda.",
            "menyatakan",
            "koperasi desa harus",
        ),
        (
            "Yayasan Air Bersih dalam kajian tahunannya juga menyebutkan bahwa sumur warga "
            "tercemar.",
            "menyebutkan",
            "sumur warga tercemar.",
        ),
    ],
)
def test_new_verbs_and_subjects(sentence: str, cue: str, start: str) -> None:
    (quote,) = _said(sentence)
    assert quote[1:] == (cue, start)
    assert quote[0] is not None


def test_a_body_by_its_acronym_before_a_written_statement() -> None:
    text = (
        "Badan Riset Perikanan (BRP) dalam pernyataan resmi menilai kuota tangkap tahun "
        "ini terlalu longgar."
    )
    assert _said(text) == [("BRP", "menilai", "kuota tangkap tahun")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Budi Santoso bercerita tentang masa kecilnya di pesisir.",
        "Budi Santoso mengakui kesalahannya di depan wartawan.",
        "Banjir itu mengancam keselamatan warga bantaran sungai.",
        "Kapolres Budi Santoso membenarkan posisi duduknya sebelum rapat dimulai.",
    ],
)
def test_noun_objects_are_still_no_quotes(sentence: str) -> None:
    assert extract_quotes(sentence) == ()


def test_verb_first_kenang() -> None:
    text = 'Pematung Siti Rahayu masih ingat nasihat ayahnya. "Batu punya kehendak," kenang Siti.'
    assert _said(text)[-1][1] == "kenang"


def test_a_programme_title_in_marks_is_narration() -> None:
    text = (
        'Dalam siniar "Obrolan Senja" pekan lalu, pengamat Siti Rahayu menilai harga tiket '
        "kapal belum wajar."
    )
    assert quote_spans(text) == []
    assert _said(text) == [("Siti Rahayu", "menilai", "harga tiket kapal")]


def test_a_quoted_sentence_after_a_title_noun_is_still_a_quote() -> None:
    text = 'Dalam film itu ia berkata, "Kami tidak akan pulang sebelum menang."'
    assert len(quote_spans(text)) == 1


def test_interview_labelling_only_the_interviewee() -> None:
    text = (
        "Pecatur muda Siti Rahayu memenangi turnamen di Praha. Berikut petikannya.\n\n"
        "Apa kunci kemenangan ini?\n\n"
        "Siti: Tidur cukup dan tidak membuka media sosial.\n\n"
        "Siapa lawan terberat?\n\n"
        "Siti: Pemain tuan rumah. Dia sabar sekali."
    )
    said = _said(text)
    assert [s for s, _, _ in said] == ["Siti Rahayu", "Siti Rahayu"]
    assert [w for _, _, w in said] == ["Tidur cukup dan", "Pemain tuan rumah."]


def test_one_label_without_questions_is_no_interview() -> None:
    text = "Catatan Redaksi.\n\nCatatan: artikel ini diperbarui.\n\nCatatan: foto dari arsip."
    assert extract_quotes(text) == ()


def test_an_offices_place_glued_to_its_holder() -> None:
    assert clean_speaker("Garut Budi Santoso", "Budi Santoso") == "Budi Santoso"
    text = (
        "Bupati Garut Budi Santoso membuka terminal baru. Ia mengklaim terminal itu akan "
        "melayani 40 bus per jam."
    )
    mentions = [
        Mention(7, 12, "Garut", "PER", "Garut Ahmad Fauzi"),
        _person(text, "Budi Santoso"),
    ]
    assert _said(text, mentions)[-1][0] == "Budi Santoso"


def test_an_unnamed_official_pointed_back_to() -> None:
    text = (
        "Seorang pejabat Kementerian Pangan yang enggan disebut namanya mengatakan aturan "
        "impor garam belum diteken.\n\n"
        '"Kami menunggu data neraca dari daerah," kata pejabat tersebut kepada wartawan.'
    )
    speakers = [s for s, _, _ in _said(text)]
    assert speakers[0] == speakers[1] == "Seorang pejabat Kementerian Pangan"


def test_an_unnamed_official_is_not_the_named_speaker_before() -> None:
    text = (
        "Menteri Pangan Budi Santoso mengatakan aturan itu segera terbit.\n\n"
        '"Kami menunggu data neraca dari daerah," kata pejabat tersebut kepada wartawan.'
    )
    assert _said(text)[-1][0] is None


def test_a_nickname_in_the_description_after_the_cue() -> None:
    text = (
        "Pesilat nasional, Budi Santoso, menyebut medali perak ini pahit. "
        '"Saya kalah di detik akhir," ujar pesilat yang biasa dipanggil Ucok itu.'
    )
    assert [s for s, _, _ in _said(text)] == ["Budi Santoso", "Budi Santoso"]


def test_a_nickname_given_in_the_narration() -> None:
    text = (
        "Nelayan senior Agus Salim -- akrab disapa Pak Gus oleh tetangganya -- pulang "
        'membawa tuna besar. "Ombak tadi pagi bersahabat," kata Gus sambil tersenyum.'
    )
    assert _said(text)[-1][0] == "Agus Salim"


def test_an_office_joining_two_fields_then_its_holder() -> None:
    text = '"Panen turun dua persen," kata Kepala Bidang Data dan Statistik BPS, Budi Santoso.'
    assert _said(text) == [("Budi Santoso", "kata", "Panen turun dua")]


def test_almarhum_points_back() -> None:
    text = (
        "Semasa hidupnya, Budi Santoso sering menyatakan bahwa gamelan milik semua orang. "
        'Dalam surat terakhirnya, almarhum menulis, "Jangan simpan gong di museum."'
    )
    assert [s for s, _, _ in _said(text)] == ["Budi Santoso", "Budi Santoso"]


def test_a_sentence_introducing_the_next_speaker() -> None:
    text = (
        "Banyak sopir angkot belum menerima kartu subsidi. Di antaranya, Siti Rahayu (47). "
        '"Kartunya dijanjikan bulan lalu," katanya.'
    )
    mentions = [_person(text, "Siti Rahayu")]
    assert _said(text, mentions)[-1][0] == "Siti Rahayu"


def test_a_live_reports_time_stamp_before_the_subject() -> None:
    text = (
        "Pukul 09.40 WITA - Wali Kota Budi Santoso meninjau pintu air.\n\n"
        "Pukul 09.55 WITA - Kepala Dinas PU Ir Agus Salim menjelaskan rencana. "
        "Menurut dia, tanggul akan ditinggikan satu meter sebelum musim hujan."
    )
    mentions = [_person(text, "Budi Santoso"), _person(text, "Agus Salim")]
    assert _said(text, mentions)[-1][0] == "Agus Salim"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            '"Kembalikan lapangan kami!"\n\n'
            "Ucapan itu diteriakkan Budi Santoso, pemuda kampung yang memimpin aksi.",
            "Budi Santoso",
            "diteriakkan",
        ),
        (
            '"Jembatan itu aman dilalui truk kecil." Demikian keterangan Siti Rahayu '
            "kepada wartawan di lokasi.",
            "Siti Rahayu",
            "keterangan",
        ),
    ],
)
def test_a_speaker_named_after_the_quote(text: str, speaker: str, cue: str) -> None:
    (quote,) = _said(text)
    assert quote[:2] == (speaker, cue)


def test_they_after_a_group_sentence() -> None:
    text = "Para sopir angkot menolak tarif baru. Mereka menilai kenaikan itu terlalu tinggi."
    assert _said(text) == [("Para sopir angkot", "menilai", "kenaikan itu terlalu")]


def test_they_without_a_group_is_nobody() -> None:
    text = "Harga cabai terus naik. Mereka menilai kenaikan itu terlalu tinggi."
    assert extract_quotes(text) == ()


def test_a_lower_case_title_alone_points_to_the_office_named_before() -> None:
    text = (
        "Bupati Nusa Tenggara Barat absen dari rapat itu. Pidatonya dibacakan oleh "
        "Asisten Daerah Budi Santoso.\n\n"
        "Dalam pidato itu, bupati juga meminta para camat agar mendata sumur kering."
    )
    assert _said(text)[-1][:2] == ("Bupati Nusa Tenggara Barat", "meminta")


def test_a_lower_case_title_takes_the_holder_named_with_the_office() -> None:
    text = (
        "Bupati Garut Budi Santoso membuka terminal baru. Asisten daerah Agus Salim "
        "mendampinginya.\n\nDalam pidatonya, bupati juga mengingatkan sopir agar "
        "tidak menaikkan tarif."
    )
    assert _said(text)[-1][:2] == ("Budi Santoso", "mengingatkan")


def test_a_subject_with_a_participle_role_and_an_aside_between_dashes() -> None:
    text = (
        'Pembalap Jepang, Kenji Sato, menang di seri pertama. "Mesinnya stabil," kata Sato.'
        "\n\nDi kelas nasional, juara bertahan Agus Salim -- dijuluki Si Kilat oleh "
        "penggemarnya -- kembali naik podium. Ia menyebut ban belakangnya sempat aus."
    )
    mentions = [_person(text, "Kenji Sato"), _person(text, "Agus Salim")]
    assert _said(text, mentions)[-1][:2] == ("Agus Salim", "menyebut")


def test_a_speech_read_for_its_author() -> None:
    text = (
        "Bupati Nusa Tenggara Barat absen dari rapat itu.\n\n"
        '"Air bersih lebih penting dari gapura," demikian bunyi pidato bupati yang '
        "dibacakan Asisten Daerah Budi Santoso."
    )
    assert _said(text)[-1][:2] == ("Bupati Nusa Tenggara Barat", "pidato")
