"""Two spellings of one name in one article are one person: a given name written joined
or apart ("Choi Daehyun", "Choi Dae-hyun"), and a surname cited alone a letter apart
from the full name's ("Dubrovyn" after "Igor Dubrovin") (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.names import respelt, spelling_variants
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Wakil Presiden Hyundai, Choi Dae-hyun, mengatakan kerja sama lanjut. Kantor "
            'berita menulis namanya Choi Daehyun. "Kami siap," kata Choi.',
            {"Choi Dae-hyun", "Choi Daehyun"},
        ),
        (
            "Analis sekuritas, Jung Ha-eun, menilai prospek cerah. Namun Jung Haeun "
            "mengingatkan risiko harga minyak.",
            {"Jung Ha-eun", "Jung Haeun"},
        ),
    ],
)
def test_given_name_joined_or_apart_is_one_person(text: str, forms: set[str]) -> None:
    persons = _persons(text)
    assert any(forms <= held for held in persons.values()), persons


def test_joined_letters_map_to_the_frequent_spelling() -> None:
    weight = {("choi", "dae", "hyun"): 2.0, ("choi", "daehyun"): 1.0}
    assert spelling_variants(weight) == {("choi", "daehyun"): ("choi", "dae", "hyun")}


def test_surname_respelt_by_a_letter() -> None:
    assert respelt("dubrovyn", [("igor", "dubrovin"), ("li", "qiang")]) == ("igor", "dubrovin")
    assert respelt("kovalenko", [("oleh", "kowalenko")]) == ("oleh", "kowalenko")
    assert respelt("rahmat", [("budi", "rahman")]) is None  # two names, not a respelling
    assert respelt("darsono", [("rudi", "hartono")]) is None
    assert respelt("dubrovyn", [("igor", "dubrovin"), ("oleg", "dubrovin")]) is None
