"""The portfolio after "Menteri" is no part of the minister's name ("Menteri Agraria|
Yusuf Hadi Santoso", not a man called "Agraria Yusuf Hadi Santoso") (issue 17; invented
sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.entities.offices import _past_portfolio


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Menteri Agraria Mochamad Syaiful Hakim bertemu mitranya.", "Mochamad Syaiful Hakim"),
        ("Menteri Kelautan Sakti Wahyu Pranoto meninjau pelabuhan.", "Sakti Wahyu Pranoto"),
    ],
)
def test_portfolio_is_not_the_ministers_name(text: str, person: str) -> None:
    _mentions, refs = resolve_article(text, find_mentions(text))
    assert person in {r.name for r in refs if r.type == "PER"}, refs


def test_two_name_words_stay() -> None:
    t = "Menteri Agraria Yusuf Hadi Santoso hadir."
    assert t[_past_portfolio(t, 8, 34) : 34] == "Yusuf Hadi Santoso"
    t = "Menteri Keuangan Sri Wahyuni hadir."
    assert _past_portfolio(t, 8, 28) == 17  # "Keuangan" past, "Sri Wahyuni" left
    t = "Kata Agraria Yusuf Hadi Santoso."
    assert _past_portfolio(t, 5, 31) == 5  # no minister before: nothing to cut
