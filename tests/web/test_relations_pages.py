"""The relation pages: the dyad chart and the entity network as server-rendered SVG.

Parsed as HTML here (every edge a link to its evidence, bars on the right side of the
axis, nothing inline that the CSP would block); a real Chromium renders them in
:func:`test_relation_pages_in_a_browser` (skipped without playwright and chromium, as in
test_browser.py).
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from fastapi.testclient import TestClient

from warta.api import create_app
from warta.web.network import month_chart, network_layout
from web.test_browser import FLAGS, SHOTS, _free_port, _need_browser


class Tags(HTMLParser):
    """Every start tag with its attributes and the chain of open tags above it."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.found: list[
            tuple[str, dict[str, str | None], list[tuple[str, dict[str, str | None]]]]
        ] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs), list(self.stack)))
        if tag not in ("input", "meta", "link", "br", "img"):
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break


def tags(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    return parser


@pytest.fixture()
def client(seeds_db: Path) -> TestClient:
    return TestClient(create_app(seeds_db), base_url="http://127.0.0.1")


def test_dyad_page_chart_and_evidence(client: TestClient) -> None:
    r = client.get("/dyad", params={"a": "Rusia", "b": "Korea Utara"})
    assert r.status_code == 200
    parsed = tags(r.text)
    rects = [
        a
        for t, a, up in parsed.found
        if t == "rect" and any(u[0] == "svg" and "dyad" in (u[1].get("class") or "") for u in up)
    ]
    assert rects and all(a["fill"].startswith("#") for a in rects)
    assert "Russia ↔ North Korea" in r.text and "Korea Utara" in r.text  # evidence sentences
    assert not any("style" in a or any(k.startswith("on") for k in a) for _, a, _ in parsed.found)
    assert client.get("/dyad").status_code == 200  # the empty form
    assert client.get("/dyad", params={"a": "Rusia", "b": "Kimm"}).status_code == 404


def test_network_page_every_edge_links_to_its_evidence(client: TestClient) -> None:
    r = client.get("/network", params={"limit": 8})
    assert r.status_code == 200
    parsed = tags(r.text)
    lines = [
        (a, up) for t, a, up in parsed.found if t == "line" and "link" in (a.get("class") or "")
    ]
    circles = [a for t, a, _ in parsed.found if t == "circle" and "node" in (a.get("class") or "")]
    assert len(circles) == 8 and lines
    for attrs, up in lines:
        link = next(u for u in reversed(up) if u[0] == "a")
        href = urlparse(link[1]["href"] or "")
        assert href.path == "/dyad" and set(parse_qs(href.query)) == {"a", "b"}
        for k in ("x1", "y1", "x2", "y2"):
            assert 0 <= float(attrs[k] or -1) <= 900
    # the picture is the same on every request (fixed seed)
    assert client.get("/network", params={"limit": 8}).text == r.text
    # relation edges are drawn over the grey co-occurrence mesh, never under it
    kinds = [(a.get("class") or "").split()[-1] for a, _ in lines]
    coded = [i for i, k in enumerate(kinds) if k != "none"]
    grey = [i for i, k in enumerate(kinds) if k == "none"]
    assert coded and (not grey or max(grey) < min(coded))
    # the dyad page can count each state's people
    wide = client.get("/dyad", params={"a": "Rusia", "b": "Korea Utara", "people": "true"})
    assert wide.status_code == 200 and 'name="people" value="true" checked' in wide.text
    assert "Vladimir Putin" in wide.text
    # and the edge to follow leads to evidence sentences
    first = next(u for u in reversed(lines[0][1]) if u[0] == "a")[1]["href"]
    assert '<ol class="timeline evidence">' in client.get(str(first)).text


def test_relations_page_filters(client: TestClient) -> None:
    r = client.get("/relations", params={"actor": "Putin", "class": "consult"})
    assert r.status_code == 200 and "Vladimir Putin" in r.text and "CAMEO 04" in r.text
    assert client.get("/relations", params={"class": "hug"}).status_code == 400
    assert 'href="/relations"' in client.get("/").text  # in the navigation


def test_layout_and_chart_geometry() -> None:
    net = {
        "nodes": [{"name": n, "type": "LOC", "articles": 3} for n in "ABCD"],
        "edges": [
            {
                "source": "A",
                "target": "B",
                "cooccurrence": 3,
                "relations": {"fight": 1},
                "balance": -10.0,
            },
            {"source": "C", "target": "D", "cooccurrence": 1, "relations": {}, "balance": 0.0},
        ],
    }
    pic = network_layout(net)
    assert {e["kind"] for e in pic["edges"]} == {"conflictual", "none"}
    assert all(0 < n["x"] < pic["width"] and 0 < n["y"] < pic["height"] for n in pic["nodes"])
    assert pic == network_layout(net)  # deterministic
    chart = month_chart([{"month": "2024-01", "by_class": {"consult": 2, "fight": 1}}])
    up, down = chart["bars"][0]["segments"]
    assert up["cls"] == "consult" and up["y"] + up["h"] == pytest.approx(chart["axis"])
    assert down["cls"] == "fight" and down["y"] == pytest.approx(chart["axis"])


@pytest.fixture()
def seeds_server(seeds_db: Path, tmp_path: Path) -> Iterator[str]:
    import uvicorn

    db = tmp_path / "seeds.db"
    shutil.copy(seeds_db, db)
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


@pytest.mark.browser
def test_relation_pages_in_a_browser(seeds_server: str) -> None:
    sync_playwright = _need_browser()
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        page: Any = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(seeds_server + "/network?limit=12")
        svg = page.locator("svg.network.graph")
        box = svg.bounding_box()
        assert box is not None and box["width"] > 600 and box["height"] > 300
        assert page.locator("svg.network.graph circle.node").count() == 12
        assert page.locator("svg.network.graph a.edge-link").count() >= 11
        page.screenshot(path=str(SHOTS / "network.png"), full_page=True)
        # follow the Russia–North Korea edge to its evidence (a click on the link itself:
        # at its coordinates another edge drawn across it may be on top)
        page.locator(
            'svg.network.graph a.edge-link[href*="North+Korea"][href*="Russia"]'
        ).first.dispatch_event("click")
        page.wait_for_url("**/dyad?**")
        assert "↔" in page.locator("h1").inner_text()
        bars = page.locator("svg.chart.dyad rect.seg")
        assert bars.count() >= 1
        drawn = bars.first.bounding_box()
        assert drawn is not None and drawn["height"] > 0
        assert page.locator("ol.evidence > li").count() >= 3
        page.screenshot(path=str(SHOTS / "dyad.png"), full_page=True)
        page.goto(seeds_server + "/relations?lang=en")
        assert page.locator("ol.relations > li").count() >= 10
        page.screenshot(path=str(SHOTS / "relations.png"), full_page=True)
        browser.close()
    assert errors == []  # no CSP violation, no script error
