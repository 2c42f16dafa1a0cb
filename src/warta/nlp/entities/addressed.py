"""Given names spelt like places, after a form of address; forms of address dropped
from a name.

A form of address ("Pak", "Abah", "Ceu", "Mbah"; see FORMS_OF_ADDRESS) goes before a
person's given name and never before a place: "Abah <Country>" is a man whose given name
is spelt like the country. The gazetteer's place span is trusted over the tagger's, so
without these rules the form of address is left a person of its own and the given name a
place ("<Country> <Surname>" then "Abah <Country>": one man read as two entities and a
country).

A form of address is no part of the name either: "Uni <Name>" then "<Name>" alone is a
woman called <Name> (:func:`names_without_address`), and "Mbah <Name>", written so every
time, names a man or woman whose name is <Name> (:func:`address_left_out`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.lexicon.indonesian import FORMS_OF_ADDRESS
from warta.nlp.entities.names import KOREAN_SURNAMES, WIFE_TITLES, is_teknonym, korean_name_at
from warta.nlp.entities.spanrecord import _WORD, Span

# A form of address right before a place span: "Abah |<Town>|".
_ADDRESS_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$")


def addressed_place_named_person(
    text: str, c: Span, hits: list[Span], free: dict[str, int]
) -> bool:
    """Whether the tagger's person span ``c`` is a form of address and a one-word
    gazetteer place (``hits``: the trusted spans it overlaps) whose word opens a full name
    the article writes alone (``free``): that person, called by his given name.

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> t = "Chad Nugroho (52) tiba. Kata Abah Chad, air naik."
    >>> place = Span(34, 38, "LOC", place=load_gazetteer().lookup("Chad"))
    >>> addressed_place_named_person(t, Span(29, 38, "PER"), [place], {"Chad Nugroho": 1})
    True
    """
    words = list(_WORD.finditer(text, c.start, c.end))
    return (
        len(words) == 2
        and len(hits) == 1
        and hits[0].place is not None
        and (hits[0].start, hits[0].end) == (words[1].start(), words[1].end())
        and words[0].group().casefold() in FORMS_OF_ADDRESS
        and any(name.split()[0] == words[1].group() for name in free)
    )


def addressed_places(text: str, spans: list[Span]) -> None:
    """Read as a person each one-word place span right after a form of address when its
    word is a word of a person's name of two words or more in ``spans`` ("<Town>
    <Surname>", or the article's other "Abah <Town>", which
    :func:`addressed_place_named_person` kept): the span takes the form of address in
    and becomes that person. In place, on the sorted spans (none overlapping).

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> t = "Chad Nugroho (52) rugi. Kata Abah Chad, air naik."
    >>> s = [Span(0, 12, "PER"), Span(34, 38, "LOC", place=load_gazetteer().lookup("Chad"))]
    >>> addressed_places(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Chad Nugroho', 'PER'), ('Abah Chad', 'PER')]
    """
    named = {
        word
        for s in spans
        if s.type == "PER" and len(words := text[s.start : s.end].split()) > 1
        for word in words
    }
    if not named:
        return
    end = 0  # where the span before ends: a form of address inside it is that span's
    for s in spans:
        before_end, end = end, max(end, s.end)
        if s.place is None or s.type != "LOC" or _WORD.fullmatch(text, s.start, s.end) is None:
            continue
        before = _ADDRESS_BEFORE.search(text, max(0, s.start - 12), s.start)
        if before is None or before.group(1).casefold() not in FORMS_OF_ADDRESS:
            continue
        if before.start(1) < before_end:
            continue
        if text[s.start : s.end] in named:
            s.start, s.type, s.place, s.entity = before.start(1), "PER", None, None


# Forms of address that are titles of rank or adult names, part of the name they open
# ("Daeng <Name>" is a Makassarese adult name, "Karaeng <Place>" a noble's title, "Gus
# <Name>" a kiai's son): only the everyday forms of kinship and courtesy are dropped.
_NAME_FORMING = frozenset(
    "daeng karaeng kraeng petta puang ampon mangku habib gus ning lora kiai kyai yai nyai "
    "tuan nyonya".split()
)


def names_without_address(text: str, spans: Sequence[Span]) -> None:
    """Rename, in place, each person named "<form of address> <Word>" to "<Word>" when
    the article also writes "<Word>" alone for that person: "Uni <Word> (48) ... tutur
    <Word>" names a woman <Word>, the form of address being how the writer addresses her
    (an aunt, an elder sister), not her name. Titles of rank and adult names
    (:data:`_NAME_FORMING`) and teknonyms ("Amaq <Child>") stay whole.

    >>> t = "Pedagang, Uni Marlina (45), lari. Kata Marlina, api besar."
    >>> s = [Span(10, 21, "PER", entity="Uni Marlina"), Span(39, 46, "PER", entity="Uni Marlina")]
    >>> names_without_address(t, s)
    >>> [x.entity for x in s]
    ['Marlina', 'Marlina']
    """
    renamed: dict[str, str] = {}
    for s in spans:
        words = (s.entity or "").split()
        if (
            s.type == "PER"
            and len(words) == 2
            and words[0].casefold() in FORMS_OF_ADDRESS - _NAME_FORMING
            and not is_teknonym(words)
            and " ".join(text[s.start : s.end].split()) == words[1]
        ):
            renamed[s.entity or ""] = words[1]  # the bare word written alone: the name
    if not renamed:
        return
    for s in spans:
        if s.type == "PER" and s.entity in renamed:
            s.entity = renamed[s.entity]


# Forms of address a name is also cited without: kinship, courtesy and age ("Mbah
# <Name>", "Mama <Name>", "Uni <Name>") and a kiai's son's or a temple priest's ("Gus",
# "Mangku"). Not "Bu", "Ibu" or "Bapak": "Bu <Name>" may be a wife called by her
# husband's name, the word after it him; nor those spelt like a Korean family name
# ("Kang", "Pak"), which opens a Korean's name whatever his given name ("Kang <Given>").
_ADDRESS_LEFT_OUT = (
    FORMS_OF_ADDRESS
    - _NAME_FORMING
    - {"bu", "ibu", "bapak"}
    - {surname.casefold() for surname in KOREAN_SURNAMES}
) | {"gus", "mangku"}


def address_left_out(text: str, spans: Sequence[Span]) -> None:
    """Give each person mention written "<form of address> <Name>" (:data:`_ADDRESS_LEFT_OUT`)
    the surface "<Name>" too (``unaddressed``), in place: the person is known by both
    ("Mbah <Name> (81)", an old woman whose name is <Name>); the span and the entity name
    stay as they were. A teknonym ("Amaq <Child>"), a wife by her husband's name, a Korean
    name, and a name whose word names another person or a place of the article are left
    whole.

    >>> t = "Warga lansia, Mbah Sarinem (80), mengungsi. Kata Mbah Sarinem, air naik."
    >>> s = [Span(14, 26, "PER", entity="Mbah Sarinem"), Span(49, 61, "PER", entity="Mbah Sarinem")]
    >>> address_left_out(t, s)
    >>> [(t[x.start : x.end], x.unaddressed, x.entity) for x in s]  # doctest: +NORMALIZE_WHITESPACE
    [('Mbah Sarinem', 'Sarinem', 'Mbah Sarinem'), ('Mbah Sarinem', 'Sarinem', 'Mbah Sarinem')]
    """
    taken: dict[str, set[str | None]] = {}  # a word -> the entities whose names hold it
    for s in spans:
        for word in {*text[s.start : s.end].split(), *(s.entity or "").split()}:
            taken.setdefault(word, set()).add(s.entity if s.type == "PER" else None)
    for s in spans:
        words = list(_WORD.finditer(text, s.start, s.end))
        if (
            s.type != "PER"
            or s.place is not None
            or len(words) < 2
            or words[0].group().casefold() not in _ADDRESS_LEFT_OUT
            or not words[1].group()[0].isupper()
            or is_teknonym([w.group() for w in words])
            or WIFE_TITLES.intersection((s.entity or "").split()[:1])
            or korean_name_at(text, s.start) is not None
            or any(taken.get(w.group(), set()) - {s.entity} for w in words[1:])
        ):
            continue
        s.unaddressed = " ".join(text[words[1].start() : s.end].split())
