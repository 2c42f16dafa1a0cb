"""A refusal to do what was asked: a rejection of the one who asked.

"menolak" before a verb refuses an act ("menolak menambah kuota", "… siap memperluas
area tenda, tetapi menolak menambah kuota"); the act refused is mostly the one a side
asked of the refuser just before: "Dalam pertemuan itu, A meminta B menambah kuota
…. B menolak menambah kuota karena …". The refusal names no side; the reader takes it
as the answer to that request, so it rejects the one who asked. Only a request (or an
order) told in the same sentence or the :data:`_REACH` before counts, and only when
made to the refuser: by its name, its state, or an office or a spokesman named for it.

>>> _REACH
2
"""

from __future__ import annotations

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.cues import _Context
from warta.nlp.relations.words import _active_verb

__all__ = ["refused_request"]

#: How many sentences back the request refused may be told.
_REACH = 2
#: The verb of refusing an act.
_REFUSE = "menolak"
#: Words between the refusal and the act refused ("menolak untuk menambah …").
_LINKS = frozenset({"untuk"})


def refused_request(clause: _Clause, i: int, ctx: _Context) -> list[tuple[_Actor, _Actor]]:
    """(refuser, asker) pairs when the token ``i`` is "menolak" before a verb and one who
    asked the refuser to act is told (see the module docstring); else none."""
    if clause.word(i) != _REFUSE:
        return []
    k = i + 1
    while clause.word(k) in _LINKS:
        k += 1
    if k in clause.actor_at or not _active_verb(clause.word(k)):
        return []
    out = []
    for subject in clause.subject(i)[0]:
        asker = ctx.asker_of(_names_of(subject, ctx), _REACH)
        if asker is not None and asker.name != subject.name:
            out.append((subject, asker))
    return out


def _names_of(subject: _Actor, ctx: _Context) -> set[str]:
    """The names a request to ``subject`` may have been made to: its own, its state's,
    and those of the sides it holds an office of or speaks for."""
    names = {subject.name} | ({subject.state} if subject.state else set())
    asked = ctx.asked_sides()
    return names | {
        side
        for side in asked
        if ctx.history.holds_office_of(subject.name, side)
        or ctx.history.titled_for(subject, side)
        or ctx.history.officer_of(subject, side)
    }
