"""Search latency on the IndoSum store: full-text (FTS5 + bm25 + snippets) p50/p95, old vs new.

    python bench/bench_search.py [--db bench/out/bench.db] [--queries 300]

Queries are drawn deterministically from the IndoSum summaries: single words, two-word
phrases, prefix queries and date-filtered queries. Each is run by the old search (one
statement: every match joined with its article and given a snippet, then sorted and
cut to the page) and by the new one (rank first, then read the page's articles only),
one after the other, and the two must return the same hits. Run bench/bench_build.py
first.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.store import queries
from warta.store.db import connect
from warta.store.search import (
    HIGHLIGHT,
    RANK,
    SNIPPET_MAX_CHARS,
    SNIPPET_TOKENS,
    Hit,
    fts_query,
    search,
)
from warta_eval.indosum import load_indosum

Search = Callable[..., list[Hit]]


def old_search(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    where: str = "",
    params: tuple[object, ...] = (),
) -> list[Hit]:
    """The search before "rank first": one statement over every match (IndoSum has no
    text over SNIPPET_MAX_CHARS, so the window-snippet branch is left out)."""
    sql = f"""
        SELECT a.id, a.title, a.source, a.published,
               CASE WHEN length(a.text) <= {SNIPPET_MAX_CHARS}
                    THEN snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}) END AS snip,
               {RANK} AS score,
               length(a.text) > {SNIPPET_MAX_CHARS} AS long
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? {where}
        ORDER BY score LIMIT ? OFFSET ?
    """
    rows = conn.execute(sql, (*HIGHLIGHT, fts_query(query), *params, limit, offset)).fetchall()
    return [Hit(r[0], r[1], r[2], r[3], r[4], float(r[5])) for r in rows]


def timed(run: Search, conn: sqlite3.Connection, query: str, kind: str) -> tuple[float, list[Hit]]:
    """(milliseconds, hits) of one search; "filtered" adds a date filter on the articles."""
    extra = {"where": " AND a.published >= ?", "params": ("2017",)} if kind == "filtered" else {}
    started = time.perf_counter()
    hits = run(conn, query, limit=20, **extra)
    return (time.perf_counter() - started) * 1000, hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("bench/out/bench.db"))
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)
    words = [
        w
        for d in load_indosum(args.data)[:400]
        for w in d.summary.split()
        if w.isalpha() and len(w) > 4
    ]
    conn = connect(args.db, create=False)
    fts_query("warm")  # loads the stemmer before the first timed query
    versions: dict[str, Search] = {"old": old_search, "new": search}
    kinds = ("word", "phrase", "prefix", "filtered")
    ms: dict[tuple[str, str], list[float]] = {(v, k): [] for v in versions for k in kinds}
    differ = 0
    for i in range(args.queries):
        w = rng.choice(words)
        kind = kinds[i % 4]
        query = {
            "word": w,
            "phrase": f'"{w} {rng.choice(words)}"',
            "prefix": w[:4] + "*",
            "filtered": w,
        }[kind]
        hits = {}
        for name, run in versions.items():
            took, hits[name] = timed(run, conn, query, kind)
            ms[name, kind].append(took)
        differ += hits["old"] != hits["new"]
    n = queries.stats(conn)["articles"]
    print(f"store: {args.db} ({n} articles), {args.queries} queries, limit 20")
    print(f"queries whose hits differ between old and new: {differ}")
    for name in versions:
        every = sorted(t for (v, _), ts in ms.items() if v == name for t in ts)
        p95 = every[int(len(every) * 0.95)]
        print(f"{name}: all p50 {statistics.median(every):.2f} ms, p95 {p95:.2f} ms")
        for kind in kinds:
            ts = sorted(ms[name, kind])
            p95 = ts[int(len(ts) * 0.95)]
            print(f"  {kind:9s} p50 {statistics.median(ts):.2f} ms  p95 {p95:.2f} ms")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
