"""Time the cleaning of IndoSum's dev articles with an older tree and this one, side by side.

    git worktree add /tmp/clean-old HEAD      # the tree to compare against
    python bench/bench_clean.py --old-src /tmp/clean-old/src [--repeat 3] [--limit 0]
    git worktree remove /tmp/clean-old

Each tree runs in its own process (``PYTHONPATH=<src>``), which loads the articles, cleans
them all ``--repeat`` times (:func:`warta.clean.clean_document`, as the pipeline calls it
per article) and reports the best pass as articles per second, then cleans them once more
under tracemalloc for the peak of memory allocated while cleaning, and gives the process's
peak resident size. The bench prints the two trees' figures, the speed ratio, and how many
articles the two clean differently (titles, dates, removed lines, text): a change made
only for speed must show none.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = Path("/work/shared/data/indosum")


def _worker(data: Path, repeat: int, limit: int) -> dict[str, Any]:
    """Clean the corpus in this process (whichever ``warta`` it imports) and measure."""
    sys.path.insert(0, str(ROOT / "eval"))  # warta_eval: the IndoSum reader
    import warta
    from warta.clean import clean_document
    from warta.records import Provenance, RawDoc
    from warta_eval.indosum import load_indosum

    docs = load_indosum(data)
    if limit:
        docs = docs[:limit]
    raws = [RawDoc(Provenance(path=d.id + ".txt"), d.text, url=d.url) for d in docs]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        articles = [clean_document(raw) for raw in raws]
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()
    for raw in raws:
        clean_document(raw)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    digests = {
        a.id: hashlib.sha1(
            json.dumps(
                [a.title, str(a.published), a.text, [[r.text, r.reason] for r in a.removed]],
                ensure_ascii=False,
            ).encode()
        ).hexdigest()
        for a in articles
    }
    return {
        "warta": str(Path(warta.__file__).parent),
        "articles": len(raws),
        "seconds": best,
        "per_second": len(raws) / best,
        "traced_peak_mb": peak / 2**20,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "digests": digests,
    }


def _run(src: Path, args: argparse.Namespace) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    cmd = [sys.executable, __file__, "--worker", "--data", str(args.data)]
    cmd += ["--repeat", str(args.repeat), "--limit", str(args.limit)]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out)
    if Path(result["warta"]).resolve() != (src / "warta").resolve():
        raise SystemExit(f"{src}: the worker imported warta from {result['warta']}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old-src", type=Path, required=False, help="the older tree's src/")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="first N articles (0: all)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.data, args.repeat, args.limit)))
        return
    if args.old_src is None:
        parser.error("--old-src is required")
    old = _run(args.old_src, args)
    new = _run(ROOT / "src", args)
    print(f"IndoSum dev, {new['articles']} articles, best of {args.repeat}")
    print(f"{'':8} {'articles/s':>11} {'ms/article':>11} {'traced peak MB':>15} {'max RSS MB':>11}")
    for name, r in (("old", old), ("new", new)):
        print(
            f"{name:8} {r['per_second']:11.1f} {1000 / r['per_second']:11.2f} "
            f"{r['traced_peak_mb']:15.1f} {r['max_rss_mb']:11.1f}"
        )
    print(f"speed ratio new/old: {new['per_second'] / old['per_second']:.2f}x")
    differ = sum(old["digests"].get(k) != v for k, v in new["digests"].items())
    print(f"articles cleaned differently: {differ}")


if __name__ == "__main__":
    main()
