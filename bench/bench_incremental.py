"""The living store: what adding articles costs as the store grows (issue 13).

    python bench/bench_incremental.py [--sizes 10000,50000,200000] [--add 50]
        [--chunk 10000] [--out bench/out/incremental] [--data ../shared/data/indosum]
        [--workers N]

Articles are IndoSum sentences recombined (bench/bench_build_20k.py), written as JSONL
chunks. The store grows chunk by chunk to each size of ``--sizes``; at each size a new
set of ``--add`` articles is built into it, and the same number into an empty store.
Every build runs in a fresh process, which reports its own time and peak resident
memory, so one figure never includes another's. Prints per size:

- the growth builds: articles/s and the largest peak RSS among them;
- adding ``--add`` articles: seconds and peak RSS, and the ratio to building as many into
  an empty store (the issue asks <= 3, and <= 5 s at 200,000 articles), with the stored
  articles the add renamed, re-dated or regrouped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: IndoSum

BENCH = str(Path(__file__).resolve().parent)
WEEKDAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
# The worker processes are the forkserver's children, not the build's: their peak is
# sampled from /proc (bench_build.DescendantPeak), not read from RUSAGE_CHILDREN.
CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[4])
from bench_build import DescendantPeak
from warta.pipeline import build
kwargs = json.loads(sys.argv[3])
workers = DescendantPeak()
t0 = time.perf_counter()
report = build([sys.argv[2]], sys.argv[1], embeddings=False, **kwargs)
seconds = time.perf_counter() - t0
print(json.dumps({
    "seconds": seconds,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "children_peak_mb": workers.stop() / 1024,
    "new": report.stats["new"],
    "stages": {k: round(v, 2) for k, v in report.seconds.items()},
    "earlier": {k: report.stats.get(k, 0) for k in ("renamed", "redated", "regrouped")},
}))
"""


def write_chunk(path: Path, sentences: list[str], start: int, n: int, seed: int) -> None:
    """``n`` recombined articles numbered from ``start`` as JSONL (deterministic)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(start, start + n):
            paragraphs = [
                " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3)))
                for _ in range(rng.randint(3, 7))
            ]
            day, month = rng.randint(1, 28), rng.randint(1, 12)
            lead = f"JAKARTA, {rng.choice(WEEKDAYS)} ({day}/{month}/2024) — "
            text = f"{lead}" + "\n\n".join(paragraphs)
            row = {"url": f"https://sintetis.example/berita/{i}", "title": f"Berita {i}",
                   "text": text}  # fmt: skip
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def run_build(
    db: Path, source: Path, kwargs: dict[str, object], src: Path | None = None
) -> dict[str, object]:
    """Build ``source`` into ``db`` in a fresh process (with ``src`` first on its path:
    another release's ``src/``); its own figures."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = f"{src}{os.pathsep}{env.get('PYTHONPATH', '')}"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(source), json.dumps(kwargs), BENCH],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    from warta_eval.indosum import load_indosum

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,50000,200000")
    parser.add_argument("--add", type=int, default=50)
    parser.add_argument("--chunk", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("bench/out/incremental"))
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--workers", type=int, default=None, help="passed to build()")
    parser.add_argument(
        "--previous",
        type=Path,
        default=None,
        help="another release's src/ (git archive REV src | tar -x): "
        "the same steps are run with it beside, up to --previous-max",
    )
    parser.add_argument("--previous-max", type=int, default=10_000)
    parser.add_argument("--previous-only", action="store_true", help="skip this release")
    parser.add_argument(
        "--resume",
        type=int,
        default=None,
        help="continue an interrupted run: this release's store in --out already holds the "
        "articles up to this count (a size reached, plus each earlier --add); its chunk is "
        "built again (a re-run skips what it stored)",
    )
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    kwargs: dict[str, object] = {} if args.workers is None else {"workers": args.workers}

    args.out.mkdir(parents=True, exist_ok=True)
    sentences = [s for doc in load_indosum(args.data) for para in doc.sentences for s in para if s]
    releases: list[tuple[str, Path | None, list[int]]] = []
    if not args.previous_only:
        releases.append(("this", None, sizes))
    if args.previous is not None:
        old_sizes = [n for n in sizes if n <= args.previous_max]
        releases.append(("previous", args.previous, old_sizes))
    for name, src, wanted in releases:
        print(f"== {name} release{'' if src is None else f' ({src})'}", flush=True)
        resume = args.resume if src is None else None
        grow(args, sentences, wanted, {} if src is not None else kwargs, src, name, resume)
    return 0


def grow(
    args: argparse.Namespace,
    sentences: list[str],
    sizes: list[int],
    kwargs: dict[str, object],
    src: Path | None,
    name: str,
    resume: int | None = None,
) -> None:
    """Grow one store to each of ``sizes``, measuring an add at each (from ``resume``
    articles already stored, when given)."""
    db = args.out / f"store-{name}.db"
    if resume is None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    stored = resume or 0
    sizes = [n for n in sizes if n > stored]
    print(f"{'stored':>9} {'grow art/s':>10} {'grow peak MB':>12} {'add s':>7} "
          f"{'add MB':>7} {'empty s':>8} {'empty MB':>8} {'ratio':>6}")  # fmt: skip
    for size in sizes:
        rates, peaks, own = [], [], []
        while stored < size:
            n = min(args.chunk, size - stored)
            chunk = args.out / f"chunk-{stored:07d}.jsonl"
            write_chunk(chunk, sentences, stored, n, seed=stored)
            grown = run_build(db, chunk, kwargs, src)
            chunk.unlink()
            stored += n
            rates.append(n / float(grown["seconds"]))  # type: ignore[arg-type]
            peaks.append(max(float(grown["peak_mb"]), float(grown["children_peak_mb"])))  # type: ignore[arg-type]
            own.append(float(grown["peak_mb"]))  # type: ignore[arg-type]
            print(f"          grew to {stored}: {rates[-1]:.1f} art/s, peak {own[-1]:.0f} MB "
                  f"(workers {float(grown['children_peak_mb']):.0f} MB), "  # type: ignore[arg-type]
                  f"corpus {grown['stages'].get('corpus', 0):.0f} s", flush=True)  # type: ignore[union-attr]
        batch = args.out / f"add-{size}.jsonl"
        write_chunk(batch, sentences, 10_000_000 + size, args.add, seed=size + 1)
        added = run_build(db, batch, kwargs, src)
        stored += args.add
        empty_db = args.out / f"empty-{name}-{size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{empty_db}{suffix}").unlink(missing_ok=True)
        empty = run_build(empty_db, batch, kwargs, src)
        ratio = float(added["seconds"]) / float(empty["seconds"])  # type: ignore[arg-type]
        grow_rate = f"{sum(rates) / len(rates):10.1f}" if rates else f"{'-':>10}"
        grow_peak = f"{max(peaks):12.0f}" if peaks else f"{'-':>12}"
        print(
            f"{size:9d} {grow_rate} {grow_peak} {added['seconds']:7.2f} "
            f"{added['peak_mb']:7.0f} {empty['seconds']:8.2f} {empty['peak_mb']:8.0f} "
            f"{ratio:6.2f}",
            flush=True,
        )
        print(f"          add stages: {added['stages']}", flush=True)
        # Stored articles the add revised: a re-pointed name renames every article naming
        # it, and they go on to dates, timeline and stories (the spread of add times).
        print(f"          earlier articles revised: {added.get('earlier', {})}", flush=True)
        if own:
            print(f"          grow peak of the build process alone: {max(own):.0f} MB "
                  "(the rest: its worker processes)", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
