"""Double-quote spans and sentence bounds inside one paragraph, for quote extraction.

Helpers of :mod:`warta.nlp.quotes.extract`, all on one paragraph's text:

* :func:`quote_spans` - pairs opening and closing double quotes (straight or curly,
  mixed) into ``(open, close + 1)`` spans; a quote left open runs to the paragraph end.
* :func:`mask` - the paragraph with every quote span blanked out, so cue patterns only
  see the narration; offsets are unchanged.
* :func:`inner` - the quoted words of a span, without the marks and trailing commas.
* :func:`trim` - bounds with spaces and clause punctuation trimmed off both ends.
* :func:`sentences` - sentence bounds that never break inside a quote span.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from warta.nlp.sentences import Sentence, split_sentences

__all__ = ["inner", "mask", "quote_spans", "sentences", "trim"]

_OPENERS = "“„«"
_CLOSERS = "”»"
_SINGLE_MARKS = "'’"  # close a paragraph-initial quote in single marks only
_MASK = "\x01"  # stands in for quoted characters so cue regexes only see narration


def quote_spans(para: str) -> list[tuple[int, int]]:
    """Pair double quotes in one paragraph: ``(open_index, close_index + 1)`` each.

    Straight quotes toggle; curly openers open and curly closers close, and either kind
    closes an open quote (pages mix them: ``"mereka ...”``). A quote still open at the
    paragraph end runs to it: multi-paragraph quotes leave the closing mark off.
    """
    spans: list[tuple[int, int]] = []
    open_at = -1
    for i, ch in enumerate(para):
        if ch == '"' or ch in _OPENERS or ch in _CLOSERS:
            if open_at < 0:
                if ch in _CLOSERS and i + 1 < len(para) and not para[i + 1].isalnum():
                    continue  # a stray closer: not an opening
                open_at = i
            else:
                spans.append((open_at, i + 1))
                open_at = -1
    if open_at >= 0 and len(para) - open_at > 2:
        spans.append((open_at, len(para)))
    spans = [sp for sp in spans if not _is_title(para, sp)]
    return spans or _single_quoted(para)


#: Nouns of a work or a programme before its title in quote marks: 'acara "Pagi Ini"',
#: 'film "Rumah Kita"', 'siniar "Obrolan Senja"', 'bertajuk "..."'.
_TITLE_NOUNS = frozenset(
    """
    acara program programa podcast siniar talkshow wicara tayangan serial sinetron
    film lagu album buku novel judul bertajuk berjudul bernama majalah rubrik kolom
    kanal segmen episode
    """.split()
)
#: Most words a title in quote marks has.
_MAX_TITLE_WORDS = 6


def _is_title(para: str, span: tuple[int, int]) -> bool:
    """True when a quote span is the title of a programme or a work ('acara "Pagi
    Ini"', 'film "Rumah Kita"'): a few words with no clause punctuation, after a noun
    of :data:`_TITLE_NOUNS`. Its text is then narration, not a quotation."""
    words = para[span[0] + 1 : span[1] - 1].split()
    # Only the last word before the quote counts: read a window, not the paragraph up to
    # it (splitting that for every quote made a huge paragraph quadratic).
    before = para[max(0, span[0] - 100) : span[0]].split()
    if span[0] > 100 and len(before) <= 1:  # the window may hold no whole word
        before = para[: span[0]].split()
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and bool(before)
        and before[-1].casefold() in _TITLE_NOUNS
        and not any(c in para[span[0] + 1 : span[1] - 1] for c in ",.!?;:")
        and span[1] - 1 < len(para)
        and para[span[1] - 1] in '"' + _CLOSERS
    )


#: A quote in single marks opening a paragraph or a sentence, closed after a clause's
#: end: "'Kami datang untuk menang,' tambahnya.", "Ia tiba. ‘Kami siap,’ ujarnya."
#: (apostrophes inside words never match: the opener must start the paragraph or follow
#: a sentence's end, the closer must follow punctuation and precede a space or the end).
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[.!?]\s))[‘'](?=\w)[^\n‘]*?[,.!?][’'](?=\s|$)")


def _single_quoted(para: str) -> list[tuple[int, int]]:
    """The spans of quotes written in single marks, each opening the paragraph or a
    sentence, when the paragraph has no double quote at all (some pages use single
    marks throughout)."""
    return [m.span() for m in _SINGLE_QUOTED.finditer(para)]


def inner(para: str, span: tuple[int, int]) -> tuple[int, int]:
    """Offsets of the quoted words inside a span, trailing comma and spaces dropped."""
    s, e = span[0] + 1, span[1]
    if e > s and para[e - 1] in '"' + _CLOSERS + _OPENERS + _SINGLE_MARKS:
        e -= 1
    while e > s and para[e - 1] in " ,;:\n":
        e -= 1
    while s < e and para[s].isspace():
        s += 1
    return s, e


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces and clause punctuation from both ends of ``text[s:e]``."""
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def sentences(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence bounds in ``para``, never breaking inside a quote span."""
    bounds: list[tuple[int, int]] = []
    opens = [s for s, _ in spans]  # spans are disjoint and in order: one can hold a point
    for start, end in _split_at_quotes(para, split_sentences(para), opens):
        k = bisect_left(opens, start) - 1
        if bounds and k >= 0 and start < spans[k][1]:
            bounds[-1] = (bounds[-1][0], end)
        else:
            bounds.append((start, end))
    return _rejoin_glosses(para, _rejoin_company_suffixes(para, bounds))


#: A company suffix written with a full stop ("PT X Tbk.", "Y Inc."), which the
#: sentence splitter takes for a sentence end.
_COMPANY_SUFFIX_END = re.compile(r"(?<![\w.])(?:Tbk|Ltd|Inc|Corp|Co|Plc)\.\s*$")


#: A name's part abbreviated with a full stop before the rest of the name, which the
#: sentence splitter does not know: a Minangkabau title of custom ("Rusdi Dt. Bagindo",
#: "Dtk. Rajo ..."), the Bantenese "Tubagus" ("Tb. Hasan") and the abbreviated given
#: names ("Abd. Rahman", "Muh. Ridwan", "Ach. Fikri").
_ADAT_TITLE_END = re.compile(
    r"(?<![\w.])(?:Dt|Dtk|Tb|Abd|Muh|Moh|Moch|Mochd|Mhd|Muhd|Ach|Achm)\.\s*$"
)


#: A translation in brackets opened right after a quote's closing mark and not yet
#: closed: '"Banyune entek," (Airnya habis. Harus beli) tuturnya' (a quote in a regional
#: language glossed in Indonesian before its cue).
_OPEN_GLOSS = re.compile(r"[\"”»'’][ \t,]*\([^()]*$")


def _rejoin_glosses(para: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bounds`` with a break inside a quote's bracketed translation undone: the
    translation's own full stops end no sentence, the cue after it is the quote's."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        if out and _OPEN_GLOSS.search(para, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _rejoin_company_suffixes(para: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bounds`` with a break after a company suffix undone when what follows goes on
    the same sentence: "Direksi PT X Tbk. (XX) menyatakan ...", "PT X Tbk. menyatakan";
    and after a title of custom before its name ("Wali Nagari X, Budi Dt. Sati, ...").
    """
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        nxt = para[start : start + 1]
        last = para[out[-1][0] : out[-1][1]] if out else ""
        if out and (
            (_COMPANY_SUFFIX_END.search(last) and (nxt == "(" or nxt.islower()))
            or (_ADAT_TITLE_END.search(last) and nxt.isupper())
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _split_at_quotes(
    para: str, sents: Sequence[Sentence], opens: list[int]
) -> list[tuple[int, int]]:
    """Sentence bounds, also broken before a quote that opens after a full stop: the
    splitter reads a ``”`` written as the opening mark as a closer and runs on ("... goyah.
    ”Babak kedua ...”")."""
    out: list[tuple[int, int]] = []
    for sent in sents:
        start = sent.start
        for q in opens[bisect_left(opens, sent.start + 1) : bisect_left(opens, sent.end)]:
            before = para[start:q].rstrip()
            if before and before[-1] in ".!?" and q > start:
                out.append((start, start + len(before)))
                start = q
        out.append((start, sent.end))
    return out


def mask(para: str, spans: list[tuple[int, int]]) -> str:
    chars = list(para)
    for s, e in spans:
        chars[s:e] = _MASK * (e - s)
    return "".join(chars)
