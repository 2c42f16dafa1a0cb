"""Quotes credited by the page's layout, not by a reporting verb.

Two layouts of news pages print a quotation whole, in marks, on its own and name its
speaker on a line of its own, with no cue word at all:

* a **credit line** under the quote, opening with a dash, as pull quotes and vox pops
  print it::

      "Harga cabai naik terus, kami bingung."
      — Budi Santoso (40), pedagang sayur

* a **label line** over the quote paragraph, the speaker and a colon, as round-ups of
  reactions print it::

      Siti Rahayu, Ketua Asosiasi Petani X:

      "Kami menolak harga itu."

:func:`credited_quote` reads the paragraph at an index and returns the quote with its
speaker (offsets in the article), or ``None`` for any other paragraph. The speaker
phrase is parsed like a subject ("Name (age), description", "Name, office"); a line that
names no person (a body, a pronoun, an office alone) or does not say who the person is
(no age, no description: "Baca juga:", an outlet's name) credits nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.nlp.quotes.spans import inner, quote_spans
from warta.nlp.quotes.speakers import Who, parse_subject

__all__ = ["Credit", "credited_quote"]

#: A credit line: a dash (em, en or one or two hyphens), then the speaker phrase, which
#: opens with a capital: "— Budi (40), pedagang", "-- Siti Rahayu, guru".
_CREDIT_LINE = re.compile(r"[ \t]*(?:—|–|--?)[ \t]*(?P<who>[A-Z][^\n\"“”:]{1,120}?)[ \t]*")
#: A label line: the speaker phrase (no quote mark, no sentence end inside), then a colon
#: closing the line: "Siti Rahayu, Ketua Asosiasi X:".
_LABEL_LINE = re.compile(r"[ \t]*(?P<who>[A-Z][^\n\"“”:.!?]{1,120}?)[ \t]*:[ \t]*")


#: The marks that open and close a quotation.
_OPENING_MARKS = frozenset('"“„«')
_MARKS = frozenset('"”»')


@dataclass(frozen=True, slots=True)
class Credit:
    """A quote's words (``start``/``end`` in the article, marks left out), its speaker
    (``who``, parsed from the phrase written at ``who_at``) and the layout's cue ("—", or
    the label with its colon)."""

    start: int
    end: int
    who: Who
    who_at: int
    cue: str


def credited_quote(paras: Sequence[str], starts: Sequence[int], pi: int) -> Credit | None:
    """The quote of paragraph ``pi`` credited by a dash line under it (in the same
    paragraph or the next one) or by a label line over it (the paragraph before);
    ``starts`` are the paragraphs' offsets in the article.

    >>> paras = ['"Kami siap bertanding," ', "— Budi Santoso (30), pelatih"]
    >>> c = credited_quote(paras, [0, 26], 0)
    >>> c.who.name, c.cue, c.start, c.end
    ('Budi Santoso', '—', 1, 21)
    """
    para = paras[pi]
    if para.lstrip()[:1] not in _OPENING_MARKS:
        return None  # most paragraphs: not a quotation alone
    lines = para.split("\n")
    whole = _whole_quote(lines[0])
    if whole is None:
        return None
    start, end = starts[pi] + whole[0], starts[pi] + whole[1]
    if len(lines) == 2:
        # The credit under the quote, in the same paragraph.
        at = starts[pi] + len(lines[0]) + 1
        return _credit(lines[1], at, start, end)
    if len(lines) > 2:
        return None
    if pi + 1 < len(paras) and "\n" not in paras[pi + 1].strip():
        credit = _credit(paras[pi + 1], starts[pi + 1], start, end)
        if credit is not None:
            return credit
    if pi > 0 and "\n" not in paras[pi - 1].strip():
        return _labelled(paras[pi - 1], starts[pi - 1], start, end)
    return None


def _whole_quote(line: str) -> tuple[int, int] | None:
    """The bounds of the quoted words when ``line`` is one quotation in marks and nothing
    else (a closing period after the mark allowed); else ``None``."""
    spans = quote_spans(line)
    if len(spans) != 1:
        return None
    qs, qe = spans[0]
    if line[:qs].strip() or line[qe:].strip(" \t.") or qe - qs < 3 or line[qe - 1] not in _MARKS:
        return None  # narration around it, or a quote left open (a paragraph run on)
    return inner(line, (qs, qe))


def _credit(line: str, at: int, start: int, end: int) -> Credit | None:
    """The quote ``start``-``end`` credited by the dash ``line`` (at offset ``at``)."""
    m = _CREDIT_LINE.fullmatch(line)
    if m is None:
        return None
    who = _person(m.group("who"))
    if who is None:
        return None
    return Credit(start, end, who, at + m.start("who"), "—")


def _labelled(line: str, at: int, start: int, end: int) -> Credit | None:
    """The quote ``start``-``end`` under the label ``line`` (at offset ``at``)."""
    m = _LABEL_LINE.fullmatch(line)
    if m is None:
        return None
    who = _person(m.group("who"))
    if who is None:
        return None
    return Credit(start, end, who, at + m.start("who"), m.group(0).strip())


#: A credit says who the person is: the name, then an age in brackets or a description
#: after a comma ("Budi (40)", "Budi Santoso, Ketua X"). A bare capitalised run ("Baca
#: juga", "Catatan Redaksi", an outlet) is no credit.
_DESCRIBED = re.compile(r"[^,(]+(?:\(\d{1,3}\)|,\s*\S)")


def _person(phrase: str) -> Who | None:
    """The person ``phrase`` names ("Budi (40), pedagang"), or ``None`` when it names a
    body, points back, names no one or does not say who the person is."""
    if _DESCRIBED.match(phrase) is None:
        return None
    who = parse_subject(phrase + " ")
    if who is None or who.name is None or who.org or who.anaphor or who.offset < 0:
        return None
    return who
