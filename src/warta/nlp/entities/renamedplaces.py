"""Regions an article gives under their present and their former name.

Regencies, cities and villages are renamed (a regency loses half of its name when a new
one is split off it), and the press recalls the old name in apposition: "<Present>, yang
hingga <year> bernama <Former>", "<Present>, yang dulu bernama <Former>". People keep a
blend of the old name, the beginnings of its words ("Sukahi" of "Suka Hilir"), long
after. The gazetteer reads the old name as the places its words name apart.
:func:`join_former_place_names` makes the old name, and a blend of it, the present place.
"""

from __future__ import annotations

import re

from warta.nlp.entities.names import abbreviates
from warta.nlp.entities.shortnames import _BLEND
from warta.nlp.entities.spanrecord import Span

__all__ = ["join_former_place_names"]

# ", yang hingga 2019 bernama Kabupaten <Old> <Name>": the former name, with its head.
_FORMER_PLACE = re.compile(
    r",[ \t]+yang[ \t]+(?:masih|dulu|dahulu|sebelumnya|semula|pernah"
    r"|(?:hingga|sampai)[ \t]+(?:tahun[ \t]+)?\d{4})[ \t]+bernama[ \t]+"
    r"(?P<old>(?:Kabupaten|Kota|Provinsi|Kecamatan|Kelurahan|Desa|Distrik)"
    r"(?P<words>(?:[ \t]+[A-Z][\w'’-]*){1,3}))"
)


def join_former_place_names(text: str, spans: list[Span]) -> None:
    """Make, in place, each former name given in apposition to a place (:data:`_FORMER_PLACE`)
    one span of that place, in place of the spans the gazetteer found inside it, and a
    one-word blend of the former name's words written in the article that place too.

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> t = ("Kabupaten Bandung Barat, yang hingga 2007 bernama Kabupaten Bandung Lembang, "
    ...      "dikenal warga sebagai Balem.")
    >>> place = load_gazetteer().lookup("Kabupaten Bandung Barat")
    >>> ss = [Span(0, 23, "LOC", place), Span(50, 67, "LOC"), Span(68, 75, "LOC"),
    ...       Span(99, 104, "PER")]
    >>> join_former_place_names(t, ss)
    >>> [(t[s.start : s.end], s.type, s.place is place)  # doctest: +NORMALIZE_WHITESPACE
    ...  for s in ss]
    [('Kabupaten Bandung Barat', 'LOC', True), ('Kabupaten Bandung Lembang', 'LOC', True),
     ('Balem', 'LOC', True)]
    """
    for m in _FORMER_PLACE.finditer(text):
        present = next(
            (s for s in spans if s.end == m.start() and s.type == "LOC" and s.place is not None),
            None,
        )
        if present is None:
            continue
        old_start, old_end = m.span("old")
        inside = [s for s in spans if s.start < old_end and old_start < s.end]
        if any(s.start < old_start or s.end > old_end for s in inside):
            continue  # a name runs over the former name's edge: leave the reading alone
        for s in inside:
            spans.remove(s)
        spans.append(Span(old_start, old_end, "LOC", present.place, present.entity))
        words = " ".join(m.group("words").split())
        for s in spans:
            blend = s.place is None and _BLEND.fullmatch(text, s.start, s.end) is not None
            if blend and abbreviates(text[s.start : s.end], words):
                s.type, s.place, s.entity = "LOC", present.place, present.entity
    spans.sort(key=lambda s: (s.start, s.end))
