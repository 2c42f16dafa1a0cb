"""Corpus-wide stories: articles clustered into events, each with a label and a summary.

The story index (:class:`warta.analyze.stories.StoryIndex`) is kept in the store's
``state`` table between builds, so a build that adds articles only adds them to the
index; the index then re-links all its articles, which makes adding one by one give
the same stories as one batch. When stored articles changed or disappeared, the index
is rebuilt from scratch, as it is when the similarity changes (e5 vectors for every
article, or TF-IDF alone).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from warta.analyze.stories import StoryIndex, StoryInput
from warta.analyze.summarize import summarize_story
from warta.errors import InvalidParameterError, MissingExtraError
from warta.records import Article, PartialDate, Story

STATE_KEY = "story_index"
STORY_SUMMARY_SENTENCES = 5


def _fingerprint(article: Article) -> str:
    return hashlib.sha1(f"{article.id}:{article.content_hash}".encode()).hexdigest()[:12]


def build_stories(
    conn: sqlite3.Connection,
    articles: Sequence[Article],
    published: Mapping[str, PartialDate | None],
    group_of: Mapping[str, str | None],
    vectors: Mapping[str, Iterable[float]] | None = None,
) -> tuple[list[Story], dict[str, str], str]:
    """Stories, the story id of every article, and the index state to store.

    With ``vectors`` (an e5 vector for every article) stories link on TF-IDF and e5;
    without, on TF-IDF alone.
    """
    index = _load_index(conn, articles, embeddings=vectors is not None)

    def meta(a: Article) -> tuple[str | None, tuple[str, ...], str | None]:
        date = published.get(a.id)
        names = tuple(sorted({e.name for e in a.entities if e.type in ("PER", "ORG")}))
        return (date.iso if date else None), names, group_of.get(a.id)

    # New articles, and known ones whose date (inferred since), entities or duplicate
    # group changed: the index then holds what a fresh batch would.
    stale = [a for a in articles if index.known(a.id) != meta(a)]
    if stale:
        index.add(
            StoryInput(
                article_id=a.id,
                title=a.title,
                text=a.text,
                date=meta(a)[0],
                entities=meta(a)[1],
                dup_group=meta(a)[2],
                source=a.host_site or a.original_source or a.source,
                embedding=None if vectors is None else tuple(map(float, vectors[a.id])),
            )
            for a in sorted(stale, key=lambda x: x.id)
        )
    by_id = {a.id: a for a in articles}
    stories = []
    for story in index.stories():
        members = [by_id[i] for i in story.article_ids if i in by_id]
        canonical = [
            a
            for a in members
            if group_of.get(a.id) is None
            or a.id == min(m.id for m in members if group_of.get(m.id) == group_of.get(a.id))
        ]
        if len(canonical) > 1:

            summary = summarize_story(
                [(a.id, a.text) for a in canonical], max_sentences=STORY_SUMMARY_SENTENCES
            )
        else:
            summary = canonical[0].summary if canonical else ()
        stories.append(replace(story, summary=summary))
    state = index.to_json()
    fingerprints = ",".join(sorted(_fingerprint(a) for a in articles))
    return stories, index.assignment(), f"{fingerprints}\n{state}"


def _load_index(
    conn: sqlite3.Connection, articles: Sequence[Article], *, embeddings: bool
) -> StoryIndex:
    """The stored index if every article it holds is still stored unchanged and it used
    the same similarity, else a new one."""
    row = conn.execute("SELECT value FROM state WHERE key = ?", (STATE_KEY,)).fetchone()
    if row is None:
        return StoryIndex(embeddings=embeddings)
    fingerprints, _, state = str(row[0]).partition("\n")
    current = {_fingerprint(a) for a in articles}
    if not set(filter(None, fingerprints.split(","))) <= current:
        return StoryIndex(embeddings=embeddings)  # an article changed or was removed
    try:
        index = StoryIndex.from_json(state)
    except (InvalidParameterError, MissingExtraError):  # older warta, or e5 gone: rebuild
        return StoryIndex(embeddings=embeddings)
    return index if index.embeddings == embeddings else StoryIndex(embeddings=embeddings)
