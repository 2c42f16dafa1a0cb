"""A subject described by a noun phrase between commas ("X, tetangga dekat Y, meminta
…"): the verb is the subject's, and a name inside the description is no side of it.
Invented sentences."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

_coded = partial(coded_triples, published="2026-03-03")

_CLASH = "Tentara Thailand menembaki pos Kamboja di perbatasan, Senin (2/3/2026). "


def test_a_described_subject_asks_both_sides_of_the_clash() -> None:
    coded = _coded(_CLASH + "Malaysia, tetangga dekat Thailand, meminta kedua negara menahan diri.")
    assert ("Malaysia", "appeal", "Thailand") in coded
    assert ("Malaysia", "appeal", "Cambodia") in coded


def test_a_clause_between_commas_is_no_description_of_the_subject() -> None:
    # "yang …" is a relative clause, read by its own rule: the subject is still found
    coded = _coded(
        _CLASH + "Malaysia, yang bertetangga dengan Thailand, meminta kedua negara menahan diri."
    )
    assert ("Malaysia", "appeal", "Thailand") in coded
