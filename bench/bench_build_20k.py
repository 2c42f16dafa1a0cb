"""Build 20,000 synthetic articles: the corpus steps at scale (issue 19, item 0).

    python bench/bench_build_20k.py [--n 20000] [--seed 1] [--out bench/out/synth20k]
        [--data ../shared/data/indosum]

Each article is IndoSum sentences recombined: 3-7 paragraphs of 1-3 random sentences,
the first opened by a lead "JAKARTA, Weekday (d/m/2024) — " and the file headed by a
title line. Such a corpus once crashed the corpus step after 5.5 minutes (a malformed
date reaching the timeline); this build must finish. One in-process build (embeddings
off: bench/bench_semantic.py measures them) is timed per stage; prints the total time,
articles per second, the peak resident memory and the problems met.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: IndoSum
from warta.pipeline import build
from warta_eval.indosum import load_indosum

WEEKDAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()


def synthetic_articles(data: Path, n: int, seed: int) -> Iterator[str]:
    """``n`` page texts of recombined IndoSum sentences (deterministic for a seed)."""
    rng = random.Random(seed)
    sentences = [s for doc in load_indosum(data) for para in doc.sentences for s in para if s]
    for i in range(n):
        paragraphs = [
            " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(3, 7))
        ]
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        lead = f"JAKARTA, {rng.choice(WEEKDAYS)} ({day}/{month}/2024) — "
        yield f"Judul Berita Sintetis {i}\n\n{lead}" + "\n\n".join(paragraphs) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("bench/out/synth20k"))
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    args = parser.parse_args()

    corpus = args.out / "articles"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    for i, text in enumerate(synthetic_articles(args.data, args.n, args.seed)):
        (corpus / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
    db = args.out / "synth.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)

    started = time.perf_counter()
    report = build([str(corpus)], db, embeddings=False)
    total = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {args.n} (stored {report.stats['new']}, problems {len(report.problems)})")
    print(f"overall: {total:.1f} s, {args.n / total:.1f} articles/s, peak RSS {peak_mb:.0f} MB")
    for stage, seconds in sorted(report.seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:28s} {seconds:8.2f} s")
    for problem in report.problems[:10]:
        print(f"  problem: {problem.where}: {problem.error.message}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
