"""The corpus-wide steps in order, run over the whole store after each build.

They are recomputed from the stored articles every time, so the result depends only on
what the store holds, not on the order files were added in:

1. duplicate groups (:mod:`warta.dedup`), and a copy that names its original source
   lends it to group members that do not (:mod:`warta.corpus.duplicates`);
2. (see 1);
3. entities merged across articles (:mod:`warta.corpus.entities`);
4. stories and their summaries (:mod:`warta.corpus.stories`);
5. publication dates inferred for undated articles, events re-anchored, and the
   cross-article timeline (:mod:`warta.corpus.dates`, :mod:`warta.corpus.timeline`).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Callable, MutableMapping
from typing import Any

from warta.corpus.dates import AnchorCache, infer_dates
from warta.corpus.duplicates import copies_and_passages, lend_sources
from warta.corpus.entities import resolve_entities
from warta.corpus.stories import STATE_KEY as STORY_STATE
from warta.corpus.stories import build_stories
from warta.corpus.timeline import timeline_of
from warta.errors import CorpusStepError, WartaError
from warta.serialize import article_from_dict
from warta.store import vectors, writer
from warta.store.db import transaction
from warta.store.queries import state_value


def run_corpus_steps(
    conn: sqlite3.Connection,
    seconds: MutableMapping[str, float],
    *,
    embeddings: bool = False,
    stage: Callable[[str], None] | None = None,
) -> Counter[str]:
    """Recompute the corpus-wide results in one transaction; return counters.

    With ``embeddings``, stories link on e5 vectors too when the store's embedding
    index covers every article (:mod:`warta.store.vectors`); :func:`story_similarity`
    then reads ``"tfidf+e5"``, else ``"tfidf"``. ``stage(name)`` is called as each step
    starts: ``loading``, ``duplicates``, ``entities``, ``dates/timeline``, ``stories``,
    ``saving`` (a progress display names them).

    An unexpected failure inside a step becomes :class:`CorpusStepError` naming the step:
    nothing was written by then, so the stored articles and the previous corpus results
    stand and the store stays usable.
    """
    current = ["loading"]

    def track(name: str) -> None:
        current[0] = name
        if stage is not None:
            stage(name)

    try:
        return _run_steps(conn, seconds, embeddings=embeddings, stage=track)
    except (WartaError, sqlite3.Error, KeyboardInterrupt):
        raise  # already clear (store errors are mapped by the store layer)
    except Exception as exc:
        raise CorpusStepError(
            f"the corpus step '{current[0]}' failed ({type(exc).__name__}: {exc}); the "
            "stored articles are intact and the previous duplicates, entities, timeline "
            "and stories still stand. Re-run with --debug for the traceback and report it.",
            detail={"step": current[0], "error": type(exc).__name__},
        ) from exc


def _run_steps(
    conn: sqlite3.Connection,
    seconds: MutableMapping[str, float],
    *,
    embeddings: bool,
    stage: Callable[[str], None],
) -> Counter[str]:

    step = stage
    stats: Counter[str] = Counter()
    similarity = "tfidf"
    if embeddings:
        done, total = vectors.coverage(conn)
        similarity = "tfidf+e5" if done == total else "tfidf"
        stats["embedded_articles"] = done
    signature = _store_signature(conn, similarity)
    if state_value(conn, "corpus_signature") == signature:
        # Same articles as the last run: the stored results stand; report their counts.
        stats["corpus_unchanged"] = 1
        for key, sql in (
            ("duplicate_groups", "SELECT count(DISTINCT dup_group) FROM articles"),
            ("duplicates", "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            ("entities", "SELECT count(*) FROM entities"),
            ("timeline_entries", "SELECT count(*) FROM timeline"),
            ("stories", "SELECT count(*) FROM stories"),
            ("shared_passages", "SELECT count(*) / 2 FROM passages"),
        ):
            stats[key] = int(conn.execute(sql).fetchone()[0])
        return stats
    step("loading")
    articles = [
        article_from_dict(json.loads(row["record"]))
        for row in conn.execute("SELECT record FROM articles ORDER BY id")
    ]
    t0 = time.perf_counter()
    step("duplicates")
    links, passage_links = copies_and_passages(articles)
    seconds["dedup"] += time.perf_counter() - t0
    group_of: dict[str, str | None] = {link.article_id: link.group for link in links}
    stats["duplicate_groups"] = len({link.group for link in links})
    stats["duplicates"] = sum(1 for link in links if link.relation != "canonical")
    stats["shared_passages"] = len(passage_links) // 2  # one link per direction

    t0 = time.perf_counter()
    step("entities")
    renamed, entities = resolve_entities(articles)
    by_id = {a.id: a for a in articles} | {a.id: a for a in renamed}
    articles = [by_id[a.id] for a in articles]
    seconds["entities"] += time.perf_counter() - t0
    stats["entities"] = len(entities)

    t0 = time.perf_counter()
    step("dates/timeline")
    sources = lend_sources(links, articles)
    dated, anchors = infer_dates(
        articles,
        {a.id: a.published for a in articles},
        {a.id: a.published_evidence for a in articles},
        group_of,
        _anchor_cache(conn),
    )
    timeline = timeline_of(dated, group_of)
    renamed_ids = {a.id for a in renamed}
    revised = [
        d.article for a in articles if (d := dated[a.id]).article is not a or a.id in renamed_ids
    ]
    seconds["time"] += time.perf_counter() - t0
    stats["dates_inferred"] = sum(
        1 for a in articles if a.published is None and dated[a.id].published is not None
    )
    stats["timeline_entries"] = len(timeline)

    t0 = time.perf_counter()
    step("stories")
    articles = [dated[a.id].article for a in articles]
    stories, story_of, story_state = build_stories(
        conn,
        articles,
        {k: d.published for k, d in dated.items()},
        group_of,
        vectors.load_vectors(conn) if similarity == "tfidf+e5" else None,
    )
    seconds["stories"] += time.perf_counter() - t0
    stats["stories"] = len(stories)

    fields: dict[str, dict[str, Any]] = defaultdict(dict)
    for a in articles:
        d = dated[a.id]
        fields[a.id] = {
            "published": d.published.iso if d.published else None,
            "published_evidence": d.evidence,
            "original_source": sources.get(a.id),
            "story_id": story_of.get(a.id),
        }
    step("saving")
    with transaction(conn):
        writer.write_duplicates(conn, links)
        writer.write_passages(conn, passage_links)
        writer.write_corpus_fields(conn, fields)
        writer.update_records(conn, revised)
        writer.write_timeline(conn, timeline)
        writer.write_entities(conn, entities)
        writer.write_stories(conn, stories)
        conn.execute(
            "INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", (STORY_STATE, story_state)
        )
        conn.execute(
            "INSERT OR REPLACE INTO state(key, value) VALUES ('corpus_signature', ?)",
            (signature,),
        )
        conn.execute(
            "INSERT OR REPLACE INTO state(key, value) VALUES ('story_similarity', ?)",
            (similarity,),
        )
        conn.execute(
            "INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)",
            (ANCHOR_STATE, json.dumps(anchors, ensure_ascii=False)),
        )
    return stats


#: Where the anchor cache of :func:`warta.corpus.dates.infer_dates` is kept.
ANCHOR_STATE = "anchor_cache"


def _anchor_cache(conn: sqlite3.Connection) -> AnchorCache:
    raw = state_value(conn, ANCHOR_STATE)
    try:
        loaded = json.loads(raw) if raw else {}
        return {k: (str(v[0]), v[1], str(v[2])) for k, v in loaded.items()}
    except (ValueError, TypeError, IndexError, AttributeError):
        return {}  # unreadable: every article is inferred again, as without a cache


def story_similarity(conn: sqlite3.Connection) -> str | None:
    """What the stored stories were clustered with: ``"tfidf"``, ``"tfidf+e5"`` or None."""
    return state_value(conn, "story_similarity")


#: Bump when a corpus step changes its output, so stores built before are recomputed.
CORPUS_VERSION = "4"  # 4: shared passages; average-link stories with a span bound


def _store_signature(conn: sqlite3.Connection, similarity: str) -> str:
    """A hash of every stored article's id, content hash and pipeline version, and of the
    story similarity (switching embeddings on or off re-clusters)."""
    import hashlib

    digest = hashlib.sha1(f"{CORPUS_VERSION}:{similarity}".encode())
    for row in conn.execute("SELECT id, content_hash, pipeline_version FROM articles ORDER BY id"):
        digest.update(f"{row[0]}:{row[1]}:{row[2]};".encode())
    return digest.hexdigest()
