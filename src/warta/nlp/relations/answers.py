"""Answers and follow-ups: how an act relates to what was told before it in the article
or earlier in its sentence.

A request pressed after a demand of the same target is that demand (:func:`_pressed`); a
denial of involvement answers the accuser (:func:`_denied_accuser`); an appeal against a
ruling censures the court (:func:`_appealed`); persons signing met (:func:`_signed_in_person`);
the same agent right after its dated act goes on at that date (:func:`_same_agent`).
"""

from __future__ import annotations

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.cues import _Context

#: Active verbs of signing (the signers are there; "ditandatangani" may be by proxy).
_SIGNING = frozenset("menandatangani meneken".split())


def _signed_in_person(clause: _Clause, i: int, source: _Actor, target: _Actor) -> bool:
    """Whether the act at token ``i`` is a signing between a named person and a person
    or a state: leaders or officials signing meet. A firm, a club or a ministry signing
    tells no meeting ("Messi menandatangani kontrak dengan Barcelona")."""
    sides = (source, target)
    return (
        clause.word(i) in _SIGNING
        and any(side.person for side in sides)
        and not any(side.organisation for side in sides)
    )


def _denied_accuser(
    clause: _Clause, i: int, n: int, ctx: _Context
) -> tuple[list[tuple[_Actor, _Actor]], int]:
    """Pairs of a denial of involvement at token ``i`` (``n`` words): each subject
    rejects the last agent told acting on it, on its state or on the side whose
    involvement it denies ("membantah keterlibatan Beijing"); and where the subject
    starts."""
    subjects, lo = clause.subject(i)
    involved = clause.actor_at.get(i + n + 1)
    sides = {involved.name} if involved is not None else set()
    pairs = []
    for s in subjects:
        accuser = ctx.accuser_of(sides | {s.name} | ({s.state} if s.state else set()))
        if accuser is not None:
            pairs.append((s, accuser))
    return pairs, lo


def _same_agent(ctx: _Context, source: _Actor) -> bool:
    """Whether ``source`` (or its state) did the act told in the sentence right before:
    "Kementerian Luar Negeri X memanggil …, Senin (…). Seoul menuntut …" goes on with
    that occasion (a new actor's reaction is dated by the report)."""
    if ctx.last_agent is None or ctx.last_agent[1] != ctx.sentence - 1:
        return False
    agent = ctx.last_agent[0]
    return bool({agent.name, agent.state} & {source.name, source.state} - {None})


#: Appeals against a ruling, and the verbs that lodge them.
_APPEALS = frozenset("banding kasasi".split())
_LODGING = frozenset("menyatakan mengajukan".split())
#: Words telling an answer was given right after the act it answers.
_AT_ONCE = frozenset("langsung seusai usai".split())


def _appealed(clause: _Clause, i: int, court: _Actor) -> tuple[list[tuple[_Actor, _Actor]], int]:
    """Pairs of an appeal at token ``i`` lodged ("menyatakan/mengajukan banding")
    against the ruling of ``court``, the last to sanction: each subject censures the
    court; and where the subject starts. An appeal not lodged by a verb ("pengadilan
    banding") or by the court itself is none."""
    lodged = next((j for j in (i - 1, i - 2) if clause.word(j) in _LODGING), None)
    if lodged is None:
        return [], i
    subjects, lo = clause.subject(lodged)
    return [(s, court) for s in subjects if s.name != court.name], lo


def _pressed(action: str, source: _Actor, target: _Actor, seen: set[tuple[str, str, str]]) -> str:
    """The class of an act in a sentence where its source already made a demand of its
    target: a request there is that demand pressed, not a second act ("memanggil duta
    besar X, menyesalkan … dan meminta X segera membuka …": the summons' demand); any
    other act keeps ``action``. A request after a censure alone stays an appeal
    ("mengecam serangan itu dan mendesak X menahan diri")."""
    if action == "appeal" and (source.name, "demand", target.name) in seen:
        return "demand"
    return action
