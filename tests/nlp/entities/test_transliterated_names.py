"""Two Latin spellings of one Cyrillic name in one article are one person: a given name
respelt beside the same surname ("Pylyp"/"Pilip"), or both words the same once y/i
and doubled letters are folded ("Vitaliy Smyrnov"/"Vitali Smirnov"); the spelling whose
given name comes first names the entity (issue 17, blind6 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "Kepala dinas intelijen Ukraina Pylyp Koval menyebut serangan itu terencana. "
            '"Kami tahu," kata Pilip Koval kepada wartawan.',
            "Pylyp Koval",
            "Pilip Koval",
        ),
        (
            "Menteri Pertahanan Rusia Vitaliy Smyrnov bertemu delegasi Belarus. "
            '"Kami siap," kata Vitali Smirnov kepada wartawan.',
            "Vitaliy Smyrnov",
            "Vitali Smirnov",
        ),
    ],
)
def test_two_spellings_are_one_person(text: str, name: str, other: str) -> None:
    persons = _persons(text)
    assert other in persons.get(name, set()), persons


def test_different_people_stay_apart() -> None:
    text = "Rapat dihadiri Rahmat Sari Wijaya dan Rahmi Santi Wijaya dari dinas yang sama."
    persons = _persons(text)
    assert "Rahmat Sari Wijaya" in persons and "Rahmi Santi Wijaya" in persons, persons
