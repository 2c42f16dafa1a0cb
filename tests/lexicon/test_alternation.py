"""A word list grouped by first letter matches as the plain alternation does (issue 15:
speed without a changed outcome). Every word and sentence below is invented."""

from __future__ import annotations

import doctest
import re

import pytest

from warta.lexicon import alternation as A
from warta.lexicon.alternation import alternation
from warta.nlp.entities.names import TITLE_HEAD, TITLES

# Longest first, as the callers sort; prefixes of one another, both cases of a letter.
WORDS = ["Wakil Ketua", "Wakil", "wali", "Wali Nagari", "Ketua", "Kepala", "Ki", "Bu", "bupati"]

TEXTS = [
    "Wakil Ketua Darmo tiba, lalu Wali Nagari Sumpu dan wali murid menyusul.",
    "Kepala dusun Kiwari bertemu Ki Lurah dan Bu Narti di balai.",
    "wakil bupati menyapa WAKIL KETUA dan bupati lain.",
    "Tak ada gelar di kalimat ini.",
    "Kelvin \u212aetua dan \u017fali ditulis dengan huruf kembar.",
]


def _matches(pattern: str, flags: int) -> list[list[tuple[tuple[int, int], str]]]:
    compiled = re.compile(pattern, flags)
    return [[(m.span(), m.group()) for m in compiled.finditer(t)] for t in TEXTS]


def test_doctests() -> None:
    assert doctest.testmod(A).failed == 0


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("shape", [r"(?<!\w)(?:{})(?!\w)", r"(?:{})", r"(?:{})\s+[A-Z]\w+"])
def test_grouped_words_match_as_the_plain_alternation(shape: str, flags: int) -> None:
    plain = "|".join(map(re.escape, WORDS))
    assert _matches(shape.format(alternation(WORDS)), flags) == _matches(
        shape.format(plain), flags
    )


def test_the_order_within_a_letter_is_kept() -> None:
    # "Wakil" before "Wakil Ketua" takes the shorter word, as the plain list does.
    found = re.match(f"(?:{alternation(['Wakil', 'Wakil Ketua'])})", "Wakil Ketua")
    assert found is not None and found.group() == "Wakil"


def test_a_letter_in_both_cases_and_a_word_beyond_ascii_stay_plain() -> None:
    assert alternation(["Wali", "wakil"]) == "Wali|wakil"
    assert alternation(["Émile", "Eko"]) == "Émile|Eko"
    assert alternation(["", "Eko"]) == "|Eko"


def test_the_title_head_matches_as_before() -> None:
    plain_head = TITLE_HEAD.replace(alternation(TITLES), "|".join(map(re.escape, TITLES)))
    assert plain_head != TITLE_HEAD
    texts = [
        "Kata mantan Wakil Presiden Suryo dan Kepala Desa Mekar, Darsih, di Kota Lama.",
        "menurut kapolres AKBP Winarto serta Kombes Pol Hadi dan Dr. Rahmi, Senin.",
    ]
    for text in texts:
        old = [(m.span(), m.group()) for m in re.finditer(plain_head, text)]
        assert [(m.span(), m.group()) for m in re.finditer(TITLE_HEAD, text)] == old
        assert old  # the texts hold titles: the comparison compares something
