"""Rulings named back: which act told before a reaction to "putusan itu" answers.

A court rules in two ways: it sentences ("menjatuhkan vonis", a sanction) or it turns
a petition down ("menolak permohonan uji materi", a rejection). A later "putusan itu",
"vonis tersebut" or "hukuman itu" points back to that ruling, so the reaction to it is
aimed at the body that ruled. Pure functions of the acts recorded so far.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from warta.nlp.relations.words import _RULINGS


class _Clause(Protocol):
    """What :func:`ruling_in_cue` reads of a clause (``relations.clause._Clause``,
    which imports this module)."""

    def word(self, i: int) -> str: ...

    def anaphoric_act(self, i: int, acted: Collection[str]) -> str | None: ...


#: Nouns of a ruling or of the penalty it hands down ("hukuman itu terlalu ringan").
RULING_NOUNS = _RULINGS | frozenset({"hukuman"})
#: The classes of a ruling, most telling first: a sentence, then a petition turned down.
_RULING_ACTS = ("sanction", "reject")


def ruling_act(acted: Collection[str]) -> str | None:
    """The key in ``acted`` of the ruling a "putusan itu" names back: the last sanction
    told, else the last rejection (a court turning a petition down rules too), else
    ``None`` when neither was told."""
    return next((act for act in _RULING_ACTS if act in acted), None)


def ruling_in_cue(clause: _Clause, end: int, acted: Collection[str]) -> str | None:
    """The key in ``acted`` of the ruling a reaction's cue ending at ``end`` names with
    its own last word ("menyambut putusan tersebut": the cue is "menyambut putusan", so
    the ruling's noun is inside it), else ``None``. Only a ruling: an agreement welcomed
    ("menyambut kesepakatan itu") has two sides and answers neither."""
    if clause.word(end) not in RULING_NOUNS:
        return None
    return clause.anaphoric_act(end - 1, acted)
