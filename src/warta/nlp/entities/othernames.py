"""Places and bodies an article gives under a second name it declares.

The press names a city, a street, a monument, a temple or an airport by its official name
and then tells the name people use: "<Name>, yang akrab disebut <Other>", "<Name>, yang
oleh warga masih disebut <Other>", "<Name>, yang lebih dikenal sebagai <Other>"; or it
glosses a second name the other way round: "<Other>, sebutan <Name> dalam bahasa
<Language>"; or says who calls it so: "warga menyebut <Name> dengan nama <Other>",
"warga menyebut kota mereka <Other>"; or recalls its former name: "<Name>, yang semula
bernama <Old> dan oleh warga disebut <Other>", "<Head> itu bernama <Old> hingga <year>",
"Di zaman Belanda, kota itu bernama <Old>"; or gives a body's Indonesian name and then
its English one with the acronym it goes by: "<Indonesian name> atau <English name>
(<ACR>)".
:func:`join_declared_other_names` makes the other name (and every mention
of it in the article) the entity of the declared one. Persons have their own declarations
(:mod:`warta.nlp.entities.callnames`). :func:`formal_state_names` reads a state's formal
name the gazetteer does not list ("Republik Demokratik <State>") as that state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.lexicon.indonesian import ENGLISH_BODY_TAILS, ORGANISATION_HEADS
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
# Who calls it so ("oleh warga <...>", "di kalangan <...>", "dalam bahasa <...>", up to
# five words), adverbs
# ("masih", "akrab", "juga", "lebih", "biasa"), then "disebut" or "dikenal (<who>)
# sebagai / dengan nama / dengan sebutan", or its former name ("semula bernama"): the
# other name starts right after.
_CALLED = (
    r"(?:(?:oleh|di|bagi|dalam)[ \t]+(?:[\w-]+[ \t]+){1,5}?)?"
    r"(?:(?:masih|juga|akrab|lebih|biasa|kerap|sering|populer)[ \t]+){0,2}"
    rf"(?:disebut|dinamai|{_PAST}[ \t]+bernama"
    r"|dikenal(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:sebagai|dengan[ \t]+(?:nama|sebutan)))"
    r"[ \t]+"
)
# After the named entity (and its bracketed short name, and an apposition of lower-case
# words: "<Name>, masjid terbesar di daerah itu, yang ..."): ", yang", then :data:`_CALLED`.
_CALLED_AFTER = re.compile(
    r"(?:[ \t]+\([^()\n]{1,30}\))?(?:,[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,7})?"
    r",[ \t]+yang[ \t]+" + _CALLED
)
# "menyebut <Name> dengan nama <Other>": who calls a place by another name, the place named.
_CALLS_BY_NAME = re.compile(r"(?<![\w-])menyebut[ \t]+(?=[A-Z])")
_BY_NAME = re.compile(r"[ \t]+dengan[ \t]+(?:nama|sebutan)[ \t]+")
# A third name chained after the second: "<Name>, yang semula bernama <Other> dan oleh
# warga juga disebut <Third>".
_CALLED_TOO = re.compile(r"(?:[ \t]+\([^()\n]{1,30}\))?,?[ \t]+(?:dan|serta)[ \t]+" + _CALLED)
# A name given by the thing's head noun with a demonstrative: "Bandara itu bernama <Old>
# (<ACR>) hingga <year>", "Pasar tersebut dulu bernama <Old>", "Jembatan itu dikenal
# sebagai Jembatan <Other>" (the head names the last place or body of that head before),
# maybe with a relative clause on the head: "Jembatan yang dibangun pada <year> itu semula
# bernama <Old>", or the clause giving the name before the demonstrative: "Jembatan yang
# dikenal sebagai Jembatan <Other> itu"; or by a verb of calling on the head or on "-nya":
# "warga menyebut kota mereka <Other>", "warga menyebutnya Jembatan <Other>".
_HEAD_FORMERLY = re.compile(
    r"(?<![\w-])(?P<head>[A-Za-z]+)(?:(?:[ \t]+yang(?:[ \t]+[\w/.,-]+){1,6}?)?"
    r"[ \t]+(?:itu|tersebut)[ \t]+"
    rf"(?:(?P<past>{_PAST})[ \t]+)?(?:(?:juga|masih|lebih|akrab|kerap|sering)[ \t]+){{0,3}}"
    r"(?:bernama|dikenal[ \t]+sebagai|disebut)[ \t]+"
    # "pasar itu kerap disebut orang dengan nama lama, Pasar <Old>": who calls it so, and
    # the kind of name
    r"(?:(?:oleh[ \t]+)?[a-z]+[ \t]+dengan[ \t]+(?:nama|sebutan)(?:[ \t]+(?:lama|lain)(?:nya)?)?"
    r",?[ \t]+)?"
    # "Benteng yang juga dikenal sebagai Benteng <Other> itu": the demonstrative after the
    # name the relative clause gives
    r"|[ \t]+yang[ \t]+(?:(?:juga|masih|lebih|akrab|kerap|sering)[ \t]+){0,2}"
    r"(?:dikenal(?:[ \t]+[a-z]+){0,2}?[ \t]+sebagai|disebut(?:[ \t]+[a-z]+){0,2}?)[ \t]+"
    r"(?=[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+(?:itu|tersebut)(?![\w-])))"
    r"|(?<![\w-])menyebut(?:nya|[ \t]+(?P<called>[a-z]+)[ \t]+(?:itu|ini|tersebut|mereka|kami))"
    r"[ \t]+(?:dengan[ \t]+(?:nama|sebutan)[ \t]+)?"
)
# A time before the present earlier in the sentence: "Di zaman Belanda, kota itu bernama
# <Old>", "Sebelum dipugar, pasar itu dikenal sebagai <Old>".
_PAST_LEAD = re.compile(
    r"(?<![\w-])(?:[Ss]ebelum|[Dd]ulu|[Dd]ahulu|[Ss]emula|[Ss]emasa|(?:masa|zaman|era)[ \t]+"
    r"(?:kolonial|penjajahan|Hindia[ \t]+Belanda|Belanda|Jepang|Orde[ \t]+Baru))(?![\w-])"
)
# A name the verbs above are followed by that no span covers: capitalised words.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}")
_UNTIL_YEAR = re.compile(
    r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+(?:hingga|sampai)[ \t]+(?:(?:akhir|awal)[ \t]+)?"
    r"(?:tahun[ \t]+)?\d{4}(?!\d)"
)
# "<Thing> di <Place>, yang dikenal sebagai <Other>": the clause may qualify the thing
# before the place it stands in (see :func:`_qualified`).
_IN_PLACE = re.compile(r"[ \t]+(?:di|ke|dari)[ \t]+")
# After the other name: ", sebutan (lain|warga|populer) (untuk|bagi) <Name>".
_GLOSS_AFTER = re.compile(
    r",[ \t]+(?:sebutan|nama)(?:[ \t]+(?:lain|lama|akrab|populer|warga|setempat)){0,2}"
    r"(?:[ \t]+(?:untuk|bagi))?[ \t]+"
)


# "<Indonesian name> atau <English name> (<ACR>)": the second name, then its acronym.
_OR_ENGLISH = re.compile(r"[ \t]+atau[ \t]+")
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,7})\)")
# A company's legal form opening its name: the legal name is the company's own.
_LEGAL_FORM = re.compile(r"(?:PT|Perum|Persero)[ \t]")


def _english_name_of(text: str, first: Span, second: Span) -> bool:
    """Whether ``second`` is ``first``'s English name, as "<first> atau <second> (<ACR>)"
    writes it: the first opens with an Indonesian body's head ("Bank <Field> <Region>"),
    the second closes with an English one and does not open with one ("<Region> <Field>
    Bank"), and the acronym after it spells the second's words.

    >>> t = "Badan Pangan Dunia atau World Food Agency (WFA) datang."
    >>> _english_name_of(t, Span(0, 18, "ORG"), Span(24, 41, "ORG"))
    True
    """
    words = text[second.start : second.end].split()
    acronym = _ACRONYM_AFTER.match(text, second.end)
    return (
        first.type == second.type == "ORG"
        and text[first.start : first.end].split()[0].casefold() in ORGANISATION_HEADS
        and words[-1].casefold() in ENGLISH_BODY_TAILS
        and words[0].casefold() not in ORGANISATION_HEADS
        and acronym is not None
        # (its capitals: "AfDB" of "African Development Bank")
        and "".join(c for c in acronym.group(1) if c.isupper())
        == "".join(w[0] for w in words if w[:1].isupper())
    )


def _head(text: str, s: Span) -> str:
    """The first word of ``s`` as written, case-folded: its head noun if it has one."""
    return text[s.start : s.end].split()[0].casefold()


def _qualified(text: str, s: Span, other: Span, starts: dict[int, Span]) -> Span:
    """The span a relative clause after ``s`` names ``other`` for: ``s``, or the thing
    standing "di <s>" just before it when ``other`` has that thing's head noun and not
    ``s``'s ("<Airport> di <Regency>, yang dikenal sebagai Bandara <Other>": the airport)."""
    head = _head(text, other)
    if _head(text, s) == head:
        return s
    for before in starts.values():
        gap = _IN_PLACE.fullmatch(text, before.end, s.start)
        if gap is not None and _head(text, before) == head:
            return before
    return s


def _name(text: str, s: Span) -> str:
    if s.place is not None:
        return s.place.name
    return s.entity or " ".join(text[s.start : s.end].split())


def _untagged_name(text: str, pos: int, spans: list[Span], persons: bool = False) -> Span | None:
    """A place span for the capitalised words at ``pos`` (:data:`_CAPITALISED_RUN`) that
    no span touches: a second name the tagger did not know; None when there are none.
    With ``persons``, person spans inside the words give way (the tagger read part of
    the name as a person's: "<Word> |<Word> <Word>|"), removed from ``spans``."""
    run = _CAPITALISED_RUN.match(text, pos)
    if run is None:
        return None
    inside = [s for s in spans if s.start < run.end() and run.start() < s.end]
    if any(
        not persons or s.type != "PER" or s.start < run.start() or s.end > run.end()
        for s in inside
    ):
        return None
    for s in inside:
        spans.remove(s)
    return Span(run.start(), run.end(), "LOC")


def _named_by_head(
    text: str, spans: list[Span], named: Sequence[Span]
) -> list[tuple[Span, Span]]:
    """``(other name, named thing)`` for each name :data:`_HEAD_FORMERLY` gives a thing by
    its head noun: the last span before of that head, not itself a second name. The name
    is kept when a verb of calling names the head, when it has the thing's head, or when
    it is a former one (a past word, its last year after it, a past time earlier in the
    sentence); a person span there is retyped and capitalised words no span covers
    become a span: the head says what the name is."""
    found: list[tuple[Span, Span]] = []
    given: set[int] = set()
    starts = {s.start: s for s in spans if not s.nested}
    for m in _HEAD_FORMERLY.finditer(text):
        old = starts.get(m.end()) or _untagged_name(text, m.end(), spans)
        if old is None:
            continue
        head = (m.group("head") or m.group("called") or text[old.start : old.end].split()[0])
        head = head.casefold()
        sentence = text.rfind(".", 0, m.start()) + 1
        past = (m.group("past") or _UNTIL_YEAR.match(text, old.end)
                or _PAST_LEAD.search(text, sentence, m.start()))
        if not (past or m.group("called")) and _head(text, old) != head:
            continue
        present = [
            s for s in named
            if s.end <= m.start() and id(s) not in given and s.type != "PER"
            and head in (_head(text, s), _name(text, s).split()[0].casefold())
        ]
        if not present:
            continue
        if old.type == "PER" or old not in spans:
            old.type, old.place = present[-1].type, present[-1].place
            if old not in spans:
                spans.append(old)
        given.add(id(old))
        found.append((old, present[-1]))
    return found


def join_declared_other_names(text: str, spans: list[Span]) -> None:
    """Give every span of a second name the article declares for a place or a body (not a
    person) the declared entity's name, place and type.

    >>> t = "Pasar Wetan, yang oleh warga masih disebut Pasar Lama, ramai. Pasar Lama padat."
    >>> ss = [Span(0, 11, "LOC"), Span(43, 53, "LOC"), Span(62, 72, "ORG")]
    >>> join_declared_other_names(t, ss)
    >>> [(s.entity, s.type) for s in ss[1:]]
    [('Pasar Wetan', 'LOC'), ('Pasar Wetan', 'LOC')]
    """
    named = [s for s in spans if s.type != "PER" and not s.nested]
    if not named or not any(
        w in text for w in ("sebut", "nyebut", "dikenal", "dinamai", ", nama", "bernama", " atau ")
    ):
        return
    starts = {s.start: s for s in named}
    other: dict[str, Span] = {}

    def second_at(pos: int, first: Span) -> Span | None:
        # the span there, else capitalised words no span covers, of the first's type
        found = starts.get(pos)
        if found is None and (found := _untagged_name(text, pos, spans, True)) is not None:
            found.type = first.type
            spans.append(found)
            named.append(found)
            starts[pos] = found
        return found

    for m in _CALLS_BY_NAME.finditer(text):
        place = starts.get(m.end())
        by_name = _BY_NAME.match(text, place.end) if place is not None else None
        if place is not None and by_name and (second := second_at(by_name.end(), place)):
            other.setdefault(_name(text, second), place)
    for s in list(named):
        called = _CALLED_AFTER.match(text, s.end)
        if called and (second := second_at(called.end(), s)) is not None:
            other.setdefault(_name(text, second), _qualified(text, s, second, starts))
            too = _CALLED_TOO.match(text, second.end)
            if too and (third := starts.get(too.end())) is not None:
                other.setdefault(_name(text, third), s)
        # the English name with its acronym is the one the article goes on with, but for
        # a company's legal name ("PT <Name> atau <English name> (<ACR>)")
        english = _OR_ENGLISH.match(text, s.end)
        if english and (second := starts.get(english.end())) and _english_name_of(
            text, s, second
        ):
            if _LEGAL_FORM.match(text, s.start):
                other.setdefault(_name(text, second), s)
            else:
                other.setdefault(_name(text, s), second)
        glossed = _GLOSS_AFTER.match(text, s.end)
        if glossed and (first := starts.get(glossed.end())) is not None:
            other.setdefault(_name(text, s), first)
    for old, present in _named_by_head(text, spans, named):
        if _name(text, present) != _name(text, old):
            if old not in named:
                named.append(old)
            other.setdefault(_name(text, old), present)
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
