"""Trends: daily counts of entities and stories, and how unusual the latest day is.

The reference day is today when articles were published today, else the last day with
a dated article (a store of older news still has a "latest day"). For each entity the
count is the number of articles published that day that name it (all copies count);
for each story, its articles published that day.

The spike score compares the reference day's count ``c`` with the ``baseline`` days
before it (default 7; days without articles count as 0)::

    spike = (c - mean) / (std + 1)

``std`` is the population standard deviation of the baseline. The ``+ 1`` keeps a
quiet baseline from exploding the score (0, 0, 0 then 1 gives 1.0, not infinity) and
makes the score read roughly as "articles above normal, in units of normal variation
plus one". 0 means an ordinary day, above 2 a clear spike, negative a quiet day.

Articles without a day-precision publication date are not in any daily count; the
result says how many (``undated``: no date, ``coarse``: month or year only).
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from warta.errors import InvalidParameterError
from warta.store.queries import trends as reads
from warta.store.queries.names import require_entity

__all__ = ["BASELINE_DAYS", "compute_trends", "spike_score"]

#: Trailing days the spike score compares the reference day with: a week, so a weekly
#: rhythm (quiet weekends) is inside the baseline rather than read as a spike.
BASELINE_DAYS = 7
MAX_DAYS = 3660


def spike_score(count: float, baseline: Sequence[float]) -> float:
    """``(count - mean) / (std + 1)`` over ``baseline`` (population std; 0 if empty).

    >>> spike_score(5, [1, 1, 1, 1])
    4.0
    >>> spike_score(0, [])
    0.0
    """
    if not baseline:
        return round(float(count), 3)
    mean = statistics.fmean(baseline)
    std = statistics.pstdev(baseline)
    return round((count - mean) / (std + 1.0), 3)


def _days(end: date, n: int) -> list[str]:
    return [(end - timedelta(days=n - 1 - i)).isoformat() for i in range(n)]


def _check(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise InvalidParameterError(
            f"{name} {value} is out of range; use {low} to {high}", detail={name: value}
        )


def reference_day(conn: sqlite3.Connection, today: date | None = None) -> date:
    """The last day with a dated article up to ``today`` (default: today, UTC); when
    there is none, ``today`` as given, or else (no ``today`` given, every article dated
    in the future of this clock) the last dated day, or else the clock's today."""
    now = today or datetime.now(UTC).date()
    latest = reads.latest_day(conn, not_after=now.isoformat())
    if latest is None and today is None:
        latest = reads.latest_day(conn)
    return date.fromisoformat(latest) if latest else now


def _scored(counts: dict[str, int], every: list[str], days: int, baseline: int) -> dict[str, Any]:
    """The series fields of one entity or story: ``counts`` over the last ``days`` of
    ``every`` (the days fetched), the last day's count (``today``), the mean and std of
    the ``baseline`` days before it, the spike score and the ``total`` shown."""
    full = [counts.get(d, 0) for d in every]
    base = full[-1 - baseline : -1]
    shown = full[-days:]
    return {
        "counts": shown,
        "today": full[-1],
        "baseline_mean": round(statistics.fmean(base), 3) if base else 0.0,
        "baseline_std": round(statistics.pstdev(base), 3) if base else 0.0,
        "spike": spike_score(full[-1], base),
        "total": sum(shown),
    }


def _running(counts: dict[str, int], every: list[str], start: int) -> list[int]:
    """Running total of ``counts`` over the days ``every``, from ``start``.

    >>> _running({"2024-05-02": 2, "2024-05-03": 1}, ["2024-05-01", "2024-05-02", "2024-05-03"], 1)
    [1, 3, 4]
    """
    out, total = [], start
    for day in every:
        total += counts.get(day, 0)
        out.append(total)
    return out


def compute_trends(
    conn: sqlite3.Connection,
    *,
    entity: str | None = None,
    days: int = 30,
    top: int = 10,
    baseline: int = BASELINE_DAYS,
    today: date | None = None,
) -> dict[str, Any]:
    """Daily counts over the ``days`` days up to the reference day, with spike scores.

    Returns ``as_of`` (the reference day), ``dates`` (the days shown), ``baseline``,
    ``entities`` (the ``top`` by spike, then by count that day and in the window; or the
    one ``entity``, resolved like every name filter, with ``resolved``), ``stories``
    (the ``top`` by spike; none with ``entity``), and ``unplaced`` (articles no day can
    hold: ``undated``, ``coarse``). Each series item has ``counts`` per shown day (the
    series scored), ``today``, ``baseline_mean``, ``baseline_std``, ``spike`` and
    ``total`` (in the shown days); an entity also ``mentions`` per shown day (all its
    mentions in those articles), a story ``sizes`` (its articles published up to each
    shown day: how it grew) besides ``size`` (all its articles, dated or not).
    Unknown entity: :class:`~warta.errors.NotFoundError` with suggestions.
    """
    _check("days", days, 1, MAX_DAYS)
    _check("top", top, 1, 1000)
    _check("baseline", baseline, 1, 365)
    as_of = reference_day(conn, today)
    span = max(days, baseline + 1)
    if not span <= as_of.toordinal() <= date.max.toordinal():
        raise InvalidParameterError(
            f"reference day {as_of.isoformat()} leaves no room for {span} days before it; "
            "give a later day",
            detail={"as_of": as_of.isoformat(), "days": days, "baseline": baseline},
        )
    every = _days(as_of, span)
    shown = every[-days:]
    start, end = every[0], every[-1]
    resolved = None
    name = None
    if entity is not None:
        resolved = require_entity(conn, entity)
        name = resolved.name

    per_entity: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    per_mentions: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for r in reads.entity_day_counts(conn, start, end, entity=name):
        per_entity[(r["name"], r["type"])][r["day"]] = int(r["articles"])
        per_mentions[(r["name"], r["type"])][r["day"]] = int(r["mentions"])
    if resolved is not None and not per_entity:
        per_entity[(str(resolved.name), str(resolved.type))] = {}
    entities: list[dict[str, Any]] = [
        {"name": ename, "type": etype}
        | _scored(counts, every, days, baseline)
        | {"mentions": [per_mentions[(ename, etype)].get(d, 0) for d in shown]}
        for (ename, etype), counts in per_entity.items()
    ]
    entities.sort(key=lambda e: (-e["spike"], -e["today"], -e["total"], e["name"], e["type"]))

    stories: list[dict[str, Any]] = []
    if entity is None:
        per_story: dict[str, dict[str, Any]] = {}
        for r in reads.story_day_counts(conn, start, end):
            story = per_story.setdefault(
                r["id"], {"id": r["id"], "label": r["label"], "size": r["size"], "days": {}}
            )
            story["days"][r["day"]] = int(r["articles"])
        before = reads.story_counts_before(conn, start, sorted(per_story))
        stories = [
            {k: v for k, v in st.items() if k != "days"}
            | _scored(st["days"], every, days, baseline)
            | {"sizes": _running(st["days"], every, before.get(st["id"], 0))[-days:]}
            for st in per_story.values()
        ]
        stories.sort(key=lambda s: (-s["spike"], -s["today"], -s["total"], s["id"]))
    return {
        "as_of": as_of.isoformat(),
        "dates": shown,
        "days": days,
        "baseline": baseline,
        "entities": entities[:top],
        "stories": stories[:top],
        "resolved": None if resolved is None else resolved.to_dict(),
        "unplaced": reads.undated_counts(conn, entity=name),
        "score": "(count - mean) / (std + 1) over the baseline days before as_of",
    }
