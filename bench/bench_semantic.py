"""The embedding index on IndoSum: embedding rate, search latency and quality, stories.

    python bench/bench_semantic.py [--db bench/out/semantic.db] [--queries 200]

Needs ``warta[embeddings]`` and an IndoSum store (copy of bench/bench_build.py's output:
``cp bench/out/bench.db bench/out/semantic.db``). Prints:

* the embedding rate of ``warta embed`` (:func:`warta.store.vectors.update_embeddings`)
  and the size of the index; a second call must embed nothing;
* known-item search: the first sentence of an article's *gold summary* (written by
  IndoSum's annotators, not copied from the text) is the query; the rank of that article
  under fts, semantic and hybrid gives MRR, hit@1 and hit@10 per mode;
* p50/p95 latency per mode over the same queries (query embedding included);
* stories with TF-IDF alone and with TF-IDF + e5: counts and multi-article stories.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta import corpus
from warta.store import hybrid, vectors
from warta.store.db import connect
from warta_eval.indosum import load_indosum


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("bench/out/semantic.db"))
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    conn = connect(args.db, create=False)

    stale = len(vectors.stale_ids(conn))
    started = time.perf_counter()
    embedded = vectors.update_embeddings(
        conn, lambda done, total: print(f"\r  embedded {done}/{total}", end="", flush=True)
    )
    seconds = time.perf_counter() - started
    print()
    if embedded:
        print(f"embedding: {embedded} articles in {seconds:.0f} s = {embedded / seconds:.2f}/s")
    else:
        print(f"embedding: nothing stale ({stale}); index already current")
    again = vectors.update_embeddings(conn)
    size = conn.execute("SELECT sum(length(vector)) FROM embeddings").fetchone()[0]
    print(f"re-run embeds {again}; index {size / 1e6:.1f} MB for {vectors.coverage(conn)}")

    # Known-item queries: IndoSum ids are the stored articles' sources (one file each).
    by_source = {
        Path(r["source"]).stem: r["id"] for r in conn.execute("SELECT id, source FROM articles")
    }
    docs = [d for d in load_indosum(args.data) if d.id in by_source and d.summary.strip()]
    rng = random.Random(11)
    sample = rng.sample(docs, min(args.queries, len(docs)))
    ranks: dict[str, list[int | None]] = defaultdict(list)
    latency: dict[str, list[float]] = defaultdict(list)
    for mode in ("fts", "semantic", "hybrid"):
        for doc in sample:
            query = doc.summary.split(". ")[0]
            t0 = time.perf_counter()
            items = hybrid.run_search(conn, str(args.db), query, mode=mode, limit=20)["items"]
            latency[mode].append((time.perf_counter() - t0) * 1000)
            found = [i["article_id"] for i in items]
            target = by_source[doc.id]
            ranks[mode].append(found.index(target) + 1 if target in found else None)
    print(f"known-item search, {len(sample)} gold-summary first sentences as queries:")
    for mode in ranks:
        r = ranks[mode]
        mrr = sum(1 / x for x in r if x) / len(r)
        at1 = sum(1 for x in r if x == 1) / len(r)
        at10 = sum(1 for x in r if x and x <= 10) / len(r)
        ts = sorted(latency[mode])
        print(
            f"  {mode:8s} MRR {mrr:.3f}  hit@1 {at1:.3f}  hit@10 {at10:.3f}  "
            f"p50 {statistics.median(ts):.1f} ms  p95 {ts[int(len(ts) * 0.95)]:.1f} ms"
        )

    for use in (False, True):
        t0 = time.perf_counter()
        stats = corpus.run_corpus_steps(conn, defaultdict(float), embeddings=use)
        took = time.perf_counter() - t0
        sizes = [
            len(json.loads(r[0])) for r in conn.execute("SELECT article_ids FROM stories")
        ]
        multi = [n for n in sizes if n > 1]
        print(
            f"stories ({corpus.story_similarity(conn)}): {stats['stories']} stories, "
            f"{len(multi)} with more than one article ({sum(multi)} articles), "
            f"largest {max(sizes)}; corpus step {took:.1f} s"
        )
    conn.close()


if __name__ == "__main__":
    main()
