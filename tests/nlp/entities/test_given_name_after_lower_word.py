"""A given name the tagger left out right after a lower-case word ("disambar Bagus| Adi
Nugroho") joins the name; not after a stop word, a noun for a group ("suporter <Group>")
nor as a landmark's head ("Pasar <Name>") (issue 17, blind6 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.entities.personbounds import _given_name_start


def _persons(text: str) -> set[str]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name for r in refs if r.type == "PER"}


def test_given_name_after_a_lower_case_word_joins_the_name() -> None:
    text = "Bola muntah disambar Bagus Adi Nugroho dari dekat."
    assert "Bagus Adi Nugroho" in _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sepak pojok disundul Bagus Adi Nugroho ke gawang.", "Adi Nugroho"),
        ("Ribuan suporter Brigade Hijau Muda bernyanyi.", "Hijau Muda"),
        ("Pedagang di sisi barat Pasar Legi Kusumo mengeluh.", "Legi Kusumo"),
        ("Lembaga Zakat dan Wakaf Nasir Hamid hadir.", "Nasir Hamid"),
    ],
)
def test_given_name_start(text: str, name: str) -> None:
    start = text.index(name)
    moved = text[_given_name_start(text, start, start + len(name)) : start + len(name)]
    expected = "Bagus Adi Nugroho" if name == "Adi Nugroho" else name
    assert moved == expected
