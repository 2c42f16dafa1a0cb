"""Places and bodies an article gives under a second name it declares.

The press names a city, a street, a monument, a temple or an airport by its official name
and then tells the name people use: "<Name>, yang akrab disebut <Other>", "<Name>, yang
oleh warga masih disebut <Other>", "<Name>, yang lebih dikenal sebagai <Other>"; or it
glosses a second name the other way round: "<Other>, sebutan <Name> dalam bahasa
<Language>"; or recalls its former name: "<Name>, yang semula bernama <Old> dan oleh warga
disebut <Other>", "<Head> itu bernama <Old> hingga <year>".
:func:`join_declared_other_names` makes the other name (and every mention
of it in the article) the entity of the declared one. Persons have their own declarations
(:mod:`warta.nlp.entities.callnames`). :func:`formal_state_names` reads a state's formal
name the gazetteer does not list ("Republik Demokratik <State>") as that state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.spanrecord import Span
from warta.records import EntityType

__all__ = ["formal_state_names", "join_declared_other_names"]

# A state's formal name: the form of state, its qualifiers, then the state's short name
# ("Republik Demokratik <State>", "Kerajaan <State>", "Republik Federal <State>").
_FORMAL_STATE = re.compile(
    r"(?:Republik|Kerajaan|Federasi|Keamiran|Kesultanan|Konfederasi|Persemakmuran)"
    r"(?:[ \t]+(?:Demokratik|Rakyat|Federal|Islam|Sosialis|Arab|Bersatu|Kesatuan|Persatuan"
    r"|Demokrasi|Kooperasi))*[ \t]+(?P<state>[A-Z][\w' -]+)"
)

# A word saying a name is past: the name after "<past> bernama" is a former one.
_PAST = r"(?:semula|dulu|dahulu|sebelumnya|pernah)"
# Who calls it so ("oleh warga <...>", "di kalangan <...>", up to five words), adverbs
# ("masih", "akrab", "juga", "lebih", "biasa"), then "disebut" or "dikenal (<who>)
# sebagai / dengan nama / dengan sebutan", or its former name ("semula bernama"): the
# other name starts right after.
_CALLED = (
    r"(?:(?:oleh|di|bagi)[ \t]+(?:[\w-]+[ \t]+){1,5}?)?"
    r"(?:(?:masih|juga|akrab|lebih|biasa|kerap|sering|populer)[ \t]+){0,2}"
    rf"(?:disebut|dinamai|{_PAST}[ \t]+bernama"
    r"|dikenal(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:sebagai|dengan[ \t]+(?:nama|sebutan)))"
    r"[ \t]+"
)
# After the named entity (and its bracketed short name): ", yang", then :data:`_CALLED`.
_CALLED_AFTER = re.compile(r"(?:[ \t]+\([^()\n]{1,30}\))?,[ \t]+yang[ \t]+" + _CALLED)
# A third name chained after the second: "<Name>, yang semula bernama <Other> dan oleh
# warga juga disebut <Third>".
_CALLED_TOO = re.compile(r"(?:[ \t]+\([^()\n]{1,30}\))?,?[ \t]+(?:dan|serta)[ \t]+" + _CALLED)
# A former name given by the thing's head noun with a demonstrative, the name's last year
# after it: "Bandara itu bernama <Old> (<ACR>) hingga <year>", "Pasar tersebut dulu
# bernama <Old>" (the head names the last place or body of that head before), maybe
# with a relative clause on the head: "Jembatan yang dibangun pada <year> itu semula
# bernama <Old>".
_HEAD_FORMERLY = re.compile(
    r"(?<![\w-])(?P<head>[A-Za-z]+)(?:[ \t]+yang(?:[ \t]+[\w/.,-]+){1,6}?)?"
    r"[ \t]+(?:itu|tersebut)[ \t]+"
    rf"(?:(?P<past>{_PAST})[ \t]+)?bernama[ \t]+"
)
_UNTIL_YEAR = re.compile(
    r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+(?:hingga|sampai)[ \t]+(?:(?:akhir|awal)[ \t]+)?"
    r"(?:tahun[ \t]+)?\d{4}(?!\d)"
)
# After the other name: ", sebutan (lain|warga|populer) (untuk|bagi) <Name>".
_GLOSS_AFTER = re.compile(
    r",[ \t]+(?:sebutan|nama)(?:[ \t]+(?:lain|lama|akrab|populer|warga|setempat)){0,2}"
    r"(?:[ \t]+(?:untuk|bagi))?[ \t]+"
)


def _name(text: str, s: Span) -> str:
    if s.place is not None:
        return s.place.name
    return s.entity or " ".join(text[s.start : s.end].split())


def join_declared_other_names(text: str, spans: Sequence[Span]) -> None:
    """Give every span of a second name the article declares for a place or a body (not a
    person) the declared entity's name, place and type.

    >>> t = "Pasar Wetan, yang oleh warga masih disebut Pasar Lama, ramai. Pasar Lama padat."
    >>> ss = [Span(0, 11, "LOC"), Span(43, 53, "LOC"), Span(62, 72, "ORG")]
    >>> join_declared_other_names(t, ss)
    >>> [(s.entity, s.type) for s in ss[1:]]
    [('Pasar Wetan', 'LOC'), ('Pasar Wetan', 'LOC')]
    """
    named = [s for s in spans if s.type != "PER" and not s.nested]
    if len(named) < 2 or not any(
        w in text for w in ("sebut", "dikenal", "dinamai", ", nama", "bernama")
    ):
        return
    starts = {s.start: s for s in named}
    other: dict[str, Span] = {}
    for s in named:
        called = _CALLED_AFTER.match(text, s.end)
        if called and (second := starts.get(called.end())) is not None:
            other.setdefault(_name(text, second), s)
            too = _CALLED_TOO.match(text, second.end)
            if too and (third := starts.get(too.end())) is not None:
                other.setdefault(_name(text, third), s)
        glossed = _GLOSS_AFTER.match(text, s.end)
        if glossed and (first := starts.get(glossed.end())) is not None:
            other.setdefault(_name(text, s), first)
    for m in _HEAD_FORMERLY.finditer(text):
        old = starts.get(m.end())
        if old is None or not (m.group("past") or _UNTIL_YEAR.match(text, old.end)):
            continue
        head = m.group("head").casefold()
        present = [
            s for s in named
            if s.end <= m.start() and text[s.start : s.end].split()[0].casefold() == head
        ]
        if present and _name(text, present[-1]) != _name(text, old):
            other.setdefault(_name(text, old), present[-1])
    # One of the two names may be tagged a body ("Bandara <Name>" as an organisation):
    # a thing with a name people use besides its own is a place when either is one.
    kind: dict[str, EntityType] = {}
    for s in named:
        if (first := other.get(_name(text, s))) is not None:
            joined = kind.get(_name(text, first), first.type)
            kind[_name(text, first)] = "LOC" if "LOC" in {joined, s.type} else joined
    for s in named:
        declared = other.get(_name(text, s))
        if declared is not None and declared is not s and _name(text, declared) != _name(text, s):
            s.entity, s.place = _name(text, declared), declared.place
        s.type = kind.get(_name(text, s), s.type)


def formal_state_names(text: str, spans: Sequence[Span]) -> None:
    """Make a span that is a state's formal name (and every span named after it: its
    declared acronym) that state, a place, when the name after the form of state is a
    state the gazetteer knows.

    >>> t = "Warga Republik Demokratik Sao Tome dan Principe tiba."
    >>> ss = [Span(6, 47, "ORG")]
    >>> formal_state_names(t, ss)
    >>> (ss[0].type, ss[0].place.name if ss[0].place else None)
    ('LOC', 'Sao Tome and Principe')
    """
    states: dict[str, Span] = {}
    gazetteer = load_gazetteer()
    for s in spans:
        if s.type == "PER" or s.place is not None:
            continue
        formal = _FORMAL_STATE.fullmatch(" ".join(text[s.start : s.end].split()))
        state = gazetteer.lookup(formal.group("state")) if formal else None
        if state is not None and state.subtype == "GPE" and state.referent is None:
            s.type, s.place, s.entity = "LOC", state, None
            states[" ".join(text[s.start : s.end].split())] = s
    for s in spans:
        if s.place is None and s.type != "PER" and (formal_span := states.get(s.entity or "")):
            s.type, s.place, s.entity = "LOC", formal_span.place, None
