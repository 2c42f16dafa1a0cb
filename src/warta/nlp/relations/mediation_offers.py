"""An offer to bring two sides together: an intent towards each side.

A third party's offer to host or broker the talks of a conflict names the sides only as
"kedua pihak", "kedua negara" or "ketiga negara", in the offer itself or in an appeal
to them told just before in the sentence: "Presiden X menawarkan <ibu kota> sebagai
tempat perundingan kedua pihak", "Y meminta kedua negara menahan diri dan menawarkan diri
sebagai mediator", "Z … menyatakan siap menjadi tuan rumah pertemuan damai". The
offer is an intent of its subject towards each side those words stand for: the sides
just urged, or more than two, as the object reader finds them
(:meth:`.clause_objects._ObjectReader.both_sides`); two named only in the offer's own
words, the article's pair when it was told at odds (:class:`.counterparts.Counterparts`).
A venue or a go-between's work offered with no sides named at all ("X menawarkan <kota>
sebagai tempat perundingan.", "menawarkan diri memfasilitasi dialog") is offered to
that pair too: a third party offers talks to the sides of the quarrel told. The place
offered is the venue, never a side. With no such pair the offer has no target here.

>>> _offered_role(["menawarkan", "diri", "menjadi", "penengah"], 0)
True
>>> _offered_role(["menawarkan", "bantuan", "pangan"], 0)
False
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.counterparts import Counterparts
from warta.nlp.relations.lexicon import Cue

__all__ = ["mediation_offered", "self_offered", "sides_offered"]

#: Words of offering ("menawarkan", "siap", "bersedia").
_OFFERING = frozenset("menawarkan siap bersedia".split())
#: Nouns of a go-between ("menjadi penengah").
_GO_BETWEENS = frozenset("penengah mediator perantara fasilitator".split())
#: Verbs of a go-between's work ("menawarkan diri memfasilitasi dialog").
_BROKERING = frozenset("memfasilitasi menengahi memediasi menjembatani".split())
#: Nouns of talks a place is offered for ("sebagai tempat perundingan").
_TALKS = frozenset("perundingan pertemuan dialog negosiasi pembicaraan".split())
#: How many words after the offering word the role offered may end.
_ROLE_REACH = 7
#: Where an offer's own words end: the sentence, or a clause set against it ("…
#: tempat perundingan, sedangkan Y mendesak A dan B …").
_CLAUSE_ENDS = frozenset(". ; , sedangkan sementara tetapi namun".split())
#: The ordinals before a noun of the sides ("kedua pihak", "ketiga negara").
_ORDINALS = frozenset("kedua ketiga".split())


def _offered_role(words: Sequence[str], i: int) -> bool:
    """Whether the offering word at ``i`` offers a go-between's or a host's role within
    :data:`_ROLE_REACH` words ("menawarkan diri menjadi penengah", "menawarkan diri
    memfasilitasi dialog", "siap menjadi tuan rumah perundingan", "menawarkan X sebagai
    tempat pertemuan")."""
    if words[i] not in _OFFERING:
        return False
    for k in range(i + 1, min(i + 1 + _ROLE_REACH, len(words))):
        w, nxt = words[k], words[k + 1] if k + 1 < len(words) else ""
        if w in (".", ";"):
            return False
        if w in _GO_BETWEENS or w in _BROKERING or (w, nxt) == ("tuan", "rumah"):
            return True
        if w == "tempat" and nxt in _TALKS:
            return True
    return False


def mediation_offered(clause: _Clause, i: int) -> tuple[Cue, int] | None:
    """The intent of an offer at token ``i`` to host or broker talks (see
    :func:`_offered_role`), its sides to be found by :func:`sides_offered`; else
    ``None``."""
    words = [t.text for t in clause.toks]
    if not _offered_role(words, i):
        return None
    return Cue("intend", "active", oblique_only=True), 1


def self_offered(clause: _Clause, i: int) -> bool:
    """Whether the offer at token ``i`` is its subject's own, coordinated after another
    predicate ("mendesak kedua negara berdialog **dan menawarkan diri** menjadi
    penengah", "… dan menawarkan <ibu kota> **sebagai tempat** dialog"): the reflexive,
    or a place offered for the talks, says the offer is not part of what is urged (the
    sides urged have no third place to offer)."""
    words = [t.text for t in clause.toks]
    own = clause.word(i + 1) == "diri" or _place_offered(clause, i)
    return clause.word(i - 1) == "dan" and own and _offered_role(words, i)


def _place_offered(clause: _Clause, i: int) -> bool:
    """Whether the offer at token ``i`` offers a place named right after it as the
    talks' venue ("menawarkan <ibu kota> sebagai tempat …")."""
    place = clause.actor_at.get(i + 1)
    k = place.last + 1 if place is not None else i + 2
    return clause.word(k) == "sebagai" and clause.word(k + 1) == "tempat"


def _talks_offered_alone(clause: _Clause, i: int) -> bool:
    """Whether the offer at token ``i`` is of a venue or of a go-between's work that
    names no side after it, up to the sentence's end ("menawarkan <kota> sebagai
    tempat dialog.", "menawarkan diri memfasilitasi perundingan."): a place offered may
    be the only actor after the offer; "antara A dan B" names the sides itself."""
    words = [t.text for t in clause.toks]
    venue = _place_offered(clause, i)
    place = clause.actor_at.get(i + 1) if venue else None
    start = place.last + 1 if place is not None else i + 1
    end = next((k for k in range(start, len(words)) if words[k] in _CLAUSE_ENDS), len(words))
    if any(k in clause.actor_at for k in range(start, end)):
        return False
    return venue or clause.word(i + 1) == "diri" or words[i] != "menawarkan"


def sides_offered(
    clause: _Clause, i: int, counterparts: Counterparts
) -> list[tuple[_Actor, _Actor]]:
    """(subject, side) for each side the offer at token ``i`` to host or broker talks is
    made to, when the sentence names the sides by a count ("kedua pihak", "kedua negara",
    "keduanya", "ketiga negara"): those the count stands for
    (:meth:`.clause_objects._ObjectReader.both_sides`) when it comes before the offer
    (the sides just urged) or counts more than two; else, for two named in the offer's
    own words ("… tempat perundingan kedua pihak"), the article's pair when told at odds
    (the sides of its conflict: the last two named may be a mediator and one side). None
    of them is a subject; none when the offer is no such role or no such sides are
    known."""
    words = [t.text for t in clause.toks]
    if not _offered_role(words, i):
        return []
    subjects = clause.subject(i)[0]
    named = next((j for j, w in enumerate(words) if w in _ORDINALS or w == "keduanya"), None)
    if not subjects or (named is None and not _talks_offered_alone(clause, i)):
        return []
    pair = counterparts.at_odds()
    if named is None:
        # "menawarkan <kota> sebagai tempat perundingan.": the sides of the quarrel told
        sides = list(pair) if pair is not None else []
    elif words[named] == "ketiga" or named < i:
        # more than two, or the sides just urged ("mendesak kedua negara …, dan
        # menawarkan …"): those the words stand for, as for the appeal
        sides = clause.both_sides(named)
    else:
        sides = list(pair) if pair is not None else []
    names = {s.name for s in subjects}
    if len(sides) < 2 or names & {side.name for side in sides}:
        return []
    return [(s, side) for s in subjects for side in sides]
