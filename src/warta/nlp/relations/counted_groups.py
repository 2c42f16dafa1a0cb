"""A counted group of people arrested or detained, named by the phrase that counts it.

Police news names those it arrests by a count and what they are ("meringkus sembilan
penebang kayu liar", "mengamankan 20 pelajar", "membekuk empat anggota komplotan
curanmor"), often never by name. The entity layer tags no such phrase, so the arrest
has no target. By the grammar of the noun phrase, the count, its noun and the plain
words qualifying it up to a clause word or a preposition are the group: one actor,
named as written. A group named by its place or body right after the count ("lima
petani Desa X": see :func:`.repairs._groups_of_places`) keeps its own name. A phrase
running on into a name ("empat warga X", X a state), listing its members by name
after a comma ("tiga pengedar, AB dan CD"), listing them after "termasuk" ("50
pekerja, termasuk sepuluh warga X") or naming itself ("… yang menamakan diri X") is
left as it is: the state, the persons or the group so named are the targets there.

>>> t = "Polsek Lembang meringkus lima pencuri ternak di kandang warga, Kamis."
>>> [(m.text, m.type) for m in counted_groups_held(t, [])]
[('lima pencuri ternak', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from warta.nlp.relations.repairs import GROUP_NOUNS, _names_state
from warta.nlp.relations.words import _NUMBERS
from warta.records import Mention

__all__ = ["counted_groups_held"]

#: Active verbs of arrest and detention: their object is who is held (charging
#: "menetapkan dua tersangka" or sentencing names no group held).
_HOLDING = frozenset(
    "menangkap menahan mengamankan membekuk meringkus menciduk menyandera mendeportasi".split()
)
#: The counts of a group: a figure or a number word, not "satu" nor "seorang" (one
#: person is named).
_COUNTS = "|".join(sorted(_NUMBERS - {"satu"}, key=len, reverse=True))
#: A word, a count and the lower-case words after it.
_COUNTED = re.compile(
    rf"\b(?P<verb>[a-z]+) (?P<count>\d+|(?:{_COUNTS}))(?P<rest>(?: [a-z][a-z-]*)+)"
)
#: Nouns for people a count names as a group: those of a place or trade (see
#: :data:`.repairs.GROUP_NOUNS`) and those police news holds ("pelaku", "penagih",
#: "pengedar", "anggota"); not "orang" ("tiga orang", mostly named by initials after).
_PEOPLE = GROUP_NOUNS | frozenset(
    """
    anggota pelaku tersangka terduga penagih pengedar kurir penambang pemodal pengelola
    perekrut pencuri perampok penyelundup pembalak preman calo joki bandar
    """.split()
)
#: Words that end the group's phrase: a clause word, a preposition, a coordinator or a
#: word of time ("… di sebuah ruko", "… yang diduga …", "… atau debt collector").
_PHRASE_ENDS = frozenset(
    """
    yang di dari ke pada dalam saat ketika sejak setelah sebelum usai seusai karena atas
    untuk dengan bersama beserta serta dan atau termasuk berinisial sebagai
    hingga sampai kemarin lalu pekan
    """.split()
)
#: Words pointing back to persons named before.
_ANAPHORIC = frozenset("itu tersebut".split())
#: What after the phrase makes it no group's name (see the module docstring).
_RUNS_ON = re.compile(
    r" [A-Z]|,? (?:termasuk|di antaranya|antara lain|yakni|yaitu)\b"
    r"| yang menamakan (?:diri|dirinya)\b"
)
#: The word naming where a group comes from ("lima nelayan **asal** X").
_FROM = "asal"
#: The longest phrase taken, in words after the count.
_MAX_WORDS = 6


def counted_groups_held(
    text: str, mentions: Sequence[Mention], gpe: Collection[str] = frozenset()
) -> list[Mention]:
    """``mentions`` with each counted group held by a verb of arrest or detention named
    as one organisation (see the module docstring); a group named by where it comes
    from, a place of ``gpe`` (a state) aside, takes that place in its name ("lima
    nelayan asal Kabupaten X": the place is no actor; "nelayan asal <state>" are the
    state's nationals)."""
    out = list(mentions)
    for found in _COUNTED.finditer(text):
        if found.group("verb") not in _HOLDING:
            continue
        words = found.group("rest").split()
        start = found.start("count")
        head = found.start("rest") + 1
        if words[0] not in _PEOPLE:
            continue  # things held ("dua mesin"), or persons by a word for something else
        taken = []
        for word in words[:_MAX_WORDS]:
            if word in _PHRASE_ENDS:
                break
            taken.append(word)
        else:
            if len(words) > _MAX_WORDS:
                continue  # a phrase too long to be a group's name
        if taken[-1] in _ANAPHORIC:
            continue  # "tiga penjaga gudang itu": persons named before
        end = head + len(" ".join(taken))
        members = any(m.type == "PER" and end < m.start <= end + 3 for m in mentions)
        overlapping = any(m.start < end and m.end > start for m in mentions)
        origin = _origin_place(mentions, end, gpe) if taken[-1] == _FROM else None
        if origin is not None and not overlapping:
            out.remove(origin)
            end = origin.end
        elif _RUNS_ON.match(text, end) or members or overlapping:
            continue
        name = text[start:end]
        out.append(Mention(start, end, name, "ORG", name))
    return sorted(out, key=lambda m: m.start)


def _origin_place(mentions: Sequence[Mention], end: int, gpe: Collection[str]) -> Mention | None:
    """The place named right after offset ``end`` (past a space) when it is no state,
    else ``None``."""
    place = next((m for m in mentions if m.start == end + 1), None)
    if place is None or place.type != "LOC" or _names_state(place, gpe):
        return None
    return place
