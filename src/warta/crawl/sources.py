"""Adding sources: by kind, or discovered from what the URL serves.

:func:`add` with a ``kind`` stores the source as given. Without one it looks:

* a local file is a URL list (``list``);
* a body that is a feed or a sitemap is that (``feed`` / ``sitemap``);
* an HTML page names its feeds (``<link rel="alternate" type="application/rss+xml">``,
  or ``atom+xml``); a homepage (path ``/``) also gives the ``Sitemap:`` lines of the
  site's robots.txt. Each becomes a source. A page naming none is a section page
  (``page``: its article links are followed one level);
* plain text is a URL list.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import urlsplit

from warta.crawl import frontier
from warta.crawl.cycle import CrawlConfig
from warta.crawl.discover import SourceKind, discover_feeds, robots_sitemaps, sniff_kind
from warta.crawl.fetch import SOURCE_TYPES, Fetcher
from warta.crawl.urls import normalize_url, robots_url
from warta.errors import InputError, InvalidParameterError
from warta.store.db import connect


def add(
    db: str | Path,
    url: str,
    *,
    kind: SourceKind | None = None,
    name: str | None = None,
    interval: float | None = None,
    config: CrawlConfig | None = None,
) -> list[frontier.Source]:
    """Add the source(s) ``url`` stands for to the store; return them.

    ``config`` (its contact, proxy, timeout) is needed only to discover the kind.
    """
    local = Path(url).expanduser()
    if "://" not in url and local.exists():
        key, kinds = str(local.absolute()), [(str(local.absolute()), kind or "list")]
    else:
        normal = normalize_url(url)
        if normal is None:
            raise InvalidParameterError(
                f"'{url}' is neither an http(s) URL nor an existing file; give a feed, "
                "sitemap or page URL, or a file of URLs",
                detail={"url": url},
            )
        key = normal
        if kind is not None:
            kinds = [(normal, kind)]
        else:
            if config is None:
                raise InvalidParameterError(
                    f"cannot tell what {url} is without fetching it; give --kind, or a "
                    "--contact for the User-Agent so warta may look",
                    detail={"url": url},
                )
            kinds = asyncio.run(discover(normal, config))
    conn = connect(db)
    try:
        added = []
        for source_url, source_kind in kinds:
            label = name if (name and len(kinds) == 1) or source_url == key else None
            if name and len(kinds) > 1:
                label = f"{name} ({source_kind})" if label is None else label
            added.append(
                frontier.add_source(conn, source_url, source_kind, name=label, interval=interval)
            )
        return added
    finally:
        conn.close()


async def discover(url: str, config: CrawlConfig) -> list[tuple[str, SourceKind]]:
    """``(url, kind)`` of the sources ``url`` stands for (see the module docstring)."""
    async with Fetcher(config.fetch_config()) as fetcher:
        result = await fetcher.fetch(url, accept=SOURCE_TYPES)
        answer = result.final
        if not result.ok or answer is None:
            raise InputError(
                f"could not read {url} to find out what it is ({result.detail or result.error}"
                "); check the URL, or give --kind feed|sitemap|page|list",
                detail={"url": url, "error": result.error},
            )
        final = normalize_url(result.final_url) or url
        sniffed = sniff_kind(answer.body, answer.header("content-type") or "")
        if sniffed in ("feed", "sitemap"):
            return [(final, sniffed)]
        if sniffed is None:
            return [(final, "list")]
        feeds = discover_feeds(answer.body, final)
        found: list[tuple[str, SourceKind]] = [(f, "feed") for f in feeds]
        if urlsplit(final).path in ("", "/"):
            robots = next(
                (e for e in fetcher.side if e.url == robots_url(final) and e.status == 200), None
            )
            if robots is not None:
                text = robots.body.decode("utf-8", "replace")
                found += [(s, "sitemap") for s in robots_sitemaps(text, final)]
        return found or [(final, "page")]
