"""The REST API in-process (TestClient): every endpoint, every error path, one error shape."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from api.fixtures import HOSTILE_JSONL, wait_for_job
from warta.analyze.embeddings import available as embeddings_available
from warta.api import create_app
from warta.api.documents import MAX_UPLOAD_BYTES
from warta.api.security import RateLimiter, safe_next
from warta.errors import StoreError

#: Token-less servers answer loopback Host names only (TestClient's default is "testserver").
LOCAL = "http://127.0.0.1:8000"


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, burst=10_000), base_url=LOCAL)


def error_of(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """Assert ``r`` is the one error shape with ``status`` and ``code``; return the error."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["detail"], dict)
    assert "Traceback" not in r.text
    return body["error"]  # type: ignore[no-any-return]


def first_id(client: TestClient, **params: Any) -> str:
    return client.get("/api/v1/articles", params=params).json()["items"][0]["id"]  # type: ignore[no-any-return]


# --- reads --------------------------------------------------------------------------


def test_articles_list_filters_and_pagination(client: TestClient) -> None:
    body = client.get("/api/v1/articles").json()
    assert body["total"] == 6 and len(body["items"]) == 6
    page = client.get("/api/v1/articles", params={"limit": 2, "offset": 2}).json()
    assert [a["id"] for a in page["items"]] == [a["id"] for a in body["items"][2:4]]
    june = client.get("/api/v1/articles", params={"from": "2024-06", "to": "2024-06"}).json()
    assert june["total"] == 2 and all(a["published"].startswith("2024-06") for a in june["items"])
    story = client.get("/api/v1/articles", params={"story": "s-pelabuhan"}).json()
    assert story["total"] == 2
    ent = client.get("/api/v1/articles", params={"entity": "Dwikorita Karnawati"}).json()
    assert [a["title"] for a in ent["items"]] == [
        "Gempa Magnitudo 5,6 Guncang Majene, Warga Mengungsi ke Perbukitan"
    ]


def test_one_article_has_analysis_duplicates_and_removed_lines(client: TestClient) -> None:
    aid = first_id(client, story="s-pelabuhan")
    a = client.get(f"/api/v1/articles/{aid}").json()
    assert a["id"] == aid and a["story"] == "s-pelabuhan"
    assert {e["name"] for e in a["entities"]} >= {"Rahmat Hidayat", "Sampit"}
    assert a["quotes"] and a["quotes"][0]["speaker"] == "Rahmat Hidayat"
    assert a["events"] and a["mentions"]
    assert len(a["duplicates"]) == 1 and a["duplicates"][0]["relation"] in {"canonical", "near"}
    assert isinstance(a["removed"], list)
    assert client.get(f"/api/v1/articles/{aid[:10]}").json()["id"] == aid  # id prefix
    assert a["source"] == "01-kabar-pelabuhan.txt"  # relative to the build root


def test_stories(client: TestClient) -> None:
    items = client.get("/api/v1/stories").json()["items"]
    assert {s["id"] for s in items} == {"s-pelabuhan", "s-bandung"}
    story = client.get("/api/v1/stories/s-pelabuhan").json()
    assert story["label"] == "Pelabuhan Teluk Sampit" and len(story["articles"]) == 2
    assert story["summary"][0]["article_title"]
    assert story["quotes"] and story["timeline"]


def test_entities(client: TestClient) -> None:
    people = client.get("/api/v1/entities", params={"type": "PER"}).json()["items"]
    assert people[0]["name"] == "Rahmat Hidayat" and all(e["type"] == "PER" for e in people)
    found = client.get("/api/v1/entities", params={"q": "Majene"}).json()["items"]
    assert [e["name"] for e in found] == ["Majene"]
    e = client.get("/api/v1/entities/Rahmat").json()  # an alias finds the entity
    assert e["name"] == "Rahmat Hidayat" and e["aliases"] == ["Rahmat"]
    assert e["mentions_by_month"] == [{"month": "2024-03", "mentions": 6, "articles": 2}]
    assert {c["name"] for c in e["co_occurring"]} >= {"Sampit", "Siti Aminah"}
    assert e["quotes_by"] and all(q["speaker"] == "Rahmat Hidayat" for q in e["quotes_by"])
    assert len(e["articles"]) == 2
    org = client.get("/api/v1/entities/Badan Meteorologi, Klimatologi, dan Geofisika").json()
    assert org["type"] == "ORG"


def test_quotes_by_speaker_and_about(client: TestClient) -> None:
    by = client.get("/api/v1/quotes", params={"speaker": "Dwikorita Karnawati"}).json()
    assert by["items"] and by["items"][0]["title"].startswith("Gempa")
    everything = client.get("/api/v1/quotes", params={"limit": 100}).json()["items"]
    assert len(everything) == 8
    text = client.get("/api/v1/quotes", params={"q": "ongkos angkut"}).json()["items"]
    assert len(text) == 2  # the story's two copies both carry it
    about = client.get("/api/v1/quotes", params={"about": "Dermaga Teluk Sampit"}).json()
    assert len(about["items"]) == 2
    assert all(
        "dermaga baru" in q["text"] and q["speaker"] == "Rahmat Hidayat" for q in about["items"]
    )


def test_timeline_filters(client: TestClient) -> None:
    items = client.get("/api/v1/timeline").json()["items"]
    assert len(items) == 6 and [i["date"] for i in items] == sorted(i["date"] for i in items)
    june = client.get("/api/v1/timeline", params={"from": "2024-06", "to": "2024-06-12"}).json()
    assert [i["date"] for i in june["items"]] == ["2024-06-12"]
    who = client.get("/api/v1/timeline", params={"entity": "Bambang Sutrisno"}).json()["items"]
    assert len(who) == 1 and "Bambang Sutrisno" in who[0]["participants"]
    assert who[0]["sources"][0]["article_id"]


def test_search_fts_with_highlights_and_facets(client: TestClient) -> None:
    body = client.get("/api/v1/search", params={"q": "dermaga"}).json()
    assert body["mode"] == "fts" and len(body["items"]) == 2
    hit = body["items"][0]
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end].lower() == "dermaga"
    assert "\x02" not in hit["snippet"]
    assert body["facets"]["total"] == 2 and body["facets"]["entities"]
    none = client.get("/api/v1/search", params={"q": "zzzzqqq"}).json()
    assert none["items"] == [] and none["facets"]["total"] == 0
    hostile = client.get("/api/v1/search", params={"q": '"Kim AND (" NEAR *'})
    assert hostile.status_code == 200  # user syntax is quoted, never an FTS5 error


def test_search_semantic_needs_the_extra(client: TestClient) -> None:
    r = client.get("/api/v1/search", params={"q": "gempa bumi di Sulawesi", "mode": "hybrid"})
    if not embeddings_available():
        err = error_of(r, 500, "missing-extra")
        assert err["detail"]["extra"] == "embeddings"
        return
    assert r.status_code == 200, r.text
    assert r.json()["items"][0]["title"].startswith("Gempa")


def test_stats_and_openapi(client: TestClient) -> None:
    s = client.get("/api/v1/stats").json()
    assert s["articles"] == 6 and s["entities"] == 13 and s["stories"] == 2
    doc = client.get("/api/v1/openapi.json").json()
    paths = set(doc["paths"])
    assert {
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/stories",
        "/api/v1/entities",
        "/api/v1/quotes",
        "/api/v1/timeline",
        "/api/v1/search",
        "/api/v1/stats",
        "/api/v1/documents",
    } <= paths
    assert not any(p.startswith(("/stories", "/login")) for p in paths)  # UI not in the API


# --- uploads ------------------------------------------------------------------------


def test_upload_text_runs_the_pipeline(client: TestClient) -> None:
    text = (Path(__file__).resolve().parents[2] / "examples" / "03-gempa-sulbar.txt").read_bytes()
    r = client.post(
        "/api/v1/documents",
        params={"name": "kiriman.txt"},
        content=text,
        headers={"content-type": "text/plain; charset=utf-8"},
    )
    job = wait_for_job(client, r)
    assert job["status"] == "done", job
    body = job["result"]
    assert body["stats"] == {"documents": 1, "stored": 1, "problems": 0}
    art = body["articles"][0]
    assert art["title"].startswith("Gempa") and art["published"] == "2024-11-13"
    assert art["dup_relation"] in {"exact", "canonical"}  # the same text is already stored
    assert client.get("/api/v1/stats").json()["articles"] == 7


def test_upload_html_jsonl_and_multipart(client: TestClient) -> None:
    html = (Path(__file__).resolve().parents[2] / "examples" / "04-opini.html").read_bytes()
    r = client.post("/api/v1/documents", content=html, headers={"content-type": "text/html"})
    assert wait_for_job(client, r)["result"]["articles"][0]["title"]
    jsonl = HOSTILE_JSONL + b"not json\n"
    r = client.post(
        "/api/v1/documents", content=jsonl, headers={"content-type": "application/x-ndjson"}
    )
    body = wait_for_job(client, r)["result"]
    assert body["stats"]["stored"] == 1 and body["problems"][0]["code"] == "malformed-input"
    r = client.post(
        "/api/v1/documents",
        files={"file": ("berita.txt", io.BytesIO(html), "application/octet-stream")},
    )
    assert wait_for_job(client, r)["status"] == "done"  # type from the suffix: .txt


def test_cross_site_posts_are_refused_and_store_nothing(client: TestClient, db: Path) -> None:
    """A page on another site can make a browser POST to a token-less localhost server:
    the upload form of an attacker's page must not reach the store."""
    before = client.get("/api/v1/stats").json()["articles"]
    for headers in (
        {"origin": "https://evil.example"},
        {"origin": "null"},  # sandboxed iframes and file:// pages
        {"sec-fetch-site": "cross-site"},
    ):
        r = client.post(
            "/api/v1/documents",
            files={"file": ("x.txt", io.BytesIO(b"Teks sisipan penyerang."), "text/plain")},
            headers=headers,
        )
        err = error_of(r, 403, "cross-site-request")
        assert "curl" in err["message"]
    login = client.post("/login", data={"token": "x"}, headers={"origin": "https://evil.example"})
    assert login.status_code == 403 and "text/html" in login.headers["content-type"]
    assert client.get("/api/v1/stats").json()["articles"] == before
    same = client.post(
        "/api/v1/documents",
        content=b"Gempa kecil mengguncang Palu, Kamis (2/1/2025). Tidak ada korban jiwa.",
        headers={"origin": LOCAL, "content-type": "text/plain"},
    )
    assert same.status_code == 202, same.text  # warta's own origin, like curl, passes


# --- errors -------------------------------------------------------------------------


def test_not_found_errors(client: TestClient) -> None:
    error_of(client.get("/api/v1/articles/ffffffffffff"), 404, "not-found")
    error_of(client.get("/api/v1/stories/nope"), 404, "not-found")
    err = error_of(client.get("/api/v1/entities/Tidak Ada"), 404, "not-found")
    assert err["detail"]["entity"] == "Tidak Ada"
    error_of(client.get("/api/v1/no-such-endpoint"), 404, "not-found")
    error_of(client.delete("/api/v1/stats"), 405, "method-not-allowed")


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v1/articles", {"limit": 0}),
        ("/api/v1/articles", {"limit": 5000}),
        ("/api/v1/articles", {"offset": -1}),
        ("/api/v1/articles", {"from": "13/3/2024"}),
        ("/api/v1/articles", {"limit": "many"}),
        ("/api/v1/entities", {"type": "THING"}),
        ("/api/v1/timeline", {"to": "2024-1"}),
        ("/api/v1/search", {}),
        ("/api/v1/search", {"q": "x", "mode": "psychic"}),
        ("/api/v1/quotes", {"speaker": "x" * 500}),
    ],
)
def test_bad_parameters(client: TestClient, path: str, params: dict[str, Any]) -> None:
    error_of(client.get(path, params=params), 400, "invalid-parameter")


def test_ambiguous_article_key_is_a_409(client: TestClient) -> None:
    # Both articles of 05-kiriman.jsonl share the file name.
    err = error_of(client.get("/api/v1/articles/05-kiriman.jsonl"), 409, "ambiguous-key")
    assert "several articles" in err["message"] and len(err["detail"]["matches"]) == 2


def test_upload_too_large(client: TestClient) -> None:
    big = b"a" * (MAX_UPLOAD_BYTES + 1)
    err = error_of(
        client.post("/api/v1/documents", content=big, headers={"content-type": "text/plain"}),
        413,
        "payload-too-large",
    )
    assert err["detail"]["limit"] == MAX_UPLOAD_BYTES

    def chunks() -> Any:  # no Content-Length: the limit is enforced while streaming
        for _ in range(6):
            yield b"b" * 2**20

    error_of(
        client.post("/api/v1/documents", content=chunks(), headers={"content-type": "text/plain"}),
        413,
        "payload-too-large",
    )


def test_upload_bad_type_or_content(client: TestClient) -> None:
    error_of(
        client.post(
            "/api/v1/documents", content=b"%PDF-1.4", headers={"content-type": "application/pdf"}
        ),
        415,
        "unsupported-media-type",
    )
    error_of(client.post("/api/v1/documents", content=b"x"), 415, "unsupported-media-type")
    pdf = {"file": ("a.pdf", b"%PDF", "application/pdf")}
    error_of(client.post("/api/v1/documents", files=pdf), 415, "unsupported-media-type")
    error_of(
        client.post("/api/v1/documents", files={"other": ("a.txt", b"teks", "text/plain")}),
        400,
        "invalid-parameter",
    )
    error_of(
        client.post("/api/v1/documents", content=b"  \n", headers={"content-type": "text/plain"}),
        400,
        "empty-input",
    )
    empty_file = {"file": ("a.txt", b" \n", "text/plain")}
    error_of(client.post("/api/v1/documents", files=empty_file), 400, "empty-input")
    # What needs the content read is the job's to report: see test_uploads.py. A name
    # is a label: control characters become spaces.
    r = client.post(
        "/api/v1/documents",
        params={"name": "a\x01b"},
        content=b"Gempa kecil mengguncang Palu, Kamis (2/1/2025). Tidak ada korban jiwa.",
        headers={"content-type": "text/plain"},
    )
    assert wait_for_job(client, r)["result"]["articles"][0]["source"] == "a b"


def test_token_is_required_when_set(db: Path) -> None:
    client = TestClient(create_app(db, token="rahasia"))
    err = error_of(client.get("/api/v1/stats"), 401, "unauthorized")
    assert "Bearer" in err["message"]
    error_of(
        client.get("/api/v1/stats", headers={"Authorization": "Bearer salah"}), 401, "unauthorized"
    )
    error_of(client.get("/api/v1/stats", headers={"Authorization": "rahasia"}), 401, "unauthorized")
    error_of(client.post("/api/v1/documents", content=b"teks"), 401, "unauthorized")
    ok = client.get("/api/v1/stats", headers={"Authorization": "Bearer rahasia"})
    assert ok.status_code == 200 and ok.json()["articles"] == 6


def test_ui_login_sets_a_strict_httponly_cookie(db: Path) -> None:
    client = TestClient(create_app(db, token="rahasia"), follow_redirects=False)
    r = client.get("/stories?lang=en")
    assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Fstories%3Flang%3Den"
    assert client.get("/login").status_code == 200
    bad = client.post("/login", data={"token": "salah", "next": "/"})
    assert bad.status_code == 401 and "warta_session" not in bad.headers.get("set-cookie", "")
    good = client.post("/login", data={"token": "rahasia", "next": "//evil.example/x"})
    assert good.status_code == 303 and good.headers["location"] == "/"
    cookie = good.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "rahasia" not in cookie
    assert client.get("/stories").status_code == 200  # the cookie jar now has the session
    error_of(client.get("/api/v1/stats"), 401, "unauthorized")  # the API still wants Bearer
    assert client.get("/static/warta.css").status_code == 200


def test_safe_next() -> None:
    assert safe_next("/entities/X?lang=en") == "/entities/X?lang=en"
    for bad in (None, "", "//evil", "https://evil", "javascript:alert(1)", "/\\evil"):
        assert safe_next(bad) == "/"


def test_rate_limit(db: Path) -> None:
    client = TestClient(create_app(db, rate=0.01, burst=3), base_url=LOCAL)
    for _ in range(3):
        assert client.get("/api/v1/stats").status_code == 200
    r = client.get("/api/v1/stats")
    err = error_of(r, 429, "rate-limited")
    assert err["detail"]["retry_after"] > 0 and int(r.headers["retry-after"]) >= 1
    assert client.get("/").status_code == 200  # pages are not rate limited


def test_rate_limiter_refills() -> None:
    limiter = RateLimiter(rate=1000.0, burst=1.0)
    assert limiter.allow("a") == 0.0
    assert limiter.allow("b") == 0.0  # per client
    assert limiter.allow("a") > 0.0 or limiter.allow("a") == 0.0  # refills quickly


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="build one first"):
        create_app(tmp_path / "nope.db")


def test_security_headers_on_api_and_errors(client: TestClient) -> None:
    for r in (client.get("/api/v1/stats"), client.get("/api/v1/articles/nope")):
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"


def test_unexpected_errors_keep_the_shape(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.store import queries

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "stats", boom)
    client = TestClient(create_app(db), raise_server_exceptions=False, base_url=LOCAL)
    r = client.get("/api/v1/stats")
    err = error_of(r, 500, "internal-error")
    assert "secret" not in json.dumps(err)


# --- warta serve --------------------------------------------------------------------


def test_serve_refuses_a_public_address_without_a_token(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from warta.cli.main import app
    from warta.errors import InvalidParameterError

    runs: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: runs.append(kw))
    monkeypatch.delenv("WARTA_TOKEN", raising=False)
    runner = CliRunner()
    refused = runner.invoke(app, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert isinstance(refused.exception, InvalidParameterError)
    assert "needs a token" in refused.exception.message and runs == []
    for host in ("127.0.0.1", "localhost", "::1"):
        assert runner.invoke(app, ["serve", "--db", str(db), "--host", host]).exit_code == 0
    ok = runner.invoke(
        app,
        ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "9"],
        env={"WARTA_TOKEN": "rahasia"},
    )
    assert ok.exit_code == 0, ok.output
    assert runs[-1] == {"host": "0.0.0.0", "port": 9, "log_level": "warning"}
