"""Reactions to what was told before: whom a reaction naming an earlier act or meeting
is aimed at.

For :func:`.extract._sentence_relations`: the two sides of the meeting or agreement a
reaction names back ("mengkritik pertemuan tersebut", :func:`_met_sides`), and the
agent of the act a passive reaction's subject points back to ("Permintaan itu ditolak
X", :func:`_reacted_to_before`). Pure functions of the clause and the acts recorded so
far in the article.
"""

from __future__ import annotations

from dataclasses import replace

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.cues import _Context
from warta.nlp.relations.lexicon import LEXICON, LIGHT_VERBS, Cue
from warta.nlp.relations.taxonomy import CLASSES
from warta.nlp.relations.words import _ANAPHOR, _BOUNDARY, _CENSURING, _MANNER

#: How many words before a passive verb its subject's demonstrative may stand
#: ("Permintaan itu pun akhirnya ditolak X").
_REACTED_REACH = 4


def _reacted_to_before(
    clause: _Clause, i: int, n: int, acted: dict[str, _Actor], cue_action: str
) -> list[tuple[_Actor, _Actor]]:
    """The pairs of a passive reaction at ``i`` whose subject names an act told before
    and points back to it ("Permintaan itu ditolak X", "Langkah tersebut dikecam Y"):
    each agent of the passive reacts to that act's agent. Empty when the subject is no
    such act or the passive names no agent. Only censure and rejection react to the
    act's maker: "Pertemuan itu diserukan X" asks for the meeting, of no one told."""
    if cue_action not in _CENSURING:
        return []
    for k in range(i - 1, max(i - _REACTED_REACH, 0) - 1, -1):
        if clause.word(k) in _ANAPHOR:
            # the noun right before the demonstrative, or one modifier before it
            act = clause.anaphoric_act(k - 2, acted) or clause.anaphoric_act(k - 3, acted)
            break
        if k in clause.actor_at or clause.word(k) in _BOUNDARY:
            return []
    else:
        return []
    if act is None:
        return []
    before = acted[act]
    agents = clause.passive_agents(i + n - 1)
    return [(a, before) for a in agents if a.name != before.name]


#: How many sentences back a meeting named back ("pertemuan itu") may have been told:
#: a summit's report goes on with its outcome and quotes before the reactions to it.
_MET_REACH = 4


def _met_sides(clause: _Clause, end: int, ctx: _Context) -> list[_Actor]:
    """The two sides of the meeting or agreement a reaction ending at ``end`` names back
    ("mengkritik pertemuan tersebut", "menolak kesepakatan itu"): those of the last
    symmetric act told in this sentence or the four before, else none."""
    k = end
    while clause.word(k + 1) in _MANNER:
        k += 1
    cue = LEXICON.get(clause.word(k + 1))
    if cue is None or cue.voice != "nominal" or not CLASSES[cue.action].symmetric:
        return []
    if not {clause.word(k + 2), clause.word(k + 3)} & _ANAPHOR or ctx.last_pair is None:
        return []
    source, target, action, told = ctx.last_pair
    if not CLASSES[action].symmetric or ctx.sentence - told > _MET_REACH:
        return []
    # a leader named with the state ("Perdana Menteri Jepang X") met for the state
    return [ctx.history.state_of(side) for side in (source, target)]


#: Verbs of greeting that, before an act told back, welcome it ("menyambut sanksi
#: tersebut", "menyambut baik putusan itu"); before a visitor they receive one.
_WELCOMING = frozenset({"menyambut"})
#: Adverbs of a welcome between its verb and the act welcomed ("menyambut **baik**").
_WELCOME_MANNER = frozenset("baik positif gembira".split())


def _welcome(clause: _Clause, i: int, cue: Cue, acted: dict[str, _Actor]) -> Cue:
    """The cue at ``i`` as a tie with the maker of an act told before when it welcomes
    that act ("X menyambut sanksi tersebut": X sides with the one who imposed it), else
    ``cue`` as it is. The maker is found as for any reaction (see the extractor)."""
    if clause.word(i) not in _WELCOMING:
        return cue
    end = i + 1 if clause.word(i + 1) in _WELCOME_MANNER else i
    if clause.anaphoric_act(end, acted) is None:
        return cue
    return replace(cue, action="cooperate")


#: Nouns of an objection that, right after their subject and before the act objected
#: to, are its predicate ("PT X keberatan dengan pembekuan itu"), not a filing.
_OBJECTING = frozenset({"keberatan"})
#: Prepositions naming what is objected to.
_OBJECTED_TO = frozenset("dengan atas terhadap".split())


def _objection(clause: _Clause, i: int, cue: Cue) -> Cue:
    """The cue at ``i`` as the subject's own censure when an objection noun is its
    predicate, with no light verb before it ("X keberatan dengan pembekuan itu": aimed
    at the act's maker as any active reaction), else ``cue`` as it is ("menyatakan
    keberatan atas …" is read through its light verb)."""
    if clause.word(i) not in _OBJECTING or clause.word(i + 1) not in _OBJECTED_TO:
        return cue
    if clause.word(i - 1) in LIGHT_VERBS:
        return cue
    return replace(cue, voice="active")
