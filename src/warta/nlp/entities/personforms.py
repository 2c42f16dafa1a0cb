"""Short forms of a person's full name that no word of the name spells out whole.

:func:`join_name_initials` gives an acronym of a person's name ("SBY", "Mas AHY") that
person; :func:`join_shortened_given_names` gives "<short given name> <Surname>" ("Frans
<Surname>" beside "Fransiskus <Middle> <Surname>") the one fuller name it shortens. Both
run on the resolved spans of one article, once call names are resolved and before the
one-word names left are given their holder (which then sees one person, not two).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from warta.lexicon.indonesian import FORMS_OF_ADDRESS
from warta.nlp.entities.spanrecord import ByStart, Span

# An acronym of a name: two to four capitals, maybe after a form of address ("Mas AHY").
_INITIALS = re.compile(r"(?:(?P<address>[A-Z][a-z]+)[ \t]+)?(?P<letters>[A-Z]{2,4})")
# A word of three or four capitals, alone: the initials the tagger left untagged.
_CAPITALS = re.compile(r"(?<![\w.-])[A-Z]{3,4}(?![\w-])")
# Initials that are a person's own name as the press writes it to withhold it: with an
# age in brackets ("AS (35)") or after "berinisial" ("berinisial AS"), a suspect's or a
# victim's; never the initials of another person's full name.
_OWN_INITIALS = re.compile(
    r"(?<![\w.-])(?:(?P<aged>[A-Z]{2,4})[ \t]*\(\d{1,2}\)"
    r"|(?:[Bb]er)?inisial[ \t]+(?P<declared>[A-Z]{2,4})(?![\w-]))"
)
# An initial with its full stop standing for a middle word ("X." of "Xaverius").
_INITIAL = re.compile(r"[A-Z]\.")
#: How many letters a shortened given name leaves out at least ("Frans" of "Fransiskus";
#: "Rahma" and "Rahman" are two names).
_LEFT_OUT = 3
#: The fewest letters of a shortened given name ("Hery").
_SHORTEST = 3


def _people(spans: Sequence[Span]) -> set[str]:
    """The full names (two words or more) the article's person spans resolved to."""
    return {x.entity for x in spans if x.type == "PER" and x.entity and " " in x.entity}


def _rename(spans: Sequence[Span], renamed: dict[str, str]) -> None:
    """Point every span of a renamed entity to its new one, typed a person."""
    if not renamed:
        return
    for x in spans:
        if x.entity in renamed:
            x.entity = renamed[x.entity]
            x.type = "PER"


def _initials(name: str) -> str:
    """The capitals that open the words of ``name`` ("Susilo Bambang Yudhoyono": SBY)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


# A ruler's regnal name cut to the initials of its words and the numeral ("HB X", "PB
# XIII"): two to four capitals, a Roman numeral.
_REGNAL = re.compile(r"[A-Z]{2,4}[ \t]+[IVXL]{1,6}")
_NUMERAL = re.compile(r"[IVXL]{1,6}")


def _regnal_initials(name: str) -> list[str]:
    """The short forms "<initials> <numeral>" of a name that ends in a Roman numeral: the
    initials of the last two to four words before it ("Sri Paduka Mangku Alam IX":
    "MA IX", "PMA IX", "SPMA IX"); none for other names.

    >>> _regnal_initials("Sri Paduka Mangku Alam IX")
    ['MA IX', 'PMA IX', 'SPMA IX']
    >>> _regnal_initials("Budi Santoso")
    []
    """
    words = name.split()
    if len(words) < 3 or not _NUMERAL.fullmatch(words[-1]):
        return []
    before = words[:-1]
    return [
        f"{_initials(' '.join(before[-k:]))} {words[-1]}"
        for k in range(2, min(4, len(before)) + 1)
        if all(w[:1].isupper() for w in before[-k:])
    ]


def join_name_initials(text: str, spans: list[Span]) -> None:
    """Give a span written as the initials of one person's full name ("SBY", also "Mas
    <XYZ>" with a form of address) that person, typed PER, in place; every span of the
    entity it stood for follows. Only where exactly one full name of the article has those
    initials (the first letters of its capitalised words; names of two words or more),
    and never a place the gazetteer knows or an organisation named by its full name.
    Three or four capitals the tagger left out are found too (one scan of the article,
    only when some full name has three words or more).

    A ruler's regnal name cut to initials and its numeral ("HB X" of "<...> Hamengku
    Buwono X") is the ruler's too.

    >>> t = "Budi Santoso Wibowo datang. BSW tersenyum."
    >>> s = [Span(0, 19, "PER", entity="Budi Santoso Wibowo"), Span(28, 31, "ORG")]
    >>> join_name_initials(t, s)
    >>> (s[1].type, s[1].entity)
    ('PER', 'Budi Santoso Wibowo')
    """
    by_initials: dict[str, set[str]] = defaultdict(set)
    for name in _people(spans):
        by_initials[_initials(name)].add(name)
        for short in _regnal_initials(name):
            by_initials[short].add(name)
    for own in _own_initials(text):  # "AB (35)": a suspect, not the official Ali Budiman
        by_initials.pop(own, None)
    if not by_initials:
        return
    _untagged_initials(text, spans, {k for k, v in by_initials.items() if len(v) == 1})
    renamed: dict[str, str] = {}
    for s in spans:
        if s.place is not None or s.nested:
            continue
        surface = " ".join(text[s.start : s.end].split())
        if s.entity not in (None, surface):
            continue
        regnal = _REGNAL.fullmatch(surface)  # "HB X": a ruler's regnal name, initials
        m = None if regnal else _INITIALS.fullmatch(surface)
        if regnal is None and (
            m is None or (m.group("address") or "mas").casefold() not in FORMS_OF_ADDRESS
        ):
            continue
        letters = regnal.group() if regnal else m.group("letters")  # type: ignore[union-attr]
        owners = by_initials.get(letters, set())
        if len(owners) == 1:
            s.entity = renamed[surface] = next(iter(owners))
            s.type = "PER"
    _rename(spans, renamed)


def _own_initials(text: str) -> set[str]:
    """The initials the article gives as someone's own name (:data:`_OWN_INITIALS`).

    >>> sorted(_own_initials("Tersangka berinisial RK dan AS (35) ditahan."))
    ['AS', 'RK']
    """
    if "(" not in text and "inisial" not in text:
        return set()
    return {m.group("aged") or m.group("declared") for m in _OWN_INITIALS.finditer(text)}


def _untagged_initials(text: str, spans: list[Span], initials: set[str]) -> None:
    """Add a span for every run of three or four capitals in ``initials`` no span covers."""
    if not any(len(i) > 2 for i in initials):
        return
    covered = ByStart(spans)
    for m in _CAPITALS.finditer(text):
        if m.group() in initials and not covered.overlapping(m.start(), m.end()):
            spans.append(Span(m.start(), m.end(), "ORG"))
    spans.sort(key=lambda x: x.start)


def _shortens(short: list[str], full: list[str]) -> bool:
    """Whether the name ``short`` is ``full`` with its given name cut short ("Frans"
    of "Fransiskus"), the same last word, and middle words kept, cut to initials or
    left out, in order."""
    given, first = short[0].casefold(), full[0].casefold()
    if short[-1].casefold() != full[-1].casefold() or len(given) < _SHORTEST:
        return False
    if not first.startswith(given) or len(first) < len(given) + _LEFT_OUT:
        return False
    middles = iter(full[1:-1])
    return all(any(_middle_fits(word, m) for m in middles) for word in short[1:-1])


def _middle_fits(word: str, middle: str) -> bool:
    """Whether a middle word of a short name is ``middle`` or its initial ("X.")."""
    if _INITIAL.fullmatch(word):
        return middle[:1] == word[:1]
    return middle.casefold() == word.casefold()


def join_shortened_given_names(spans: Sequence[Span]) -> None:
    """Give a person named "<short given name> [<middles>] <Surname>" the one fuller name
    of the article it shortens, in place: "Frans <Surname>" is "Fransiskus <Middle>
    <Surname>" (the given name three letters longer at least; middles written, cut to
    initials or left out). Two fuller names that fit leave it as it is.

    >>> s = [Span(0, 1, "PER", entity="Agustinus Wara Dapa"), Span(2, 3, "PER", entity="Agus Dapa")]
    >>> join_shortened_given_names(s)
    >>> s[1].entity
    'Agustinus Wara Dapa'
    """
    people = _people(spans)
    by_last: dict[str, list[list[str]]] = defaultdict(list)
    for name in people:
        by_last[name.split()[-1].casefold()].append(name.split())
    renamed: dict[str, str] = {}
    for name in people:
        short = name.split()
        fits = [f for f in by_last[short[-1].casefold()] if f != short and _shortens(short, f)]
        if len(fits) == 1:
            renamed[name] = " ".join(fits[0])
    _rename(spans, renamed)
