"""Maluku's customary villages, the "negeri", and the title of their chief.

In Central Maluku and on the Lease islands a village under customary law is a "negeri"
and is written "Negeri <Name>" as a Javanese one is "Desa <Name>"; its chief is its
"Raja" ("Raja Negeri <Name>, <Holder>,"). The tagger reads both as a body ("Negeri"
opens many: "Pengadilan Negeri", "Kejaksaan Negeri"; alone at the start it does not).
:func:`village_after_chief` cuts the chief's title off, :func:`names_customary_village`
says the rest is a place, and :func:`untagged_chiefs_villages` finds the village after its
chief's title where the tagger found the chief alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.entities.spanrecord import ByStart, Span

__all__ = ["names_customary_village", "untagged_chiefs_villages", "village_after_chief"]

# The chief's title right before the village: "Raja Negeri <Name>", "Pj Raja Negeri <Name>".
_CHIEF_OF_VILLAGE = re.compile(
    r"(?:(?:Pj\.?|Plt\.?|Penjabat|Pelaksana[ \t]+Tugas)[ \t]+)?Raja[ \t]+(?=Negeri[ \t]+[A-Z])"
)


def village_after_chief(text: str, start: int, end: int) -> int | None:
    """Where the village starts in a span ``start``-``end`` that opens with its chief's
    title ("Raja Negeri <Name>"), or None.

    >>> t = "Raja Negeri Lateri, Yusuf Latuconsina, hadir."
    >>> village_after_chief(t, 0, 18), village_after_chief(t, 5, 18)
    (5, None)
    """
    chief = _CHIEF_OF_VILLAGE.match(text, start, end)
    return chief.end() if chief is not None else None


# The chief's title and the village's name after it, one or two capitalised words.
_CHIEF_AND_VILLAGE = re.compile(
    _CHIEF_OF_VILLAGE.pattern + r"Negeri(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2}(?![\w-])"
)


def untagged_chiefs_villages(text: str, spans: Sequence[Span]) -> list[Span]:
    """A place span for each village after its chief's title ("Raja Negeri <Name>")
    that no span touches: the tagger takes the holder's name after it, not the title's
    village.

    >>> t = "Raja Negeri Lateri, Yusuf Latuconsina, hadir."
    >>> [(t[x.start : x.end], x.type) for x in untagged_chiefs_villages(t, [Span(20, 37, "PER")])]
    [('Negeri Lateri', 'LOC')]
    """
    if "Raja" not in text:
        return []
    by_start = ByStart(spans)
    out = []
    for m in _CHIEF_AND_VILLAGE.finditer(text):
        start = village_after_chief(text, m.start(), m.end())
        if start is not None and not by_start.overlapping(start, m.end()):
            out.append(Span(start, m.end(), "LOC"))
    return out


# The words "Negeri" closes when it is no village: "Menteri Luar Negeri <State> <Name>"
# tagged from "Negeri" on is a minister, "Dalam Negeri" a ministry's portfolio.
_NOT_A_VILLAGE_BEFORE = re.compile(r"(?:Luar|Dalam|Pengadilan|Kejaksaan|Pegawai)[ \t]+$", re.I)


def names_customary_village(words: Sequence[str], before: str = "") -> bool:
    """Whether a span's words are "Negeri <Name>": a customary village, a place; ``before``
    is the text right before the span.

    >>> names_customary_village(["Negeri", "Lateri"]), names_customary_village(["Negeri"])
    (True, False)
    >>> names_customary_village(["Pengadilan", "Negeri", "Ambon"])
    False
    >>> names_customary_village(["Negeri", "Kalimba", "Ana", "Sosa"], "Menteri Luar ")
    False
    """
    return (
        len(words) > 1
        and words[0] == "Negeri"
        and words[1][:1].isupper()
        and _NOT_A_VILLAGE_BEFORE.search(before) is None
    )
