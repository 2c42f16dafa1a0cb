"""Spans the tagger opened with a person's role noun ("Ekonom <Institute>", "CEO
<Company> <Name>"): the role is no part of a name.

:func:`split_role_opened` drops the role noun off the front of a span that is not a
person's, and where the rest is an organisation the article names on its own followed
by a name, cuts it into that organisation and the person.
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
