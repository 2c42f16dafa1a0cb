"""Government bodies written by their Indonesian short forms, where the entity layer
tagged nothing.

Indonesian news writes ministries, regional governments, prosecutors' offices and
regional services by fixed short forms: *Kemen-* and the portfolio ("Kemenhub",
"Kemenkes", "Kemendikdasmen"), *Pemprov/Pemkab/Pemkot* and the region ("Pemprov DKI",
"Pemkab Bogor"), *Kejati/Kejari* and the region, and the regional services ("Dishub",
"Disdikbud", "Dinkes"). Once the full name has been given, a text goes on with the short
form alone; the entity layer often leaves it untagged, and the ministry asked or the
province asked is then no actor ("mendesak Kemenhub menertibkan …"). By their shape these
words name a body, so :func:`government_short_forms` tags each untagged one as an
organisation named as written, with the region's capitalised name after a regional one.
A bare "Pemprov" or "pemkab" is left to :mod:`.antecedents` (the body of that kind
named before).

>>> t = "Gubernur meminta Kemenhub dan Pemprov DKI Jakarta segera bertindak."
>>> [(m.text, m.type) for m in government_short_forms(t, [])]
[('Kemenhub', 'ORG'), ('Pemprov DKI Jakarta', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.lexicon import indonesian as lexicon
from warta.records import Mention

__all__ = ["government_short_forms"]

#: A ministry's short form: "Kemen" and its portfolio written on ("Kemenhub",
#: "KemenPPPA"), not the nouns "kemenangan" and "kementerian"; and the two written
#: "Kem-" ("Kemlu", "Kemnaker").
_MINISTRY = r"Kemen(?!ang|terian)[a-z]{2,}[A-Z]*|Kemlu|Kemnaker"
#: A regional service's short form ("Dinas Perhubungan" → "Dishub").
_SERVICE = (
    "Dishub|Disdik|Disdikbud|Disnaker|Disnakertrans|Disperindag|Disparbud|Dispar|Dinkes"
    "|Dinsos|Distan|Diskominfo|Disdukcapil|Dukcapil"
)
#: The short forms of regional bodies that take their region's name after them.
_REGIONAL = r"Pemprov|Pemkab|Pemkot|Pemko|Kejati|Kejari"
#: A region's name after a regional short form: capitalised words or an acronym.
_REGION = r"(?: (?:[A-Z][a-z]+|[A-Z]{2,4})(?![\w-]))*"
_SHORT_FORM = re.compile(
    rf"\b(?:(?:{_MINISTRY}|{_SERVICE})(?![\w-])|(?:{_REGIONAL})(?={_REGION}[^\w-])(?:{_REGION}))"
)
#: Words after a regional short form that are no region's name: the days of the week
#: and months a text dates with ("Pemkab, Senin lalu, …" written without its commas).
_NOT_REGION = frozenset(w.capitalize() for w in (*lexicon.WEEKDAYS, *lexicon.MONTHS))


def government_short_forms(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each untagged short form of a government body (see the module
    docstring) tagged as an organisation; a regional one alone ("Pemprov") is left."""
    out = list(mentions)
    for found in _SHORT_FORM.finditer(text):
        words = found.group().split()
        while len(words) > 1 and words[-1] in _NOT_REGION:
            words.pop()
        if re.fullmatch(_REGIONAL, words[0]) and len(words) == 1:
            continue  # "Pemprov" alone: the body of that kind named before
        start = found.start()
        end = start + len(" ".join(words))
        overlapping = [m for m in out if m.start < end and m.end > start]
        # "Pemprov DKI" with "DKI" tagged as a place: the region is part of the name
        places = [m for m in overlapping if m.type == "LOC" and m.start > start and m.end <= end]
        if len(places) < len(overlapping):
            continue  # tagged already, whole or in part
        name = text[start:end]
        out = [m for m in out if m not in places]
        out.append(Mention(start, end, name, "ORG", name))
    return sorted(out, key=lambda m: m.start)
