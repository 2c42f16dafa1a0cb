"""Targets the text gives only by the discourse: the other party of an article about
two, and the maker of a move a rejection points back to, tested on invented sentences
(never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, relations

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.counterparts import Counterparts

PUBLISHED = "2026-11-07"

_coded = partial(coded_triples, published=PUBLISHED)

_UNION = "Serikat Buruh Pelabuhan Tanjung Emas"
_FIRM = "PT Dermaga Samudra Jaya"
_PROTEST = (
    f"{_UNION} berunjuk rasa di depan gerbang {_FIRM}, Senin (2/11/2026), memprotes "
    "rencana PHK massal. "
)


# 1. a party of the article's pair moving later with no side named answers the other
def test_a_later_rejection_answers_the_other_party() -> None:
    coded = _coded(_PROTEST + "Mereka juga menolak skema pesangon yang ditawarkan.")
    assert (_UNION, "reject", _FIRM) in coded


def test_the_other_party_is_found_less_surely_than_a_side_named() -> None:
    found = relations(_PROTEST + "Mereka juga menolak skema pesangon yang ditawarkan.", PUBLISHED)
    rejection = next(r for r in found if r.action == "reject")
    protest = next(r for r in found if r.action == "disapprove")
    assert rejection.confidence < protest.confidence


# 2. in the sentence telling the pair the sides are named: no act there is given one
def test_no_counterpart_in_the_sentence_telling_the_pair() -> None:
    coded = _coded(_PROTEST)
    assert (_FIRM, "disapprove", _UNION) not in coded


# 3. a threat aimed at the other party only when the two were told at odds
def test_a_threat_answers_a_party_at_odds() -> None:
    coded = _coded(
        "Ratusan buruh Serikat Pekerja Garmen Ambarawa berunjuk rasa di depan gerbang PT "
        "Kain Lestari Abadi, Senin (2/11/2026), memprotes pemotongan upah. Sehari kemudian, "
        "mereka mengancam mogok total."
    )
    assert ("Serikat Pekerja Garmen Ambarawa", "threaten", "PT Kain Lestari Abadi") in coded


def test_a_show_of_force_is_not_aimed_at_the_party_met() -> None:
    coded = _coded(
        "Presiden Chile bertemu Presiden Peru di Lima, Senin (2/11/2026), membahas "
        "perdagangan. Sehari kemudian, Chile mengerahkan tiga kapal perang ke perbatasan."
    )
    assert not any(action == "posture" for _, action, _ in coded)


# 4. a counsel denying for the client answers for the client
def test_a_counsel_denial_is_the_clients_answer_to_the_other_party() -> None:
    coded = _coded(
        "Kejaksaan Tinggi Maluku menahan Bupati Teluk Biru, Anton Wirawan, Selasa "
        "(3/11/2026). Kuasa hukum Anton, Yusuf Rahman, membantah tudingan itu."
    )
    assert ("Anton Wirawan", "reject", "Kejaksaan Tinggi Maluku") in coded
    assert not any(source == "Yusuf Rahman" for source, _, _ in coded)


# 5. a rejection of a move pointed back to by a noun no act was named by: its maker
def test_a_rejection_pointing_back_answers_the_last_other_agent() -> None:
    coded = _coded(
        "Chile menggelar latihan militer di dekat perbatasan, Senin (2/11/2026). "
        "Bolivia menolak manuver itu."
    )
    assert ("Bolivia", "reject", "Chile") in coded


# 6. a third party is no side of the pair: its acts get no target from it
def test_a_third_party_gets_no_counterpart() -> None:
    sides = Counterparts()
    chile = _Actor("Chile", 0, 5, 0, 0, False)
    peru = _Actor("Peru", 14, 18, 2, 2, False)
    sides.told(chile, peru, "disapprove", 1)
    assert sides.other(_Actor("Argentina", 0, 9, 0, 0, False)) is None
    assert sides.answered([_Actor("Peru", 0, 4, 0, 0, False)]) == [
        (_Actor("Peru", 0, 4, 0, 0, False), chile)
    ]
    assert not sides.fits("consult", 1)  # the sentence telling the pair
    assert sides.fits("threaten", 2)  # at odds: a censure told between the two


# 4. an act on its own plural object is aimed at those, not at the other party
def test_an_act_on_a_plural_object_is_not_aimed_at_the_other_party() -> None:
    coded = _coded(
        _PROTEST + "Mereka kemudian mendukung para nelayan yang menolak reklamasi pantai."
    )
    assert not any(s == _UNION and t == _FIRM and a == "cooperate" for s, a, t in coded)


# 5. "X juga menolak …" sides with the last one who rejected: not aimed at that one
def test_a_rejection_told_with_juga_is_not_aimed_at_the_last_party() -> None:
    text = (
        "Kamboja memprotes bendungan baru yang dibangun Laos di hulu Sungai Mekong. "
        "Thailand dan Myanmar juga menolak bendungan tersebut."
    )
    coded = _coded(text)
    assert ("Thailand", "reject", "Cambodia") not in coded
    assert ("Myanmar", "reject", "Cambodia") not in coded
