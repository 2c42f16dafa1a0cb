"""Story sizes and date spans on the synthetic multi-year corpus (:mod:`warta_eval.story_corpus`).

Part of the ``stories`` suite. The corpus holds eight events of one dispute over six
years, every report sharing background and actors, undated reports and two explainers
that recap every event: the shape that single-link clustering chained into one story
spanning years. Figures (the corpus for seeds 16, 1 and 2 pooled), each with TF-IDF
(``_tfidf``) and TF-IDF + e5 (``_e5``, needs the ``embeddings`` extra like the rest of
the suite):

* ``synthetic_pair_precision`` / ``synthetic_pair_recall`` - pairs of
  event-labelled articles (explainers left out) in one story that the labels also put
  in one event, and the reverse;
* ``synthetic_mixed_stories`` (upper bound) - stories holding articles of two or
  more events;
* ``synthetic_max_span_days`` (upper bound) - the widest story: days between its
  dated articles (a partial date counts by the days it covers, so the span is the
  smallest one the dates allow);
* ``synthetic_largest_story`` (upper bound) - articles in the largest story.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from typing import Any

from warta.analyze.stories import StoryIndex, StoryInput
from warta_eval.figures import down4
from warta_eval.story_corpus import build_corpus

SEEDS = (16, 1, 2)


def _days(iso: str) -> tuple[int, int]:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts).toordinal()
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first.toordinal(), nxt.toordinal() - 1
    return dt.date(parts[0], 1, 1).toordinal(), dt.date(parts[0], 12, 31).toordinal()


def span_days(dates: list[str]) -> int:
    """The smallest number of days the ``dates`` (ISO, any precision) may lie apart."""
    if not dates:
        return 0
    intervals = [_days(d) for d in dates]
    return max(0, max(s for s, _ in intervals) - min(e for _, e in intervals))


def evaluate_story_spans() -> dict[str, Any]:
    """The synthetic-corpus figures with TF-IDF (``_tfidf``) and TF-IDF + e5 (``_e5``)."""
    return _figures(embeddings=False, suffix="tfidf") | _figures(embeddings=True, suffix="e5")


def _figures(*, embeddings: bool, suffix: str) -> dict[str, Any]:
    hits = together = gold = mixed = largest = widest = 0
    for seed in SEEDS:
        corpus = build_corpus(seed)
        event = {a.id: a.event for a in corpus}
        date = {a.id: a.date for a in corpus}
        index = StoryIndex(embeddings=embeddings)
        assignment = index.add(
            StoryInput(a.id, a.title, a.text, a.date, a.entities, None, a.id) for a in corpus
        )
        members: dict[str, list[str]] = {}
        for article, story in sorted(assignment.items()):
            members.setdefault(story, []).append(article)
        for ids in members.values():
            events = {event[i] for i in ids} - {"explainer"}
            mixed += len(events) > 1
            largest = max(largest, len(ids))
            widest = max(widest, span_days([d for i in ids if (d := date[i])]))
        labelled = sorted(i for i in event if event[i] != "explainer")
        for a, b in combinations(labelled, 2):
            same_story = assignment[a] == assignment[b]
            same_event = event[a] == event[b]
            together += same_story
            gold += same_event
            hits += same_story and same_event
    figures = {
        "synthetic_pair_precision": {
            "score": down4(hits / together) if together else 1.0,
            "hits": hits,
            "total": together,
        },
        "synthetic_pair_recall": {"score": down4(hits / gold), "hits": hits, "total": gold},
        "synthetic_mixed_stories": {"score": mixed},
        "synthetic_max_span_days": {"score": widest},
        "synthetic_largest_story": {"score": largest},
    }
    return {f"{key}_{suffix}": value for key, value in figures.items()}
