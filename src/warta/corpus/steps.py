"""The incremental corpus step: what a build adds to the store's corpus-wide indexes.

Each stored article enters the corpus indexes once per version of it. New and changed
articles wait in ``corpus_pending`` (filled by triggers on ``articles``, migration 012);
:func:`run_corpus_steps` takes them in batches of :data:`BATCH`, up to :data:`GROUP`
batches per transaction, and runs the five updates of the :mod:`warta.corpus` package:

1. duplicate groups and shared passages (:mod:`warta.corpus.duplicates`);
2. the entity registry (:mod:`warta.corpus.entities`);
3. publication dates inferred from the text and from dated copies
   (:mod:`warta.corpus.dates`);
4. the cross-article timeline (:mod:`warta.corpus.timeline`);
5. stories (:mod:`warta.corpus.stories`).

The entity registry takes a group's batches first (:func:`_run_group`), so an article
whose names a later batch of the group re-points goes through the later steps once. That
is when many articles wait: a store re-indexed, a build with e5 (its corpus steps wait for
the vectors), ``warta reanalyse``. A build without e5 takes each stored batch while the
workers analyse the next, one batch per call: deferring them to group them saved CPU but
cost wall time on two cores (docs/speed.md).

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

#: Articles per corpus batch: the unit of memory.
BATCH = 500
#: Batches taken in one transaction, entity registry first (see :func:`_run_group`).
GROUP = 20
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
    starts: ``entities`` (a group's batches first), then per batch ``duplicates``,
    ``dates/timeline``, ``stories`` (a progress display names them). Taking the
    articles in several calls (as they are stored) or in one gives the same indexes.

    Each group of up to :data:`GROUP` batches is one transaction: an unexpected failure
    inside a step becomes :class:`CorpusStepError` naming the step, the group is rolled
    back, and the groups before it stay; its articles stay pending, so the next build
    takes them again.
    """
    current = ["entities"]

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
            "stories of the batch groups before it stand; the rest stay pending. Re-run with "
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
            while group := _pending_group(conn, size):
                _run_group(conn, group, seconds, stats, similarity=similarity, stage=stage)
    if state_value(conn, "story_rules") != stories.RULES:
        with transaction(conn):
            _restory(conn, size, seconds, embeddings=similarity == "tfidf+e5", stage=stage)
    while group := _pending_group(conn, size):
        with transaction(conn):
            _run_group(conn, group, seconds, stats, similarity=similarity, stage=stage)
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


def _run_group(
    conn: sqlite3.Connection,
    batches: Sequence[Sequence[str]],
    seconds: MutableMapping[str, float],
    stats: Counter[str],
    *,
    similarity: str,
    stage: Callable[[str], None],
) -> None:
    """Index a group of pending batches (inside the caller's transaction).

    The entity registry takes every batch of the group first, and the articles it
    re-points are renamed once, after the last batch; then each batch goes through
    duplicates, dates, timeline and stories. An article of the group whose names a later
    batch re-points is thus renamed, dated and clustered once, with its final names,
    instead of once per batch (in a build from nothing, about half the articles of the
    earlier batches are re-pointed by later ones). The entity step reads no other
    step's tables, and the later steps read the names of the articles they index only,
    so the indexes come out as batch by batch.
    """

    def timed(name: str, key: str) -> Callable[[], None]:
        stage(name)
        t0 = time.perf_counter()

        def done() -> None:
            seconds[key] += time.perf_counter() - t0

        return done

    parts = [_added_removed(conn, batch) for batch in batches]
    done = timed("entities", "entities")
    candidates: set[str] = set()
    local: set[str] = set()  # records that still hold their local names: read once
    for added, removed in parts:
        candidates |= entities.update_entities(conn, added, removed, rename=False, local=local)
    renamed = entities.rename_articles(conn, candidates, local)
    done()
    group_ids = {a for batch in batches for a in batch}
    earlier = sorted(renamed - group_ids)  # indexed before this group: revised here
    size = len(batches[0])  # revised a batch at a time, as the group's own articles
    for i in range(0, len(earlier), size):
        _later_steps(conn, set(earlier[i : i + size]), [], set(), seconds,
                     similarity=similarity, timed=timed)  # fmt: skip
    for batch, (added, removed) in zip(batches, parts, strict=True):
        done = timed("duplicates", "dedup")
        regrouped = duplicates.update_duplicates(conn, added, removed)
        done()
        redated = _later_steps(conn, set(added) | regrouped, removed, regrouped, seconds,
                               similarity=similarity, timed=timed)  # fmt: skip
        _mark_indexed(conn, batch, added)
        stats["regrouped"] += len(regrouped - set(added))
        stats["redated"] += len(redated - set(added))
        stats["indexed"] += len(added)
    stats["renamed"] += len(earlier)


def _added_removed(conn: sqlite3.Connection, batch: Sequence[str]) -> tuple[list[str], list[str]]:
    """The ids of ``batch`` stored now (added) and those indexed before (removed)."""
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
    return added, removed


def _later_steps(
    conn: sqlite3.Connection,
    ids: set[str],
    removed: Sequence[str],
    regrouped: set[str],
    seconds: MutableMapping[str, float],
    *,
    similarity: str,
    timed: Callable[[str, str], Callable[[], None]],
) -> set[str]:
    """Dates, timeline and stories for ``ids`` (added, regrouped or renamed) and
    ``removed``; return the ids whose date changed."""
    done = timed("dates/timeline", "time")
    redated = dates.update_dates(conn, ids, removed)
    timeline.update_timeline(conn, redated | ids, removed, regrouped=regrouped)
    done()
    done = timed("stories", "stories")
    stories.update_stories(conn, ids | redated, removed, embeddings=similarity == "tfidf+e5")
    done()
    return redated


def _mark_indexed(conn: sqlite3.Connection, batch: Sequence[str], added: Sequence[str]) -> None:
    """Record ``batch`` as indexed (the stored ones) and no longer pending."""
    marks = ",".join("?" * len(batch))
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


def _pending_group(conn: sqlite3.Connection, size: int) -> list[list[str]]:
    """The next :data:`GROUP` batches of ``size`` pending article ids, in id order."""
    rows = conn.execute(
        "SELECT article_id FROM corpus_pending ORDER BY article_id LIMIT ?", (size * GROUP,)
    )
    ids = [row[0] for row in rows]
    return [ids[i : i + size] for i in range(0, len(ids), size)]


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
