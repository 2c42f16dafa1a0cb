"""A protest aimed at the one its protesters demand of, not at where it is held.

"Karyawan PT X berdemo di muka gedung bupati, menuntut perusahaan itu mencabut
pemecatan": the demand set off after the protest tells what and whom the protest is
against; the building it is held in front of is only where (protesters go to an office
to be heard). So when the same crowd demands something of a named side in the protest's own
sentence, the protest's target is that side. Without such a demand the building's
owner stays the target (:func:`.pairs._protested_at`). A pure function of the relations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from warta.records import Relation

__all__ = ["protests_aimed_at_demands"]

#: Triggers of a street protest (the demonstration cues of :data:`.lexicon.LEXICON`).
_PROTEST_TRIGGERS = frozenset(
    "berunjuk rasa|berdemonstrasi|menggelar unjuk rasa|menggelar demonstrasi|menggelar aksi".split(
        "|"
    )
)


def protests_aimed_at_demands(relations: Sequence[Relation]) -> list[Relation]:
    """``relations`` with each protest's target replaced by the side its crowd demands
    something of later in the same sentence, when there is one; in order."""
    # the demands by sentence and source, read once (linear in the relations)
    demands: dict[tuple[int, str], list[Relation]] = {}
    for r in relations:
        if r.action == "demand":
            demands.setdefault((r.start, r.source), []).append(r)
    return [
        _aimed(r, demands.get((r.start, r.source), ())) if _protest(r) else r for r in relations
    ]


def _protest(r: Relation) -> bool:
    return r.action == "disapprove" and r.trigger.casefold() in _PROTEST_TRIGGERS


def _aimed(protest: Relation, demands: Sequence[Relation]) -> Relation:
    """``protest`` aimed at the target of the first of its crowd's ``demands`` in its
    sentence made after it, else as it is."""
    for r in demands:
        if r.target_start > protest.target_start and r.target != protest.source:
            return replace(protest, target=r.target, target_start=r.target_start)
    return protest
