"""Benchmark ``warta build`` with e5 embeddings on: articles/s and e5's share of the build.

    python bench/bench_embed_build.py [--limit 200] [--batch-size 50] [--workers 2]
                                      [--previous DIR] [--data ../shared/data/indosum]

IndoSum articles are written out as page-text files (as ``bench/bench_build.py`` does),
then built, each build in a fresh Python process (its own peak memory and model loads):

- ``off``: embeddings off, the reference for e5's share;
- ``on``: embeddings on, this release: the worker processes embed the stored articles
  while the next batches are analysed (with one batch, or ``--workers 1``, the build's
  process embeds after storing, as before);
- ``later+embed``: ``--embeddings later``, then ``warta embed`` (in one process);
- ``on (previous)``: embeddings on with ``--previous`` (another release's ``src/``, e.g.
  ``git archive HEAD src | tar -x -C /tmp/prev``), which embeds in the build's process
  after every batch is stored.

Prints per build: seconds, articles/s, e5's share of the wall time (the seconds a build
takes beyond the ``off`` build, over its own seconds), the e5 seconds the build counted
(summed over the worker processes on workers: CPU spent, not wall time), peak resident
memory of the build's process and of its largest worker; then whether every build with
vectors stored the same vectors, byte for byte. ``--batch-size`` is small by default so
that 200 articles make several batches (at the default 500 they would be one batch,
analysed and embedded in the build's process).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_build: corpus, memory
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
from bench_build import DescendantPeak, write_corpus

MODES = ("off", "on", "later+embed")


def _fresh(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def run_one(corpus: Path, db: Path, mode: str, workers: int, batch_size: int) -> dict[str, Any]:
    """One build in this process; its figures."""
    from warta.pipeline import build
    from warta.store import vectors
    from warta.store.db import connect

    _fresh(db)
    sampler = DescendantPeak()
    started = time.perf_counter()
    embed_seconds = 0.0
    if mode == "later+embed":
        report = build([str(corpus)], db, embeddings="later", workers=workers,
                       batch_size=batch_size)  # fmt: skip
        t0 = time.perf_counter()
        conn = connect(db, create=False)
        try:  # what `warta embed` runs (its re-clustering is left out: the build did it)
            vectors.update_embeddings(conn)
        finally:
            conn.close()
        embed_seconds = time.perf_counter() - t0
    else:
        report = build([str(corpus)], db, embeddings=mode == "on", workers=workers,
                       batch_size=batch_size)  # fmt: skip
        embed_seconds = report.seconds.get("embeddings", 0.0)
    total = time.perf_counter() - started
    return {
        "mode": mode,
        "seconds": total,
        "stored": report.stats["new"],
        "embed_seconds": embed_seconds,
        "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": sampler.stop() / 1024,
        "threads": os.environ.get("OMP_NUM_THREADS", ""),
    }


def stored_vectors(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT article_id, content_hash, vector FROM embeddings ORDER BY article_id"
        ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--out", type=Path, default=Path("bench/out/embed"))
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--previous", type=Path, default=None, help="another release's src/")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)  # internal
    parser.add_argument("--db", type=Path, default=None, help=argparse.SUPPRESS)  # internal
    args = parser.parse_args()

    corpus = args.out / "indosum_txt"
    if args.one is not None:  # one build in this process: print its figures as JSON
        figures = run_one(corpus, args.db, args.one, args.workers, args.batch_size)
        print(json.dumps(figures))
        return

    n = write_corpus(args.data, corpus, args.limit)
    runs: list[tuple[str, Path, dict[str, Any]]] = []
    plan = [(mode, mode, None) for mode in args.modes.split(",")]
    if args.previous is not None:
        plan.append(("on (previous)", "on", args.previous))
    for label, mode, src in plan:
        db = args.out / f"{label.replace(' ', '_').strip('()')}.db"
        cmd = [sys.executable, __file__, "--out", str(args.out), "--one", mode, "--db", str(db),
               "--workers", str(args.workers), "--batch-size", str(args.batch_size)]  # fmt: skip
        env = dict(os.environ)
        if src is not None:
            env["PYTHONPATH"] = os.pathsep.join([str(src.resolve()), env.get("PYTHONPATH", "")])
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
        runs.append((label, db, json.loads(out.strip().splitlines()[-1])))
        print(f"  {label}: {runs[-1][2]['seconds']:.1f} s", file=sys.stderr, flush=True)

    off = next((r for label, _db, r in runs if label == "off"), None)
    print(f"articles: {n}; batches of {args.batch_size}; workers: {args.workers}")
    print(f"{'build':16s}{'seconds':>9s}{'art/s':>8s}{'e5 share':>10s}{'e5 s':>8s}"
          f"{'build MB':>10s}{'worker MB':>11s}")  # fmt: skip
    for label, _db, r in runs:
        share = "-" if off is None or label == "off" else f"{1 - off['seconds'] / r['seconds']:.0%}"
        worker = f"{r['worker_mb']:.0f}" if r["worker_mb"] else "-"
        print(f"{label:16s}{r['seconds']:9.1f}{n / r['seconds']:8.2f}{share:>10s}"
              f"{r['embed_seconds']:8.1f}{r['parent_mb']:10.0f}{worker:>11s}")  # fmt: skip
    with_vectors = [(label, stored_vectors(db)) for label, db, _r in runs if label != "off"]
    if with_vectors:
        first = with_vectors[0][1]
        same = all(v == first for _label, v in with_vectors[1:])
        print(f"vectors: {len(first)} per build; identical across builds: {same}")


if __name__ == "__main__":
    main()
