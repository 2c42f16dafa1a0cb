"""A name tagged an organisation right after a role noun ("Striker <Name>") is a person
when its last word is cited alone, unless it opens with a club ("pelatih <Club> <Name>");
a one-word nickname one article declares is that person in the other articles too
(issue 17, blind6 class; invented sentences)."""

from __future__ import annotations

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.crossdoc import resolve_corpus
from warta.nlp.entities.ner import find_mentions


def _corpus(texts: dict[str, str]) -> dict[str, dict[str, str]]:
    refs = {k: resolve_article(t, find_mentions(t))[1] for k, t in texts.items()}
    mapping, _table = resolve_corpus(refs)
    return {
        k: {r.name: mapping[k].get(r.name, r.name) for r in rs if r.type == "PER"}
        for k, rs in refs.items()
    }


def test_nickname_declared_elsewhere_is_the_person() -> None:
    texts = {
        "a": (
            "Arema menang 2-0. Gol dicetak penyerang asal Brasil, Rodrigo Almeida Santos. "
            'Santos, yang oleh suporter di Malang dijuluki "Rodri", kini memimpin daftar '
            "pencetak gol."
        ),
        "b": (
            "Rodri membagikan bola kepada anak-anak pengungsi. Striker Rodrigo Almeida Santos "
            "mengaku terharu."
        ),
    }
    names = _corpus(texts)
    assert names["b"].get("Rodri") == "Rodrigo Almeida Santos", names


def test_role_noun_before_a_name_tagged_an_organisation() -> None:
    from warta.nlp.entities.retyping import _ROLE_BEFORE

    assert _ROLE_BEFORE.search("Striker ") and _ROLE_BEFORE.search("kata ekonom ")
    assert _ROLE_BEFORE.search("Presiden ") is None
