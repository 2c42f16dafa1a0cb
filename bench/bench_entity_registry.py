"""Time the incremental entity registry: add 50 articles to stores of 1k and 5k+ articles.

    python bench/bench_entity_registry.py [--sizes 1000,5000] [--batch 50] [--workers 2]
        [--repeat 5] [--cache bench/out/entity_registry/articles.pkl]
        [--data ../shared/data/indosum]

The articles are recombined IndoSum sentences (bench/bench_build_20k.py:synthetic_articles)
run through the per-article pipeline once (cached: ``--cache``). For each size a store
holds that many articles, indexed by :func:`warta.corpus.entities.update_entities` in
batches of 500; then a batch of ``--batch`` new articles is added and timed (the new
way; ``--repeat`` times, undone in between, the median printed), next to the
whole-store way of before (load every record, :func:`resolve_entities` over all of
them) on the same store. Prints seconds, the rows the update read, the Python peak
memory of each (tracemalloc) and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build_20k import synthetic_articles

from warta.corpus import entities as registry
from warta.pipeline import process
from warta.records import Article
from warta.serialize import article_from_dict
from warta.store.db import connect, transaction
from warta.store.writer import upsert_articles

T = TypeVar("T")


def _process(job: tuple[int, str]) -> Article:
    i, text = job
    return process(text, url=f"https://synthetic.test/{i}")


def load_articles(cache: Path, data: Path, n: int, workers: int) -> list[Article]:
    """``n`` processed synthetic articles, from ``cache`` when it holds enough."""
    if cache.exists():
        cached: list[Article] = pickle.loads(cache.read_bytes())
        if len(cached) >= n:
            return cached[:n]
    texts = list(enumerate(synthetic_articles(data, n, seed=13)))
    with ProcessPoolExecutor(workers) as pool:
        articles = list(pool.map(_process, texts, chunksize=20))
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(articles))
    return articles


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    """``fn()`` and its seconds."""
    started = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - started


def peak_of(fn: Callable[[], object]) -> float:
    """The Python peak memory of ``fn()`` in MB (traced: run apart from the timing)."""
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


def whole_store(db: Path) -> int:
    """The step of before: every record loaded, resolved as one corpus."""
    conn = connect(db)
    articles = [
        article_from_dict(json.loads(r[0])) for r in conn.execute("SELECT record FROM articles")
    ]
    _renamed, table = registry.resolve_entities(articles)
    conn.close()
    return len(table)


def run(size: int, stored: Sequence[Article], batch: Sequence[Article], repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "w.db"
        conn = connect(db)
        started = time.perf_counter()
        with transaction(conn):
            upsert_articles(conn, list(stored) + list(batch), "1")
        for i in range(0, len(stored), 500):
            with transaction(conn):
                registry.update_entities(conn, [a.id for a in stored[i : i + 500]], [])
        index_s = time.perf_counter() - started
        new_ids = [a.id for a in batch]
        runs = []
        with transaction(conn):  # traced once, then timed untraced; undone between runs
            conn.execute("SAVEPOINT traced")
            peak = peak_of(lambda: registry.update_entities(conn, new_ids, []))
            conn.execute("ROLLBACK TO traced")
            for i in range(repeat):
                if i:
                    conn.execute("ROLLBACK TO traced")
                ids, seconds = timed(lambda: registry.update_entities(conn, new_ids, []))
                runs.append(seconds)
        runs.sort()
        seconds = runs[len(runs) // 2]
        stats = registry.LAST_UPDATE
        entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        conn.close()
        _table, old_s = timed(lambda: whole_store(db))
        old_peak = peak_of(lambda: whole_store(db))
        print(
            f"store {size:6d}: add {len(batch)} -> median {seconds:6.3f} s (min {runs[0]:.3f} "
            f"of {repeat}), peak {peak:5.1f} MB "
            f"(renamed {len(ids)}, refs read {stats.refs_loaded}, names resolved "
            f"{stats.locals_resolved}, person keys read {stats.keys_read}); "
            f"whole-store way {old_s:6.2f} s, peak {old_peak:6.1f} MB; "
            f"[indexing {size} in 500s took {index_s:.1f} s; {entities} entities]"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--cache", type=Path, default=Path("bench/out/entity_registry/articles.pkl")
    )
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    articles = load_articles(args.cache, args.data, max(sizes) + args.batch, args.workers)
    batch = articles[-args.batch :]
    for size in sizes:
        run(size, articles[:size], batch, args.repeat)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
