"""Load a distributed build's Parquet output into a SQLite store, ready to serve.

The store is created, or appended to: articles are upserted by id (unchanged ones,
same content hash and pipeline version, are skipped, as in the local build), one
transaction per shard; then the new and changed articles are stemmed for search
(:func:`warta.store.stemming.fill_stems`) and :func:`warta.corpus.steps.run_corpus_steps`
takes the new ones into the corpus indexes batch by batch, the same incremental path as
a local build: memory depends on a shard and a batch, never on the store. Only complete
shards (with their ``_SUCCESS`` marker) are read.

>>> load_store(Path("out"), Path("warta.db"))  # doctest: +SKIP
Counter({'loaded': 1200, 'unchanged': 0, ...})
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from warta import corpus
from warta.errors import InputNotFoundError
from warta.pipeline import PIPELINE_VERSION
from warta.serialize import article_from_dict
from warta.store import stemming, writer
from warta.store.db import connect, transaction

MARKER = "_SUCCESS"


def complete_shards(out_dir: Path) -> list[Path]:
    """Shard folders of ``out_dir`` whose completion marker exists, in rank order."""
    root = out_dir / "shards"
    return sorted(p for p in root.iterdir() if (p / MARKER).exists()) if root.exists() else []


def load_store(out_dir: Path, db: Path, *, inputs: Sequence[str] = ()) -> Counter[str]:
    """Upsert every complete shard's articles into ``db`` and run the corpus steps.

    Raises :class:`InputNotFoundError` when ``out_dir`` holds no complete shard.
    Returns counters: ``loaded``, ``unchanged``, ``problems``, ``stemmed`` (see
    :func:`warta.store.stemming.fill_stems`) and the corpus steps' own.
    """
    import pyarrow.parquet as pq

    shards = complete_shards(out_dir)
    if not shards:
        raise InputNotFoundError(
            f"{out_dir}: no complete shard (no shards/*/{MARKER}); run "
            "'warta build --engine dask --out DIR' first",
            detail={"out": str(out_dir)},
        )
    stats: Counter[str] = Counter()
    seconds: defaultdict[str, float] = defaultdict(float)
    conn = connect(db)
    try:
        with transaction(conn):
            # The original inputs too: the read layer shows sources relative to them.
            run_id = writer.start_run(conn, [*inputs, f"parquet:{out_dir}"])
        for folder in shards:
            table = pq.read_table(
                folder / "articles.parquet", columns=["id", "content_hash", "record"]
            )
            stored = writer.stored_versions(conn, table.column("id").to_pylist())
            articles = []
            for article_id, chash, record in zip(
                table.column("id").to_pylist(),
                table.column("content_hash").to_pylist(),
                table.column("record").to_pylist(),
                strict=True,
            ):
                if stored.get(article_id) == (chash, PIPELINE_VERSION):
                    stats["unchanged"] += 1
                    continue
                articles.append(article_from_dict(json.loads(record)))
            problems = pq.read_table(folder / "problems.parquet").to_pylist()
            with transaction(conn):
                writer.upsert_articles(conn, articles, PIPELINE_VERSION)
                for p in problems:
                    writer.add_problem(conn, run_id, p["where"], p["code"], p["message"])
            stats["loaded"] += len(articles)
            stats["problems"] += len(problems)
        t0 = time.perf_counter()
        stats["stemmed"] = stemming.fill_stems(conn)  # new and changed articles only
        seconds["stems"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        stats.update(corpus.run_corpus_steps(conn, seconds))
        seconds["corpus"] += time.perf_counter() - t0
        with transaction(conn):
            writer.finish_run(conn, run_id, {"stats": dict(stats), "seconds": dict(seconds)})
    finally:
        conn.close()
    return stats
