"""Units of a firm or a body numbered after their name: "PT X Regional 3", "Y Daop 8";
vessels numbered after theirs: "kapal X Maru No. 7".

Indonesian state firms and services number their regional units ("Regional 2",
"Daerah Operasi 8", "Divre III", "Wilayah II"); the entity layer ends the unit's name
before its number, so that two units of one firm would be one actor and neither is
named as the news and the gold sets name it. The number belongs to the name, as a
vessel's hull number ("No. 7") does: fishing boats of one name are told apart by it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from warta.records import Mention

#: Last words of a unit's name that a number follows ("Regional 3", "Daop 8").
_UNIT_WORDS = frozenset("Regional Region Daop Divre Divisi Wilayah Area Distrik Sektor".split())
#: A unit's number right after its name: one or two digits or a Roman numeral, then no
#: more of a word or a number ("Regional 3,", not "Regional 30.000" or "Regional 3D").
_NUMBER_AFTER = re.compile(r" (\d{1,2}|[IVX]{1,5})(?![\w.,]\d)(?![\w])")


#: A vessel's hull number right after its name ("Koyo Maru **No. 7**"), not a longer
#: number or one going on as a word.
_HULL_NUMBER = re.compile(r" No\. ?\d{1,3}(?![\w.,]\d)(?!\w)")
#: The noun a vessel's name is told after ("kapal penangkap ikan Jepang X"), in the
#: words before it: an address's number ("Jalan X No. 5") is no vessel's.
_VESSEL_NOUN = re.compile(r"\b(?:kapal|perahu)\b[^.,;]*$", re.IGNORECASE)


def units_with_number(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each organisation whose name ends with a unit word followed by
    the unit's number, and each vessel's name (told after "kapal") followed by its hull
    number, spanning the number too, and named with it.

    >>> t = "PT Dermaga Nusa Regional 2 menggandeng PT Bina Sarana."
    >>> ms = [Mention(0, 24, "PT Dermaga Nusa Regional", "ORG", "PT Dermaga Nusa Regional")]
    >>> [(m.text, m.entity) for m in units_with_number(t, ms)]
    [('PT Dermaga Nusa Regional 2', 'PT Dermaga Nusa Regional 2')]
    """
    out = []
    for m in mentions:
        hull = _HULL_NUMBER.match(text, m.end) if m.type != "LOC" else None
        if hull is not None and _VESSEL_NOUN.search(text, max(0, m.start - 60), m.start):
            tail = hull.group()
            entity = m.entity + tail if m.entity is not None else None
            out.append(replace(m, end=hull.end(), text=m.text + tail, entity=entity))
            continue
        number = _NUMBER_AFTER.match(text, m.end) if m.type == "ORG" else None
        if number is None or m.text.rsplit(" ", 1)[-1] not in _UNIT_WORDS:
            out.append(m)
            continue
        tail = number.group()
        entity = m.entity
        if entity is not None and entity.rsplit(" ", 1)[-1] in _UNIT_WORDS:
            entity += tail
        out.append(replace(m, end=number.end(), text=m.text + tail, entity=entity))
    return out
