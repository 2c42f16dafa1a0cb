"""A person in apposition whose given name is spelt like a place the gazetteer knows
("Ketua RT, Sabang <Surname>,") stays one person; "<Country> <Leader>" after a title is
still cut at the country (issue 17, blind6 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _refs(text: str) -> dict[str, str]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.type for r in refs}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ketua RW, Oman Hidayat, mengatakan jalan itu rusak.", "Oman Hidayat"),
        ("Ketua RT, Sabang Wiryono, membuka rapat warga.", "Sabang Wiryono"),
        ("Ketua kelompok tani, Oman Rusmana, mengeluh.", "Oman Rusmana"),
    ],
)
def test_given_name_spelt_like_a_place(text: str, name: str) -> None:
    refs = _refs(text)
    assert refs.get(name) == "PER", refs


def test_country_before_a_leader_after_a_title() -> None:
    refs = _refs("Sultan Oman Haitham bin Tariq menerima tamu.")
    assert "Oman Haitham bin Tariq" not in refs, refs
