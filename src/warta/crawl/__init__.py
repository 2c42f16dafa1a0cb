"""Live collection: sources, a polite crawler, a persistent frontier, a WARC archive.

warta fetches the news itself: the sources added (feeds, sitemaps, section pages, URL
lists) are polled, the article URLs they name go into a frontier in the store, the pages
are fetched politely (:mod:`warta.crawl.fetch`), written to WARC files
(:mod:`warta.crawl.archive`) and built into the store by the same build as
``warta build`` (:mod:`warta.crawl.cycle`). :func:`watch` repeats that every interval.

>>> from warta.crawl import CrawlConfig
>>> CrawlConfig(contact="redaksi@example.org").delay
1.0
"""

from __future__ import annotations

from warta.crawl.cycle import CrawlConfig, Crawler, CycleReport, archive_folder, run_cycle
from warta.crawl.discover import KINDS, SourceKind
from warta.crawl.frontier import Source
from warta.crawl.watch import watch

__all__ = [
    "KINDS",
    "CrawlConfig",
    "Crawler",
    "CycleReport",
    "Source",
    "SourceKind",
    "archive_folder",
    "run_cycle",
    "watch",
]
