"""The Malay "Raja" of Riau and the Riau Islands, and the Banten "Ratu", part of the
name they open.

In Riau, the Riau Islands and Lingga, "Raja" opens the names of people of the old
royal houses ("Raja Amran Syahputra"), who hold offices like anyone else; the tagger
reads it as the title "king" and leaves it out of the name. In Banten "Ratu" opens the
names of women of the old sultanate's families as "Tubagus" does men's ("Ratu Siti
Maryam"), and the tagger reads it as "queen". The quote layer reads either as part of
the name when an Indonesian office holds it: written after an office, with or without
the appositive comma, the body's acronym in brackets inside it or not ("Ketua DPRD
Riau, Raja Amran Syahputra, mengatakan ...", "Bupati Lingga Raja Amran Syahputra",
"Kepala Dinas Sosial (Dinsos) Banten, Ratu Siti Maryam, ..."), and followed by a full
name of two words or more with no regnal number. A king or a queen keeps the title out
of the name: "Raja Salman", "Raja Yordania Abdullah II", "Pemimpin Yordania, Raja
Abdullah II", "Ratu Elizabeth II".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.quotes.name_tokens import country_words
from warta.nlp.quotes.speaker_words import ROLE_TITLES
from warta.records import Mention

#: Heads of a title that a king or a foreign leader bears, or a form of address: not an
#: Indonesian office that a Malay "Raja" holds.
_NOT_AN_OFFICE = frozenset(
    """
    raja ratu kaisar sultan pangeran emir pemimpin kanselir presiden perdana pm paus
    kardinal sheikh shaikh syaikh syeikh syekh sir tuan tun dato dato' datuk bapak ibu
    pak bu mr mr. mrs mrs. ms ms. nyonya sdr bagindo
    """.split()
)
#: The noble words that open a name: the Malay "Raja", the Banten "Ratu".
_NOBLE_WORDS = ("Raja", "Ratu")
#: The office right before "Raja" or "Ratu": capitalised words, the first an office's
#: head, a body's acronym in brackets among them or not, then the appositive comma or not.
_OFFICE_THEN_NOBLE = re.compile(
    r"(?<![\w.-])(?P<office>[A-Z][\w.-]*(?:[ \t]+(?:[A-Z][\w.-]*|\([A-Z][\w-]*\)|\d+|dan"
    r"|dan\s+[A-Z][\w.-]*))*)"
    rf",?[ \t]+(?:{'|'.join(_NOBLE_WORDS)})[ \t]+$"
)
#: A regnal number closing a king's name: "Abdullah II", "Charles III".
_REGNAL = re.compile(r"\s[IVX]+$")
#: How far before a mention the office and "Raja" are looked for.
_REACH = 120


def _held_office(before: str) -> bool:
    """True when ``before`` (the text before a person) ends in "<Indonesian office>[,]
    Raja " (or "Ratu "): an office head opens it and no country is named in it."""
    m = _OFFICE_THEN_NOBLE.search(before)
    if m is None:
        return False
    words = [w.casefold().rstrip(".") for w in m.group("office").split()]
    if words[0] not in ROLE_TITLES or words[0] in _NOT_AN_OFFICE:
        return False
    return not any(w in country_words() for w in words)


def noble_names(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """The names of people a Malay "Raja" or a Banten "Ratu" opens (the module's rule),
    keyed by the name the tagger gave them without it (the mention's ``entity``, else
    its text).

    >>> t = "Ketua DPRD Riau, Raja Amran Syahputra, mengatakan. Raja Salman tiba."
    >>> ms = [Mention(22, 37, "Amran Syahputra", "PER", "Amran Syahputra"),
    ...       Mention(56, 62, "Salman", "PER", "Salman")]
    >>> noble_names(t, ms)
    {'Amran Syahputra': 'Raja Amran Syahputra'}
    """
    named: dict[str, str] = {}
    for m in mentions:
        # endswith over a range: slicing the text before each mention copied it (quadratic)
        noble = next((w for w in _NOBLE_WORDS if text.endswith(w + " ", 0, m.start)), None)
        if (
            m.type == "PER"
            and noble is not None
            and " " in m.text.strip()
            and not _REGNAL.search(m.text)
            and _held_office(text[max(0, m.start - _REACH) : m.start])
        ):
            named[m.entity or m.text] = f"{noble} {m.text}"
    return named
