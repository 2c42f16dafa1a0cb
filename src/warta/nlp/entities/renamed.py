"""Organisations an article gives under their present and their former name.

Ministries and agencies are renamed often, and the press recalls the old name beside the
new one: "<New>, yang sebelumnya bernama <Old>", "ketika kementerian tersebut masih
bernama <Old> (<ACR>)", "lembaga itu dulu bernama <Old>"; or tells the renaming with
"menjadi": "PT <Old> sejak <time> menjadi PT <New>"; a campus's by "kampus": "Kampus yang
hingga <year> bernama <Old> itu". :func:`join_former_names` makes the
old name (and every mention of it in the article) the present organisation, which is the
entity the reader follows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from warta.nlp.entities.spanrecord import Span

__all__ = ["join_former_names"]

# "bernama" after a word saying the name is past ("masih", "dulu", "sebelumnya"; "sampai
# <time> bernama", "sebelum <year> bernama"): the name after it is a former one.
_FORMER_NAME = re.compile(
    r"\b(?:masih|dulu|dahulu|sebelumnya|semula|pernah|lalu"
    r"|(?:hingga|sampai|sebelum)[ \t]+(?:tahun[ \t]+)?\d{4})[ \t]+bernama[ \t]+"
)

# A body that "became" another of its own kind: "<Old> sejak <time> menjadi <New>", "<Old>
# resmi berganti nama menjadi <New>" (the two names open with one head: "PT", "Badan").
_BECAME = re.compile(
    r"(?:[ \t]+\([A-Za-z0-9-]{2,20}\))?,?[ \t]+"
    r"(?:(?:sejak|mulai|pada|per)[ \t]+(?:[\w/-]+[ \t]+){1,3}?)?(?:resmi[ \t]+)?"
    r"(?:(?:berganti|berubah|ganti)[ \t]+nama[ \t]+)?menjadi[ \t]+"
)

# The present organisation, before "bernama": right before ", yang ..." ("<New>, yang
# sebelumnya bernama", "<New> (<ACR>), yang hingga <year> bernama"), or a noun for it
# with a demonstrative or "yang" ("kementerian tersebut", "lembaga itu", "lembaganya",
# "Kementerian yang").
_APPOSED = re.compile(r"(?:[ \t]+\([A-Za-z0-9-]{2,20}\))?,[ \t]+yang[ \t]+(?:\S+[ \t]+){0,5}$")
_ANAPHOR = re.compile(
    r"\b(?P<noun>[Kk]ementerian|[Ll]embaga|[Bb]adan|[Kk]omisi|[Dd]inas|[Pp]erusahaan|"
    r"[Pp]artai|[Ii]nstansi|[Ii]nstitusi|[Oo]toritas|[Kk]ampus)"
    r"(?:nya|[ \t]+(?:tersebut|itu|ini|yang))\b"
)
#: Nouns that stand for any organisation ("lembaga itu"), not one named with that head.
_ANY_ORGANISATION = frozenset({"lembaga", "instansi", "institusi"})
#: "kampus" stands for a university, an institute, a polytechnic, a college or an academy
#: ("Kampus yang hingga <year> bernama Institut <Name> itu"), named with any of their heads.
_CAMPUS_HEADS = frozenset({"universitas", "institut", "politeknik", "sekolah", "akademi"})
#: How far back the sentence is read for the present organisation.
_REACH = 160


def _name(text: str, s: Span) -> str:
    return s.entity or " ".join(text[s.start : s.end].split())


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - _REACH)
    cut = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos))
    return cut + 1 if cut >= 0 else lo


def join_former_names(text: str, spans: Sequence[Span]) -> None:
    """Name every organisation span the article gives as a former name (:data:`_FORMER_NAME`)
    after the present organisation it names just before.

    >>> t = ("Kementerian Pangan Lestari membuka kantor. Saat kementerian itu masih "
    ...      "bernama Kementerian Pangan, kantornya di Bogor.")
    >>> ss = [Span(0, 26, "ORG"), Span(78, 96, "ORG")]
    >>> join_former_names(t, ss)
    >>> ss[1].entity
    'Kementerian Pangan Lestari'
    >>> t = "Badan Sungai Raya, yang hingga 2019 bernama Balai Sungai Raya, membuka kantor."
    >>> ss = [Span(0, 17, "ORG"), Span(44, 61, "ORG")]
    >>> join_former_names(t, ss)
    >>> ss[1].entity
    'Badan Sungai Raya'
    """
    orgs = sorted((s for s in spans if s.type == "ORG" and s.place is None), key=lambda s: s.start)
    if not orgs:
        return
    starts = [s.start for s in orgs]
    ends = {s.end: s for s in orgs}
    renamed: dict[str, str] = {}
    for m in _FORMER_NAME.finditer(text):
        i = bisect.bisect_left(starts, m.end())
        if i == len(orgs) or starts[i] != m.end():
            continue
        old = _name(text, orgs[i])
        present = _present(text, m.start(), orgs, starts, ends, old)
        if present is not None and present != old:
            renamed.setdefault(old, present)
    for k, s in enumerate(orgs[:-1]):
        became = _BECAME.match(text, s.end)
        new = orgs[k + 1]
        old = _name(text, s)
        same_head = old.split()[0] == _name(text, new).split()[0]
        if became and became.end() == new.start and same_head and _name(text, new) != old:
            renamed.setdefault(old, _name(text, new))
    if renamed:
        for s in orgs:
            s.entity = renamed.get(_name(text, s), s.entity)


def _present(
    text: str,
    pos: int,
    orgs: Sequence[Span],
    starts: Sequence[int],
    ends: dict[int, Span],
    old: str,
) -> str | None:
    """The present organisation's name for the former name written after ``pos``."""
    begin = _sentence_start(text, pos)
    before = text[begin:pos]
    if (apposed := _APPOSED.search(before)) and (s := ends.get(begin + apposed.start())):
        return _name(text, s)
    anaphors = list(_ANAPHOR.finditer(before))
    if not anaphors:
        return None
    noun = anaphors[-1].group("noun").casefold()
    # The last organisation named before the noun, with that head unless it stands for any.
    for k in range(bisect.bisect_left(starts, begin + anaphors[-1].start()) - 1, -1, -1):
        name = _name(text, orgs[k])
        if name == old:
            continue
        head = name.split()[0].casefold()
        campus = noun == "kampus" and head in _CAMPUS_HEADS
        if noun in _ANY_ORGANISATION or head == noun or campus:
            return name
    return None
