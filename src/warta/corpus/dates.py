"""Corpus-wide time: publication dates inferred for undated articles, and the timeline.

An article without a stated date is dated, in this order of evidence:

1. its own text against the corpus timeline (:func:`warta.nlp.time.anchor.infer_anchor`): a
   weekday with day and month ("Jumat (12/03)") allows only some years, and events the
   other articles date pick between them. Only dated articles sharing a *rare*
   participant word with the text are compared (a word at most :func:`common_bound`
   dated articles name: one in 20, at most 200), copies of the article excepted, and of
   those only the ones its *probe* meets (:class:`~warta.nlp.time.anchor.Probe`: an
   event sharing a word with one of the text's events under a candidate, at a
   compatible date; the others score nothing);
2. a duplicate or syndicated copy with a known date lends its date;
3. still undated, a "Weekday (d/m)" lists its candidate dates in the evidence, up to the
   page date or else the latest year any article states.

Its time expressions and events are then resolved again against the inferred anchor.
Articles that stay undated keep their relative expressions unresolved.

Step 1 tags the text once and resolves it per candidate year (:class:`TimeScan`); its
outcome is cached per article under a key of everything it reads: the article's text,
crawl date and mentions, and the events of the corpus articles it was compared with.

:func:`infer_dates` runs the three steps over articles in memory. :func:`update_dates`
keeps the same outcome in the store, batch by batch (tables of migration
``014_time_index``, read by key): it indexes the batch's inputs, then re-runs the steps
for the articles whose inputs may have changed, found by indexed lookups:

- the batch's own articles (new, changed, regrouped or renamed);
- undated articles whose *rare* dated neighbours changed: those with a capitalised word
  (table ``date_words``) that a dated article whose events changed names and that is
  rare before or after the change, if their stored probe (column ``probe``, migration
  ``019_date_probe``) meets that article's events before or after; and those with a
  word that turned rare or common while other dated articles name it (all of its
  holders join or leave), which includes, when the rare bound moves (every 20 dated
  articles, until 4,000), every word whose count lies between the old and the new bound;
- every member of the duplicate groups these belong to (or belonged to): a copy lends
  to them and is not compared with them;
- when the latest stated year moves, the page-less undecided ones (their candidates).

That is every input of the three steps (a probe met by no changed article keeps the
comparison, hence the cache key, as it was), so no dependency is left out: the result equals
:func:`infer_dates` over all stored articles in id order, whatever the batches (tests/
corpus/test_time_index.py). Two consequences are intended. A new dated article that
names a rare word re-infers every undated article with that word (they are compared
with one more article, so their cache key changes), as a whole-corpus run would. A
copy lends the date of its group's first member by id when that member precedes it,
else of the first member dated by itself, as :func:`infer_dates` does walking the
articles in id order.

The corpus names of entities come from the ``mentions`` table (:func:`load_articles`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sqlite3
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Protocol, TypeVar

from warta.clean.dates import BareDate, FoundDate, find_bare_dates, find_dates
from warta.nlp.time.anchor import (
    AnchorEvidence,
    CandidateTimes,
    Probe,
    Stamp,
    anchor_evidence,
    candidate_times,
    infer_anchor,
    participant_tokens,
    stamps,
)
from warta.nlp.time.events import extract_events
from warta.nlp.time.timex import TimeScan, scan_time, tag_time
from warta.records import Article, Event, Mention, PartialDate, TimeExpr
from warta.serialize import article_from_json
from warta.store.writer import analysis_rows

# Inference costs one tagging pass per candidate anchor, so only two kinds of article
# try it: those with a weekday and a date ("Jumat (12/03)": a handful of candidate
# years in 1990-2035), and those with a year-relative phrase ("Maret tahun lalu")
# whose crawl date bounds the search to the ten years before it.
_WEEKDAY_DATE = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*,?\s*\(?\d{1,2}[/-]\d{1,2}\)"
)
_YEAR_RELATIVE = re.compile(r"\b(?:tahun|bulan)\s+(?:lalu|depan|ini)\b", re.IGNORECASE)
YEARS_BEFORE_CRAWL = 10
#: The last year an undated article is searched in when nothing bounds it.
LAST_YEAR = 2035
_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")


def _candidate_window(a: Article) -> tuple[int, int] | None:
    """The year range to search for an undated article's anchor, or None to skip it."""
    return _window(a.text, a.page_date)


@functools.lru_cache(maxsize=4096)
def _window(text: str, page_date: PartialDate | None) -> tuple[int, int] | None:
    # Cached: asked again for every article re-dated in a later batch.
    hi = page_date.year if page_date else LAST_YEAR
    if _WEEKDAY_DATE.search(text):
        return 1990, hi
    if page_date and _YEAR_RELATIVE.search(text):
        return hi - YEARS_BEFORE_CRAWL, hi
    return None


@dataclass(frozen=True, slots=True)
class Dated:
    article: Article
    published: PartialDate | None
    evidence: str | None


#: ``{article id: (key, anchor ISO or None, reason)}``: outcomes of step 1 (see above).
AnchorCache = dict[str, tuple[str, str | None, str]]


def reanchor(article: Article, anchor: PartialDate, scan: TimeScan | None = None) -> Article:
    """The article's time expressions and events resolved against ``anchor``.

    ``scan`` is :func:`~warta.nlp.time.timex.scan_time` of the text when the caller has it."""

    if scan is None:
        timexes, events = _reanchored(article.text, article.mentions, anchor)
        return replace(article, timexes=timexes, events=events)
    timexes = scan.resolve(anchor)
    return replace(
        article, timexes=timexes, events=extract_events(article.text, timexes, article.mentions)
    )


@functools.lru_cache(maxsize=1024)
def _reanchored(
    text: str, mentions: tuple[Mention, ...], anchor: PartialDate
) -> tuple[tuple[TimeExpr, ...], tuple[Event, ...]]:
    # Cached: a store run re-dates an article to the same anchor in batch after batch.
    timexes = scan_time(text).resolve(anchor)
    return timexes, extract_events(text, timexes, mentions)


class DatedCorpus(Protocol):
    """What anchor inference reads of the other articles: the dated articles' events,
    found by participant word, and the duplicate groups (a copy supports nothing)."""

    def near(self, words: Collection[str]) -> set[str]:
        """Dated articles with events naming one of ``words`` that is rare in the
        corpus (at most :func:`common_bound` dated articles name it)."""
        ...

    def groups(self, article_ids: Collection[str]) -> dict[str, str | None]:
        """The duplicate group of each article (None: alone)."""
        ...

    def stamps(self, article_ids: Collection[str]) -> dict[str, tuple[Stamp, ...]]:
        """The stamps (date and participant words) of each dated article's events."""
        ...

    def digests(self, article_ids: Sequence[str]) -> dict[str, str]: ...

    def events(self, article_ids: Sequence[str]) -> dict[str, Sequence[Event]]: ...


#: However large the corpus, a word more than this many dated articles name is not
#: rare: an undated article is compared with a bounded number of dated ones, and the
#: bound stops moving (each move re-infers the undated articles whose words it passes).
RARE_MAX = 200


def common_bound(dated_articles: int) -> int:
    """Names that more dated articles share ("Indonesia", "Jakarta") support nothing:
    a word is rare when at most this many of ``dated_articles`` name it (one in 20,
    at most :data:`RARE_MAX`)."""
    return max(2, min(dated_articles // 20, RARE_MAX))


def events_digest(events: Sequence[Event]) -> str:
    """The key a dated article's events enter the anchor cache key with."""
    return _digest(repr(tuple(events)))


class _MemoryCorpus:
    """:class:`DatedCorpus` over articles held in memory (the whole-corpus path)."""

    def __init__(
        self, dated_events: Mapping[str, Sequence[Event]], group_of: Mapping[str, str | None]
    ) -> None:
        self.dated_events = dated_events
        self.group_of = group_of
        self._digests = {k: events_digest(v) for k, v in dated_events.items()}
        # Only corpus articles sharing a participant word can support an anchor, so each
        # undated article is compared with those alone (an inverted index keeps this
        # linear).
        self.index: dict[str, set[str]] = defaultdict(set)
        for aid, events in dated_events.items():
            for e in events:
                for token in participant_tokens(e.participants):
                    self.index[token].add(aid)
        self.common = common_bound(len(dated_events))
        self._stamps: dict[str, tuple[Stamp, ...]] = {}

    def near(self, words: Collection[str]) -> set[str]:
        rare = [self.index[w] for w in words if 0 < len(self.index.get(w, ())) <= self.common]
        return set().union(*rare) if rare else set()

    def groups(self, article_ids: Collection[str]) -> dict[str, str | None]:
        return {k: self.group_of.get(k) for k in article_ids}

    def stamps(self, article_ids: Collection[str]) -> dict[str, tuple[Stamp, ...]]:
        # kept: each dated article is met by many undated ones
        missing = [k for k in article_ids if k not in self._stamps]
        self._stamps.update((k, stamps(self.dated_events[k])) for k in missing)
        return {k: self._stamps[k] for k in article_ids}

    def digests(self, article_ids: Sequence[str]) -> dict[str, str]:
        return {k: self._digests[k] for k in article_ids}

    def events(self, article_ids: Sequence[str]) -> dict[str, Sequence[Event]]:
        return {k: self.dated_events[k] for k in article_ids}


def anchor_words(article: Article) -> frozenset[str]:
    """The lower-cased capitalised words an undated article meets the corpus with, and
    the words of its entities' names: the dated events are keyed by their participants'
    names (:func:`~warta.nlp.time.anchor.participant_tokens`), which may be spelt
    otherwise than the text ("Batubara" is the regency "Kabupaten Batu Bara")."""
    names = tuple(e.name for e in article.entities)
    return _anchor_words(article.text) | participant_tokens(names)


@functools.lru_cache(maxsize=4096)
def _anchor_words(text: str) -> frozenset[str]:
    # Cached: a store run asks again for every article re-dated in a later batch.
    return frozenset(w.lower() for w in _CAPITALISED.findall(text))


#: One article's step 1: ``(cache entry or None, anchor after the page's checks or None,
#: evidence or None)``; evidence without anchor is a rejection.
Step1 = tuple[tuple[str, str | None, str] | None, PartialDate | None, str | None]


def anchor_from_corpus(
    a: Article,
    corpus: DatedCorpus,
    cache: Mapping[str, tuple[str, str | None, str]],
    scan: TimeScan | None = None,
) -> Step1:
    """Step 1 (see the module docstring) for one article without a stated date.

    Of the dated articles sharing a rare word with it, the article is compared with
    those its :class:`~warta.nlp.time.anchor.Probe` meets: the others score nothing for
    any candidate, so they are left out of the comparison and of the cache key (a
    change among them does not re-infer the article)."""
    window = _candidate_window(a)
    if window is None:
        return None, None, None
    near = corpus.near(anchor_words(a))
    if not near:
        return None, None, None
    side = _text_side(a, window)
    probe = _probe(a, window, side, scan)
    near = {k for k, theirs in corpus.stamps(near).items() if probe.meets(theirs)}
    groups = corpus.groups([a.id, *near]) if near else {}
    group = groups.get(a.id)
    others = [k for k in sorted(near) if (g := groups[k]) is None or g != group]
    if not others:
        return None, None, None
    digests = corpus.digests(others)
    seen = [(k, digests[k]) for k in others]
    # repr of the tuple (text, page date, mentions, window, seen), its text part kept
    key = _digest(f"{side.prefix}{seen!r})")
    hit = cache.get(a.id)
    if hit is not None and hit[0] == key:
        anchor = PartialDate.parse(hit[1]) if hit[1] else None
        reason = hit[2]
    else:
        anchor, reason = infer_anchor(
            a.text, corpus.events(others), mentions=a.mentions, lo=window[0], hi=window[1],
            scan=scan, evidence=_evidence(a, window, side, scan),
        )  # fmt: skip
    kept = (key, anchor.iso if anchor else None, reason)
    if anchor is not None:
        anchor, reason = checked_anchor(a, anchor, reason)
    if anchor is not None or reason.startswith("rejected"):
        return kept, anchor, reason
    return kept, None, None


class _TextSide:
    """What step 1 reads of an article alone: the text part of its cache key and, once
    read, its :func:`~warta.nlp.time.anchor.anchor_evidence` and probe."""

    __slots__ = ("evidence", "prefix", "probe")

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.evidence: AnchorEvidence | None = None
        self.probe: Probe | None = None


def _evidence(
    a: Article, window: tuple[int, int], side: _TextSide, scan: TimeScan | None
) -> AnchorEvidence:
    if side.evidence is None:
        times = _recall(
            _TIMES, (a.text, window),
            lambda: candidate_times(a.text, lo=window[0], hi=window[1], scan=scan),
        )  # fmt: skip
        side.evidence = anchor_evidence(
            a.text, mentions=a.mentions, lo=window[0], hi=window[1], times=times
        )
    return side.evidence


def _probe(a: Article, window: tuple[int, int], side: _TextSide, scan: TimeScan | None) -> Probe:
    if side.probe is None:
        side.probe = Probe.of(_evidence(a, window, side, scan))
    return side.probe


def stored_probe(a: Article) -> str | None:
    """The probe step 1 read for ``a`` (if it read it in this process), as the store
    keeps it: with a digest of the text side it was read from."""
    window = _candidate_window(a)
    side = _SIDES.get(_side_key(a, window)) if window else None
    if side is None or side.probe is None:
        return None
    return json.dumps([_digest(side.prefix), _text_of(side.probe.events)], ensure_ascii=False)


def restore_probe(a: Article, stored: str | None) -> None:
    """Give step 1 the probe the store kept for ``a``, when it was read from the same
    text side (text, page date, mentions and years) as now: the text is not read again
    unless the article must be compared anew."""
    window = _candidate_window(a)
    if stored is None or window is None:
        return
    side = _text_side(a, window)
    parsed = _parse_probe(stored)
    if parsed is not None and side.probe is None and parsed[0] == _digest(side.prefix):
        side.probe = parsed[1]


def _parse_probe(stored: str) -> tuple[str, Probe] | None:
    """``(digest of the text side, probe)`` of a stored probe (:func:`stored_probe`), or
    None for a value in another form: one written by an earlier build of this schema
    (its events as JSON) is then treated as missing, read anew and rewritten."""
    try:
        digest, text = json.loads(stored)
    except (ValueError, TypeError):
        return None
    if not isinstance(digest, str) or not isinstance(text, str):
        return None
    return digest, Probe(stamps_from_text(text))


_TextKey = tuple[str, PartialDate | None, tuple[Mention, ...], tuple[int, int]]
#: Kept across calls: a change of the dated corpus re-infers an undated article against
#: the same text again and again (every batch that changes a rare neighbour), and the
#: text's side is most of the cost. Keyed by every input of it. The candidate times
#: (by text and years) outlive a change of the article's corpus names.
_SIDES: OrderedDict[_TextKey, _TextSide] = OrderedDict()
_TIMES: OrderedDict[tuple[str, tuple[int, int]], CandidateTimes] = OrderedDict()
#: Entries each of these caches keeps, the least recently used
#: going first: four corpus batches, which holds the articles re-dated soon after they
#: were added (4,096 gained no time on a 2,809-article store, and a larger bound is
#: memory the process keeps for good).
_CACHED = 2048

_K = TypeVar("_K")
_V = TypeVar("_V")


def _recall(cache: OrderedDict[_K, _V], key: _K, make: Callable[[], _V]) -> _V:
    """``cache[key]``, made and kept (up to :data:`_CACHED` entries) when missing."""
    value = cache.get(key)
    if value is None:
        value = cache[key] = make()
        if len(cache) > _CACHED:
            cache.popitem(last=False)
    else:
        cache.move_to_end(key)
    return value


def _side_key(a: Article, window: tuple[int, int]) -> _TextKey:
    return (a.text, a.page_date, a.mentions, window)


def _text_side(a: Article, window: tuple[int, int]) -> _TextSide:
    key = _side_key(a, window)
    return _recall(
        _SIDES, key, lambda: _TextSide(f"({key[0]!r}, {key[1]!r}, {key[2]!r}, {key[3]!r}, ")
    )


def infer_dates(
    articles: Sequence[Article],
    published: Mapping[str, PartialDate | None],
    evidence: Mapping[str, str | None],
    group_of: Mapping[str, str | None],
    cache: Mapping[str, tuple[str, str | None, str]] | None = None,
) -> tuple[dict[str, Dated], AnchorCache]:
    """Effective publication date, evidence and re-anchored article for every article,
    and the anchor cache to pass to the next call.

    ``published``/``evidence`` are what each article states (or was lent by a copy);
    ``group_of`` maps article id to duplicate group; ``cache`` is what the previous call
    returned (the result is the same with or without it, only faster). A copy lends in
    the order of ``articles`` (the store passes them by id).
    """

    cache = cache or {}
    kept: AnchorCache = {}
    out = {a.id: Dated(a, published.get(a.id), evidence.get(a.id)) for a in articles}
    dated_events = {a.id: a.events for a in articles if published.get(a.id) and a.events}
    corpus = _MemoryCorpus(dated_events, group_of)
    for a in articles:
        if published.get(a.id) is not None:
            continue
        entry, anchor, reason = anchor_from_corpus(a, corpus, cache)
        if entry is not None:
            kept[a.id] = entry
        if anchor is not None:
            out[a.id] = Dated(reanchor(a, anchor), anchor, reason)
        elif reason is not None:
            out[a.id] = Dated(a, None, reason)
    # A copy whose original was dated by inference takes the same date.
    for a in articles:
        if out[a.id].published is not None or not group_of.get(a.id):
            continue
        donor = next(
            (
                d
                for d in out.values()
                if d.published is not None and group_of.get(d.article.id) == group_of.get(a.id)
            ),
            None,
        )
        if donor is not None and donor.published is not None:
            out[a.id] = Dated(
                reanchor(a, donor.published),
                donor.published,
                f"inferred: copy of {donor.article.source}",
            )
    # Still undated with a "Weekday (d/m)": the candidates go into the evidence, so a
    # reader sees which dates the page allows (the latest first).
    latest = max((d.year for d in published.values() if d is not None), default=None)
    for a in articles:
        d = out[a.id]
        if d.published is None and d.evidence is None:
            out[a.id] = Dated(a, None, undecided_evidence(a, latest))
    return out, kept


def undecided_evidence(article: Article, latest_year: int | None) -> str | None:
    """``"undecided: candidates for 'Kamis (12/9)': 2024-09-12, 2019-09-12, …"`` for an
    undated article whose text gives a weekday with day and month, else ``None``.
    Candidates stop at the page date, else at the corpus's latest dated year."""
    return _undecided_evidence(article.text, article.page_date, latest_year)


@functools.lru_cache(maxsize=4096)
def _undecided_evidence(text: str, page: PartialDate | None, latest_year: int | None) -> str | None:
    # Cached: a store run asks again for every article re-dated in a later batch.
    bare = _bare_dates(text)
    if not bare:
        return None
    hi = page.year if page is not None else (latest_year or LAST_YEAR)
    fits = [d.iso for y in range(hi, 1989, -1) if (d := bare[0].in_year(y)) is not None]
    fits = [iso for iso in fits if page is None or iso <= page.iso][:CANDIDATES_LISTED]
    return f"undecided: candidates for '{bare[0].text}': {', '.join(fits) or 'none'}"


#: The "(d/m)" every "Weekday (d/m)" of :func:`find_bare_dates` holds: a quick search
#: for it rules out most texts.
_BARE_DAY_MONTH = re.compile(r"\(\s*[0-3]?\d\s*/\s*[01]?\d\s*\)")


@functools.lru_cache(maxsize=4096)
def _bare_dates(text: str) -> tuple[BareDate, ...]:
    # Cached: asked again for every article re-dated in a later batch.
    return tuple(find_bare_dates(text)) if _BARE_DAY_MONTH.search(text) else ()


@functools.lru_cache(maxsize=4096)
def _dates_in(line: str) -> tuple[FoundDate, ...]:
    # Cached: asked again for every article re-dated to the same anchor in a later batch.
    return tuple(find_dates(line))


def checked_anchor(
    article: Article, anchor: PartialDate, reason: str
) -> tuple[PartialDate | None, str]:
    """An inferred publication date held against the evidence on the article's page.

    Rejected (``None``, with the candidates in the reason) when the page's "today" date
    is earlier (a page is not published after it was saved), or when the page states
    the lead's "Weekday (d/m)" with a full date of another year. Otherwise a month
    inferred from a "Weekday (d/m)" in the first sentence becomes that day.
    """
    bare = _bare_dates(article.text)
    first = bare[0] if bare else None
    page = article.page_date
    if page is not None and _after(anchor, page):
        return None, _rejected(anchor, f"after the page date {page.iso}", first, page)
    if first is not None:
        page_lines = [article.text, *(r.text for r in article.removed)]
        for line in page_lines:
            for found in _dates_in(line):
                d = found.date
                if (d.day, d.month) == (first.day, first.month) and d.year != anchor.year:
                    why = f"the page states {found.text}"
                    return None, _rejected(anchor, why, first, page, hi=max(d.year, anchor.year))
        # The lead's first sentence names the day of the news ("..., Senin (14/8)."), as
        # for a stated lead; a weekday later in the text may be a day still to come.
        lead = re.split(r"(?<=[.!?])\s", article.text, maxsplit=1)[0]
        day = first.in_year(anchor.year) if first.text in lead else None
        if anchor.day is None and day is not None and anchor.month in (None, day.month):
            return day, f"{reason}; the lead's '{first.text}' names the day"
    return anchor, reason


# Candidate years listed when an inference is rejected: the latest few that fit.
CANDIDATES_LISTED = 3


def _rejected(
    anchor: PartialDate,
    why: str,
    bare: BareDate | None,
    page: PartialDate | None,
    *,
    hi: int | None = None,
) -> str:
    text = f"rejected: inferred {anchor.iso} but {why}"
    if bare is None:
        return text
    hi = page.year if page is not None else (hi or anchor.year)
    fits = [d.iso for y in range(hi, 1989, -1) if (d := bare.in_year(y)) is not None]
    fits = [iso for iso in fits if page is None or iso <= page.iso][:CANDIDATES_LISTED]
    return f"{text}; candidates for '{bare.text}': {', '.join(fits) or 'none'}"


def _after(date: PartialDate, bound: PartialDate) -> bool:
    """``date`` certainly lies after ``bound``: compared at the coarser of the two
    precisions (2024-09 is not after 2024-09-05)."""
    a = [date.year, date.month, date.day]
    b = [bound.year, bound.month, bound.day]
    n = min(sum(x is not None for x in a), sum(x is not None for x in b))
    return [x or 0 for x in a[:n]] > [x or 0 for x in b[:n]]


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- the incremental index ------------------------------------------------------------
# Tables of migration 014_time_index: ``date_articles`` (per-article inputs, the anchor
# cache and the outcome), ``date_events`` with ``date_tokens``/``date_token_counts``
# (the dated articles' events by participant word: the corpus step 1 reads) and
# ``date_words`` (an undated article's capitalised words: which undated articles a
# change of the dated corpus can concern).

#: State key: the latest stated year the undecided evidence of page-less articles used.
LATEST_STATE = "dates_latest_year"
#: State key: the number of dated articles with events (the rare-word bound follows it).
COUNT_STATE = "dates_dated_articles"
_CHUNK = 500  # ids per ``IN (...)``: far below SQLite's variable limit


def _chunks(items: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(items)
    for i in range(0, len(ordered), _CHUNK):
        yield ordered[i : i + _CHUNK]


def _rows(
    conn: sqlite3.Connection, sql: str, keys: Collection[str], *, tuples: bool = False
) -> list[sqlite3.Row]:
    """``sql`` (with one ``{marks}`` for an ``IN`` list) run over ``keys`` in chunks;
    ``tuples``: as plain tuples (quicker to make for many rows read by position)."""
    out: list[sqlite3.Row] = []
    cursor = conn.cursor()
    if tuples:
        cursor.row_factory = None
    for chunk in _chunks(keys):
        out += cursor.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
    return out


def clear_index(conn: sqlite3.Connection) -> None:
    """Empty the date index (the orchestrator then re-adds every article)."""
    for table in ("date_articles", "date_events", "date_tokens", "date_token_counts", "date_words"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM state WHERE key IN (?, ?)", (LATEST_STATE, COUNT_STATE))


def load_articles(
    conn: sqlite3.Connection, ids: Collection[str], *, events_only: bool = False
) -> dict[str, Article]:
    """The stored articles ``ids`` (those that exist) with their corpus entity names.

    The record holds the article's own names; the corpus names are those of the
    ``mentions`` table (the entity step writes them), applied to the mentions and the
    event participants as :func:`warta.corpus.entities.rename` does. ``events_only``:
    the caller reads only the events, so an article without any keeps its own names
    (and its mentions are not read).
    """
    sql = "SELECT id, record FROM articles WHERE id IN ({marks})"
    records = {row[0]: article_from_json(row[1]) for row in _rows(conn, sql, ids)}
    named = [k for k, a in records.items() if a.events] if events_only else records
    stored: dict[str, dict[tuple[int, int], str | None]] = defaultdict(dict)
    sql = "SELECT article_id, start, end, entity FROM mentions WHERE article_id IN ({marks})"
    for aid, start, end, entity in _rows(conn, sql, named, tuples=True):
        stored[aid][(start, end)] = entity
    out = {}
    for a in records.values():
        names = {
            m.entity: name
            for m in a.mentions
            if m.entity and (name := stored[a.id].get((m.start, m.end))) and name != m.entity
        }
        out[a.id] = _with_names(a, names) if names else a
    return out


def _with_names(a: Article, names: Mapping[str, str]) -> Article:
    def get(name: str | None) -> str | None:
        return names.get(name, name) if name else name

    return replace(
        a,
        mentions=tuple(replace(m, entity=get(m.entity)) for m in a.mentions),
        events=tuple(
            replace(e, participants=tuple(dict.fromkeys(names.get(p, p) for p in e.participants)))
            for e in a.events
        ),
    )


def events_json(events: Sequence[Event]) -> str:
    """Events as stored in the time index (every field, so they load back equal)."""
    return json.dumps(
        [
            {
                "date": e.date, "precision": e.precision, "text": e.text,
                "participants": list(e.participants), "expected": e.expected,
                "anchor": e.anchor, "start": e.start, "end": e.end, "predicate": e.predicate,
            }
            for e in events
        ],
        ensure_ascii=False,
    )  # fmt: skip


def stamps_text(events: Sequence[Event]) -> str:
    """The stamps of ``events`` as ``date_events.stamps`` keeps them: one line per event,
    its date then its participant words, space-separated (neither holds a space)."""
    return _text_of(stamps(events))


def _text_of(stamped: Sequence[Stamp]) -> str:
    return "\n".join(" ".join([date, *sorted(words)]) for date, words in stamped)


def stamps_from_text(text: str) -> tuple[Stamp, ...]:
    """The stamps :func:`stamps_text` wrote (read many times a batch: no JSON)."""
    if not text:
        return ()
    out = []
    for line in text.split("\n"):
        date, *words = line.split(" ")
        out.append((date, frozenset(words)))
    return tuple(out)


def _json_stamps(raw: str) -> tuple[Stamp, ...]:
    return tuple((e["date"], participant_tokens(e["participants"])) for e in json.loads(raw))


def events_from_json(raw: str) -> tuple[Event, ...]:
    return tuple(Event(**{**e, "participants": tuple(e["participants"])}) for e in json.loads(raw))


def current_events(conn: sqlite3.Connection, ids: Collection[str]) -> dict[str, tuple[Event, ...]]:
    """The events the corpus holds for ``ids``: re-anchored by date inference, else the
    article's own (with corpus names)."""
    out: dict[str, tuple[Event, ...]] = {}
    sql = "SELECT article_id, events FROM date_articles WHERE article_id IN ({marks})"
    for row in _rows(conn, sql, ids):
        if row[1] is not None:
            out[row[0]] = events_from_json(row[1])
    rest = [i for i in ids if i not in out]
    out.update({k: a.events for k, a in load_articles(conn, rest, events_only=True).items()})
    return out


class _StoreCorpus:
    """:class:`DatedCorpus` read from the index tables by key, with a per-batch cache:
    the tables of the dated corpus must not change while it is used (a batch's step 1
    runs once the batch is indexed)."""

    def __init__(self, conn: sqlite3.Connection, common: int) -> None:
        self.conn = conn
        self.common = common
        self._groups: dict[str, str | None] = {}
        self._events: dict[str, tuple[Event, ...]] = {}
        self._counts: dict[str, int] = {}  # dated articles naming a word (0: none)
        self._holders: dict[str, list[str]] = {}  # the dated articles naming a rare word
        self._digests: dict[str, str] = {}
        self._stamps: dict[str, tuple[Stamp, ...]] = {}

    def near(self, words: Collection[str]) -> set[str]:
        unknown = [w for w in words if w not in self._counts]
        if unknown:
            sql = "SELECT token, articles FROM date_token_counts WHERE token IN ({marks})"
            self._counts.update(dict.fromkeys(unknown, 0))
            self._counts.update((r[0], r[1]) for r in _rows(self.conn, sql, unknown))
        rare = [w for w in words if 0 < self._counts[w] <= self.common]
        unknown = [w for w in rare if w not in self._holders]
        if unknown:
            sql = "SELECT token, article_id FROM date_tokens WHERE token IN ({marks})"
            for w in unknown:
                self._holders[w] = []
            for token, aid in _rows(self.conn, sql, unknown):
                self._holders[token].append(aid)
        return set().union(*(self._holders[w] for w in rare))

    def groups(self, article_ids: Collection[str]) -> dict[str, str | None]:
        missing = [k for k in article_ids if k not in self._groups]
        sql = "SELECT article_id, dup_group FROM date_articles WHERE article_id IN ({marks})"
        self._groups.update(dict.fromkeys(missing))
        self._groups.update((r[0], r[1]) for r in _rows(self.conn, sql, missing, tuples=True))
        return {k: self._groups[k] for k in article_ids}

    def stamps(self, article_ids: Collection[str]) -> dict[str, tuple[Stamp, ...]]:
        missing = [k for k in article_ids if k not in self._stamps]
        # the stamps column, else (rows written before it) the events
        sql = (
            "SELECT article_id, digest, stamps, CASE WHEN stamps IS NULL THEN events END "
            "FROM date_events WHERE article_id IN ({marks})"
        )
        filled = []
        for aid, digest, text, raw in _rows(self.conn, sql, missing, tuples=True):
            self._digests[aid] = digest
            self._stamps[aid] = stamps_from_text(text) if raw is None else _json_stamps(raw)
            if raw is not None:
                filled.append((_text_of(self._stamps[aid]), aid))
        # rows of an older store get their column as they are read (the same value)
        self.conn.executemany("UPDATE date_events SET stamps = ? WHERE article_id = ?", filled)
        return {k: self._stamps[k] for k in article_ids}

    def digests(self, article_ids: Sequence[str]) -> dict[str, str]:
        missing = [k for k in article_ids if k not in self._digests]
        sql = "SELECT article_id, digest FROM date_events WHERE article_id IN ({marks})"
        self._digests.update((r[0], r[1]) for r in _rows(self.conn, sql, missing))
        return {k: self._digests[k] for k in article_ids if k in self._digests}

    def events(self, article_ids: Sequence[str]) -> dict[str, Sequence[Event]]:
        missing = [k for k in article_ids if k not in self._events]
        sql = "SELECT article_id, events FROM date_events WHERE article_id IN ({marks})"
        for row in _rows(self.conn, sql, missing):
            self._events[row[0]] = events_from_json(row[1])
        return {k: self._events[k] for k in article_ids}


def _dated_count(conn: sqlite3.Connection) -> int:
    """Dated articles with events (kept in ``state``: counting the table is O(N))."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", (COUNT_STATE,)).fetchone()
    if row is not None:
        return int(row[0])
    return int(conn.execute("SELECT count(*) FROM date_events").fetchone()[0])


def _set_state(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", (key, value))


def _drop(conn: sqlite3.Connection, ids: Collection[str]) -> None:
    """Remove the index rows of ``ids`` (and their words from the word counts)."""
    sql = "SELECT token FROM date_tokens WHERE article_id IN ({marks})"
    counts: Counter[str] = Counter(r[0] for r in _rows(conn, sql, ids))
    conn.executemany(
        "UPDATE date_token_counts SET articles = articles - ? WHERE token = ?",
        [(n, t) for t, n in counts.items()],
    )
    conn.execute("DELETE FROM date_token_counts WHERE articles <= 0")
    for table in ("date_tokens", "date_events", "date_words", "date_articles"):
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            conn.execute(f"DELETE FROM {table} WHERE article_id IN ({marks})", chunk)


def _add(
    conn: sqlite3.Connection,
    articles: Mapping[str, Article],
    group_of: Mapping[str, str | None],
    old: Mapping[str, sqlite3.Row],
) -> dict[str, tuple[str | None, set[str]]]:
    """Index the inputs of ``articles``; return each one's events digest (dated articles)
    and tokens. The rows of all of them go in one statement per table."""
    out: dict[str, tuple[str | None, set[str]]] = {}
    rows: dict[str, list[tuple[object, ...]]] = defaultdict(list)
    for aid, a in sorted(articles.items()):
        stated, before = a.published, old.get(aid)
        rows["articles"].append(
            (
                a.id, group_of[aid], a.source, stated.iso if stated else None,
                stated.year if stated else None,
                before["anchor_key"] if before else None, before["anchor"] if before else None,
                before["anchor_reason"] if before else None, before["probe"] if before else None,
            )
        )  # fmt: skip
        out[aid] = None, set()
        if stated is None:
            if _candidate_window(a) is not None:
                rows["words"] += [(w, a.id) for w in anchor_words(a)]
            continue
        if not a.events:
            continue
        digest = events_digest(a.events)
        rows["events"].append((a.id, digest, events_json(a.events), stamps_text(a.events)))
        tokens = {t for e in a.events for t in participant_tokens(e.participants)}
        rows["tokens"] += [(t, a.id) for t in tokens]
        rows["counts"] += [(t,) for t in tokens]
        out[aid] = digest, tokens
    for table, sql in (
        ("articles", "INSERT INTO date_articles (article_id, dup_group, source, stated, "
         "stated_year, anchor_key, anchor, anchor_reason, probe) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        ("words", "INSERT INTO date_words VALUES (?, ?)"),
        ("events", "INSERT INTO date_events (article_id, digest, events, stamps) "
         "VALUES (?, ?, ?, ?)"),
        ("tokens", "INSERT INTO date_tokens VALUES (?, ?)"),
        ("counts", "INSERT INTO date_token_counts VALUES (?, 1) "
         "ON CONFLICT(token) DO UPDATE SET articles = articles + 1"),
    ):  # fmt: skip
        # in key order: each insert lands next to the one before in the table's B-tree
        conn.executemany(sql, sorted(rows[table]))
    return out


def update_dates(
    conn: sqlite3.Connection, ids: Collection[str], removed: Collection[str]
) -> set[str]:
    """Bring the date index and the articles' ``published``/``published_evidence`` and
    ``events`` rows up to date after the articles ``ids`` were added or changed (or
    regrouped, or renamed) and ``removed`` left; return the ids whose corpus date,
    evidence or events changed (every id of ``ids`` among them).

    Same outcome as :func:`infer_dates` over every stored article (see the module
    docstring for what is re-inferred and why).
    """
    ids, removed = set(ids), set(removed)
    touched = ids | removed
    sql = "SELECT * FROM date_articles WHERE article_id IN ({marks})"
    old = {r["article_id"]: r for r in _rows(conn, sql, touched)}
    before = _dated_state(conn, touched)
    _drop(conn, touched)
    articles = load_articles(conn, ids)
    sql = "SELECT id, dup_group FROM articles WHERE id IN ({marks})"
    group_of: dict[str, str | None] = {r[0]: r[1] for r in _rows(conn, sql, articles)}
    added = _add(conn, articles, group_of, old)
    count = before.count - len(before.digests) + sum(1 for d, _ in added.values() if d)
    _set_state(conn, COUNT_STATE, str(count))
    after = _DatedState(count, {k: d for k, (d, _) in added.items() if d}, {}, {})
    after.tokens.update({k: t for k, (_, t) in added.items() if t})
    after.stamps.update({k: stamps(articles[k].events) for k in after.digests})
    words, flipped = _words_that_changed(conn, before, after)

    affected = set(articles) | _concerned(conn, words, flipped, before, after)
    groups = {r["dup_group"] for r in old.values() if r["dup_group"]}
    process = _with_groups(conn, affected, groups | {g for g in group_of.values() if g})
    sql = "SELECT * FROM date_articles WHERE article_id IN ({marks})"
    old.update({r["article_id"]: r for r in _rows(conn, sql, process - touched)})
    corpus = _StoreCorpus(conn, common_bound(count))
    changed = _redate(conn, process, corpus, old, articles)
    return ids | changed | _refresh_undecided(conn, process)


@dataclass(frozen=True, slots=True)
class _DatedState:
    """The dated corpus as step 1 reads it, for some articles: how many dated articles
    have events, and their events digests and participant words."""

    count: int
    digests: dict[str, str]
    tokens: dict[str, set[str]]
    stamps: dict[str, tuple[Stamp, ...]]


def _dated_state(conn: sqlite3.Connection, ids: Collection[str]) -> _DatedState:
    sql = "SELECT article_id, digest, events FROM date_events WHERE article_id IN ({marks})"
    rows = _rows(conn, sql, ids, tuples=True)
    digests = {r[0]: r[1] for r in rows}
    stamps_of = {r[0]: _json_stamps(r[2]) for r in rows}
    tokens: dict[str, set[str]] = defaultdict(set)
    sql = "SELECT token, article_id FROM date_tokens WHERE article_id IN ({marks})"
    for row in _rows(conn, sql, ids):
        tokens[row[1]].add(row[0])
    return _DatedState(_dated_count(conn), digests, tokens, stamps_of)


def _token_counts(conn: sqlite3.Connection, tokens: Collection[str]) -> dict[str, int]:
    sql = "SELECT token, articles FROM date_token_counts WHERE token IN ({marks})"
    return {r[0]: r[1] for r in _rows(conn, sql, tokens)}


def _moved(before: _DatedState, after: _DatedState) -> set[str]:
    """The dated articles whose events changed (added, removed, renamed)."""
    return {
        aid
        for aid in before.digests.keys() | after.digests.keys()
        if before.digests.get(aid) != after.digests.get(aid)
    }


def _words_that_changed(
    conn: sqlite3.Connection, before: _DatedState, after: _DatedState
) -> tuple[set[str], set[str]]:
    """Participant words whose rare dated articles (what step 1 compares with) changed,
    and those of them that became rare or common for other dated articles too.

    A dated article whose events changed (added, removed, renamed) changes the rare
    words among its words, before or after; a word that is common on both sides is
    ignored by step 1 either way. A word rare on one side only, and named by other
    articles on both, *flipped*: its other holders too join or leave what step 1
    compares with. When the bound of rare moves (every 20 dated articles), every word
    whose count lies between the two bounds flips.
    """
    common_before, common = common_bound(before.count), common_bound(after.count)
    delta: Counter[str] = Counter()
    for aid in _moved(before, after):
        delta.update(after.tokens.get(aid, ()))
        delta.subtract(before.tokens.get(aid, ()))
    now = _token_counts(conn, delta)
    out, flipped = set(), set()
    for w in delta:
        was, count = now.get(w, 0) - delta[w], now.get(w, 0)
        rare_before, rare_now = 0 < was <= common_before, 0 < count <= common
        if rare_before or rare_now:
            out.add(w)
        if rare_before != rare_now and was and count:
            flipped.add(w)
    if common != common_before:
        lo, hi = sorted((common_before, common))
        sql = "SELECT token FROM date_token_counts WHERE articles > ? AND articles <= ?"
        bounded = {r[0] for r in conn.execute(sql, (lo, hi))}
        out |= bounded
        flipped |= bounded
    return out, flipped


def _concerned(
    conn: sqlite3.Connection,
    words: Collection[str],
    flipped: Collection[str],
    before: _DatedState,
    after: _DatedState,
) -> set[str]:
    """The undated articles whose step 1 may change with the dated corpus: those naming
    a ``flipped`` word, and those naming one of ``words`` whose stored probe meets the
    events, before or after, of a changed dated article naming it (the only articles
    their comparison gains or loses). Without a stored probe, every one naming a word."""
    sql = "SELECT word, article_id FROM date_words WHERE word IN ({marks})"
    reached: dict[str, set[str]] = defaultdict(set)
    for word, aid in _rows(conn, sql, words, tuples=True):
        reached[aid].add(word)
    out = {aid for aid, named in reached.items() if not named.isdisjoint(flipped)}
    holders: dict[str, set[str]] = defaultdict(set)
    for aid in _moved(before, after):
        for word in before.tokens.get(aid, set()) | after.tokens.get(aid, set()):
            holders[word].add(aid)
    sql = "SELECT article_id, probe FROM date_articles WHERE article_id IN ({marks})"
    for aid, raw in _rows(conn, sql, reached.keys() - out, tuples=True):
        parsed = None if raw is None else _parse_probe(raw)
        if parsed is None:
            out.add(aid)
            continue
        probe = parsed[1]
        changed = {d for word in reached[aid] for d in holders[word]}
        if any(
            probe.meets(before.stamps.get(d, ())) or probe.meets(after.stamps.get(d, ()))
            for d in changed
        ):
            out.add(aid)
    return out


def _with_groups(conn: sqlite3.Connection, ids: set[str], groups: set[str]) -> set[str]:
    """``ids`` and every member of their duplicate groups and of ``groups``."""
    sql = "SELECT dup_group FROM date_articles WHERE article_id IN ({marks})"
    groups = groups | {r[0] for r in _rows(conn, sql, ids) if r[0]}
    sql = "SELECT article_id FROM date_articles WHERE dup_group IN ({marks})"
    return ids | {r[0] for r in _rows(conn, sql, groups)}


def _latest_year(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT max(stated_year) FROM date_articles").fetchone()
    return None if row[0] is None else int(row[0])


@dataclass(frozen=True, slots=True)
class _Outcome:
    published: PartialDate | None
    evidence: str | None
    events: str | None  # re-anchored events (JSON), None: the article's own
    undecided: bool  # the evidence lists candidates up to the corpus's latest year
    reanchored: Article | None = None  # the article resolved against its inferred date


def _redate(
    conn: sqlite3.Connection,
    process: set[str],
    corpus: _StoreCorpus,
    old: Mapping[str, sqlite3.Row],
    loaded: Mapping[str, Article],
) -> set[str]:
    """Steps 1-3 for the articles ``process`` (whole duplicate groups); write and return
    the ids whose outcome changed. ``loaded``: :func:`load_articles` of some of them,
    read in this batch already."""
    articles = {k: a for k, a in loaded.items() if k in process}
    articles.update(load_articles(conn, process - articles.keys()))
    sql = "SELECT * FROM date_articles WHERE article_id IN ({marks})"
    rows = {r["article_id"]: r for r in _rows(conn, sql, articles)}
    step1: dict[str, Step1] = {}
    probes: dict[str, str | None] = {}
    for aid in sorted(k for k in articles if rows[k]["stated"] is None):
        r = rows[aid]
        cache = {aid: (r["anchor_key"], r["anchor"], r["anchor_reason"])} if r["anchor_key"] else {}
        restore_probe(articles[aid], r["probe"])
        step1[aid] = anchor_from_corpus(articles[aid], corpus, cache)
        probes[aid] = stored_probe(articles[aid])
    lent = _lent_dates(rows, step1)
    latest = _latest_year(conn)
    changed = set()
    updates: list[tuple[object, ...]] = []
    for aid in sorted(articles):
        a = articles[aid]
        outcome = _outcome(a, step1.get(aid), lent.get(aid), latest)
        entry = step1.get(aid, (None, None, None))[0]
        own = step1.get(aid, (None, None, None))[1]
        updates.append(
            (
                own.iso if own else None, step1.get(aid, (None, None, None))[2],
                *(entry or (None, None, None)),
                outcome.published.iso if outcome.published else None, outcome.evidence,
                outcome.events, int(outcome.undecided), probes.get(aid), aid,
            )
        )  # fmt: skip
        before = old.get(aid)
        now = (outcome.published.iso if outcome.published else None, outcome.evidence)
        if before is None or (before["published"], before["evidence"], before["events"]) != (
            *now,
            outcome.events,
        ):
            changed.add(aid)
        _write_outcome(conn, a, outcome)
    conn.executemany(
        "UPDATE date_articles SET own = ?, step1_evidence = ?, anchor_key = ?, anchor = ?, "
        "anchor_reason = ?, published = ?, evidence = ?, events = ?, undecided = ?, "
        "probe = ? WHERE article_id = ?",
        updates,
    )
    conn.executemany(
        "UPDATE articles SET published = ?, published_evidence = ? WHERE id = ?",
        [(u[5], u[6], u[-1]) for u in updates],
    )
    return changed


def _lent_dates(
    rows: Mapping[str, sqlite3.Row], step1: Mapping[str, Step1]
) -> dict[str, tuple[PartialDate, str]]:
    """``{article id: (date, donor source)}`` for the undated copies :func:`infer_dates`
    lends a date to, over whole groups in ``rows``.

    infer_dates walks the articles by id and lends to each undated member the date of
    the first member (by id) that has one by then; since every undated member is lent
    once any member has a date, that first member is the group's first member when it
    precedes the article, else the first member dated by itself.
    """
    members: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(rows):
        if rows[aid]["dup_group"]:
            members[rows[aid]["dup_group"]].append(aid)

    def own(aid: str) -> PartialDate | None:
        stated = rows[aid]["stated"]
        return PartialDate.parse(stated) if stated else step1.get(aid, (None, None, None))[1]

    out = {}
    for ids in members.values():
        dated = [m for m in ids if own(m) is not None]
        if not dated:
            continue
        first, first_dated = ids[0], dated[0]
        date = own(first_dated)
        assert date is not None
        for aid in ids:
            if own(aid) is not None:
                continue
            donor = first_dated if aid == first else first
            out[aid] = (own(donor) or date, rows[donor]["source"])
    return out


def _outcome(
    a: Article,
    step1: Step1 | None,
    lent: tuple[PartialDate, str] | None,
    latest: int | None,
) -> _Outcome:
    """What :func:`infer_dates` gives ``a`` after its steps 1-3."""
    if a.published is not None:
        return _Outcome(a.published, a.published_evidence, None, False)
    _entry, anchor, reason = step1 or (None, None, None)
    if anchor is not None:
        again = reanchor(a, anchor)
        return _Outcome(anchor, reason, events_json(again.events), False, again)
    if lent is not None:
        date, source = lent
        again = reanchor(a, date)
        return _Outcome(
            date, f"inferred: copy of {source}", events_json(again.events), False, again
        )
    if reason is not None:
        return _Outcome(None, reason, None, False)
    if a.published_evidence is not None:
        return _Outcome(None, a.published_evidence, None, False)
    evidence = undecided_evidence(a, latest)
    return _Outcome(None, evidence, None, evidence is not None and a.page_date is None)


def _write_outcome(conn: sqlite3.Connection, a: Article, outcome: _Outcome) -> None:
    """The record's time expressions and events and the ``events`` rows when they are
    not the outcome's (re-anchored to an inferred date, or back to the article's own
    when it is no longer inferred). The caller writes the corpus date on the row."""
    target = outcome.reanchored
    if target is None:
        if a.published is not None or not any(t.anchor for t in a.timexes):
            return  # the record holds the article's own expressions (stated or no anchor)
        timexes = tag_time(a.text, None)  # as the per-article time stage did
        target = replace(a, timexes=timexes, events=extract_events(a.text, timexes, a.mentions))
    elif (a.timexes, a.events) == (target.timexes, target.events):
        return
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (a.id,)).fetchone()
    record = json.loads(row[0])
    record["timexes"] = [asdict(t) for t in target.timexes]
    record["events"] = [asdict(e) for e in target.events]
    conn.execute(
        "UPDATE articles SET record = ? WHERE id = ?",
        (json.dumps(record, ensure_ascii=False), a.id),
    )
    conn.execute("DELETE FROM events WHERE article_id = ?", (a.id,))
    conn.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", analysis_rows(target)["events"]
    )


def _refresh_undecided(conn: sqlite3.Connection, done: set[str]) -> set[str]:
    """When the latest stated year moved, the undecided evidence of page-less articles
    (candidates listed up to it) is written again; return the ids it changed."""
    latest = _latest_year(conn)
    before = conn.execute("SELECT value FROM state WHERE key = ?", (LATEST_STATE,)).fetchone()
    if before is not None and before[0] == str(latest):
        return set()
    _set_state(conn, LATEST_STATE, str(latest))
    sql = "SELECT article_id, evidence FROM date_articles WHERE undecided = 1"
    stale = {r[0]: r[1] for r in conn.execute(sql) if r[0] not in done}
    changed = set()
    for aid, a in load_articles(conn, stale).items():
        evidence = undecided_evidence(a, latest)
        if evidence != stale[aid]:
            changed.add(aid)
            conn.execute(
                "UPDATE date_articles SET evidence = ? WHERE article_id = ?", (evidence, aid)
            )
            conn.execute("UPDATE articles SET published_evidence = ? WHERE id = ?", (evidence, aid))
    return changed
