"""Sentence splitting for Indonesian news text, with character offsets.

pysbd has no Indonesian and spaCy's sentencizer glues an opening quotation mark to the
previous sentence (see ../shared/docs/DEPENDENCIES.md), so warta splits with one regular
expression and an abbreviation list. Paragraph breaks always end a sentence.

>>> [s.text for s in split_sentences('Prof. Santoso tiba. "Ini penting," katanya.')]
['Prof. Santoso tiba.', '"Ini penting," katanya.']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

#: Abbreviations that end with a period but rarely end a sentence (lower-cased, no dot).
#: Words news writes out in full and often ends a sentence with ("kota", "ibu", "hal",
#: "nomor") are not here: "... di pusat kota. Warga ..." is two sentences.
ABBREVIATIONS = frozenset(
    """
    prof dr drs dra ir h hj kh st sh se mm msi mpd mt mh mkes spd skom ssi phd jl jln no
    tel telp hlm kab kec kel prov dll dsb dst dkk tsb yth sdr sdri bpk
    kol letjen mayjen brigjen jend komjen irjen brigadir kapt lettu serda kompol akbp kombes
    ajun pol mr mrs ms st jr sr inc ltd co corp vs no ca approx etc muh moh mhd
    a b c d e f g i j k l m
    n o p q r s t u v w x y z
    """.split()
)

#: Shortened name titles that end with a period only as written here, capital first:
#: "Tb." (Tubagus), "Abd." (Abdul), "Dt." (Datuk), "Kgs."/"Kms." (Kiagus, Kemas), "Ny."
#: (Nyonya), "Ust." (Ustaz), "Hb." (Habib), "Tgk." (Teungku), "Rd." (Raden), "Pdt."
#: (Pendeta), "Mgr." (Monsinyur), "Rm." (Romo), "Dtk." (Datuk). Their capitals are words
#: of their own that do end sentences ("penderita TB. Ia ..."), so case is kept.
NAME_TITLES = frozenset("Tb Abd Dt Dtk Kgs Kms Ny Ust Hb Tgk Rd Pdt Mgr Rm".split())

#: The longest sentence, in characters; a longer run without a sentence end (a text with
#: no punctuation) is cut at a space before it, so the work per sentence stays bounded
#: (events copy their sentence, quote cues scan it). IndoSum's longest of 50,827
#: sentences is 660 characters, the seeds' 326.
MAX_SENTENCE_CHARS = 2000

# A sentence ends at . ! ? or an ellipsis, optionally followed by closing quotes or
# brackets, then whitespace and something that can start a sentence.
_BOUNDARY = re.compile(
    r"""(?P<end>[.!?…]+["'”’)\]]*)"""  # terminal punctuation and closers
    r"""(?P<space>\s+)"""
    r"""(?=["'“‘(\[]*[A-Z0-9À-Ý])"""  # next sentence opens with a capital or digit
)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


def _word_before(text: str, end: int) -> str | None:
    """The run of non-space characters ending at ``end`` (or at a newline just before it):
    what ``re.search(r"(\\S+)$", text[:end])`` finds, read backwards from ``end``. The
    search reads from the paragraph start, so over a long paragraph it was quadratic."""
    if end > 0 and text[end - 1] == "\n":
        end -= 1  # ``$`` also matches before a final newline
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end] if start < end else None


def _is_abbreviation(text: str, dot_index: int) -> bool:
    """True when the period at ``dot_index`` closes an abbreviation or an initial."""
    before = _word_before(text, dot_index)
    if before is None:
        return False
    bare = before.lstrip("\"'“‘(").rstrip(".")
    if bare in NAME_TITLES:
        return True
    word = bare.lower()
    if word in ABBREVIATIONS:
        return True
    # Dotted forms like "S.H." or "a.n." or "U.S.".
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]?", word))


def _bounded(chunk: str, start: int, paragraph: int) -> list[Sentence]:
    """``chunk`` (stripped, at ``start``) as one sentence, or cut into pieces of at most
    :data:`MAX_SENTENCE_CHARS` at the last space before the limit (anywhere if none)."""
    out: list[Sentence] = []
    while len(chunk) > MAX_SENTENCE_CHARS:
        cut = MAX_SENTENCE_CHARS
        while cut > 0 and not chunk[cut].isspace():
            cut -= 1
        head = chunk[: cut or MAX_SENTENCE_CHARS].rstrip()
        out.append(Sentence(head, start, start + len(head), paragraph))
        rest = chunk[cut or MAX_SENTENCE_CHARS :].lstrip()
        start += len(chunk) - len(rest)
        chunk = rest
    if chunk:
        out.append(Sentence(chunk, start, start + len(chunk), paragraph))
    return out


def _split_paragraph(text: str, offset: int, paragraph: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end_punct = m.group("end")
        single_dot = end_punct.startswith(".") and len(end_punct.rstrip("\"'”’)]")) == 1
        if single_dot and _is_abbreviation(text, m.start("end")):
            continue
        end = m.end("end")
        chunk = text[start:end].strip()
        if chunk:
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            sentences.extend(_bounded(chunk, offset + start + lead, paragraph))
        start = m.end("space")
    tail = text[start:]
    chunk = tail.strip()
    if chunk:
        lead = len(tail) - len(tail.lstrip())
        sentences.extend(_bounded(chunk, offset + start + lead, paragraph))
    return sentences


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` (paragraphs separated by blank lines) into sentences with offsets.

    ``Sentence.start``/``end`` index into ``text``; ``paragraph`` is the index of the
    blank-line-separated paragraph the sentence is in.
    """
    # A new list each call (the caller may change it); the sentences are frozen, shared.
    return list(_split_text(text))


# The entity, event, relation and summary stages each split the same article text; the
# pipeline runs every stage over a group of articles (warta.pipeline.workers.GROUP)
# before the next, so the last few hundred texts are the ones asked for again (the quote
# stage's paragraphs come in between).
_RECENT_TEXTS = 512


@functools.lru_cache(maxsize=_RECENT_TEXTS)
def _split_text(text: str) -> tuple[Sentence, ...]:
    """The sentences of :func:`split_sentences`, kept for the texts split last."""
    sentences: list[Sentence] = []
    position = 0
    for index, para in enumerate(text.split("\n\n")):
        sentences.extend(_split_paragraph(para, position, index))
        position += len(para) + 2
    return tuple(sentences)
