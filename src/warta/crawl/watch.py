"""Watch mode: crawl cycles every ``interval`` seconds, a report after each.

:func:`watch` runs :meth:`~warta.crawl.cycle.Crawler.cycle` repeatedly in one event loop
(the fetcher keeps robots.txt rules and host timing between cycles). After each cycle
``after_cycle(report)`` may add to the report (the CLI evaluates alerts there: this
package does not know about alerts) and ``on_report(report)`` hears of it. ``stop`` ends
the watch after the current batch; the wait between cycles ends at once.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path

from warta.crawl.cycle import CrawlConfig, Crawler, CycleReport


def watch(
    db: str | Path,
    config: CrawlConfig,
    *,
    interval: float = 300.0,
    cycles: int | None = None,
    stop: threading.Event | None = None,
    after_cycle: Callable[[CycleReport], None] | None = None,
    on_report: Callable[[CycleReport], None] | None = None,
) -> list[CycleReport]:
    """Crawl ``db``'s sources every ``interval`` seconds, ``cycles`` times (None: until
    ``stop``); return the reports (the last 100)."""
    stop = stop or threading.Event()

    async def main() -> list[CycleReport]:
        reports: list[CycleReport] = []
        async with Crawler(db, config, stop=stop) as crawler:
            while not stop.is_set() and (cycles is None or crawler.cycles < cycles):
                started = time.monotonic()
                report = await crawler.cycle()
                if after_cycle is not None:
                    after_cycle(report)
                if on_report is not None:
                    on_report(report)
                reports = [*reports[-99:], report]
                if cycles is not None and crawler.cycles >= cycles:
                    break
                while not stop.is_set():
                    left = interval - (time.monotonic() - started)
                    if left <= 0:
                        break
                    await asyncio.sleep(min(left, 0.2))
        return reports

    return asyncio.run(main())
