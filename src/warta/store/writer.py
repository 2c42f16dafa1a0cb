"""Writes to the store. Every function expects to run inside :func:`db.transaction`.

Upserts are keyed by article id (a hash of where the document was read from) and
skipped when the content hash and pipeline version are unchanged, so re-running a
build writes nothing new.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from warta.records import Article
from warta.serialize import article_to_json


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def stored_versions(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """``{article id: (content hash, pipeline version)}`` of the stored ``ids`` (asked per
    shard or batch, so memory does not grow with the store)."""
    sql = "SELECT id, content_hash, pipeline_version FROM articles"
    wanted = sorted(set(ids))
    out = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        rows = conn.execute(f"{sql} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        out.update({row["id"]: (row["content_hash"], row["pipeline_version"]) for row in rows})
    return out


class StoredVersions(dict[str, tuple[str, str]]):
    """``{article id: (content hash, pipeline version)}`` read from the store on demand.

    A build asks for the documents it reads, one indexed lookup each, instead of loading
    every stored id (its memory would grow with the store); what the build itself stores
    is remembered here, since the batches in flight ask before it is written.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__()
        self._conn = conn

    def get(self, key: str, default: tuple[str, str] | None = None) -> tuple[str, str] | None:  # type: ignore[override]
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        row = self._conn.execute(
            "SELECT content_hash, pipeline_version FROM articles WHERE id = ?", (key,)
        ).fetchone()
        return (row[0], row[1]) if row else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None


def upsert_articles(
    conn: sqlite3.Connection,
    articles: Sequence[Article],
    version: str,
    stems: Mapping[str, str] | None = None,
) -> None:
    """Insert or replace ``articles`` with their ``stems`` (by article id; see
    :func:`warta.store.stemming.stem_articles`). Without stems, a new article or a
    changed title or text has none (NULL until :func:`warta.store.stemming.fill_stems`
    computes them)."""
    stamp = now()
    stems = stems or {}
    # One statement for the batch: the FTS and pending-list triggers still fire row by
    # row, as they did for one statement per article.
    conn.executemany(_UPSERT_ARTICLE, [_article_row(a, version, stamp, stems) for a in articles])
    _write_new_analysis(conn, articles)


def _article_row(a: Article, version: str, stamp: str, stems: Mapping[str, str]) -> tuple[Any, ...]:
    """The values of :data:`_UPSERT_ARTICLE` for ``a``."""
    record = article_to_json(a)
    return (
        a.id, a.source, a.url, a.title, a.text,
        a.published.iso if a.published else None, a.published_evidence,
        a.page_date.iso if a.page_date else None,
        a.host_site, a.original_source, a.language, record, a.content_hash, version,
        stamp, stamp, stems.get(a.id), analysis_hash(record),
    )  # fmt: skip


_UPSERT_ARTICLE = """
    INSERT INTO articles (id, source, url, title, text, published, published_evidence,
        page_date, host_site, original_source, language, record, content_hash,
        pipeline_version, added_at, updated_at, stems, analysis_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET
        source=excluded.source, url=excluded.url, title=excluded.title,
        text=excluded.text, published=excluded.published,
        published_evidence=excluded.published_evidence, page_date=excluded.page_date,
        host_site=excluded.host_site, original_source=excluded.original_source,
        language=excluded.language, record=excluded.record,
        content_hash=excluded.content_hash, pipeline_version=excluded.pipeline_version,
        updated_at=excluded.updated_at, analysis_hash=excluded.analysis_hash,
        stems=coalesce(excluded.stems, CASE WHEN articles.title IS excluded.title
                   AND articles.text = excluded.text THEN articles.stems END)
"""


def _write_new_analysis(conn: sqlite3.Connection, articles: Sequence[Article]) -> None:
    """Replace the analysis rows of ``articles``, every table at once: the rows of
    :func:`write_analysis` for each, without a statement per article and table."""
    # An id given twice keeps its last record, as when each replaced the one before.
    latest = {a.id: a for a in articles}
    ids = list(latest)
    tables: dict[str, list[tuple[Any, ...]]] = {
        t: [] for t in ("mentions", "quotes", "events", "relations")
    }
    for a in latest.values():
        for table, rows in analysis_rows(a).items():
            tables[table] += rows
        tables["relations"] += relation_rows(a)
    for table, rows in tables.items():
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            conn.execute(
                f"DELETE FROM {table} WHERE article_id IN ({','.join('?' * len(chunk))})", chunk
            )
        if rows:
            conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)


def analysis_hash(record: str) -> str:
    """The fingerprint of an article's record as the per-article stages gave it (kept
    in ``articles.analysis_hash``: the corpus steps later rewrite the record itself)."""
    return hashlib.blake2b(record.encode(), digest_size=16).hexdigest()


def analysis_rows(a: Article) -> dict[str, list[tuple[Any, ...]]]:
    """The ``mentions``, ``quotes`` and ``events`` rows of ``a``, in table column order.

    The store writes them here and the Dask build writes the same rows as Parquet
    (:mod:`warta.scale.tables`).
    """
    return {
        "mentions": [
            (a.id, m.start, m.end, m.text, m.type, m.entity, m.referent) for m in a.mentions
        ],
        "quotes": [
            (a.id, i, q.text, q.speaker, q.speaker_role, q.kind, q.cue, q.paragraph, q.start, q.end)
            for i, q in enumerate(a.quotes)
        ],
        "events": [
            (
                a.id,
                i,
                e.date,
                e.precision,
                e.text,
                json.dumps(list(e.participants), ensure_ascii=False),
                e.expected,  # sqlite3 stores a bool as 0/1
                e.anchor,
            )
            for i, e in enumerate(a.events)
        ],
    }


def write_analysis(conn: sqlite3.Connection, a: Article, before: Article | None = None) -> None:
    """Replace the per-article analysis rows (mentions, quotes, events, relations) of
    ``a``. With ``before``, the record whose rows the store holds now, a table whose
    record field is unchanged keeps its rows (they would be written back equal)."""
    for table, rows in analysis_rows(a).items():
        if before is not None and _unchanged(table, a, before):
            continue
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (a.id,))
        if rows:
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    if before is None or not _unchanged("relations", a, before):
        write_relations(conn, a)


def _unchanged(table: str, a: Article, before: Article) -> bool:
    """Whether the rows of ``table`` are the same for ``a`` as for ``before``: each
    table's rows are made from the id and the record field of the table's name
    (:func:`analysis_rows`, :func:`write_relations`), so equal fields give equal rows.
    A corpus rename rebuilds only the records that change, so a field it left is the
    same tuple and compares at once."""
    return a.id == before.id and getattr(a, table) == getattr(before, table)


def write_relations(conn: sqlite3.Connection, a: Article) -> None:
    """Replace the relation rows of ``a`` (table ``relations``, migration 008)."""
    conn.execute("DELETE FROM relations WHERE article_id = ?", (a.id,))
    conn.executemany(
        "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        relation_rows(a),
    )


def relation_rows(a: Article) -> list[tuple[Any, ...]]:
    """The ``relations`` rows of ``a``, in table column order."""
    return [
        (a.id, i, r.source, r.action, r.cameo, r.target, r.sentence, r.start, r.end,
         r.trigger, r.date, r.date_source, r.polarity, r.modality, r.confidence,
         r.source_start, r.target_start)
        for i, r in enumerate(a.relations)
    ]  # fmt: skip


def start_run(conn: sqlite3.Connection, inputs: Sequence[str]) -> int:
    cur = conn.execute(
        "INSERT INTO build_runs(started_at, inputs) VALUES (?, ?)",
        (now(), json.dumps(list(inputs), ensure_ascii=False)),
    )
    return int(cur.lastrowid or 0)


def finish_run(conn: sqlite3.Connection, run_id: int, stats: Mapping[str, Any]) -> None:
    conn.execute(
        "UPDATE build_runs SET finished_at = ?, stats = ? WHERE id = ?",
        (now(), json.dumps(dict(stats), ensure_ascii=False), run_id),
    )


def add_problem(conn: sqlite3.Connection, run_id: int, where: str, code: str, message: str) -> None:
    conn.execute(
        "INSERT INTO problems(run_id, location, code, message) VALUES (?, ?, ?, ?)",
        (run_id, where, code, message),
    )


def update_records(
    conn: sqlite3.Connection,
    articles: Iterable[Article],
    before: Mapping[str, Article] | None = None,
) -> None:
    """Store corpus-revised analysis (e.g. corpus entity names). ``before``: the records
    stored until now, by id, when the caller has them; the analysis rows of a table are
    then rewritten only where the record's field changed (:func:`write_analysis`)."""
    for a in articles:
        conn.execute(
            "UPDATE articles SET record = ? WHERE id = ?",
            (article_to_json(a), a.id),
        )
        write_analysis(conn, a, (before or {}).get(a.id))
