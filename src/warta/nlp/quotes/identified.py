"""A person described before he is named: the name the story later gives him.

A story opening on a scene (a viral video, a scuffle) describes whoever speaks in it
("bentak pria itu") and names him only afterwards: "Pria tersebut belakangan diketahui
bernama Budi Santoso". The described speaker of a quote before that sentence is the
person it names: :func:`named_later` gives him that name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.quotes.people import _DESCRIPTIONS
from warta.nlp.quotes.who import Who

__all__ = ["named_later"]

#: The sentence that names a person described before: the description's noun and
#: "itu"/"tersebut", then "(belakangan|kemudian|akhirnya) diketahui bernama" and the name.
_IDENTIFIED = re.compile(
    r"\b(?P<head>[A-Za-z]+)\s+(?:itu|tersebut)\s+(?:(?:belakangan|kemudian|akhirnya)\s+)?"
    r"(?:diketahui|teridentifikasi)\s+bernama\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def named_later(
    speakers: Sequence[tuple[str | None, Who | None, int]], text: str
) -> list[str | None]:
    """The names of ``speakers``, each ``(name, parsed phrase, end of its quote)`` in the
    article ``text``: a speaker described by a noun of a person (the phrase "pria itu",
    or a name in lower case, "seorang pria") is given the name that the first later
    sentence naming that description gives him; others keep theirs.

    >>> t = '"Minggir!" bentak pria itu. Pria tersebut diketahui bernama Budi Santoso.'
    >>> named_later([("seorang pria", Who(None, "pria", anaphor=True), 9)], t)
    ['Budi Santoso']
    """
    # One scan of the text: the naming sentences, in order (a story has one or two).
    naming = [
        (m.start(), m.group("head").lower(), m.group("name"))
        for m in _IDENTIFIED.finditer(text)
        if m.group("head").lower() in _DESCRIPTIONS
    ]
    if not naming:
        return [name for name, _, _ in speakers]
    return [_name_for(name, who, end, naming) for name, who, end in speakers]


def _name_for(
    name: str | None, who: Who | None, end: int, naming: list[tuple[int, str, str]]
) -> str | None:
    """The name that the first naming sentence after ``end`` gives a described speaker."""
    words = set((name or "").split()) if (name or "")[:1].islower() else set()
    if who is not None and who.name is None and who.role:
        words |= set(who.role.lower().split())  # "bentak pria itu": the phrase's noun
    if not words:
        return name  # a name: nobody described
    for at, head, identified in naming:
        if at > end and head in words:
            return identified
    return name
