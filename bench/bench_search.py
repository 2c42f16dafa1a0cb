"""Search latency on the IndoSum store: full-text (FTS5 + bm25 + snippets) p50/p95.

    python bench/bench_search.py [--db bench/out/bench.db] [--queries 300]

Queries are drawn deterministically from the IndoSum summaries: single words, two-word
phrases, prefix queries and entity-filtered queries. Run bench/bench_build.py first.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.store import queries
from warta.store.db import connect
from warta_eval.indosum import load_indosum


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("bench/out/bench.db"))
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)
    words = [w for d in load_indosum(args.data)[:400] for w in d.summary.split()
             if w.isalpha() and len(w) > 4]
    conn = connect(args.db, create=False)
    kinds = {"word": [], "phrase": [], "prefix": [], "filtered": []}  # type: dict[str, list[float]]
    for i in range(args.queries):
        w = rng.choice(words)
        kind = list(kinds)[i % 4]
        query = {"word": w, "phrase": f'"{w} {rng.choice(words)}"', "prefix": w[:4] + "*",
                 "filtered": w}[kind]
        started = time.perf_counter()
        if kind == "filtered":
            queries.search_articles(conn, query, limit=20, date_from="2017")
        else:
            queries.search_articles(conn, query, limit=20)
        kinds[kind].append((time.perf_counter() - started) * 1000)
    every = sorted(t for ts in kinds.values() for t in ts)
    n = queries.stats(conn)["articles"]
    print(f"store: {args.db} ({n} articles), {len(every)} queries")
    print(f"all: p50 {statistics.median(every):.2f} ms, p95 {every[int(len(every) * .95)]:.2f} ms")
    for kind, ts in kinds.items():
        ts.sort()
        p95 = ts[int(len(ts) * 0.95)]
        print(f"  {kind:9s} p50 {statistics.median(ts):.2f} ms  p95 {p95:.2f} ms")


if __name__ == "__main__":
    main()
