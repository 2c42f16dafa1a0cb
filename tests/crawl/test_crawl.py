"""End to end: sources added, two crawl cycles against the fixture portals, the store."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.crawl.conftest import CRAWL_DELAY, RETRY_AFTER, crawl_config
from tests.crawl.portal import HARIAN, KABAR, SUARA, Fixture, Portal, news_portals

from warta.crawl import CrawlConfig, CycleReport, archive_folder, run_cycle, sources
from warta.crawl.frontier import counts, list_sources
from warta.store.db import connect


@dataclass
class Crawled:
    portal: Portal
    fx: Fixture
    db: Path
    config: CrawlConfig
    first: CycleReport
    second: CycleReport
    hits_after_first: int


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    portal, fx = news_portals(crawl_delay=CRAWL_DELAY, retry_after=RETRY_AFTER)
    db = tmp_path_factory.mktemp("crawl") / "berita.db"
    with portal:
        # revisit=0: every stored article is asked again (conditionally) next cycle
        config = crawl_config(portal, revisit=0.0)
        sources.add(db, f"http://{KABAR}/", config=config)  # homepage: finds the RSS feed
        sources.add(db, f"http://{HARIAN}/", config=config)  # robots.txt: the sitemap index
        sources.add(db, f"http://{HARIAN}/atom.xml", kind="feed", name="Harian Atom")
        sources.add(db, f"http://{SUARA}/kanal/nasional", kind="page")
        first = run_cycle(db, config)
        hits = len(portal.log)
        second = run_cycle(db, config)
        yield Crawled(portal, fx, db, config, first, second, hits)


def stored(db: Path) -> list[tuple[str, str | None, str | None, str]]:
    conn = connect(db)
    try:
        return [
            (row["url"], row["duplicate_of"], row["dup_relation"], row["source"])
            for row in conn.execute("SELECT url, duplicate_of, dup_relation, source FROM articles")
        ]
    finally:
        conn.close()


def test_autodiscovery_found_the_feed_and_the_robots_sitemap(crawled: Crawled) -> None:
    conn = connect(crawled.db)
    try:
        found = {(s.url, s.kind) for s in list_sources(conn)}
    finally:
        conn.close()
    assert found == {
        (f"http://{KABAR}/rss.xml", "feed"),
        (f"http://{HARIAN}/sitemap_index.xml", "sitemap"),
        (f"http://{HARIAN}/atom.xml", "feed"),
        (f"http://{SUARA}/kanal/nasional", "page"),
    }


def test_every_allowed_article_is_stored_once(crawled: Crawled) -> None:
    urls = Counter(url for url, *_ in stored(crawled.db))
    expected = {f"http://{host}{path}" for host, paths in crawled.fx.allowed.items()
                for path in paths}
    assert set(urls) == expected
    assert max(urls.values()) == 1
    assert crawled.first.new_articles == len(expected) == crawled.first.fetched


def test_disallowed_path_never_requested(crawled: Crawled) -> None:
    assert crawled.portal.hits(KABAR, crawled.fx.disallowed) == []
    assert crawled.first.disallowed == 1


def test_tracking_and_amp_variants_fetched_once(crawled: Crawled) -> None:
    first = crawled.portal.log[: crawled.hits_after_first]
    article_hits = Counter(h.path.split("?")[0] for h in first if h.status == 200
                           and h.path.startswith("/berita/"))
    # the page that never finishes is retried (timeouts are), within the cycle's retries
    assert article_hits.pop(crawled.fx.slow) == crawled.config.retries + 1
    assert article_hits and max(article_hits.values()) == 1
    assert not any(h.path.endswith("/amp") or "m.suaratimur" in h.host for h in first)


def test_unchanged_pages_answer_304_and_are_not_reprocessed(crawled: Crawled) -> None:
    second = crawled.portal.log[crawled.hits_after_first :]
    articles = [h for h in second if h.path.startswith("/berita/")]
    assert articles and all(h.status == 304 for h in articles)
    assert all("if-none-match" in h.headers for h in articles)
    feeds = [h for h in second if h.path in ("/rss.xml", "/atom.xml", "/sitemap_index.xml",
                                             "/sitemap-news.xml", "/kanal/nasional")]
    assert len(feeds) == 5 and all(h.status == 304 for h in feeds)
    report = crawled.second
    assert report.not_modified == len(articles) and report.fetched == 0
    assert report.new_articles == 0 and report.build == Counter()  # no build ran


def test_syndicated_copy_is_grouped_as_a_duplicate(crawled: Crawled) -> None:
    by_url = {url: (dup_of, relation) for url, dup_of, relation, _ in stored(crawled.db)}
    copy = by_url[f"http://{HARIAN}{crawled.fx.syndicated}"]
    original = by_url[f"http://{KABAR}{crawled.fx.allowed[KABAR][0]}"]
    assert copy[0] is not None or original[0] is not None
    assert {copy[1], original[1]} >= {"canonical"}
    assert crawled.first.duplicates == 2  # both members are new this cycle


def test_backoff_and_retry_after_were_honoured(crawled: Crawled) -> None:
    fx, portal = crawled.fx, crawled.portal
    flaky = portal.hits(KABAR, fx.flaky)
    assert [h.status for h in flaky[:3]] == [503, 503, 200]
    assert flaky[2].at - flaky[1].at >= 2 * crawled.config.backoff * 0.9
    busy = portal.hits(KABAR, fx.busy)
    assert busy[0].status == 429 and busy[1].at - busy[0].at >= RETRY_AFTER * 0.95


def test_the_page_that_never_finishes_is_left_for_a_later_cycle(crawled: Crawled) -> None:
    conn = connect(crawled.db)
    try:
        row = conn.execute("SELECT status, attempts, next_fetch, error FROM frontier WHERE url = ?",
                           (f"http://{KABAR}{crawled.fx.slow}",)).fetchone()
        assert row["status"] == "error" and row["attempts"] == 1
        assert row["next_fetch"] > crawled.first.started + 30  # retry_base 60 s
        assert "no complete answer" in row["error"]
        assert counts(conn)["alias"] == 1  # the redirect target, fetched via the old URL
    finally:
        conn.close()
    assert len(crawled.portal.hits(KABAR, crawled.fx.slow)) == 3  # this cycle only


def test_provenance_points_to_the_warc_record(crawled: Crawled) -> None:
    from warcio.archiveiterator import ArchiveIterator

    conn = connect(crawled.db)
    try:
        rows = conn.execute(
            "SELECT f.url, f.warc_file, f.warc_offset, f.warc_record_id, a.source, a.url AS au "
            "FROM frontier f JOIN articles a ON a.id = f.article_id"
        ).fetchall()
    finally:
        conn.close()
    assert len(rows) == crawled.first.new_articles
    folder = archive_folder(crawled.db, crawled.config)
    for row in rows:
        assert Path(row["warc_file"]).parent == folder and row["source"] == row["warc_file"]
        with open(row["warc_file"], "rb") as handle:
            handle.seek(row["warc_offset"])
            record = next(iter(ArchiveIterator(handle)))
            assert record.rec_headers.get_header("WARC-Record-ID") == row["warc_record_id"]
            assert record.rec_headers.get_header("WARC-Target-URI") == row["au"]
    # every other response is archived too: robots.txt, feeds, redirects, 503s, 304s
    others = [p for p in folder.glob("other-*.warc.gz")]
    uris = Counter()
    for path in others:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type == "response":
                    uris[(record.rec_headers.get_header("WARC-Target-URI"),
                          record.http_headers.get_statuscode())] += 1
    assert uris[(f"http://{KABAR}/robots.txt", "200")] >= 1
    assert uris[(f"http://{KABAR}{crawled.fx.flaky}", "503")] == 2
    assert uris[(f"http://{KABAR}{crawled.fx.redirect_from}", "301")] == 1
    assert uris[(f"http://{KABAR}/rss.xml", "304")] == 1


def test_the_archive_rebuilds_the_same_articles(crawled: Crawled, tmp_path: Path) -> None:
    from warta.pipeline import build

    folder = archive_folder(crawled.db, crawled.config)
    report = build([str(p) for p in sorted(folder.glob("pages-*.warc.gz"))],
                   tmp_path / "ulang.db", embeddings=False)
    assert report.stats["new"] == crawled.first.new_articles and not report.problems


def test_stop_finishes_the_current_batch_and_the_next_cycle_resumes(tmp_path: Path) -> None:
    portal, _fx = news_portals(crawl_delay=0.0, retry_after=RETRY_AFTER)
    db = tmp_path / "henti.db"
    stop = threading.Event()
    with portal:
        config = crawl_config(portal, batch=3, delay=0.05, per_host=1)
        sources.add(db, f"http://{KABAR}/rss.xml", kind="feed")
        sources.add(db, f"http://{HARIAN}/atom.xml", kind="feed")

        def watcher() -> None:
            while not stop.is_set():
                if any(h.path.startswith("/berita/") for h in portal.hits()):
                    stop.set()
                threading.Event().wait(0.005)

        thread = threading.Thread(target=watcher, daemon=True)
        thread.start()
        try:
            first = run_cycle(db, config, stop=stop)
        finally:  # a failing cycle must not leave the watcher running
            stop.set()
            thread.join(timeout=10)
        assert first.stopped and 1 <= first.fetched <= 3
        conn = connect(db)
        try:
            after_stop = counts(conn)
            done = {r[0] for r in conn.execute("SELECT url FROM frontier WHERE status = 'stored'")}
        finally:
            conn.close()
        assert after_stop.get("archived", 0) == 0  # the batch was built, not left half-done
        assert len(done) == first.new_articles == first.fetched
        assert after_stop["new"] >= 1
        second = run_cycle(db, config)
    assert not second.stopped
    urls = Counter(url for url, *_ in stored(db))
    assert max(urls.values()) == 1
    assert len(urls) == first.new_articles + second.new_articles
    for url in done:  # pages stored before the stop were not fetched again
        path = url.split(".test", 1)[1]
        assert len([h for h in portal.hits(path=path) if h.status == 200]) == 1
