"""Sasak titles of nobility ("Lalu", "Baiq") belong to the name they open when written
mid-sentence before it; "Lalu" opening a sentence is the word "then". A title with a
later word of the full name ("Lalu Hamzan") is that person, and a name the article says
people call someone ("Warga memanggilnya Mamiq Hamzan", "yang dikenal warga sebagai
Inaq ...") is that person's (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.names import short_forms
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bupati Lombok Barat Lalu Hasbi Anwar memuji panitia. Menurut Hasbi, festival ramai.",
            "Lalu Hasbi Anwar",
        ),
        (
            "Kepala Desa Sukarara Lalu Hamzan Sapardi membuka acara kemarin.",
            "Lalu Hamzan Sapardi",
        ),
        ("Istrinya, Baiq Nurlaila, memimpin lomba. Baiq Nurlaila tersenyum.", "Baiq Nurlaila"),
    ],
)
def test_sasak_title_is_part_of_the_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_lalu_opening_a_sentence_is_not_a_name() -> None:
    text = (
        "Kepala Desa Sukarara Lalu Hamzan Sapardi membuka acara. Lalu, warga menari. "
        '"Hasil tahun ini bagus," kata Lalu Hamzan.'
    )
    persons = _persons(text)
    assert set(persons) == {"Lalu Hamzan Sapardi"}, persons
    assert "Lalu Hamzan" in persons["Lalu Hamzan Sapardi"]
    assert "Lalu" not in persons["Lalu Hamzan Sapardi"]
    assert sorted(short_forms("Lalu Hamzan Sapardi")) == ["hamzan", "sapardi"]


@pytest.mark.parametrize(
    ("text", "name", "called"),
    [
        (
            "Kepala Desa Sukarara Lalu Hamzan Sapardi membuka acara. Warga memanggilnya "
            "Mamiq Hamzan. Istrinya, Baiq Nurlaila, yang dikenal warga sebagai Inaq Mamiq "
            "Hamzan, memimpin lomba.",
            "Baiq Nurlaila",
            "Inaq Mamiq Hamzan",
        ),
        (
            "Kepala Desa Sukarara Lalu Hamzan Sapardi membuka acara. Warga memanggilnya "
            "Mamiq Hamzan.",
            "Lalu Hamzan Sapardi",
            "Mamiq Hamzan",
        ),
        (
            "Wali Kota Solok Syahrial Datuk Bandaro meninjau pasar. Pedagang menyapanya "
            "dengan sapaan Buya Syahrial.",
            "Syahrial Datuk Bandaro",
            "Buya Syahrial",
        ),
    ],
)
def test_a_name_people_call_someone_is_theirs(text: str, name: str, called: str) -> None:
    persons = _persons(text)
    assert called in persons.get(name, set()), persons
    assert called not in persons
