"""Civic bodies named by their whole capitalised name, where the entity layer missed it.

A union, an alliance, a forum or an association is written as a head noun of its kind
and a run of capitalised words ("Serikat Tani Sungai Rampah", "Aliansi Mahasiswa
Peduli Lingkungan", "Forum Warga Bantaran Kali"). The entity layer often leaves such a
name untagged, keeps only the place at its end ("Sungai Rampah" as a place) or cuts it
short, and the body that protests, demands or sues is then no actor at all. By the
grammar of Indonesian names the head and the capitalised words after it are one
organisation's name, as :func:`.repairs._joined_bodies` reads the body after "yang
tergabung dalam". :func:`civic_bodies_named` names each such run as an organisation
where no organisation mention already covers it; the mentions inside the run (a place
cut from it, a word taken for a person) give way. A mention reaching across the run's
edge is left as tagged.

>>> from warta.records import Mention
>>> t = "Puluhan petani dari Serikat Tani Lembah Hijau berunjuk rasa."
>>> ms = [Mention(33, 45, "Lembah Hijau", "LOC", "Lembah Hijau")]
>>> [(m.text, m.type) for m in civic_bodies_named(t, ms)]
[('Serikat Tani Lembah Hijau', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from warta.nlp.relations.counted_groups import counted_groups_held
from warta.nlp.relations.repairs import _CIVIC_HEADS, _Renamed
from warta.nlp.relations.words import _CALENDAR
from warta.records import Mention

__all__ = ["civic_bodies_named"]

#: Head nouns of the names of civic bodies: those a crowd comes with (see
#: :mod:`.antecedents`) and the associations of a trade or of buyers ("Gabungan" is
#: left out: "Kepala Staf Gabungan X" is an office of a state's forces).
_HEADS = _CIVIC_HEADS | frozenset("asosiasi perhimpunan perkumpulan".split())
_HEAD_ALTERNATIVES = "|".join(sorted((h.capitalize() for h in _HEADS), key=len, reverse=True))
#: A head and the capitalised words after it; "dan" and "untuk" may join two of them
#: inside a name ("Asosiasi Pengusaha Kayu dan Rotan", "Aliansi Petani untuk Pangan").
_CIVIC_NAME = re.compile(
    rf"\b(?:{_HEAD_ALTERNATIVES})(?: (?:[A-Z][\w'’-]*|[0-9]+|(?:dan|untuk)(?= [A-Z])))+"
)


def civic_bodies_named(
    text: str, mentions: Sequence[Mention], gpe: Collection[str] = frozenset()
) -> list[Mention]:
    """``mentions`` with each civic body's name (see the module docstring) made one
    organisation's mention, where none covers it yet, and each counted group held by
    an arrest (:func:`.counted_groups.counted_groups_held`; ``gpe`` the states)."""
    index = _Renamed(mentions)
    for found in _CIVIC_NAME.finditer(text):
        start = found.start()
        name = _name_run(found.group(), start, index)
        end = start + len(name)
        if len(name.split()) < 2:
            continue  # a bare head ("Forum itu") names no body of its own
        inside = [x for x in index.starting_within(start, end - 1) if x.end <= end]
        overlapping = index.overlapping(start, end)
        if any(x.type == "ORG" and x.start <= start and x.end >= end for x in overlapping):
            continue  # named already, whole or within a longer name
        if any(x not in inside for x in overlapping):
            continue  # a mention reaching across the name's edge: leave it as tagged
        index.rename(inside, Mention(start, end, name, "ORG", name))
    # the crowds police news counts as it holds them, untagged as well ("menangkap
    # empat anggota komplotan curanmor")
    return counted_groups_held(text, _branches_named(text, index.result()), gpe)


#: A short name in parentheses between a body's name and the place or firm of its
#: branch ("Serikat Buruh Tani **(SBT)** Jember").
_SHORT_NAME_BETWEEN = re.compile(r" \([A-Z][\w-]{1,14}\) ")
#: First words of the names of firms a branch may be named after ("(SPN) PT X").
_FIRMS = frozenset("PT CV".split())
#: Kinds of small places: where a body's members live, not the region of a branch.
_SMALL_PLACES = frozenset("desa kampung dusun kelurahan kecamatan nagari gampong jalan".split())


def _branches_named(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each civic body named with its short name in parentheses and
    then the region or the firm of its branch ("Serikat Buruh Tani (SBT) Jember",
    "Serikat Buruh Tani (SBT) PT X") made one organisation: the branch acts, not the
    national body. It is named as the story names it after (its officers are "Ketua SBT
    Jember"): the short name and the branch's region or firm. A person after the
    parentheses ("Konfederasi X (KX) <nama>") is the body's officer, and a village
    ("(PWT) Desa X") where its members live, no part of its name."""
    index = _Renamed(mentions)
    for body in mentions:
        head = body.text.split(" ", 1)[0]
        if body.type != "ORG" or head.lower() not in _HEADS:
            continue
        between = _SHORT_NAME_BETWEEN.match(text, body.end)
        if between is None:
            continue
        branch = index.starting_at(between.end())
        if branch is None:
            continue
        kind = branch.text.split(" ")[0]
        region = branch.type == "LOC" and kind.lower() not in _SMALL_PLACES
        if not (region or (branch.type == "ORG" and kind in _FIRMS)):
            continue
        inside = index.overlapping(body.start, branch.end)
        name = f"{between.group().strip(' ()')} {branch.text}"
        written = text[body.start : branch.end]
        index.rename(inside, Mention(body.start, branch.end, written, "ORG", name))
    return index.result()


def _name_run(run: str, start: int, index: _Renamed) -> str:
    """The name in a run of capitalised words after a civic head starting at offset
    ``start``: up to a day or a month set after it ("Serikat X Senin lalu") and up to
    a joining word before another name the entity layer tagged or another civic head
    ("Serikat Buruh X dan <a state>": two sides), without a joining word left at its
    end."""
    words = run.split(" ")
    at = start
    for k, word in enumerate(words):
        joins = word in ("dan", "untuk")
        after = at + len(word) + 1
        # "Serikat X dan Forum Y": a second body's head after the joining word
        another = joins and (index.starting_within(after, after) or words[k + 1].lower() in _HEADS)
        if (k > 0 and word.lower() in _CALENDAR) or another:
            words = words[:k]
            break
        at += len(word) + 1
    while words and words[-1] in ("dan", "untuk"):
        words.pop()
    return " ".join(words)
