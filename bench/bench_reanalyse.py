"""Benchmark ``warta reanalyse`` against building the same articles again.

    python bench/bench_reanalyse.py [--data ../shared/data/indosum] [--out bench/out]
                                    [--limit N | --synthetic N] [--workers 2]
                                    [--old-src PATH [--reuse-old]]

The IndoSum dev articles are written out as page-text files (as ``bench_build.py``
writes them; with ``--synthetic N``, N articles of recombined IndoSum sentences as
``bench_build_20k.py`` makes them) and stored by an *older release*: the code at
``--old-src`` (a ``src`` folder of another revision, run through its CLI), or by default
this release with the quote stage finding nothing and another pipeline version (a rule
change that touches the articles with quotes); ``--reuse-old`` keeps the older store of an
earlier run (made with the same corpus options). Then, each in a fresh process, in
turn: ``reanalyse`` of a copy of that store, and a build of the same files from scratch
with this release.
Prints per run: wall seconds, articles/s, the peak RSS of the process and of its largest
worker, and for ``reanalyse`` how many articles changed (written and taken into the
corpus steps) and how many were only re-stamped; then whether the two stores export the
same articles and tables.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.pipeline.stores
from bench_build import DescendantPeak, write_corpus
from bench_build_20k import synthetic_articles
from tests.pipeline.stores import export_store, older_release

from warta.pipeline import build
from warta.pipeline.reanalyse import reanalyse


def _remove(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def write_synthetic(data: Path, out: Path, n: int) -> int:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for i, text in enumerate(synthetic_articles(data, n, seed=1)):
        (out / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
    return n


def old_store(corpus: Path, db: Path, old_src: Path | None) -> None:
    _remove(db)
    if old_src is None:
        with older_release():  # one process: the patch must reach the stages
            build([str(corpus)], db, embeddings=False, workers=1)
        return
    env = dict(os.environ, PYTHONPATH=str(old_src))
    cmd = [sys.executable, "-c", "from warta.cli.main import main; main()", "build"]
    subprocess.run(
        [*cmd, str(corpus), "--db", str(db), "--no-embeddings", "-q"], env=env, check=True
    )


def run_one(kind: str, corpus: Path, db: Path, workers: int) -> dict[str, Any]:
    """One timed run in this process: ``reanalyse`` of ``db`` or a fresh ``build``."""
    sampler = DescendantPeak()
    started = time.perf_counter()
    if kind == "reanalyse":
        stats = reanalyse(db, workers=workers).stats
    else:
        _remove(db)
        stats = build([str(corpus)], db, embeddings=False, workers=workers).stats
    seconds = time.perf_counter() - started
    return {
        "kind": kind,
        "seconds": seconds,
        "stats": dict(stats),
        "process_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": sampler.stop() / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--synthetic", type=int, default=None)
    parser.add_argument("--old-src", type=Path, default=None)
    parser.add_argument("--reuse-old", action="store_true")
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)  # internal
    args = parser.parse_args()

    corpus = args.out / "indosum_txt"
    dbs = {"reanalyse": args.out / "reanalysed.db", "build": args.out / "rebuilt.db"}
    if args.one is not None:
        print(json.dumps(run_one(args.one, corpus, dbs[args.one], args.workers)))
        return

    n = write_synthetic(args.data, corpus, args.synthetic) if args.synthetic else 0
    n = n or write_corpus(args.data, corpus, args.limit)
    old = args.out / "old.db"
    if not (args.reuse_old and old.exists()):
        print(f"{n} articles; storing them with the older release ...", flush=True)
        old_store(corpus, old, args.old_src)
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{old}{suffix}").exists():
            shutil.copy(f"{old}{suffix}", f"{dbs['reanalyse']}{suffix}")
    runs = []
    for kind in ("reanalyse", "build"):
        cmd = [sys.executable, __file__, "--out", str(args.out), "--one", kind]
        cmd += ["--workers", str(args.workers)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    print(f"{'':36s}{'reanalyse':>12s}{'build':>12s}")
    rows = [
        ("wall seconds", [f"{r['seconds']:.1f}" for r in runs]),
        ("articles/s", [f"{n / r['seconds']:.1f}" for r in runs]),
        ("peak RSS of the process (MB)", [f"{r['process_mb']:.0f}" for r in runs]),
        ("peak RSS of its largest worker (MB)", [f"{r['worker_mb']:.0f}" for r in runs]),
    ]
    for label, cells in rows:
        print(f"{label:36s}" + "".join(f"{c:>12s}" for c in cells))
    s = runs[0]["stats"]
    print(
        f"reanalyse: {s['changed']} changed (taken into the corpus steps), "
        f"{s['unchanged']} re-stamped only; {s.get('renamed', 0)} renamed, "
        f"{s.get('redated', 0)} re-dated, {s.get('regrouped', 0)} regrouped"
    )
    again = export_store(dbs["reanalyse"], args.out / "t1")
    fresh = export_store(dbs["build"], args.out / "t2")
    print(f"reanalysed store exports what the fresh build exports: {again == fresh}")
    if again != fresh:  # cleaning is not redone (it needs the pages): say where they differ
        fields: Counter[str] = Counter()
        ids = {a["id"]: a for a in fresh["articles"]}
        for a in again["articles"]:
            b = ids.get(a["id"], {})
            fields.update(k for k in a if a[k] != b.get(k))
        print(f"  article fields that differ (number of articles): {dict(fields)}")


if __name__ == "__main__":
    main()
