"""The Dask executor: the same per-article pipeline, one task per shard, resumable.

:func:`build_distributed` plans shards (:mod:`warta.scale.shards`), runs
:func:`run_shard` for each one as a Dask task, runs the corpus-wide duplicate step as
a distributed shuffle (:mod:`warta.scale.dedup`) and, when asked, loads the result into
a SQLite store (:mod:`warta.scale.load`). The executor knows nothing about the stages:
a shard task calls :func:`warta.pipeline.local.process_documents` with
:func:`warta.pipeline.stages.article_stages`, exactly like the local build.

Output layout (``out_dir``)::

    shards/00000/articles.parquet   id, source, ..., record (the full Article as JSON)
                 mentions.parquet quotes.parquet events.parquet problems.parquet
                 dedup.parquet      features for the duplicate step
                 stats.json         counters and per-stage seconds of this shard
                 _SUCCESS           written last (atomic rename): the shard is complete
    duplicates.parquet              article_id, group, canonical, relation, similarity
    report.json

A re-run skips shards whose ``_SUCCESS`` names the same work (fingerprint of pieces and
batch size) and redoes the others, so an interrupted build resumes without losing or
doubling anything. Dask itself is an extra, imported inside functions only.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import BackendUnavailableError, MissingExtraError
from warta.ingest import InputProblem
from warta.pipeline import BATCH_SIZE, article_stages, batches, process_documents
from warta.records import Article, RawDoc
from warta.scale.dedup import distributed_duplicates
from warta.scale.load import load_store
from warta.scale.shards import Shard, plan_shards, read_shard
from warta.scale.tables import write_duplicates_table, write_shard_tables

# Items per shard: 4 local batches. Big enough that task overhead (~1 ms) and per-file
# Parquet overhead vanish, small enough that a lost shard costs seconds to redo.
SHARD_BATCHES = 4
MARKER = "_SUCCESS"
# Articles per duplicate-step shuffle partition: ~75 keys an article, so ~1.5 M rows
# grouped in one task's memory (a few hundred MB of Python objects).
ARTICLES_PER_PARTITION = 20_000


@dataclass
class ScaleReport:
    """What a distributed build did: shards run and skipped, counters, seconds."""

    out_dir: str
    shards: int = 0
    shards_skipped: int = 0
    stats: Counter[str] = field(default_factory=Counter)
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    wall: dict[str, float] = field(default_factory=dict)
    dedup: dict[str, int] = field(default_factory=dict)
    problems: list[dict[str, str]] = field(default_factory=list)
    workers: dict[str, float] = field(default_factory=dict)  # peak RSS MB per worker
    db: str | None = None
    load: dict[str, int] = field(default_factory=dict)  # counters of the store load

    def to_dict(self) -> dict[str, Any]:
        return {
            "out_dir": self.out_dir,
            "shards": self.shards,
            "shards_skipped": self.shards_skipped,
            "stats": dict(self.stats),
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "wall": {k: round(v, 3) for k, v in self.wall.items()},
            "dedup": self.dedup,
            "problems": self.problems,
            "workers_peak_rss_mb": self.workers,
            "db": self.db,
            "load": self.load,
        }


def require_dask() -> None:
    """Raise :class:`MissingExtraError` when Dask's distributed scheduler is not installed."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise MissingExtraError.for_package("build --engine dask", "dask", "dask") from exc


def build_distributed(
    inputs: Sequence[str],
    out_dir: str | Path,
    *,
    scheduler: str | None = None,
    n_workers: int | None = None,
    db: Path | None = None,
    batch_size: int = BATCH_SIZE,
    shard_size: int | None = None,
    processes: bool = True,
    retries: int = 2,
) -> ScaleReport:
    """Build ``inputs`` into Parquet tables under ``out_dir`` on a Dask cluster.

    Connects to ``scheduler`` (``tcp://host:8786``) or starts a ``LocalCluster`` of
    ``n_workers`` single-threaded workers (default: one per core). ``db``, if given, is
    filled (or appended to) from the output and made ready to serve. Re-running skips
    finished shards. Raises :class:`MissingExtraError` without Dask and
    :class:`BackendUnavailableError` when the scheduler cannot be reached.

    >>> build_distributed(["crawl/"], "out/", db=Path("warta.db"))  # doctest: +SKIP
    """
    require_dask()
    import distributed

    # distributed ships no type hints for these constructors: held as Any.
    Client: Any = distributed.Client
    LocalCluster: Any = distributed.LocalCluster

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = ScaleReport(str(out))
    t0 = time.perf_counter()
    shards, problems = plan_shards(
        inputs, batch_size=batch_size, shard_size=shard_size or SHARD_BATCHES * batch_size
    )
    report.wall["plan"] = time.perf_counter() - t0
    report.shards = len(shards)
    (out / "plan.json").write_text(
        json.dumps([s.to_dict() for s in shards], ensure_ascii=False), encoding="utf-8"
    )
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=processes,
            # A free port: the default 8787 may be taken (by another build), and the
            # scheduler then warns and leaks the socket it tried.
            dashboard_address=":0",
        )
    try:
        try:
            client = Client(cluster if cluster is not None else scheduler, timeout="20s")
        except OSError as exc:
            raise BackendUnavailableError(
                f"cannot reach the Dask scheduler at '{scheduler}' ({exc}); start one with "
                "'dask scheduler' or leave out --scheduler to run on this machine",
                detail={"scheduler": scheduler},
            ) from exc
        with client:
            _run(client, shards, out, report, retries)
            report.workers = {addr: round(mb, 1) for addr, mb in client.run(_peak_rss_mb).items()}
    finally:
        if cluster is not None:
            cluster.close()
    if not shards:  # otherwise the first shard reports them, where the local build does
        report.problems = [
            {"where": p.where, "code": p.error.code, "message": p.error.message} for p in problems
        ]
    if db is not None:
        t0 = time.perf_counter()
        report.load = dict(load_store(out, db, inputs=inputs))
        report.wall["load"] = time.perf_counter() - t0
        report.db = str(db)
    (out / "report.json").write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")
    return report


def _run(client: Any, shards: list[Shard], out: Path, report: ScaleReport, retries: int) -> None:

    t0 = time.perf_counter()
    futures = [
        client.submit(
            run_shard,
            s.to_dict(),
            str(out),
            key=f"shard-{s.name}-{uuid.uuid4().hex[:8]}",
            retries=retries,
        )
        for s in shards
    ]
    for result in client.gather(futures):
        report.shards_skipped += int(result["skipped"])
        report.stats.update(result["stats"])
        for name, secs in result["seconds"].items():
            report.seconds[name] += secs
        report.problems.extend(result["problems"])
    report.wall["shards"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    features = [str(shard_dir(out, s) / "dedup.parquet") for s in shards]
    threads = sum(client.nthreads().values()) or 1
    parts = max(
        min(len(shards), 2 * threads), -(-report.stats["articles"] // ARTICLES_PER_PARTITION)
    )
    links, dedup_stats = distributed_duplicates(client, features, out / "_dedup_work", parts)
    write_duplicates_table(links, out / "duplicates.parquet")
    shutil.rmtree(out / "_dedup_work", ignore_errors=True)
    report.dedup = dedup_stats
    report.stats["duplicate_groups"] = dedup_stats["duplicate_groups"]
    report.stats["duplicates"] = dedup_stats["duplicates"]
    report.wall["dedup"] = time.perf_counter() - t0


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shard_dir(out: Path, shard: Shard) -> Path:
    return out / "shards" / shard.name


def is_done(out: Path, shard: Shard) -> bool:
    """True when the shard's marker exists and names the same work."""
    marker = shard_dir(out, shard) / MARKER
    try:
        return bool(
            json.loads(marker.read_text(encoding="utf-8"))["fingerprint"] == shard.fingerprint()
        )
    except (OSError, ValueError, KeyError):
        return False


def run_shard(shard_data: dict[str, Any], out_dir: str) -> dict[str, Any]:
    """Process one shard into its folder; the unit of work of the Dask executor.

    Idempotent: returns the stored stats (``skipped: True``) when the shard is already
    complete; otherwise clears any partial output, writes every table, then the stats
    and, last, the ``_SUCCESS`` marker (written to a temporary name and renamed, so it
    exists only when everything before it does).
    """
    shard = Shard.from_dict(shard_data)
    out = Path(out_dir)
    folder = shard_dir(out, shard)
    if is_done(out, shard):
        saved = json.loads((folder / "stats.json").read_text(encoding="utf-8"))
        return {**saved, "skipped": True}
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)

    cpu = time.thread_time()  # CPU of this task alone: a rate per core, whatever the load
    stages = article_stages()
    stats: Counter[str] = Counter()
    seconds: defaultdict[str, float] = defaultdict(float)
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for batch in batches(read_shard(shard), shard.batch_size):
        for p in batch:
            if isinstance(p, InputProblem):
                problems.append(p)
                stats[f"failed.{p.error.code}"] += 1
        docs = [d for d in batch if isinstance(d, RawDoc)]
        done, failed = process_documents(docs, stages, stats=stats, seconds=seconds)
        articles.extend(done)
        problems.extend(failed)
    stats["articles"] += len(articles)
    t0 = time.perf_counter()
    write_shard_tables(folder, articles, problems)
    seconds["write"] += time.perf_counter() - t0
    seconds["cpu"] += time.thread_time() - cpu
    result = {
        "shard": shard.name,
        "stats": dict(stats),
        "seconds": dict(seconds),
        "problems": [
            {"where": p.where, "code": p.error.code, "message": p.error.message} for p in problems
        ],
    }
    (folder / "stats.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    tmp = folder / f"{MARKER}.tmp"
    tmp.write_text(json.dumps({"fingerprint": shard.fingerprint()}), encoding="utf-8")
    os.replace(tmp, folder / MARKER)
    return {**result, "skipped": False}
