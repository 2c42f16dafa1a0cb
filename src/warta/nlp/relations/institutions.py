"""Institutions named back by their bare common noun: "polisi", "kejaksaan", "dewan".

A news story names the police unit, the prosecutor's office or the regional council
once ("Polda X", "Kejaksaan Negeri Y", "DPRD Z") and then calls it by the bare noun of
its kind ("membantah tuduhan polisi", "meminta kejaksaan menyita …", "meminta dewan
mendorong …"). :func:`institution_kind` reads the kind of a named body from the first
word of its name, and :func:`bare_institution` the kind a bare noun stands for; the
antecedent reader (:mod:`.antecedents`) pairs the two: the last body of that kind named
before the noun. A noun followed by a capitalised word heads a name of its own
("Dewan Pers", "polisi Malaysia") and stands for nothing told before.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

#: First words of the names of each kind of institution ("Kejaksaan Negeri X", "DPRD Y").
_NAME_HEADS = {
    "prosecution": frozenset("kejaksaan kejari kejati kejagung".split()),
    "council": frozenset("dprd dpr".split()),
}
#: Bare nouns for an institution of each kind: the institution, or its officers acting
#: for it ("jaksa" for the prosecutor's office, "polisi" for the police unit).
_BARE_NOUNS = {
    "police": frozenset("polisi kepolisian".split()),
    "prosecution": frozenset("kejaksaan jaksa".split()),
    "council": frozenset({"dewan"}),
}
#: Words after the noun that make it a kind of its own, not the body of the story
#: ("polisi lalu lintas", "jaksa agung", "dewan pengawas").
_NOT_THE_BODY = frozenset(
    "agung pengawas komisaris direksi pers lalu militer hutan pamong syariah adat kota".split()
)
#: Words that make the bare noun general, not the body told ("setiap polisi", "para jaksa
#: di daerah").
_GENERAL_BEFORE = frozenset("setiap tiap semua seluruh banyak sejumlah beberapa para oknum".split())


def institution_kind(name: str) -> str | None:
    """The kind of institution a body's name tells by its first word ("Kejaksaan Negeri
    X": "prosecution", "DPRD Y": "council"), else ``None``."""
    head = name.split()[0].lower() if name.split() else ""
    return next((kind for kind, heads in _NAME_HEADS.items() if head in heads), None)


def bare_institution(
    words: Sequence[str], i: int, named: Collection[int]
) -> tuple[str, int] | None:
    """The kind of institution the bare noun at ``words[i]`` stands for, and its length
    with a demonstrative after it ("kejaksaan tersebut"), else ``None``: a noun heading
    a name or a longer phrase, or meant in general, stands for no body told before."""
    w = words[i]
    kind = next((k for k, nouns in _BARE_NOUNS.items() if w in nouns), None)
    if kind is None or i + 1 in named:
        return None
    after = words[i + 1] if i + 1 < len(words) else ""
    if after in _NOT_THE_BODY or (i > 0 and words[i - 1] in _GENERAL_BEFORE):
        return None
    return kind, 1 + (after in ("itu", "tersebut"))
