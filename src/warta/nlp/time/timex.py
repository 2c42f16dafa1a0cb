"""Find and normalise Indonesian time expressions (dates, relative dates, durations).

:func:`tag_time` scans clean article text with a dozen regular expressions (compiled
once), keeps the leftmost-longest match where candidates overlap, and resolves each
match against the article's publication date (the *anchor*), except expressions
relative to the narrative (below).

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
* An expression relative to the narrative ("sehari sebelumnya", "keesokan harinya",
  "dua hari kemudian", "pada hari yang sama", "malam itu", "bulan sebelumnya") steps
  from the date the text told last before it (see :func:`_narrate`), and from the
  anchor only when the text told none; expressions relative to now ("kemarin", "dua
  hari lalu", "pekan depan") keep the anchor. Stepped from a date the text fixes alone,
  the result is a ``"date"`` too; from an anchored one, ``"relative"`` to that anchor.

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
    shift_period,
)
from warta.nlp.time.patterns import (
    CLAUSE_STEP,
    EVENT_STEP,
    MO,
    NAR,
    NARRATIVE,
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
    is_narrative,
    narrative_step,
)
from warta.records import PartialDate, TimeExpr, TimexType

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "TimeScan",
    "iso_period",
    "parse_number",
    "precision_rank",
    "scan_time",
    "sets_the_time",
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
    **dict.fromkeys(("keesokan", "petang"), NAR),
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
        return _narrate(self.text, _select(self.text, cands, anchor), anchor)


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
        # a narrative step ("~-1D") is resolved by _narrate, after the selection
        stepped = value is not None and value.startswith(NARRATIVE)
        if kind in ("date", "relative") and value and not stepped and not is_calendar_value(value):
            # "2.500 tahun lalu" counted back from 2024 lands before year 1: no calendar
            # date, so the expression stays unresolved rather than malformed.
            value, prec = None, None
        used = anchor_iso if needs and value is not None else None
        out.append(TimeExpr(text[start:end], start, end, kind, value, prec, used))
    return tuple(out)


# How far back the date a narrative expression steps from may lie: in the same paragraph
# or the _TOLD_PARAGRAPHS before it, and within _TOLD_REACH characters (a text without
# paragraph breaks). Farther back, "sehari sebelumnya" is unlikely to mean that date.
_TOLD_PARAGRAPHS = 2
_TOLD_REACH = 1500
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_TOLD_PRECISIONS = frozenset(("day", "week", "month", "year"))
#: A date that tells when something was said ("…,” ujarnya, Jumat (13/3/2026)", "kata
#: Rizal, Selasa"): the day of a statement, not of the event a step counts from.
_STATEMENT_DATE = re.compile(
    r"\b(?:ujar|kata|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah|papar|terang)(?:nya)?"
    r"(?:\s+[A-Z][\w.]*){0,3}\s*,\s*$"
)


#: "… yang sama **dengan** <act>": the same day as an act named, not as the last told.
_SAME_AS = re.compile(r"\s+dengan\b")


def _narrate(
    text: str, exprs: tuple[TimeExpr, ...], anchor: PartialDate | None
) -> tuple[TimeExpr, ...]:
    """``exprs`` with each narrative step (a value starting with ``NARRATIVE``) resolved.

    A step resolves against the last date the text told before it (:func:`_told_date`),
    else the anchor, else stays unresolved. Only expressions that name their own date
    ("12 Maret 2024", "Senin (18/3)", "kemarin") are told dates: "… sehari sebelumnya.
    Pada hari yang sama" is the day of the main event, not the day before it. The same
    day or period ("pada hari yang sama") also takes a step that opens its sentence:
    "Keesokan harinya, X …. Pada hari yang sama, Y …" is that next day.
    """
    if not any(t.value is not None and t.value.startswith(NARRATIVE) for t in exprs):
        return exprs
    out: list[TimeExpr] = []
    told: list[TimeExpr] = []
    opened: list[TimeExpr] = []  # told, and the steps that open their sentence
    named: list[TimeExpr] = []  # those, and the steps to a clause's act
    for t in exprs:
        if t.value is not None and t.value.startswith(NARRATIVE):
            same_day = narrative_step(t.value)[0] == 0
            # "pada hari yang sama dengan tuduhan itu": the day of the act it names
            base = (named if _SAME_AS.match(text, t.end) else opened) if same_day else told
            stepped = _step(text, t, base, anchor)
            out.append(stepped)
            clause_step = t.value.startswith(NARRATIVE + EVENT_STEP + CLAUSE_STEP)
            if stepped.value is not None and sets_the_time(text, stepped):
                # "Keesokan harinya, X … Pada hari yang sama, Y …": a step that opens
                # its sentence is the day "the same day" after it means; a step to a
                # clause's act ("sepekan setelah X menyetujui …") only when named
                named.append(stepped)
                if not clause_step:
                    opened.append(stepped)
            continue
        out.append(t)
        if t.type in ("date", "relative") and t.value and t.precision in _TOLD_PRECISIONS:
            told.append(t)
            opened.append(t)
            named.append(t)
    return tuple(out)


def _step(text: str, t: TimeExpr, told: list[TimeExpr], anchor: PartialDate | None) -> TimeExpr:
    """The narrative expression ``t`` resolved (see :func:`_narrate`)."""
    assert t.value is not None and t.precision is not None  # a step, from _h_narr
    amount, unit = narrative_step(t.value)
    after_event = t.value.startswith(NARRATIVE + EVENT_STEP)
    if after_event:
        # "Sehari sebelum penangkapan": the day of an event, not of a statement about it
        told = [r for r in told if not _STATEMENT_DATE.search(text, max(0, r.start - 60), r.start)]
    ref = _told_date(text, t, told)
    if ref is None and after_event:
        # an event the text does not date: no day to count from (never the anchor)
        return TimeExpr(t.text, t.start, t.end, "relative", None, None, None)
    if ref is not None:
        assert ref.value is not None and ref.precision is not None  # a told date
        base, base_prec, used = ref.value, ref.precision, ref.anchor
    elif anchor is not None:
        base, base_prec, used = anchor.iso, anchor.precision, anchor.iso
    else:
        return TimeExpr(t.text, t.start, t.end, "relative", None, None, None)
    moved = shift_period(base, base_prec, amount, unit)
    if moved is None:
        return TimeExpr(t.text, t.start, t.end, "relative", None, None, None)
    # stepped from a date the text alone fixes, the text alone fixes this one too
    kind: TimexType = "date" if used is None else "relative"
    return TimeExpr(t.text, t.start, t.end, kind, moved[0], moved[1], used)


def _told_date(text: str, t: TimeExpr, told: list[TimeExpr]) -> TimeExpr | None:
    """The date told last before ``t`` within reach, at least as fine as ``t``'s step
    when one is: "pada hari yang sama" after "Senin (26/5) ... gempa Maret lalu" is
    that Monday (a month or a year told in between is background), else the last
    coarser one ("sehari sebelumnya" after "Maret 2024" is in March)."""
    want = precision_rank(t.precision or "day")
    coarser: TimeExpr | None = None
    for ref in reversed(told):
        if t.start - ref.end > _TOLD_REACH:
            break
        if len(_PARAGRAPH_BREAK.findall(text, ref.end, t.start)) > _TOLD_PARAGRAPHS:
            break
        if precision_rank(ref.precision or "decade") <= want:
            return ref
        coarser = coarser or ref
    return coarser


#: Words that may stand before a narrative expression opening its sentence ("Namun,
#: kurang dari tiga jam kemudian, ...").
_OPENING_WORDS = 3


def sets_the_time(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` (a time expression of ``text``) tells when what follows happens.

    Every date does; an expression relative to the narrative only where it opens its
    sentence ("Sehari sebelumnya, ia ...", "Kurang dari tiga jam kemudian, ..."). Inside
    a sentence it dates a noun ("keputusan Washington dua hari sebelumnya", "naik dari
    Rp60.000 sepekan sebelumnya"), and the sentences after it go on at the date told
    before it.

    >>> text = "Pada 9 Mei 2024 X tiba. Y tiba di sana sehari sebelumnya. Sehari kemudian, X pergi."
    >>> [sets_the_time(text, t) for t in tag_time(text, None)]
    [True, False, True]
    """
    if not is_narrative(t.text):
        return True
    lead = text[max(0, t.start - 80) : t.start]
    cut = max(lead.rfind(c) for c in ".!?\n")
    if cut < 0 and t.start > len(lead):
        return False  # no sentence start within reach: well inside a sentence
    return len(lead[cut + 1 :].split()) <= _OPENING_WORDS
