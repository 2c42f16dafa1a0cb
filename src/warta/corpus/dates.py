"""Corpus-wide time: publication dates inferred for undated articles, and the timeline.

An article without a stated date is dated, in this order of evidence:

1. its own text against the corpus timeline (:func:`warta.nlp.time.anchor.infer_anchor`): a
   weekday with day and month ("Jumat (12/03)") allows only some years, and events the
   other articles date pick between them;
2. a duplicate or syndicated copy with a known date lends its date.

Its time expressions and events are then resolved again against the inferred anchor.
Articles that stay undated keep their relative expressions unresolved.

Step 1 is the corpus step's most expensive part (one tagging pass per candidate year), so
its outcome is cached per article under a key of everything it reads: the article's
text, crawl date and mentions, and the events of the corpus articles it was compared
with. A later build re-infers only articles whose key changed.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from warta.clean.dates import BareDate, find_bare_dates, find_dates
from warta.nlp.time.anchor import infer_anchor, participant_tokens
from warta.nlp.time.events import extract_events
from warta.nlp.time.timex import tag_time
from warta.records import Article, PartialDate

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
    hi = a.page_date.year if a.page_date else LAST_YEAR
    if _WEEKDAY_DATE.search(a.text):
        return 1990, hi
    if a.page_date and _YEAR_RELATIVE.search(a.text):
        return hi - YEARS_BEFORE_CRAWL, hi
    return None


@dataclass(frozen=True, slots=True)
class Dated:
    article: Article
    published: PartialDate | None
    evidence: str | None


#: ``{article id: (key, anchor ISO or None, reason)}``: outcomes of step 1 (see above).
AnchorCache = dict[str, tuple[str, str | None, str]]


def reanchor(article: Article, anchor: PartialDate) -> Article:
    """The article's time expressions and events resolved against ``anchor``."""

    timexes = tag_time(article.text, anchor)
    return replace(
        article, timexes=timexes, events=extract_events(article.text, timexes, article.mentions)
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
    returned (the result is the same with or without it, only faster).
    """

    cache = cache or {}
    kept: AnchorCache = {}
    out = {a.id: Dated(a, published.get(a.id), evidence.get(a.id)) for a in articles}
    dated_events = {a.id: a.events for a in articles if published.get(a.id) and a.events}
    digests = {k: _digest(repr(v)) for k, v in dated_events.items()}
    # Only corpus articles sharing a participant word can support an anchor, so each
    # undated article is compared with those alone (an inverted index keeps this linear).
    index: dict[str, set[str]] = defaultdict(set)
    for aid, events in dated_events.items():
        for e in events:
            for token in participant_tokens(e.participants):
                index[token].add(aid)
    common = max(2, len(dated_events) // 20)
    for a in articles:
        window = _candidate_window(a)
        if published.get(a.id) is not None or window is None:
            continue
        words = {w.lower() for w in _CAPITALISED.findall(a.text)}
        # Names that half the dated corpus shares ("Indonesia", "Jakarta") support
        # nothing: only rarer shared names make a corpus article worth comparing.
        rare = [index[w] for w in words if 0 < len(index.get(w, ())) <= common]
        near = set().union(*rare) if rare else set()
        others = {
            k: dated_events[k]
            for k in sorted(near)
            if group_of.get(k) is None or group_of.get(k) != group_of.get(a.id)
        }
        if not others:
            continue
        key = _digest(
            repr((a.text, a.page_date, a.mentions, window, [(k, digests[k]) for k in others]))
        )
        hit = cache.get(a.id)
        if hit is not None and hit[0] == key:
            anchor = PartialDate.parse(hit[1]) if hit[1] else None
            reason = hit[2]
        else:
            anchor, reason = infer_anchor(
                a.text, others, mentions=a.mentions, lo=window[0], hi=window[1]
            )
        kept[a.id] = (key, anchor.iso if anchor else None, reason)
        if anchor is not None:
            anchor, reason = checked_anchor(a, anchor, reason)
        if anchor is not None:
            out[a.id] = Dated(reanchor(a, anchor), anchor, reason)
        elif reason.startswith("rejected"):
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
    bare = find_bare_dates(article.text)
    if not bare:
        return None
    page = article.page_date
    hi = page.year if page is not None else (latest_year or LAST_YEAR)
    fits = [d.iso for y in range(hi, 1989, -1) if (d := bare[0].in_year(y)) is not None]
    fits = [iso for iso in fits if page is None or iso <= page.iso][:CANDIDATES_LISTED]
    return f"undecided: candidates for '{bare[0].text}': {', '.join(fits) or 'none'}"


def checked_anchor(
    article: Article, anchor: PartialDate, reason: str
) -> tuple[PartialDate | None, str]:
    """An inferred publication date held against the evidence on the article's page.

    Rejected (``None``, with the candidates in the reason) when the page's "today" date
    is earlier (a page is not published after it was saved), or when the page states
    the lead's "Weekday (d/m)" with a full date of another year. Otherwise a month
    inferred from a "Weekday (d/m)" in the first sentence becomes that day.
    """
    bare = find_bare_dates(article.text)
    first = bare[0] if bare else None
    page = article.page_date
    if page is not None and _after(anchor, page):
        return None, _rejected(anchor, f"after the page date {page.iso}", first, page)
    if first is not None:
        page_lines = [article.text, *(r.text for r in article.removed)]
        for line in page_lines:
            for found in find_dates(line):
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
