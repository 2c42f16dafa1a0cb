"""The crawler against local fixture portals (loopback only): is it the bottleneck?

    python bench/bench_crawl.py [--hosts 20] [--pages 500] [--idle-cycles 50] [--backlog 128]

Serves ``hosts`` fake portals (each: robots.txt, an RSS feed listing ``pages`` article
pages in the HTML shape the cleaner reads) from the test suite's fixture server on
127.0.0.1, then measures, fetching into the frontier and the WARC archive without the
build (``CrawlConfig(build=False)``: the crawler alone; the build is ``bench_build.py``):

1. fetch throughput (pages/s) of a first cycle over every page, by per-host limit, at
   politeness delay 0 and at 0.05 s (whose ceiling is ``hosts / 0.05`` pages/s);
2. the cost of a cycle when nothing is new, with 100 sources (5 feeds per host: all 304);
3. resident memory over ``idle-cycles`` such cycles (flat means no leak per cycle).

``--backlog 5`` serves with socketserver's default listen queue, as the first figures
were taken: a burst of new connections then loses SYNs to a one-second retry.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.crawl.portal
from tests.crawl.portal import Page, Portal, Story, article_html, rss

from warta.crawl import CrawlConfig, sources
from warta.crawl.cycle import Crawler


def rss_mb() -> float:
    """Resident memory now (MB), from /proc (the peak would hide a leak's growth)."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def portals(hosts: int, pages: int, feeds: int, backlog: int) -> tuple[Portal, list[str]]:
    portal = Portal(backlog)
    urls = []
    for h in range(hosts):
        host = f"portal{h:02d}.test"
        portal.add(host, "/robots.txt", Page(b"User-agent: *\nAllow: /\n", "text/plain"))
        items = []
        for p in range(pages):
            story = Story(
                f"berita-{h}-{p}", "2026-11-30", f"Berita {p} dari portal {h} hari ini",
                tuple(f"Paragraf {i} berita {p} portal {h}: warga kota melaporkan kejadian "
                      f"itu kepada petugas setempat pada pagi hari." for i in range(5)),
            )  # fmt: skip
            path = f"/berita/2026/11/30/{story.slug}"
            portal.add(host, path, Page(article_html(host, story)))
            items.append((story.title, path, "Mon, 30 Nov 2026 09:00:00 +0700"))
        for f in range(feeds):
            portal.add(host, f"/rss{f}.xml", Page(rss(host, items), "application/rss+xml"))
            urls.append(f"http://{host}/rss{f}.xml")
    return portal, urls


async def cycles(
    db: Path, config: CrawlConfig, n: int, portal: Portal | None = None
) -> list[tuple[float, float, int, int]]:
    """``n`` cycles in one crawler: (seconds, resident MB after, pages fetched, connections
    ``portal`` had seen) each. ``portal``'s request log is emptied after each cycle: it
    lives in this process and would grow the memory figure by ~0.15 MB a cycle."""
    out = []
    peers: set[int] = set()
    async with Crawler(db, config) as crawler:
        for _ in range(n):
            t0 = time.perf_counter()
            report = await crawler.cycle()
            seconds = time.perf_counter() - t0
            if portal is not None:
                with portal.lock:
                    peers.update(hit.peer for hit in portal.log)
                    portal.log.clear()
            out.append((seconds, rss_mb(), report.fetched, len(peers)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--idle-cycles", type=int, default=50)
    parser.add_argument("--backlog", type=int, default=128, help="fixture's listen queue")
    args = parser.parse_args()
    portal, feeds = portals(args.hosts, args.pages, feeds=1, backlog=args.backlog)
    total = args.hosts * args.pages
    print(f"{args.hosts} hosts x {args.pages} pages = {total} article pages, loopback")
    with portal, tempfile.TemporaryDirectory() as tmp:
        for delay in (0.0, 0.05):
            for per_host in (1, 4):
                db = Path(tmp) / f"d{delay}-{per_host}.db"
                config = CrawlConfig(contact="bench@example.org", delay=delay, per_host=per_host,
                                     proxy=portal.proxy, build=False, source_interval=0.0,
                                     concurrency=32)  # fmt: skip
                for url in feeds:
                    sources.add(db, url, kind="feed", config=config)
                ((seconds, _mb, fetched, _peers),) = asyncio.run(cycles(db, config, 1))
                print(f"delay {delay:.2f} s, per host {per_host}: {fetched} pages in "
                      f"{seconds:.1f} s = {fetched / seconds:.0f} pages/s")  # fmt: skip
    portal, feeds = portals(args.hosts, 5, feeds=5, backlog=args.backlog)
    with portal, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "idle.db"
        config = CrawlConfig(contact="bench@example.org", delay=0.0, per_host=4,
                             proxy=portal.proxy, build=False, source_interval=0.0)  # fmt: skip
        for url in feeds:
            sources.add(db, url, kind="feed", config=config)
        runs = asyncio.run(cycles(db, config, 1 + args.idle_cycles, portal))
        idle = sorted(s for s, _mb, _f, _p in runs[1:])
        opened = (runs[-1][3] - runs[0][3]) / max(1, len(runs) - 1)
        print(f"{len(feeds)} sources, nothing new: cycle median {idle[len(idle) // 2]:.3f} s, "
              f"max {idle[-1]:.3f} s, {opened:.0f} new connections per cycle")  # fmt: skip
        mbs = [mb for _s, mb, _f, _p in runs]
        print(f"resident memory after cycle 1 / 10 / {len(runs)}: {mbs[0]:.0f} / "
              f"{mbs[min(9, len(mbs) - 1)]:.0f} / {mbs[-1]:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
