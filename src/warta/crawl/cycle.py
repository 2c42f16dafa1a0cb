"""One crawl cycle: poll the due sources, fetch the due URLs, build what arrived.

A cycle (:func:`run_cycle`, or :meth:`Crawler.cycle` inside a running event loop):

1. builds pages a killed crawl left in the archive but not in the store;
2. polls every due source with a conditional GET (a 304 costs nothing more) and puts the
   article URLs it names into the frontier (a sitemap index's sitemaps are read too);
3. fetches the due frontier URLs in batches of ``batch``: each 200 HTML answer goes to
   the ``pages`` WARC stream and the row becomes ``archived``; after each batch the
   existing build (:func:`warta.pipeline.local.build`) reads that batch's WARC files, so
   cleaning, duplicates, entities and stories all apply, and the rows become ``stored``
   with the article id of their WARC record;
4. counts what happened (:class:`CycleReport`).

Setting ``stop`` (a :class:`threading.Event`) lets the requests in flight finish, builds
what they brought and ends the cycle: that is what Ctrl-C does.
"""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from warta.clean import article_id
from warta.crawl import frontier
from warta.crawl.archive import WarcArchive
from warta.crawl.discover import Found, Link, parse
from warta.crawl.fetch import SOURCE_TYPES, FetchConfig, Fetcher, FetchResult, user_agent
from warta.crawl.urls import normalize_url
from warta.errors import InvalidParameterError
from warta.pipeline.local import build
from warta.store.db import connect, transaction

#: Errors worth another try in a later cycle (the fetcher already retried within this one).
RETRY_LATER = ("timeout", "connect-error", "retry-later", "http-429", "http-5")
#: Answers that say the URL has no article for us, ever.
GONE = ("http-404", "http-410")


@dataclass(frozen=True, slots=True)
class CrawlConfig:
    """How a crawl behaves. ``fetch`` holds the HTTP side, the rest the scheduling."""

    contact: str
    delay: float = 1.0  # seconds between requests to one host (raised by crawl-delay)
    per_host: int = 2
    concurrency: int = 16
    timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 120.0
    max_crawl_delay: float = 30.0
    proxy: str | None = None
    #: Seconds between two polls of a source (a source's own interval wins).
    source_interval: float = 300.0
    #: Seconds before a fetched article is asked again (conditional GET); None: never.
    revisit: float | None = None
    #: Cycles a failing URL is tried before it is given up (``failed``).
    max_attempts: int = 5
    #: Seconds before a failed URL is tried again, doubled per failure.
    retry_base: float = 60.0
    #: Pages per build: the unit that Ctrl-C lets finish.
    batch: int = 200
    #: Sitemaps of one sitemap index read per poll.
    max_sitemaps: int = 50
    archive: Path | None = None  # default: <store>.archive/
    warc_max_bytes: int = 100 * 1024 * 1024
    embeddings: bool | None = None  # as `warta build`: on when the extra is installed
    #: False: fetch and archive only; the pages stay ``archived`` until a cycle that
    #: builds (or ``warta build ARCHIVE/pages-*.warc.gz``) reads them.
    build: bool = True

    def fetch_config(self) -> FetchConfig:
        if not self.contact.strip():
            raise InvalidParameterError(
                "no contact for the User-Agent; sites must be able to reach whoever "
                "crawls them: give --contact EMAIL-OR-URL once (it is kept in the store)",
                detail={"contact": self.contact},
            )
        return FetchConfig(
            user_agent=user_agent(self.contact.strip()),
            delay=self.delay,
            per_host=self.per_host,
            concurrency=self.concurrency,
            timeout=self.timeout,
            max_bytes=self.max_bytes,
            retries=self.retries,
            backoff=self.backoff,
            max_retry_after=self.max_retry_after,
            max_crawl_delay=self.max_crawl_delay,
            proxy=self.proxy,
        )


@dataclass
class CycleReport:
    """What one cycle did. ``fetched``: article pages received whole (200); ``errors``:
    article and source fetches that failed."""

    cycle: int = 0
    started: float = field(default_factory=time.time)
    seconds: float = 0.0
    sources: int = 0
    links: int = 0  # URLs new to the frontier
    fetched: int = 0
    not_modified: int = 0
    unchanged: int = 0  # 200 with the very same bytes as last time
    new_articles: int = 0
    updated_articles: int = 0
    duplicates: int = 0
    new_stories: int = 0
    errors: int = 0
    disallowed: int = 0
    skipped: int = 0
    alerts: int = 0
    stopped: bool = False
    error_samples: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    build: Counter[str] = field(default_factory=Counter)

    def error(self, message: str) -> None:
        self.errors += 1
        if len(self.error_samples) < 20:
            self.error_samples.append(message)

    def to_dict(self) -> dict[str, object]:
        return {
            "cycle": self.cycle,
            "started": round(self.started, 3),
            "seconds": round(self.seconds, 3),
            "sources": self.sources,
            "links": self.links,
            "fetched": self.fetched,
            "not_modified": self.not_modified,
            "unchanged": self.unchanged,
            "new_articles": self.new_articles,
            "updated_articles": self.updated_articles,
            "duplicates": self.duplicates,
            "new_stories": self.new_stories,
            "errors": self.errors,
            "disallowed": self.disallowed,
            "skipped": self.skipped,
            "alerts": self.alerts,
            "stopped": self.stopped,
            "error_samples": self.error_samples,
            "problems": self.problems,
            "build": dict(self.build),
        }


def archive_folder(db: str | Path, config: CrawlConfig) -> Path:
    """``--archive DIR``, else ``<store>.archive/`` next to the store."""
    if config.archive is not None:
        return Path(config.archive).absolute()
    db = Path(db).absolute()
    return db.with_name(db.name + ".archive")


class Crawler:
    """The crawl of one store: a fetcher, an archive and the frontier, across cycles.

    Use inside an event loop: ``async with Crawler(db, config) as c: await c.cycle()``.
    """

    def __init__(
        self,
        db: str | Path,
        config: CrawlConfig,
        *,
        stop: threading.Event | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = Path(db)
        self.config = config
        self.stop = stop or threading.Event()
        self.clock = clock
        self.fetcher = Fetcher(config.fetch_config())
        self.archive = WarcArchive(archive_folder(db, config), max_bytes=config.warc_max_bytes)
        self.cycles = 0

    async def __aenter__(self) -> Crawler:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.fetcher.aclose()
        self.archive.close()

    async def cycle(self) -> CycleReport:
        """Run one cycle (see the module docstring); return its report."""
        self.cycles += 1
        report = CycleReport(cycle=self.cycles)
        t0 = time.perf_counter()
        conn = connect(self.db)
        try:
            # The stories before the cycle's first build: read only when a build comes
            # (a cycle with nothing new must not scan the store).
            before: set[str] | None = None

            def first_build() -> None:
                nonlocal before
                if before is None:
                    before = _story_ids(conn)

            stored_ids: list[str] = []
            stored_ids += self._build_archived(conn, report, first_build)
            await self._poll_sources(conn, report)
            # Due as of the cycle's start, and each URL at most once per cycle: a page
            # fetched now is due again later (at once with revisit 0), not in this cycle,
            # which would otherwise never end.
            started = self.clock()
            fetched: set[str] = set()
            while not self.stop.is_set():
                window = self.config.batch * HOST_MIX + len(fetched)
                due = [e for e in frontier.due(conn, started, window) if e.url not in fetched]
                entries = _across_hosts(due, self.config.batch)
                if not entries:
                    break
                fetched.update(e.url for e in entries)
                await asyncio.gather(*(self._fetch_entry(conn, e, report) for e in entries))
                self._archive_side()
                stored_ids += self._build_archived(conn, report, first_build)
            report.stopped = self.stop.is_set()
            if stored_ids:
                report.duplicates = _with_duplicates(conn, stored_ids)
                report.new_stories = len(_story_ids(conn) - (before or set()))
        finally:
            self._archive_side()
            conn.close()
        report.seconds = time.perf_counter() - t0
        return report

    # -- sources --------------------------------------------------------------------

    async def _poll_sources(self, conn: sqlite3.Connection, report: CycleReport) -> None:
        sources = frontier.due_sources(conn, self.clock())
        report.sources = len(sources)
        await asyncio.gather(*(self._poll(conn, s, report) for s in sources))
        self._archive_side()

    async def _poll(
        self, conn: sqlite3.Connection, source: frontier.Source, report: CycleReport
    ) -> None:
        if self.stop.is_set():
            return
        interval = source.interval if source.interval is not None else (
            self.config.source_interval
        )
        next_fetch = self.clock() + interval
        if source.kind == "list" and not source.url.startswith(("http://", "https://")):
            try:
                text = Path(source.url).read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                report.error(f"{source.url}: {exc}")
                frontier.source_fetched(
                    conn, source, status="error", error=str(exc), next_fetch=next_fetch
                )
                return
            found = parse("list", text.encode("utf-8"), "")
            new = frontier.enqueue(conn, found.links, source.id, self.clock())
            report.links += new
            frontier.source_fetched(conn, source, status="read", next_fetch=next_fetch, found=new)
            return
        result = await self.fetcher.fetch(
            source.url, etag=source.etag, last_modified=source.last_modified, accept=SOURCE_TYPES
        )
        self._archive(result)
        answer = result.final
        if result.not_modified:
            # an unchanged index may name changed sitemaps: ask each (conditionally)
            remembered = frontier.sitemaps(conn, source.id)
            links = await self._read_sitemaps(conn, remembered, report) if remembered else []
            new = frontier.enqueue(conn, links, source.id, self.clock()) if links else 0
            report.links += new
            frontier.source_fetched(conn, source, status="304", next_fetch=next_fetch, found=new)
            return
        if not result.ok or answer is None:
            report.error(f"{source.url}: {result.detail or result.error}")
            if result.retry_after:
                next_fetch = max(next_fetch, self.clock() + result.retry_after)
            frontier.source_fetched(
                conn, source, status="error", error=result.detail or result.error,
                next_fetch=next_fetch,
            )
            return
        found = parse(source.kind, answer.body, result.final_url)
        links = list(found.links)
        if found.sitemaps:
            frontier.set_sitemaps(conn, source.id, found.sitemaps[: self.config.max_sitemaps])
            links += await self._read_sitemaps(conn, found.sitemaps, report)
        new = frontier.enqueue(conn, links, source.id, self.clock())
        report.links += new
        frontier.source_fetched(
            conn, source, status="200", next_fetch=next_fetch, found=new,
            etag=answer.header("etag"), last_modified=answer.header("last-modified"),
        )

    async def _read_sitemaps(
        self, conn: sqlite3.Connection, urls: list[str], report: CycleReport, depth: int = 0
    ) -> list[Link]:
        """Links of the sitemaps a sitemap index names (conditional GET each)."""

        async def one(url: str) -> Found:
            etag, modified = frontier.validators(conn, url)
            result = await self.fetcher.fetch(
                url, etag=etag, last_modified=modified, accept=SOURCE_TYPES
            )
            self._archive(result)
            answer = result.final
            if result.not_modified or answer is None:
                return Found()
            if not result.ok:
                report.error(f"{url}: {result.detail or result.error}")
                return Found()
            frontier.set_validators(
                conn, url, answer.header("etag"), answer.header("last-modified")
            )
            return parse("sitemap", answer.body, result.final_url)

        founds = await asyncio.gather(*(one(u) for u in urls[: self.config.max_sitemaps]))
        links = [link for found in founds for link in found.links]
        nested = [s for found in founds for s in found.sitemaps]
        if nested and depth < 1:
            links += await self._read_sitemaps(conn, nested, report, depth + 1)
        return links

    # -- articles -------------------------------------------------------------------

    async def _fetch_entry(
        self, conn: sqlite3.Connection, entry: frontier.Entry, report: CycleReport
    ) -> None:
        if self.stop.is_set():
            return
        revisit = entry.status in ("stored", "unchanged")
        # A revisit asks the page the redirect led to, with that page's validators: the
        # redirect is not followed (and archived) again each cycle.
        moved = revisit and entry.final_url and entry.final_url != entry.url
        result = await self.fetcher.fetch(
            entry.final_url if moved and entry.final_url else entry.url,
            etag=entry.etag if revisit else None,
            last_modified=entry.last_modified if revisit else None,
        )
        now = self.clock()
        again = None if self.config.revisit is None else now + self.config.revisit
        answer = result.final
        fields: dict[str, object] = {
            "fetched_at": frontier.now_iso(),
            "http_status": result.status,
            "final_url": result.final_url,
        }
        if result.ok and answer is not None:
            sha1 = hashlib.sha1(answer.body).hexdigest()
            validators = {
                "etag": answer.header("etag"),
                "last_modified": answer.header("last-modified"),
            }
            if revisit and sha1 == entry.content_sha1:
                report.unchanged += 1
                self._archive(result)
                fields.update(status="unchanged", next_fetch=again, attempts=0, error=None)
                fields.update(validators)
            else:
                report.fetched += 1
                self._archive(result, pages=True)
                ref = self.archive.write(answer, "pages")
                fields.update(
                    status="archived", next_fetch=again, attempts=0, error=None,
                    content_sha1=sha1, warc_file=ref.path, warc_offset=ref.offset,
                    warc_record_id=ref.record_id, article_id=None, **validators,
                )
                self._alias(conn, entry.url, result.final_url)
        elif result.not_modified:
            report.not_modified += 1
            self._archive(result)
            fields.update(status="unchanged", next_fetch=again, attempts=0, error=None)
        else:
            self._archive(result)
            error = result.error or "no-answer"
            fields["error"] = result.detail or error
            if error == "robots-disallowed":
                report.disallowed += 1
                fields.update(status="disallowed", next_fetch=None)
            elif error in ("content-type", "too-large"):
                report.skipped += 1
                fields.update(status="skipped", next_fetch=None)
            elif error.startswith(RETRY_LATER) and entry.attempts + 1 < self.config.max_attempts:
                report.error(f"{entry.url}: {result.detail or error}")
                wait = self.config.retry_base * 2**entry.attempts
                if result.retry_after:
                    wait = max(wait, result.retry_after)
                fields.update(status="error", next_fetch=now + wait, attempts=entry.attempts + 1)
            else:
                report.error(f"{entry.url}: {result.detail or error}")
                status = "gone" if error in GONE else "failed"
                fields.update(status=status, next_fetch=None, attempts=entry.attempts + 1)
        with transaction(conn):
            frontier.update(conn, entry.url, **fields)

    def _alias(self, conn: sqlite3.Connection, url: str, final_url: str) -> None:
        """The redirect target is the article: its own frontier entry is not fetched."""
        target = normalize_url(final_url)
        if target is None or target == url:
            return
        stamp = frontier.now_iso()
        with transaction(conn):
            conn.execute(
                "INSERT INTO frontier(url, status, first_seen, last_seen, next_fetch, "
                "final_url) VALUES (?, 'alias', ?, ?, NULL, ?) ON CONFLICT(url) DO UPDATE "
                "SET status = 'alias', next_fetch = NULL, final_url = excluded.final_url "
                "WHERE frontier.status = 'new'",
                (target, stamp, stamp, url),
            )

    # -- archive and build ----------------------------------------------------------

    def _archive(self, result: FetchResult, *, pages: bool = False) -> None:
        """Every exchange of ``result`` to the ``other`` stream (but for the final one
        when ``pages``: the caller writes it to the ``pages`` stream)."""
        exchanges = result.exchanges[:-1] if pages else result.exchanges
        for exchange in exchanges:
            self.archive.write(exchange, "other")

    def _archive_side(self) -> None:
        while self.fetcher.side:
            self.archive.write(self.fetcher.side.pop(0), "other")

    def _build_archived(
        self, conn: sqlite3.Connection, report: CycleReport, before: Callable[[], None]
    ) -> list[str]:
        """Build every archived page into the store (calling ``before()`` first when there
        is one); return the ids now stored."""
        if not self.config.build:
            return []
        rows = frontier.archived(conn)
        if not rows:
            return []
        before()
        self.archive.rotate("pages")  # the build reads whole files: the next page opens a new one
        files = sorted({str(row["warc_file"]) for row in rows})
        built = build(files, self.db, embeddings=self.config.embeddings)
        report.build.update(built.stats)
        report.new_articles += built.stats["new"]
        report.updated_articles += built.stats["updated"]
        report.problems += [p.error.message for p in built.problems][:20]
        ids = {
            str(row["url"]): article_id(f"{row['warc_file']}@{row['warc_offset']}")
            for row in rows
        }
        present = _existing(conn, list(ids.values()))
        with transaction(conn):
            for url, key in ids.items():
                if key in present:
                    frontier.update(conn, url, status="stored", article_id=key)
                else:  # the cleaner found no article text: a page, not news
                    frontier.update(conn, url, status="no-article", article_id=None)
        return [key for key in ids.values() if key in present]


#: A batch is chosen from this many times its size of due URLs, taking hosts in turn: a
#: feed lists one host's URLs together, and a batch of one host would wait out that
#: host's politeness while the others idle.
HOST_MIX = 10


def _across_hosts(entries: list[frontier.Entry], size: int) -> list[frontier.Entry]:
    """Up to ``size`` of ``entries``, one host after another in turn (each host's own
    order kept), so a batch spreads over as many hosts as are due."""
    by_host: dict[str, list[frontier.Entry]] = {}
    for entry in entries:
        by_host.setdefault(urlsplit(entry.url).hostname or "", []).append(entry)
    queues = [iter(q) for q in by_host.values()]
    out: list[frontier.Entry] = []
    while queues and len(out) < size:
        for queue in list(queues):
            turn = next(queue, None)
            if turn is None:
                queues.remove(queue)
            elif len(out) < size:
                out.append(turn)
    return out


def _existing(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        out |= {
            str(r[0]) for r in conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
        }
    return out


def _story_ids(conn: sqlite3.Connection) -> set[str]:
    return {str(row[0]) for row in conn.execute("SELECT id FROM stories")}


def _with_duplicates(conn: sqlite3.Connection, ids: list[str]) -> int:
    """How many of ``ids`` share a duplicate group with another article."""
    count = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        count += conn.execute(
            f"SELECT COUNT(*) FROM articles a WHERE a.id IN ({marks}) AND a.dup_group IS NOT "
            "NULL AND EXISTS (SELECT 1 FROM articles b WHERE b.dup_group = a.dup_group AND "
            "b.id != a.id)",
            chunk,
        ).fetchone()[0]
    return int(count)


def run_cycle(
    db: str | Path, config: CrawlConfig, *, stop: threading.Event | None = None
) -> CycleReport:
    """One cycle in a fresh event loop (``warta crawl --once``)."""

    async def main() -> CycleReport:
        async with Crawler(db, config, stop=stop) as crawler:
            return await crawler.cycle()

    return asyncio.run(main())
