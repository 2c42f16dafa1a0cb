"""The incremental corpus step: what a build adds to the store's corpus-wide indexes.

Each stored article enters the corpus indexes once per version of it. New and changed
articles wait in ``corpus_pending`` (filled by triggers on ``articles``, migration 012);
:func:`run_corpus_steps` takes them in batches of :data:`BATCH` and runs, per batch and
in one transaction, the five updates of the :mod:`warta.corpus` package:

1. duplicate groups and shared passages (:mod:`warta.corpus.duplicates`);
2. the entity registry (:mod:`warta.corpus.entities`);
3. publication dates inferred from the text and from dated copies
   (:mod:`warta.corpus.dates`);
4. the cross-article timeline (:mod:`warta.corpus.timeline`);
5. stories (:mod:`warta.corpus.stories`).

Each update reads by key what the batch can touch (candidates, the groups and entities
they belong to), never the whole store, so a batch costs what it adds and the memory of
a build depends on the batch size, not on the store. Each module's docstring says why
its result equals a whole-store computation, and where it legitimately does not.

A step's result feeds the next: the ids whose duplicate group changed, whose entity
names changed or whose date changed are passed on, so the later steps revise them too.
When :data:`CORPUS_VERSION` or the story similarity (TF-IDF, or TF-IDF and e5) changes,
every index is emptied and all articles are taken again, batch by batch.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, MutableMapping, Sequence

from warta.corpus import dates, duplicates, entities, stories, timeline
from warta.errors import CorpusStepError, WartaError
from warta.store import vectors
from warta.store.db import transaction
from warta.store.queries import state_value

#: Articles per corpus batch: the unit of memory and of one transaction.
BATCH = 500
#: The store's totals a build reports, each read from an index, never from every
#: article row (tests/corpus/test_totals.py checks the query plans).
TOTALS = {
    "duplicate_groups": "SELECT count(DISTINCT dup_group) FROM articles",
    "duplicates": "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL",
    "entities": "SELECT count(*) FROM entities",
    "timeline_entries": "SELECT count(*) FROM timeline",
    "stories": "SELECT count(*) FROM stories",
    "shared_passages": "SELECT count(*) / 2 FROM passages",
}

#: Bump when a corpus step changes its output, so stores built before are re-indexed.
CORPUS_VERSION = "8"  # 5: incremental indexes (migration 012 and after); 6: timeline heads;
# 7: an undated article meets the dated events by its entities' names too (date_words);
# 8: a person's one-word mentions count among his short forms (crossdoc.ref_facts), so
# the registry's counted facts of every indexed article change

_MODULES = (duplicates, entities, dates, timeline, stories)


def run_corpus_steps(
    conn: sqlite3.Connection,
    seconds: MutableMapping[str, float],
    *,
    embeddings: bool = False,
    stage: Callable[[str], None] | None = None,
    batch_size: int = BATCH,
) -> Counter[str]:
    """Take the pending articles into the corpus indexes, batch by batch; return counters:
    those of :func:`index_pending`, ``corpus_unchanged`` when it had nothing to do, and
    the store's totals (``duplicate_groups``, ``duplicates``, ``entities``,
    ``timeline_entries``, ``stories``, ``shared_passages``)."""
    stats = index_pending(conn, seconds, embeddings=embeddings, stage=stage, batch_size=batch_size)
    if not stats["indexed"]:
        stats["corpus_unchanged"] = 1
    for key, sql in TOTALS.items():
        stats[key] = int(conn.execute(sql).fetchone()[0])
    return stats


def index_pending(
    conn: sqlite3.Connection,
    seconds: MutableMapping[str, float],
    *,
    embeddings: bool = False,
    stage: Callable[[str], None] | None = None,
    batch_size: int = BATCH,
) -> Counter[str]:
    """Take the pending articles into the corpus indexes, batch by batch; return counters
    of what changed: ``indexed`` articles, and the earlier ones ``regrouped``,
    ``renamed`` and ``redated`` because of them.

    With ``embeddings``, stories link on e5 vectors too when the store's embedding index
    covers every article (:mod:`warta.store.vectors`); :func:`story_similarity` then
    reads ``"tfidf+e5"``, else ``"tfidf"``. ``stage(name)`` is called as each step
    starts: ``duplicates``, ``entities``, ``dates/timeline``, ``stories`` (a progress
    display names them). Taking the articles in several calls (as they are stored) or
    in one gives the same indexes.

    Each batch is one transaction: an unexpected failure inside a step becomes
    :class:`CorpusStepError` naming the step, the batch is rolled back, and the batches
    before it stay; its articles stay pending, so the next build takes them again.
    """
    current = ["duplicates"]

    def track(name: str) -> None:
        current[0] = name
        if stage is not None:
            stage(name)

    try:
        return _run_steps(conn, seconds, embeddings=embeddings, stage=track, size=batch_size)
    except (WartaError, sqlite3.Error, KeyboardInterrupt):
        raise  # already clear (store errors are mapped by the store layer)
    except Exception as exc:
        raise CorpusStepError(
            f"the corpus step '{current[0]}' failed ({type(exc).__name__}: {exc}); the "
            "stored articles are intact, and the duplicates, entities, timeline and "
            "stories of the batches before it stand; the rest stay pending. Re-run with "
            "--debug for the traceback and report it.",
            detail={"step": current[0], "error": type(exc).__name__},
        ) from exc


def _run_steps(
    conn: sqlite3.Connection,
    seconds: MutableMapping[str, float],
    *,
    embeddings: bool,
    stage: Callable[[str], None],
    size: int,
) -> Counter[str]:
    stats: Counter[str] = Counter()
    similarity = "tfidf"
    if embeddings:
        done, total = vectors.coverage(conn)
        similarity = "tfidf+e5" if done == total else "tfidf"
        stats["embedded_articles"] = done
    if _outdated(conn, similarity):
        # One transaction for the whole re-index: should a batch fail, the previous
        # results stand whole (SQLite keeps the pending writes on disk, not in memory).
        with transaction(conn):
            _reindex(conn, similarity)
            while batch := _pending(conn, size):
                _run_batch(conn, batch, seconds, stats, similarity=similarity, stage=stage)
    if state_value(conn, "story_rules") != stories.RULES:
        with transaction(conn):
            _restory(conn, size, seconds, embeddings=similarity == "tfidf+e5", stage=stage)
    while batch := _pending(conn, size):
        with transaction(conn):
            _run_batch(conn, batch, seconds, stats, similarity=similarity, stage=stage)
    return stats


def _restory(
    conn: sqlite3.Connection,
    size: int,
    seconds: MutableMapping[str, float],
    *,
    embeddings: bool,
    stage: Callable[[str], None],
) -> None:
    """Cluster the indexed articles' stories again under this release's rules
    (:data:`warta.corpus.stories.RULES`), ``size`` articles at a time, as a build would
    have; the other indexes stay (inside the caller's transaction)."""
    stage("stories")
    t0 = time.perf_counter()
    stories.clear_index(conn)
    ids = [r[0] for r in conn.execute("SELECT article_id FROM corpus_indexed ORDER BY 1")]
    for i in range(0, len(ids), size):
        stories.update_stories(conn, ids[i : i + size], (), embeddings=embeddings)
    conn.execute(
        "INSERT OR REPLACE INTO state(key, value) VALUES ('story_rules', ?)", (stories.RULES,)
    )
    seconds["stories"] += time.perf_counter() - t0


def _run_batch(
    conn: sqlite3.Connection,
    batch: Sequence[str],
    seconds: MutableMapping[str, float],
    stats: Counter[str],
    *,
    similarity: str,
    stage: Callable[[str], None],
) -> None:
    """Index one batch of pending articles (inside the caller's transaction)."""

    def timed(name: str, key: str) -> Callable[[], None]:
        stage(name)
        t0 = time.perf_counter()

        def done() -> None:
            seconds[key] += time.perf_counter() - t0

        return done

    marks = ",".join("?" * len(batch))
    removed = [
        row[0]
        for row in conn.execute(
            f"SELECT article_id FROM corpus_indexed WHERE article_id IN ({marks})", batch
        )
    ]
    added = [
        row[0] for row in conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", batch)
    ]
    done = timed("duplicates", "dedup")
    regrouped = duplicates.update_duplicates(conn, added, removed)
    done()
    done = timed("entities", "entities")
    renamed = entities.update_entities(conn, added, removed)
    done()
    done = timed("dates/timeline", "time")
    redated = dates.update_dates(conn, set(added) | regrouped | renamed, removed)
    timeline.update_timeline(conn, redated | regrouped | renamed, removed, regrouped=regrouped)
    done()
    done = timed("stories", "stories")
    stories.update_stories(
        conn,
        set(added) | regrouped | renamed | redated,
        removed,
        embeddings=similarity == "tfidf+e5",
    )
    done()
    conn.executemany(
        "INSERT OR REPLACE INTO corpus_indexed "
        "SELECT id, content_hash, pipeline_version FROM articles WHERE id = ?",
        [(a,) for a in added],
    )
    conn.execute(
        f"DELETE FROM corpus_indexed WHERE article_id IN ({marks}) "
        f"AND article_id NOT IN (SELECT id FROM articles WHERE id IN ({marks}))",
        [*batch, *batch],
    )
    conn.execute(f"DELETE FROM corpus_pending WHERE article_id IN ({marks})", batch)
    stats["indexed"] += len(added)
    stats["regrouped"] += len(regrouped - set(added))
    stats["renamed"] += len(renamed - set(added))
    stats["redated"] += len(redated - set(added))


def _pending(conn: sqlite3.Connection, size: int) -> list[str]:
    """The next ``size`` pending article ids, in id order."""
    rows = conn.execute(
        "SELECT article_id FROM corpus_pending ORDER BY article_id LIMIT ?", (size,)
    )
    return [row[0] for row in rows]


def _outdated(conn: sqlite3.Connection, similarity: str) -> bool:
    """Whether the indexes were built with another corpus version or story similarity."""
    return state_value(conn, "corpus_index") != f"{CORPUS_VERSION}:{similarity}"


def _reindex(conn: sqlite3.Connection, similarity: str) -> None:
    """Empty every index and make every article pending (inside a transaction)."""
    for module in _MODULES:
        module.clear_index(conn)
    conn.execute("DELETE FROM corpus_indexed")
    conn.execute(
        "INSERT INTO corpus_pending SELECT id FROM articles "
        "WHERE id NOT IN (SELECT article_id FROM corpus_pending)"
    )
    for key, value in (
        ("corpus_index", f"{CORPUS_VERSION}:{similarity}"),
        ("story_similarity", similarity),
        ("story_rules", stories.RULES),  # the stories are clustered again below anyway
    ):
        conn.execute("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", (key, value))


def story_similarity(conn: sqlite3.Connection) -> str | None:
    """What the stored stories were clustered with: ``"tfidf"``, ``"tfidf+e5"`` or None."""
    return state_value(conn, "story_similarity")
