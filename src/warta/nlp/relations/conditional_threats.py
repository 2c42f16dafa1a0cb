"""The side a threat made on a condition is aimed at, when the threat names none.

A threat reported with its condition often names no side after its verb: the speaker
threatens to act ("mengancam mogok kerja", "mengancam membawa kasus itu ke FIFA") *if*
something happens, and the condition or the text before says who must yield:

* the condition names the side by a common noun for a body named before ("… jika
  **perusahaan** menolak membayar pesangon"): that body (the last firm for
  "perusahaan");
* else the side the threatening agent pressed just before, by a request, an order, a
  charge or a refusal ("APPI meminta manajemen klub X melunasi tunggakan …. APPI juga
  mengancam membawa kasus itu ke FIFA jika tenggat diabaikan"): the threat backs it;
* else, in a report on a dispute between two parties, the other party
  (:class:`.counterparts.Counterparts`).

Without a condition a threat with no side stays unaimed ("mengancam akan mengambil
tindakan"): what the threat answers is then told by other rules.

>>> THREAT_CONFIDENCE
0.4
"""

from __future__ import annotations

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.cues import _Context
from warta.nlp.relations.words import _CONDITION

__all__ = ["THREAT_CONFIDENCE", "aimed_on_condition"]

#: Below a side named: the side is told by a common noun or by the sentences before.
THREAT_CONFIDENCE = 0.4
#: How many words after the threat's verb its condition may open ("mengancam memperluas
#: mogok ke empat kebun lain milik grup perusahaan jika …": eleven).
_CONDITION_REACH = 16
#: How many sentences back the pressing act backed may be told.
_PRESSED_REACH = 3
#: Words that end the threat's clause before a condition of its own.
_CLAUSE_ENDS = frozenset({".", ";", ":", "sementara", "sedangkan", "namun", "tetapi", "tapi"})


def aimed_on_condition(
    clause: _Clause, i: int, n: int, ctx: _Context
) -> list[tuple[_Actor, _Actor]]:
    """(threatener, side) pairs of the threat whose cue spans tokens ``i`` … ``i+n-1``
    and names no side, when a condition follows it in its clause (see the module
    docstring); else none."""
    cond = _condition_after(clause, i + n)
    if cond is None:
        return []
    named = clause.named_by_noun(cond + 1, cond + 3)
    out: list[tuple[_Actor, _Actor]] = []
    for subject in clause.subject(i)[0]:
        if named is not None:
            sides = [named]
        else:
            sides = ctx.pressed_for(subject, _PRESSED_REACH)
            other = ctx.counterparts.other(subject, ctx.history) if not sides else None
            sides = sides or ([other] if other is not None else [])
        out.extend((subject, side) for side in sides if side.name != subject.name)
    return out


def _condition_after(clause: _Clause, start: int) -> int | None:
    """The token of the word opening a condition ("jika", "kalau", …) within
    :data:`_CONDITION_REACH` words from token ``start``, in the same clause."""
    for k in range(start, min(len(clause.toks), start + _CONDITION_REACH)):
        word = clause.word(k)
        if word in _CONDITION:
            return k
        if word in _CLAUSE_ENDS:
            return None
    return None
