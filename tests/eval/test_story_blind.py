"""The blind story set's scorer: pairs against events, mixed stories, spans, sizes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta_eval.story_blind import load_set, score_stories

ARTICLES = [
    {"url": "u1", "published": "2024-11-04", "event": "flood"},
    {"url": "u2", "published": "2024-11-05", "event": "flood"},
    {"url": "u3", "published": None, "event": "flood"},
    {"url": "u4", "published": "2024-11-20", "event": "quake"},
    {"url": "u5", "published": "2024-11-21", "event": "explainer"},
]


def test_a_perfect_partition_scores_one() -> None:
    story = {"u1": "a", "u2": "a", "u3": "a", "u4": "b", "u5": "c"}
    got = score_stories(ARTICLES, story)
    assert got["pair_precision"] == {"score": 1.0, "hits": 3, "total": 3}
    assert got["pair_recall"] == {"score": 1.0, "hits": 3, "total": 3}
    assert got["mixed_stories"]["score"] == 0
    assert got["max_span_days"]["score"] == 1
    assert got["largest_story"] == {"score": 3, "largest_event": 3}


def test_split_events_lower_recall_and_mixed_ones_precision() -> None:
    split = score_stories(ARTICLES, {"u1": "a", "u2": "b", "u3": "c", "u4": "d", "u5": "e"})
    assert split["pair_recall"]["score"] == 0.0
    assert split["pair_precision"]["score"] == 1.0  # nothing grouped: nothing wrong
    mixed = score_stories(ARTICLES, {"u1": "a", "u2": "a", "u3": "a", "u4": "a", "u5": "a"})
    assert mixed["pair_precision"] == {"score": 0.5, "hits": 3, "total": 6}
    assert mixed["mixed_stories"] == {"score": 1, "stories": [["u1", "u2", "u3", "u4", "u5"]]}
    assert mixed["max_span_days"]["score"] == 17  # 4 to 21 November
    assert mixed["largest_story"]["score"] == 5


def test_the_explainer_joins_no_pair_but_its_date_counts_in_the_span() -> None:
    got = score_stories(ARTICLES, {"u1": "a", "u2": "a", "u3": "a", "u4": "b", "u5": "a"})
    assert got["pair_precision"]["score"] == 1.0
    assert got["mixed_stories"]["score"] == 0
    assert got["max_span_days"]["score"] == 17


def test_urls_must_be_unique(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_text(json.dumps({"articles": [ARTICLES[0], ARTICLES[0]]}), encoding="utf-8")
    with pytest.raises(ValueError, match="share a url"):
        load_set(path)
