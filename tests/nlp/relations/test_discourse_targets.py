"""Targets given by the discourse (issue 18), tested on invented sentences (never the
blind sets' text): a request taken on by the other party's own person, a go-between's
offer to the sides a count stands for, and a quoted warning after an order."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples, relations

PUBLISHED = "2026-10-20"

_coded = partial(coded_triples, published=PUBLISHED)


# 1. a request taken on by the other side of the article's pair, named by its person
_TALKS = (
    "Gubernur Bali Made Arsana dan Gubernur Jawa Timur Sri Handayani menandatangani kerja "
    "sama perdagangan beras, Senin (12/10/2026). Dalam acara itu, Sri meminta Pemprov Bali "
    "membuka rute kapal barang ke Banyuwangi. "
)


def test_a_request_taken_on_by_the_other_sides_person_is_an_intent_to_the_asker() -> None:
    coded = _coded(_TALKS + "Made menyanggupi dan akan menugaskan dinas perhubungan.")
    assert ("Made Arsana", "intend", "Sri Handayani") in coded


def test_an_offer_of_an_uncoded_act_by_the_other_side_answers_the_asker() -> None:
    coded = _coded(_TALKS + "Made menyatakan siap mengkaji usulan tersebut.")
    assert ("Made Arsana", "intend", "Sri Handayani") in coded


def test_taking_on_by_a_third_party_is_not_an_answer() -> None:
    text = _TALKS + "Bupati Jembrana Komang Adi menyanggupi dan akan menambah dana."
    assert not any(r.action == "intend" for r in relations(text, PUBLISHED))


# 2. a go-between's offer to the sides "kedua pihak" or "ketiga negara" stand for
_QUARREL = (
    "Moldova menuduh Rumania menahan truk logistiknya di perbatasan, Selasa (13/10/2026). "
    "Pemerintah Rumania membantah tuduhan tersebut. "
)


def test_an_offer_to_host_the_sides_talks_is_an_intent_to_each_side() -> None:
    coded = _coded(
        _QUARREL + "Presiden Austria menawarkan Wina sebagai tempat perundingan kedua pihak."
    )
    assert {("Austria", "intend", "Moldova"), ("Austria", "intend", "Romania")} <= coded


def test_an_offer_to_mediate_after_urging_the_sides_goes_to_those_urged() -> None:
    coded = _coded(
        _QUARREL + "Uni Eropa meminta kedua negara menahan diri dan menawarkan diri sebagai mediator."
    )
    assert ("European Union", "intend", "Moldova") in coded
    assert ("European Union", "intend", "Romania") in coded


def test_an_offer_to_host_two_sides_not_at_odds_is_not_coded_here() -> None:
    coded = _coded(
        "Moldova dan Rumania menandatangani kerja sama energi, Selasa (13/10/2026). "
        "Presiden Austria menawarkan Wina sebagai tempat pertemuan kedua pihak berikutnya."
    )
    assert ("Austria", "intend", "Moldova") not in coded


# 3. a quoted warning right after an order: a threat against the one ordered
_ORDER = (
    "Kepala Dinas Lingkungan Hidup Kota Tirta Baru, Rudi Santosa, memerintahkan PT Kertas "
    "Lestari Makmur membersihkan saluran limbahnya dalam 14 hari, Rabu (14/10/2026). "
)


def test_a_quoted_conditional_warning_after_an_order_is_a_threat_on_its_day() -> None:
    found = dated_triples(_ORDER + "“Bila diabaikan, izin usahanya kami bekukan,” ujarnya.", PUBLISHED)
    assert ("Rudi Santosa", "threaten", "PT Kertas Lestari Makmur", "2026-10-14") in found


def test_a_conditional_promise_is_no_threat() -> None:
    coded = _coded(_ORDER + "“Kalau perusahaan siap, kami bantu pendampingan teknis,” katanya.")
    assert not any(action == "threaten" for _, action, _ in coded)
