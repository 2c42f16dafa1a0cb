"""Classes of error found on the fifth blind relations set, each tested on invented
sentences.

The blind texts themselves (tests/eval/gold/relations_blind5.json) are only scored, never
copied here: these sentences show the same shapes with other actors.
"""

from __future__ import annotations

import pytest
from tests.nlp.relations.coded import relations, triples

from warta.nlp.relations.extract import extract_relations
from warta.nlp.relations.lexicon import LEXICON
from warta.records import Mention


def _mention(text: str, name: str, kind: str, entity: str | None = None, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, kind, entity or name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "meneken", the everyday "menandatangani"
        (
            "Badan Riset dan Inovasi Nasional (BRIN) meneken perjanjian riset dengan "
            "Universitas Indonesia, Selasa.",
            {("Badan Riset dan Inovasi Nasional", "cooperate", "Universitas Indonesia")},
        ),
        # light verbs of reaching or completing an agreement
        (
            "Mesir mencapai kesepakatan pertukaran mata uang dengan Arab Saudi dan Kuwait.",
            {("Egypt", "cooperate", "Saudi Arabia"), ("Egypt", "cooperate", "Kuwait")},
        ),
        # an exchange of prisoners is cooperation between its sides
        (
            "Ukraina dan Rusia menuntaskan pertukaran tawanan di perbatasan Belarus.",
            {("Ukraine", "cooperate", "Russia")},
        ),
        # the mediator of the act just told consults both sides
        (
            "Israel dan Hamas menyepakati gencatan senjata di Gaza. Kesepakatan itu "
            "dimediasi oleh Qatar.",
            {("Qatar", "consult", "Israel"), ("Qatar", "consult", "Hamas")},
        ),
        # halting trade with a state reduces relations with it
        (
            "Aljazair menghentikan seluruh kegiatan perdagangan dengan Maroko.",
            {("Algeria", "reduce", "Morocco")},
        ),
        # a loan approved for a state is aid to it, past an amount in a currency's state
        (
            "Dana Moneter Internasional menyetujui pinjaman senilai 3 miliar dolar AS "
            "kepada Mesir.",
            {("International Monetary Fund", "aid", "Egypt")},
        ),
        # a body named with its state after a preposition, missed by the entity layer
        (
            "Jepang menghibahkan tiga kapal patroli kepada Penjaga Pantai Vietnam.",
            {("Japan", "aid", "Vietnam")},
        ),
        # deporting a state's workers coerces the state through its nationals
        (
            "Arab Saudi mendeportasi 40 pekerja migran Filipina tanpa dokumen.",
            {("Saudi Arabia", "sanction", "Philippines")},
        ),
        # a place after "di" between the subject and its verb is no unknown subject
        (
            "Konsul Jenderal Prancis di Medan mendesak Indonesia mempercepat penyelidikan.",
            {("France", "appeal", "Indonesia")},
        ),
        # a passive's agent described as a body of the state
        (
            "Pengusaha Hendra Kurniawan ditangkap lembaga antikorupsi Malaysia di Kuala Lumpur.",
            {("Malaysia", "sanction", "Hendra Kurniawan")},
        ),
        # a hyphenated ticket after "pasangan", two tickets coordinated
        (
            "Mahkamah Agung menolak gugatan yang diajukan pasangan Budi Santoso-Rina Wijaya "
            "dan Andi Lubis-Dewi Sartika.",
            {
                ("Mahkamah Agung", "reject", "Budi Santoso"),
                ("Mahkamah Agung", "reject", "Andi Lubis"),
            },
        ),
        # a threatened retaliation against an act told before targets its agent
        (
            "Uni Eropa menjatuhkan sanksi kepada Belarus. Minsk mengancam akan membalas "
            "sanksi tersebut.",
            {("Belarus", "threaten", "European Union")},
        ),
        # an accusation in a passive relative clause on the sanctioned is the sanctioner's
        (
            "Kanada menjatuhkan sanksi terhadap lima pejabat Iran yang dituduh menindas "
            "demonstran.",
            {("Canada", "sanction", "Iran"), ("Canada", "disapprove", "Iran")},
        ),
        # "Dalam pertemuan dengan X" opening a sentence: the report's person meets X
        (
            "Perdana Menteri Anthony Albanese tiba di Beijing. Dalam pertemuan dengan "
            "Presiden Xi Jinping, Senin (3/6/2024), ia membahas perdagangan.",
            {("Anthony Albanese", "consult", "Xi Jinping")},
        ),
        # a reaction to an act described by a relative clause ending in "itu"
        (
            "Kapal China menembakkan meriam air ke kapal nelayan Vietnam, Senin (3/6/2024). "
            "Jepang mengkritik langkah yang disebutnya “berbahaya dan provokatif” itu.",
            {("China", "fight", "Vietnam"), ("Japan", "disapprove", "China")},
        ),
        # ramming, and two verbs sharing the object after the second
        (
            "Kapal milisi maritim China menabrak dan merusak kapal nelayan Vietnam.",
            {("China", "fight", "Vietnam")},
        ),
        # a word in scare quotes does not end the search for the other side
        (
            "Manila memutuskan tidak merundingkan “perjanjian” baru dengan Tokyo.",
            {("Philippines", "consult", "Japan")},
        ),
    ],
)
def test_blind5_class(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= set(triples(text))


def test_a_quote_or_a_second_verb_ends_the_object() -> None:
    text = "Kementerian Luar Negeri Mesir mengecam keputusan Ethiopia dan menyebutnya “ancaman bagi Sudan”."
    assert triples(text) == [("Egypt", "disapprove", "Ethiopia")]


def test_an_actor_in_a_relative_clause_on_the_subject_does_not_act() -> None:
    text = (
        "Andi Pratama yang kini menjadi pelatih Persija sudah meneken kontrak dengan Bali United."
    )
    assert triples(text) == [("Andi Pratama", "cooperate", "Bali United")]


def test_an_organ_missed_is_named_by_its_short_name_in_parentheses() -> None:
    text = "Kamboja meminta Badan Energi Atom PBB (IAEA) mengirim tim pemeriksa."
    mentions = (
        _mention(text, "Kamboja", "LOC", "Cambodia"),
        _mention(text, "PBB", "ORG", "United Nations"),
        _mention(text, "IAEA", "ORG"),
    )
    rels = extract_relations(text, mentions, gpe={"Cambodia"})
    assert [(r.source, r.action, r.target) for r in rels] == [("Cambodia", "appeal", "IAEA")]


def test_a_pronoun_after_an_office_whose_holder_is_missed_is_the_state() -> None:
    text = "Menteri Pertahanan Korea Selatan angkat bicara. Ia mengecam Korea Utara."
    mentions = (
        _mention(text, "Korea Selatan", "LOC", "South Korea"),
        _mention(text, "Korea Utara", "LOC", "North Korea"),
    )
    rels = extract_relations(text, mentions, gpe={"South Korea", "North Korea"})
    assert [(r.source, r.action, r.target) for r in rels] == [
        ("South Korea", "disapprove", "North Korea")
    ]


def test_an_announcement_told_next_dates_the_act() -> None:
    text = (
        "Australia menjatuhkan sanksi terhadap Myanmar. Pengumuman disampaikan di Canberra, "
        "Rabu (5/6/2024)."
    )
    rels = relations(text, published="2024-06-07")
    assert [(r.source, r.action, r.target, r.date) for r in rels] == [
        ("Australia", "sanction", "Myanmar", "2024-06-05")
    ]


def test_a_mediation_by_the_other_party_of_no_act_is_nothing() -> None:
    # a passive of meeting after a demonstrative is not a mediation
    text = "Israel dan Hamas menyepakati gencatan senjata. Kesepakatan itu disambut oleh Qatar."
    assert ("Qatar", "consult", "Israel") not in triples(text)


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("meneken", "cooperate"),
        ("diteken", "cooperate"),
        ("memediasi", "consult"),
        ("dimediasi", "consult"),
        ("menengahi", "consult"),
        ("pertukaran tahanan", "cooperate"),
        ("menyetujui pinjaman", "aid"),
        ("menabrak", "fight"),
        ("menghentikan", "reduce"),
    ],
)
def test_lexicon_forms(form: str, action: str) -> None:
    assert LEXICON[form].action == action


def test_halting_needs_trade_or_aid_after_it() -> None:
    assert triples("Yordania menghentikan penerbangan ke Israel.") == []
