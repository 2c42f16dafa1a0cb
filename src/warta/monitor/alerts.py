"""Alerts: standing questions evaluated on what each build adds to the store.

Three kinds (:class:`~warta.records.Alert`):

- ``query``: a new article matches a full-text query (the store's FTS5 search, the same
  quoting and stemming as ``warta search``);
- ``entity``: a new article names an entity, given in any form the store's registry
  knows (the canonical name, an alias, another spelling: :func:`resolve_name`), the
  name being resolved again at every evaluation, so an alias learnt later counts;
- ``story-growth``: a story reaches ``min_size`` articles, and again each time it
  grows after that (one firing per story and size reached).

Each alert keeps a watermark, the highest article ``rowid`` it has evaluated
(``alert_state``); only articles above it are new to the alert. A new alert starts at
the current top, so it fires on what arrives after it was added. Firings are unique
per ``(alert, key)`` (the article id, or ``story@size``), so an evaluation that is
repeated, or a watermark that somehow went back, never fires twice.

:func:`run_alerts` (given the store's path) and :func:`evaluate` (given an open
read-write connection: what a watch loop calls after each build) evaluate every alert
in one transaction (firings recorded and watermarks advanced together), then deliver:
a line in the alert's JSONL file, a POST to its webhook (:mod:`warta.monitor.delivery`);
the outcome is stored with the firing (``delivery``) for the history and the web UI's
alerts page. Failures are recorded, never raised, and retried by the next run (a
channel that succeeded is never delivered again). A run claims the firings it delivers,
so two runs at once never post one twice; firings a killed run left claimed are taken
over once the claim is :data:`CLAIM_SECONDS` old.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from warta.errors import InvalidParameterError, NotFoundError
from warta.monitor.delivery import WEBHOOK_TIMEOUT, append_jsonl, check_webhook, post_webhook
from warta.records import Alert, AlertFiring
from warta.store.db import connect, guard
from warta.store.queries.names import NameMatch, resolve_name
from warta.store.search import fts_query
from warta.store.sql import transaction

__all__ = [
    "DEFAULT_MIN_SIZE",
    "add_alert",
    "evaluate",
    "evaluate_alerts",
    "remove_alert",
    "run_alerts",
]

#: A story-growth alert without ``--min-size`` fires when a story reaches 3 articles:
#: two reports of one event are common (a report and its copy), a third says the event
#: is being followed.
DEFAULT_MIN_SIZE = 3
MAX_NAME = 100
#: Characters of the matching text shown in a query alert's reason.
SNIPPET_TOKENS = 12


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- definitions ------------------------------------------------------------------------


def add_alert(
    conn: sqlite3.Connection,
    name: str,
    *,
    query: str | None = None,
    entity: str | None = None,
    story_growth: bool = False,
    min_size: int | None = None,
    jsonl: str | Path | None = None,
    webhook: str | None = None,
    allow_unknown: bool = False,
    now: str | None = None,
) -> tuple[Alert, NameMatch | None]:
    """Define the alert ``name`` (exactly one of ``query``, ``entity``, ``story_growth``)
    and start its watermark at the newest stored article. Returns the alert and, for an
    entity alert, how its name resolves today.

    An entity the store does not know is refused with "did you mean ..." when known
    names are close to it (a typo is likelier than a newcomer); ``allow_unknown`` keeps
    it anyway, and so does a store that knows no close name (the entity may appear
    later: until then mentions with that exact text match).

    Raises :class:`InvalidParameterError` for a taken or malformed name, no kind or two,
    an empty query, a bad webhook URL or a JSONL file whose folder does not exist;
    :class:`NotFoundError` for an unknown entity with suggestions.
    """
    name = name.strip()
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise InvalidParameterError(
            f"alert name {name!r} is not usable; give 1 to {MAX_NAME} printable characters",
            detail={"name": name},
        )
    kinds = [k for k, given in (("query", query), ("entity", entity)) if given is not None]
    if story_growth:
        kinds.append("story-growth")
    if len(kinds) != 1:
        raise InvalidParameterError(
            f"alert '{name}' needs exactly one of --query, --entity or --story-growth "
            f"(got {', '.join(kinds) or 'none'})",
            detail={"name": name, "kinds": kinds},
        )
    kind = kinds[0]
    target = query if kind == "query" else entity
    if target is not None:
        target = " ".join(target.split())
        if kind == "query" and not fts_query(target):
            raise InvalidParameterError(
                f"query {target!r} of alert '{name}' has no word to search for; give words, "
                '"a phrase" or a prefix*',
                detail={"name": name, "query": target},
            )
        if not target:
            raise InvalidParameterError(
                f"the entity of alert '{name}' is empty; give a name, e.g. --entity 'Jokowi'",
                detail={"name": name},
            )
    if min_size is not None and kind != "story-growth":
        raise InvalidParameterError(
            f"--min-size applies to --story-growth alerts; alert '{name}' is a {kind} alert",
            detail={"name": name, "min_size": min_size},
        )
    if kind == "story-growth":
        min_size = DEFAULT_MIN_SIZE if min_size is None else min_size
        if min_size < 2:
            raise InvalidParameterError(
                f"--min-size {min_size} is too small: every story has one article; use 2 or more",
                detail={"name": name, "min_size": min_size},
            )
    if webhook is not None and (problem := check_webhook(webhook)) is not None:
        raise InvalidParameterError(
            f"webhook {webhook!r} of alert '{name}' is not usable: {problem}; give an "
            "http:// or https:// URL",
            detail={"name": name, "webhook": webhook},
        )
    jsonl_path = None
    if jsonl is not None:
        path = Path(jsonl).expanduser().absolute()
        if not path.parent.is_dir():
            raise InvalidParameterError(
                f"the folder of the JSONL file '{path}' does not exist; create it "
                f"(mkdir -p '{path.parent}') or give another --jsonl",
                detail={"name": name, "jsonl": str(path)},
            )
        jsonl_path = str(path)
    match = resolve_name(conn, target) if kind == "entity" and target else None
    if match is not None and not match.found and match.suggestions and not allow_unknown:
        raise NotFoundError(
            f"{match.note()} Give one of these, or add --allow-unknown to alert on "
            f"'{target}' as typed (list entities with `warta entities`)",
            detail={"name": name, "entity": target, "suggestions": list(match.suggestions)},
        )
    alert = Alert(name, kind, target, min_size, jsonl_path, webhook, now or now_utc())  # type: ignore[arg-type]
    with transaction(conn):
        if conn.execute("SELECT 1 FROM alerts WHERE name = ?", (name,)).fetchone():
            raise InvalidParameterError(
                f"an alert named '{name}' exists; remove it first (warta alerts remove "
                f"'{name}') or choose another name",
                detail={"name": name},
            )
        conn.execute(
            "INSERT INTO alerts (name, kind, target, min_size, jsonl, webhook, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name, kind, target, min_size, jsonl_path, webhook, alert.created_at),
        )
        conn.execute(
            "INSERT OR REPLACE INTO alert_state (alert, watermark, evaluated_at) "
            "VALUES (?, ?, NULL)",
            (name, _top(conn)),
        )
    return alert, match


def remove_alert(conn: sqlite3.Connection, name: str) -> None:
    """Delete the alert ``name`` and its state; its firings stay in the history.
    :class:`NotFoundError` when there is none."""
    with transaction(conn):
        gone = conn.execute("DELETE FROM alerts WHERE name = ?", (name,)).rowcount
        conn.execute("DELETE FROM alert_state WHERE alert = ?", (name,))
    if not gone:
        raise NotFoundError(
            f"no alert named '{name}' in the store; list them with warta alerts list",
            detail={"name": name},
        )


def _alert_of(row: sqlite3.Row) -> Alert:
    return Alert(
        row["name"],
        row["kind"],
        row["target"],
        row["min_size"],
        row["jsonl"],
        row["webhook"],
        row["created_at"],
    )


def _top(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0])


# --- evaluation -------------------------------------------------------------------------

# Each matcher gives the firings of one alert over articles with lo < rowid <= hi.
Matcher = Callable[[sqlite3.Connection, Alert, int, int], list[AlertFiring]]


def _query_firings(conn: sqlite3.Connection, alert: Alert, lo: int, hi: int) -> list[AlertFiring]:
    match = fts_query(alert.target or "")
    if not match:
        return []
    rows = conn.execute(
        f"""SELECT a.id, a.title,
                   snippet(articles_fts, 1, '', '', '…', {SNIPPET_TOKENS}) AS snip
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH ? AND a.rowid > ? AND a.rowid <= ?
            ORDER BY a.rowid""",
        (match, lo, hi),
    ).fetchall()
    out = []
    for r in rows:
        snip = " ".join(str(r["snip"] or "").split())
        reason = f"matches the query '{alert.target}'" + (f": {snip}" if snip else "")
        out.append(AlertFiring(alert.name, reason, r["id"], None, r["id"], r["title"]))
    return out


def _entity_firings(
    conn: sqlite3.Connection, alert: Alert, lo: int, hi: int
) -> list[AlertFiring]:
    typed = alert.target or ""
    match = resolve_name(conn, typed)
    # Unknown today: mentions with the very text typed (or an entity of that name) match.
    canonical = match.name or typed
    rows = conn.execute(
        """SELECT a.id, a.title, m.text, m.entity, m.referent
           FROM articles a JOIN mentions m ON m.article_id = a.id
           WHERE a.rowid > ? AND a.rowid <= ?
                 AND (m.entity = ? OR m.referent = ? OR (? AND m.text = ?))
           ORDER BY a.rowid, m.start""",
        (lo, hi, canonical, canonical, match.name is None, typed),
    ).fetchall()
    out: dict[str, AlertFiring] = {}
    for r in rows:
        if r["id"] in out:
            continue
        reason = f"names {canonical}"
        if r["text"] != canonical:
            reason += f" (as '{r['text']}')"
        if typed != canonical:
            reason += f"; alert on '{typed}'"
        out[r["id"]] = AlertFiring(alert.name, reason, r["id"], None, r["id"], r["title"])
    return list(out.values())


def _story_firings(conn: sqlite3.Connection, alert: Alert, lo: int, hi: int) -> list[AlertFiring]:
    threshold = alert.min_size or DEFAULT_MIN_SIZE
    new: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
    for r in conn.execute(
        "SELECT rowid, id, title, story_id FROM articles "
        "WHERE rowid > ? AND rowid <= ? AND story_id IS NOT NULL ORDER BY rowid",
        (lo, hi),
    ):
        new[r["story_id"]].append((r["rowid"], r["id"], r["title"]))
    out = []
    for story_id in sorted(new):
        row = conn.execute(
            "SELECT label, json_array_length(article_ids) AS size FROM stories WHERE id = ?",
            (story_id,),
        ).fetchone()
        if row is None:
            continue
        size, added = int(row["size"]), len(new[story_id])
        before = max(size - added, 0)
        if size < threshold or before >= size:
            continue
        if before < threshold:
            reason = f"story '{row['label']}' reached {size} articles (threshold {threshold})"
        else:
            reason = f"story '{row['label']}' grew from {before} to {size} articles"
        _, newest, title = new[story_id][-1]
        out.append(
            AlertFiring(alert.name, reason, newest, story_id, f"{story_id}@{size}", title)
        )
    return out


MATCHERS: dict[str, Matcher] = {
    "query": _query_firings,
    "entity": _entity_firings,
    "story-growth": _story_firings,
}


def evaluate_alerts(conn: sqlite3.Connection, *, now: str | None = None) -> list[AlertFiring]:
    """Evaluate every alert on the articles above its watermark; record the firings and
    advance the watermarks in one transaction. Returns the firings recorded now (a
    firing already recorded is not returned again)."""
    stamp = now or now_utc()
    fired: list[AlertFiring] = []
    with transaction(conn):
        top = _top(conn)
        alerts = conn.execute(
            "SELECT al.*, coalesce(st.watermark, 0) AS watermark FROM alerts al "
            "LEFT JOIN alert_state st ON st.alert = al.name ORDER BY al.name"
        ).fetchall()
        for row in alerts:
            alert = _alert_of(row)
            lo = int(row["watermark"])
            matcher = MATCHERS.get(alert.kind)
            candidates = matcher(conn, alert, lo, top) if matcher and top > lo else []
            for f in candidates:
                inserted = conn.execute(
                    "INSERT OR IGNORE INTO alert_firings "
                    "(alert, key, article_id, story_id, title, reason, fired_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (f.alert, f.key, f.article_id, f.story_id, f.title, f.reason, stamp),
                ).rowcount
                if inserted:
                    fired.append(
                        AlertFiring(
                            f.alert, f.reason, f.article_id, f.story_id, f.key, f.title, stamp
                        )
                    )
            conn.execute(
                "INSERT OR REPLACE INTO alert_state (alert, watermark, evaluated_at) "
                "VALUES (?, ?, ?)",
                (alert.name, max(lo, top), stamp),
            )
    return fired


# --- delivery ---------------------------------------------------------------------------

#: Seconds a run's claim on the firings it is delivering holds. A run claims its firings
#: before delivering them (two runs at once, a build and a watch, never post one firing
#: twice); a claim older than this was left by a killed run, and the next run takes the
#: firings over.
CLAIM_SECONDS = 600
#: The delivery channels an alert may have besides the store (its columns in ``alerts``).
CHANNELS = ("jsonl", "webhook")


def _due(delivery: dict[str, Any], item: dict[str, Any]) -> list[str]:
    """The channels of a firing still to deliver: never tried, or failed last time."""
    return [
        ch
        for ch in CHANNELS
        if item.get(ch) and not str(delivery.get(ch, "")).startswith("ok")
    ]


def _stale(claimed: Any, now: datetime) -> bool:
    try:
        stamp = datetime.fromisoformat(str(claimed))
    except ValueError:
        return True
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return (now - stamp).total_seconds() > CLAIM_SECONDS


def claim_pending(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Claim the firings to deliver, oldest first, in one write transaction: those never
    delivered, those with a channel that failed last time (retried now), and those a
    killed run claimed more than :data:`CLAIM_SECONDS` ago. Each comes with its alert's
    ``kind``, ``jsonl`` and ``webhook``, the article's ``url`` and ``published``, the
    ``delivery`` so far and ``due`` (the channels to deliver now)."""
    clock = datetime.now(UTC)
    out: list[dict[str, Any]] = []
    with transaction(conn):
        rows = conn.execute(
            """SELECT f.id, f.alert, f.key, f.article_id, f.story_id, f.title, f.reason,
                      f.fired_at, f.delivery, al.kind, al.jsonl, al.webhook, a.url, a.published
               FROM alert_firings f JOIN alerts al ON al.name = f.alert
               LEFT JOIN articles a ON a.id = f.article_id
               WHERE f.delivery = '{}'
                  OR json_extract(f.delivery, '$.claimed') IS NOT NULL
                  OR json_extract(f.delivery, '$.jsonl') LIKE 'failed%'
                  OR json_extract(f.delivery, '$.webhook') LIKE 'failed%'
               ORDER BY f.id"""
        ).fetchall()
        stamp = clock.isoformat(timespec="seconds")
        claims = []
        for r in rows:
            item = dict(r)
            try:
                delivery = json.loads(item.pop("delivery") or "{}")
            except json.JSONDecodeError:
                delivery = {}
            if not isinstance(delivery, dict):
                delivery = {}
            if "claimed" in delivery and not _stale(delivery["claimed"], clock):
                continue  # another run is delivering it now
            delivery.pop("claimed", None)
            item["delivery"], item["due"] = delivery, _due(delivery, item)
            out.append(item)
            claims.append((json.dumps(delivery | {"claimed": stamp}, ensure_ascii=False), r["id"]))
        conn.executemany("UPDATE alert_firings SET delivery = ? WHERE id = ?", claims)
    return out


def payload_of(item: dict[str, Any]) -> dict[str, Any]:
    """The JSON a firing is delivered as (JSONL line and webhook body)."""
    keys = ("alert", "kind", "reason", "article_id", "story_id", "title", "url", "published")
    return {k: item.get(k) for k in keys} | {"fired_at": item.get("fired_at")}


def deliver_pending(
    conn: sqlite3.Connection,
    *,
    client: httpx.Client | None = None,
    timeout: float = WEBHOOK_TIMEOUT,
) -> dict[int, dict[str, Any]]:
    """Deliver every pending firing (:func:`claim_pending`) and record the outcome;
    ``{firing id: delivery}``.

    Every firing gets ``"store": "ok"`` (the history and the web UI's alerts page); a
    JSONL file one line per firing; a webhook one POST per firing, with
    ``webhook_attempts`` counting the POSTs. A channel that failed is retried by the next
    run (a channel that succeeded is never delivered again), so a receiver that was down
    gets every firing, in order, once it is back. After a webhook fails, that alert's
    remaining firings of this run are not posted (``"failed: skipped ..."``, retried
    next run too): a receiver that is down costs one timeout per run, not one per firing.
    """
    outcome: dict[int, dict[str, Any]] = {}
    by_alert: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in claim_pending(conn):
        by_alert[item["alert"]].append(item)
    try:
        for items in by_alert.values():
            jsonl, webhook = items[0]["jsonl"], items[0]["webhook"]
            lines = [i for i in items if "jsonl" in i["due"]]
            jsonl_result = append_jsonl(jsonl, [payload_of(i) for i in lines]) if lines else None
            broken: str | None = None
            for item in items:
                delivery = dict(item["delivery"]) | {"store": "ok"}
                if jsonl_result is not None and "jsonl" in item["due"]:
                    delivery["jsonl"] = jsonl_result
                if webhook and "webhook" in item["due"]:
                    if broken is None:
                        result = post_webhook(
                            webhook, payload_of(item), client=client, timeout=timeout
                        )
                        delivery["webhook_attempts"] = int(delivery.get("webhook_attempts", 0)) + 1
                        if result.startswith("failed"):
                            broken = result
                    else:
                        result = f"failed: skipped after an earlier failure ({broken[8:]})"
                    delivery["webhook"] = result
                outcome[item["id"]] = delivery
    finally:
        # Recorded even when interrupted part-way: what was delivered is not delivered
        # again; what was not keeps its claim and is taken over once the claim is stale.
        if outcome:
            with transaction(conn):
                conn.executemany(
                    "UPDATE alert_firings SET delivery = ? WHERE id = ?",
                    [(json.dumps(d, ensure_ascii=False), i) for i, d in outcome.items()],
                )
    return outcome


def evaluate(
    conn: sqlite3.Connection,
    *,
    client: httpx.Client | None = None,
    timeout: float = WEBHOOK_TIMEOUT,
    now: str | None = None,
) -> list[AlertFiring]:
    """Evaluate every alert on an open read-write connection, record the new firings and
    deliver them (and retry earlier failed deliveries); return the new firings. What a
    watch loop calls after each build when it holds a connection; :func:`run_alerts`
    does the same given the store's path. Raises :class:`sqlite3.Error` on a store
    failure (wrap with :func:`warta.store.db.guard`); delivery failures are recorded
    with the firings, never raised."""
    fired = evaluate_alerts(conn, now=now)
    deliver_pending(conn, client=client, timeout=timeout)
    return fired


def run_alerts(
    db: str | Path,
    *,
    client: httpx.Client | None = None,
    timeout: float = WEBHOOK_TIMEOUT,
    now: str | None = None,
) -> list[AlertFiring]:
    """Evaluate every alert of the store at ``db`` on the articles added since its last
    evaluation, record and deliver the firings; return the new firings (each with
    ``alert``, ``reason``, ``article_id``, ``story_id``). Safe to call after every build
    or watch cycle: re-running without new articles fires nothing.

    ``client`` (an :class:`httpx.Client`) posts the webhooks, ``timeout`` bounds each
    POST. A SQLite failure raises :class:`~warta.errors.StoreError`; delivery failures
    are recorded with the firing, not raised.
    """
    conn = connect(db)
    try:
        with guard(db):
            fired = evaluate(conn, client=client, timeout=timeout, now=now)
    finally:
        conn.close()
    return fired
