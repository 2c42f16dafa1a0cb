"""Seas, straits, bays, ports, islands, faults and rivers named after the region they lie by.

A sea, a strait, a bay, a lake or a port takes the name of the land beside it: "Laut
<Province>", "Selat <Regency>", "Teluk <City>", "Danau <Regency>", "Pelabuhan <Town>", and
an island that of the city on it ("Pulau <City>"); a geological fault the names of the
places it runs between ("Sesar <City> <Name>", "Sesar <City>-<Name>"); a district or a
village that of the regency, city or town it lies in ("Distrik <Regency>", "Kecamatan
<Town>"); a port that of the island or cape it stands on ("Pelabuhan Pulau <Name>",
which the gazetteer does not know: the tagger's place after the head). The gazetteer
finds the region's name and the tagger, seeing it, often leaves the head out, so the
article would name the region where it names the water, the port or the fault.
:func:`places_named_after_regions` widens such a region's span over its head (and a
fault's over the rest of its name): the span becomes a place of its own.

In Sumatra a river is a "Batang <Name>" (Minangkabau and Malay: "Batang <Name>" as
Java's "Kali <Name>"), and "Batang" alone is a regency of Central Java to the gazetteer:
:func:`sumatran_rivers` makes "Batang <Name>" the river.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.lexicon.indonesian import DIVISION_HEADS, MONTHS, NAME_STOP_WORDS, WEEKDAYS
from warta.nlp.entities.spanrecord import Span

__all__ = ["places_named_after_regions", "sumatran_rivers"]

# The head right before the region's name, opening a name of its own: no capitalised word
# before it ("TNI Angkatan Laut <Province>", "PT Pelabuhan Indonesia" are bodies).
# An island is named so after the regency or city that lies on it ("Pulau <City>"): the
# island, where the region is a regency or a city (a province or an island the gazetteer
# lists as such is the land the article means, "Pulau <Province>").
# A district or a village takes the name of the regency, city or town it lies in or
# around ("Distrik <Regency>", "Kecamatan <Town>", "Desa <City>"): the division, no region.
_HEAD_BEFORE = re.compile(
    r"(?<![\w.’'-])(?:Laut|Selat|Teluk|Danau|Pelabuhan|(?P<fault>Sesar)|(?P<island>Pulau)"
    r"|(?P<division>" + "|".join(sorted(h.capitalize() for h in DIVISION_HEADS)) + r"))[ ]$"
)
_ISLAND_REGIONS = frozenset({"kota", "kabupaten"})
_DIVISION_REGIONS = _ISLAND_REGIONS | {"town"}
# A capitalised word right before the head, which makes the head part of a longer name.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]+$")
# A capitalised word right after a name, joined by a space or a hyphen: a fault's name
# goes on over it ("Sesar <City> <Name>", "Sesar <City>-<Name>").
_NAME_WORD_AFTER = re.compile(r"(?:[ ]|-)(?P<word>[A-Z][a-z][\w’'-]*)(?![\w-])")
# Words written capitalised that end a name: dates and function words.
_NOT_NAME = NAME_STOP_WORDS | set(MONTHS) | set(WEEKDAYS)


def _name_words_end(text: str, end: int, spans: Sequence[Span], most: int) -> int:
    """Where a name ending at ``end`` ends once it takes in up to ``most`` capitalised
    words right after it (:data:`_NAME_WORD_AFTER`) that no span in ``spans`` covers and
    that are no date or function word."""
    taken = 0
    while taken < most:
        m = _NAME_WORD_AFTER.match(text, end)
        if m is None or m.group("word").casefold() in _NOT_NAME:
            break
        if any(x.start < m.end() and m.start("word") < x.end for x in spans):
            break
        end, taken = m.end(), taken + 1
    return end


def places_named_after_regions(text: str, spans: Sequence[Span]) -> None:
    """Widen, in place, every gazetteer place span right after a sea's, strait's, bay's,
    lake's, port's, island's or division's head (:data:`_HEAD_BEFORE`) over the head, as a
    place of its own; and a port's head over the island or cape after it
    (:func:`_port_of_headed_place`).

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> t = "Kapal itu karam di Laut Sulawesi, jauh dari Pelabuhan Sorong."
    >>> gaz = load_gazetteer()
    >>> ss = [Span(24, 32, "LOC", gaz.lookup("Sulawesi")),
    ...       Span(54, 60, "LOC", gaz.lookup("Sorong"))]
    >>> places_named_after_regions(t, ss)
    >>> [(t[s.start : s.end], s.place) for s in ss]
    [('Laut Sulawesi', None), ('Pelabuhan Sorong', None)]
    >>> t = "Prajurit TNI Angkatan Laut Maluku berjaga."
    >>> ss = [Span(27, 33, "LOC", gaz.lookup("Maluku"))]
    >>> places_named_after_regions(t, ss)
    >>> t[ss[0].start : ss[0].end]
    'Maluku'
    """
    for s in spans:
        if s.type != "LOC":
            continue
        head = _HEAD_BEFORE.search(text, max(0, s.start - 12), s.start)
        if head is None:
            continue
        if s.place is None:
            if _port_of_headed_place(text, s, head):
                s.start, s.entity = head.start(), None
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, head.start() - 40), head.start()):
            continue  # "TNI Angkatan Laut <Province>": the head is inside a body's name
        if head.group("island") and s.place.subtype not in _ISLAND_REGIONS:
            continue
        if head.group("division") and s.place.subtype not in _DIVISION_REGIONS:
            continue
        s.start, s.place, s.entity = head.start(), None, None
        if head.group("fault"):  # "Sesar <City> <Name>": the fault's name goes on
            s.end = _name_words_end(text, s.end, spans, 2)


# The heads of an island's or a cape's name, after which a port is named ("Pelabuhan
# Pulau <Name>", "Pelabuhan Tanjung <Name>").
_ISLAND_OR_CAPE = re.compile(r"(?:Pulau|Tanjung)[ ]+[A-Z]")


def _port_of_headed_place(text: str, span: Span, head: re.Match[str]) -> bool:
    """Whether the place ``span`` the gazetteer does not know, right after a port's head
    (``head``), is the island or cape the port is named after ("Pelabuhan Pulau <Name>"):
    the port is the place the article means, and the island is named only inside it.

    >>> t = "Batubara dikapalkan lewat Pelabuhan Pulau Randu."
    >>> s = Span(36, 47, "LOC")
    >>> _port_of_headed_place(t, s, _HEAD_BEFORE.search(t, 24, 36))
    True
    """
    return (
        head.group() == "Pelabuhan "
        and _ISLAND_OR_CAPE.match(text, span.start) is not None
        and not _CAPITALISED_BEFORE.search(text, max(0, head.start() - 40), head.start())
    )


# "Batang" written right before a river's own name; no capitalised word before it
# ("Kabupaten Batang", "Bupati Batang <Name>": the regency and its holder).
_RIVER_HEAD = "Batang"


def sumatran_rivers(text: str, spans: Sequence[Span]) -> None:
    """Widen, in place, every gazetteer span of "Batang" alone (the regency's bare name)
    over the capitalised words right after it that no span covers: "Batang <Name>" is a
    Sumatran river, a place of its own. Not after a capitalised word, nor before a span
    ("Batang <Holder's name>", "Batang <Province>"): there "Batang" is the regency.

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> t = "Sawah di tepi Batang Mendalo terendam. Bupati Batang Rudi Hartono datang."
    >>> gaz = load_gazetteer()
    >>> ss = [Span(14, 20, "LOC", gaz.lookup("Batang")), Span(39, 45, "PER"),
    ...       Span(46, 52, "LOC", gaz.lookup("Batang")), Span(53, 65, "PER")]
    >>> sumatran_rivers(t, ss)
    >>> [(t[s.start : s.end], s.place is None) for s in ss[::2]]
    [('Batang Mendalo', True), ('Batang', False)]
    """
    for s in spans:
        if s.place is None or s.type != "LOC" or text[s.start : s.end] != _RIVER_HEAD:
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, s.start - 40), s.start):
            continue
        end = _name_words_end(text, s.end, spans, 2)
        if end > s.end and text[s.end] == " ":
            s.end, s.place, s.entity = end, None, None
