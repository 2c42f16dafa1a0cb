"""Titles of rank and royalty before a name (Sultan, Emir, Sheikh/Syekh, Pangeran, Raja,
Ratu, Paus) are the person's title, not part of the name; a country after the title is
the role's; "bin"/"binti" and the father's name continue the name (issue 17; invented
sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, tuple[str, ...]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.mentions for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sultan Oman Haitham bin Tariq menerima kunjungan Menlu. Haitham berjanji membantu.",
            "Haitham bin Tariq",
        ),
        ("Emir Qatar Tamim bin Hamad menerima tamu dari Jakarta.", "Tamim bin Hamad"),
        (
            "Sheikh Faisal bin Rashid Al Qasimi bertemu Presiden di Abu Dhabi.",
            "Faisal bin Rashid Al Qasimi",
        ),
        (
            "Menurut Syeikh Mansur bin Khalid Al Hamadi, kerja sama itu penting.",
            "Mansur bin Khalid Al Hamadi",
        ),
        ("Syekh Salem bin Nasser Al Harthy berpidato di Doha.", "Salem bin Nasser Al Harthy"),
        ("Pangeran Faisal bin Farhan menegaskan sikap Riyadh.", "Faisal bin Farhan"),
        ("Raja Yordania Abdullah II bertemu Presiden.", "Abdullah II"),
    ],
)
def test_title_and_country_are_no_part_of_the_name(text: str, name: str) -> None:
    persons = _persons(text)
    assert name in persons
    assert not any(
        p.split()[0] in {"Sultan", "Emir", "Sheikh", "Syeikh", "Oman", "Qatar"} for p in persons
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sultan Brunei Hassan Bolkiah bin Omar Ali tiba di Jakarta.",
            "Hassan Bolkiah bin Omar Ali",
        ),
        ("Ratu Nur binti Hasan Alwi membuka pameran di Kuala Lumpur.", "Nur binti Hasan Alwi"),
    ],
)
def test_bin_continues_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_second_title_between_role_and_name_keeps_the_role_the_named_mans() -> None:
    text = (
        "Perjanjian itu disaksikan Presiden Joko Susilo dan Presiden Qatar Sheikh Tamim "
        "bin Hamad seusai pertemuan di Doha."
    )
    _mentions, refs = resolve_article(text, find_mentions(text))
    assert "Tamim bin Hamad" in {r.name for r in refs if r.type == "PER"}
    assert not any(r.subtype == "role" for r in refs)
