"""The corpus step of a whole build: every article indexed from nothing, timed (issue 15).

    python bench/bench_corpus_step.py [--store bench/out/corpus-step/base.db]
        [--data ../shared/data/indosum] [--limit N] [--src SRC ...]

The store is built once from the IndoSum dev folds (``bench_build.write_corpus``,
embeddings off) and kept. Then, for each ``--src`` tree (a checkout's ``src`` folder;
default: this one), in a fresh process each, a copy of the store has its corpus indexes
emptied and every article taken again, as a build from nothing does. Prints per tree:
wall and CPU seconds, peak resident memory, the seconds of each step, the earlier
articles renamed and re-dated, and a digest of every corpus result (articles' records,
dates and groups; entities, aliases, timeline, stories, mentions, quotes, events,
shared passages; rows compared as sets), so two releases can be shown to give the same
store. Give two ``--src`` to compare a previous release side by side.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))  # warta_eval: IndoSum

#: Run in a fresh process with the tree to time first on sys.path.
CHILD = r"""
import hashlib, json, resource, sqlite3, sys, time
from collections import Counter
sys.path.insert(0, sys.argv[1])
src, dst = sys.argv[2], sys.argv[3]
with sqlite3.connect(src) as s, sqlite3.connect(dst) as d:
    s.backup(d)
import warta
from warta.store.db import connect
from warta.corpus.steps import run_corpus_steps
conn = connect(dst, create=False)
conn.execute("DELETE FROM state WHERE key = 'corpus_index'")  # re-index everything
conn.commit()
seconds = Counter()
t0, c0 = time.perf_counter(), time.process_time()
stats = run_corpus_steps(conn, seconds)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
tables = {
    "articles": "SELECT id, record, published, dup_group, duplicate_of FROM articles",
    **{t: f"SELECT * FROM {t}" for t in (
        "entities", "aliases", "timeline", "stories", "mentions", "quotes", "events",
        "passages")},
}
digest = {}
for name, sql in tables.items():
    digest[name] = hashlib.sha256(
        "\n".join(sorted(repr(tuple(row)) for row in conn.execute(sql))).encode()
    ).hexdigest()[:16]
print(json.dumps({
    "code": warta.__file__, "wall": wall, "cpu": cpu,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "steps": dict(seconds),
    "earlier": {k: stats.get(k, 0) for k in ("renamed", "redated", "regrouped")},
    "digest": digest,
}))
"""


def base_store(store: Path, data: Path, limit: int | None) -> None:
    """Build the IndoSum store once (kept between runs)."""
    if store.exists():
        return
    from bench_build import write_corpus

    from warta.pipeline import build

    store.parent.mkdir(parents=True, exist_ok=True)
    pages = store.parent / "pages"
    write_corpus(data, pages, limit)
    build([str(pages)], store, embeddings=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, default=ROOT / "bench/out/corpus-step/base.db")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/indosum")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--src", action="append", type=Path, default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    base_store(args.store, args.data, args.limit)
    results = []
    for i, src in enumerate(args.src or [ROOT / "src"]):
        copy = args.store.with_name(f"copy-{i}.db")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(src), str(args.store), str(copy)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        steps = ", ".join(f"{k} {v:.1f}" for k, v in sorted(result["steps"].items()))
        print(
            f"{result['code']}: wall {result['wall']:.1f} s, CPU {result['cpu']:.1f} s, "
            f"peak {result['peak_mb']:.0f} MB; steps: {steps}; earlier articles "
            f"renamed {result['earlier']['renamed']}, re-dated {result['earlier']['redated']}"
        )
    if len(results) > 1:
        same = all(r["digest"] == results[0]["digest"] for r in results)
        print("corpus results identical:" if same else "corpus results DIFFER:", same)
        if not same:
            for r in results:
                print(" ", r["code"], r["digest"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
