"""The local executor: documents in, a store out, on this machine.

:func:`build` streams documents in batches through cleaning and the article stages
(:mod:`warta.pipeline.stages`), stores each batch in one transaction, then runs the
corpus-wide steps (:mod:`warta.corpus`). :func:`process_documents` is the unit of work
of every executor; the Dask engine (:mod:`warta.scale`) calls it on its shards.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from warta import corpus
from warta.analyze.embeddings import wanted
from warta.clean import article_id, clean_document, content_hash, repeated_lines
from warta.errors import EmptyInputError, WartaError
from warta.ingest import InputProblem, iter_documents
from warta.pipeline.stages import Stage, analyze, article_stages
from warta.records import Article, Provenance, RawDoc
from warta.store import stemming, vectors, writer
from warta.store.db import connect, store_error, transaction

#: Bump when a stage changes its output: stored articles of an older version are redone.
PIPELINE_VERSION = "1"
BATCH_SIZE = 500

#: ``stage(name, done, total)``: the step a build is in and how far it got (``total`` is
#: None while unknown). Names: ``reading``, ``storing``, ``stems``, ``embeddings``, then
#: ``corpus: <step>`` (the steps of :func:`warta.corpus.run_corpus_steps`).
StageCallback = Callable[[str, int, "int | None"], None]


def process(
    text: str,
    url: str | None = None,
    *,
    title: str | None = None,
    published: str | None = None,
    html: bool | None = None,
) -> Article:
    """Clean and analyse one document held in memory (no store involved).

    ``html`` forces the format; by default a text starting with markup is HTML.
    """
    if html is None:
        head = text[:2048].lstrip().lower()
        html = head.startswith(("<!doctype html", "<html")) or "<body" in head
    raw = RawDoc(
        Provenance(url or "<memory>", url=url),
        text,
        "html" if html else "text",
        url=url,
        title=title,
        published=published,
    )
    return analyze(clean_document(raw), article_stages())


@dataclass
class BuildReport:
    """What a build did: counters, per-stage seconds and the problems met."""

    db: str
    stats: Counter[str] = field(default_factory=Counter)
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    problems: list[InputProblem] = field(default_factory=list)
    #: What the stories were clustered with: ``"tfidf"`` or ``"tfidf+e5"``.
    similarity: str | None = None

    @property
    def ok(self) -> bool:
        """False only when nothing at all could be read from the inputs."""
        return self.stats["documents"] > 0 or not self.problems

    def to_dict(self) -> dict[str, object]:
        return {
            "db": self.db,
            "stats": dict(self.stats),
            "similarity": self.similarity,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "problems": [
                {"where": p.where, "code": p.error.code, "message": p.error.message}
                for p in self.problems
            ],
        }


def batches(
    items: Iterable[RawDoc | InputProblem], size: int
) -> Iterator[list[RawDoc | InputProblem]]:
    """Consecutive lists of ``size`` items (documents and problems both count).

    Every executor cuts batches the same way, because the cleaner's repetition feature
    looks across one batch.
    """
    batch: list[RawDoc | InputProblem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(
    inputs: Sequence[str],
    db: str | Path = "warta.db",
    *,
    stdin: IO[bytes] | None = None,
    progress: Callable[[int], None] | None = None,
    batch_size: int = BATCH_SIZE,
    embeddings: bool | None = None,
    embed_progress: Callable[[int, int], None] | None = None,
    stage: StageCallback | None = None,
) -> BuildReport:
    """Read ``inputs`` into the store at ``db``; return what happened.

    Idempotent: unchanged documents are skipped, and the corpus steps are recomputed
    from the whole store, so re-running on the same inputs changes nothing.
    ``embeddings`` (default: on when the ``embeddings`` extra is installed, see
    :func:`warta.analyze.embeddings.wanted`) fills the store's e5 index for new and
    changed articles, which story clustering and semantic search then use;
    ``embed_progress(done, total)`` follows it. ``stage`` hears of each step as it starts
    and of its progress (:data:`StageCallback`). A SQLite failure (a full disk, a
    damaged store) raises :class:`~warta.errors.StoreError`; the batches stored before
    it are kept.
    """

    def step(name: str, done: int = 0, total: int | None = None) -> None:
        if stage is not None:
            stage(name, done, total)

    def embedded(done: int, total: int) -> None:
        step("embeddings", done, total)
        if embed_progress is not None:
            embed_progress(done, total)

    use_embeddings = wanted(embeddings)  # before any work: a missing extra fails fast
    report = BuildReport(str(db))
    stages = article_stages()
    conn = connect(db)
    try:
        with transaction(conn):
            run_id = writer.start_run(conn, inputs)
        stored = writer.stored_versions(conn)
        items = iter_documents(inputs, stdin)
        read = 0  # documents (and problems) of the batches done

        def reading(n: int) -> None:
            step("reading", read + n)

        step("reading", read)
        started = time.perf_counter()
        for batch in batches(items, batch_size):
            report.seconds["ingest"] += time.perf_counter() - started
            articles = _process_batch(batch, stored, stages, report, reading)
            read += len(batch)
            step("storing", read)
            t0 = time.perf_counter()
            with transaction(conn):
                writer.upsert_articles(conn, articles, PIPELINE_VERSION)
                for problem in (p for p in batch if isinstance(p, InputProblem)):
                    writer.add_problem(
                        conn, run_id, problem.where, problem.error.code, problem.error.message
                    )
            report.seconds["store"] += time.perf_counter() - t0
            if progress:
                progress(len(batch))
            step("reading", read)
            started = time.perf_counter()
        t0 = time.perf_counter()
        step("stems")
        report.stats["stemmed"] = stemming.fill_stems(  # new and changed articles only
            conn, lambda done, total: step("stems", done, total)
        )
        report.seconds["stems"] += time.perf_counter() - t0
        if use_embeddings:
            t0 = time.perf_counter()
            step("embeddings")
            report.stats["embedded"] = vectors.update_embeddings(conn, embedded)
            report.seconds["embeddings"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        corpus_stats = corpus.run_corpus_steps(
            conn,
            report.seconds,
            embeddings=use_embeddings,
            stage=lambda name: step(f"corpus: {name}"),
        )
        report.stats.update(corpus_stats)
        report.seconds["corpus"] += time.perf_counter() - t0
        report.similarity = corpus.story_similarity(conn)
        with transaction(conn):
            writer.finish_run(conn, run_id, report.to_dict())
    except sqlite3.Error as exc:
        raise store_error(exc, db) from exc
    finally:
        conn.close()
    return report


def process_documents(
    docs: Sequence[RawDoc],
    stages: Sequence[Stage],
    *,
    skip: Callable[[RawDoc], bool] | None = None,
    stats: Counter[str] | None = None,
    seconds: MutableMapping[str, float] | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[Article], list[InputProblem]]:
    """Clean and analyse a batch of documents: the unit of work of every executor.

    Pure apart from counting: no store, no files. ``skip`` says which documents are
    already done (the local build skips unchanged ones). Lines repeated across the batch
    feed the cleaner's repetition feature, so a batch should hold documents from the
    same crawl. ``progress(n)`` hears how many documents are done before each one.
    """
    stats = stats if stats is not None else Counter()
    seconds = seconds if seconds is not None else defaultdict(float)
    t0 = time.perf_counter()
    repeated = repeated_lines(d.content for d in docs if d.format == "text")
    seconds["clean"] += time.perf_counter() - t0
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for done, doc in enumerate(docs):
        if progress is not None:
            progress(done)
        stats["documents"] += 1
        if skip is not None and skip(doc):
            stats["unchanged"] += 1
            continue
        t0 = time.perf_counter()
        try:
            article = clean_document(doc, repeated=repeated)
        except WartaError as exc:
            problems.append(InputProblem(doc.provenance.locator(), exc))
            stats[f"failed.{exc.code}"] += 1
            continue
        finally:
            seconds["clean"] += time.perf_counter() - t0
        if not article.text.strip():
            stats["dropped.no-article-text"] += 1
            problems.append(_no_article_text(doc, article))
            continue
        articles.append(analyze(article, stages, seconds))
    return articles, problems


def _no_article_text(doc: RawDoc, article: Article) -> InputProblem:
    """The problem line of a document whose every line was page chrome."""
    where = doc.provenance.locator()
    reasons = Counter(r.reason for r in article.removed).most_common(4)
    removed = ", ".join(f"{reason} ×{n}" for reason, n in reasons) or "nothing"
    return InputProblem(
        where,
        EmptyInputError(
            f"{where}: no article text: every line was page chrome (removed: {removed}); "
            "skipped; check that it is a news article page",
            detail={"where": where, "removed": dict(reasons)},
        ),
    )


def _process_batch(
    batch: list[RawDoc | InputProblem],
    stored: dict[str, tuple[str, str]],
    stages: Sequence[Stage],
    report: BuildReport,
    progress: Callable[[int], None] | None = None,
) -> list[Article]:

    for p in batch:
        if isinstance(p, InputProblem):
            report.problems.append(p)
            report.stats[f"failed.{p.error.code}"] += 1

    def unchanged(doc: RawDoc) -> bool:
        key = article_id(doc.provenance.locator())
        return stored.get(key) == (content_hash(doc), PIPELINE_VERSION)

    docs = [d for d in batch if isinstance(d, RawDoc)]
    articles, problems = process_documents(
        docs, stages, skip=unchanged, stats=report.stats, seconds=report.seconds,
        progress=progress,
    )
    report.problems.extend(problems)
    for article in articles:
        report.stats["new" if article.id not in stored else "updated"] += 1
        stored[article.id] = (article.content_hash, PIPELINE_VERSION)
    return articles
