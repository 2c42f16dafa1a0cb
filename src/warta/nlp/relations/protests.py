"""A protest aimed at the one its protesters demand of, not at where it is held.

"Karyawan PT X berdemo di muka gedung bupati, menuntut perusahaan itu mencabut
pemecatan": the demand set off after the protest tells what and whom the protest is
against; the building it is held in front of is only where (protesters go to an office
to be heard). So when the same crowd demands something of a named side in the protest's own
sentence, the protest's target is that side; a request the crowd makes there ("berunjuk
rasa … dan meminta bupati membatalkannya") is pressed by the protest, so a demand, not
an appeal. A protest whose sentence tells nothing it wants, followed by a sentence
telling the crowd accusing a side or demanding something of it ("Mereka menuduh PT X
menyerobot …", "Mereka menuntut perusahaan membayar …"), is against that side.
Without either the building's owner stays the target (:func:`.pairs._protested_at`).
A pure function of the relations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from warta.nlp.relations.lexicon import STRIKES
from warta.nlp.relations.taxonomy import CLASSES
from warta.records import Relation

__all__ = ["crowd_blockades_as_protests", "protests_aimed_at_demands"]

#: Triggers of a street protest (the demonstration cues of :data:`.lexicon.LEXICON`) and
#: of a strike.
_PROTEST_TRIGGERS = (
    frozenset(
        "berunjuk rasa|berdemonstrasi|menggelar unjuk rasa|menggelar demonstrasi"
        "|menggelar aksi".split("|")
    )
    | STRIKES
)


#: Verbs of blockading: by a state or its forces a sanction, by a crowd a protest.
_BLOCKADING = frozenset("memblokade memblokir".split())
#: First words of the name of a crowd or a civic group ("warga Desa X", "buruh PT Y",
#: "Serikat Tani Z"): people, not a power that can enforce a blockade.
_CROWD_HEADS = frozenset(
    """
    warga buruh pekerja karyawan petani nelayan mahasiswa massa pengemudi sopir pedagang
    masyarakat serikat aliansi forum
    """.split()
)


def crowd_blockades_as_protests(relations: Sequence[Relation]) -> list[Relation]:
    """``relations`` with each blockade by a crowd or a civic group ("Ratusan warga Desa X
    memblokade akses menuju lahan PT Y", "buruh PT Z memblokir gerbang pabrik") made a
    protest (disapprove) against its target: people blocking a road press a side, they
    do not sanction it; in order."""
    return [
        replace(r, action="disapprove", cameo=CLASSES["disapprove"].cameo)
        if r.action == "sanction"
        and r.trigger.casefold() in _BLOCKADING
        and r.source.split(" ", 1)[0].casefold() in _CROWD_HEADS
        else r
        for r in relations
    ]


def protests_aimed_at_demands(relations: Sequence[Relation]) -> list[Relation]:
    """``relations`` with each protest's target replaced by the side its crowd demands
    something of later in the same sentence, else by the side it accuses or demands
    something of in the next sentence, when there is one, and its crowd's requests in
    its sentence made demands; in order."""
    protesting = {(r.start, r.source) for r in relations if _protest(r)}
    relations = [
        replace(r, action="demand", cameo=CLASSES["demand"].cameo)
        if r.action == "appeal" and ((r.start, r.source) in protesting or _asked_in_protest(r))
        else r
        for r in relations
    ]
    # the demands and the accusations by sentence and source, read once (linear)
    demands: dict[tuple[int, str], list[Relation]] = {}
    accused: dict[tuple[int, str], list[Relation]] = {}
    for r in relations:
        if r.action == "demand":
            demands.setdefault((r.start, r.source), []).append(r)
        if r.action == "disapprove" and r.trigger.casefold() in _ACCUSING:
            accused.setdefault((r.start, r.source), []).append(r)
    starts = sorted({r.start for r in relations})
    out = []
    for r in relations:
        if not _protest(r):
            out.append(r)
            continue
        aimed = _aimed(r, demands.get((r.start, r.source), ()))
        if aimed is r and not _wants_told(r):
            following = _next_start(starts, r.start)
            # "… berdemo di muka gedung gubernur. Mereka menuntut perusahaan …":
            # the crowd's next sentence accuses or makes demands of the side it protests
            told_next = accused.get((following, r.source)) or demands.get((following, r.source))
            aimed = _aimed(r, told_next or (), after=False)
        out.append(aimed)
    return out


#: Verbs of a crowd accusing a side of a wrong ("Mereka **menuduh** PT X menyerobot …").
_ACCUSING = frozenset("menuduh menuding".split())


def _asked_in_protest(r: Relation) -> bool:
    """Whether the request ``r`` is told after its source's protest in its sentence
    ("X berunjuk rasa menolak … dan meminta Y …"), even one whose target no relation
    names."""
    told = r.sentence.casefold()
    after_source = max(r.source_start - r.start, 0)
    for trigger in _PROTEST_TRIGGERS:
        at = told.find(trigger, after_source)
        if at >= 0 and told.find(r.trigger.casefold(), at + len(trigger)) >= 0:
            return True
    return False


#: Verbs of what a crowd wants ("…, **menuntut** izin itu dicabut").
_WANTING = frozenset("menuntut mendesak meminta".split())


def _wants_told(protest: Relation) -> bool:
    """Whether ``protest``'s sentence tells what its crowd wants (a verb of
    :data:`_WANTING`): the office it is held at is then the one asked."""
    return not _WANTING.isdisjoint(protest.sentence.casefold().split())


def _next_start(starts: Sequence[int], start: int) -> int:
    """The start of the first sentence with relations after the one at ``start``."""
    return next((s for s in starts if s > start), -1)


def _protest(r: Relation) -> bool:
    return r.action == "disapprove" and r.trigger.casefold() in _PROTEST_TRIGGERS


def _aimed(protest: Relation, demands: Sequence[Relation], after: bool = True) -> Relation:
    """``protest`` aimed at the target of the first of its crowd's ``demands`` (in its
    sentence made after it, unless not ``after``), else as it is."""
    for r in demands:
        later = r.target_start > protest.target_start or not after
        if later and r.target != protest.source:
            return replace(protest, target=r.target, target_start=r.target_start)
    return protest
