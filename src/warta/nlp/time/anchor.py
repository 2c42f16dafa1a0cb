"""Infer an article's publication date when the page does not state one.

Relative dates need an anchor, and a crawl header ("Selasa, 2 Juli 2024" on a
2016 story) is not one. Two kinds of evidence remain:

1. **The text.** A weekday written with a day and month, "Senin (18/04)", is only
   true in some years (18 April is a Monday in 2011, 2016, 2022, 2033 ...);
   explicit past years ("pada tahun 2009") bound the year from below.
2. **The corpus.** Other articles with known dates date the same happenings: if
   two articles date a minister's first visit to Surabaya to 2016, then the
   candidate anchor under which *this* article's relative events land in 2016 and
   agree with them (shared participants, compatible dates) wins.

:func:`weekday_candidates` gives the candidates, :func:`choose_anchor` weighs them,
:func:`infer_anchor` runs both over a text. When nothing decides, the answer is
``(None, reason)``: a wrong anchor moves every relative date, no anchor moves none.

A duplicate or syndicated copy with a known date simply lends its date: the caller
that knows the duplicate groups sets ``published`` of the undated member to the
canonical's with evidence ``"inferred: duplicate of <id>"``; no function is needed.

>>> [c.iso for c in weekday_candidates("bertemu pada Senin (18/04).", lo=2010, hi=2025)]
['2011-04', '2016-04', '2022-04']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from warta.nlp.sentences import Sentence, split_sentences
from warta.nlp.time.calendar import WEEKDAYS, iso_period, precision_rank
from warta.nlp.time.events import extract_events
from warta.nlp.time.timex import TimeScan, scan_time, tag_time
from warta.records import Event, Mention, PartialDate, TimeExpr

__all__ = [
    "AnchorEvidence",
    "CandidateTimes",
    "anchor_evidence",
    "candidate_times",
    "choose_anchor",
    "infer_anchor",
    "weekday_candidates",
]

_WD_DM = re.compile(r"^(?P<wd>\w+'?\w*),?\s*\(?(?P<d>\d{1,2})/(?P<m>\d{1,2})\)?$")
_FUTURE = re.compile(r"\b(?i:akan|bakal|dijadwalkan|direncanakan|berencana|rencananya)\b")
#: Participant words too common to tie two events together.
_GENERIC = frozenset(
    {
        "presiden", "perdana", "menteri", "profesor", "prof", "kota", "pemimpin", "utara",
        "selatan", "timur", "barat", "tengah", "jauh", "semenanjung", "republik", "rakyat",
        "dewan", "wakil", "pertama", "luar", "negeri", "kementerian", "kepala", "jenderal",
    }
)  # fmt: skip


def participant_tokens(names: Sequence[str]) -> frozenset[str]:
    """Lower-cased name words minus titles and compass words: the matching key.

    >>> sorted(participant_tokens(["Presiden Budi Santoso", "Kota Surabaya"]))
    ['budi', 'santoso', 'surabaya']
    """
    return _participant_tokens(tuple(names))


@functools.lru_cache(maxsize=65536)
def _participant_tokens(names: tuple[str, ...]) -> frozenset[str]:
    # Cached: choose_anchor asks for the same event's key once per candidate and article.
    return frozenset(
        w
        for name in names
        for w in re.split(r"[\s-]+", name.lower())
        if len(w) > 1 and w not in _GENERIC
    )


def _weekday_dates(
    text: str, unanchored: Sequence[TimeExpr] | None = None
) -> list[tuple[str, int, int, int]]:
    """(expression, weekday, day, month) for each "Senin (18/04)" without a year.

    ``unanchored`` is ``tag_time(text, None)`` when the caller has it already."""
    out = []
    for t in tag_time(text, None) if unanchored is None else unanchored:
        m = _WD_DM.match(t.text)
        if t.type == "relative" and m and m["wd"].lower() in WEEKDAYS:
            out.append((t.text, WEEKDAYS[m["wd"].lower()], int(m["d"]), int(m["m"])))
    return out


def past_year_bound(text: str, unanchored: Sequence[TimeExpr] | None = None) -> int | None:
    """The latest explicit year the text puts in the past ("pada tahun 2009" → 2009).

    ``unanchored`` is ``tag_time(text, None)`` when the caller has it already."""
    years = []
    for t in tag_time(text, None) if unanchored is None else unanchored:
        if t.type != "date" or t.value is None or t.precision == "decade":
            continue
        lo = text.rfind(".", 0, t.start) + 1
        hi = text.find(".", t.end)
        if _FUTURE.search(text, lo, hi if hi >= 0 else len(text)):
            continue  # "akan ... pada 2030" is a plan, not the past
        years.append(int(t.value[:4]))
    return max(years) if years else None


def weekday_candidates(
    text: str,
    lo: int = 1990,
    hi: int = 2035,
    *,
    unanchored: Sequence[TimeExpr] | None = None,
) -> list[PartialDate]:
    """Candidate publication months allowed by weekday-dated mentions in ``text``.

    Each "Senin (18/04)" allows the years in ``[lo, hi]`` where that day is that
    weekday; several such mentions must all hold (when they cannot, the first one
    decides). Years before the latest explicit past year of the text are dropped.
    A candidate is the month of the mention (``PartialDate(2016, 4)``). Empty when
    the text has no such mention. ``unanchored`` is ``tag_time(text, None)`` when the
    caller has it already.
    """
    if unanchored is None:
        unanchored = tag_time(text, None)
    found = _weekday_dates(text, unanchored)
    if not found:
        return []
    bound = past_year_bound(text, unanchored)
    lo = max(lo, bound) if bound is not None else lo
    sets = []
    for _expr, wd, d, m in found:
        years = set()
        for y in range(lo, hi + 1):
            try:
                if date(y, m, d).weekday() == wd:
                    years.add(y)
            except ValueError:
                continue
        sets.append(years)
    both = set.intersection(*sets)
    years = both if both else sets[0]
    month = found[0][3]
    return [PartialDate(y, month) for y in sorted(years)]


def _compatible(a: str, b: str) -> float:
    """1.0 when period ``b`` lies inside ``a``, 0.5 when it only overlaps, else 0."""
    a0, a1 = iso_period(a)
    b0, b1 = iso_period(b)
    if b0 > a1 or a0 > b1:
        return 0.0
    return 1.0 if a0 <= b0 and b1 <= a1 else 0.5


def choose_anchor(
    candidates: Sequence[PartialDate],
    article_events: Sequence[Event],
    corpus_events: Mapping[str, Sequence[Event]],
    *,
    cue: str | None = None,
) -> tuple[PartialDate | None, str]:
    """Pick the candidate anchor whose relative events the corpus timeline confirms.

    ``article_events`` are the article's events extracted once per candidate (an
    event belongs to the candidate whose ISO equals ``Event.anchor``; events with no
    anchor say nothing about it and are ignored). A corpus article supports a
    candidate when one of its events shares a participant word with one of the
    candidate's events and has a compatible date: 1 point when the corpus date is as
    fine as ours or finer, 0.5 when coarser ("2019" for "2019-04-25"). The unique
    best candidate with support wins; a tie or no support gives ``(None, reason)``.
    """
    if not candidates:
        return None, "no candidate anchor"
    by_anchor: dict[str | None, list[tuple[frozenset[str], str]]] = {}
    for e in article_events:
        by_anchor.setdefault(e.anchor, []).append((participant_tokens(e.participants), e.date))
    # The corpus events by participant word: an event is compared only with those
    # sharing a word with it (the others score nothing).
    corpus: list[tuple[str, frozenset[str], str]] = []
    index: dict[str, list[int]] = {}
    if any(by_anchor.get(c.iso) for c in candidates):
        for aid, events in sorted(corpus_events.items()):
            for other in events:
                for w in (keys := participant_tokens(other.participants)):
                    index.setdefault(w, []).append(len(corpus))
                corpus.append((aid, keys, other.date))
    scores: list[tuple[float, PartialDate, set[str], set[str], set[str]]] = []
    for cand in candidates:
        words, dates, best = set[str](), set[str](), dict[str, float]()
        for keys, mine in by_anchor.get(cand.iso, ()):
            for i in {i for w in keys for i in index.get(w, ())}:
                aid, theirs, their_date = corpus[i]
                point = _compatible(mine, their_date)
                if point > 0:
                    words |= keys & theirs
                    dates.add(their_date)
                    best[aid] = max(best.get(aid, 0.0), point)
        # an article adds its best point; summed in id order, as always
        score = sum((best[aid] for aid in sorted(best)), 0.0)
        scores.append((score, cand, words, dates, set(best)))
    scores.sort(key=lambda s: -s[0])
    what = f"weekday '{cue}'" if cue else "relative dates"
    top = scores[0]
    if top[0] == 0:
        return None, f"undecided: {what} allow {len(candidates)} anchors, no corpus support"
    if len(scores) > 1 and scores[1][0] == top[0]:
        tied = ", ".join(s[1].iso for s in scores if s[0] == top[0])
        return None, f"undecided: {what} allow {tied} equally"
    names = "/".join(sorted(w.title() for w in top[2]))
    when = ", ".join(sorted(top[3]))
    n = len(top[4])
    reason = (
        f"inferred: {what} + corpus timeline: {names} dated {when} "
        f"in {n} article{'s' if n != 1 else ''}"
    )
    return top[1], reason


#: An event as :func:`choose_anchor` compares it: its date and participant words.
Stamp = tuple[str, frozenset[str]]


def stamps(events: Sequence[Event]) -> tuple[Stamp, ...]:
    """The :data:`Stamp` of each of ``events``."""
    return tuple((e.date, participant_tokens(e.participants)) for e in events)


@dataclass(frozen=True, slots=True)
class Probe:
    """What of an undated text a corpus article must meet to score in
    :func:`choose_anchor`: the stamps of the text's events under its candidates.

    A corpus article supports some candidate only if one of its events shares a word
    with one of these and has a compatible date; any other scores nothing, whatever
    the candidate, so a caller may leave it out of the comparison."""

    events: tuple[Stamp, ...] = ()
    words: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        words = frozenset(w for _, theirs in self.events for w in theirs)
        object.__setattr__(self, "words", words)

    @classmethod
    def of(cls, evidence: AnchorEvidence) -> Probe:
        if evidence.reason is not None:
            return cls()
        isos = {c.iso for c in evidence.candidates}
        return cls(stamps([e for e in evidence.events if e.anchor in isos]))

    def meets(self, theirs: Sequence[Stamp]) -> bool:
        """Whether a corpus article with events ``theirs`` scores for some candidate."""
        for their_date, their_words in theirs:
            if self.words.isdisjoint(their_words):
                continue
            for mine, words in self.events:
                if not words.isdisjoint(their_words) and _compatible(mine, their_date) > 0:
                    return True
        return False


@dataclass(frozen=True, slots=True)
class AnchorEvidence:
    """What :func:`infer_anchor` reads of the text alone: the candidate anchors, the
    text's month-or-finer events under each (``Event.anchor`` tells which), and the
    weekday cue; or, when the text has nothing to anchor, only ``reason``."""

    candidates: tuple[PartialDate, ...] = ()
    events: tuple[Event, ...] = ()
    cue: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class CandidateTimes:
    """The part of :func:`anchor_evidence` that reads the text alone (not its mentions):
    the candidate anchors, the text's anchored time expressions under each, the text's
    sentences (when some candidate has any) and the weekday cue; or only ``reason``."""

    candidates: tuple[PartialDate, ...] = ()
    relative: tuple[tuple[TimeExpr, ...], ...] = ()  # one per candidate
    sentences: tuple[Sentence, ...] = ()
    cue: str | None = None
    reason: str | None = None


def candidate_times(
    text: str, *, lo: int = 1990, hi: int = 2035, scan: TimeScan | None = None
) -> CandidateTimes:
    """See :class:`CandidateTimes` (one resolution of the text per candidate)."""
    scan = scan_time(text) if scan is None else scan
    unanchored = scan.resolve(None)
    if not any(t.type == "relative" for t in unanchored):
        return CandidateTimes(reason="undecided: no relative date in the text, nothing to anchor")
    cands = weekday_candidates(text, lo, hi, unanchored=unanchored)
    found = _weekday_dates(text, unanchored)
    cue = found[0][0] if found else None
    if not cands:
        bound = past_year_bound(text, unanchored)
        start = max(lo, bound) if bound is not None else lo
        cands = [PartialDate(y) for y in range(start, hi + 1)]
    relative = tuple(tuple(t for t in scan.resolve(c) if t.anchor is not None) for c in cands)
    sentences = tuple(split_sentences(text)) if any(relative) else ()
    return CandidateTimes(tuple(cands), relative, sentences, cue)


def anchor_evidence(
    text: str,
    *,
    mentions: Sequence[Mention] = (),
    lo: int = 1990,
    hi: int = 2035,
    scan: TimeScan | None = None,
    times: CandidateTimes | None = None,
) -> AnchorEvidence:
    """The text's side of :func:`infer_anchor` (the costly part: one resolution and one
    event extraction per candidate), which does not depend on the corpus: a caller that
    infers the same text against a changing corpus may keep it and pass it back.
    ``times`` is :func:`candidate_times` of the same text and years when the caller has
    it (kept across changes of the mentions)."""
    times = candidate_times(text, lo=lo, hi=hi, scan=scan) if times is None else times
    if times.reason is not None:
        return AnchorEvidence(reason=times.reason)
    events: list[Event] = []
    for relative in times.relative:
        if relative:
            events.extend(extract_events(text, relative, mentions, sentences=times.sentences))
    # Coarse events (a whole year) cannot tell candidates apart; keep month or finer.
    events = [e for e in events if precision_rank(e.precision) <= precision_rank("month")]
    return AnchorEvidence(times.candidates, tuple(events), times.cue)


def infer_anchor(
    text: str,
    corpus_events: Mapping[str, Sequence[Event]],
    *,
    mentions: Sequence[Mention] = (),
    lo: int = 1990,
    hi: int = 2035,
    scan: TimeScan | None = None,
    evidence: AnchorEvidence | None = None,
) -> tuple[PartialDate | None, str]:
    """Infer the publication date of an undated ``text`` from itself and the corpus.

    With weekday-dated mentions the candidates are :func:`weekday_candidates`
    (month precision); otherwise every year in ``[lo, hi]`` after the text's latest
    explicit past year is a candidate (year precision), which still dates "pada
    Maret tahun lalu" once the corpus dates that March. Pass the crawl
    year as ``hi``: an article is not published after its page was crawled.
    The text is tagged once (``scan``, :func:`~warta.nlp.time.timex.scan_time` of it, may
    be passed in) and its matches resolved against each candidate: the same result as
    tagging the text once per candidate, about seven times faster. ``evidence`` is
    :func:`anchor_evidence` of the same text, mentions and years when the caller has it.
    """
    if evidence is None:
        evidence = anchor_evidence(text, mentions=mentions, lo=lo, hi=hi, scan=scan)
    if evidence.reason is not None:
        return None, evidence.reason
    return choose_anchor(evidence.candidates, evidence.events, corpus_events, cue=evidence.cue)
