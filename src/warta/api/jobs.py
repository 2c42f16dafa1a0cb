"""The upload queue: ``POST /api/v1/documents`` stores the upload and returns a job; one
thread feeds the jobs to one writer process (pipeline, store, corpus step); readers
never wait for it.

An upload costs a pipeline run per article plus a corpus step over the whole store
(tens of seconds on a store of 2,000 articles). Run in the request, it held the request
that long, held the lock every new reader took to open its connection, and held the
GIL the readers needed. Now the request only writes the upload to disk
(:class:`JobStore`: a folder next to the store, ``<store>.uploads/``, one ``<job>.json``
and one ``<job>.body`` per job, each written to a temporary file, synced and renamed,
so a crash leaves either the old file or the new one) and answers ``202`` with the
job's status URL. :class:`UploadQueue` runs one thread that takes the queued jobs in
order (up to :data:`BATCH_JOBS` at a time) and has one child process (:func:`run_batch`)
analyse each upload, store the articles in one transaction and run the corpus step once
for the batch. Readers use their own read-only connections to the WAL store, in the
server process: a write blocks neither their connections nor their interpreter.

Jobs go ``queued`` → ``running`` → ``done`` (with the report the synchronous upload used
to answer) or ``failed`` (with the error, in the API's error shape). Stopping the server
lets the running batch finish; queued jobs stay on disk and run when a server starts
on the store again, as do jobs a killed server left ``running`` (storing is idempotent).
One server per store: two servers on one store would both take its queued jobs.
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
import os
import re
import secrets
import signal
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from warta.api import documents
from warta.corpus.steps import run_corpus_steps
from warta.errors import InternalError, NotFoundError, RateLimitedError, StoreError, WartaError
from warta.pipeline import PIPELINE_VERSION
from warta.records import Article
from warta.store.db import connect, transaction
from warta.store.writer import upsert_articles

log = logging.getLogger("warta.api.jobs")

#: Jobs waiting at most: 100 uploads of at most 5 MiB is 500 MiB of disk at worst. More
#: get 429 (retry later) rather than a queue that grows without bound.
MAX_QUEUED = 100
#: Jobs taken together: their articles are stored in one transaction and share one
#: corpus step (the costly part), so a burst of uploads costs little more than one.
BATCH_JOBS = 20
#: Finished jobs whose status is kept (the oldest are forgotten first).
KEEP_FINISHED = 1000
#: Seconds a client is told to wait when the queue is full.
RETRY_FULL = 30
JOB_ID = re.compile(r"[0-9a-f]{24}")
ACTIVE = ("queued", "running")

CorpusStep = Callable[..., Any]


def jobs_dir(db: Path) -> Path:
    """The folder holding the upload queue of the store at ``db``."""
    return db.with_name(db.name + ".uploads")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


class JobStore:
    """Jobs on disk: ``<id>.json`` (status, times, result) and ``<id>.body`` (the upload).

    Ids sort in submission order (nanosecond clock, then 8 random hex digits).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()

    def create(self, data: bytes, meta: dict[str, Any]) -> dict[str, Any]:
        try:
            self.folder.mkdir(exist_ok=True)
            job_id = f"{time.time_ns():016x}{secrets.token_hex(4)}"
            _write_atomic(self.folder / f"{job_id}.body", data)
            job = {
                "id": job_id,
                "status": "queued",
                "created": _now(),
                "started": None,
                "finished": None,
                "bytes": len(data),
                **meta,
                "result": None,
                "error": None,
            }
            self._save(job)
        except OSError as exc:
            raise StoreError(
                f"cannot queue the upload in {self.folder.name}/ next to the store "
                f"({exc.strerror or exc}); the store's folder must be writable to take uploads",
                detail={},
            ) from exc
        return job

    def _save(self, job: dict[str, Any]) -> None:
        data = json.dumps(job, ensure_ascii=False).encode()
        with self._lock:
            _write_atomic(self.folder / f"{job['id']}.json", data)

    def load(self, job_id: str) -> dict[str, Any]:
        """The job ``job_id`` (:class:`NotFoundError` when there is none)."""
        path = self.folder / f"{job_id}.json"
        try:
            if JOB_ID.fullmatch(job_id):
                return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
        except (OSError, ValueError):
            pass
        raise NotFoundError(
            f"no upload job '{job_id}'; POST /api/v1/documents answers with the job's "
            f"status URL (the last {KEEP_FINISHED} finished jobs are kept)",
            detail={"job": job_id},
        )

    def update(self, job_id: str, **fields: Any) -> dict[str, Any]:
        job = self.load(job_id) | fields
        self._save(job)
        return job

    def body(self, job_id: str) -> bytes:
        return (self.folder / f"{job_id}.body").read_bytes()

    def drop_body(self, job_id: str) -> None:
        (self.folder / f"{job_id}.body").unlink(missing_ok=True)

    def ids(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.json") if JOB_ID.fullmatch(p.stem))

    def active(self) -> list[str]:
        """Ids of the jobs not finished (queued, or running when a server stopped)."""
        out = []
        for job_id in self.ids():
            try:
                if self.load(job_id)["status"] in ACTIVE:
                    out.append(job_id)
            except NotFoundError:
                continue
        return out

    def prune(self, keep: int = KEEP_FINISHED) -> None:
        """Forget the oldest finished jobs beyond ``keep`` (checked when there are 10%
        more, so that a busy queue does not re-read every status after each batch)."""
        ids = self.ids()
        if len(ids) <= keep + keep // 10:
            return
        finished = []
        for job_id in ids:
            try:
                if self.load(job_id)["status"] not in ACTIVE:
                    finished.append(job_id)
            except NotFoundError:
                continue
        for job_id in finished[: max(0, len(finished) - keep)]:
            (self.folder / f"{job_id}.json").unlink(missing_ok=True)
            self.drop_body(job_id)


@dataclass
class _Work:
    """One job of a batch once analysed: what to store and report."""

    job_id: str
    articles: list[Article]
    problems: list[WartaError]
    documents: int


def run_batch(db: str, folder: str, batch: list[str], corpus_step: CorpusStep) -> None:
    """Process the jobs ``batch`` of the queue in ``folder`` into the store at ``db``:
    analyse each upload, store every article in one transaction, run ``corpus_step``
    once, and record each job's result or error. Runs in the writer process.
    """
    store = JobStore(Path(folder))
    work: list[_Work] = []
    for job_id in batch:
        job = store.update(job_id, status="running", started=_now())
        try:
            docs, problems = documents.to_docs(
                store.body(job_id),
                job["kind"],
                job["name"],
                url=job.get("url"),
                title=job.get("title"),
            )
            articles, problems = documents.analyse(docs, problems)
            work.append(_Work(job_id, articles, problems, len(docs) + len(problems)))
        except WartaError as exc:
            _fail(store, job_id, exc)
        except Exception:
            log.exception("upload job %s failed", job_id)
            _fail(store, job_id, _internal())
    if not work:
        return
    conn = connect(db, create=False)
    try:
        try:
            with transaction(conn):
                upsert_articles(conn, [a for w in work for a in w.articles], PIPELINE_VERSION)
        except WartaError as exc:
            for w in work:
                _fail(store, w.job_id, exc)
            return
        try:
            corpus_step(conn, defaultdict(float))
        except Exception as exc:
            log.exception("the corpus step after uploads %s failed", batch)
            error = exc if isinstance(exc, WartaError) else _internal()
            for w in work:
                _fail(store, w.job_id, error, stored=True)
            return
        for w in work:
            result = documents.report(conn, w.articles, w.problems, w.documents)
            store.update(w.job_id, status="done", finished=_now(), result=result)
            store.drop_body(w.job_id)
    finally:
        conn.close()


def _fail(store: JobStore, job_id: str, exc: WartaError, *, stored: bool = False) -> None:
    error = exc.to_dict()
    if stored:
        error["message"] = (
            "the articles were stored, but the corpus step (duplicates, entities, "
            "stories, timeline) failed: " + error["message"]
        )
    try:
        store.update(job_id, status="failed", finished=_now(), error=error)
        store.drop_body(job_id)
    except (OSError, NotFoundError):
        log.exception("cannot record the failure of upload job %s", job_id)


def _internal(why: str = "while processing the upload") -> InternalError:
    return InternalError(
        f"an unexpected error happened {why}; the server log has the details", detail={}
    )


#: Niceness added to the writer process: on a busy machine, reads come first.
WRITER_NICENESS = 10


def _writer_process_init() -> None:
    # Ctrl-C is for the server: it stops taking jobs and waits for the running batch,
    # which must not die half-way (its transaction would roll back and the batch rerun).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(WRITER_NICENESS)


class UploadQueue:
    """The queue of upload jobs, and the one thread that hands them to the writer.

    The work itself (pipeline, store, corpus step: CPU-bound Python) runs in one child
    process, started on the first batch and reused, so it never holds the server's GIL:
    reads keep their speed while an upload is written.
    """

    def __init__(self, store: JobStore, db: Path) -> None:
        self.store = store
        self.db = db
        #: The corpus step run after each batch: a module-level function (or a partial
        #: of one), since it runs in the writer process; tests pass a slow one.
        self.corpus_step: CorpusStep = run_corpus_steps
        self._pending: deque[str] = deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._stopping = False
        self._loaded = False

    def start(self) -> None:
        """Start the queue's thread (once), first queueing the jobs found on disk."""
        with self._cond:
            if self._thread is not None and self._thread.is_alive():
                return
            self._stopping = False
            self._load()
            self._thread = threading.Thread(target=self._run, name="warta-uploads", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        known = set(self._pending)
        for job_id in self.store.active():
            if job_id not in known:
                self._pending.append(job_id)
        self._pending = deque(sorted(self._pending))

    def stop(self, timeout: float | None = None) -> None:
        """Let the running batch finish, then stop; queued jobs stay on disk."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
        with self._cond:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)

    def submit(self, data: bytes, meta: dict[str, Any]) -> dict[str, Any]:
        """Store an upload as a queued job and wake the writer; 429 when the queue is full."""
        with self._cond:
            self._load()
            if len(self._pending) >= MAX_QUEUED:
                raise RateLimitedError(
                    f"the upload queue is full ({len(self._pending)} uploads waiting); retry "
                    f"in {RETRY_FULL} s, or build large corpora with: warta build INPUT... --db DB",
                    detail={"retry_after": RETRY_FULL, "queued": len(self._pending)},
                )
            job = self.store.create(data, meta)
            self._pending.append(job["id"])
            self._cond.notify_all()
        self.start()
        return job

    def status(self, job_id: str) -> dict[str, Any]:
        """The job as the API shows it, with its place in the queue while it waits."""
        job = self.store.load(job_id)
        with self._cond:
            position = list(self._pending).index(job_id) + 1 if job_id in self._pending else None
        job["position"] = position if job["status"] == "queued" else None
        return job

    def queued(self) -> int:
        with self._cond:
            return len(self._pending)

    # --- the queue's thread ---------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                batch = [self._pending[i] for i in range(min(BATCH_JOBS, len(self._pending)))]
            try:
                self._pool_for_batch().submit(
                    run_batch, str(self.db), str(self.store.folder), batch, self.corpus_step
                ).result()
            except BrokenProcessPool:
                with self._cond:
                    self._pool = None
                    stopping = self._stopping
                if stopping:  # killed with the server: the jobs run again at the next start
                    return
                log.error("the upload writer process died during uploads %s", batch)
                for job_id in batch:
                    _fail(self.store, job_id, _internal("(the writer process died)"))
            except Exception:  # never let the queue die: the next batch may be fine
                log.exception("upload batch %s failed", ", ".join(batch))
                for job_id in batch:
                    _fail(self.store, job_id, _internal())
            with self._cond:
                for job_id in batch:
                    if job_id in self._pending:
                        self._pending.remove(job_id)
            try:
                self.store.prune()
            except OSError:
                log.exception("cannot prune finished upload jobs")

    def _pool_for_batch(self) -> ProcessPoolExecutor:
        with self._cond:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_writer_process_init,
                )
            return self._pool
