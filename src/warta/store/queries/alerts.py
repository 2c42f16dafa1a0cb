"""The read layer, alerts: the alerts defined on a store and what they fired.

Alerts are written by :mod:`warta.monitor.alerts`; these reads are what the CLI
(``warta alerts list|history``), the REST API (``/api/v1/alerts``) and the web UI's
alerts page show.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from warta.store.queries.articles import check_page


def list_alerts(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every alert by name, with its watermark (the highest article rowid evaluated),
    when it was last evaluated, and how many times it fired."""
    rows = conn.execute(
        """SELECT al.name, al.kind, al.target, al.min_size, al.jsonl, al.webhook,
                  al.created_at, st.watermark, st.evaluated_at,
                  (SELECT count(*) FROM alert_firings f WHERE f.alert = al.name) AS firings
           FROM alerts al LEFT JOIN alert_state st ON st.alert = al.name
           ORDER BY al.name"""
    )
    return [dict(r) for r in rows]


def get_alert(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """One alert as :func:`list_alerts` gives it, or None."""
    return next((a for a in list_alerts(conn) if a["name"] == name), None)


def list_firings(
    conn: sqlite3.Connection, *, alert: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Firings, newest first: ``alert``, ``reason``, ``article_id``, ``story_id``,
    ``title``, ``fired_at``, ``delivery`` and the article's ``published`` and ``url``.

    ``delivery`` is the outcome per channel, e.g. ``{"store": "ok", "jsonl": "ok",
    "webhook": "failed: ...", "webhook_attempts": 2}``: empty while delivery is pending,
    with ``claimed`` while a run delivers it; a failed channel is retried by the next run.
    """
    check_page(limit, offset)
    sql = """SELECT f.id, f.alert, f.key, f.article_id, f.story_id, f.title, f.reason,
                    f.fired_at, f.delivery, a.published, a.url
             FROM alert_firings f LEFT JOIN articles a ON a.id = f.article_id"""
    params: list[Any] = []
    if alert is not None:
        sql += " WHERE f.alert = ?"
        params.append(alert)
    sql += " ORDER BY f.id DESC LIMIT ? OFFSET ?"
    out = []
    for r in conn.execute(sql, (*params, limit, offset)):
        item = dict(r)
        try:
            item["delivery"] = json.loads(item["delivery"] or "{}")
        except json.JSONDecodeError:
            item["delivery"] = {}
        out.append(item)
    return out


def count_firings(conn: sqlite3.Connection, *, alert: str | None = None) -> int:
    """How many firings :func:`list_firings` pages through."""
    if alert is None:
        return int(conn.execute("SELECT count(*) FROM alert_firings").fetchone()[0])
    row = conn.execute("SELECT count(*) FROM alert_firings WHERE alert = ?", (alert,)).fetchone()
    return int(row[0])


def count_failed(conn: sqlite3.Connection) -> int:
    """Firings of existing alerts whose last delivery failed on some channel (the next
    run retries them)."""
    row = conn.execute(
        """SELECT count(*) FROM alert_firings f JOIN alerts al ON al.name = f.alert
           WHERE json_extract(f.delivery, '$.jsonl') LIKE 'failed%'
              OR json_extract(f.delivery, '$.webhook') LIKE 'failed%'"""
    ).fetchone()
    return int(row[0])
