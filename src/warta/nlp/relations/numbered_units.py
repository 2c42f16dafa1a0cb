"""Units of a firm or a body numbered after their name: "PT X Regional 3", "Y Daop 8".

Indonesian state firms and services number their regional units ("Regional 2",
"Daerah Operasi 8", "Divre III", "Wilayah II"); the entity layer ends the unit's name
before its number, so that two units of one firm would be one actor and neither is
named as the news and the gold sets name it. The number belongs to the name.
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


def units_with_number(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each organisation whose name ends with a unit word followed by
    the unit's number spanning the number too, and named with it.

    >>> t = "PT Dermaga Nusa Regional 2 menggandeng PT Bina Sarana."
    >>> ms = [Mention(0, 24, "PT Dermaga Nusa Regional", "ORG", "PT Dermaga Nusa Regional")]
    >>> [(m.text, m.entity) for m in units_with_number(t, ms)]
    [('PT Dermaga Nusa Regional 2', 'PT Dermaga Nusa Regional 2')]
    """
    out = []
    for m in mentions:
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
