"""Benchmark the web UI: page times over loopback on the IndoSum store.

    python bench/bench_web.py [--db bench/out/bench.db] [--requests 300] [--seconds 60]

Starts ``warta serve`` in a subprocess (so client and server do not share a GIL) on a
copy of the store, requests a fixed mix of pages (dashboard, article pages, search,
entity pages when the store has entities, timeline, stories) sequentially, and prints
p50/p95 per page kind and overall. Target: p95 < 200 ms. Build the store first with
``python bench/bench_build.py``.
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

SEARCHES = [
    "presiden",
    "jakarta",
    "harga",
    "pemerintah",
    "gempa",
    "sepak bola",
    "ekonomi*",
    '"Joko Widodo"',
    "banjir",
    "pemilu",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def plan(db: Path, n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``(kind, path)`` requests: a fixed, seeded mix over what the store holds."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    entities = [
        r[0]
        for r in conn.execute("SELECT name FROM entities ORDER BY article_count DESC LIMIT 200")
    ]
    stories = [r[0] for r in conn.execute("SELECT id FROM stories LIMIT 200")]
    conn.close()
    kinds: list[tuple[str, list[str]]] = [
        ("dashboard", ["/"]),
        ("article", [f"/articles/{i}" for i in rng.sample(ids, min(len(ids), 200))]),
        ("search", [f"/search?q={quote(q)}" for q in SEARCHES]),
        ("articles", ["/articles", "/articles?page=3", "/articles?from=2018-01"]),
        ("timeline", ["/timeline?from=2018-01&to=2018-01"]),
    ]
    if entities:
        kinds.append(("entity", [f"/entities/{quote(e, safe='')}" for e in entities]))
    if stories:
        kinds.append(("story", [f"/stories/{quote(s, safe='')}" for s in stories]))
    cycles = {k: itertools.cycle(paths) for k, paths in kinds}
    weights = {
        "dashboard": 1,
        "article": 4,
        "search": 3,
        "articles": 1,
        "timeline": 1,
        "entity": 2,
        "story": 1,
    }
    order = [k for k, _ in kinds for _ in range(weights[k])]
    return [(k, next(cycles[k])) for k in itertools.islice(itertools.cycle(order), n)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench/out/bench.db"))
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no store at {args.db}; run: python bench/bench_build.py", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="warta-bench-web-"))
    db = work / "bench.db"
    shutil.copy(args.db, db)  # a private copy: a concurrent rebuild must not skew timings
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "warta.cli.main", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    times: dict[str, list[float]] = {}
    failures = 0
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 30
            while True:
                try:
                    client.get("/static/warta.css")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        print("server did not start:", file=sys.stderr)
                        print(
                            server.stderr.read().decode() if server.stderr else "", file=sys.stderr
                        )
                        return 1
                    time.sleep(0.1)
            for path in ["/", "/search?q=warmup"]:  # first-request costs are not page times
                client.get(path)
            stop = time.monotonic() + args.seconds
            for kind, path in plan(db, args.requests):
                if time.monotonic() > stop:
                    break
                t0 = time.perf_counter()
                r = client.get(path)
                elapsed = (time.perf_counter() - t0) * 1000
                if r.status_code != 200:
                    failures += 1
                    print(f"  {r.status_code} {path}", file=sys.stderr)
                times.setdefault(kind, []).append(elapsed)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)

    def pct(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    every = [t for ts in times.values() for t in ts]
    print(f"{'page':<10} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind, ts in sorted(times.items()):
        print(
            f"{kind:<10} {len(ts):>4} {statistics.median(ts):>8.1f} {pct(ts, 0.95):>8.1f} "
            f"{max(ts):>8.1f}"
        )
    p95 = pct(every, 0.95)
    print(
        f"{'all':<10} {len(every):>4} {statistics.median(every):>8.1f} {p95:>8.1f} "
        f"{max(every):>8.1f}"
    )
    print(f"target p95 < 200 ms: {'met' if p95 < 200 else 'NOT met'}; {failures} non-200")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
