"""Bodies counted in a sanction's object and named in a sentence after it.

Indonesian news often counts the bodies an act falls on and names them only later, in
a sentence that points back to the count with the collective numeral ("ke-" + number)
and a demonstrative: "X menjatuhkan sanksi terhadap tiga perusahaan Y. … Ketiga
perusahaan itu adalah A, B, dan C." Each named body is sanctioned. The state Y in "tiga
perusahaan Y" only says where the firms are from, so once they are named the triple on
Y gives way to one triple per firm; when they are never named, the state stays the
target (the gold sets code it so). Pure functions of the text and the relations found.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import replace

from warta.nlp.sentences import Sentence, split_sentences
from warta.records import Mention, Relation

__all__ = ["counted_bodies_named"]

#: Numbers that count a few bodies, as words (figures are matched as digits).
_NUMBERS = "dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
#: Common nouns for a kind of body that can be counted and then named (a firm, a bank,
#: an entity on a sanctions list); not people, ships or goods, which are no actors.
_BODY_NOUNS = "perusahaan|korporasi|entitas|firma|bank|lembaga|organisasi|badan usaha"
#: A counted body noun, possibly followed by words of its kind and a state ("tiga
#: perusahaan energi Rusia"): the state is then the last word before the target.
_COUNTED_RE = re.compile(rf"\b(?:{_NUMBERS}|\d+)\s+(?:{_BODY_NOUNS})\b(?:\s+[a-z]+){{0,2}}\s*$")
#: A sentence opening by pointing back to counted bodies and naming them ("Ketiga
#: perusahaan itu adalah …", "Kelima entitas tersebut yakni …").
_NAMING_RE = re.compile(
    rf"^\W*ke(?:{_NUMBERS})\s+(?:{_BODY_NOUNS})\b[^.,;]{{0,40}}?\b(?:itu|tersebut)\s+"
    r"(?:adalah|ialah|yakni|yaitu|bernama|masing-masing)\b",
    re.I,
)
#: How many sentences after the act the naming may come (a sentence on who announced
#: it may stand between).
_REACH = 2


def counted_bodies_named(
    text: str,
    relations: Sequence[Relation],
    actors: Sequence[Mention],
    gpe: Collection[str],
) -> list[Relation]:
    """``relations`` with each sanction on the state of counted bodies ("sanksi
    terhadap tiga perusahaan Y") replaced by one sanction per body when a sentence
    within :data:`_REACH` after it names them back ("Ketiga perusahaan itu adalah A, B
    dan C"); the others unchanged, in order."""
    if not any(r.action == "sanction" and _on_counted_bodies(r) for r in relations):
        return list(relations)  # the common case: no sentence split again
    sentences = split_sentences(text)
    out: list[Relation] = []
    for r in relations:
        counted = r.action == "sanction" and _on_counted_bodies(r)
        named = _named_after(r, sentences, actors, gpe) if counted else []
        if named:
            out.extend(replace(r, target=m.entity or m.text, target_start=m.start) for m in named)
        else:
            out.append(r)
    return out


def _on_counted_bodies(r: Relation) -> bool:
    """Whether the target of ``r`` only qualifies bodies counted right before it
    ("terhadap tiga perusahaan **Rusia**")."""
    at = r.target_start - r.start
    if not 0 < at <= len(r.sentence):
        return False
    return _COUNTED_RE.search(r.sentence[:at].casefold()) is not None


def _named_after(
    r: Relation, sentences: Sequence[Sentence], actors: Sequence[Mention], gpe: Collection[str]
) -> list[Mention]:
    """The bodies named, after the pointing back, in the first sentence within
    :data:`_REACH` after that of ``r`` that opens by naming counted bodies; else none.
    States and places in it only qualify them ("perusahaan Hong Kong tersebut")."""
    first = bisect_left([s.start for s in sentences], r.end)
    later = sentences[first : first + _REACH]
    for s in later:
        found = _NAMING_RE.match(s.text)
        if found is None:
            continue
        begin, end = s.start + found.end(), s.end
        return [
            m
            for m in actors
            if begin <= m.start < end and m.type != "LOC" and (m.entity or m.text) not in gpe
        ]
    return []
