"""A nickname in quotes inside a name ('Rahmat "Cak Mat" Hidayat Lubis') is part of one
person, named without it, and stands for him alone later; a surname two full names
share goes to the one the article has already named (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.names import name_key, plain_name
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "nick"),
    [
        (
            'Wali Kota Palu Hidayat "Dayat" Lamakarate meminta warga tenang. '
            'Dayat berjanji membantu. "Kami siap," kata Hidayat.',
            "Hidayat Lamakarate",
            "Dayat",
        ),
        (
            'Legenda klub, Rahmat "Cak Mat" Hidayat Lubis, wafat kemarin. Cak Mat dikenal tegas.',
            "Rahmat Hidayat Lubis",
            "Cak Mat",
        ),
        (
            'Pebulu tangkis Ahmad "Amat" Sutrisno mengatakan timnya siap. Amat optimistis.',
            "Ahmad Sutrisno",
            "Amat",
        ),
    ],
)
def test_quoted_nickname_inside_a_name(text: str, name: str, nick: str) -> None:
    persons = _persons(text)
    assert name in persons, persons
    assert nick in persons[name]
    assert nick not in persons


def test_plain_name_leaves_the_quoted_nickname_out() -> None:
    assert plain_name('Yusuf "Ucup" Tandiabang') == "Yusuf Tandiabang"
    assert name_key('Yusuf "Ucup" Tandiabang') == ("yusuf", "tandiabang")


@pytest.mark.parametrize(
    ("text", "form", "person"),
    [
        (
            "Mantan kiper nasional, Hendra Gunawan Tambunan, dimakamkan kemarin. Klub akan "
            "memakai nama Tambunan untuk tribun timur. Putranya, Rudi Hartono Tambunan, "
            "berterima kasih.",
            "Tambunan",
            "Hendra Gunawan Tambunan",
        ),
        (
            "Pelukis Agus Salim Simbolon membuka pameran. Karya Simbolon dipajang di lobi. "
            "Adiknya, Maya Lestari Simbolon, menjadi kurator.",
            "Simbolon",
            "Agus Salim Simbolon",
        ),
    ],
)
def test_shared_surname_goes_to_the_one_named_before(text: str, form: str, person: str) -> None:
    persons = _persons(text)
    assert form in persons.get(person, set()), persons
    assert form not in persons


def test_shared_surname_after_both_names_stays_apart() -> None:
    text = (
        "Pelukis Agus Salim Simbolon membuka pameran bersama adiknya, Maya Lestari Simbolon. "
        "Menurut Simbolon, karya itu dibuat setahun."
    )
    persons = _persons(text)
    assert not any("Simbolon" in forms for name, forms in persons.items() if " " in name)
