"""The user's path end to end, through the CLI: a source added, an alert set, two watch
cycles against the fixture portals (loopback only), the alert fired once."""

from __future__ import annotations

import json
from pathlib import Path

from tests.crawl.conftest import CRAWL_DELAY, RETRY_AFTER
from tests.crawl.portal import KABAR, news_portals
from typer.testing import CliRunner

from warta.cli.main import app

runner = CliRunner()


def test_watch_stores_articles_and_fires_an_alert_once(tmp_path: Path) -> None:
    db = tmp_path / "berita.db"
    log = tmp_path / "watch.jsonl"
    portal, _fx = news_portals(crawl_delay=CRAWL_DELAY, retry_after=RETRY_AFTER)
    with portal:
        net = ["--proxy", portal.proxy, "--contact", "penguji@example.org"]
        added = runner.invoke(
            app,
            [
                "sources",
                "add",
                f"http://{KABAR}/rss.xml",
                "--kind",
                "feed",
                "--db",
                str(db),
                *net[2:],
            ],
        )
        assert added.exit_code == 0, added.output
        alert = runner.invoke(
            app, ["alerts", "add", "banjir", "--query", "banjir", "--db", str(db), "--json"]
        )
        assert alert.exit_code == 0, alert.output
        watched = runner.invoke(
            app,
            [
                "watch",
                "--db",
                str(db),
                "--cycles",
                "2",
                "--interval",
                "0",
                "--delay",
                "0",
                "--timeout",
                "0.5",
                "--log",
                str(log),
                "--no-embeddings",
                *net,
            ],
        )
        assert watched.exit_code == 0, watched.output
    cycles = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert len(cycles) == 2
    assert cycles[0]["new_articles"] >= 3 and cycles[1]["new_articles"] == 0
    history = runner.invoke(app, ["alerts", "history", "--db", str(db), "--json"])
    assert history.exit_code == 0, history.output
    fired = json.loads(history.stdout)
    fired = fired["items"] if isinstance(fired, dict) else fired
    banjir = [f for f in fired if f["alert"] == "banjir"]
    assert len(banjir) == 1 and "banjir" in (banjir[0]["title"] or "").lower()
