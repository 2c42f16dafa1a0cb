"""A ruling named back ("putusan itu", "hukuman tersebut"): the reaction to it is aimed
at the body that ruled, whether it sentenced someone or turned a petition down.
Invented sentences."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

_coded = partial(coded_triples, published="2026-03-03")

_PETITION_TURNED_DOWN = (
    "Mahkamah Agung menolak gugatan yang diajukan Serikat Petani Maju (SPM), Senin (2/3/2026). "
)


def test_a_judgement_of_a_petition_turned_down_censures_the_court() -> None:
    coded = _coded(_PETITION_TURNED_DOWN + "SPM menyebut putusan itu keliru dan tergesa-gesa.")
    assert ("Serikat Petani Maju", "disapprove", "Mahkamah Agung") in coded


def test_welcoming_the_ruling_approves_the_court_that_turned_the_petition_down() -> None:
    coded = _coded(
        "Mahkamah Agung menolak gugatan Serikat Petani Maju terhadap PT Hijau Lestari "
        "Abadi, Senin (2/3/2026). PT Hijau Lestari Abadi menyambut putusan tersebut."
    )
    assert ("PT Hijau Lestari Abadi", "cooperate", "Mahkamah Agung") in coded


def test_welcoming_an_agreement_between_two_others_answers_neither_side() -> None:
    coded = _coded(
        "Kementerian Energi dan PT Surya Timur Raya menandatangani kesepakatan pasokan "
        "gas, Senin (2/3/2026). Forum Nelayan Pesisir menyambut kesepakatan itu."
    )
    assert not {t for t in coded if t[0] == "Forum Nelayan Pesisir"}


def test_a_ruling_named_back_with_no_ruling_told_has_no_target() -> None:
    coded = _coded("Serikat Petani Maju (SPM) menyebut putusan itu keliru, Senin (2/3/2026).")
    assert not {t for t in coded if t[0] == "Serikat Petani Maju"}
