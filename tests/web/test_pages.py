"""Every page renders with fixture content; headers are strict; hostile content is escaped."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.fixtures import HOSTILE_JSONL, HOSTILE_QUOTE, add_hostile_quote, wait_for_job
from warta.api import create_app
from warta.web.render import highlight, safe_href, snippet_markup

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1:8000")


def page(client: TestClient, path: str, status: int = 200) -> str:
    r = client.get(path)
    assert r.status_code == status, (path, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert " style=" not in r.text and "<script" not in r.text  # nothing the CSP would block
    # No inline handlers: with attribute values removed (autoescape turns every " inside
    # them into &#34;), no tag may carry an on...= attribute.
    bare = re.sub(r'"[^"]*"', '""', r.text)
    assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", bare)
    return r.text


def article_id(client: TestClient, **params: str) -> str:
    return client.get("/api/v1/articles", params=params).json()["items"][0]["id"]  # type: ignore[no-any-return]


def test_dashboard(client: TestClient) -> None:
    html = page(client, "/")
    for text in (
        "Pelabuhan Teluk Sampit",
        "Rahmat Hidayat",
        "Cerita terbaru",
        "Kutipan terbaru",
        "Gempa Magnitudo 5,6",
    ):
        assert text in html
    assert "Recent stories" in page(client, "/?lang=en")


def test_story_page(client: TestClient) -> None:
    html = page(client, "/stories/s-pelabuhan")
    assert "Pelabuhan Teluk Sampit" in html and "<svg" in html and 'class="cite"' in html
    assert "Selama ini kapal bisa menunggu" in html  # a quote
    assert "Kota Bandung" in page(client, "/stories")


def test_entity_pages(client: TestClient) -> None:
    html = page(client, "/entities/" + quote("Rahmat Hidayat"))
    assert 'class="bar"' in html and 'class="network"' in html and "2024-03" in html
    assert "Sampit" in html and "Rahmat" in html  # co-occurring, alias
    org = page(client, "/entities/" + quote("Badan Meteorologi, Klimatologi, dan Geofisika"))
    assert "BMKG" in org
    listing = page(client, "/entities?type=LOC")
    assert "Majene" in listing and "Rahmat Hidayat" not in listing
    assert "Siti Aminah" in page(client, "/entities?q=Siti")


def test_article_page_highlights_entities_quotes_and_dates(client: TestClient) -> None:
    aid = article_id(client, entity="Dwikorita Karnawati")
    html = page(client, f"/articles/{aid}")
    link = '<a class="ent ent-PER" href="/entities/Dwikorita%20Karnawati">Dwikorita Karnawati</a>'
    assert link in html
    assert '<span class="inq">Kami mengimbau masyarakat' in html
    assert '<time class="date" title="2024-11-13">(13/11/2024)</time>' in html
    dup = article_id(client, story="s-pelabuhan")
    dhtml = page(client, f"/articles/{dup}")
    assert "Duplikat dan sindikasi" in dhtml and "<details" in dhtml
    assert "Removed lines" in page(client, f"/articles/{dup}?lang=en") or "Show removed" in page(
        client, f"/articles/{dup}?lang=en"
    )


def test_list_pages(client: TestClient) -> None:
    assert "Jalur Sepeda Baru" in page(client, "/articles")
    assert "Jalur Sepeda Baru" in page(client, "/articles?from=2024-06&to=2024-06")
    assert "Jalur Sepeda Baru" not in page(client, "/articles?from=2024-11")
    timeline = page(client, "/timeline")
    assert "2024-03-28" in timeline and "<svg" in timeline
    assert "2024-03-28" not in page(client, "/timeline?entity=Muhammad%20Ali")
    quotes = page(client, "/quotes?speaker=Bambang%20Sutrisno")
    assert "Stok di penggilingan menipis" in quotes and "Selama ini kapal" not in quotes


def test_search_page_marks_after_escaping(client: TestClient) -> None:
    html = page(client, "/search?q=dermaga")
    assert "<mark>dermaga</mark>" in html.lower() or "<mark>Dermaga</mark>" in html
    assert "kabarpelabuhan" in html.lower() or "2 hasil" in html  # facets
    assert "2024" in page(client, "/search?q=dermaga&from=2024&to=2024")
    assert "Tidak ada hasil" in page(client, "/search?q=zzzqqq")
    page(client, "/search")


def test_errors_render_one_template(client: TestClient) -> None:
    html = page(client, "/articles/ffffffffffff", 404)
    assert "not-found" in html and "Terjadi kesalahan" in html
    assert "not-found" in page(client, "/entities/Tidak%20Ada", 404)
    assert "invalid-parameter" in page(client, "/articles?from=kemarin", 400)
    assert "not-found" in page(client, "/no/such/page", 404)


def test_hostile_article_is_escaped_everywhere(client: TestClient, db: Path) -> None:
    r = client.post(
        "/api/v1/documents", content=HOSTILE_JSONL, headers={"content-type": "application/x-ndjson"}
    )
    aid = wait_for_job(client, r)["result"]["articles"][0]["id"]
    add_hostile_quote(db, aid)
    paths = [
        "/",
        f"/articles/{aid}",
        "/articles",
        "/quotes",
        "/entities",
        "/search?q=alert",
        "/search?q=Cirebon",
        "/timeline",
        "/entities/" + quote('"><img src=x onerror=alert(1)>', safe=""),
        "/quotes?speaker=" + quote('Budi "><svg onload=alert(1)>'),
    ]
    for path in paths:
        html = page(client, path)
        for raw in ("<script>alert", "<img src=x", "<svg onload", 'href="javascript:'):
            assert raw not in html, (path, raw)
    article = page(client, f"/articles/{aid}")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article
    assert '<span class="rawurl">javascript:alert(1)</span>' in article
    assert "&#34;&gt;&lt;svg onload=alert(1)&gt;" in article
    assert HOSTILE_QUOTE.split('"')[0] in article
    assert "&lt;mark&gt;" not in page(client, "/search?q=mark")


def test_highlight_and_links_are_safe() -> None:
    paragraphs = highlight(
        "Ab <b>\n\nCd",
        [{"start": 0, "end": 2, "entity": "A", "type": "EVIL"}, {"start": 50, "end": 60}],
        [],
        [],
    )
    assert [s.text for s in paragraphs[0]["segments"]] == ["Ab", " <b>"]
    assert paragraphs[0]["segments"][0].entity_type is None  # unknown types never reach CSS
    marked = str(snippet_markup("<i>x</i> y", [[0, 8], [20, 30]]))
    assert marked == "<mark>&lt;i&gt;x&lt;/i&gt;</mark> y"
    assert safe_href("https://a.id/x") == "https://a.id/x"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil", None):
        assert safe_href(bad) is None
