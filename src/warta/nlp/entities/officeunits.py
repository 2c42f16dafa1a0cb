"""An office's unit taken for its holder: "Kepala Desa <Village>, <Name>," where the
tagger read "<Village>" as the head's name.

Indonesian names the holder of a post in apposition after the post and the unit it heads
("Kepala Desa <Village>, <Name>,", "Komandan <Base>, Kolonel <Name>,"), and places a
village in its district the same way ("Kepala Kampung <Village>, Kecamatan <District>,").
A person span right after the office ("Kepala", "Ketua", "Komandan") and followed by
such an apposition is the unit, not a person: a place when a territory's head noun opens
it, else a body. :func:`units_after_office` retypes it, with every span that had its
entity, in place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.lexicon.indonesian import TITLE_WORDS
from warta.nlp.entities.spanrecord import Span
from warta.records import EntityType

# Heads of the territories an office governs: the unit so opened is a place.
_TERRITORY = (
    r"Desa|Kelurahan|Kampung|Dusun|Nagari|Gampong|Pekon|Jorong|Lingkungan|Banjar"
    r"|Kalurahan|Padukuhan"
)
# The office that heads a unit, written right before the unit's name.
_OFFICE = r"(?:Kepala|Ketua|Komandan|Plt\.?[ \t]+Kepala)[ \t]+"
_OFFICE_BEFORE = re.compile(rf"(?<![\w.]){_OFFICE}$")
# The unit as written: "<unit head> <Name>", "<ACRONYM> <Name>" or "<Name> <Name>".
_UNIT = re.compile(
    rf"(?P<territory>(?:{_TERRITORY})[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,3}}"
)
# What follows the unit in apposition: ", <Name>" or ", Kecamatan <District>".
_APPOSITION = re.compile(
    r"[ \t]*,[ \t]*(?:(?P<district>Kecamatan|Kabupaten|Kota|Distrik)[ \t]+[A-Z]|(?=[A-Z]))"
)
# Titles and ranks before the holder's name: capitalised words, a corps in brackets
# ("Kolonel Laut (P) <Name>").
_HOLDER_TITLES = re.compile(r"(?:(?:[A-Z][\w.]*|\([A-Z]\))[ \t]+){0,4}")


def _unit_start(text: str, span: Span) -> int | None:
    """Where the unit of "<office> <unit>" begins in a person span, the office being the
    span's title (kept apart from its text) or standing right before it; ``None`` when no
    office heads the span."""
    # the office may be the span's title, kept apart from its text ("Kepala Desa")
    opened = span.start - len(span.titled or "") + (span.end - span.start)
    if span.titled and 0 <= opened < span.start and text[opened : span.end] == span.titled:
        office = re.match(_OFFICE, span.titled)
        return opened + office.end() if office else None
    if _OFFICE_BEFORE.search(text, max(0, span.start - 24), span.start):
        return span.start
    return None


def _holder_after(text: str, end: int, spans: Sequence[Span]) -> bool:
    """Whether a person span starts at ``end``, or after titles that start there."""
    titles = _HOLDER_TITLES.match(text, end)
    reach = titles.end() if titles else end
    return any(s.type == "PER" and end <= s.start <= reach for s in spans)


def _unit_of(text: str, span: Span, spans: Sequence[Span]) -> tuple[int, EntityType] | None:
    """The start and type of the unit a person span ``span`` really names, or ``None``:
    the span is "<office> <unit>" followed by a comma and a person span (the holder) or
    a district (the unit's address: a village's only)."""
    start = _unit_start(text, span)
    if start is None:
        return None
    unit = _UNIT.fullmatch(text, start, span.end)
    if unit is None or text[start : span.end].split()[0].casefold() in TITLE_WORDS:
        return None  # "Kepala AKBP <Name>": a rank, the name is a person's
    after = _APPOSITION.match(text, span.end)
    if after is None:
        return None
    territory = unit.group("territory") is not None
    if after.group("district") is not None:
        return (start, "LOC") if territory else None
    if not _holder_after(text, after.end(), spans):
        return None
    return start, "LOC" if territory else "ORG"


def units_after_office(text: str, spans: Sequence[Span]) -> None:
    """Retype person spans that name an office's unit (see the module), in place: the
    span loses the office words and becomes the unit (a place for a village, an
    organisation for a body), named as written; the other person spans of the entity it
    had (the unit's name cited alone) follow it.

    >>> t = "Kepala Desa Karang Sentosa, Budi Hartono, hadir."
    >>> s = [Span(12, 26, "PER", entity="Karang Sentosa", titled=t[:26]),
    ...      Span(28, 40, "PER", entity="Budi Hartono")]
    >>> units_after_office(t, s)
    >>> [(t[x.start : x.end], x.type, x.entity) for x in s]
    [('Desa Karang Sentosa', 'LOC', 'Desa Karang Sentosa'), ('Budi Hartono', 'PER', 'Budi Hartono')]
    """
    renamed: dict[str, tuple[EntityType, str]] = {}
    for s in spans:
        if s.type != "PER" or s.place is not None:
            continue
        unit = _unit_of(text, s, spans)
        if unit is None:
            continue
        old = s.entity
        s.start, s.type = unit
        s.entity = " ".join(text[s.start : s.end].split())
        s.titled = None
        if old:
            renamed[old] = (s.type, s.entity)
    for s in spans:
        if s.type == "PER" and s.entity in renamed:
            s.type, s.entity = renamed[s.entity]
