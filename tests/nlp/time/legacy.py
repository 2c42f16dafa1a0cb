"""The time tagger and anchor inference as they were before tagging once per article.

A verbatim copy of ``tag_time`` (warta.nlp.time.timex) and of ``infer_anchor`` with its
helpers (warta.nlp.time.anchor) from before issue 15's "tag once": one full tagging
pass per candidate anchor. Kept only as the oracle the new path is compared with
(tests/nlp/time/test_tag_once.py) and timed against (bench/bench_dates.py). Since
narrative expressions ("sehari sebelumnya") came, its selection leaves their steps to
the live ``_narrate`` as ``tag_time`` does: the step does not depend on tagging once.
"""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from warta.nlp.time.anchor import _FUTURE, _WD_DM, choose_anchor
from warta.nlp.time.calendar import WEEKDAYS, is_calendar_value, precision_rank
from warta.nlp.time.events import extract_events
from warta.nlp.time.patterns import PATTERNS, Candidate, Ctx
from warta.nlp.time.patterns import NARRATIVE
from warta.nlp.time.timex import _narrate, _windows
from warta.records import Event, Mention, PartialDate, TimeExpr


def legacy_tag_time(text: str, anchor: PartialDate | None) -> tuple[TimeExpr, ...]:
    """Find time expressions in ``text`` and resolve relative ones against ``anchor``.

    ``anchor`` is the article's publication date (any precision) or ``None``.
    Matches never overlap; where candidates overlap the leftmost, then the longest,
    wins. Offsets index into ``text``.

    """
    low = text.lower()
    if len(low) != len(text):  # a few characters ("İ") grow when lower-cased
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    windows = _windows(low)
    if not windows:
        return ()
    ctx = Ctx(text, anchor)
    cands: list[Candidate] = []
    for pattern, handler, classes in PATTERNS:
        for lo, hi, present in windows:
            if not classes & present:
                continue
            for m in pattern.finditer(low, lo, hi):
                cand = handler(m, ctx)
                if cand is not None:
                    cands.append(cand)
    cands.sort(key=lambda c: (c[0], c[0] - c[1], c[2]))
    out: list[TimeExpr] = []
    reach = -1
    anchor_iso = anchor.iso if anchor is not None else None
    for start, end, _prio, kind, value, prec, needs in cands:
        if start < reach:
            continue
        reach = end
        stepped = value is not None and value.startswith(NARRATIVE)
        if (
            kind in ("date", "relative")
            and value is not None
            and not stepped
            and not is_calendar_value(value)
        ):
            # "2.500 tahun lalu" counted back from 2024 lands before year 1: no calendar
            # date, so the expression stays unresolved rather than malformed.
            value, prec = None, None
        used = anchor_iso if needs and value is not None else None
        out.append(TimeExpr(text[start:end], start, end, kind, value, prec, used))
    return _narrate(text, tuple(out), anchor)


def _legacy_weekday_dates(text: str) -> list[tuple[str, int, int, int]]:
    """(expression, weekday, day, month) for each "Senin (18/04)" without a year."""
    out = []
    for t in legacy_tag_time(text, None):
        m = _WD_DM.match(t.text)
        if t.type == "relative" and m and m["wd"].lower() in WEEKDAYS:
            out.append((t.text, WEEKDAYS[m["wd"].lower()], int(m["d"]), int(m["m"])))
    return out


def legacy_past_year_bound(text: str) -> int | None:
    """The latest explicit year the text puts in the past ("pada tahun 2009" → 2009)."""
    years = []
    for t in legacy_tag_time(text, None):
        if t.type != "date" or t.value is None or t.precision == "decade":
            continue
        lo = text.rfind(".", 0, t.start) + 1
        hi = text.find(".", t.end)
        if _FUTURE.search(text, lo, hi if hi >= 0 else len(text)):
            continue  # "akan ... pada 2030" is a plan, not the past
        years.append(int(t.value[:4]))
    return max(years) if years else None


def legacy_weekday_candidates(text: str, lo: int = 1990, hi: int = 2035) -> list[PartialDate]:
    """Candidate publication months allowed by weekday-dated mentions in ``text``.

    Each "Senin (18/04)" allows the years in ``[lo, hi]`` where that day is that
    weekday; several such mentions must all hold (when they cannot, the first one
    decides). Years before the latest explicit past year of the text are dropped.
    A candidate is the month of the mention (``PartialDate(2016, 4)``). Empty when
    the text has no such mention.
    """
    found = _legacy_weekday_dates(text)
    if not found:
        return []
    bound = legacy_past_year_bound(text)
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


def legacy_infer_anchor(
    text: str,
    corpus_events: Mapping[str, Sequence[Event]],
    *,
    mentions: Sequence[Mention] = (),
    lo: int = 1990,
    hi: int = 2035,
) -> tuple[PartialDate | None, str]:
    """Infer the publication date of an undated ``text`` from itself and the corpus.

    With weekday-dated mentions the candidates are :func:`weekday_candidates`
    (month precision); otherwise every year in ``[lo, hi]`` after the text's latest
    explicit past year is a candidate (year precision), which still dates "pada
    Maret tahun lalu" once the corpus dates that March. Pass the crawl
    year as ``hi``: an article is not published after its page was crawled.
    Cost: one tagging pass per candidate (about 50 ms for 46 candidate years).
    """
    if not any(t.type == "relative" for t in legacy_tag_time(text, None)):
        return None, "undecided: no relative date in the text, nothing to anchor"
    cands = legacy_weekday_candidates(text, lo, hi)
    found = _legacy_weekday_dates(text)
    cue = found[0][0] if found else None
    if not cands:
        bound = legacy_past_year_bound(text)
        start = max(lo, bound) if bound is not None else lo
        cands = [PartialDate(y) for y in range(start, hi + 1)]
    events: list[Event] = []
    for cand in cands:
        relative = [t for t in legacy_tag_time(text, cand) if t.anchor is not None]
        if relative:
            events.extend(extract_events(text, relative, mentions))
    # Coarse events (a whole year) cannot tell candidates apart; keep month or finer.
    events = [e for e in events if precision_rank(e.precision) <= precision_rank("month")]
    return choose_anchor(cands, events, corpus_events, cue=cue)
