"""/trends (server-rendered SVG, no JavaScript) and /alerts: they render under the strict
CSP, escape hostile names, list firings newest first and follow the login rule."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from warta.api import create_app
from warta.monitor.alerts import add_alert
from warta.store.db import connect

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HOSTILE_PERSON = '<script>alert("x")</script>'
HOSTILE_ORG = '"><svg onload=alert(1)>'


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1:8000")


def page(client: TestClient, path: str, status: int = 200) -> str:
    r = client.get(path)
    assert r.status_code == status, (path, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    assert " style=" not in r.text and "<script" not in r.text
    bare = re.sub(r'"[^"]*"', '""', r.text)
    assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", bare)
    return r.text


def add_hostile_entities(db: Path) -> None:
    """Two entities with hostile names, named by the articles of 2024-03-19."""
    conn = sqlite3.connect(db)
    with conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE published = '2024-03-19'")]
        for name, type_ in ((HOSTILE_PERSON, "PER"), (HOSTILE_ORG, "ORG")):
            conn.execute(
                "INSERT INTO entities VALUES (?, ?, NULL, '[]', ?, ?)",
                (name, type_, len(ids), len(ids)),
            )
            for i, article in enumerate(ids):
                conn.execute(
                    "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, NULL)",
                    (article, 9000 + i, 9001 + i, name, type_, name),
                )
    conn.close()


def test_trends_page_draws_an_svg_chart(client: TestClient) -> None:
    html = page(client, "/trends?as_of=2024-03-19&days=5")
    assert '<svg class="chart"' in html and 'class="bar"' in html
    assert "Rahmat Hidayat" in html and "2024-03-19" in html
    assert 'class="spark"' in html
    assert "Trends" in page(client, "/trends?lang=en&as_of=2024-03-19")


def test_trends_page_by_alias(client: TestClient) -> None:
    html = page(client, "/trends?entity=Rahmat&as_of=2024-03-19&days=5")
    assert "Rahmat Hidayat" in html and "&#39;Rahmat&#39; is Rahmat Hidayat" in html
    bars = re.findall(r'<rect class="bar"[^>]*><title>([^<]*)</title>', html)
    assert bars[:5] == [
        "2024-03-15: 0", "2024-03-16: 0", "2024-03-17: 0", "2024-03-18: 0", "2024-03-19: 2",
    ]
    missing = page(client, "/trends?entity=" + quote("Tak Dikenal Siapapun"), 404)
    assert "no entity named" in missing


def test_trends_page_escapes_hostile_names(client: TestClient, db: Path) -> None:
    add_hostile_entities(db)
    html = page(client, "/trends?as_of=2024-03-19&days=3")
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;svg onload=alert(1)&gt;" in html
    assert HOSTILE_ORG not in html
    one = page(client, "/trends?as_of=2024-03-19&entity=" + quote(HOSTILE_ORG))
    assert 'aria-label="&#34;&gt;&lt;svg onload=alert(1)&gt;' in one


def test_alerts_page_lists_firings_newest_first(client: TestClient, db: Path) -> None:
    assert "warta alerts add" in page(client, "/alerts")
    conn = connect(db)
    try:
        add_alert(conn, "pantau", query="pelabuhan")
    finally:
        conn.close()
    raw = sqlite3.connect(db)
    with raw:
        article = raw.execute("SELECT id FROM articles ORDER BY rowid LIMIT 1").fetchone()[0]
        for i, reason in enumerate(["lama", f"baru {HOSTILE_PERSON}"]):
            raw.execute(
                "INSERT INTO alert_firings (alert, key, article_id, title, reason, fired_at, "
                "delivery) VALUES ('pantau', ?, ?, ?, ?, ?, '{\"store\": \"ok\"}')",
                (f"k{i}", article, HOSTILE_ORG, reason, f"2026-12-0{i + 1}T00:00:00+00:00"),
            )
    raw.close()
    html = page(client, "/alerts")
    assert html.index("baru &lt;script&gt;") < html.index(">lama<")
    assert "&#34;&gt;&lt;svg onload=alert(1)&gt;" in html and "pantau (2)" in html
    assert f'href="/articles/{article}"' in html
    assert "baru" in page(client, "/alerts?alert=pantau")
    assert "baru" not in page(client, "/alerts?alert=lain")


def test_nav_links_and_login(client: TestClient, db: Path) -> None:
    html = page(client, "/trends")
    assert 'href="/trends" class="on"' in html and 'href="/alerts"' in html
    guarded = TestClient(create_app(db, token="rahasia"), base_url="http://127.0.0.1:8000")
    for path in ("/trends", "/alerts"):
        r = guarded.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")
