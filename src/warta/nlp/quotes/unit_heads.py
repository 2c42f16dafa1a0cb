"""Police offices written as one word: a head's or a deputy's title glued to its unit.

Indonesian police news writes the head of a unit as one word, the head's short title
("Kasat", "Kanit", "Kabid", "Kasi", ...) glued to the unit's short name ("Reskrim",
"Lantas", "Humas", ...): "Kasatlantas Polres X", "Kabidhumas Polda Y", "Kanitreskrim
Polsek Z"; and a regional command's deputy by "Waka" glued to the command:
"Wakapolres X". Like "Kasat Reskrim" written apart, such a word is an office's title
before its place and its holder ("Kasatlantas Polres X, AKP Budi Santoso,"), never a
person's name.

>>> {"kasatreskrim", "kabidhumas", "wakapolres"} <= GLUED_UNIT_HEADS
True
>>> "kasat" in GLUED_UNIT_HEADS
False
"""

from __future__ import annotations

#: The short titles of a unit's head: head of a "satuan", of a "unit", of a "bidang",
#: of a "bagian", of a "subbagian", of a "subdirektorat", of a "seksi"; and a deputy
#: head of a "satuan".
_HEADS = (
    "kasat",
    "wakasat",
    "kanit",
    "kabid",
    "kabag",
    "kasubbag",
    "kasubag",
    "kasubdit",
    "kasi",
)
#: The short names of the units they head: criminal, general and special crimes,
#: narcotics, traffic, intelligence, patrol, community guidance, water and air police,
#: detention, public relations, internal affairs, operations.
_UNITS = (
    "reskrim",
    "reskrimum",
    "reskrimsus",
    "resnarkoba",
    "narkoba",
    "lantas",
    "intelkam",
    "samapta",
    "sabhara",
    "binmas",
    "polairud",
    "tahti",
    "humas",
    "propam",
    "ops",
)
#: The regional commands whose deputy is "Waka" glued to them.
_COMMANDS = ("polda", "polres", "polresta", "polrestabes", "polsek")

#: Every glued title, lower case.
GLUED_UNIT_HEADS = frozenset(
    {head + unit for head in _HEADS for unit in _UNITS}
    | {"waka" + command for command in _COMMANDS}
)
