"""Find and normalise Indonesian time expressions (dates, relative dates, durations).

:func:`tag_time` scans clean article text with a dozen regular expressions (compiled
once), keeps the leftmost-longest match where candidates overlap, and resolves each
match against the article's publication date (the *anchor*) and nothing else.

* ``type`` is ``"date"`` when the text alone fixes the value ("14/3/2024", "tahun
  2009"), ``"relative"`` when the anchor is needed ("kemarin", "21 Juni", "Senin
  (18/04)", "bulan Agustus"), ``"duration"`` ("dua jam" → ``PT2H``) or ``"set"``
  ("setiap Senin" → ``XXXX-WXX-1``).
* Prepositions ("pada", "sejak", "selama") are not part of the match; trigger nouns
  ("tanggal", "bulan", "tahun") and modifiers ("lalu", "pagi") are.
* A relative expression whose anchor is missing or too coarse keeps its text and
  offsets with ``value=None`` ("kemarin" against an anchor of month precision).
* Times of day ("22:28 WIB") are absorbed into the date they follow; alone they are
  not time expressions here (``Precision`` has no time-of-day level).

dateparser misses most relative forms and is 0.4 ms a call (see
shared/docs/DEPENDENCIES.md), so warta normalises with its own tables; the whole
tagger costs about 1 ms per 400 words of news (bench/bench_timex.py; budget 2 ms).

The expressions and their handlers are in :mod:`warta.nlp.time.patterns`; the calendar
words, numerals and ISO arithmetic (``MONTHS``, ``WEEKDAYS``, :func:`parse_number`,
:func:`iso_period`, :func:`precision_rank`) in :mod:`warta.nlp.time.calendar`, and are
re-exported here.

>>> from warta.records import PartialDate
>>> [(t.text, t.value) for t in tag_time("Ia tiba kemarin, 9 Mei lalu.", PartialDate(2020, 5, 10))]
[('kemarin', '2020-05-09'), ('9 Mei lalu', '2020-05-09')]
"""

from __future__ import annotations

import re

from warta.nlp.time.calendar import (
    MONTHS,
    WEEKDAYS,
    is_calendar_value,
    iso_period,
    parse_number,
    precision_rank,
)
from warta.nlp.time.patterns import (
    MO,
    PATTERNS,
    REL,
    SE,
    SET,
    WDC,
    Candidate,
    Ctx,
    D,
    Handler,
    N,
    U,
    Y,
)
from warta.records import PartialDate, TimeExpr

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "TimeScan",
    "iso_period",
    "parse_number",
    "precision_rank",
    "scan_time",
    "tag_time",
]


# Every expression holds a "hot" token, and none reaches further than _REACH characters
# from it (the longest prefix is "sembilan puluh sembilan " before "tahun", 24
# characters; the longest suffix ", pukul 22:28 wita", 18). Each pattern runs only on
# windows around hot tokens of a class that can start it: news text is mostly numbers
# and names no pattern wants. Measured with bench/bench_timex.py on IndoSum: 2.2 ms per
# 400 words scanning whole texts, 0.9-1.4 ms with windows (machine shared, load 3);
# the output is identical (tests/nlp/test_timex.py checks it). The classes are the bit
# flags of warta.nlp.time.patterns.
# Hot words and their class; found with str.find (C speed) and a boundary check, which
# is twice as fast as one big alternation in Python's re.
_HOT_WORDS: dict[str, int] = {
    **dict.fromkeys(MONTHS, MO),
    **dict.fromkeys(WEEKDAYS, WDC),
    **dict.fromkeys("kemarin lusa besok esok malam pagi siang sore semalam tadi".split(), REL),
    **dict.fromkeys("tahun bulan pekan hari jam menit detik dekade abad windu".split(), U),
    **dict.fromkeys(
        [f"se{u}" for u in "tahun bulan pekan minggu hari jam dekade abad windu".split()]
        + [f"ber{u}" for u in "tahun bulan hari jam minggu pekan".split()],
        SE,
    ),
    **dict.fromkeys(("setiap", "tiap", "saban"), SET),
}
_DIGITS = re.compile(r"\d(?:[\d/.-]*\d)?")
_YEAR4 = re.compile(r"(?:19|20)\d\d")
_DAY_MONTH = re.compile(r"\d{1,2}[/.-]\d{1,2}")
_REACH = 30


def _hot(low: str) -> list[tuple[int, int, int]]:
    """``(start, end, class)`` of each hot token in lower-cased text, in text order."""
    out: list[tuple[int, int, int]] = []
    n = len(low)
    find = low.find
    for word, cls in _HOT_WORDS.items():
        i = find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (j == n or not low[j].isalnum()):
                out.append((i, j, cls))
            i = find(word, j)
    for m in _DIGITS.finditer(low):
        run, cls = m.group(), 0
        if _YEAR4.search(run):
            cls |= Y
        if _DAY_MONTH.search(run):
            cls |= N
        if run.endswith("0") and low.startswith(("-an", "an"), m.end()):
            cls |= D
        if cls:
            out.append((m.start(), m.end(), cls))
    out.sort()
    return out


def _windows(low: str) -> list[tuple[int, int, int]]:
    """Disjoint ``(start, end, classes)`` spans of lower-cased text around hot tokens."""
    spans: list[tuple[int, int, int]] = []
    n = len(low)
    for start, end, cls in _hot(low):
        lo, hi = max(0, start - _REACH), min(n, end + _REACH)
        while hi < n and low[hi].isalnum():  # never end a window inside a word
            hi += 1
        if spans and lo <= spans[-1][1]:
            plo, phi, pcls = spans[-1]
            spans[-1] = (plo, max(hi, phi), pcls | cls)
        else:
            spans.append((lo, hi, cls))
    return spans


class TimeScan:
    """A text's time-expression matches, found once, resolved against any anchor.

    The regular expressions and the spans they match do not depend on the anchor; only
    the handlers' values (and, for a day that does not exist in the anchor's year, a
    rejection) do. :meth:`resolve` runs the handlers over the stored matches and picks
    the leftmost-longest as :func:`tag_time` does, so ``scan_time(text).resolve(a)`` is
    ``tag_time(text, a)`` for every anchor, at a fraction of the cost from the second
    anchor on (anchor inference tries dozens of candidate years per text).
    """

    __slots__ = ("_memo", "matches", "text")

    def __init__(self, text: str, matches: list[tuple[re.Match[str], Handler]]) -> None:
        self.text = text
        self.matches = matches
        self._memo: dict[tuple[str, int], object] = {}

    def resolve(self, anchor: PartialDate | None) -> tuple[TimeExpr, ...]:
        """The time expressions of the text resolved against ``anchor``."""
        if not self.matches:
            return ()
        ctx = Ctx(self.text, anchor, self._memo)
        cands: list[Candidate] = []
        for m, handler in self.matches:
            cand = handler(m, ctx)
            if cand is not None:
                cands.append(cand)
        return _select(self.text, cands, anchor)


def scan_time(text: str) -> TimeScan:
    """Run every pattern over ``text`` once (see :class:`TimeScan`)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters ("İ") grow when lower-cased
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    matches: list[tuple[re.Match[str], Handler]] = []
    windows = _windows(low)
    if not windows:
        return TimeScan(text, matches)
    for pattern, handler, classes in PATTERNS:
        for lo, hi, present in windows:
            if not classes & present:
                continue
            for m in pattern.finditer(low, lo, hi):
                matches.append((m, handler))
    return TimeScan(text, matches)


def tag_time(text: str, anchor: PartialDate | None) -> tuple[TimeExpr, ...]:
    """Find time expressions in ``text`` and resolve relative ones against ``anchor``.

    ``anchor`` is the article's publication date (any precision) or ``None``.
    Matches never overlap; where candidates overlap the leftmost, then the longest,
    wins. Offsets index into ``text``. To resolve one text against several anchors,
    :func:`scan_time` it once and :meth:`TimeScan.resolve` each anchor.

    >>> [(t.text, t.value, t.type) for t in tag_time("Senin (18/04) selama dua jam", None)]
    [('Senin (18/04)', None, 'relative'), ('dua jam', 'PT2H', 'duration')]
    """
    return scan_time(text).resolve(anchor)


def _select(text: str, cands: list[Candidate], anchor: PartialDate | None) -> tuple[TimeExpr, ...]:
    """The leftmost, then longest, then highest-priority candidates that do not overlap."""
    cands.sort(key=lambda c: (c[0], c[0] - c[1], c[2]))
    out: list[TimeExpr] = []
    reach = -1
    anchor_iso = anchor.iso if anchor is not None else None
    for start, end, _prio, kind, value, prec, needs in cands:
        if start < reach:
            continue
        reach = end
        if kind in ("date", "relative") and value is not None and not is_calendar_value(value):
            # "2.500 tahun lalu" counted back from 2024 lands before year 1: no calendar
            # date, so the expression stays unresolved rather than malformed.
            value, prec = None, None
        used = anchor_iso if needs and value is not None else None
        out.append(TimeExpr(text[start:end], start, end, kind, value, prec, used))
    return tuple(out)
