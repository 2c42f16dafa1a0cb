"""Stories on the synthetic multi-year corpus: one story per event, never a topic chain.

The corpus (:mod:`warta_eval.story_corpus`) covers eight events of one dispute over six
years; every report repeats the same background and names the same actors, undated
reports and two explainers recap it. Single links chained it into one story spanning
2019-2025 (measured before the average-link rule: 29 of 44 articles, 2,214 days).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from warta.analyze.stories import MAX_SPAN_DAYS, StoryIndex, StoryInput, _interval
from warta_eval.story_corpus import build_corpus


def _inputs(seed: int, *, entities: bool = True) -> list[StoryInput]:
    return [
        StoryInput(a.id, a.title, a.text, a.date, a.entities if entities else (), None, "p")
        for a in build_corpus(seed)
    ]


def _stories(assignment: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for article, story in sorted(assignment.items()):
        groups.setdefault(story, []).append(article)
    return list(groups.values())


@pytest.mark.parametrize("seed", [16, 1, 2])
@pytest.mark.parametrize("entities", [True, False])
def test_no_story_spans_more_than_a_month_or_mixes_events(seed: int, entities: bool) -> None:
    corpus = {a.id: a for a in build_corpus(seed)}
    index = StoryIndex()
    index.add(_inputs(seed, entities=entities))
    for members in _stories(index.assignment()):
        events = {corpus[i].event for i in members} - {"explainer"}
        assert len(events) <= 1, members  # no merge of distinct events
        days = [_interval(corpus[i].date) for i in members if corpus[i].date]
        if days:
            span = max(d[0] for d in days if d) - min(d[1] for d in days if d)
            assert span <= MAX_SPAN_DAYS


@pytest.mark.parametrize("seed", [16, 1])
def test_each_event_is_one_story_undated_reports_included(seed: int) -> None:
    corpus = build_corpus(seed)
    index = StoryIndex()
    assignment = index.add(_inputs(seed))
    for event in {a.event for a in corpus} - {"explainer"}:
        members = [a for a in corpus if a.event == event]
        assert any(a.date is None for a in members)
        assert len({assignment[a.id] for a in members}) == 1, event


def test_explainer_joins_at_most_one_story() -> None:
    # An explainer recapping every event is close to each a little, to none as a whole.
    corpus = build_corpus(16)
    index = StoryIndex()
    assignment = index.add(_inputs(16))
    for explainer in (a for a in corpus if a.event == "explainer"):
        story = assignment[explainer.id]
        events = {a.event for a in corpus if assignment[a.id] == story} - {"explainer"}
        assert len(events) <= 1


@pytest.mark.parametrize("order", range(3))
def test_incremental_equals_batch_on_the_corpus(order: int) -> None:
    items = _inputs(2)
    batch = StoryIndex()
    batch.add(items)
    random.Random(order).shuffle(items)
    incremental = StoryIndex()
    for start in range(0, len(items), 7):
        incremental.add(items[start : start + 7])
    assert incremental.assignment() == batch.assignment()
    assert incremental.stories() == batch.stories()


def test_story_id_stays_when_later_reports_join() -> None:
    # Ids derive from a story's earliest dated article: later reports never change it.
    items = sorted(_inputs(16), key=lambda i: (i.date or "9999", i.article_id))
    index = StoryIndex()
    first_ids: dict[str, str] = {}
    for item in items:
        index.add([item])
        story = index.assignment()[item.article_id]
        founder = min(
            (a for a, s in index.assignment().items() if s == story),
            key=lambda a: (next(i.date for i in items if i.article_id == a) or "9999", a),
        )
        first_ids.setdefault(founder, story)
        assert first_ids[founder] == story


def test_a_chain_of_weekly_links_stops_at_the_window() -> None:
    # Ten weekly reports, each a near-copy of the previous one: every pair of neighbours
    # links (7 days apart), yet no story may span more than MAX_SPAN_DAYS.
    words = "banjir rob merendam pesisir utara warga mengungsi tanggul jebol pompa air".split()
    start = dt.date(2024, 1, 1)
    items = []
    for n in range(10):
        text = " ".join(itertools.islice(itertools.cycle(words[n % 3 :] + words), 60))
        items.append(StoryInput(f"w{n}", "Banjir rob", text, (start + dt.timedelta(7 * n)).isoformat()))
    index = StoryIndex()
    index.add(items)
    for members in _stories(index.assignment()):
        dates = sorted(dt.date.fromisoformat(next(i.date for i in items if i.article_id == m) or "")
                       for m in members)  # fmt: skip
        assert (dates[-1] - dates[0]).days <= MAX_SPAN_DAYS
    assert len(set(index.assignment().values())) >= 3
