"""The polite async fetcher: httpx, robots.txt, per-host delay, retries, limits.

Every request goes through :meth:`Fetcher.fetch`, which

* checks robots.txt (protego) for the URL and for every redirect hop, and waits the
  host's delay: ``max(delay, robots crawl-delay)`` (the latter capped at
  ``max_crawl_delay``) between two requests to one host, with at most ``per_host``
  requests in flight per host and ``concurrency`` overall;
* sends a User-Agent naming the contact the user set, and ``If-None-Match`` /
  ``If-Modified-Since`` when validators are known (a 304 is then the whole answer);
* retries 429, 5xx, timeouts and connection failures with exponential backoff
  (``backoff * 2**n`` seconds), or after ``Retry-After`` when the server says; a
  ``Retry-After`` longer than ``max_retry_after`` ends the fetch with it, so the
  frontier schedules the URL then instead of holding the crawl;
* follows redirects itself (each hop robots-checked, at most ``max_redirects``; the
  target normalised, so a redirect adding ``utm_*`` parameters does not name the article);
* refuses bodies over ``max_bytes`` (decoded: gzip and br are decoded as they stream, so
  a compression bomb costs no more) and content types the caller did not ask for;
* bounds each attempt by ``timeout`` seconds in total, so a page that trickles forever
  costs a timeout, not a stuck crawl;
* keeps each host's connections in a pool of its own (at most ``per_host``), reused by
  every request to that host (304s included) while it was used among the last
  ``open_hosts`` hosts; the least recently used host's connections are closed beyond.

Every HTTP response it receives (redirects, errors, robots.txt included) comes back as an
:class:`Exchange`, so the caller can archive all of them.
"""

from __future__ import annotations

import asyncio
import email.utils
import ssl
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from warta.crawl.urls import host_of, normalize_url, robots_url

#: Statuses worth another try (RFC 9110: the server may answer differently later).
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Content types of article pages and of source bodies.
HTML_TYPES = ("text/html", "application/xhtml+xml")
SOURCE_TYPES = (*HTML_TYPES, "xml", "rss", "atom", "text/plain")
ROBOTS_AGENT = "warta"


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """How the fetcher behaves; the defaults are for crawling real news sites."""

    user_agent: str
    delay: float = 1.0  # seconds between two requests to one host (politeness)
    per_host: int = 2  # requests in flight per host
    concurrency: int = 16  # requests in flight overall
    timeout: float = 20.0  # seconds for one attempt, body included
    max_bytes: int = 5 * 1024 * 1024  # a news page is < 1 MiB; feeds and sitemaps < 5
    retries: int = 3  # further attempts after a 429 / 5xx / timeout
    backoff: float = 1.0  # first retry wait; doubles each time
    max_retry_after: float = 120.0  # longer Retry-After: give up now, frontier retries
    max_crawl_delay: float = 30.0  # cap on a robots.txt crawl-delay
    max_redirects: int = 5
    robots_ttl: float = 3600.0  # seconds a robots.txt is trusted
    open_hosts: int = 64  # hosts whose idle keep-alive connections are kept open
    proxy: str | None = None  # an HTTP proxy for every request (tests: the fixture server)


@dataclass(frozen=True, slots=True)
class Exchange:
    """One HTTP response as received (body decoded), with the request that caused it."""

    url: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    request_headers: tuple[tuple[str, str], ...]
    date: str  # ISO 8601 UTC, when the response arrived

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


@dataclass(slots=True)
class FetchResult:
    """The outcome of :meth:`Fetcher.fetch`.

    ``status`` is the final HTTP status (None when no answer came); ``error`` a slug
    when the fetch failed: ``robots-disallowed``, ``timeout``, ``connect-error``,
    ``http-<status>``, ``too-large``, ``content-type``, ``too-many-redirects``,
    ``retry-later`` (a Retry-After beyond the limit: see ``retry_after``).
    """

    url: str
    final_url: str
    status: int | None = None
    error: str | None = None
    detail: str | None = None
    retry_after: float | None = None
    attempts: int = 0
    exchanges: list[Exchange] = field(default_factory=list)

    @property
    def final(self) -> Exchange | None:
        return self.exchanges[-1] if self.exchanges else None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304


class _Host:
    """Per-host state: a semaphore, the next start time, the robots rules, the client
    whose pool holds the host's connections (None until needed or once closed)."""

    def __init__(self, name: str, per_host: int) -> None:
        self.name = name
        self.slots = asyncio.Semaphore(per_host)
        self.client: httpx.AsyncClient | None = None
        self.busy = 0  # requests in flight on ``client``
        self.lock = asyncio.Lock()
        self.next_start = 0.0
        self.robots: object | None = None  # a protego.Protego
        self.robots_until = 0.0
        self.robots_lock = asyncio.Lock()


class Fetcher:
    """httpx clients with the crawl's politeness; use as ``async with Fetcher(c) as f``.

    Keep one instance across watch cycles: robots.txt rules, host timing and keep-alive
    connections carry over.
    """

    def __init__(self, config: FetchConfig) -> None:
        self.config = config
        self._hosts: dict[str, _Host] = {}
        self._slots = asyncio.Semaphore(config.concurrency)
        #: Responses that belong to no URL asked for (robots.txt), for the archive.
        self.side: list[Exchange] = []
        #: Hosts with an open client, least recently used first.
        self._open: OrderedDict[str, _Host] = OrderedDict()
        self._ssl: ssl.SSLContext | None = None  # one for all clients: loading CAs is slow

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        while self._open:
            _name, host = self._open.popitem(last=False)
            client, host.client = host.client, None
            if client is not None:
                await client.aclose()

    async def _client(self, host: _Host) -> httpx.AsyncClient:
        """``host``'s client, opened when it has none. One pool per host, not one for all:
        httpcore's (1.0) pool costs O(connections²) per request, and a shared pool smaller
        than hosts x per_host closes one host's idle connections to open another's, so a
        cycle of polls would reconnect for nearly every conditional GET."""
        self._open[host.name] = host
        self._open.move_to_end(host.name)
        if host.client is None:
            if self._ssl is None:
                self._ssl = httpx.create_ssl_context(trust_env=False)
            host.client = httpx.AsyncClient(
                headers={"User-Agent": self.config.user_agent},
                follow_redirects=False,
                timeout=httpx.Timeout(self.config.timeout),
                proxy=self.config.proxy,
                verify=self._ssl,
                limits=httpx.Limits(
                    max_connections=self.config.per_host,
                    max_keepalive_connections=self.config.per_host,
                ),
                trust_env=False,  # a proxy comes from the config, never from the environment
            )
        # Beyond open_hosts, the least recently used idle hosts give their sockets back.
        excess = len(self._open) - max(1, self.config.open_hosts)
        for other_name, other in list(self._open.items())[: max(0, excess)]:
            if other.busy == 0 and other is not host and other.client is not None:
                del self._open[other_name]
                client, other.client = other.client, None
                await client.aclose()
        assert host.client is not None
        return host.client

    def _host(self, url: str) -> _Host:
        host = host_of(url)
        if host not in self._hosts:
            self._hosts[host] = _Host(host, self.config.per_host)
        return self._hosts[host]

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: Iterable[str] = HTML_TYPES,
    ) -> FetchResult:
        """GET ``url`` politely; see the module docstring for what that means."""
        result = FetchResult(url, url)
        types = tuple(accept)
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.config.max_redirects + 1):
            result.final_url = current
            if not await self.allowed(current):
                result.error = "robots-disallowed"
                result.detail = f"robots.txt of {host_of(current)} disallows {current}"
                return result
            answer = await self._with_retries(current, conditional, types, result)
            if answer is None:
                return result
            if answer.status >= 400 and result.error is None:
                result.error = f"http-{answer.status}"
                result.detail = f"{current} answered {answer.status} {answer.reason}"
            if answer.status not in REDIRECT_STATUSES:
                return result
            location = answer.header("location")
            if not location:
                result.error = f"http-{answer.status}"
                result.detail = "a redirect without Location"
                return result
            # Tracking parameters a redirect adds are dropped (the article is the same).
            target = str(httpx.URL(current).join(location))
            current = normalize_url(target) or target
            conditional = {}  # validators belong to the URL that gave them
        result.error = "too-many-redirects"
        result.detail = f"more than {self.config.max_redirects} redirects from {url}"
        return result

    async def _with_retries(
        self, url: str, headers: dict[str, str], types: tuple[str, ...], result: FetchResult
    ) -> Exchange | None:
        """One URL, retried on 429 / 5xx / timeouts; the last answer, None if none."""
        host = self._host(url)
        for attempt in range(self.config.retries + 1):
            result.attempts += 1
            wait: float | None = None
            answer: Exchange | None = None
            # The host's turn first, then a global slot: a request waiting out one
            # host's delay must not hold a slot other hosts could use.
            async with host.slots:
                await self._wait_turn(host)
                async with self._slots:
                    try:
                        async with asyncio.timeout(self.config.timeout):
                            answer = await self._get(host, url, headers, types, result)
                    except TimeoutError:
                        result.error, result.status = "timeout", None
                        result.detail = (
                            f"no complete answer from {url} in {self.config.timeout} s"
                        )
                    except httpx.TransportError as exc:
                        result.error, result.status = "connect-error", None
                        result.detail = f"{url}: {type(exc).__name__}: {exc}"
            if answer is not None:
                if answer.status not in RETRY_STATUSES:
                    return answer
                result.error = f"http-{answer.status}"
                result.detail = f"{url} answered {answer.status} {answer.reason}"
                wait = parse_retry_after(answer.header("retry-after"))
                if wait is not None and wait > self.config.max_retry_after:
                    result.error, result.retry_after = "retry-later", wait
                    result.detail = f"{url} asks to come back in {wait:.0f} s (Retry-After)"
                    return answer
            if attempt == self.config.retries:
                break
            if wait is None:
                wait = self.config.backoff * 2**attempt
            # The host asked to slow down: nobody else starts a request there before then.
            host.next_start = max(host.next_start, time.monotonic() + wait)
            await asyncio.sleep(wait)
        return answer

    async def _wait_turn(self, host: _Host) -> None:
        delay = self.config.delay
        robots = host.robots
        if robots is not None:
            crawl_delay = robots.crawl_delay(ROBOTS_AGENT)  # type: ignore[attr-defined]
            if crawl_delay:
                delay = max(delay, min(float(crawl_delay), self.config.max_crawl_delay))
        async with host.lock:
            pause = host.next_start - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
            host.next_start = time.monotonic() + delay

    async def _get(
        self,
        host: _Host,
        url: str,
        headers: dict[str, str],
        types: tuple[str, ...],
        result: FetchResult,
    ) -> Exchange:
        host.busy += 1
        try:
            return await self._get_on(host, url, headers, types, result)
        finally:
            host.busy -= 1

    async def _get_on(
        self,
        host: _Host,
        url: str,
        headers: dict[str, str],
        types: tuple[str, ...],
        result: FetchResult,
    ) -> Exchange:
        client = await self._client(host)
        request = client.build_request("GET", url, headers=headers)
        response = await client.send(request, stream=True)
        status = response.status_code
        result.error = result.detail = None  # an answer came: earlier failures are moot
        body = bytearray()
        try:
            ctype = response.headers.get("content-type", "").lower()
            if status == 200 and types and not any(t in ctype for t in types):
                result.error = "content-type"
                result.detail = f"{url} is {ctype or 'untyped'}, not {' or '.join(types)}"
            elif status in (204, 304):
                # No body by definition, but h11 only marks the answer complete once it
                # is read: an unread 304 makes httpcore close the keep-alive connection,
                # and every conditional GET of a cycle would open a new one.
                await response.aread()
            else:
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > self.config.max_bytes:
                        result.error = "too-large"
                        result.detail = (
                            f"{url} is over {self.config.max_bytes} bytes, the limit for "
                            "one page; raise max_bytes to fetch it"
                        )
                        body = bytearray()
                        break
        finally:
            await response.aclose()
        exchange = Exchange(
            url=url,
            status=status,
            reason=response.reason_phrase,
            headers=tuple(response.headers.multi_items()),
            body=bytes(body),
            request_headers=tuple(request.headers.multi_items()),
            date=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        result.status = status
        result.exchanges.append(exchange)
        return exchange

    async def allowed(self, url: str) -> bool:
        """True when the host's robots.txt lets warta fetch ``url``.

        robots.txt is read once per ``robots_ttl``: a 4xx means no rules (RFC 9309), a
        5xx or no answer means "nothing allowed" for a minute.
        """
        host = self._host(url)
        if url == robots_url(url):
            return True
        async with host.robots_lock:
            if host.robots is None or time.monotonic() >= host.robots_until:
                await self._load_robots(url, host)
        return bool(host.robots.can_fetch(url, ROBOTS_AGENT))  # type: ignore[attr-defined]

    async def _load_robots(self, url: str, host: _Host) -> None:
        from protego import Protego

        target = robots_url(url)
        result = FetchResult(target, target)
        answer: Exchange | None = None
        try:
            answer = await self._with_retries(target, {}, ("text/plain",), result)
        finally:
            self.side.extend(result.exchanges)
        ttl = self.config.robots_ttl
        if answer is not None and answer.status == 200 and not result.error:
            rules = answer.body.decode("utf-8", "replace")
        elif answer is not None and 400 <= answer.status < 500:
            rules = ""
        elif result.error == "content-type" and answer is not None:
            rules = ""  # an HTML "robots.txt" (a soft 404): no rules
        else:
            rules, ttl = "User-agent: *\nDisallow: /\n", 60.0
        host.robots = Protego.parse(rules)
        host.robots_until = time.monotonic() + ttl


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def user_agent(contact: str) -> str:
    """``warta/VERSION (+CONTACT)``: who is crawling and how to reach them."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("warta")
    except PackageNotFoundError:
        release = "dev"
    return f"warta/{release} (news monitor; +{contact})"
