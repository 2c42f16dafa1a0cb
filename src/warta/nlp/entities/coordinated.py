"""Places the tagger read as people, told by the words around them.

Coordinated noun phrases are of one kind: in "<Place> dan <X>", "<Place> ke <X>" or
a route "<Place>–<X>", ``X`` is a place like its partner, and so is
``X`` in "di <X> dan <Place>"; a place's head shared by two names ("Waduk <A> dan <B>")
makes ``B`` a place of that kind. A preposition of place right before a name ("di <X>",
"ke <X>") or "asal <X>" (a person's place of origin) says the same: Indonesian writes
"kepada" before a person. :func:`coordinated_places` retypes such person spans as places
when nothing else in the article reads them as a person - nor an age in brackets after
the name: a list of victims coordinates people after their places of residence ("<A>
(52), warga <Place>, dan <B> (24)"), and the press gives an age to people only.
:func:`untagged_coordinated_places` adds the places of such a list the tagger left out
("<Place> dan <X>", "<Place>, <X>, dan <Y>").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    DIVISION_HEADS,
    FORMS_OF_ADDRESS,
    LANDMARK_HEADS,
    MONTHS,
    NAME_STOP_WORDS,
    NATURAL_FEATURE_HEADS,
    TITLE_WORDS,
    WEEKDAYS,
)
from warta.nlp.entities.gazetteer import Place, load_gazetteer
from warta.nlp.entities.names import is_org_head
from warta.nlp.entities.retyping import aged_name
from warta.nlp.entities.spanrecord import _TITLE_BEFORE, Covered, Span

# What joins two coordinated names: a conjunction, "ke" (from one place to another) or a
# dash without spaces (a route, "jalur <Place>–<Place>"). Not a comma: "<Office>
# <Place>, <Name>" puts the holder in apposition, and a dash with spaces ends a dateline.
# A comma before the conjunction closes a list ("<A>, <B>, dan <C>"): still coordination.
_JOINT = re.compile(r",?[ \t]+(?:dan|atau|serta)[ \t]+|[ \t]+(?:ke|hingga|sampai)[ \t]+|[-–—]")
# A preposition of place or "asal" right before the name, in lower case (mid-sentence).
_PLACE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:di|ke|asal)[ \t]+$")
# "di <X> dan <Place>": the coordination after a preposition of place.
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:di|ke|dari)[ \t]+$")
_CONJOINED = re.compile(r",?[ \t]+(?:dan|atau|serta)[ \t]+")
# Heads of named places and works, which two coordinated names share: "Bendungan <A> dan
# <B>" is "Bendungan <A> dan Bendungan <B>" (so "Desa", "Pantai", "Waduk" ...).
_SHARED_HEADS = (
    LANDMARK_HEADS
    | DIVISION_HEADS
    | NATURAL_FEATURE_HEADS
    | frozenset("bendungan bendung waduk embung situ".split())
)
# "<Head> <Name> dan ": a head and its first name before the conjunction.
_HEADED_PARTNER = re.compile(
    r"(?<![\w-])(?P<head>[A-Z][a-z-]+)(?:[ \t]+[A-Z][\w'’-]*){1,2}[ \t]+(?:dan|atau|serta)[ \t]+$"
)


# "<Head> <Name>, <Name>, [dan] ": a head and the names of a list before a later item of
# it, its last when the conjunction stands before it.
_HEADED_LIST = re.compile(
    r"(?<![\w-])(?P<head>[A-Z][a-z-]+)(?:[ \t]+[A-Z][\w'’-]*){1,2}"
    r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*,[ \t]+"
    r"(?P<last>(?:dan|atau|serta)[ \t]+)?$"
)
# What follows a list's middle item: more names after commas, then the conjunction
# before its last ("<B>, <C>, dan <D>"), within :data:`_LIST_REACH` characters.
_LIST_CLOSED = re.compile(
    r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*,?[ \t]+(?:dan|atau|serta)[ \t]+[A-Z]"
)
#: How far before a middle item of a list its head, and after it its closing
#: conjunction, may stand.
_LIST_REACH = 96


def _head_shared(text: str, start: int, end: int) -> bool:
    """Whether a place head and one name are coordinated right before the name at
    ``start:end``, so it shares the head ("Bendungan <A> dan <B>"), or the name is a
    later item of a list the head opens ("Kecamatan <A>, <B>, dan <C>"): a list closed
    by a conjunction, unlike an apposition ("Camat <Place>, <Name>, mengatakan")."""
    m = _HEADED_PARTNER.search(text, max(0, start - 48), start)
    if m is not None and m.group("head").casefold() in _SHARED_HEADS:
        return True
    listed = _HEADED_LIST.search(text, max(0, start - _LIST_REACH), start)
    if listed is None or listed.group("head").casefold() not in _SHARED_HEADS:
        return False
    if listed.group("last"):  # the list's last item
        return True
    return _LIST_CLOSED.match(text, end, end + _LIST_REACH) is not None


def _joined(text: str, left: Span, right: Span, joint: re.Pattern[str]) -> bool:
    """Whether only a joint of ``joint`` stands between ``left`` and ``right``."""
    return left.end <= right.start and joint.fullmatch(text, left.end, right.start) is not None


def _place_by_company(text: str, spans: Sequence[Span], i: int) -> bool:
    """Whether the words around ``spans[i]`` make it a place: a place coordinated before
    it, a preposition of place (or "asal") right before it, or a preposition before it
    and a place coordinated after it."""
    s = spans[i]
    before = text[max(0, s.start - 8) : s.start]
    if _PLACE_WORD_BEFORE.search(before) or _head_shared(text, s.start, s.end):
        return True
    left = spans[i - 1] if i > 0 else None
    if left is not None and left.type == "LOC" and _joined(text, left, s, _JOINT):
        return True
    right = spans[i + 1] if i + 1 < len(spans) else None
    return (
        right is not None
        and right.type == "LOC"
        and _joined(text, s, right, _CONJOINED)
        and _PREPOSITION_BEFORE.search(before) is not None
    )


def _no_other_person(words: list[str], people: Counter[str]) -> bool:
    """Whether a name of three words at most shares no word with another person span
    (``people``: the words of every person span, this one's included)."""
    return len(words) <= 3 and all(people[w] <= words.count(w) for w in words)


def _aged(text: str, s: Span) -> bool:
    """Whether the person span ``s`` carries an age in brackets ("<Name> (24)")."""
    return aged_name(text, s.end, text[s.start : s.end].split())


def coordinated_places(text: str, spans: list[Span]) -> None:
    """Retype person spans that the words around them make places (see the module
    docstring), in place; ``spans`` in text order, not overlapping. A span is left as
    it is when a title stands before it, when an age in brackets follows it, when it has
    more than three words, or when any of its words is a word of another person span (a
    person the article names again).

    >>> t = "Banjir melanda Lerepsari dan Sukamulyo. Warga di Tegalwaru mengungsi."
    >>> s = [Span(15, 24, "LOC"), Span(29, 38, "PER"), Span(49, 58, "PER")]
    >>> coordinated_places(t, s)
    >>> [x.type for x in s]
    ['LOC', 'LOC', 'LOC']
    >>> t = "Waduk Cilembu dan Sukarasa penuh."
    >>> s = [Span(18, 26, "PER")]
    >>> coordinated_places(t, s)
    >>> [x.type for x in s]
    ['LOC']
    """
    found: list[Span] = []
    for i, s in enumerate(spans):
        if s.type != "PER" or s.place is not None or s.nested or _aged(text, s):
            continue
        if _place_by_company(text, spans, i) and not _TITLE_BEFORE.search(
            text, max(0, s.start - 30), s.start
        ):
            found.append(s)
    if not found:
        return
    people = Counter(w for x in spans if x.type == "PER" for w in text[x.start : x.end].split())
    found = [s for s in found if _no_other_person(text[s.start : s.end].split(), people)]
    for s in found:  # after the scan: a retyped span is no partner of the next one
        s.type, s.entity, s.place = "LOC", None, _place_named(text[s.start : s.end], spans)


def _place_named(name: str, spans: Sequence[Span]) -> Place | None:
    """The place the gazetteer knows as ``name``, else the one place of the article
    named with its unit before it ("Kabupaten <Name>" for a bare "<Name>")."""
    place = load_gazetteer().lookup(name)
    if place is not None:
        return place
    units = {
        s.place.name: s.place
        for s in spans
        if s.place is not None
        and s.place.name.endswith(" " + name)
        and s.place.name.count(" ") == name.count(" ") + 1
    }
    return next(iter(units.values())) if len(units) == 1 else None


# A comma or a conjunction between two items of a list ("<A>, <B>, dan <C>").
_LIST_JOINT = re.compile(r"[ \t]*,?[ \t]*(?:(?:dan|serta)[ \t]+)?")


def _listed_between(text: str, left: Span, right: Span) -> bool:
    """Whether only a list's comma or conjunction stands between ``left`` and ``right``
    (at least a comma or a conjunction: two names side by side are one name)."""
    joint = _LIST_JOINT.fullmatch(text, left.end, right.start)
    return joint is not None and bool(joint.group().strip())


# The forces a list of bodies goes on with in common nouns ("<Body>, <X>, polisi,
# tentara, dan warga"): a comma, such a noun, then the list running on in lower case to
# its conjunction (a comma before it, or a further item: "<Body>, <Holder>, polisi dan
# ..." may be a sentence's subject after an apposition).
_FORCE_NOUN = r"(?:polisi|tentara|relawan|sukarelawan|aparat|petugas|pemadam|warga|masyarakat)"
_FORCES_AFTER = re.compile(
    rf"[ \t]*,[ \t]*{_FORCE_NOUN}(?:(?:[ \t]*,[ \t]*[a-z]+)+,?|[ \t]*,)"
    r"[ \t]+(?:dan|serta)[ \t]+[a-z]+"
)


def _listed_among_bodies(text: str, spans: Sequence[Span], i: int) -> bool:
    """Whether ``spans[i]`` is an item of a list whose items next to it are bodies: one
    on each side, or two on one side (the list's first or last item), or a body before
    it and forces in common nouns after it (:data:`_FORCES_AFTER`)."""
    if (
        i > 0
        and spans[i - 1].type == "ORG"
        and _listed_between(text, spans[i - 1], spans[i])
        and _FORCES_AFTER.match(text, spans[i].end)
    ):
        return True
    for first, last in ((i - 1, i + 1), (i, i + 2), (i - 2, i)):
        if first < 0 or last >= len(spans):
            continue
        items = range(first, last + 1)
        if all(spans[k].type == "ORG" for k in items if k != i) and all(
            _listed_between(text, spans[k], spans[k + 1]) for k in items[:-1]
        ):
            return True
    return False


def coordinated_bodies(text: str, spans: list[Span]) -> None:
    """Retype, in place, a person span listed between two organisations ("<Body>,
    <X>, dan <Body>"): the items of a list are of one kind, so ``X`` is a body too -
    unless a title stands before it, an age in brackets follows it, it has more than
    three words or a word of it is a word of another person span. ``spans`` in text
    order, not overlapping.

    >>> t = "Tim gabungan dari Basarnas, Wirabumi Sakti, dan TNI dikerahkan."
    >>> s = [Span(18, 26, "ORG"), Span(28, 42, "PER"), Span(48, 51, "ORG")]
    >>> coordinated_bodies(t, s)
    >>> [x.type for x in s]
    ['ORG', 'ORG', 'ORG']

    The first or last item of a list is a body too when the two items next to it are
    bodies ("<X>, <Body>, <Body>, dan ..."):

    >>> t = "Personel dari Wirabumi Sakti, TNI, Polri, dan relawan dikerahkan."
    >>> s = [Span(14, 28, "PER"), Span(30, 33, "ORG"), Span(35, 40, "ORG")]
    >>> coordinated_bodies(t, s)
    >>> [x.type for x in s]
    ['ORG', 'ORG', 'ORG']

    So is an item after a body that the list continues with forces in common nouns:

    >>> t = "Tim dari Basarnas, Wirabumi Sakti, polisi, dan relawan tiba."
    >>> s = [Span(9, 17, "ORG"), Span(19, 33, "PER")]
    >>> coordinated_bodies(t, s)
    >>> [x.type for x in s]
    ['ORG', 'ORG']
    """
    found = [
        s
        for i, s in enumerate(spans)
        if s.type == "PER"
        and s.place is None
        and not s.nested
        and not _aged(text, s)
        and _listed_among_bodies(text, spans, i)
        and not _TITLE_BEFORE.search(text, max(0, s.start - 30), s.start)
    ]
    if not found:
        return
    people = Counter(w for x in spans if x.type == "PER" for w in text[x.start : x.end].split())
    for s in found:
        if _no_other_person(text[s.start : s.end].split(), people):
            s.type, s.entity = "ORG", None


# A conjunction, or a list's comma, then a run of one to three capitalised words (the
# next item of a list) and what follows it.
_NEXT_ITEM = re.compile(
    r"(?P<joint>,?[ \t]+(?:dan|atau|serta)[ \t]+|,[ \t]+)"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})(?![\w'’-])"
)
# A capitalised word right after a space: the run goes on (a longer name).
_CAP_WORD_AFTER = re.compile(r"[ \t]+[A-Z]")
# Words that open no place's name: offices, bodies, forms of address, dates, function
# words ("<Place> dan Wakil Bupati", "<Place>, Senin, dan ...").
_NOT_PLACE_OPENERS = (
    TITLE_WORDS | FORMS_OF_ADDRESS | NAME_STOP_WORDS | frozenset(WEEKDAYS) | frozenset(MONTHS)
)


def _listed_place(
    text: str, end: int, covered: Covered, others: frozenset[str]
) -> Span | None:
    """The untagged next item after a place span ending at ``end``: "<Place> dan <X>",
    or "<Place>, <X>" in a list the conjunction closes after ``X``; none when ``X``
    opens with an office, a body's head, a form of address or a date, carries an age,
    runs on into more capitalised words, touches another span or holds a word of a
    person or body span (``others``: "<City> dan <Club>", the club named again)."""
    m = _NEXT_ITEM.match(text, end)
    if m is None:
        return None
    start, stop = m.span("name")
    words = m.group("name").split()
    if words[0].casefold() in _NOT_PLACE_OPENERS or is_org_head(words[0]):
        return None
    if m.group("joint").strip() == "," and not _LIST_CLOSED.match(text, stop):
        return None  # "<Place>, <X>, yang ...": an apposition, no list
    if others.intersection(words):
        return None
    if _CAP_WORD_AFTER.match(text, stop) or aged_name(text, stop, words):
        return None
    if covered.overlaps(start, stop):
        return None
    return Span(start, stop, "LOC", place=load_gazetteer().lookup(m.group("name")))


def untagged_coordinated_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """Place spans for the untagged items of a list whose item before is a place span:
    the items of a list are of one kind, so in "tujuan Pulau <A>, <B>, dan <C>" ``B``
    and ``C`` are places like ``Pulau <A>`` (see :func:`_listed_place` for what is no
    item). ``spans`` in text order, not overlapping; each new item is the place before
    the next.

    >>> t = "Kapal ke Pulau Lembata, Waiwerang, dan Lewoleba tertunda."
    >>> [t[x.start : x.end] for x in untagged_coordinated_places(t, [Span(9, 22, "LOC")])]
    ['Waiwerang', 'Lewoleba']
    """
    covered = Covered(spans)
    others = frozenset(w for s in spans if s.type != "LOC" for w in text[s.start : s.end].split())
    out: list[Span] = []
    for s in spans:
        if s.type != "LOC" or not _opens_list(text, s):
            continue
        item = _listed_place(text, s.end, covered, others)
        while item is not None:
            out.append(item)
            covered.add(item.start, item.end)
            item = _listed_place(text, item.end, covered, others)
    return out


# A capitalised word right before a span: the span ends a longer name ("BPBD <Regency>").
_CAP_WORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ \t]+$")
# Heads of places' names, and the kinds of regions.
_LIST_HEADS = _SHARED_HEADS | frozenset({"kota", "kabupaten", "provinsi"})


def _opens_list(text: str, s: Span) -> bool:
    """Whether the place span ``s`` may head a list of places: a place in its own right,
    not the tail of a longer name ("BPBD <Regency> dan <Agency>") nor a metonym for a
    body ("<Seat> dan <Seat>": the ministries)."""
    if s.place is not None and s.place.referent:
        return False
    before = _CAP_WORD_BEFORE.search(text, max(0, s.start - 32), s.start)
    # (a place's head the tagger left out of the span is the place's: "Pulau |<Name>")
    return before is None or before.group(1).casefold() in _LIST_HEADS
