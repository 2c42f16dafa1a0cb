"""Benchmark ``warta build`` on the IndoSum dev folds written out as page-text files.

    python bench/bench_build.py [--data ../shared/data/indosum] [--out bench/out] [--limit N]

Each distinct IndoSum article becomes one ``.txt`` file (title line, blank line,
paragraphs separated by blank lines), then one in-process build (one core: the build
is single-threaded) is timed per stage. Prints articles/s per stage and overall, the
peak resident memory, and the duplicate groups found (to be read by a person: IndoSum
articles are distinct, so every group must be a real copy).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.pipeline import build
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    corpus = args.out / "indosum_txt"
    n = write_corpus(args.data, corpus, args.limit)
    db = args.out / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    # Embeddings are measured on their own (bench/bench_semantic.py): e5 at 2-6 articles/s
    # would hide every other stage here.
    report = build([str(corpus)], db, embeddings=False)
    total = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"articles: {n} (stored {report.stats['new']}, problems {len(report.problems)})")
    print(f"overall: {total:.2f} s, {n / total:.0f} articles/s, peak RSS {peak_mb:.0f} MB")
    for stage, seconds in sorted(report.seconds.items(), key=lambda kv: -kv[1]):
        rate = f"{n / seconds:,.0f} articles/s" if seconds else "-"
        print(f"  {stage:28s} {seconds:7.2f} s  {rate}")
    again = time.perf_counter()
    build([str(corpus)], db, embeddings=False)
    print(f"re-run (nothing changed): {time.perf_counter() - again:.2f} s")

    conn = sqlite3.connect(db)
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
