"""Seas, straits, bays and ports named after the region they lie by.

A sea, a strait, a bay or a port takes the name of the land beside it: "Laut <Province>",
"Selat <Regency>", "Teluk <City>", "Pelabuhan <Town>". The gazetteer finds the region's
name and the tagger, seeing it, often leaves the head out, so the article would name the
region where it names the water or the port. :func:`places_named_after_regions` widens
such a region's span over its head: the span becomes the sea, the strait or the port, a
place of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.entities.spanrecord import Span

__all__ = ["places_named_after_regions"]

# The head right before the region's name, opening a name of its own: no capitalised word
# before it ("TNI Angkatan Laut <Province>", "PT Pelabuhan Indonesia" are bodies).
_HEAD_BEFORE = re.compile(r"(?<![\w.’'-])(?:Laut|Selat|Teluk|Pelabuhan)[ ]$")
# A capitalised word right before the head, which makes the head part of a longer name.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]+$")


def places_named_after_regions(text: str, spans: Sequence[Span]) -> None:
    """Widen, in place, every gazetteer place span right after a sea's, strait's, bay's
    or port's head (:data:`_HEAD_BEFORE`) over the head, as a place of its own.

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
        if s.place is None or s.type != "LOC":
            continue
        head = _HEAD_BEFORE.search(text, max(0, s.start - 12), s.start)
        if head is None:
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, head.start() - 40), head.start()):
            continue  # "TNI Angkatan Laut <Province>": the head is inside a body's name
        s.start, s.place, s.entity = head.start(), None, None
