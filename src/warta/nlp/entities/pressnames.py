"""People the tagger misses in two more shapes the press gives only to people.

Each finder returns person spans over text no span of the article covers yet, in one
pass over the text:

* the holder of a long office named between commas before a reporting verb: "<Office>
  <Field> <Body> <Region>, <Name>, mengatakan" (:func:`untagged_spoken_holders`); the
  office may run over more words than :func:`~warta.nlp.entities.untagged.
  untagged_appositive_holders` takes, since the verb after the name says a person spoke;
* names the article declares as pseudonyms: "<Name> dan <Name>, bukan nama sebenarnya",
  "<Name> (nama samaran)", "sebut saja <Name>" (:func:`declared_pseudonyms`): the press
  names minors and victims so, and a pseudonym is a person's name whatever word it is
  (often a flower's or a common noun the tagger reads as none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.lexicon.indonesian import QUOTE_ROLE_WORDS, SPEECH_VERBS
from warta.nlp.entities.names import TITLE_HEAD
from warta.nlp.entities.spanrecord import Covered, Span
from warta.nlp.entities.untagged import _name_words, holder_words

_NAME_WORD = r"[A-Z][a-z][\w'’-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"

# ", <Name>, <reporting verb>": the name in apposition, its clause's verb right after; an
# academic title may open it ("dr. <Name>", "Ir. <Name>") and is no part of the name.
_ACADEMIC_TITLE = r"(?:dr|drg|Dr|Drs|Dra|Ir|Prof)\."
_NAME_BEFORE_VERB = re.compile(
    rf",[ \t]*(?:{_ACADEMIC_TITLE}[ \t]*)?(?P<name>{_NAME})[ \t]*,[ \t]*"
    rf"(?:{'|'.join(sorted(SPEECH_VERBS, key=len, reverse=True))})(?![\w-])"
)
# The office before that comma: a title or a role ("Asisten", "Anggota"), then up to
# seven capitalised words or acronyms of its field, body and region, which may join two
# fields with "dan" ("Kepala Badan Kesatuan Bangsa dan Politik <Region>").
_ROLES = "|".join(sorted((w.capitalize() for w in QUOTE_ROLE_WORDS), key=len, reverse=True))
_OFFICE_HEAD = re.compile(rf"(?:{TITLE_HEAD}|{_ROLES})[ \t]+[A-Z]")
# The capitalised words right before the comma, a "dan" allowed between two of them, and
# after a word the acronym the body's name declares ("Kepala Dinas Sosial (Dinsos) Kota
# <City>") or a doctor's title inside a hospital's name ("RSUD dr. <Name>"). (The run is
# found first and the office tried at its words only: searching the office's long
# alternation over the window cost a third of the article's entity time.)
_RUN_BEFORE = re.compile(
    r"(?:[A-Z][\w'’-]*[ \t]+(?:dan[ \t]+|\([A-Z][\w-]*\)[ \t]+|drg?\.[ \t]+)?){1,7}"
    r"[A-Z][\w'’-]*[ \t]*$"
)
_RUN_WORD = re.compile(r"(?<![\w'’-])[A-Z]")
# How far back the office may start: seven words of a body's name and a title.
_OFFICE_REACH = 120


def _office_before(text: str, pos: int) -> bool:
    """Whether the capitalised words ending at ``pos`` open with an office or a role and
    go on with a word of its field, body or region ("Asisten <Field> <Body> <Region>")."""
    run = _RUN_BEFORE.search(text, max(0, pos - _OFFICE_REACH), pos)
    if run is None:
        return False
    starts = (w.start() for w in _RUN_WORD.finditer(text, run.start(), pos))
    # (a word after a period is an initial's or an abbreviation's, no office's head)
    return any(
        _OFFICE_HEAD.match(text, at, pos) is not None and (at == 0 or text[at - 1] != ".")
        for at in starts
    )


# A person named by his relation to another ("kuasa hukum <Name>", "ayah <Name>", "istri
# <Name>"): kin and counsel are people, so the name in apposition after "<relation>
# <Name>," is a person's too, as after an office. The relation nouns are the class of
# kinship terms and of a client's counsel, in either case.
_RELATIONS = (
    "kuasa hukum|penasihat hukum|penasehat hukum|pengacara|advokat|ayah|ayahanda|ibu|"
    "ibunda|istri|isteri|suami|anak|putra|putri|kakak|adik|kakek|nenek|paman|bibi|cucu|"
    "menantu|mertua|keponakan|sepupu"
)
_RELATION_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{_RELATIONS})[ \t]+(?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD}[ \t]*$"
)
# How far back the relation may start: the noun and a name of up to three words.
_RELATION_REACH = 64


def _relation_before(text: str, pos: int) -> bool:
    """Whether the words ending at ``pos`` name a person by his relation to another
    ("Kuasa hukum <Name>", "adik <Name>")."""
    return _RELATION_BEFORE.search(text, max(0, pos - _RELATION_REACH), pos) is not None


def untagged_spoken_holders(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for one- to three-word names between "<office ...>," (or "<relation>
    <Name>,": :func:`_relation_before`) and ",
    <reporting verb>" (:func:`_office_before`, :data:`_NAME_BEFORE_VERB`) that no span of
    ``spans`` touches and whose words may be a person's.

    >>> t = "Asisten Pidana Umum Kejari Bantul, Tegar Wibisono, mengatakan berkas lengkap."
    >>> [t[x.start : x.end] for x in untagged_spoken_holders(t, [])]
    ['Tegar Wibisono']
    >>> t = "Kuasa hukum Rudi, Wiwin Lestari, mengatakan kliennya pasrah."
    >>> [t[x.start : x.end] for x in untagged_spoken_holders(t, [])]
    ['Wiwin Lestari']
    >>> t = "Ketua Ikatan Petani Garam (IPG) Sumenep, Marwoto, mengatakan harga turun."
    >>> [t[x.start : x.end] for x in untagged_spoken_holders(t, [])]
    ['Marwoto']
    >>> t = "Direktur RSUD dr. Kariadi, dr. Ratna Sari, mengatakan stok darah cukup."
    >>> [t[x.start : x.end] for x in untagged_spoken_holders(t, [])]
    ['Ratna Sari']
    >>> t = "Di pasar itu, Gedung Baru, mengatakan apa?"
    >>> untagged_spoken_holders(t, [])
    []
    """
    covered = Covered(spans)
    out: list[Span] = []
    for m in _NAME_BEFORE_VERB.finditer(text):
        start, end = m.span("name")
        if covered.overlaps(start, end) or not holder_words(m.group("name").split()):
            continue
        if _office_before(text, m.start()) or _relation_before(text, m.start()):
            out.append(Span(start, end, "PER"))
    return out


# "<Name>, <Name> dan <Name>" right before the declaration that they are pseudonyms:
# "(bukan nama sebenarnya)", ", bukan nama asli", "(nama samaran)".
_DECLARED_BEFORE = re.compile(
    rf"(?P<names>{_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+dan[ \t]+){_NAME}){{0,3}})"
    r"[ \t]*[,(][ \t]*(?:bukan[ \t]+nama[ \t]+(?:sebenarnya|asli)|nama[ \t]+samaran)"
)
# "sebut saja <Name>": the pseudonym after the press's formula for one.
_SAY_ONLY = re.compile(rf"(?<![\w-])[Ss]ebut[ \t]+saja[ \t]+(?P<names>{_NAME})")
_NAME_IN_LIST = re.compile(_NAME)


def declared_pseudonyms(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for the names declared as pseudonyms (:data:`_DECLARED_BEFORE`,
    :data:`_SAY_ONLY`) that no span of ``spans`` touches; each name of a list is its own.
    A span of ``spans`` that is exactly such a name is made a person's, in place.

    >>> t = "Polisi menyebut kedua anak itu Kenanga dan Anyelir, bukan nama sebenarnya."
    >>> [t[x.start : x.end] for x in declared_pseudonyms(t, [])]
    ['Kenanga', 'Anyelir']
    >>> t = "Korban, sebut saja Kenanga, masih trauma."
    >>> [t[x.start : x.end] for x in declared_pseudonyms(t, [])]
    ['Kenanga']
    """
    if "nama" not in text and "saja" not in text:
        return []
    covered = Covered(spans)
    exact = {(s.start, s.end): s for s in spans}
    out: list[Span] = []
    for m in [*_DECLARED_BEFORE.finditer(text), *_SAY_ONLY.finditer(text)]:
        for name in _NAME_IN_LIST.finditer(text, m.start("names"), m.end("names")):
            if not _name_words(name.group().split()):
                continue
            tagged = exact.get(name.span())
            if tagged is not None:  # read as a place or body: the declaration says whose
                tagged.type, tagged.place, tagged.entity = "PER", None, None
            elif not covered.overlaps(name.start(), name.end()):
                covered.add(name.start(), name.end())
                out.append(Span(name.start(), name.end(), "PER"))
    return sorted(out, key=lambda s: s.start)
