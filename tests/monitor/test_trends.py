"""Trends on a real build: daily counts and spike scores checked against counts made here
from the raw rows, undated articles kept apart, names resolved like every filter."""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor.conftest import BATCH_A, BATCH_B, UNDATED, build, write_batch
from warta.errors import InvalidParameterError, NotFoundError
from warta.monitor.trends import compute_trends, spike_score
from warta.store.db import connect

AS_OF = date(2024, 5, 4)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("trends")
    path = tmp / "w.db"
    build(path, write_batch(tmp / "in", "docs", [*BATCH_A, *BATCH_B, UNDATED]))
    return path


@pytest.fixture()
def conn(db: Path) -> Iterator[sqlite3.Connection]:
    c = connect(db, readonly=True)
    yield c
    c.close()


def by_hand(counts: list[int]) -> float:
    """The documented score, written out: (c - mean) / (population std + 1)."""
    *base, today = counts
    mean = sum(base) / len(base)
    std = math.sqrt(sum((x - mean) ** 2 for x in base) / len(base))
    return (today - mean) / (std + 1)


def test_spike_score_formula() -> None:
    assert spike_score(5, [1, 1, 1, 1]) == 4.0
    assert spike_score(3, [0, 2, 0, 2]) == pytest.approx(by_hand([0, 2, 0, 2, 3]), abs=1e-3)
    assert spike_score(0, [2, 2]) == -2.0
    assert spike_score(4, []) == 4.0


def days_before(end: date, n: int) -> list[str]:
    return [(end - timedelta(days=n - 1 - i)).isoformat() for i in range(n)]


def test_entity_counts_match_the_raw_rows(conn: sqlite3.Connection) -> None:
    data = compute_trends(conn, days=6, baseline=3, top=1000, today=AS_OF)
    assert data["as_of"] == "2024-05-04" and data["dates"] == days_before(AS_OF, 6)
    # Independently: distinct (entity, type, article) per publication day, from raw rows.
    per: Counter[tuple[str, str, str]] = Counter()
    for name, type_, _article, day in set(
        conn.execute(
            "SELECT m.entity, m.type, a.id, a.published FROM mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.entity IS NOT NULL"
        ).fetchall()
    ):
        if day and len(day) == 10:
            per[(name, type_, day)] += 1
    shown = {(e["name"], e["type"]): e for e in data["entities"]}
    expected_keys = {(n, t) for n, t, d in per if d in data["dates"]}
    assert set(shown) == expected_keys and expected_keys
    for (name, type_), e in shown.items():
        counts = [per[(name, type_, d)] for d in data["dates"]]
        assert e["counts"] == counts, name
        assert e["today"] == counts[-1] and e["total"] == sum(counts)
        assert e["spike"] == pytest.approx(by_hand(counts[-4:]), abs=1e-3), name
    # Ranked by spike: the entities of the last day first.
    spikes = [e["spike"] for e in data["entities"]]
    assert spikes == sorted(spikes, reverse=True)
    assert data["entities"][0]["today"] >= 1


def test_a_known_series(conn: sqlite3.Connection) -> None:
    """Kota Kendari: one article on 3 May, one on 4 May (written in conftest)."""
    data = compute_trends(conn, entity="Kota Kendari", days=4, baseline=2, today=AS_OF)
    [kendari] = data["entities"]
    assert kendari["counts"] == [0, 0, 1, 1]
    assert kendari["baseline_mean"] == 0.5 and kendari["baseline_std"] == 0.5
    assert kendari["spike"] == pytest.approx((1 - 0.5) / 1.5, abs=1e-3)
    assert data["stories"] == []


def test_entity_by_alias(conn: sqlite3.Connection) -> None:
    data = compute_trends(conn, entity="Dwikorita", days=4, baseline=3, today=AS_OF)
    assert data["resolved"]["entity"] == "Dwikorita Karnawati"
    assert data["resolved"]["how"] == "alias"
    [e] = data["entities"]
    assert e["name"] == "Dwikorita Karnawati" and e["counts"] == [1, 0, 1, 0]
    with pytest.raises(NotFoundError):
        compute_trends(conn, entity="Nama Yang Tidak Ada Sama Sekali")


def test_story_sizes_per_day(conn: sqlite3.Connection) -> None:
    data = compute_trends(conn, days=4, baseline=3, top=100, today=AS_OF)
    per: Counter[tuple[str, str]] = Counter(
        (story, day)
        for story, day in conn.execute("SELECT story_id, published FROM articles")
        if story and day and len(day) == 10
    )
    stories = {s["id"]: s for s in data["stories"]}
    assert set(stories) == {s for s, d in per if d in data["dates"]}
    for sid, s in stories.items():
        assert s["counts"] == [per[(sid, d)] for d in data["dates"]]
        assert s["label"]


def test_undated_articles_are_counted_apart(conn: sqlite3.Connection) -> None:
    data = compute_trends(conn, days=30, today=AS_OF)
    undated = conn.execute("SELECT count(*) FROM articles WHERE published IS NULL").fetchone()[0]
    assert undated == 1
    assert data["unplaced"] == {"undated": 1, "coarse": 0}
    # Andi Pratama: the festival article (3 May) counts, the undated letter does not.
    andi = compute_trends(conn, entity="Andi Pratama", days=2, today=AS_OF)
    assert andi["entities"][0]["counts"] == [1, 0]
    assert andi["unplaced"]["undated"] == 1


def test_reference_day_defaults_to_the_last_dated_day(conn: sqlite3.Connection) -> None:
    assert compute_trends(conn)["as_of"] == "2024-05-04"  # today has no news in this store
    assert compute_trends(conn, today=date(2024, 5, 2))["as_of"] == "2024-05-02"


def test_parameters_are_checked(conn: sqlite3.Connection) -> None:
    bad: list[dict[str, Any]] = [{"days": 0}, {"top": 0}, {"baseline": 0}, {"days": 10**6}]
    for params in bad:
        with pytest.raises(InvalidParameterError):
            compute_trends(conn, **params)


def test_an_empty_store(tmp_path: Path) -> None:
    c = connect(tmp_path / "e.db")
    try:
        data = compute_trends(c, today=AS_OF)
    finally:
        c.close()
    assert data["as_of"] == "2024-05-04" and data["entities"] == [] and data["stories"] == []


def test_spike_score_on_a_synthetic_series() -> None:
    """Four weeks of a weekly rhythm (5 articles on weekdays, 1 at weekends), then a day
    of 20: the score compares that day with the 7 days before it, and only those."""
    from warta.monitor.trends import _scored

    week = [5, 5, 5, 5, 5, 1, 1]
    end = date(2024, 6, 29)
    every = days_before(end, 29)
    series = week * 4 + [20]
    scored = _scored(dict(zip(every, series, strict=True)), every, 10, 7)
    mean = 27 / 7
    std = math.sqrt(sum((x - mean) ** 2 for x in week) / 7)
    assert scored["baseline_mean"] == pytest.approx(mean, abs=1e-3)
    assert scored["baseline_std"] == pytest.approx(std, abs=1e-3)
    assert scored["spike"] == pytest.approx((20 - mean) / (std + 1), abs=1e-3)
    assert scored["spike"] > 5 and scored["today"] == 20
    assert scored["counts"] == series[-10:] and scored["total"] == sum(series[-10:])
    # Days before the baseline do not count: another first three weeks, the same score.
    other = [0] * 21 + week + [20]
    assert _scored(dict(zip(every, other, strict=True)), every, 10, 7)["spike"] == scored["spike"]
    # An ordinary weekday scores below 1, a quiet weekday below 0 (the rhythm is inside
    # the baseline, so a weekend is not read as a drop).
    assert 0 < spike_score(5, week) < 1
    assert spike_score(1, week) < 0
    # A quiet baseline does not explode the score: (3 - 0) / (0 + 1).
    assert spike_score(3, [0] * 7) == 3.0


def test_mentions_and_story_sizes_match_the_raw_rows(conn: sqlite3.Connection) -> None:
    data = compute_trends(conn, days=3, baseline=2, top=1000, today=AS_OF)
    dates = data["dates"]
    mentions: Counter[tuple[str, str, str]] = Counter(
        (name, type_, day)
        for name, type_, day in conn.execute(
            "SELECT m.entity, m.type, a.published FROM mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.entity IS NOT NULL"
        )
        if day and len(day) == 10
    )
    for e in data["entities"]:
        assert e["mentions"] == [mentions[(e["name"], e["type"], d)] for d in dates], e["name"]
        assert all(m >= c for m, c in zip(e["mentions"], e["counts"], strict=True))
    published = conn.execute("SELECT story_id, published FROM articles").fetchall()
    assert data["stories"]
    for s in data["stories"]:
        # Articles of the story published (to the day) on or before each shown day.
        expected = [
            sum(1 for sid, p in published if sid == s["id"] and p and len(p) == 10 and p <= d)
            for d in dates
        ]
        assert s["sizes"] == expected and s["sizes"][-1] <= s["size"], s["id"]
