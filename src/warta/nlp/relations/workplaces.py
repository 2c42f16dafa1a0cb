"""A labour protest or strike held at the workers' own workplace: against their employer.

"Buruh PT X berdemonstrasi di depan pabrik", "pekerja PT X berunjuk rasa di halaman
pabrik mereka", "Ribuan buruh PT X mogok kerja sejak Senin": the plant is named
without its owner, since the crowd's own name tells whose it is. The
workers act against the firm they work for, which is named inside their group's name
("buruh PT X": see :func:`.repairs._groups_of_places`) or right after the union they
are organised in ("buruh yang terhimpun dalam Serikat Buruh Tani (SBT) PT X").
A strike is always aimed at the employer; a demonstration only when it is held at a
workplace named without its owner (a crowd of workers marching elsewhere may press the
government, not the firm). A pure function of the clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.lexicon import STRIKES

__all__ = ["is_strike", "workplace_employer"]

#: Nouns of workers named with their employer ("buruh PT X", "karyawan PT X").
_WORKERS = frozenset("buruh pekerja karyawan".split())
#: First words of an employer's name: a firm, a public enterprise or a hospital.
_EMPLOYERS = frozenset("pt cv perum perumda pdam rsud".split())
#: Words for the workplace a protest is held at, named without its owner ("di depan
#: pabrik", "di halaman perusahaan").
_WORKPLACES = frozenset("pabrik perusahaan".split())
#: Words between "di" and the workplace ("di **depan** pabrik", "di **halaman** pabrik").
_AT = frozenset("depan muka halaman gerbang dalam".split())
#: How many words after the protest's verb its place may be told.
_PLACE_REACH = 6


def is_strike(clause: _Clause, i: int, n: int) -> bool:
    """Whether the cue of ``n`` words at token ``i`` is a strike (:data:`.lexicon.STRIKES`)."""
    return " ".join(clause.word(j) for j in range(i, i + n)) in STRIKES


def workplace_employer(
    clause: _Clause, subjects: Sequence[_Actor], end: int, strike: bool
) -> list[_Actor]:
    """The employer of the workers in ``subjects`` protesting (their verb ending at
    ``end``) or striking at their workplace: the firm their group or their union is
    named with; none when the protest is not held at a workplace without its owner's
    name (see the module docstring)."""
    if not strike and not _at_workplace(clause, end):
        return []
    for subject in subjects:
        employer = _employer_in_name(subject) or _employer_of_union(clause, subject)
        if employer is not None:
            return [employer]
    return []


def _at_workplace(clause: _Clause, end: int) -> bool:
    """Whether the words after the verb ending at ``end`` hold the protest at a workplace
    named without its owner ("di depan pabrik", "di pabrik mereka")."""
    for k in range(end + 1, min(len(clause.toks), end + 1 + _PLACE_REACH)):
        if clause.ends_clause(k):
            return False
        if clause.word(k) != "di":
            continue
        place = k + 2 if clause.word(k + 1) in _AT else k + 1
        if clause.word(place) in _WORKPLACES and place + 1 not in clause.actor_at:
            return True
    return False


def _employer_in_name(group: _Actor) -> _Actor | None:
    """The employer a group of workers is named with, past the words of their trade
    ("buruh PT X", "pekerja smelter PT X": PT X), else ``None``."""
    words = group.name.split(" ")
    if words[0].lower() not in _WORKERS:
        return None
    named = next((k for k, w in enumerate(words) if k > 0 and w.lower() in _EMPLOYERS), None)
    if named is None:
        return None
    return replace(group, name=" ".join(words[named:]), person=False, organisation=True)


def _employer_of_union(clause: _Clause, union: _Actor) -> _Actor | None:
    """The employer of a union's members: a firm named right after the union, past its
    short name in parentheses ("Serikat Buruh Tani (SBT) PT X"), or the one a group
    of workers joined in it is named with ("buruh PT X yang tergabung dalam <union>")."""
    if not union.organisation:
        return None
    # "SBT PT X": the union of a firm's workers, named after it
    words = union.name.split(" ")
    named = next((k for k, w in enumerate(words) if k > 0 and w.lower() in _EMPLOYERS), None)
    if named is not None:
        return replace(union, name=" ".join(words[named:]))
    k = union.last + 1
    if clause.word(k) == "(" and clause.word(k + 2) == ")":
        k += 3
    after = clause.actor_at.get(k)
    if after is not None and after.first == k and _employer_name(after.name):
        return after
    # "<group> yang tergabung dalam <union>": the group ends four words before the union,
    # or before its firm's short name in parentheses ("buruh PT X (PX) yang …")
    k = union.first - 4
    if clause.word(k) == ")" and clause.word(k - 2) == "(":
        k -= 3
    before = clause.actor_at.get(k)
    if before is not None and clause.word(union.first - 3) == "yang":
        return _employer_in_name(before)
    return None


def _employer_name(name: str) -> bool:
    """Whether ``name`` opens with the word of an employer's legal form ("PT X")."""
    return name.split(" ", 1)[0].lower() in _EMPLOYERS
