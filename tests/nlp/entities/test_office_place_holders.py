"""The holder after "<territorial office> <known place>" is a person even when the tagger
read the place and the name as one place ("Bupati Jombang Sutarjo"); a place of two
words with the name after the span stays whole (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.entities.offices import _holder_after_office_place


def _refs(text: str) -> dict[str, str]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.type for r in refs}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Bupati Sumbawa Warsito turut hadir. "Terima kasih," kata Warsito.', "Warsito"),
        ("Bupati Sumbawa Darmansyah hadir di lokasi.", "Darmansyah"),
    ],
)
def test_holder_after_office_and_place(text: str, person: str) -> None:
    refs = _refs(text)
    assert refs.get(person) == "PER", refs
    assert not any(person in name and name != person for name in refs), refs


def test_place_of_two_words_before_the_name_stays_whole() -> None:
    text = "Camat Medan Tuntungan Hasan Basri Lubis meninjau banjir."
    assert _holder_after_office_place(text, 6, 21) is None
