"""Sides of an act written as a capitalised name the entity layer left untagged.

The tagger misses short names it has no pattern for: a football club's short name, a
brand, an armed group translated into Indonesian, a public body's name written out
("Adapun Garuda Muda meminta Macan Kumbang …", "menggandeng Kilat Raya"). The act told with one
of them then has no side there. By the order of the Indonesian clause, a run of
capitalised words right before an active verb of the relation lexicon is its subject,
and one right after it its object: such a run, over text no mention covers, is taken as
an organisation named as written (the gold sets name these sides so).

A run is only a name when it is not a word the press capitalises for other reasons: a
sentence's first word that the article also writes in lower case ("Warga", "Polisi"),
a function word, a day or a month, a title, a word for a people's group or for a body's
kind ("Pemerintah", "Kementerian") alone, a place the gazetteer knows (a capital read
as its state elsewhere), or a regional unit's bare head ("Polda"),
which :mod:`.actors` names from its region. A run touching a tagged name is part of
that name, and left to it. The entity layer's output is not changed: the run is added
to the mentions the relation stage reads.

>>> t = "Adapun Garuda Muda meminta Macan Kumbang tidak datang ke Solo."
>>> [(m.text, m.type) for m in untagged_sides(t, [])]
[('Garuda Muda', 'ORG'), ('Macan Kumbang', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from warta.lexicon.indonesian import (
    GROUP_NOUNS,
    MONTHS,
    NAME_STOP_WORDS,
    ORGANISATION_HEADS,
    REGIONAL_UNIT_HEADS,
    ROLE_NOUNS,
    SPEAKING_BODIES,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from warta.nlp.entities.gazetteer import lookup_place
from warta.nlp.relations.actors import _INSTRUMENT_HEADS
from warta.nlp.relations.lexicon import LEXICON
from warta.nlp.relations.words import _NUMBERS, _OFFICE_TITLES, _TITLES
from warta.records import Mention, Relation

__all__ = ["governments_of_askers", "untagged_sides"]

#: The one-word active verbs of the lexicon ("meminta", "menggandeng", "menyerang").
_VERBS = frozenset(k for k, c in LEXICON.items() if c.voice == "active" and " " not in k)
#: A capitalised word of a name ("Sinar", "PSIM", "Al-Amin", "Bhayangkara").
_NAME_WORD = r"[A-Z][\w'’-]*"
#: The longest run taken, in words.
_MAX_WORDS = 4
#: A run of name words ending one space before a verb (:func:`_run_before`).
_RUN_BEFORE = re.compile(rf"(?<![^\s])(?:{_NAME_WORD} ){{1,{_MAX_WORDS}}}$")
#: A run of name words starting one space after a verb (:func:`_run_after`).
_RUN_AFTER = re.compile(rf" ((?:{_NAME_WORD})(?: {_NAME_WORD}){{0,{_MAX_WORDS - 1}}})\b")
#: One more name word after such a run.
_ONE_MORE = re.compile(rf" {_NAME_WORD}")
#: Words never a name's first or only word, whatever their case.
_NOT_NAMES = (
    NAME_STOP_WORDS
    | frozenset(MONTHS)
    | TITLE_WORDS
    | ROLE_NOUNS
    | GROUP_NOUNS
    | SPEAKING_BODIES
    | ORGANISATION_HEADS
    | REGIONAL_UNIT_HEADS
    | _TITLES
    | _OFFICE_TITLES
    | _INSTRUMENT_HEADS
    | frozenset("rancangan provinsi kabupaten kota desa oposisi".split())
    | frozenset("penyidik penyelidik jaksa hakim polisi tentara korps".split())
    | frozenset("pemprov pemkab pemkot pemda kejati kejari polda polres polri tni".split())
)
_WORD = re.compile(r"\S+")
_ROMAN = re.compile(r"[IVXL]+")
#: Legal forms opening a firm's name, left out of its short form.
_LEGAL_FORMS = frozenset("PT CV UD".split())


def untagged_sides(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each untagged name right before or after an active verb of the
    relation lexicon added as an organisation (see the module docstring)."""
    taken: list[Mention] = []
    # the text of the mentions: a run one space from one is the rest of its name
    named = bytearray(len(text) + 2)
    for m in mentions:
        named[m.start : m.end] = b"\x01" * (m.end - m.start)
    lower = {w.group() for w in _WORD.finditer(text) if w.group()[:1].islower()}
    shortened = _short_forms(mentions)
    for verb in re.finditer(r"\b[a-z]+\b", text):
        if verb.group() not in _VERBS:
            continue
        for span in (
            _run_before(text, verb.start()),
            _run_after(text, verb.end()),
            *(_bare_governments(text, verb.end()) if verb.group() not in _REPORTING else ()),
        ):
            if span is None:
                continue
            start, end = span
            if any(named[max(0, start - 2) : end + 2]) or not _a_name(text, start, end, lower):
                continue
            named[start:end] = b"\x01" * (end - start)
            name = text[start:end]
            taken.append(Mention(start, end, name, "ORG", shortened.get(name, name)))
    return sorted([*mentions, *taken], key=lambda m: m.start)


def _run_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of the capitalised run ending with one space before offset ``at``."""
    window = text[max(0, at - 80) : at]
    found = _RUN_BEFORE.search(window)
    if found is None:
        return None
    start, end = at - len(found.group()), at - 1
    before = window[: found.start()].split()[-1:]
    noun = before and before[0].isalpha() and before[0].islower()
    if noun and before[0] not in NAME_STOP_WORDS:
        return None  # a possessor, not the subject: "sikap X mendukung …"
    words = text[start:end].split()
    while words and words[0].lower() in NAME_STOP_WORDS:  # "Adapun X", "Sementara X"
        start += len(words.pop(0)) + 1
    return (start, end) if words else None


def _run_after(text: str, at: int) -> tuple[int, int] | None:
    """The span of the capitalised run starting one space after offset ``at``, up to a
    word in lower case or a punctuation mark."""
    found = _RUN_AFTER.match(text, at)
    if found is None or _ONE_MORE.match(text, found.end()):
        return None  # a run longer than a short name: a title and a name, mostly
    return found.start(1), found.end(1)


#: "pemerintah" alone, one space from a verb: not qualified by a state's name, a level
#: of government ("pemerintah daerah") or a word pointing back ("pemerintah itu").
_BARE_GOVERNMENT = "pemerintah"
#: Verbs reporting speech or a view: "pemerintah" after them opens the clause reported
#: ("menyebut pemerintah akan …"), the speaker's own government, read by :mod:`.actors`.
_REPORTING = SPEECH_VERBS | frozenset("menyebut menilai menganggap".split())
_QUALIFIERS = re.compile(
    r" (?:[A-Z]|pusat|daerah|provinsi|kabupaten|kota|desa|setempat|negara|federal|transisi"
    r"|militer|junta|asing|itu|tersebut|kedua|baru|sementara)"
)


def _bare_governments(text: str, end: int) -> list[tuple[int, int]]:
    """The span of a bare "pemerintah" right after the verb ending at ``end``
    ("mendesak pemerintah segera …"): the government of the state the article is about,
    named as written (as the gold sets name it)."""
    out = []
    after = end + 1
    if text.startswith(" " + _BARE_GOVERNMENT, end):
        stop = after + len(_BARE_GOVERNMENT)
        if not (text[stop : stop + 1].isalnum() or _QUALIFIERS.match(text, stop)):
            out.append((after, stop))
    return out


#: The most words of a state's name ending a body's name ("… Seluruh Indonesia",
#: "… Korea Selatan").
_STATE_WORDS = 3


def governments_of_askers(relations: Iterable[Relation]) -> list[Relation]:
    """``relations`` with a bare "pemerintah" acted on by a body named after a state
    named as that state: "Federasi Nelayan Peru meminta pemerintah …" asks Peru's
    government, as the gold sets name it; from anyone else it stays as written.

    >>> r = Relation("Federasi Nelayan Peru", "appeal", "02", "pemerintah", "", 0, 0, "meminta")
    >>> [x.target for x in governments_of_askers([r])]
    ['Peru']
    """
    out = []
    for r in relations:
        state = _state_ending(r.source) if r.target == _BARE_GOVERNMENT else None
        out.append(replace(r, target=state) if state is not None else r)
    return out


def _state_ending(name: str) -> str | None:
    """The state whose name ends the body's name ``name`` (more than the state's name
    alone), as the gazetteer names it, else ``None``."""
    words = name.split()
    for n in range(min(_STATE_WORDS, len(words) - 1), 0, -1):
        place = lookup_place(" ".join(words[-n:]))
        if place is not None and place.subtype == "GPE" and place.referent is None:
            return place.name
    return None


def _short_forms(mentions: Sequence[Mention]) -> dict[str, str]:
    """The first word of each longer name, a firm's past its legal form, to that name
    ("Sinar" for "PT Sinar Abadi", "Garuda" for "Garuda Muda"): a news text
    names a side in full once, then by that word alone."""
    out: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        if words and words[0] in _LEGAL_FORMS:
            words = words[1:]
        if len(words) > 1:
            out.setdefault(words[0], m.referent or m.entity or m.text)
    return out


def _a_name(text: str, start: int, end: int, lower: set[str]) -> bool:
    """Whether the run names a side (see the module docstring): ``lower`` holds the
    article's words written in lower case."""
    words = text[start:end].split()
    if words == [_BARE_GOVERNMENT]:
        return True
    if lookup_place(text[start:end]) is not None:
        return False  # a place the relation stage reads itself ("Lima" for Peru)
    if words[0].lower() in _NOT_NAMES or words[-1].lower() in _NOT_NAMES:
        return False
    if len(words) > 1:
        return True
    word = words[0]
    if len(word) < 3 or _ROMAN.fullmatch(word) or word.lower() in _NUMBERS:
        return False  # an initial or a numeral ("Komisi | I", "Lima")
    opens = start == 0 or text[:start].rstrip()[-1:] in ".!?\n\"”"
    if opens and not word.isupper():
        return False  # a noun opening its sentence ("Perseroan menggandeng …")
    if re.search(rf"\b[a-z]+ \({re.escape(word)}\)", text):
        return False  # the short form of common words ("pemutusan hubungan kerja (PHK)")
    # a word the article writes in lower case too ("Barat", "Oposisi") is no name
    return word.lower() not in lower
