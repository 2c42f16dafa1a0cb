"""The cross-article timeline: dated events of every article, merged across copies.

The events come re-anchored from :mod:`warta.corpus.dates`; how events merge into
entries is :func:`warta.analyze.timeline.cluster_members`: in the clustering order
(finest dates first), an event joins the entry whose first event (its *head*) it
scores best against, if any may take it, else it starts an entry and is a head.

Incremental (:func:`update_timeline`): an event's place depends only on the heads
before it that it may merge with (a shared participant word and nesting periods,
found through ``timeline_keys``). So an update walks, in the clustering order, only
the events whose choice can change (:class:`_Update`): the new events; the members
of a head that left or stopped being a head; and, when an event becomes a head, the
later events that score better against it than against their own head. Each is
placed again; a change of head status propagates the same way, and nothing else
moves. An event of a revised article that comes back as stored (the same event at
the same position: most events of a renamed article) is not one of them. The
partition equals that of a whole-corpus build (tests/corpus/test_time_index.py checks
it over batch orders).

Tables (migrations ``014_time_index`` and ``016_timeline_heads``): ``timeline`` (one
row per entry; ``position`` is a stable text key: first day of the entry's period,
coarse before fine, sentence, and the head's ``article#event``, so ``ORDER BY
position`` is the chronological order of :func:`~warta.analyze.timeline.build_timeline`
without renumbering); ``timeline_members`` (each event, its entry, its head and its
score against it; a head is its own head) and ``timeline_keys`` (each event's
participant words with its period, looked up by word and period).

Cost: the events sharing a participant word and a period with what changed, and
the members of the entries that change. A new day-precise event naming people no
other event of that day names touches nothing else; a new year-precise event reads
the heads of that year sharing a word with it.
"""

from __future__ import annotations

import functools
import heapq
import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from warta.analyze.timeline import (
    Member,
    Profile,
    event_order,
    link_score,
    nests,
    profile,
    timeline_entry,
)
from warta.corpus.dates import current_events, events_from_json, events_json
from warta.nlp.time.anchor import participant_tokens
from warta.nlp.time.calendar import iso_period, precision_rank
from warta.records import Event, TimelineEntry

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
    conn: sqlite3.Connection,
    ids: Collection[str],
    removed: Collection[str],
    *,
    regrouped: Collection[str] = (),
) -> None:
    """Place the events of ``ids`` (new, re-dated, regrouped or renamed articles) again,
    take out those of ``removed``, move every event whose place that changes, and
    rewrite the entries that gained or lost members.

    An event of an earlier article (not in ``removed``) that is the same as stored, at
    the same position, keeps its place: its keys and its choice read nothing else that
    changed with it (a renamed article most often keeps most of its events). Only its
    entry is rewritten when its article is ``regrouped`` (an entry counts the duplicate
    groups of its sources)."""
    touched = set(ids) | set(removed)
    update = _Update(conn)
    stored = update.load("article_id", touched)
    fresh: dict[EventId, Event] = {}
    for aid, events in current_events(conn, ids).items():
        for i, e in enumerate(events):
            fresh[(aid, i)] = e
    kept = _unchanged(stored, fresh, set(removed))
    leaving = {eid: node for eid, node in stored.items() if eid not in kept}
    _delete_events(conn, touched, sorted(leaving))
    _insert_keys(conn, fresh)
    regrouped = set(regrouped)
    update.old_entries.update(str(stored[eid].entry) for eid in kept if eid[0] in regrouped)
    update.run({eid: e for eid, e in fresh.items() if eid not in kept}, leaving)
    _rewrite_entries(conn, update)


def _unchanged(
    stored: Mapping[EventId, _Node], fresh: Mapping[EventId, Event], removed: Collection[str]
) -> set[EventId]:
    """The events of ``fresh`` stored as they are now, at the same position, in an article
    that is not a new version (``removed``)."""
    return {
        eid
        for eid, e in fresh.items()
        if eid[0] not in removed
        and eid in stored
        and stored[eid].entry is not None
        and events_json([stored[eid].event]) == events_json([e])
    }


Order = tuple[int, str, str, int]


def _order(eid: EventId, e: Event) -> Order:
    """An event's place in the clustering order (:func:`event_order`)."""
    return event_order((eid[0], eid[1], e))


class _Node:
    """One event as the update sees it: where it stands and whether that changed."""

    __slots__ = ("_profile", "eid", "entry", "event", "head", "moved", "order", "score")

    def __init__(
        self,
        eid: EventId,
        event: Event,
        head: EventId | None,
        score: float,
        entry: str | None,
    ) -> None:
        self.eid = eid
        self.event = event
        self._profile: Profile | None = None  # on first use: most loaded nodes never score
        self.order = _order(eid, event)
        self.head = head  # None: not placed yet (a new event)
        self.score = score
        self.entry = entry  # the stored entry, None for a new event
        self.moved = False

    @property
    def profile(self) -> Profile:
        if self._profile is None:
            self._profile = _profile(self.event)
        return self._profile

    @property
    def is_head(self) -> bool:
        return self.head == self.eid


#: :func:`profile`, kept across updates: the events near what changes are read (and
#: scored) again in batch after batch.
_profile = functools.lru_cache(maxsize=16384)(profile)


class _Update:
    """The events an update moves, placed again in the clustering order.

    An event's choice depends only on the heads before it that it may merge with. It
    changes when one of those appears (a new event, or an event that became a head:
    the later events that score better against it than against their own head move
    to it) or when its own head disappears (removed, or no longer a head: its members
    choose again). So the events are taken from a queue in the clustering order, each
    placed against the heads before it as they now stand; one whose head status
    changes queues the events it affects, which all come later in the order.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.nodes: dict[EventId, _Node] = {}
        #: Whether a stored event not loaded as a node is a head (read without its
        #: event: most neighbours are only asked this).
        self.stored_heads: dict[EventId, bool] = {}
        self.queue: list[tuple[Order, EventId]] = []
        self.old_entries: set[str] = set()  # entries that lose or change members

    def load(self, by: str, keys: Collection[object]) -> dict[EventId, _Node]:
        """Stored events by article id, by ``(article, position)`` or by head."""
        out = {}
        for eid, event, head, score, entry in _stored_rows(self.conn, by, keys):
            node = self.nodes.get(eid)
            if node is None:
                node = self.nodes[eid] = _Node(eid, event, head, score, entry)
            out[eid] = node
        return out

    def node(self, eid: EventId) -> _Node:
        if eid not in self.nodes:
            self.load("event", [eid])
        return self.nodes[eid]

    def run(self, fresh: Mapping[EventId, Event], leaving: Mapping[EventId, _Node]) -> None:
        for node in leaving.values():
            self.old_entries.add(str(node.entry))
            self.nodes.pop(node.eid, None)
        for node in leaving.values():
            if node.is_head:  # its members choose again
                self._push_members(node.eid)
        for eid, e in fresh.items():
            self.nodes[eid] = node = _Node(eid, e, None, 0.0, None)
            heapq.heappush(self.queue, (node.order, eid))
        done: set[EventId] = set()
        while self.queue:
            _, eid = heapq.heappop(self.queue)
            if eid in done or (eid in leaving and eid not in fresh):
                continue
            done.add(eid)
            self._place(self.nodes[eid])

    def _push_members(self, head: EventId) -> None:
        for eid, node in self.load("head", [head]).items():
            if eid != head:
                heapq.heappush(self.queue, (node.order, eid))

    def _place(self, node: _Node) -> None:
        """Choose ``node``'s head among the heads before it, as they now stand.

        Only the neighbours that are heads are read whole at first: they are all the
        choice reads. The others are read only when ``node`` becomes a head, to find
        the later events that move to it."""
        was_head = node.is_head
        near = _neighbours(self.conn, node.event) - {node.eid}
        date = node.event.date
        best: tuple[float, Order] | None = None
        head = node.eid
        self._read_heads([e for e in near if e not in self.nodes and e not in self.stored_heads])
        for other in self._nodes(eid for eid in near if self._is_head(eid)):
            if other.order < node.order and nests(other.event.date, date):
                score = link_score(other.profile, node.profile)
                if score > 0 and (best is None or (score, other.order) > best):
                    best, head = (score, other.order), other.eid
        if head != node.head:
            if node.entry is not None:
                self.old_entries.add(node.entry)
            node.head, node.moved = head, True
        node.score = best[0] if best is not None else 0.0
        if node.is_head and not was_head:
            # A new head: later events that score better against it move to it.
            for other in self._nodes(near):
                if other.order < node.order or not nests(other.event.date, date):
                    continue
                score = link_score(node.profile, other.profile)
                if score > 0 and (
                    other.head is None or (score, node.order) > self._standing(other)
                ):
                    heapq.heappush(self.queue, (other.order, other.eid))
        elif was_head and not node.is_head:
            self._push_members(node.eid)

    def _is_head(self, eid: EventId) -> bool:
        """Whether ``eid`` is a head now (its node's state, else as stored: read by
        :meth:`_read_heads` first)."""
        node = self.nodes.get(eid)
        return node.is_head if node is not None else self.stored_heads[eid]

    def _read_heads(self, eids: Collection[EventId]) -> None:
        """Learn whether the stored events ``eids`` are heads, without their events."""
        for (aid, pos), head in _stored_heads(self.conn, eids):
            self.stored_heads[(aid, pos)] = head == (aid, pos)

    def _nodes(self, eids: Iterable[EventId]) -> list[_Node]:
        """The nodes of ``eids``, the missing ones loaded in one query."""
        wanted = list(eids)
        self.load("events", [eid for eid in wanted if eid not in self.nodes])
        return [self.nodes[eid] for eid in wanted]

    def _standing(self, node: _Node) -> tuple[float, Order]:
        """What ``node`` scores against its head now (a head, or an event whose head
        left: nothing to beat)."""
        if node.head is None or node.is_head:
            return (0.0, node.order)
        head = self.nodes.get(node.head)
        if head is None and self.load("event", [node.head]):
            head = self.nodes[node.head]
        return (-1.0, node.order) if head is None else (node.score, head.order)


def _chunks(items: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(items)
    for i in range(0, len(ordered), _CHUNK):
        yield ordered[i : i + _CHUNK]


def _delete_events(
    conn: sqlite3.Connection, articles: Collection[str], leaving: Sequence[EventId]
) -> None:
    """Delete the keys of ``articles`` (their current events' keys are written again) and
    the member rows of the ``leaving`` events (a kept event keeps its row)."""
    for chunk in _chunks(articles):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM timeline_keys WHERE article_id IN ({marks})", chunk)
    conn.executemany("DELETE FROM timeline_members WHERE article_id = ? AND position = ?", leaving)


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
    """Indexed events sharing a participant word with ``e`` and a day of its period."""
    tokens = sorted(participant_tokens(e.participants))
    if not tokens:
        return set()
    first, last = iso_period(e.date)
    low = first.isoformat()
    high = last.isoformat()
    params: list[object] = []
    for span, days in enumerate(_SPANS):
        params += [*tokens, span, (first - timedelta(days=days)).isoformat(), high, low]
    return {(r[0], r[1]) for r in conn.execute(_neighbours_sql(len(tokens)), params)}


@functools.lru_cache(maxsize=64)
def _neighbours_sql(tokens: int) -> str:
    """One statement for :func:`_neighbours`: per length class, an index range scan
    per word (the period's class bounds how early a neighbour may start)."""
    one = (
        "SELECT article_id, position FROM timeline_keys WHERE token IN "
        f"({','.join('?' * tokens)}) AND rank = ? AND first_day >= ? AND first_day <= ? "
        "AND last_day >= ?"
    )
    return " UNION ALL ".join([one] * len(_SPANS))


def _stored_heads(
    conn: sqlite3.Connection, eids: Collection[EventId]
) -> Iterator[tuple[EventId, EventId]]:
    """``(event, its head)`` of the stored events ``eids``, in one query a chunk."""
    pairs = list(eids)
    step = _CHUNK // 2
    for i in range(0, len(pairs), step):
        part = pairs[i : i + step]
        rows = conn.execute(
            "SELECT m.article_id, m.position, m.head_article, m.head_position "
            f"FROM (VALUES {','.join(['(?, ?)'] * len(part))}) AS v "
            "CROSS JOIN timeline_members AS m "
            "ON m.article_id = v.column1 AND m.position = v.column2",
            [x for pair in part for x in pair],
        )
        for aid, pos, head_aid, head_pos in rows:
            yield (aid, pos), (head_aid, head_pos)


def _stored_rows(
    conn: sqlite3.Connection, by: str, keys: Collection[object]
) -> Iterator[tuple[EventId, Event, EventId, float, str]]:
    """Stored events (id, event, head, score, entry) by article id, by ``(article,
    position)`` (``event``: one; ``events``: many, in one query a chunk) or by head."""
    columns = "article_id, position, event, head_article, head_position, score, entry"
    rows: Iterator[Any]
    if by == "events":
        pairs = [k for k in keys if isinstance(k, tuple)]
        rows = (
            row
            for i in range(0, len(pairs), _CHUNK // 2)
            for row in conn.execute(
                # a join, not "(article_id, position) IN (VALUES ...)": that one scans
                f"SELECT {', '.join(f'm.{c}' for c in columns.split(', '))} "
                f"FROM (VALUES {','.join(['(?, ?)'] * len(pairs[i : i + _CHUNK // 2]))}) AS v "
                "CROSS JOIN timeline_members AS m "
                "ON m.article_id = v.column1 AND m.position = v.column2",
                [x for pair in pairs[i : i + _CHUNK // 2] for x in pair],
            )
        )
    elif by == "article_id":
        rows = (
            row
            for chunk in _chunks({str(k) for k in keys})
            for row in conn.execute(
                f"SELECT {columns} FROM timeline_members WHERE article_id IN "
                f"({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    else:
        where = (
            "article_id = ? AND position = ?"
            if by == "event"
            else ("head_article = ? AND head_position = ?")
        )
        rows = (
            row
            for key in keys
            for row in conn.execute(
                f"SELECT {columns} FROM timeline_members WHERE {where}",
                key,  # type: ignore[arg-type]
            )
        )
    for row in rows:
        event = events_from_json(f"[{row[2]}]")[0]
        yield (row[0], row[1]), event, (row[3], row[4]), row[5], row[6]


def _rewrite_entries(conn: sqlite3.Connection, update: _Update) -> None:
    """Write the moved events and every entry that gained or lost members."""
    moved = [n for n in update.nodes.values() if n.moved]
    candidates = {n.head for n in moved if n.head is not None}
    for old in update.old_entries:
        aid, _, pos = old.rpartition("\t")[2].rpartition("#")
        candidates.add((aid, int(pos)))
    heads: list[_Node] = []
    for eid in candidates:
        if (eid in update.nodes or update.load("event", [eid])) and update.nodes[eid].is_head:
            heads.append(update.nodes[eid])
    members: dict[EventId, list[_Node]] = {h.eid: [] for h in heads}
    for head in heads:
        for node in update.load("head", [head.eid]).values():
            if node.head == head.eid and not node.moved:
                members[head.eid].append(node)
    for node in moved:
        if node.head in members:
            members[node.head].append(node)
    group_of = _groups(conn, {n.eid[0] for group in members.values() for n in group})
    drop = set(update.old_entries) | {h.entry for h in heads if h.entry is not None}
    for chunk in _chunks(drop):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM timeline WHERE position IN ({marks})", chunk)
    conn.executemany(
        "DELETE FROM timeline_members WHERE article_id = ? AND position = ?",
        [n.eid for n in moved],
    )
    rows: list[tuple[object, ...]] = []
    for head in heads:
        group = sorted(members[head.eid], key=lambda n: n.order)
        cluster = [(n.eid[0], n.eid[1], n.event) for n in group]
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
        rows.extend(
            (*n.eid, key, events_json([n.event])[1:-1], *head.eid, n.score)
            for n in group
            if n.moved
        )
    conn.executemany(
        "INSERT INTO timeline_members(article_id, position, entry, event, head_article, "
        "head_position, score) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _groups(conn: sqlite3.Connection, articles: Collection[str]) -> dict[str, str | None]:
    group_of: dict[str, str | None] = {}
    for chunk in _chunks(articles):
        sql = f"SELECT id, dup_group FROM articles WHERE id IN ({','.join('?' * len(chunk))})"
        group_of.update((r[0], r[1]) for r in conn.execute(sql, chunk))
    return group_of
