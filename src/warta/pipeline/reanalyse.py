"""Analysing stored articles again with this release's stages (``warta reanalyse``).

The store keeps each article's cleaned text and metadata (its ``record``) and the
:data:`~warta.pipeline.local.PIPELINE_VERSION` that analysed it, not the page it came
from. A release that changes what a stage outputs bumps that version, so the articles a
store holds from an older release are *outdated*: their names, quotes, events,
relations and summaries follow the old rules, and mixed with new articles they resolve
differently (issue "A living store"). :func:`reanalyse` runs the per-article stages
(:func:`~warta.pipeline.stages.article_stages`) again on the cleaned text of each
outdated article (or of every article), batch by batch, each batch written in one
transaction, and then takes what changed into the corpus indexes.

An article whose analysis comes out as stored is only re-stamped with the new version:
it does not enter the corpus steps again, so a rule change costs the corpus work of the
articles it changes. Cleaning (title, publication date, boilerplate) needs the page
itself: ``warta build`` on the same inputs does that, since it redoes every document
stored by another version.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from warta import corpus
from warta.corpus.dates import reanchor
from warta.errors import InvalidParameterError
from warta.pipeline.local import (
    BATCH_SIZE,
    BuildReport,
    StageCallback,
    outdated_count,
)
from warta.pipeline.stages import analyze_many, article_stages
from warta.pipeline.workers import WorkerPool, default_workers
from warta.records import Article, PartialDate
from warta.serialize import article_from_json, article_to_json
from warta.store import writer
from warta.store.db import connect, store_error, transaction
from warta.versions import PIPELINE_VERSION


def reanalyse(
    db: str | Path,
    *,
    every: bool = False,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    stage: StageCallback | None = None,
) -> BuildReport:
    """Analyse the outdated articles of the store at ``db`` again (with ``every``, all
    of them); return what happened.

    ``stats``: ``articles`` looked at, ``changed`` (written with their new analysis and
    taken into the corpus steps) and ``unchanged`` (re-stamped only), then the corpus
    counters of :func:`warta.corpus.run_corpus_steps`. ``workers`` processes analyse the
    batches (default: the machine's cores) while this one writes them, in order.
    ``stage(name, done, total)`` hears ``reanalysing`` and the corpus steps. Idempotent:
    a second run finds nothing outdated. A failure keeps the batches written before it.
    """
    n_workers = default_workers() if workers is None else workers
    if n_workers < 1:
        raise InvalidParameterError(
            f"workers must be at least 1, not {n_workers}", detail={"workers": n_workers}
        )
    if batch_size < 1:
        raise InvalidParameterError(
            f"batch size must be at least 1, not {batch_size}", detail={"batch": batch_size}
        )
    report = BuildReport(str(db))
    conn = connect(db, create=False)
    try:
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        todo = total if every else outdated_count(conn)
        _say(stage, "reanalysing", 0, todo)
        batches = _stored_batches(conn, batch_size, every)
        t0 = time.perf_counter()
        for number, (stored, analysed) in enumerate(_analysed(batches, n_workers), 1):
            with transaction(conn):
                changed = _write(conn, stored, analysed)
            report.stats["articles"] += len(stored)
            report.stats["changed"] += changed
            report.stats["unchanged"] += len(stored) - changed
            _say(stage, "reanalysing", min(number * batch_size, todo), todo)
        report.seconds["reanalyse"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        similarity = corpus.story_similarity(conn)
        report.stats.update(
            corpus.run_corpus_steps(
                conn,
                report.seconds,
                embeddings=similarity == "tfidf+e5",
                stage=lambda name: _say(stage, f"corpus: {name}", 0, None),
            )
        )
        report.seconds["corpus"] += time.perf_counter() - t0
        report.similarity = corpus.story_similarity(conn)
    except sqlite3.Error as exc:
        raise store_error(exc, db) from exc
    finally:
        conn.close()
    return report


@dataclass(frozen=True, slots=True)
class _Stored:
    """A stored article as its record holds it, the publication date the corpus gave it
    (the ``published`` column: stated, or inferred when the record has none), and the
    fingerprint of the record as the stages wrote it (None in rows older than it)."""

    article: Article
    corpus_date: PartialDate | None
    analysis_hash: str | None


Stored = list[_Stored]


def _stored_batches(conn: sqlite3.Connection, size: int, every: bool) -> Iterator[Stored]:
    """The articles to analyse again, ``size`` at a time in rowid order. The cursor is
    the last rowid read, so rows re-stamped meanwhile are never read twice."""
    where = "" if every else "AND pipeline_version != ?"
    version: tuple[str, ...] = () if every else (PIPELINE_VERSION,)
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT rowid, record, published, analysis_hash FROM articles WHERE rowid > ? {where} "
            "ORDER BY rowid LIMIT ?",
            (last, *version, size),
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield [
            _Stored(article_from_json(record), PartialDate.parse(date) if date else None, key)
            for _, record, date, key in rows
        ]


def _analysed(batches: Iterator[Stored], workers: int) -> Iterator[tuple[Stored, list[Article]]]:
    """Each stored batch with its articles analysed again, in order: in ``workers``
    processes with at most ``workers + 1`` batches in flight, or in this process when
    ``workers`` is 1 or there is a single batch (starting processes would cost more)."""
    head = list(itertools.islice(batches, 2))
    batches = itertools.chain(head, batches)
    if workers == 1 or len(head) < 2:
        stages = article_stages()
        for stored in batches:
            yield stored, analyze_many([s.article for s in stored], stages)
        return
    with WorkerPool(workers) as pool:
        pending: deque[tuple[Stored, Future[list[Article]]]] = deque()
        for stored in batches:
            pending.append((stored, pool.reanalyse([s.article for s in stored])))
            if len(pending) > workers:
                yield _taken(*pending.popleft())
        while pending:
            yield _taken(*pending.popleft())


def _taken(stored: Stored, future: Future[list[Article]]) -> tuple[Stored, list[Article]]:
    return stored, WorkerPool.result_of(future, f"{len(stored)} stored articles")


def _write(conn: sqlite3.Connection, stored: Stored, analysed: Sequence[Article]) -> int:
    """Write one analysed batch (inside the caller's transaction); return how many
    articles changed.

    A changed article is written whole, as a build writes it, so the corpus steps take
    it again (the ``articles`` triggers make it pending). An unchanged one only gets the
    new version, here and in ``corpus_indexed``, and is taken out of ``corpus_pending``
    unless it was already waiting there before this run touched it.
    """
    kept = [_unchanged(old, new) for old, new in zip(stored, analysed, strict=True)]
    changed = [a for a, k in zip(analysed, kept, strict=True) if not k]
    writer.upsert_articles(conn, changed, PIPELINE_VERSION)
    same = [a.id for a, k in zip(analysed, kept, strict=True) if k]
    if not same:
        return len(changed)
    marks = ",".join("?" * len(same))
    sql = f"SELECT article_id FROM corpus_pending WHERE article_id IN ({marks})"
    waiting = {row[0] for row in conn.execute(sql, same)}
    stamped = [(PIPELINE_VERSION, i) for i in same]
    conn.executemany("UPDATE articles SET pipeline_version = ? WHERE id = ?", stamped)
    conn.executemany("UPDATE corpus_indexed SET pipeline_version = ? WHERE article_id = ?", stamped)
    conn.executemany(
        "DELETE FROM corpus_pending WHERE article_id = ?", [(i,) for i in same if i not in waiting]
    )
    return len(changed)


def _unchanged(old: _Stored, new: Article) -> bool:
    """Whether the stages gave ``new`` what they gave the stored article ``old``.

    By the fingerprint of the record as the stages wrote it. A row written before the
    fingerprint was kept is compared with its record, which the corpus steps may have
    rewritten (corpus names, time expressions resolved against an inferred date): equal
    means unchanged; a difference may be the corpus's, and then the article is taken as
    changed, which costs its corpus steps but never leaves an old analysis behind.
    """
    if old.analysis_hash is not None:
        return old.analysis_hash == writer.analysis_hash(article_to_json(new))
    if new == old.article:
        return True
    a, date = old.article, old.corpus_date
    if a.published is not None or date is None or new.timexes == a.timexes:
        return False
    return reanchor(new, date) == a


def _say(stage: StageCallback | None, name: str, done: int, total: int | None) -> None:
    if stage is not None:
        stage(name, done, total)


__all__ = ["outdated_count", "reanalyse"]
