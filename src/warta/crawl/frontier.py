"""The crawl's tables in the store (migration ``006_crawl``): sources, frontier, settings.

The frontier holds one row per normalised article URL. Its ``status`` moves

    new ──fetch──▶ archived ──build──▶ stored ──revisit──▶ unchanged (304 / same bytes)
      └─▶ error (retried with backoff until ``max_attempts``, then ``failed``)
      └─▶ disallowed (robots.txt) · skipped (not HTML, too large) · alias (a redirect
          target fetched under another URL)

``archived`` rows have their page in a WARC file but not yet in the store: the next
cycle builds them first, so a crawl killed between fetching and building loses nothing.
``next_fetch`` (Unix seconds) says when a row is due; NULL means never again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from warta.crawl.discover import KINDS, Link, SourceKind
from warta.errors import InvalidParameterError, NotFoundError
from warta.store.db import transaction

#: Statuses a due row may have (the others are final or wait for the build).
FETCHABLE = ("new", "error", "stored", "unchanged")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Source:
    """A polled source (a row of ``sources``)."""

    id: int
    url: str
    name: str | None
    kind: SourceKind
    added_at: str
    interval: float | None
    next_fetch: float
    last_fetch: str | None
    status: str | None
    error: str | None
    attempts: int
    etag: str | None
    last_modified: str | None
    found: int

    def to_dict(self) -> dict[str, object]:
        return {f: getattr(self, f) for f in self.__slots__}


@dataclass(frozen=True, slots=True)
class Entry:
    """A frontier row that is due for fetching."""

    url: str
    source_id: int | None
    status: str
    attempts: int
    etag: str | None
    last_modified: str | None
    content_sha1: str | None
    final_url: str | None = None  # where the last fetch was redirected, if anywhere


# -- settings ---------------------------------------------------------------------------


def get_setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM crawl_settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO crawl_settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


# -- sources ----------------------------------------------------------------------------


def add_source(
    conn: sqlite3.Connection,
    url: str,
    kind: SourceKind,
    *,
    name: str | None = None,
    interval: float | None = None,
) -> Source:
    """Add (or, for a URL already there, rename / re-kind) a source; return it."""
    if kind not in KINDS:
        raise InvalidParameterError(
            f"unknown source kind '{kind}'; use one of {', '.join(KINDS)}",
            detail={"kind": kind, "allowed": list(KINDS)},
        )
    with transaction(conn):
        conn.execute(
            "INSERT INTO sources(url, name, kind, added_at, interval) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, "
            "name = COALESCE(excluded.name, sources.name), "
            "interval = COALESCE(excluded.interval, sources.interval)",
            (url, name, kind, now_iso(), interval),
        )
    return find_source(conn, url)


def list_sources(conn: sqlite3.Connection) -> list[Source]:
    return [_source(row) for row in conn.execute("SELECT * FROM sources ORDER BY id")]


def find_source(conn: sqlite3.Connection, key: str) -> Source:
    """The source whose id, URL or name is ``key``; NotFoundError otherwise."""
    rows = conn.execute(
        "SELECT * FROM sources WHERE CAST(id AS TEXT) = ? OR url = ? OR name = ? ORDER BY id",
        (key, key, key),
    ).fetchall()
    if not rows:
        raise NotFoundError(
            f"no source '{key}'; give its id, URL or name as `warta sources list` shows them",
            detail={"source": key},
        )
    return _source(rows[0])


def remove_source(conn: sqlite3.Connection, key: str) -> Source:
    """Remove a source. Its frontier rows and stored articles stay (they are history);
    URLs not fetched yet are dropped."""
    source = find_source(conn, key)
    with transaction(conn):
        conn.execute("DELETE FROM sources WHERE id = ?", (source.id,))
        conn.execute(
            "DELETE FROM frontier WHERE source_id = ? AND status = 'new'", (source.id,)
        )
    return source


def due_sources(conn: sqlite3.Connection, at: float) -> list[Source]:
    rows = conn.execute(
        "SELECT * FROM sources WHERE next_fetch <= ? ORDER BY next_fetch, id", (at,)
    )
    return [_source(row) for row in rows]


def source_fetched(
    conn: sqlite3.Connection,
    source: Source,
    *,
    status: str,
    next_fetch: float,
    error: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    found: int = 0,
) -> None:
    """Record a poll of ``source``; validators are kept when the answer gave none."""
    failed = error is not None
    with transaction(conn):
        conn.execute(
            "UPDATE sources SET last_fetch = ?, status = ?, error = ?, next_fetch = ?, "
            "attempts = CASE WHEN ? THEN attempts + 1 ELSE 0 END, "
            "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
            "found = found + ? WHERE id = ?",
            (now_iso(), status, error, next_fetch, failed, etag, last_modified, found, source.id),
        )


def _source(row: sqlite3.Row) -> Source:
    return Source(**{k: row[k] for k in row.keys()})  # noqa: SIM118 (sqlite3.Row)


# -- validators of non-article URLs (sub-sitemaps) --------------------------------------


def validators(conn: sqlite3.Connection, url: str) -> tuple[str | None, str | None]:
    row = conn.execute(
        "SELECT etag, last_modified FROM crawl_validators WHERE url = ?", (url,)
    ).fetchone()
    return (None, None) if row is None else (row[0], row[1])


def set_validators(
    conn: sqlite3.Connection, url: str, etag: str | None, last_modified: str | None
) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO crawl_validators(url, etag, last_modified, checked_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
            "last_modified = excluded.last_modified, checked_at = excluded.checked_at",
            (url, etag, last_modified, now_iso()),
        )


def set_sitemaps(conn: sqlite3.Connection, source_id: int, urls: list[str]) -> None:
    """Record the sitemaps a source's sitemap index named (replacing the last list)."""
    with transaction(conn):
        conn.execute("DELETE FROM source_sitemaps WHERE source_id = ?", (source_id,))
        conn.executemany(
            "INSERT OR IGNORE INTO source_sitemaps(source_id, url) VALUES (?, ?)",
            [(source_id, url) for url in urls],
        )


def sitemaps(conn: sqlite3.Connection, source_id: int) -> list[str]:
    """The sitemaps the source's index named at its last full answer."""
    rows = conn.execute(
        "SELECT url FROM source_sitemaps WHERE source_id = ? ORDER BY url", (source_id,)
    )
    return [str(row[0]) for row in rows]


# -- frontier ---------------------------------------------------------------------------


def enqueue(
    conn: sqlite3.Connection, links: Iterable[Link], source_id: int | None, at: float
) -> int:
    """Add article URLs (already normalised); return how many were new.

    A URL already known only gets its ``last_seen`` moved: it is never fetched twice
    because a second source (or a tracking-parameter variant) names it again.
    """
    stamp = now_iso()
    before = conn.total_changes
    with transaction(conn):
        for link in links:
            conn.execute(
                "INSERT INTO frontier(url, source_id, status, first_seen, last_seen, "
                "next_fetch, title, published) VALUES (?, ?, 'new', ?, ?, ?, ?, ?) "
                "ON CONFLICT(url) DO NOTHING",
                (link.url, source_id, stamp, stamp, at, link.title, link.published),
            )
        inserted = conn.total_changes - before
        conn.executemany(
            "UPDATE frontier SET last_seen = ? WHERE url = ? AND first_seen != ?",
            [(stamp, link.url, stamp) for link in links],
        )
    return inserted


def due(conn: sqlite3.Connection, at: float, limit: int) -> list[Entry]:
    """Rows due at ``at``, oldest due first, new URLs before revisits."""
    rows = conn.execute(
        "SELECT url, source_id, status, attempts, etag, last_modified, content_sha1, "
        "final_url FROM frontier WHERE next_fetch IS NOT NULL AND next_fetch <= ? "
        f"AND status IN ({', '.join('?' * len(FETCHABLE))}) "
        "ORDER BY status != 'new', next_fetch LIMIT ?",
        (at, *FETCHABLE, limit),
    )
    return [Entry(*row) for row in rows]


def update(conn: sqlite3.Connection, url: str, **fields: object) -> None:
    """Set columns of one frontier row (no transaction: callers batch them)."""
    names = ", ".join(f"{name} = ?" for name in fields)
    conn.execute(f"UPDATE frontier SET {names} WHERE url = ?", (*fields.values(), url))


def archived(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Rows whose page is in a WARC file but not yet built into the store."""
    return conn.execute(
        "SELECT url, warc_file, warc_offset FROM frontier WHERE status = 'archived' "
        "ORDER BY warc_file, warc_offset"
    ).fetchall()


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """``{status: rows}`` of the frontier."""
    return {
        str(row[0]): int(row[1])
        for row in conn.execute("SELECT status, COUNT(*) FROM frontier GROUP BY status")
    }
