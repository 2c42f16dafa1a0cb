"""The fetcher against the fixture portals: robots.txt, politeness, retries, limits."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import replace

from tests.crawl.conftest import BACKOFF, RETRY_AFTER, TIMEOUT, crawl_config
from tests.crawl.portal import (
    HARIAN,
    KABAR,
    STORIES,
    SUARA,
    Fixture,
    Page,
    Portal,
    news_portals,
)

from warta.crawl.fetch import FetchConfig, Fetcher, FetchResult, parse_retry_after


def fetch_all(config: FetchConfig, urls: list[str], **kwargs: object) -> list[FetchResult]:
    async def run() -> list[FetchResult]:
        async with Fetcher(config) as fetcher:
            return await asyncio.gather(*(fetcher.fetch(u, **kwargs) for u in urls))  # type: ignore[arg-type]

    return asyncio.run(run())


def config_of(portal: Portal, **changes: object) -> FetchConfig:
    return replace(crawl_config(portal).fetch_config(), **changes)  # type: ignore[arg-type]


def test_robots_disallowed_path_is_never_requested(portals: tuple[Portal, Fixture]) -> None:
    portal, fx = portals
    [result] = fetch_all(config_of(portal), [f"http://{KABAR}{fx.disallowed}"])
    assert result.error == "robots-disallowed" and result.exchanges == []
    assert portal.hits(KABAR, fx.disallowed) == []
    assert [h.path for h in portal.hits(KABAR)] == ["/robots.txt"]


def test_crawl_delay_spaces_requests_to_one_host() -> None:
    portal, fx = news_portals(crawl_delay=0.25)
    with portal:
        urls = [f"http://{KABAR}{p}" for p in fx.allowed[KABAR][:3]]
        urls += [f"http://{HARIAN}{p}" for p in fx.allowed[HARIAN][:3]]
        results = fetch_all(config_of(portal, per_host=4), urls)
    assert all(r.ok for r in results)
    starts = sorted(h.at for h in portal.hits(KABAR) if h.path != "/robots.txt")
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(gaps) == 2 and min(gaps) >= 0.2  # 0.25 s, less the server's timing jitter
    # no crawl-delay on the other host: its requests did not wait for kabarnusa's
    harian = sorted(h.at for h in portal.hits(HARIAN) if h.path != "/robots.txt")
    assert harian[-1] - harian[0] < 0.2


def test_503_twice_is_retried_with_exponential_backoff(portals: tuple[Portal, Fixture]) -> None:
    portal, fx = portals
    [result] = fetch_all(config_of(portal), [f"http://{KABAR}{fx.flaky}"])
    assert result.ok and result.attempts == 3
    hits = portal.hits(KABAR, fx.flaky)
    assert [h.status for h in hits] == [503, 503, 200]
    first, second = hits[1].at - hits[0].at, hits[2].at - hits[1].at
    assert first >= BACKOFF * 0.9 and second >= 2 * BACKOFF * 0.9
    assert [e.status for e in result.exchanges] == [503, 503, 200]  # all archived


def test_429_waits_for_retry_after(portals: tuple[Portal, Fixture]) -> None:
    portal, fx = portals
    [result] = fetch_all(config_of(portal), [f"http://{KABAR}{fx.busy}"])
    assert result.ok
    hits = portal.hits(KABAR, fx.busy)
    assert [h.status for h in hits] == [429, 200]
    assert hits[1].at - hits[0].at >= RETRY_AFTER * 0.95


def test_retry_after_beyond_the_limit_is_left_to_the_frontier(
    portals: tuple[Portal, Fixture],
) -> None:
    portal, fx = portals
    [result] = fetch_all(config_of(portal, max_retry_after=0.5), [f"http://{KABAR}{fx.busy}"])
    assert result.error == "retry-later" and result.retry_after == RETRY_AFTER
    assert len(portal.hits(KABAR, fx.busy)) == 1


def test_a_page_that_never_finishes_times_out(portals: tuple[Portal, Fixture]) -> None:
    portal, fx = portals
    [result] = fetch_all(config_of(portal, retries=1), [f"http://{KABAR}{fx.slow}"])
    assert result.error == "timeout" and result.attempts == 2
    assert len(portal.hits(KABAR, fx.slow)) == 2


def test_redirect_chain_ends_at_the_normalised_article(portals: tuple[Portal, Fixture]) -> None:
    portal, fx = portals
    [result] = fetch_all(config_of(portal), [f"http://{KABAR}{fx.redirect_from}"])
    assert result.ok
    assert result.final_url == f"http://{KABAR}{fx.redirect_to}"  # utm_source dropped
    assert [e.status for e in result.exchanges] == [301, 302, 200]


def test_conditional_get_gzip_and_br(portals: tuple[Portal, Fixture]) -> None:
    portal, fx = portals
    kabar = f"http://{KABAR}{fx.allowed[KABAR][0]}"  # gzip
    harian = f"http://{HARIAN}{fx.allowed[HARIAN][0]}"  # br
    first = fetch_all(config_of(portal), [kabar, harian])
    assert all(r.ok for r in first)
    assert STORIES["banjir"].title.encode() in first[0].final.body  # type: ignore[union-attr]
    assert STORIES["jembatan"].title.encode() in first[1].final.body  # type: ignore[union-attr]
    assert {first[0].final.header("content-encoding"), first[1].final.header("content-encoding")} == {"gzip", "br"}  # type: ignore[union-attr]
    etag = first[0].final.header("etag")  # type: ignore[union-attr]
    [again] = fetch_all(config_of(portal), [kabar], etag=etag)
    assert again.not_modified and again.final.body == b""  # type: ignore[union-attr]
    assert portal.hits(KABAR, fx.allowed[KABAR][0])[-1].headers["if-none-match"] == etag


def test_size_and_content_type_limits(portals: tuple[Portal, Fixture]) -> None:
    portal, _fx = portals
    portal.add(KABAR, "/berita/besar", Page(b"<html>" + b"a" * 50_000 + b"</html>"))
    portal.add(KABAR, "/berita/gambar", Page(b"\x89PNG...", "image/png"))
    big, image = fetch_all(config_of(portal, max_bytes=10_000),
                           [f"http://{KABAR}/berita/besar", f"http://{KABAR}/berita/gambar"])
    assert big.error == "too-large" and big.final.body == b""  # type: ignore[union-attr]
    assert image.error == "content-type"


def test_user_agent_names_the_contact(portals: tuple[Portal, Fixture]) -> None:
    portal, fx = portals
    fetch_all(config_of(portal), [f"http://{KABAR}{fx.allowed[KABAR][0]}"])
    agents = {h.headers["user-agent"] for h in portal.hits(KABAR)}
    assert len(agents) == 1 and "+penguji@example.org" in agents.pop()


def test_retry_after_header_forms() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert TIMEOUT < 1


def fetch_in_turn(
    config: FetchConfig, calls: list[tuple[str, dict[str, str]]]
) -> list[FetchResult]:
    """One fetcher, each ``(url, kwargs)`` fetched after the previous one finished."""

    async def run() -> list[FetchResult]:
        async with Fetcher(config) as fetcher:
            return [await fetcher.fetch(url, **kwargs) for url, kwargs in calls]  # type: ignore[arg-type]

    return asyncio.run(run())


def test_conditional_gets_keep_the_connection(portals: tuple[Portal, Fixture]) -> None:
    # A 304 has no body, but unless it is read the client closes the connection: every
    # poll of an unchanged feed would then open a new one.
    portal, fx = portals
    url = f"http://{HARIAN}{fx.allowed[HARIAN][0]}"
    [first] = fetch_all(config_of(portal), [url])
    etag = first.final.header("etag")  # type: ignore[union-attr]
    results = fetch_in_turn(config_of(portal, per_host=1), [(url, {"etag": etag})] * 4)
    assert all(r.not_modified for r in results)
    hits = portal.hits(HARIAN)[-5:]  # robots.txt, then the four 304s
    assert [h.status for h in hits] == [200, 304, 304, 304, 304]
    assert len({h.peer for h in hits}) == 1


def test_idle_connections_of_the_least_recent_hosts_are_closed(
    portals: tuple[Portal, Fixture],
) -> None:
    portal, fx = portals
    harian, suara = f"http://{HARIAN}{fx.allowed[HARIAN][0]}", f"http://{SUARA}/"
    calls: list[tuple[str, dict[str, str]]] = [(harian, {}), (suara, {}), (harian, {})]
    for open_hosts, harian_connections in ((2, 1), (1, 2)):
        before = len(portal.hits(HARIAN))
        fetch_in_turn(config_of(portal, per_host=1, open_hosts=open_hosts), calls)
        peers = {h.peer for h in portal.hits(HARIAN)[before:]}
        assert len(peers) == harian_connections, open_hosts
