"""The other party of an article about two: whom an act with no target named answers.

A report on a dispute between two parties names the other side once, in its lead, and
then tells each side's moves without naming it again: "Warga Desa X memprotes PT Y
…. Mereka menolak rencana perluasan kebun." or "KPK menahan bupati Z …. Kuasa hukum
Z membantah semua tudingan." The reader (and the analyst) takes
the counterpart as the one the move answers. :class:`Counterparts` keeps the article's
first pair of parties, told by its first relation, and gives for a subject that is one
of them (by its name, its state, or an office naming it) the other one.

Only the pair told first counts: a later pair may be a side story ("… sementara
Z menuntut W"), and a third party's act is never aimed at either side by this rule.

>>> from warta.nlp.relations.actors import _Actor
>>> a, b = _Actor("PT Y", 0, 4, 0, 1, False, True), _Actor("Warga X", 9, 16, 3, 4, False)
>>> sides = Counterparts()
>>> sides.told(a, b, "disapprove", 1)
>>> sides.other(b).name
'PT Y'
>>> sides.other(_Actor("Dinas Z", 0, 7, 0, 1, False, True)) is None
True
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from warta.nlp.relations.actors import _Actor, _History
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.words import _ANAPHOR, _MANNER

__all__ = [
    "ANSWERED_BY",
    "ANSWERING",
    "Counterparts",
    "aimed_at_many",
    "answers_told",
    "statement_named_back",
]

#: The classes of act a party does to the other in a dispute or a deal between the two:
#: answering, confronting, promising, meeting. Not a request, aid or a sanction, which
#: a party as often aims at a third (the government asked to step in, the victims
#: helped, the culprits punished).
ANSWERING = frozenset("reject disapprove threaten intend posture fight consult cooperate".split())
#: Acts of parties in a quarrel: the first pair told so is at odds.
_AT_ODDS = frozenset("fight posture threaten sanction reduce disapprove reject demand".split())
#: Acts aimed at the other party only in a quarrel.
_HOSTILE = frozenset("fight posture threaten".split())


class _AgentsTold(Protocol):
    """What :func:`answers_told` reads of the article's context (``cues._Context``, which
    holds a :class:`Counterparts`: a protocol, not an import, keeps the two apart)."""

    def other_agent(self, names: Collection[str], hostile: bool = False) -> _Actor | None: ...


class Counterparts:
    """The article's first pair of parties (see the module docstring)."""

    def __init__(self) -> None:
        self._pair: tuple[_Actor, _Actor] | None = None
        self._at_odds = False
        self._told = 0

    def told(self, source: _Actor, target: _Actor, action: str, sentence: int) -> None:
        """Note a relation of class ``action`` told in sentence number ``sentence``: the
        first one sets the article's pair; any between the two of a quarrel's class
        tells they are at odds."""
        if self._pair is None:
            self._pair, self._told = (source, target), sentence
        sides = {a.name for a in self._pair}
        if action in _AT_ODDS and {source.name, target.name} == sides:
            self._at_odds = True

    def other(self, subject: _Actor, history: _History | None = None) -> _Actor | None:
        """The side of the pair that ``subject`` is not, when ``subject`` is one side:
        that party itself, a person speaking for it (an officer titled with its name,
        by ``history``) or its state's official; else ``None``."""
        if self._pair is None:
            return None
        first, second = self._pair
        named = {first.name: second, second.name: first}
        if subject.name in named or subject.state in named:
            # a side by its own name: an office named near it says nothing more
            return named.get(subject.name) or named[str(subject.state)]
        if _of_side(subject, first, history) and not _of_side(subject, second, history):
            return second
        if _of_side(subject, second, history) and not _of_side(subject, first, history):
            return first
        return None

    def at_odds(self) -> tuple[_Actor, _Actor] | None:
        """The article's pair when the two were told at odds (the sides of its conflict,
        whom "kedua pihak" of a go-between's offer stands for), else ``None``."""
        return self._pair if self._at_odds else None

    def fits(self, action: str, sentence: int) -> bool:
        """Whether an act of class ``action`` in sentence number ``sentence`` may be
        aimed at the other party: only after the sentence telling the pair (there, the
        sides are named), and a blow, a show of force or a threat only when the two
        were told at odds (a body met or helped is no enemy)."""
        return sentence > self._told and (action not in _HOSTILE or self._at_odds)

    def answered(
        self,
        subjects: list[_Actor],
        history: _History | None = None,
        client: _Actor | None = None,
    ) -> list[tuple[_Actor, _Actor]]:
        """(subject, other side) for each of ``subjects`` that is one side of the pair;
        when none is, and a counsel speaks for ``client``, (client, other side): "Kuasa
        hukum X, <nama>, membantah kliennya …" answers for X."""
        pairs = [(s, t) for s in subjects if (t := self.other(s, history)) is not None]
        if pairs or client is None or not subjects:
            return pairs
        other = self.other(client, history)
        return [(client, other)] if other is not None else []


def _of_side(actor: _Actor, side: _Actor, history: _History | None) -> bool:
    if actor.name == side.name or actor.state == side.name:
        return True
    if history is None:
        return False
    return (
        history.officer_of(actor, side.name)
        or history.holds_office_of(actor.name, side.name)
        or history.titled_for(actor, side.name)
    )


#: Prepositions between a reaction and the act it answers ("keberatan atas …").
ANSWERED_BY = frozenset("atas dengan terhadap".split())


def _pointed_back(clause: _Clause, end: int) -> str | None:
    """The noun after the verb ending at token ``end`` (past a manner adverb or a
    preposition) when a demonstrative points it back ("menolak usulan itu", "keberatan
    atas penutupan tersebut"), else ``None``."""
    k = end
    while clause.word(k + 1) in _MANNER or clause.word(k + 1) in ANSWERED_BY:
        k += 1
    noun = clause.word(k + 1)
    if k + 1 in clause.actor_at or not {clause.word(k + 2), clause.word(k + 3)} & _ANAPHOR:
        return None
    return noun if noun.isalpha() and noun not in _ANAPHOR else None


def aimed_at_many(clause: _Clause, end: int) -> bool:
    """Whether the act ending at token ``end`` names its own, plural object ("mendukung
    negara-negara …", "menolak para pengungsi"): it is aimed at those, not at the other
    party of the article's pair."""
    k = end
    while clause.word(k + 1) in _MANNER:
        k += 1
    noun = clause.word(k + 1)
    head, _, tail = noun.partition("-")
    return noun == "para" or (bool(head) and head == tail)


#: Statements a party may issue or not: named back, only a told issuer is answered. (A
#: resolution, a decision or a ruling is the act of the body that makes it.)
_STATEMENTS = frozenset("pernyataan deklarasi komunike surat".split())


def statement_named_back(clause: _Clause, end: int) -> bool:
    """Whether the act ending at token ``end`` answers a statement pointed back to
    ("menolak komunike tersebut"): only its issuer, when told, is answered; the other
    party of the pair may have issued none."""
    return _pointed_back(clause, end) in _STATEMENTS


def answers_told(
    clause: _Clause, end: int, agents: list[_Actor], ctx: _AgentsTold
) -> list[tuple[_Actor, _Actor]]:
    """(agent, the last other agent told) when a rejection or censure ending at token
    ``end`` names what it answers by a noun pointed back to ("menolak usulan itu",
    "membantah tudingan tersebut", "keberatan atas penutupan itu") that no act told
    before was named by: the thing is the last other party's move."""
    if _pointed_back(clause, end) is None:
        return []
    other = ctx.other_agent({a.name for a in agents})
    return [(a, other) for a in agents if other is not None and a.name != other.name]
