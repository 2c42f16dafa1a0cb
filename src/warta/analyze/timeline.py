"""A corpus timeline: dated events merged across articles, sorted, filtered, drawn.

:func:`build_timeline` merges events from different articles that report the same
happening; two events merge when

* their dates are compatible: one period contains the other ("2019" holds
  "2019-04" holds "2019-04-25"; a week counts when it overlaps the month), and
* they share a participant word (titles and compass words aside) and either share
  three of them (:data:`SHARED_NAMES`) or their sentences share enough content words:
  stemmed-token Jaccard ≥ :data:`JACCARD_MIN` (0.09), one of the shared words neither
  a participant's name nor a date word. See the calibration note of
  ``timeline.jaccard_min`` in :mod:`warta.settings`.

In order, finest dates first, an event joins the entry whose first event it scores
best against (:func:`link_score`), else starts one (:func:`cluster_members`).

An entry takes the finest date among its events, the sentence of the event that
gave it, every source ``(article id, sentence)``, and counts *independent* sources:
articles in one duplicate group count once. It is ``expected`` only while every
report of it is a plan. Entries sort by the start of their period, a coarser entry
before finer ones starting the same day ("2019" before "2019-01-05").

>>> from warta.records import Event
>>> e = Event("2021-03-15", "day", "Budi bertemu Siti.", ("Budi", "Siti"), False, None)
>>> [t.date for t in build_timeline({"a": [e]}, {"a": None})]
['2021-03-15']
"""

from __future__ import annotations

import functools
import html
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import NamedTuple

from warta import settings
from warta.lexicon.indonesian import EVENT_STOP_WORDS, MONTHS, WEEKDAYS
from warta.nlp.time.anchor import participant_tokens
from warta.nlp.time.timex import iso_period, precision_rank
from warta.records import Event, TimelineEntry

__all__ = [
    "build_timeline",
    "cluster_events",
    "cluster_members",
    "filter_timeline",
    "nests",
    "render_timeline_html",
    "timeline_entry",
]

#: Minimum stemmed-token Jaccard for two events sharing one participant word.
JACCARD_MIN = settings.value("timeline.jaccard_min")
#: Shared participant words that merge two date-compatible events whatever their wording.
SHARED_NAMES = settings.integer("timeline.shared_names")
_TOKEN = re.compile(r"[a-z]{3,}")
_PREFIX = re.compile(r"^(?:meng|meny|mem|men|me|ber|be|di|ter|per|pe|ke)(?=[a-z]{4})")
_SUFFIX = re.compile(r"(?<=[a-z]{4})(?:kan|an|nya|i)$")
#: Words that carry no topic here (warta.lexicon; calibrated with JACCARD_MIN).
_STOP = EVENT_STOP_WORDS


def _stems(sentence: str) -> frozenset[str]:
    out = set()
    for tok in _TOKEN.findall(sentence.lower()):
        if tok in _STOP:
            continue
        out.add(_SUFFIX.sub("", _PREFIX.sub("", tok)))
    return frozenset(out)


def _overlap(a: str, b: str) -> bool:
    a0, a1 = iso_period(a)
    b0, b1 = iso_period(b)
    return a0 <= b1 and b0 <= a1


@functools.lru_cache(maxsize=65536)
def nests(a: str, b: str) -> bool:
    """One period holds the other; a week and a month only need to overlap. An event
    joins a cluster only when its date and the cluster's nest."""
    a0, a1 = iso_period(a)
    b0, b1 = iso_period(b)
    if "-W" in a or "-W" in b:
        return _overlap(a, b)
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


#: Words of a date or a time of day: the periods are compared apart (:func:`nests`), so
#: these never count as wording two reports share.
_DATE_STEMS = _stems(
    " ".join([*MONTHS, *WEEKDAYS, *"pukul wib wita wit siang pagi sore malam lalu".split()])
)


class Profile(NamedTuple):
    """What linking reads of an event: its date, participant words, sentence stems, and
    the stems that say what happened (neither a participant's name nor a date word)."""

    date: str
    keys: frozenset[str]
    stems: frozenset[str]
    content: frozenset[str]


def profile(e: Event) -> Profile:
    stems = _stems(e.text)
    names = _stems(" ".join(e.participants))
    return Profile(e.date, participant_tokens(e.participants), stems, stems - names - _DATE_STEMS)


def link_score(a: Profile, b: Profile) -> float:
    """How well two events report one happening: 0 when they may not merge, their stem
    Jaccard when they share a participant word and enough wording, 1 + Jaccard when
    they share :data:`SHARED_NAMES` participant words. Symmetric."""
    if not nests(a.date, b.date):
        return 0.0
    shared = len(a.keys & b.keys)
    if shared == 0:
        return 0.0
    union = len(a.stems | b.stems)
    jaccard = len(a.stems & b.stems) / union if union else 0.0
    if shared >= SHARED_NAMES:
        return 1.0 + jaccard
    if not a.content & b.content:
        return 0.0  # names and a date alone: two happenings of one person on one day
    return jaccard if jaccard >= JACCARD_MIN else 0.0


def build_timeline(
    events_by_article: Mapping[str, Sequence[Event]],
    dup_group_of: Mapping[str, str | None],
) -> list[TimelineEntry]:
    """Merge the corpus's dated events into chronological timeline entries.

    ``events_by_article`` maps article id → its events; ``dup_group_of`` maps article
    id → its duplicate-group id (``None`` or absent: the article stands alone).
    Deterministic: the result does not depend on the mapping's order.
    """
    entries = [timeline_entry(c, dup_group_of) for c in cluster_events(events_by_article)]
    entries.sort(key=_sort_key)
    return entries


#: A clustered event: ``(article id, index among the article's events, event)``.
Member = tuple[str, int, Event]


def cluster_events(events_by_article: Mapping[str, Sequence[Event]]) -> list[list[Member]]:
    """The events grouped as :func:`build_timeline` merges them: each cluster's members
    in the order they joined (its first member gives the entry's date and sentence),
    clusters in the order they were started.
    """
    return cluster_members(
        (aid, i, e) for aid, events in events_by_article.items() for i, e in enumerate(events)
    )


def event_order(member: Member) -> tuple[int, str, str, int]:
    """The clustering order of a member: finest dates first (so an entry's date is its
    most precise report), then date, article and offset."""
    aid, _, e = member
    return precision_rank(e.precision), e.date, aid, e.start


def cluster_members(events: Iterable[Member]) -> list[list[Member]]:
    """:func:`cluster_events` over ``(article id, event index, event)`` triples.

    An event that may merge with one of the entries started before it in
    :func:`event_order` (:func:`link_score` with the entry's first event > 0) joins the
    one it scores best against, ties to the latest; else it starts an entry. Scoring
    against an entry's first event, not against every member, keeps an entry one
    happening (no chain of pairwise links) and makes an event's place depend only on
    the events it may merge with: :mod:`warta.corpus.timeline` keeps the partition up
    to date by looking only at the events sharing a participant word and a period with
    what changed.
    """
    flat = sorted(events, key=event_order)
    profiles = [profile(e) for _, _, e in flat]
    by_key: dict[str, list[int]] = defaultdict(list)  # participant word -> entry starts
    clusters: dict[int, list[Member]] = {}
    for index, p in enumerate(profiles):
        candidates = {c for k in p.keys for c in by_key.get(k, ())}
        best = max(((link_score(profiles[c], p), c) for c in candidates), default=(0.0, -1))
        if best[0] > 0:
            clusters[best[1]].append(flat[index])
            continue
        clusters[index] = [flat[index]]
        for k in p.keys:
            by_key[k].append(index)
    return [clusters[r] for r in sorted(clusters)]


def timeline_entry(
    members: Sequence[Member], dup_group_of: Mapping[str, str | None]
) -> TimelineEntry:
    """The timeline entry of one cluster of :func:`cluster_events`."""
    first = members[0][2]
    names: list[str] = []
    seen: set[str] = set()
    sources: list[tuple[str, str]] = []
    for aid, _, e in members:
        for p in e.participants:
            if p.lower() not in seen:
                seen.add(p.lower())
                names.append(p)
        if (aid, e.text) not in sources:
            sources.append((aid, e.text))
    groups = {dup_group_of.get(aid) or aid for aid, _, _ in members}
    return TimelineEntry(
        date=first.date,
        precision=first.precision,
        text=first.text,
        participants=tuple(names),
        expected=all(e.expected for _, _, e in members),
        sources=tuple(sources),
        independent_sources=len(groups),
    )


def _sort_key(t: TimelineEntry) -> tuple[date, int, str]:
    return iso_period(t.date)[0], -precision_rank(t.precision), t.text


def filter_timeline(
    entries: Sequence[TimelineEntry],
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[TimelineEntry]:
    """Entries naming ``entity`` (case-insensitive, whole words) within a date range.

    ``date_from``/``date_to`` are ISO values of any precision ("2019", "2019-04",
    "2019-04-25"); an entry is kept when its period overlaps the range.

    >>> from warta.records import TimelineEntry as T
    >>> es = [T("2019", "year", "x", ("Budi Santoso",), False, (), 1)]
    >>> len(filter_timeline(es, entity="budi", date_from="2019-06"))
    1
    """
    lo = iso_period(date_from)[0] if date_from else date.min
    hi = iso_period(date_to)[1] if date_to else date.max
    want = participant_tokens([entity]) if entity else frozenset()
    out = []
    for t in entries:
        t0, t1 = iso_period(t.date)
        if t1 < lo or t0 > hi:
            continue
        if entity and not (
            want <= participant_tokens(t.participants)
            or any(entity.lower() == p.lower() for p in t.participants)
        ):
            continue
        out.append(t)
    return out


# --- rendering ---------------------------------------------------------------------------
_W, _LEFT, _RIGHT, _AXIS_Y, _ROW_H, _TOP_ROWS = 1000, 30, 970, 40, 24, 150
_CSS = (
    "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}"
    "svg text{font-size:12px;fill:#222}.muted{fill:#777}"
    "table{border-collapse:collapse;margin-top:1rem}td,th{border-top:1px solid #ddd;"
    "padding:.3rem .6rem;vertical-align:top;text-align:left}"
)


def _x(d: date, lo: date, hi: date) -> float:
    span = max((hi - lo).days, 1)
    return _LEFT + (_RIGHT - _LEFT) * (d - lo).days / span


def _short(text: str, n: int = 110) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def render_timeline_html(entries: Sequence[TimelineEntry], title: str) -> str:
    """A self-contained HTML page (no script, no network) drawing ``entries``.

    The inline SVG has a time axis with year ticks; each entry is a numbered dot on
    it (sized by independent sources, with a bar over a month or a year) and a
    numbered row with its date and sentence; a table below lists participants and
    sources. Planned events are drawn hollow. Every text is escaped.
    """
    esc = html.escape
    height = _TOP_ROWS + _ROW_H * max(len(entries), 1) + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_W}" height="{height}" '
        f'viewBox="0 0 {_W} {height}" role="img" aria-label="{esc(title)}">',
        f'<line x1="{_LEFT}" y1="{_AXIS_Y}" x2="{_RIGHT}" y2="{_AXIS_Y}" stroke="#444"/>',
    ]
    if entries:
        periods = [iso_period(t.date) for t in entries]
        lo = date(min(p[0] for p in periods).year, 1, 1)
        hi = date(max(p[1] for p in periods).year, 12, 31)
        step = max(1, (hi.year - lo.year + 1) // 12)
        for year in range(lo.year, hi.year + 1, step):
            x = _x(date(year, 1, 1), lo, hi)
            parts.append(
                f'<line x1="{x:.1f}" y1="{_AXIS_Y - 5}" x2="{x:.1f}" y2="{_AXIS_Y + 5}" '
                f'stroke="#444"/><text x="{x:.1f}" y="{_AXIS_Y - 10}" '
                f'text-anchor="middle" class="muted">{year}</text>'
            )
        for i, (t, (p0, p1)) in enumerate(zip(entries, periods, strict=True)):
            x0, x1 = _x(p0, lo, hi), _x(p1, lo, hi)
            fill = "none" if t.expected else "#1f6feb"
            r = 3 + min(t.independent_sources, 5)
            if x1 - x0 > 2 * r:  # a period wider than its dot: draw it as a bar
                parts.append(
                    f'<rect x="{x0:.1f}" y="{_AXIS_Y - 4}" width="{x1 - x0:.1f}" height="8" '
                    f'fill="{fill}" stroke="#1f6feb" opacity="0.4"/>'
                )
            # Numbers below the axis, staggered on three levels so neighbours stay legible.
            label_y = _AXIS_Y + 22 + 13 * (i % 3)
            parts.append(
                f'<circle cx="{x0:.1f}" cy="{_AXIS_Y}" r="{r}" fill="{fill}" '
                f'stroke="#1f6feb" opacity="0.8"/><text x="{x0:.1f}" y="{label_y}" '
                f'text-anchor="middle" class="muted">{i + 1}</text>'
            )
            y = _TOP_ROWS + i * _ROW_H
            parts.append(
                f'<circle cx="{_LEFT + 6}" cy="{y - 4}" r="5" fill="{fill}" stroke="#1f6feb"/>'
                f'<text x="{_LEFT + 18}" y="{y}" font-weight="bold">{i + 1}. {esc(t.date)}</text>'
                f'<text x="{_LEFT + 130}" y="{y}">{esc(_short(t.text, 100))} '
                f'<tspan class="muted">({t.independent_sources} src)</tspan></text>'
            )
    else:
        parts.append(f'<text x="{_LEFT}" y="{_TOP_ROWS}">No dated events.</text>')
    parts.append("</svg>")
    rows = "".join(
        f"<tr><td>{esc(t.date)}</td><td>{esc(t.text)}"
        f"{' <em>(planned)</em>' if t.expected else ''}</td>"
        f"<td>{esc(', '.join(t.participants))}</td>"
        f"<td>{t.independent_sources}: {esc(', '.join(sorted({a for a, _ in t.sources})))}</td>"
        "</tr>"
        for t in entries
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{esc(title)}</h1>{''.join(parts)}"
        "<table><thead><tr><th>Date</th><th>Event</th><th>Participants</th>"
        f"<th>Independent sources</th></tr></thead><tbody>{rows}</tbody></table>"
        "</body></html>\n"
    )
