"""Towns named as the ends of a route.

Travel and transport news gives a route as "dari <Town> ke <Town>" ("kapal dari <Port>
ke <Island town>", "penerbangan dari <City> ke <City>"). Where one end is a place the
gazetteer knows and the tagger typed the other, a lone name, an organisation (a small
town it does not know), :func:`route_ends` makes that end a place: what a route runs
between are places. An end the tagger left out, a lone name after "dari <Known place>
ke", or after a known place and a dash ("lintas <City>–<Town>", a line's ends), is
added as a place.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from warta.nlp.entities.names import is_org_head
from warta.nlp.entities.spanrecord import Span

__all__ = ["route_ends"]

# "dari <A> ke <B>" ("menuju <B>"): the word before the first end, and the words between.
_FROM = re.compile(r"(?<![\w-])dari[ \t]+$")
_TO = re.compile(r"[ \t]+(?:ke|menuju)[ \t]+")
# The route's next end right after a known place: "ke|menuju <Name>" (after "dari <Place>")
# or a dash without spaces ("<Place>–<Name>"); a lone capitalised word closing the name
# (no capital, digit or hyphen after it: "<Name> <Word>" may be a longer name).
_NEXT_END = re.compile(
    r"(?P<joint>[ \t]+(?:ke|menuju)[ \t]+|[–—])(?P<name>[A-Z][a-z]{2,})(?![\w'’-])(?![ \t]+[A-Z\d])"
)


def _lone_name(text: str, s: Span) -> bool:
    """Whether ``s`` is an organisation span of one capitalised word in title case (no
    acronym, no organisation's head): a name a town may bear."""
    word = text[s.start : s.end]
    return (
        s.type == "ORG"
        and s.place is None
        and word.isalpha()
        and word.istitle()
        and not is_org_head(word)
    )


def route_ends(text: str, spans: list[Span]) -> None:
    """Type, in place, a lone name the tagger read as an organisation a place where it is
    one end of a route ("dari <Known place> ke <Name>", "dari <Name> ke <Known place>"),
    and add the untagged end after a known place (:func:`_untagged_ends`).

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> t = "Kapal dari Ambon ke Wahai berangkat."
    >>> ss = [Span(11, 16, "LOC", load_gazetteer().lookup("Ambon")), Span(20, 25, "ORG")]
    >>> route_ends(t, ss)
    >>> ss[1].type
    'LOC'
    """
    if "dari" not in text:
        return
    ordered = sorted(spans, key=lambda s: s.start)
    for first, second in itertools.pairwise(ordered):
        to = _TO.match(text, first.end)
        if to is None or to.end() != second.start:
            continue
        if not _FROM.search(text, max(0, first.start - 8), first.start):
            continue
        for town, other in ((first, second), (second, first)):
            if _lone_name(text, town) and other.type == "LOC" and other.place is not None:
                town.type = "LOC"
    spans.extend(_untagged_ends(text, ordered))


def _untagged_ends(text: str, ordered: Sequence[Span]) -> list[Span]:
    """Place spans for the lone names no span covers that a route names after a place
    the gazetteer knows ("dari <Place> ke <Name>", "<Place>–<Name>"; ``ordered``: the
    spans in text order).

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> t = "Kapal dari Ambon ke Wahai dan bus Ambon–Hila berangkat."
    >>> ambon = load_gazetteer().lookup("Ambon")
    >>> ss = [Span(11, 16, "LOC", ambon), Span(34, 39, "LOC", ambon)]
    >>> [t[x.start : x.end] for x in _untagged_ends(t, ss)]
    ['Wahai', 'Hila']
    """
    added: list[Span] = []
    for k, place in enumerate(ordered):
        if place.type != "LOC" or place.place is None:
            continue
        m = _NEXT_END.match(text, place.end)
        if m is None or (k + 1 < len(ordered) and ordered[k + 1].start < m.end()):
            continue
        if m.group("joint") not in ("–", "—") and not _FROM.search(
            text, max(0, place.start - 8), place.start
        ):
            continue  # "ke <Name>" after a place is a route's only after "dari <Place>"
        if not is_org_head(m.group("name")):
            added.append(Span(m.start("name"), m.end("name"), "LOC"))
    return added
