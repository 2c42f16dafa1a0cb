"""Benchmark ``warta build`` on the IndoSum dev folds written out as page-text files.

    python bench/bench_build.py [--data ../shared/data/indosum] [--out bench/out]
                                [--limit N] [--workers 1,2]

Each distinct IndoSum article becomes one ``.txt`` file (title line, blank line,
paragraphs separated by blank lines). Then one build per ``--workers`` value, side by
side, each in a fresh Python process (so peak memory and model loading are its own),
embeddings off. Prints per build: articles/s overall, seconds per stage (summed over
the worker processes: CPU spent, not wall time), the peak resident memory of the build's
process and of its largest worker, and the time of a re-run with nothing changed; then
whether the builds' exports are identical, and the duplicate groups found (to be read by
a person: IndoSum articles are distinct, so every group must be a real copy).

Worker memory is each worker's own high-water mark (``VmHWM`` in ``/proc``), sampled
while it runs: the workers are children of multiprocessing's forkserver, not of the
build's process, so ``getrusage(RUSAGE_CHILDREN)`` never sees them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.pipeline import build
from warta.store import queries
from warta.store.db import connect
from warta_eval.indosum import load_indosum


def write_corpus(data: Path, out: Path, limit: int | None) -> int:
    docs = load_indosum(data)[:limit]
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for doc in docs:
        title = doc.url.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").strip().capitalize()
        (out / f"{doc.id[:80]}.txt").write_text(f"{title}\n\n{doc.text}\n", encoding="utf-8")
    return len(docs)


# --- one build, in its own process ------------------------------------------------------


class DescendantPeak:
    """The largest ``VmHWM`` (peak RSS, kB) of any descendant of this process, sampled
    every ``interval`` seconds in a thread until :meth:`stop`."""

    def __init__(self, interval: float = 0.1) -> None:
        self.peak_kb = 0
        self.interval = interval
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> int:
        self._done.set()
        self._thread.join()
        return self.peak_kb

    def _run(self) -> None:
        while not self._done.wait(self.interval):
            for pid in _descendants(os.getpid()):
                self.peak_kb = max(self.peak_kb, _hwm_kb(pid))


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        children = [c for c, p in parents.items() if p == pid]
        found += children
        todo += children
    return found


def _hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_one(corpus: Path, db: Path, workers: int) -> dict[str, Any]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    sampler = DescendantPeak()
    started = time.perf_counter()
    # Embeddings are measured on their own (bench/bench_semantic.py): e5 at 2-6 articles/s
    # would hide every other stage here.
    report = build([str(corpus)], db, embeddings=False, workers=workers)
    total = time.perf_counter() - started
    worker_kb = sampler.stop()
    again = time.perf_counter()
    build([str(corpus)], db, embeddings=False, workers=workers)
    rerun = time.perf_counter() - again
    return {
        "workers": workers,
        "seconds": total,
        "rerun": rerun,
        "stored": report.stats["new"],
        "problems": len(report.problems),
        "stages": dict(report.seconds),
        "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": worker_kb / 1024,
    }


# --- the comparison ----------------------------------------------------------------------


def exported(db: Path) -> list[dict[str, Any]]:
    conn = connect(db, create=False)
    try:
        return list(queries.iter_export(conn))
    finally:
        conn.close()


def print_side_by_side(n: int, runs: list[dict[str, Any]]) -> None:
    width = 14
    head = "".join(f"{'workers=' + str(r['workers']):>{width}}" for r in runs)
    stored, problems = [r["stored"] for r in runs], [r["problems"] for r in runs]
    print(f"articles: {n}; stored {stored}, problems {problems}")
    print(f"{'':30s}{head}")
    rows = [
        ("overall seconds", [f"{r['seconds']:.2f}" for r in runs]),
        ("articles/s", [f"{n / r['seconds']:.1f}" for r in runs]),
        ("peak RSS build process (MB)", [f"{r['parent_mb']:.0f}" for r in runs]),
        (
            "peak RSS largest worker (MB)",
            [f"{r['worker_mb']:.0f}" if r["worker_mb"] else "-" for r in runs],
        ),
        ("re-run, nothing changed (s)", [f"{r['rerun']:.2f}" for r in runs]),
    ]
    for label, cells in rows:
        print(f"{label:30s}" + "".join(f"{c:>{width}}" for c in cells))
    base = runs[0]["seconds"]
    print("speed-up vs first: " + ", ".join(f"{base / r['seconds']:.2f}x" for r in runs))
    print("seconds per stage (summed over processes):")
    stages = sorted(runs[0]["stages"], key=lambda s: -runs[0]["stages"][s])
    for stage in stages:
        print(
            f"  {stage:28s}" + "".join(f"{r['stages'].get(stage, 0.0):>{width}.2f}" for r in runs)
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # internal
    args = parser.parse_args()

    corpus = args.out / "indosum_txt"
    if args.one is not None:  # one build in this process: print its figures as JSON
        print(json.dumps(run_one(corpus, args.out / f"bench-w{args.one}.db", args.one)))
        return

    n = write_corpus(args.data, corpus, args.limit)
    runs = []
    for workers in (int(w) for w in args.workers.split(",")):
        cmd = [sys.executable, __file__, "--out", str(args.out), "--one", str(workers)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    print_side_by_side(n, runs)

    dbs = [args.out / f"bench-w{r['workers']}.db" for r in runs]
    first = exported(dbs[0])
    same = all(exported(db) == first for db in dbs[1:])
    print(f"exports identical across worker counts: {same}")

    conn = sqlite3.connect(dbs[0])
    groups = conn.execute(
        "SELECT dup_group, group_concat(dup_relation || ' ' || source, ' | ') FROM articles "
        "WHERE dup_group IS NOT NULL GROUP BY dup_group"
    ).fetchall()
    print(f"duplicate groups: {len(groups)}")
    for group, members in groups:
        print(f"  {group}: {members}")
    conn.close()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
