"""Votes against a resolution: each state voting no rejects the body that adopted it.

A vote is told after the adoption, with the resolution as the subject and the states
that voted no set against those for it: "X mengesahkan resolusi …. Resolusi itu didukung
N negara, sementara A dan B menolak." or in the passive, "resolusi itu … ditolak A
serta B". The states' no is aimed at the assembly that adopted the resolution (the gold
sets code it so), named as the subject of the adoption; nothing in the vote's sentence
names it, so the sentence readers find no target. Pure functions of the text, its
actors and the relations found.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from warta.nlp.relations.taxonomy import CLASSES
from warta.nlp.sentences import Sentence, split_sentences
from warta.records import Mention, Relation

__all__ = ["votes_against_resolutions"]

#: A body adopting a resolution ("X mengesahkan resolusi yang …").
_ADOPTING_RE = re.compile(r"\b(?:mengesahkan|mengadopsi|meloloskan|menyetujui)\s+resolusi\b", re.I)
#: A sentence on the resolution's vote: it as the subject of a passive of support.
_VOTE_RE = re.compile(r"\bresolusi\b[^.]*?\bdidukung\b", re.I)
#: The states voting no, set against those for: "sementara A, B dan C menolak." (the
#: verb with no object, ending the clause).
_AGAINST_RE = re.compile(
    r"\b(?:sementara|sedangkan)\s+(?P<voters>[^.;]+?)\s+"
    r"(?:menolak|menentang|memberikan\s+suara\s+menentang)\s*(?:[.,;]|$)"
)
#: The passive of the resolution turned down, its agents right after it.
_REJECTED_BY_RE = re.compile(r"\bditolak\s+(?:oleh\s+)?")
#: What may join the states of a list ("A, B serta C").
_JOIN_RE = re.compile(r"^\s*(?:,\s*)?(?:dan\s+|serta\s+)?$")


def votes_against_resolutions(
    text: str,
    relations: Sequence[Relation],
    mentions: Sequence[Mention],
    gpe: Collection[str],
    dated: Sequence[tuple[int, str]],
) -> list[Relation]:
    """``relations`` followed by a rejection of the adopting body by each state told
    voting no on its resolution, unless the extractor found that rejection already.
    ``mentions``: the article's outermost mentions, places the entity layer left
    untyped included."""
    if _ADOPTING_RE.search(text) is None:
        return list(relations)  # the common case: no resolution adopted
    out = list(relations)
    adopter: tuple[str, int, Sentence] | None = None
    for sent in split_sentences(text):
        adopted = _ADOPTING_RE.search(sent.text)
        if adopted is not None:
            adopter = (
                _adopter(sent, sent.start + adopted.start(), relations, mentions, gpe) or adopter
            )
        if adopter is None or _VOTE_RE.search(sent.text) is None:
            continue
        for voter in _voters_against(sent, mentions, gpe):
            name = voter.referent or voter.entity or voter.text
            if not any(
                r.start == sent.start and r.source == name and r.action == "reject" for r in out
            ):
                out.append(_rejection(sent, name, voter.start, adopter, dated))
    return out


def _adopter(
    sent: Sentence,
    verb: int,
    relations: Sequence[Relation],
    actors: Sequence[Mention],
    gpe: Collection[str],
) -> tuple[str, int, Sentence] | None:
    """The body adopting the resolution at offset ``verb``: the first organisation
    of its sentence before the verb, under the name the extractor gave it when it acts
    in a relation there; else ``None``."""
    for m in actors:
        if sent.start <= m.start < verb and m.type == "ORG" and not _state(m, gpe):
            named = [r.source for r in relations if r.source_start == m.start]
            return (named[0] if named else m.entity or m.text), m.start, sent
    return None


def _voters_against(
    sent: Sentence, actors: Sequence[Mention], gpe: Collection[str]
) -> list[Mention]:
    """The states ``sent`` tells voting no, in either form (see the module docstring)."""
    # only states vote: a place listed among them is one the entity layer left untyped
    inside = [
        m
        for m in actors
        if sent.start <= m.start < sent.end and (_state(m, gpe) or m.type == "LOC")
    ]
    against = _AGAINST_RE.search(sent.text)
    if against is not None:
        begin, end = sent.start + against.start("voters"), sent.start + against.end("voters")
        return [m for m in inside if begin <= m.start and m.end <= end]
    rejected = _REJECTED_BY_RE.search(sent.text)
    if rejected is None:
        return []
    listed: list[Mention] = []
    at = sent.start + rejected.end()
    for m in inside:
        if m.start < at:
            continue
        if _JOIN_RE.match(sent.text[at - sent.start : m.start - sent.start]) is None:
            break  # the list ends at the first word that joins no further state
        listed.append(m)
        at = m.end
    return listed


def _state(m: Mention, gpe: Collection[str]) -> bool:
    return m.referent is not None or (m.entity or m.text) in gpe


def _rejection(
    sent: Sentence,
    voter: str,
    at: int,
    adopter: tuple[str, int, Sentence],
    dated: Sequence[tuple[int, str]],
) -> Relation:
    """The rejection of the adopting body by ``voter``, dated by the vote's sentence,
    else by the adoption's (a vote is held on the day the resolution is adopted)."""
    body, body_start, adopting = adopter
    when = _last_date(dated, sent) or _last_date(dated, adopting)
    return Relation(
        source=voter,
        action="reject",
        cameo=CLASSES["reject"].cameo,
        target=body,
        sentence=sent.text,
        start=sent.start,
        end=sent.end,
        trigger="menolak",
        date=when,
        date_source="clause" if when is not None else None,
        source_start=at,
        target_start=body_start,
    )


def _last_date(dated: Sequence[tuple[int, str]], sent: Sentence) -> str | None:
    inside = [iso for at, iso in dated if sent.start <= at < sent.end]
    return inside[-1] if inside else None
