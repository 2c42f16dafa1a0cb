"""The incremental story index (warta.corpus.stories): what adding 50 articles costs as
the store grows, against the whole-index StoryIndex of before.

    python bench/bench_story_index.py [--sizes 2000,10000] [--add 50] [--batch 500]
        [--repeat 3] [--reuse] [--old-max 10000] [--out bench/out/story_index]
        [--data ../shared/data/indosum]
    python bench/bench_story_index.py --keys [--data ../shared/data/indosum]

Articles are IndoSum sentences recombined (bench/bench_build_20k.py:synthetic_articles),
arriving as a stream: :data:`PER_DAY` a day from 2024-01-01 on, the new ones the day
after the store's last. The per-article stages are skipped: records are
made directly (title, text, date; no entities), since stories read nothing else, and
the story index is filled by :func:`~warta.corpus.stories.update_stories` in batches of
``--batch``, as the corpus step does. Then, per size, in a fresh process each (so that
its peak RSS is its own):

- ``new``: one update of the same ``--add`` new articles into the store, rolled back
  (time: median of ``--repeat`` runs; peak RSS);
- ``old``: :class:`~warta.analyze.stories.StoryIndex` (the whole-index clustering that
  the corpus step kept as one JSON state) holding the store's articles, then ``add()``
  of the same new articles: the time of that ``add()`` alone (a lower bound of the old
  step, which also loaded every record), and the process's peak RSS (up to
  ``--old-max`` articles: it needs ~190 MB per 1,000).

``--keys`` prints, on the 2,809 IndoSum articles, the pairs of units over each cosine
bar and how many share no key term for several key-term counts (the figures behind
``KEY_TERMS`` in warta.analyze.stories).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))  # warta_eval: IndoSum
sys.path.insert(0, str(ROOT / "bench"))

#: The generator's dateline ("JAKARTA, Senin (3/5/2024) — "): the records carry the date.
LEAD = re.compile(r"^[A-Z]+, \w+ \(\d+/\d+/\d{4}\) — ")
#: Articles a day: the store grows as a stream, so a bigger store spans more days and a
#: link window (a fortnight) holds about the same number of articles.
PER_DAY = 30
START = dt.date(2024, 1, 1).toordinal()


def _articles(data: Path, n: int, seed: int, first_day: int) -> list[object]:
    """``n`` synthetic records (deterministic for a seed), :data:`PER_DAY` a day from
    ``first_day`` (an ordinal) on; the title is the first words of the first paragraph."""
    from bench_build_20k import synthetic_articles

    from warta.records import Article, PartialDate

    out: list[object] = []
    for i, page in enumerate(synthetic_articles(data, n, seed)):
        _, _, text = page.partition("\n\n")
        body = LEAD.sub("", text.strip(), count=1)
        key = hashlib.sha1(f"{seed}:{i}".encode()).hexdigest()[:16]
        day = dt.date.fromordinal(first_day + i // PER_DAY)
        out.append(
            Article(
                id=key,
                source=f"synthetic:{seed}:{i}",
                url=None,
                title=" ".join(body.split()[:10]),
                text=body,
                published=PartialDate.parse(day.isoformat()),
                content_hash=key,
            )
        )
    return out


def fill(db: Path, data: Path, size: int, batch: int) -> None:
    """A store of ``size`` synthetic articles with its story index."""
    from warta.corpus.stories import update_stories
    from warta.store.db import connect, transaction
    from warta.store.writer import upsert_articles

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    conn = connect(db)
    articles = _articles(data, size, seed=1, first_day=START)
    t0 = time.perf_counter()
    for start in range(0, size, batch):
        chunk = articles[start : start + batch]
        with transaction(conn):
            upsert_articles(conn, chunk, "bench")  # type: ignore[arg-type]
            update_stories(conn, [a.id for a in chunk], (), embeddings=False)  # type: ignore[attr-defined]
    conn.close()
    seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb(), "per_s": size / seconds}))


def add_new(db: Path, data: Path, size: int, n: int, seed: int = 2) -> None:
    """One update of ``n`` new articles (the day after the store's last) into ``db``."""
    from warta.analyze.stories import background_idf
    from warta.corpus.stories import update_stories
    from warta.store.db import connect
    from warta.store.writer import upsert_articles

    new = _articles(data, n, seed=seed, first_day=START + size // PER_DAY)
    background_idf()  # loaded once per process: not part of an update
    conn = connect(db)
    t0 = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    upsert_articles(conn, new, "bench")  # type: ignore[arg-type]
    update_stories(conn, [a.id for a in new], (), embeddings=False)  # type: ignore[attr-defined]
    seconds = time.perf_counter() - t0
    conn.execute("ROLLBACK")  # leave the store as it was, for the next run
    conn.close()
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb()}))


def add_old(data: Path, size: int, n: int) -> None:
    """StoryIndex over ``size`` articles, then ``add()`` of ``n`` new ones."""
    from warta.analyze.stories import StoryIndex, StoryInput

    def inputs(articles: list[object]) -> list[StoryInput]:
        return [
            StoryInput(a.id, a.title, a.text, a.published.iso, (), None, a.source)  # type: ignore[attr-defined]
            for a in articles
        ]

    index = StoryIndex()
    index.add(inputs(_articles(data, size, seed=1, first_day=START)))
    new = inputs(_articles(data, n, seed=2, first_day=START + size // PER_DAY))
    t0 = time.perf_counter()
    index.add(new)
    print(json.dumps({"seconds": time.perf_counter() - t0, "peak_mb": _peak_mb()}))


def keys(data: Path) -> None:
    """Pairs over each bar, and those sharing no key term, per key-term count."""
    from warta.analyze import stories as s
    from warta_eval.indosum import load_indosum

    rows = []
    for doc in sorted(load_indosum(data), key=lambda d: d.id):
        counts, _ = s.article_terms(s.StoryInput(doc.id, None, doc.text))
        columns, tf = s.hashed_tf(counts)
        rows.append((columns, s.tfidf_row(columns, tf)))
    sims = (s.unit_matrix(rows) @ s.unit_matrix(rows).T).tocoo()
    upper = sims.row < sims.col
    for k in (8, 12, 16, 24):
        s.KEY_TERMS = k
        kept = [s.key_terms(c, w) for c, w in rows]
        for bar in (0.20, 0.35, 0.45):
            pick = upper & (sims.data >= bar)
            pairs = list(zip(sims.row[pick].tolist(), sims.col[pick].tolist(), strict=True))
            missed = sum(1 for i, j in pairs if not kept[i] & kept[j])
            print(
                f"key terms {k:2d}, cosine >= {bar:.2f}: {len(pairs):5d} pairs, {missed:4d} missed"
            )


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--add", type=int, default=50)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--out", type=Path, default=Path("bench/out/story_index"))
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--keys", action="store_true", help="key-term coverage on IndoSum")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the new update")
    parser.add_argument("--reuse", action="store_true", help="keep stores already filled")
    parser.add_argument("--old-max", type=int, default=10_000, help="largest old run")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.keys:
        keys(args.data)
        return 0
    if args.child:
        what, *rest = args.child
        if what == "fill":
            fill(Path(rest[0]), args.data, int(rest[1]), args.batch)
        elif what == "new":
            add_new(Path(rest[0]), args.data, int(rest[1]), args.add)
        else:
            add_old(args.data, int(rest[0]), args.add)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    common = ["--data", str(args.data), "--add", str(args.add), "--batch", str(args.batch)]
    for size in (int(s) for s in args.sizes.split(",")):
        db = args.out / f"stories-{size}.db"
        if not (args.reuse and db.exists()):
            filled = _child(*common, "--child", "fill", str(db), str(size))
            print(
                f"{size:6d} articles ({size // PER_DAY} days): filled in "
                f"{filled['seconds']:.1f} s ({filled['per_s']:.0f}/s in batches of "
                f"{args.batch}), peak RSS {filled['peak_mb']:.0f} MB"
            )
        runs = sorted(
            (_child(*common, "--child", "new", str(db), str(size)) for _ in range(args.repeat)),
            key=lambda r: r["seconds"],
        )
        line = (
            f"{size:6d} articles, add {args.add}: new {runs[len(runs) // 2]['seconds']:.2f} s "
            f"(median of {len(runs)}, min {runs[0]['seconds']:.2f}), "
            f"peak RSS {max(r['peak_mb'] for r in runs):.0f} MB"
        )
        if size <= args.old_max:
            old = _child(*common, "--child", "old", str(size))
            line += (
                f" | old StoryIndex.add {old['seconds']:.2f} s, peak RSS {old['peak_mb']:.0f} MB"
            )
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
