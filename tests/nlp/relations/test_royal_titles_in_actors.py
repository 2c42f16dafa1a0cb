"""A royal or religious title the entity layer keeps out of a person's name ("Presiden
UEA Sheikh <Name>") still belongs to the actor: the talks of two titled leaders named in
coordination are read as before the title left the name."""

from __future__ import annotations

from tests.nlp.relations.coded import triples


def test_two_titled_leaders_meeting_after_a_signing_consult() -> None:
    text = (
        "Penandatanganan itu disaksikan Presiden Joko Widodo dan Presiden UEA Sheikh "
        "Mohamed bin Zayed seusai keduanya menggelar pertemuan bilateral di Istana Bogor."
    )
    assert ("Joko Widodo", "consult", "Mohamed bin Zayed") in triples(text)
