"""The fixture portals and a crawl configuration with tiny delays (tests run in seconds)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from tests.crawl.portal import Fixture, Portal, news_portals

from warta.crawl import CrawlConfig

#: Politeness and retry timings, shrunk so the module runs in well under a minute.
CRAWL_DELAY = 0.05  # robots.txt crawl-delay of kabarnusa.test
BACKOFF = 0.1
RETRY_AFTER = 1.0
TIMEOUT = 0.5


@pytest.fixture
def portals() -> Iterator[tuple[Portal, Fixture]]:
    portal, fixture = news_portals(crawl_delay=CRAWL_DELAY, retry_after=RETRY_AFTER)
    with portal:
        yield portal, fixture


def crawl_config(portal: Portal, **changes: object) -> CrawlConfig:
    """A configuration that talks to ``portal`` only (it is the proxy for every host)."""
    config = CrawlConfig(
        contact="penguji@example.org",
        delay=0.0,
        timeout=TIMEOUT,
        retries=2,
        backoff=BACKOFF,
        proxy=portal.proxy,
        source_interval=0.0,
        embeddings=False,
    )
    return replace(config, **changes)  # type: ignore[arg-type]
