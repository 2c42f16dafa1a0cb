"""Classes of error found on the fourth blind relations set, each tested on invented
sentences.

The blind texts themselves (tests/eval/gold/relations_blind4.json) are only scored, never
copied here: these sentences show the same shapes with other actors.
"""

from __future__ import annotations

import pytest
from tests.nlp.relations.coded import relations, triples

from warta.nlp.relations.extract import extract_relations
from warta.nlp.relations.lexicon import LEXICON
from warta.records import Mention


def _mention(text: str, name: str, kind: str, entity: str | None = None) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, kind, entity or name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry of a named state that acts is the state acting
        (
            "Kementerian Luar Negeri Jepang mengecam Korea Utara atas peluncuran rudal.",
            {("Japan", "disapprove", "North Korea")},
        ),
        # a manner clause past a relative clause on the main verb's object
        (
            "Rusia membalas sanksi yang dijatuhkan Uni Eropa dengan menaikkan bea masuk "
            "atas anggur asal Prancis.",
            {("Russia", "sanction", "France")},
        ),
        # a passive's agent after a word for its team
        (
            "Bupati Sleman, Andi Wijaya, ditangkap tim Kejaksaan Agung di Yogyakarta.",
            {("Kejaksaan Agung", "sanction", "Andi Wijaya")},
        ),
        # visa restrictions, their target past a count
        (
            "Inggris menerapkan pembatasan visa kepada sekitar 15 pejabat Iran.",
            {("United Kingdom", "sanction", "Iran")},
        ),
        # denying an accusation rejects the accuser
        (
            "Human Rights Watch mengecam Kepolisian Filipina atas penembakan warga. "
            "Kepolisian Filipina membantah tudingan tersebut.",
            {("Kepolisian Filipina", "reject", "Human Rights Watch")},
        ),
        # a judgement's censure
        (
            "Rusia menyerang Kyiv dengan rudal. Polandia menyebut serangan itu biadab.",
            {("Poland", "disapprove", "Russia")},
        ),
        # an act opening the sentence as a noun, its agent after it, reacted to later
        (
            "Serangan udara Israel menghantam sebuah sekolah di Gaza. Yordania mengecam "
            "serangan itu.",
            {("Jordan", "disapprove", "Israel")},
        ),
        # a role in an apposition: the subject acts, not the body of the role
        ("Laos, selaku ketua ASEAN, mengecam Myanmar.", {("Laos", "disapprove", "Myanmar")}),
        # nouns of request and sanction after "mengajukan" and "mempertimbangkan"
        (
            "Menteri Luar Negeri Retno Marsudi menyebut pemerintah akan mengajukan "
            "permohonan ekstradisi kepada Australia.",
            {("Retno Marsudi", "appeal", "Australia")},
        ),
        # a threat's condition names its target
        (
            "Iran mengancam akan menutup Selat Hormuz jika Amerika Serikat terus menekan.",
            {("Iran", "threaten", "United States")},
        ),
        # a state's vessels, seized by a vessel's owner
        (
            "Kapal patroli milik Badan SAR Nasional (Basarnas) menangkap tiga kapal pukat "
            "berbendera Thailand.",
            {("Badan SAR Nasional", "sanction", "Thailand")},
        ),
        # "hingga" before a number is "up to"; a noun phrase's owner after "milik"
        (
            "Qatar akan memasok hingga dua juta ton LNG ke pembangkit listrik milik PLN.",
            {("Qatar", "aid", "PLN")},
        ),
        # ordering a state's diplomats to leave expels them
        (
            "Estonia memerintahkan dua atase Rusia hengkang dalam 48 jam.",
            {("Estonia", "reduce", "Russia")},
        ),
        # a statement addressed to another side
        (
            "Kementerian Luar Negeri Malaysia menyatakan kepada Thailand bahwa perbatasan "
            "tetap dibuka.",
            {("Malaysia", "statement", "Thailand")},
        ),
        # a response's act is aimed at the agent of the act it answers
        (
            "Rusia mengadakan latihan perang di dekat Estonia. Estonia menanggapi dengan "
            "mengerahkan pasukan ke perbatasan.",
            {("Estonia", "posture", "Russia")},
        ),
        # "mereka" as the object: the target of the act just told
        (
            "Kanada menjatuhkan sanksi terhadap lima pejabat Iran. Ottawa menuduh mereka "
            "melanggar hak asasi manusia.",
            {("Canada", "disapprove", "Iran")},
        ),
        # a request an act was done upon was made to the act's agent
        (
            "Kepolisian Thailand menangkap Budi Santoso di Bangkok. Penangkapan itu "
            "dilaksanakan atas permintaan Kejaksaan Agung.",
            {("Kejaksaan Agung", "appeal", "Kepolisian Thailand")},
        ),
        # a bare "junta" is the state last named with a word for its rulers
        (
            "Militer Myanmar menyerang desa di Sagaing. Thailand mendesak junta menghentikan "
            "serangan.",
            {("Thailand", "appeal", "Myanmar")},
        ),
    ],
)
def test_blind4_class(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= set(triples(text))


def test_sanction_considered_is_possible() -> None:
    text = "Menteri Luar Negeri Prancis mengatakan Uni Eropa dapat mempertimbangkan sanksi terhadap Belarus."
    rels = [r for r in relations(text) if r.action == "sanction"]
    assert [(r.source, r.target, r.modality) for r in rels] == [
        ("European Union", "Belarus", "possible")
    ]


def test_denial_of_an_act_stays_a_negated_act() -> None:
    rels = relations("Iran membantah mengirim senjata ke Rusia.")
    assert [(r.source, r.action, r.target, r.polarity) for r in rels] == [
        ("Iran", "aid", "Russia", "negative")
    ]


def test_both_sides_as_subject_of_a_sentence_naming_no_actor() -> None:
    text = (
        "Kedutaan Besar Jepang meminta penjelasan dari China. Delegasi kedua negara akan "
        "membahas masalah itu di Tokyo."
    )
    pairs = {frozenset((s, t)) for s, a, t in triples(text) if a == "consult"}
    assert pairs == {frozenset(("Japan", "China"))}


def test_a_further_step_told_right_after_takes_its_date() -> None:
    text = (
        "Jepang menjatuhkan sanksi kepada Rusia, Senin (3/6/2024). Tokyo juga mengusir dua "
        "diplomat Rusia."
    )
    dates = {(r.action, r.date) for r in relations(text)}
    assert dates == {("sanction", "2024-06-03"), ("reduce", "2024-06-03")}


def test_a_noun_modifier_is_no_act_reacted_to() -> None:
    # "misi pasokan X": X's supply mission, not an act "tindakan tersebut" points to
    text = (
        "Kapal Vietnam menghadang misi pasokan Angkatan Darat Kamboja. Jepang mengecam "
        "tindakan tersebut."
    )
    assert ("Japan", "disapprove", "Angkatan Darat Kamboja") not in triples(text)


def test_government_named_as_one_name_acts_as_the_state() -> None:
    text = "Kapal Kolombia ditahan di Caracas. Pemerintah Venezuela mengecam Kolombia."
    mentions = (
        _mention(text, "Kolombia", "LOC", "Colombia"),
        Mention(
            text.index("Caracas"),
            text.index("Caracas") + 7,
            "Caracas",
            "LOC",
            "Caracas",
            "Venezuela",
        ),
        _mention(text, "Pemerintah Venezuela", "ORG"),
        Mention(
            text.rindex("Kolombia"), text.rindex("Kolombia") + 8, "Kolombia", "LOC", "Colombia"
        ),
    )
    rels = extract_relations(text, mentions, gpe={"Colombia", "Venezuela"})
    assert [(r.source, r.action, r.target) for r in rels] == [
        ("Venezuela", "disapprove", "Colombia")
    ]


def test_ministry_acted_on_stays_itself() -> None:
    text = "Andi bertemu Kementerian Luar Negeri Rusia di Moskwa."
    ministry = "Kementerian Luar Negeri Rusia"
    mentions = (
        _mention(text, "Andi", "PER"),
        _mention(text, ministry, "ORG"),
        _mention(text, "Rusia", "LOC", "Russia"),
    )
    rels = extract_relations(text, mentions, gpe={"Russia"})
    assert [(r.source, r.action, r.target) for r in rels] == [("Andi", "consult", ministry)]


def test_firm_named_after_its_state_is_the_target() -> None:
    text = "China memasukkan perusahaan Jepang Kansai Corp ke dalam daftar hitam."
    mentions = (
        _mention(text, "China", "LOC"),
        _mention(text, "Jepang", "LOC", "Japan"),
        _mention(text, "Kansai Corp", "ORG"),
    )
    rels = extract_relations(text, mentions, gpe={"China", "Japan"})
    assert [(r.source, r.action, r.target) for r in rels] == [("China", "sanction", "Kansai Corp")]


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("membahas", "consult"),
        ("pembatasan visa", "sanction"),
        ("larangan visa", "sanction"),
        ("menyatakan kepada", "statement"),
    ],
)
def test_lexicon_forms(form: str, action: str) -> None:
    assert LEXICON[form].action == action


def test_meeting_after_a_dated_visit_is_part_of_it() -> None:
    text = (
        "Retno Marsudi berkunjung ke Vietnam, Senin (3/6/2024). Retno disambut Presiden "
        "Vietnam Vo Van Thuong di Hanoi."
    )
    dates = {r.date for r in relations(text) if r.action == "consult"}
    assert dates == {"2024-06-03"}


def test_passive_agent_after_a_title() -> None:
    text = "Rusia dikecam oleh Menteri Luar Negeri Jepang Yoko Kamikawa."
    assert ("Yoko Kamikawa", "disapprove", "Russia") in triples(text)


def test_matter_discussed_is_not_the_other_side() -> None:
    assert triples("Partai Golkar akan menggelar rapat membahas dukungan terhadap Ahok.") == []
    text = "Retno membahas kerja sama dengan Menteri Luar Negeri Jepang Yoko Kamikawa."
    assert ("Retno", "consult", "Yoko Kamikawa") in triples(text)


def test_statement_to_the_press_is_no_relation() -> None:
    text = (
        "Juru bicara Kementerian Pertahanan India menyatakan kepada Reuters bahwa pasukan "
        "tetap siaga."
    )
    assert triples(text) == []


def test_activists_named_by_their_organisation_do_not_make_it_act() -> None:
    text = "Lembaga Bantuan Hukum (LBH) melayangkan kritik terhadap Polda Metro Jaya."
    assert triples(text) == [("Lembaga Bantuan Hukum", "disapprove", "Polda Metro Jaya")]
    assert triples("Sejumlah aktivis " + text) == []


def test_retaliation_promised_is_a_threat_against_the_last_other_agent() -> None:
    text = "Israel menyerang Damaskus, Senin. Iran bersumpah akan membalas."
    assert ("Iran", "threaten", "Israel") in triples(text)


def test_retaliation_inside_a_threat_is_that_threat() -> None:
    text = "Presiden Suriah Bashar al-Assad mengancam Damaskus akan membalas Turki."
    assert [a for _, a, _ in triples(text)] == ["threaten"]


@pytest.mark.parametrize(
    "text",
    [
        "Pertemuan Retno Marsudi dan Wang Yi di Beijing menghasilkan tiga nota kesepahaman.",
        "Kunjungan Presiden Joko Widodo ke Tokyo, Senin (3/6/2024), menghasilkan lima nota "
        "kesepahaman.",
    ],
)
def test_what_a_meeting_yields_is_cooperation_between_its_sides(text: str) -> None:
    assert any(a == "cooperate" for _, a, _ in triples(text))
