"""``warta sources ...``, ``warta crawl`` and ``warta watch``: thin layers over
:mod:`warta.crawl`.

The contact for the User-Agent is given once (``--contact``) and kept in the store.
``watch`` evaluates alerts after each cycle when :mod:`warta.monitor` is installed, and
Ctrl-C lets the current batch finish (a second Ctrl-C aborts; stored batches stay).
"""

# Annotations are objects, not strings: Typer reads the commands' on every start, and
# a string annotation costs a compile (see tests/cli/test_startup.py).

import json
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from warta.cli.output import console, print_json, say, short, table
from warta.cli.startup import Group

sources_app = typer.Typer(
    cls=Group,
    name="sources",
    help="The sources warta polls: feeds, sitemaps, section pages, URL lists.",
    no_args_is_help=True,
)

DB = typer.Option(Path("warta.db"), "--db", help="The SQLite store.")
CONTACT = typer.Option(
    None, "--contact",
    help="An e-mail or URL where site owners reach you; sent in the User-Agent and kept "
    "in the store (needed once).",
)
# The crawl options `warta crawl` and `warta watch` share.
DELAY = typer.Option(
    1.0, "--delay", min=0,
    help="Seconds between requests to one host (a robots.txt crawl-delay raises it).",
)
PER_HOST = typer.Option(2, "--per-host", min=1, help="Requests in flight per host.")
TIMEOUT = typer.Option(20.0, "--timeout", min=0.1, help="Seconds per request.")
REVISIT = typer.Option(
    None, "--revisit", min=0,
    help="Seconds before a fetched article is asked again (conditional GET); default never.",
)
ARCHIVE = typer.Option(None, "--archive", help="WARC folder (default: DB.archive/).")
PROXY = typer.Option(None, "--proxy", help="An HTTP proxy for the requests.")
EMBEDDINGS = typer.Option(
    None, "--embeddings/--no-embeddings", show_default=False,
    help="Embed new articles with e5 (default: when warta\\[embeddings] is installed).",
)


def register(app: typer.Typer) -> None:
    """Add ``sources`` (a command group), ``crawl`` and ``watch`` to ``app``."""
    app.add_typer(sources_app)
    app.command("crawl")(crawl)
    app.command("watch")(watch)


@sources_app.command("add")
def add(
    url: str = typer.Argument(..., help="A feed, sitemap, section page or homepage URL, "
                              "or a file of URLs."),
    name: str | None = typer.Option(None, "--name", help="A short name for the source."),
    kind: str | None = typer.Option(
        None, "--kind", help="feed, sitemap, page or list (default: found out from the URL)."
    ),
    interval: float | None = typer.Option(
        None, "--interval", min=0, help="Seconds between polls (default: the watch interval)."
    ),
    db: Path = DB,
    contact: str | None = CONTACT,
    proxy: str | None = PROXY,
    as_json: bool = typer.Option(False, "--json", help="Print the sources added as JSON."),
) -> None:
    """Add a source; without --kind, a homepage gives its feeds and sitemaps."""
    from warta.crawl import KINDS
    from warta.crawl import sources as crawl_sources
    from warta.errors import InvalidParameterError

    if kind is not None and kind not in KINDS:
        raise InvalidParameterError(
            f"unknown source kind '{kind}'; use --kind {'|'.join(KINDS)}",
            detail={"kind": kind},
        )
    config = None
    if kind is None and "://" in url:
        config = _config(db, contact, proxy=proxy)
    added = crawl_sources.add(
        db, url, kind=kind, name=name, interval=interval, config=config
    )
    if as_json:
        print_json([s.to_dict() for s in added])
        return
    for source in added:
        say(f"added {source.kind} source {source.id}: {source.url}")


@sources_app.command("list")
def list_(
    db: Path = DB,
    as_json: bool = typer.Option(False, "--json", help="Print the sources as JSON."),
) -> None:
    """The sources, with what their last poll found."""
    from warta.crawl.frontier import list_sources

    with _store(db) as conn:
        sources = list_sources(conn)
    if as_json:
        print_json([s.to_dict() for s in sources])
        return
    if not sources:
        say("no sources yet; add one: warta sources add URL --db " + str(db))
        return
    table(
        f"{len(sources)} sources",
        ["id", "name", "kind", "url", "last poll", "status", "URLs found", "error"],
        [
            [s.id, s.name or "", s.kind, s.url, (s.last_fetch or "never")[:19], s.status or "",
             s.found, short(s.error, 40)]
            for s in sources
        ],
    )


@sources_app.command("remove")
def remove(
    source: str = typer.Argument(..., help="The source's id, URL or name."),
    db: Path = DB,
) -> None:
    """Remove a source (its stored articles stay; URLs not yet fetched are dropped)."""
    from warta.crawl.frontier import remove_source

    with _store(db) as conn:
        removed = remove_source(conn, source)
    say(f"removed {removed.kind} source {removed.id}: {removed.url}")


def crawl(
    db: Path = DB,
    once: bool = typer.Option(True, "--once/--until-done", help="One cycle (default), or "
                              "cycles until no URL is due."),
    contact: str | None = CONTACT,
    delay: float = DELAY,
    per_host: int = PER_HOST,
    timeout: float = TIMEOUT,
    revisit: float | None = REVISIT,
    archive: Path | None = ARCHIVE,
    proxy: str | None = PROXY,
    embeddings: bool | None = EMBEDDINGS,
    as_json: bool = typer.Option(False, "--json", help="Print the cycle report as JSON."),
) -> None:
    """Poll the due sources, fetch the due URLs, build what arrived into the store."""
    from warta.crawl import Crawler

    config = _config(db, contact, delay=delay, per_host=per_host, timeout=timeout,
                     revisit=revisit, archive=archive, proxy=proxy, embeddings=embeddings)
    with _interruptible() as stop:
        import asyncio

        async def run() -> list[Any]:
            out = []
            async with Crawler(db, config, stop=stop) as crawler:
                while True:
                    report = await crawler.cycle()
                    out.append(report)
                    if not as_json:
                        say(status_line(report))
                    busy = report.fetched or report.not_modified or report.errors
                    if once or stop.is_set() or not busy:
                        return out
    reports = asyncio.run(run())
    if as_json:
        print_json(reports[-1].to_dict() if len(reports) == 1 else [r.to_dict() for r in reports])
    else:
        _frontier_summary(db)


def watch(
    db: Path = DB,
    interval: float = typer.Option(300.0, "--interval", min=0, help="Seconds between cycles."),
    cycles: int | None = typer.Option(None, "--cycles", min=1, help="Stop after N cycles."),
    log: Path | None = typer.Option(None, "--log", help="Append one JSON line per cycle."),
    contact: str | None = CONTACT,
    delay: float = DELAY,
    per_host: int = PER_HOST,
    timeout: float = TIMEOUT,
    revisit: float | None = REVISIT,
    archive: Path | None = ARCHIVE,
    proxy: str | None = PROXY,
    embeddings: bool | None = EMBEDDINGS,
) -> None:
    """Crawl every --interval seconds: a status line per cycle, alerts after each build."""
    from warta.crawl import watch as run_watch

    config = _config(db, contact, delay=delay, per_host=per_host, timeout=timeout,
                     revisit=revisit, archive=archive, proxy=proxy, embeddings=embeddings,
                     source_interval=interval)

    def on_report(report: Any) -> None:
        say(status_line(report))
        if log is not None:
            with log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")

    with _interruptible() as stop:
        run_watch(db, config, interval=interval, cycles=cycles, stop=stop,
                  after_cycle=alerts_hook(db), on_report=on_report)


def alerts_hook(db: Path) -> Callable[[Any], None] | None:
    """Evaluate the store's alerts after a cycle that stored articles (and after the
    first), counting the firings in the report; None when warta.monitor is absent."""
    try:
        from warta.monitor.alerts import run_alerts
    except ImportError:  # alerts not installed in this version: the watch goes on
        return None
    from warta.errors import WartaError

    def hook(report: Any) -> None:
        if report.cycle == 1 or report.new_articles or report.updated_articles:
            try:
                report.alerts = len(run_alerts(db))
            except WartaError as exc:  # a broken alert must not stop the monitoring
                report.error(f"alerts: {exc.message}")

    return hook


def status_line(report: Any) -> str:
    """One line per cycle: what was fetched, stored and fired."""
    stamp = time.strftime("%H:%M:%S", time.localtime(report.started))
    line = (
        f"cycle {report.cycle} {stamp}: fetched {report.fetched}, 304 {report.not_modified}, "
        f"new articles {report.new_articles}, duplicates {report.duplicates}, "
        f"new stories {report.new_stories}, errors {report.errors}, alerts {report.alerts} "
        f"({report.seconds:.1f} s)"
    )
    return line + (" - stopped after the current batch" if report.stopped else "")


def _config(db: Path, contact: str | None, **options: Any) -> Any:
    """The crawl configuration: options given, the contact given or kept in the store."""
    from warta.crawl import CrawlConfig
    from warta.crawl.frontier import get_setting, set_setting
    from warta.errors import InvalidParameterError

    with _store(db) as conn:
        if contact:
            set_setting(conn, "contact", contact.strip())
        kept = get_setting(conn, "contact")
    if not kept:
        raise InvalidParameterError(
            "no contact for the User-Agent: sites must be able to reach whoever crawls "
            "them; give --contact EMAIL-OR-URL once (it is kept in the store)",
            detail={"db": str(db)},
        )
    given = {k: v for k, v in options.items() if v is not None or k == "revisit"}
    return CrawlConfig(contact=kept, **given)


@contextmanager
def _store(db: Path) -> Iterator[Any]:
    from warta.store.db import connect

    conn = connect(db)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def _interruptible() -> Iterator[threading.Event]:
    """A stop event the first Ctrl-C sets; the second one aborts."""
    stop = threading.Event()

    def handler(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        say("Stopping after the current batch (Ctrl-C again to abort)...", err=True)

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread (tests): no handler, the event still works
        yield stop
        return
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


def _frontier_summary(db: Path) -> None:
    from warta.crawl.frontier import counts

    with _store(db) as conn:
        by_status = counts(conn)
    if by_status:
        parts = ", ".join(f"{status} {n}" for status, n in sorted(by_status.items()))
        console.print(f"frontier: {parts}", highlight=False, markup=False)
