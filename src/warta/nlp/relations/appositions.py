"""Descriptions set off by commas after a subject: "X, sekutu dekat Y, meminta …".

Indonesian describes a subject with a noun phrase between commas right after it (an
apposition: "Malaysia, sesama produsen sawit, menyesalkan …"); the verb after the
second comma is the subject's, and a name inside the description ("sekutu dekat
Pakistan") is no side of the act. :func:`described_subject_end` finds where such a
subject ends so the subject search reads on from there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from warta.nlp.relations.actors import _Actor, _Tok
from warta.nlp.relations.words import _active_verb


class _Clause(Protocol):
    """What this module reads of a clause (``relations.clause._Clause``, which imports
    this module)."""

    @property
    def toks(self) -> Sequence[_Tok]: ...

    @property
    def actor_at(self) -> Mapping[int, _Actor]: ...

    def word(self, i: int) -> str: ...


#: How many words a description between commas may hold.
_DESCRIPTION_WORDS = 6
#: Words that open a clause or a report, not a description ("…, yang …", "…, kata X,").
_NOT_DESCRIBING = frozenset(
    """
    yang dan atau tetapi namun sedangkan sementara serta kata ujar tutur menurut
    bahwa karena sehingga agar untuk pada di ke dari dalam saat ketika setelah
    """.split()
)


def described_subject_end(clause: _Clause, head: int) -> int | None:
    """The opening comma of a description set off before the verb at ``head`` ("X,
    sekutu dekat Y, meminta": the comma after X), when an actor stands right before it
    and the description is a noun phrase (opening with a lower-case noun, holding no
    verb); else ``None``."""
    if clause.word(head - 1) != ",":
        return None
    for k in range(head - 2, max(head - 2 - _DESCRIPTION_WORDS, 0), -1):
        if clause.word(k) == ",":
            return k if _describes(clause, k, head - 1) else None
    return None


def _describes(clause: _Clause, opening: int, closing: int) -> bool:
    """Whether the words between the commas at ``opening`` and ``closing`` describe the
    actor right before ``opening``: a lower-case noun first, then no verb or clause."""
    if opening - 1 not in clause.actor_at or closing - opening < 2:
        return False
    first = clause.toks[opening + 1]
    if first.capital or not first.text.isalpha() or first.text in _NOT_DESCRIBING:
        return False
    inside = range(opening + 1, closing)
    return not any(
        clause.word(k) in _NOT_DESCRIBING or _active_verb(clause.word(k)) for k in inside
    )
