"""Quote classes found on blind43q, each on invented paragraphs.

* After a weak verb of telling or admitting, a subject with a relative clause of age,
  then an adverb and a verb of state ("bercerita cucunya yang berumur tiga tahun sempat
  demam ...") is a clause, reported; so is "terjadi" and what occurred ("mengakui
  terjadi kerusakan pada ...").
* A police unit's head written as one word ("Kasatlantas", "Kabidhumas", "Wakapolres")
  is an office's title before its place and its holder: the holder speaks, by name.
* A name opening with a shortened given name ("Andi Muh. Ridwan") is where the sentence
  writes it, not the report's first name after the verb; one the tagger cut at the full
  stop ("Ach." then "Rahman") speaks whole.
* A crowd after a verb-first cue, then what it did as it chanted ('"...!" teriak massa
  membalas orasi itu'), is the speaker.
* After a fronted clause of time, a person after an office and a shortened title ("...,
  dr. Rina Marlina, hanya menjawab singkat.") is the subject that "balasnya" points to,
  also with an adverb before the verb.
"""

import pytest
from tests.nlp.quotes.quoted import speaker_of as _speaker_of

from warta.nlp.quotes.clauses import _clause_after
from warta.nlp.quotes.speakers import parse_subject


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Rina Wulandari (30), warga Sukamaju, bercerita cucunya yang berumur tiga tahun "
            'sempat demam tinggi semalaman. "Kami panik," katanya.',
            "cucunya yang berumur",
            "Rina Wulandari",
        ),
        (
            "Manajer pabrik, Budi Hartono, mengakui terjadi kerusakan pada pompa air sejak "
            'pekan lalu. "Kami mohon maaf," ujarnya.',
            "terjadi kerusakan",
            "Budi Hartono",
        ),
    ],
)
def test_a_clause_after_a_weak_verb_is_reported(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    "after",
    [" terjadinya kerusakan pada pompa air.", " anaknya yang berumur tiga tahun itu."],
)
def test_a_noun_object_is_no_clause(after: str) -> None:
    assert not _clause_after("mengakui" + after, len("mengakui"))


@pytest.mark.parametrize(
    "office",
    ["Kasatlantas Polres Klaten", "Kabidhumas Polda Jambi", "Wakapolres Sragen"],
)
def test_a_glued_police_office_before_its_ranked_holder(office: str) -> None:
    who = parse_subject(f"{office}, AKP Yoga Pratama, ")
    assert who is not None and who.name == "Yoga Pratama"


def test_a_glued_police_office_in_a_paragraph() -> None:
    text = (
        "Kasatlantas Polres Klaten, AKP Yoga Pratama, mengatakan jalan itu ditutup "
        'sementara. "Arus kami alihkan ke jalur selatan," ujarnya.'
    )
    assert _speaker_of(text, "Arus kami alihkan") == "Yoga Pratama"


def test_a_name_with_a_shortened_given_name_is_not_the_report_first_name() -> None:
    text = (
        "Polisi menahan bendahara koperasi berinisial TS (41) atas dugaan penggelapan.\n\n"
        "Kapolsek Tanete, AKP Andi Muh. Yusuf, mengatakan TS diduga memalsukan buku kas "
        'koperasi. "Kerugiannya ratusan juta," ujarnya.'
    )
    assert _speaker_of(text, "TS diduga") == "Andi Muh. Yusuf"
    assert _speaker_of(text, "Kerugiannya") == "Andi Muh. Yusuf"


@pytest.mark.parametrize(
    ("cue", "crowd"),
    [("teriak massa membalas", "massa"), ("seru para buruh mengacungkan tangan ke", "para buruh")],
)
def test_a_crowd_chanting_while_it_acts(cue: str, crowd: str) -> None:
    text = (
        "Koordinator aksi, Dimas Saputra, berorasi di atas mobil komando. "
        f'"Naikkan upah! Naikkan upah!" {cue} orasi itu.'
    )
    assert _speaker_of(text, "Naikkan upah") == crowd


def test_one_person_described_while_acting_is_read_as_before() -> None:
    text = (
        "Koordinator aksi, Dimas Saputra, berorasi di atas mobil komando. "
        '"Naikkan upah!" teriak seorang buruh membalas orasi itu.'
    )
    assert _speaker_of(text, "Naikkan upah") != "seorang buruh"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ketika dihubungi lewat telepon, Direktur RSUD Garut, dr. Rina Marlina, menjawab singkat.",
        "Saat dikonfirmasi, Rina Marlina hanya menjawab singkat.",
    ],
)
def test_the_subject_after_a_fronted_clause_is_the_one_nya_points_to(sentence: str) -> None:
    text = (
        'Budi Santoso menyebut dana itu sudah cair sejak Juli. "Uangnya sudah ada," '
        f'katanya.\n\n{sentence} "Masih kami cek dulu," balasnya.'
    )
    assert _speaker_of(text, "Masih kami cek") == "Rina Marlina"
