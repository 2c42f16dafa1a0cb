"""Real Chromium (Debian package) through playwright against a live uvicorn server.

Skipped with a reason when chromium or playwright is missing, unless ``CI=true`` (then
the missing browser is a failure). Screenshots go to ``artifacts/screenshots/``.
Never run ``playwright install``: it downloads a browser; we drive the system one.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.fixtures import HOSTILE_JSONL, add_hostile_quote, wait_for_job
from warta.api import create_app

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _need_browser() -> Any:
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright is not installed (pip install playwright; no 'playwright install')"
        sync_playwright = None
    if reason is None and shutil.which("chromium") is None:
        reason = "chromium is not installed (apt-get install -y chromium)"
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    return sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def server(db: Path) -> Iterator[str]:
    """``http://127.0.0.1:PORT`` of a uvicorn server on a private copy of the store."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(
        create_app(db), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def browser_page(server: str) -> Iterator[tuple[Any, list[str], list[str]]]:
    """A page plus the console errors and dialogs it met (both must stay empty)."""
    sync_playwright = _need_browser()
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))

        def on_dialog(dialog: Any) -> None:
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.set_default_timeout(15_000)
        yield page, errors, dialogs
        context.close()
        browser.close()


def test_browse_dashboard_story_entity_article_search(
    server: str, browser_page: tuple[Any, list[str], list[str]]
) -> None:
    page, errors, dialogs = browser_page
    stats = httpx.get(server + "/api/v1/stats").json()
    page.goto(server + "/")
    counts = page.locator(".count strong").all_inner_texts()
    assert counts[0] == str(stats["articles"]) and counts[1] == str(stats["stories"])
    page.screenshot(path=str(SHOTS / "dashboard.png"), full_page=True)

    page.click("text=Pelabuhan Teluk Sampit")
    assert page.locator("h1").inner_text() == "Pelabuhan Teluk Sampit"
    assert page.locator("ol.cites li").count() == 2
    assert page.locator("svg.chart circle").count() >= 1
    page.screenshot(path=str(SHOTS / "story.png"), full_page=True)

    page.goto(server + "/")
    page.click("ol.ranked >> text=Rahmat Hidayat")
    assert page.locator("h1").inner_text().startswith("Rahmat Hidayat")
    assert page.locator("svg.chart rect.bar").count() == 1
    assert page.locator("svg.network circle.node").count() >= 3
    page.screenshot(path=str(SHOTS / "entity.png"), full_page=True)

    page.locator("ul.list li.row > a").first.click()
    assert page.locator("article.body a.ent").count() >= 3
    assert page.locator("article.body .inq").count() >= 1
    if page.locator("details.removed").count():  # open the removed lines, as a reader would
        page.locator("details.removed summary").click()
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)

    page.fill("header input[name=q]", "dermaga")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?**")
    assert page.locator("ol.hits > li").count() == 2
    assert page.locator(".snippet mark").count() >= 2
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)

    page.goto(server + "/timeline?lang=en")
    assert page.locator("ol.timeline > li").count() == stats["timeline_entries"]
    page.screenshot(path=str(SHOTS / "timeline.png"), full_page=True)
    page.goto(server + "/quotes")
    page.screenshot(path=str(SHOTS / "quotes.png"), full_page=True)
    assert errors == [] and dialogs == []


def test_hostile_article_runs_no_script(
    server: str, db: Path, browser_page: tuple[Any, list[str], list[str]]
) -> None:
    page, errors, dialogs = browser_page
    r = httpx.post(
        server + "/api/v1/documents",
        content=HOSTILE_JSONL,
        headers={"content-type": "application/x-ndjson"},
        timeout=60,
    )
    with httpx.Client(base_url=server, timeout=60) as client:
        aid = wait_for_job(client, r)["result"]["articles"][0]["id"]
    add_hostile_quote(db, aid)
    page.add_init_script("window.__ran = 0;")
    for path in (f"/articles/{aid}", "/quotes", "/search?q=alert", "/"):
        page.goto(server + path)
        assert page.evaluate("window.__ran") == 0
        injected = page.evaluate(
            "document.querySelectorAll('main script, main img, main iframe, "
            'svg [onload], [onerror], [onclick], a[href^="javascript:"]\').length'
        )
        assert injected == 0, path
    page.goto(server + f"/articles/{aid}")
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    assert "javascript:alert(1)" in page.locator(".rawurl").inner_text()
    page.screenshot(path=str(SHOTS / "hostile-article.png"), full_page=True)
    assert dialogs == [] and errors == []
