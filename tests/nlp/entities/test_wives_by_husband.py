"""A woman known by her husband's name ("Bu <Husband>", "Ny. <Husband>") is a person of
her own, "Nyonya <Husband>", where the article says he is a husband ("janda almarhum
<Name>", "<Name> dan istrinya", "Suaminya, <Name>"); without that she may be the woman
the name is (issue 17, blind3-blind6 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.crossdoc import resolve_corpus
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "husband", "form"),
    [
        (
            "Di los sebelah, Bu Karsono, janda almarhum Karsono, kehilangan dua lemari es.",
            "Karsono",
            "Bu Karsono",
        ),
        (
            "Warung milik Tarmuji dan istrinya, yang akrab disapa Bu Tarmuji, ikut terbakar. "
            '"Habis semua," kata Bu Tarmuji.',
            "Tarmuji",
            "Bu Tarmuji",
        ),
        (
            "Ketua kelompok tani wanita, Ny. Sukardi, memimpin panen. Suaminya, Sukardi, "
            "adalah kepala dusun.",
            "Sukardi",
            "Ny. Sukardi",
        ),
    ],
)
def test_wife_by_husband_name_is_her_own_person(text: str, husband: str, form: str) -> None:
    persons = _persons(text)
    assert form in persons.get("Nyonya " + husband, set()), persons
    assert form not in persons.get(husband, set()), persons


def test_bu_and_her_own_name_stay_one() -> None:
    text = (
        "Wali Kota Tri Rismawati membuka pasar. Bu Risma datang bersama suaminya. "
        "Risma mengatakan pasar itu bersih."
    )
    persons = _persons(text)
    assert "Nyonya Risma" not in persons, persons


def test_her_husband_stays_himself_across_articles() -> None:
    texts = {
        "a": "Di los sebelah, Bu Karsono, janda almarhum Karsono, kehilangan dua lemari es.",
        "b": "Pedagang senior Karsono wafat tahun lalu. Karsono berjualan sejak 1980.",
    }
    refs = {k: resolve_article(t, find_mentions(t))[1] for k, t in texts.items()}
    mapping, _table = resolve_corpus(refs)
    assert mapping["b"].get("Karsono", "Karsono") == "Karsono", mapping
