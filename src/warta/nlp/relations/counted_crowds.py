"""A counted crowd opening a sentence as its subject, named by the phrase that counts it.

Regional news tells a protest, a blockade or a clash by the crowd that makes it:
"Ratusan pengemudi ojek berunjuk rasa …", "Sekitar 300 pedagang menolak …",
"Puluhan pendukung <nama> menggeruduk balai desa …". The crowd is never named
otherwise, and the entity layer tags no such phrase, so the act has no actor. By the
grammar of the noun phrase the count, its noun for people and the plain words
qualifying it, up to a verb, an adverb or a clause word, are the crowd: one actor,
named as written (the gold sets name such a crowd so: "Ratusan pengemudi"). A
supporter's crowd takes in the person it supports ("Ratusan pendukung <nama>"): he
does not act there, his supporters do.

A crowd coming "dari" places ("Ratusan petani dari Kabupaten X dan Kabupaten Y") is
still the crowd counted: the places locate it.

Only a crowd opening its sentence (or the clause after "Sementara itu,") is taken: in
the middle of a clause a counted phrase is mostly an object or a figure ("menangkap
lima warga", handled by :mod:`.counted_groups`). A crowd named by its place or body
("warga Desa X", "buruh PT Y": see :func:`.repairs._groups_of_places`), coming "dari"
a body or joined in one ("yang tergabung dalam X"), or running on into a name is left
as it is: the group or the body so named acts.

>>> t = "Kemarin hujan. Ratusan sopir angkot kemudian berunjuk rasa."
>>> [(m.text, m.type) for m in counted_crowds_acting(t, [])]
[('Ratusan sopir angkot', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.relations.counted_groups import _PHRASE_ENDS
from warta.nlp.relations.repairs import GROUP_NOUNS
from warta.nlp.relations.words import _NUMBERS
from warta.records import Mention

__all__ = ["CROWD_PEOPLE", "counted_crowds_acting"]

#: Nouns for people a crowd is counted by: those of a place or trade (see
#: :data:`.repairs.GROUP_NOUNS`) and those crowds of protest are told as; not "orang"
#: (persons named after) nor the suspects of police news.
CROWD_PEOPLE = GROUP_NOUNS | frozenset(
    "sopir penambang nasabah pendukung simpatisan suporter relawan santri honorer".split()
)
#: Nouns of a crowd of someone's followers, whose person's name belongs to the phrase.
_FOLLOWERS = frozenset("pendukung simpatisan pengikut".split())
_COUNTS = "|".join(sorted(_NUMBERS - {"satu"}, key=len, reverse=True))
#: A count opening a sentence or the clause after "itu," (with "sekitar" or "lebih
#: dari" before it), its noun for people and the lower-case words after it.
_CROWD = re.compile(
    r"(?:(?<![^\n])|(?<=[.!?] )|(?<=[.!?][\"”] )|(?<=itu, ))"
    rf"(?:(?i:sekitar|lebih dari|sebanyak) )?(?i:\d[\d.]*|{_COUNTS}) "
    r"(?P<noun>[a-z]+)(?P<rest>(?: [a-z][a-z-]*)*)"
)
#: Words after the noun that end the crowd's phrase besides those of
#: :data:`.counted_groups._PHRASE_ENDS`: adverbs and auxiliaries before its verb.
_ADVERBS = frozenset(
    """
    kemudian lalu juga pun sempat akan telah sudah masih tetap langsung bahkan mulai
    kembali tidak tak terus sejak segera hanya ramai
    """.split()
)
#: Prefixes of the verbs a crowd's act is told with ("berunjuk", "mendatangi",
#: "diterima", "terlibat"): the phrase ends before such a word.
_VERB_PREFIX = re.compile(r"(?:me|ber|be|di|ter|mem|men|meng|meny)[a-z]{3,}")
#: What after the phrase makes a body or a named group the actor (see the docstring).
_BODY_AFTER = re.compile(r",? (?:[A-Z]|dari |asal |yang tergabung\b|yang menamakan\b)")
#: The longest qualifier taken after the noun, in words.
_MAX_WORDS = 3


#: Words before the places a crowd comes from ("Ratusan petani **dari** Kabupaten X").
_FROM = re.compile(r" (?:dari|asal) ")


def _from_places(text: str, end: int, mentions: Sequence[Mention]) -> bool:
    """Whether the crowd's phrase ending at ``end`` goes on with the places it comes
    from ("Ratusan petani singkong dari <kabupaten> dan <kabupaten> berunjuk rasa"): a
    place, not a body or a person, right after "dari" or "asal". The crowd still acts as
    counted; a body there ("dari Serikat X") acts instead."""
    found = _FROM.match(text, end)
    if found is None:
        return False
    after = next((m for m in mentions if m.start == found.end()), None)
    return after is not None and after.type not in ("ORG", "PER")


def counted_crowds_acting(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each counted crowd opening a sentence named as one
    organisation (see the module docstring)."""
    out = list(mentions)
    for found in _CROWD.finditer(text):
        noun = found.group("noun")
        if noun not in CROWD_PEOPLE:
            continue
        taken = []
        for word in found.group("rest").split():
            if word in _PHRASE_ENDS or word in _ADVERBS or _VERB_PREFIX.fullmatch(word):
                break
            taken.append(word)
        if len(taken) > _MAX_WORDS or (taken and taken[-1] in ("itu", "tersebut")):
            continue
        start = found.start()
        end = found.end("noun") + sum(len(w) + 1 for w in taken)
        followed = None
        if noun in _FOLLOWERS and not taken:
            followed = next((m for m in out if m.type == "PER" and m.start == end + 1), None)
            end = followed.end if followed is not None else end
        if end < len(text) and _BODY_AFTER.match(text, end) and not _from_places(text, end, out):
            continue
        if any(m.start < end and m.end > start and m is not followed for m in out):
            continue
        if followed is not None:
            out.remove(followed)  # the supported person does not act here
        out.append(Mention(start, end, text[start:end], "ORG", text[start:end]))
    return sorted(out, key=lambda m: m.start)
