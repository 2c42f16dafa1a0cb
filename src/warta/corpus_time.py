"""Corpus-wide time: publication dates inferred for undated articles, and the timeline.

An article without a stated date is dated, in this order of evidence:

1. its own text against the corpus timeline (:func:`warta.nlp.anchor.infer_anchor`): a
   weekday with day and month ("Kamis (25/04)") allows only some years, and events the
   other articles date pick between them;
2. a duplicate or syndicated copy with a known date lends its date.

Its time expressions and events are then resolved again against the inferred anchor.
Articles that stay undated keep their relative expressions unresolved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from warta.analyze.timeline import build_timeline
from warta.records import Article, Event, PartialDate, TimelineEntry

# Inference costs one tagging pass per candidate anchor: only articles that give the
# tagger something to anchor (a weekday with a date, or "tahun lalu"-style phrases) try.
_RELATIVE_HINTS = (
    "lalu",
    "kemarin",
    "depan",
    "ini",
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Sabtu",
    "Minggu",
)


@dataclass(frozen=True, slots=True)
class Dated:
    article: Article
    published: PartialDate | None
    evidence: str | None


def reanchor(article: Article, anchor: PartialDate) -> Article:
    """The article's time expressions and events resolved against ``anchor``."""
    from warta.nlp.events import extract_events
    from warta.nlp.timex import tag_time

    timexes = tag_time(article.text, anchor)
    return replace(
        article, timexes=timexes, events=extract_events(article.text, timexes, article.mentions)
    )


def infer_dates(
    articles: Sequence[Article],
    published: Mapping[str, PartialDate | None],
    evidence: Mapping[str, str | None],
    group_of: Mapping[str, str | None],
) -> dict[str, Dated]:
    """Effective publication date, evidence and re-anchored article for every article.

    ``published``/``evidence`` are what each article states (or was lent by a copy);
    ``group_of`` maps article id to duplicate group.
    """
    from warta.nlp.anchor import infer_anchor

    out = {a.id: Dated(a, published.get(a.id), evidence.get(a.id)) for a in articles}
    dated_events = {a.id: a.events for a in articles if published.get(a.id)}
    for a in articles:
        if published.get(a.id) is not None or not any(h in a.text for h in _RELATIVE_HINTS):
            continue
        others = {
            k: v
            for k, v in dated_events.items()
            if group_of.get(k) is None or group_of.get(k) != group_of.get(a.id)
        }
        hi = a.page_date.year if a.page_date else 2035
        anchor, reason = infer_anchor(a.text, others, mentions=a.mentions, hi=hi)
        if anchor is not None:
            out[a.id] = Dated(reanchor(a, anchor), anchor, reason)
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
    return out


def timeline_of(
    dated: Mapping[str, Dated], group_of: Mapping[str, str | None]
) -> list[TimelineEntry]:
    events: dict[str, Sequence[Event]] = {k: d.article.events for k, d in dated.items()}
    return build_timeline(events, group_of)
