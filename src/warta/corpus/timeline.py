"""The cross-article timeline: dated events of every article, merged across copies.

The events come re-anchored from :mod:`warta.corpus.dates`; the assembly itself (event
clustering, ordering, period nesting) is :func:`warta.analyze.timeline.build_timeline`.

Incremental (:func:`update_timeline`): the clustering is greedy over all events sorted
by (precision, date, article, offset): each event joins the best cluster among those
existing at its turn that share a participant word with it and whose date nests with
its own (:func:`~warta.analyze.timeline.nests`), else starts one. An event's choice
thus depends only on those clusters as they stand at its turn. An update replays the
order from the changed events on (:class:`_Replay`): an event is *affected* when it is
new, or when a cluster it may join (found through ``timeline_keys``: a shared word,
dates within :data:`LINK_DAYS`, periods that nest) changed before its turn; a cluster
changes at the turn of the first affected event that leaves it or may join it. The
affected events are clustered again with every member of the changed clusters by
:func:`~warta.analyze.timeline.cluster_members`: members before the change keep their
choice (every cluster they could see is there as it was), the others choose again among
every cluster they could join, so the partition equals that of a whole-corpus build
(tests/corpus/test_time_index.py checks it over batch orders).

Tables (migration ``014_time_index``): ``timeline`` (one row per entry; ``position``
is a stable text key: first day of the entry's period, coarse before fine, sentence,
and the first member's ``article#event``, so ``ORDER BY position`` is the
chronological order of :func:`build_timeline` without renumbering -- entries equal in
day, precision and sentence order by their first member instead of creation order);
``timeline_members`` (each event's entry) and ``timeline_keys`` (each event's
participant words with its period, looked up by word and period).

Cost: the affected events and the changed clusters. A new day-precise event with
names no other event of that day shares changes nothing else. A coarse event (a year)
may join any cluster of that year sharing one of its words, so one new event on a day
of 2017 that names "Indonesia" re-decides every later year-precise "Indonesia" event of
2017 and reloads the clusters they may join: measured on 1,500 IndoSum articles (3,400
events), re-adding one article re-decides 0-130 events, mostly year-precise, and
reloads up to 900 clusters they may join (1.4 s on average).
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections.abc import Collection, Iterator, Mapping
from datetime import date, timedelta

from warta.analyze.timeline import (
    Member,
    cluster_members,
    nests,
    timeline_entry,
)
from warta.corpus.dates import current_events, events_from_json, events_json
from warta.nlp.time.anchor import participant_tokens
from warta.nlp.time.calendar import iso_period, precision_rank
from warta.records import Event, TimelineEntry

#: Two events whose dates lie further apart than this never meet in one cluster.
LINK_DAYS = 7
# Longest period of each length class (day, week, month, year, decade, longer), in days:
# an event is looked up per class, so the date range of the index scan stays tight.
_SPANS = (1, 7, 31, 366, 3653, 40000)
_CHUNK = 500

EventId = tuple[str, int]


def clear_index(conn: sqlite3.Connection) -> None:
    """Empty the timeline and its index (the orchestrator then re-adds every article)."""
    for table in ("timeline", "timeline_members", "timeline_keys"):
        conn.execute(f"DELETE FROM {table}")


def entry_key(first: Member, entry: TimelineEntry) -> str:
    """The stable ``timeline.position`` of an entry whose first member is ``first``."""
    start = iso_period(entry.date)[0]
    return "\t".join(
        (start.isoformat(), str(9 - precision_rank(entry.precision)), entry.text,
         f"{first[0]}#{first[1]}")
    )  # fmt: skip


def update_timeline(
    conn: sqlite3.Connection, ids: Collection[str], removed: Collection[str]
) -> None:
    """Re-cluster the events of ``ids`` (new, re-dated, regrouped or renamed articles)
    and of ``removed`` with every event they can affect, and rewrite those entries."""
    touched = set(ids) | set(removed)
    old = dict(_stored_members(conn, "article_id", touched))
    old_entries = _entry_map(conn, old)
    _delete_events(conn, touched)
    fresh: dict[EventId, Event] = {}
    for aid, events in current_events(conn, ids).items():
        for i, e in enumerate(events):
            fresh[(aid, i)] = e
    _insert_keys(conn, fresh)
    replay = _Replay(conn, fresh)
    for eid, e in old.items():
        # A cluster that loses a member changes from that member's turn; events that
        # shared a word with the leaver alone may no longer see it.
        replay.touch(old_entries[eid], _order(eid, e), also=e)
    replay.run()
    entries = set(replay.tau)
    members = dict(_stored_members(conn, "entry", entries))
    members.update(replay.affected)
    _drop_entries(conn, entries)
    _write_entries(conn, members)


Order = tuple[int, str, str, int]


def _order(eid: EventId, e: Event) -> Order:
    """An event's place in the greedy clustering (:func:`cluster_members`' sort key)."""
    return precision_rank(e.precision), e.date, eid[0], e.start


class _Replay:
    """The events an update can change, found in the clustering's order.

    An event's choice depends only on the clusters it may join as they stand when its
    turn comes (members before it). So an event is *affected* when it is new, or when a
    cluster it may join (one holding an event it is linked to) changed before its turn;
    a cluster changes at the turn of the first affected event that leaves or may join
    it (``tau``). Re-clustering the affected events with every member of the changed
    clusters gives the whole-corpus partition: members before ``tau`` keep their choice
    (every cluster they could see is there, as it was), the others choose again among
    every cluster they could join.
    """

    def __init__(self, conn: sqlite3.Connection, fresh: Mapping[EventId, Event]) -> None:
        self.conn = conn
        self.events: dict[EventId, Event] = dict(fresh)
        self.fresh = set(fresh)
        self.tau: dict[str, Order] = {}
        self.affected: dict[EventId, Event] = {}
        self.queue: list[tuple[Order, EventId]] = [(_order(k, e), k) for k, e in fresh.items()]
        self._entry: dict[EventId, str | None] = {k: None for k in fresh}
        self._dates: dict[str, str] = {}

    def event(self, eid: EventId) -> Event:
        if eid not in self.events:
            self.events.update(_stored_members(self.conn, "event", [eid]))
        return self.events[eid]

    def entry(self, eid: EventId) -> str | None:
        if eid not in self._entry:
            self._entry.update(_entry_map(self.conn, [eid]))
            self._entry.setdefault(eid, None)
        return self._entry[eid]

    def date(self, entry: str) -> str:
        """The date of a stored cluster: an event joins it only when their periods nest."""
        if entry not in self._dates:
            row = self.conn.execute("SELECT date FROM timeline WHERE position = ?", (entry,))
            self._dates[entry] = row.fetchone()[0]
        return self._dates[entry]

    def follow(self, e: Event, when: Order, cluster_date: str) -> None:
        """Queue the events linked to ``e`` after ``when`` that may join a cluster dated
        ``cluster_date``."""
        for n in _neighbours(self.conn, e):
            other = self.event(n)
            if _order(n, other) > when and nests(cluster_date, other.date):
                heapq.heappush(self.queue, (_order(n, other), n))

    def touch(self, entry: str, when: Order, also: Event | None = None) -> None:
        """Cluster ``entry`` changes at ``when``: queue what may see it afterwards."""
        if entry in self.tau and self.tau[entry] <= when:
            return
        self.tau[entry] = when
        date = self.date(entry)
        for eid, e in _stored_members(self.conn, "entry", [entry]):
            self.events[eid] = e
            self._entry[eid] = entry
            if _order(eid, e) > when:
                heapq.heappush(self.queue, (_order(eid, e), eid))
            self.follow(e, when, date)
        if also is not None:
            self.follow(also, when, date)

    def run(self) -> None:
        while self.queue:
            when, eid = heapq.heappop(self.queue)
            if eid in self.affected:
                continue
            e = self.event(eid)
            self.affected[eid] = e
            own = self.entry(eid)
            if own is not None:
                self.touch(own, when)
            for n in _neighbours(self.conn, e):
                if _order(n, self.event(n)) < when:
                    # A cluster before it that it may join: it changes from here on.
                    other = self.entry(n)
                    if other is not None and nests(self.date(other), e.date):
                        self.touch(other, when)
                elif nests(e.date, self.event(n).date):
                    # An event after it that may join the cluster it starts or joins
                    # (the cluster it joins is touched above; this is the one it starts).
                    heapq.heappush(self.queue, (_order(n, self.event(n)), n))


def _entry_map(conn: sqlite3.Connection, events: Collection[EventId]) -> dict[EventId, str]:
    out = {}
    for key in events:
        row = conn.execute(
            "SELECT entry FROM timeline_members WHERE article_id = ? AND position = ?", key
        ).fetchone()
        if row is not None:
            out[key] = row[0]
    return out


def _chunks(items: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(items)
    for i in range(0, len(ordered), _CHUNK):
        yield ordered[i : i + _CHUNK]


def _stored_members(
    conn: sqlite3.Connection, by: str, keys: Collection[object]
) -> Iterator[tuple[EventId, Event]]:
    """Stored member events by article id, by ``(article, position)`` or by entry."""
    if by == "event":
        rows = (
            conn.execute(
                "SELECT article_id, position, event FROM timeline_members "
                "WHERE article_id = ? AND position = ?",
                key,  # type: ignore[arg-type]
            ).fetchone()
            for key in keys
        )
    else:
        rows = (
            row
            for chunk in _chunks({str(k) for k in keys})
            for row in conn.execute(
                f"SELECT article_id, position, event FROM timeline_members WHERE {by} IN "
                f"({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    for row in rows:
        if row is not None:
            yield (row[0], row[1]), events_from_json(f"[{row[2]}]")[0]


def _delete_events(conn: sqlite3.Connection, articles: Collection[str]) -> None:
    for chunk in _chunks(articles):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM timeline_keys WHERE article_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM timeline_members WHERE article_id IN ({marks})", chunk)


def _span_class(first: date, last: date) -> int:
    days = (last - first).days + 1
    return next(i for i, span in enumerate(_SPANS) if days <= span or i == len(_SPANS) - 1)


def _insert_keys(conn: sqlite3.Connection, events: Mapping[EventId, Event]) -> None:
    rows = []
    for (aid, i), e in events.items():
        first, last = iso_period(e.date)
        span = _span_class(first, last)
        for token in participant_tokens(e.participants):
            rows.append((token, span, first.isoformat(), last.isoformat(), aid, i))
    conn.executemany("INSERT OR IGNORE INTO timeline_keys VALUES (?, ?, ?, ?, ?, ?)", rows)


def _neighbours(conn: sqlite3.Connection, e: Event) -> set[EventId]:
    """Indexed events sharing a participant word with ``e`` within :data:`LINK_DAYS`."""
    first, last = iso_period(e.date)
    low = (first - timedelta(days=LINK_DAYS)).isoformat()
    high = (last + timedelta(days=LINK_DAYS)).isoformat()
    out: set[EventId] = set()
    for token in participant_tokens(e.participants):
        for span, days in enumerate(_SPANS):
            earliest = first - timedelta(days=LINK_DAYS + days)
            rows = conn.execute(
                "SELECT article_id, position FROM timeline_keys WHERE token = ? AND rank = ? "
                "AND first_day >= ? AND first_day <= ? AND last_day >= ?",
                (token, span, _iso(earliest), high, low),
            )
            out.update((r[0], r[1]) for r in rows)
    return out


def _iso(d: date) -> str:
    return d.isoformat()


def _drop_entries(conn: sqlite3.Connection, entries: Collection[str]) -> None:
    for chunk in _chunks(entries):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM timeline WHERE position IN ({marks})", chunk)
        conn.execute(f"DELETE FROM timeline_members WHERE entry IN ({marks})", chunk)


def _write_entries(conn: sqlite3.Connection, members: Mapping[EventId, Event]) -> None:
    """Cluster ``members`` and write their entries and member rows."""
    articles = {aid for aid, _ in members}
    group_of: dict[str, str | None] = {}
    for chunk in _chunks(articles):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, dup_group FROM articles WHERE id IN ({marks})"
        group_of.update((r[0], r[1]) for r in conn.execute(sql, chunk))
    flat = [(aid, i, e) for (aid, i), e in members.items()]
    for cluster in cluster_members(flat):
        entry = timeline_entry(cluster, group_of)
        key = entry_key(cluster[0], entry)
        conn.execute(
            "INSERT INTO timeline VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key, entry.date, entry.precision, entry.text,
                json.dumps(list(entry.participants), ensure_ascii=False), int(entry.expected),
                json.dumps([list(s) for s in entry.sources], ensure_ascii=False),
                entry.independent_sources,
            ),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO timeline_members VALUES (?, ?, ?, ?)",
            [(aid, i, key, events_json([e])[1:-1]) for aid, i, e in cluster],
        )
