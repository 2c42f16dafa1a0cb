"""The Bugis title "Andi" with a later word of the full name it opens is that person
("Andi Rahman" of "Andi Muhammad Rahman Patoppoi"); "Andi" alone stays a short form of
a full name it opens (it is a given name too) (issue 17, blind5 class; invented
sentences)."""

from __future__ import annotations

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.names import sub_names
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


def test_andi_with_a_later_word_is_the_full_name() -> None:
    text = (
        "Kepala Dinas Perkebunan, Andi Muhammad Rahman Patoppoi, meninjau kebun kakao. "
        "Menurut Andi Rahman, bibit baru tiba pekan depan."
    )
    persons = _persons(text)
    assert "Andi Rahman" in persons.get("Andi Muhammad Rahman Patoppoi", set()), persons


def test_andi_runs() -> None:
    full = ("andi", "muhammad", "rahman", "patoppoi")
    up = sub_names([full, ("andi", "rahman"), ("andi", "budi")], gaps=True)
    assert up[("andi", "rahman")] == full
    assert ("andi", "budi") not in up
