"""Spans the tagger opened with a person's role noun ("Ekonom <Institute>", "CEO
<Company> <Name>"): the role is no part of a name.

:func:`split_role_opened` drops the role noun off the front of a span that is not a
person's, and where the rest is an organisation the article names on its own followed
by a name, cuts it into that organisation and the person. :func:`split_body_then_titled`
cuts "<Body> <Place> Mgr. <Name>" (a body, then its head's shortened title and name) into
the body and the person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.lexicon.indonesian import ROLE_NOUNS
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.names import is_org_head
from warta.nlp.entities.spanrecord import Span

# Role nouns of people, not offices (an office may open a body's name: "Kepala Staf ..."),
# and the English chief titles the business press writes.
_ROLE_WORDS = ROLE_NOUNS | frozenset({"ceo", "cfo", "coo", "cto", "founder", "co-founder"})
_WORD = re.compile(r"\S+")


def _name_shaped(words: Sequence[str]) -> bool:
    """Whether one to four words are written as a person's name: capitalised, no
    organisation head, no gazetteer place."""
    gazetteer = load_gazetteer()
    return 1 <= len(words) <= 4 and all(
        w[:1].isupper() and w[1:].islower() and not is_org_head(w) and gazetteer.lookup(w) is None
        for w in words
    )


def split_role_opened(text: str, spans: list[Span]) -> None:
    """Cut role nouns off the front of spans, in place (spans in text order): "Ekonom
    <Institute name>" becomes "<Institute name>"; "CEO <Org> <Given> <Surname>" (any type),
    where "<Org>" is another organisation span's whole text in the article, becomes the
    organisation and the person.

    >>> t = "Unit Sinar Dana (Sidana) tumbuh, kata CEO Sidana Budi Hartono. Analis Bank Raya hadir."
    >>> s = [Span(0, 15, "ORG"), Span(17, 23, "ORG"), Span(38, 61, "PER"), Span(63, 79, "ORG")]
    >>> split_role_opened(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s][2:]
    [('Sidana', 'ORG'), ('Budi Hartono', 'PER'), ('Bank Raya', 'ORG')]
    """
    orgs = {text[s.start : s.end] for s in spans if s.type == "ORG"}
    out: list[Span] = []
    for s in spans:
        words = list(_WORD.finditer(text, s.start, s.end))
        if s.place is not None or len(words) < 2:
            out.append(s)
            continue
        if words[0].group().casefold() not in _ROLE_WORDS or not words[1].group()[:1].isupper():
            out.append(s)
            continue
        s.start = words[1].start()  # "Ekonom <Institute>": the role is a person's
        rest = words[1:]
        cut = next(
            (
                k
                for k in range(1, len(rest))
                if text[rest[0].start() : rest[k - 1].end()] in orgs
                and _name_shaped([w.group() for w in rest[k:]])
            ),
            None,
        )
        if cut is None:
            out.append(s)
            continue
        s.type, s.end = "ORG", rest[cut - 1].end()
        out += [s, Span(rest[cut].start(), rest[-1].end(), "PER")]
    spans[:] = out


# Shortened titles with their full stop that open a person's name and no body's:
# "Uskup Keuskupan <Place> Mgr. <Name>", "Ketua Sinode <Place> Pdt. <Name>".
_SHORT_TITLE = re.compile(r"(?:Mgr|Pdt|Pr|Dr|Drs|Dra|Ir|Prof|Hj|dr)\.")


def split_body_then_titled(text: str, spans: list[Span]) -> None:
    """Cut a span (any type) opened by an organisation's head and holding a shortened
    title with its full stop followed by one to four name-shaped words into the body (ORG,
    up to the title) and the person (PER, after it), in place; the body written alone
    elsewhere and tagged a person is that body too.

    >>> t = "Uskup Keuskupan Larantuka Mgr. Paulus Dori Keban hadir."
    >>> s = [Span(6, 48, "PER")]
    >>> split_body_then_titled(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Keuskupan Larantuka', 'ORG'), ('Paulus Dori Keban', 'PER')]
    """
    out: list[Span] = []
    bodies: set[str] = set()
    for s in spans:
        words = list(_WORD.finditer(text, s.start, s.end))
        if s.place is not None or len(words) < 4 or not is_org_head(words[0].group()):
            out.append(s)
            continue
        titles = (i for i, w in enumerate(words) if i > 1 and _SHORT_TITLE.fullmatch(w.group()))
        at = next(titles, 0)
        if not at or not _name_shaped([w.group() for w in words[at + 1 :]]):
            out.append(s)
            continue
        s.type, s.end, s.entity = "ORG", words[at - 1].end(), None
        out += [s, Span(words[at + 1].start(), words[-1].end(), "PER")]
        bodies.add(text[s.start : s.end])
    for x in out:
        if x.type == "PER" and text[x.start : x.end] in bodies:
            x.type = "ORG"
    spans[:] = out
