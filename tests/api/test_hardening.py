"""Issue 19, server side: DNS rebinding, cookies, headers on every response, login
throttling, 405 ``Allow``, and requests the OpenAPI document allows answered as it says."""

from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from api.fixtures import wait_for_job
from warta.api import create_app, security
from warta.api.app import SECURITY_HEADERS
from warta.api.documents import NOT_BLANK

LOCAL = "http://127.0.0.1:8000"


def error_of(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json"), r.headers
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code, body
    return body["error"]  # type: ignore[no-any-return]


def assert_headers(r: httpx.Response) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert r.headers.get(name) == value, (r.request.url, r.status_code, name)


# --- item 2: DNS rebinding ------------------------------------------------------------


def test_foreign_host_is_refused_without_a_token(db: Path) -> None:
    """A page on evil.example whose name now resolves to 127.0.0.1 is same-origin for the
    browser (Host and Origin agree): only the Host value gives it away."""
    client = TestClient(create_app(db, burst=10_000), base_url=LOCAL)
    before = client.get("/api/v1/stats").json()["articles"]
    evil = {"host": "evil.example:8000", "origin": "http://evil.example:8000"}
    r = client.post(
        "/api/v1/documents",
        content=b"Gempa kecil mengguncang Palu, Kamis (2/1/2025). Tidak ada korban jiwa.",
        headers={**evil, "content-type": "text/plain"},
    )
    err = error_of(r, 421, "misdirected-request")
    assert err["detail"]["host"] == "evil.example:8000" and "--allowed-host" in err["message"]
    assert_headers(r)
    error_of(client.get("/api/v1/stats", headers=evil), 421, "misdirected-request")
    error_of(
        client.get("/api/v1/articles", headers={"host": "evil.example"}), 421, "misdirected-request"
    )
    page = client.get("/", headers=evil)
    assert page.status_code == 421 and page.headers["content-type"].startswith("text/html")
    assert "misdirected-request" in page.text and "Rahmat" not in page.text
    assert_headers(page)
    # Nothing reached the store; loopback names on any port still work.
    assert client.get("/api/v1/stats").json()["articles"] == before
    for host in ("127.0.0.1", "127.0.0.1:9", "localhost:8000", "LOCALHOST", "[::1]:8000", "[::1]"):
        assert client.get("/api/v1/stats", headers={"host": host}).status_code == 200, host
    for host in ("127.0.0.1.evil.example", "localhost.evil.example:8000", "[::2]:8000", "0.0.0.0"):
        error_of(client.get("/api/v1/stats", headers={"host": host}), 421, "misdirected-request")


def test_allowed_hosts_and_token_servers(db: Path) -> None:
    listed = TestClient(create_app(db, allowed_hosts=["warta.lan"]), base_url=LOCAL)
    assert listed.get("/api/v1/stats", headers={"host": "WARTA.lan:8000"}).status_code == 200
    error_of(
        listed.get("/api/v1/stats", headers={"host": "evil.example"}), 421, "misdirected-request"
    )
    # With a token, every request proves itself: any Host is accepted, as before.
    guarded = TestClient(create_app(db, token="rahasia"), base_url=LOCAL)
    ok = guarded.get(
        "/api/v1/stats", headers={"host": "evil.example", "authorization": "Bearer rahasia"}
    )
    assert ok.status_code == 200


def test_serve_passes_allowed_hosts(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from warta.cli.main import app

    apps: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: apps.append(app))
    monkeypatch.delenv("WARTA_TOKEN", raising=False)
    args = ["serve", "--db", str(db), "--allowed-host", "warta.lan", "--allowed-host", "nas"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    client = TestClient(apps[-1], base_url=LOCAL)
    for host in ("warta.lan:8000", "nas", "localhost"):
        assert client.get("/api/v1/stats", headers={"host": host}).status_code == 200
    assert client.get("/api/v1/stats", headers={"host": "evil.example"}).status_code == 421
    bad = CliRunner().invoke(app, ["serve", "--db", str(db), "--allowed-host", "a/b"])
    assert bad.exit_code != 0 and "allowed-host" in str(bad.exception or bad.output)


# --- item 7 -----------------------------------------------------------------------------


def test_non_ascii_session_cookie_is_just_not_logged_in(db: Path) -> None:
    client = TestClient(create_app(db, token="rahasia"), base_url=LOCAL, follow_redirects=False)
    # Raw UTF-8 bytes in the Cookie header, as a browser or a script can send them.
    raw = {"cookie": f"{security.COOKIE}=sesi-é✓".encode()}
    r = client.get("/stories", headers=raw)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert_headers(r)
    error_of(client.get("/api/v1/stats", headers=raw), 401, "unauthorized")
    latin = {"cookie": f"{security.COOKIE}=ñ".encode("latin-1")}
    assert client.get("/stories", headers=latin).status_code == 303
    open_server = TestClient(create_app(db), base_url=LOCAL)
    assert open_server.get("/stories", headers=raw).status_code == 200


def test_every_response_carries_the_security_headers(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.store import queries

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "stats", boom)
    monkeypatch.setattr(queries, "dashboard", boom)
    client = TestClient(
        create_app(db, rate=0.001, burst=3),
        base_url=LOCAL,
        raise_server_exceptions=False,
        follow_redirects=False,
    )
    responses = [
        client.get("/api/v1/stats"),  # 500 in the API
        client.get("/"),  # 500 in the UI
        client.get("/api/v1/nope"),  # 404
        client.get("/no/such/page"),
        client.delete("/api/v1/articles"),  # 405
        client.post("/stories"),
        client.get("/static/warta.css"),
        client.get("/static/nope.css"),
        client.get("/login"),  # a redirect without a token
        client.get("/api/v1/stats", headers={"host": "evil.example"}),  # 421
        client.post("/api/v1/documents", headers={"origin": "https://evil.example"}),  # 403
        client.get("/api/v1/articles"),
        client.get("/api/v1/articles"),  # 429 by now
    ]
    statuses = {r.status_code for r in responses}
    assert {500, 404, 405, 200, 303, 421, 403, 429} <= statuses, statuses
    for r in responses:
        assert_headers(r)
        assert "Traceback" not in r.text and "secret" not in r.text
    assert "form-action 'self'" in SECURITY_HEADERS["Content-Security-Policy"]


def test_405_says_what_is_allowed(db: Path) -> None:
    client = TestClient(create_app(db), base_url=LOCAL)
    r = client.delete("/api/v1/stats")
    assert error_of(r, 405, "method-not-allowed")["detail"]["allowed"] == ["GET"]
    assert r.headers["allow"] == "GET"  # FastAPI routes do not answer HEAD
    post_only = client.get("/api/v1/documents")
    assert post_only.status_code == 405 and post_only.headers["allow"] == "POST"
    page = client.put("/stories")
    assert page.status_code == 405 and "GET" in page.headers["allow"]
    assert page.headers["content-type"].startswith("text/html")


def test_failed_logins_are_throttled(db: Path) -> None:
    client = TestClient(create_app(db, token="rahasia"), base_url=LOCAL, follow_redirects=False)
    for _ in range(security.LOGIN_FAILURES_PER_MINUTE):
        assert client.post("/login", data={"token": "salah"}).status_code == 401
    r = client.post("/login", data={"token": "salah"})
    assert r.status_code == 429 and r.headers["content-type"].startswith("text/html")
    assert "rate-limited" in r.text and int(r.headers["retry-after"]) >= 1
    assert_headers(r)
    # Throttled means the token is not even checked, so guessing right does not help...
    assert client.post("/login", data={"token": "rahasia"}).status_code == 429
    # ...and another client is not affected.
    other = TestClient(
        client.app, base_url=LOCAL, follow_redirects=False, client=("10.0.0.2", 5000)
    )
    assert other.post("/login", data={"token": "rahasia"}).status_code == 303
    # Successful logins do not count.
    for _ in range(security.LOGIN_FAILURES_PER_MINUTE + 2):
        assert other.post("/login", data={"token": "rahasia"}).status_code == 303


def test_session_cookie_expires_and_is_secure_over_https(db: Path) -> None:
    app = create_app(db, token="rahasia")
    plain = TestClient(app, base_url=LOCAL, follow_redirects=False)
    cookie = plain.post("/login", data={"token": "rahasia"}).headers["set-cookie"]
    assert f"Max-Age={security.SESSION_SECONDS}" in cookie and "Secure" not in cookie
    assert security.SESSION_SECONDS == 12 * 3600
    tls = TestClient(app, base_url="https://127.0.0.1:8443", follow_redirects=False)
    cookie = tls.post("/login", data={"token": "rahasia"}).headers["set-cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "rahasia" not in cookie
    # The expiry is checked on the server too: a copied cookie stops working.
    stale = TestClient(app, base_url=LOCAL, follow_redirects=False)
    old = int(time.time()) - security.SESSION_SECONDS - 60
    stale.cookies.set(security.COOKIE, security.session_value("rahasia", issued=old))
    assert stale.get("/stories").status_code == 303
    fresh = TestClient(app, base_url=LOCAL, follow_redirects=False)
    fresh.cookies.set(security.COOKIE, security.session_value("rahasia"))
    assert fresh.get("/stories").status_code == 200
    forged = TestClient(app, base_url=LOCAL, follow_redirects=False)
    forged.cookies.set(security.COOKIE, security.session_value("salah"))
    assert forged.get("/stories").status_code == 303


def test_requests_the_schema_allows_are_answered_as_it_says(db: Path) -> None:
    client = TestClient(create_app(db, burst=10_000), base_url=LOCAL)
    doc = client.get("/api/v1/openapi.json").json()
    # "0" is a valid key (an id prefix, or part of a file name) that several articles
    # match here: 409 ambiguous-key, documented, with the matches listed.
    err = error_of(client.get("/api/v1/articles/0"), 409, "ambiguous-key")
    assert len(err["detail"]["matches"]) >= 2
    assert "409" in doc["paths"]["/api/v1/articles/{article_id}"]["get"]["responses"]
    # LIKE wildcards in a key are plain characters, not "every article".
    error_of(client.get("/api/v1/articles/%25"), 404, "not-found")
    error_of(client.get("/api/v1/articles/__"), 404, "not-found")
    # Raw FTS5 syntax that does not parse is searched as plain words, and says so.
    r = client.get("/api/v1/search", params={"q": '"dermaga', "raw": "true"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["items"] and "not valid FTS5 syntax" in body["notice"]
    assert client.get("/api/v1/search", params={"q": "dermaga"}).json()["notice"] is None
    # An empty upload is outside the schema, so a 400 is what the schema promises.
    body_schema = doc["paths"]["/api/v1/documents"]["post"]["requestBody"]["content"]
    assert body_schema["text/plain"]["schema"]["pattern"] == NOT_BLANK == r"[^ \t\n\r\x0b\x0c]"
    error_of(
        client.post("/api/v1/documents", content=b"", headers={"content-type": "text/plain"}),
        400,
        "empty-input",
    )
    assert "422" not in str(doc["paths"])  # validation errors are 400s, as documented


# --- item 8: no absolute server paths ---------------------------------------------------


def test_sources_are_relative_to_the_build_root(db: Path) -> None:
    client = TestClient(create_app(db, burst=10_000), base_url=LOCAL)
    items = client.get("/api/v1/articles").json()["items"]
    sources = {a["source"] for a in items}
    assert "01-kabar-pelabuhan.txt" in sources and "05-kiriman.jsonl" in sources
    dup = client.get(f"/api/v1/articles/{items[0]['id']}").json()
    seen = [dup["source"], *(d["source"] for d in dup["duplicates"])]
    hits = client.get("/api/v1/search", params={"q": "dermaga"}).json()["items"]
    seen += [h["source"] for h in hits]
    story = client.get("/api/v1/stories/s-pelabuhan").json()
    text = str([seen, story, client.get("/api/v1/articles?limit=100").json()])
    copy = next(a for a in items if a["source"] == "02-salinan-pelabuhan.txt")
    evidence = client.get(f"/api/v1/articles/{copy['id']}").json()["published_evidence"]
    assert evidence == "inferred: copy of 01-kabar-pelabuhan.txt"
    assert str(db.parent) not in text and "/tmp" not in text
    # The relative path is also a key that finds the article.
    assert client.get("/api/v1/articles/01-kabar-pelabuhan.txt").status_code == 200
    html = client.get(f"/articles/{copy['id']}").text
    assert str(db.parent) not in html


def test_relative_source_rules() -> None:
    from warta.store.queries.articles import relative_source

    roots = ["/srv/news", "data/*.txt", "/one/file.txt", "-"]
    assert relative_source("/srv/news/a/b.txt", roots) == "a/b.txt"
    assert relative_source("/srv/newsroom/x.txt", roots) == "x.txt"  # not under /srv/news
    assert relative_source("data/c.txt", roots) == "c.txt"
    assert relative_source("/one/file.txt", roots) == "file.txt"
    assert relative_source("kiriman.txt", roots) == "kiriman.txt"
    assert relative_source("<stdin>", roots) == "<stdin>"
    assert relative_source("https://a.id/x", roots) == "https://a.id/x"
    assert relative_source("C:\\Users\\x\\b.txt", []) == "b.txt"


def test_upload_in_a_multipart_form_keeps_its_name(db: Path) -> None:
    client = TestClient(create_app(db, burst=10_000), base_url=LOCAL)
    r = client.post(
        "/api/v1/documents",
        files={
            "file": (
                "berita.txt",
                io.BytesIO(b"Gempa kecil mengguncang Palu, Kamis (2/1/2025). Tidak ada korban."),
                "text/plain",
            )
        },
    )
    job = wait_for_job(client, r)
    assert job["result"]["articles"][0]["source"] == "berita.txt"
