"""GET /api/v1/trends, /api/v1/alerts and /api/v1/alerts/firings: the read layer's data,
the one error shape, the server's token rule."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from warta.api import create_app
from warta.monitor.alerts import add_alert, run_alerts
from warta.monitor.trends import compute_trends
from warta.store.db import connect

LOCAL = "http://127.0.0.1:8000"


def with_alerts(db: Path) -> list[Any]:
    """Two alerts evaluated on every article of the fixture store (watermarks reset)."""
    conn = connect(db)
    try:
        add_alert(conn, "pelabuhan", query="pelabuhan")
        add_alert(conn, "rahmat", entity="Rahmat")  # an alias of Rahmat Hidayat
        with conn:
            conn.execute("UPDATE alert_state SET watermark = 0")
    finally:
        conn.close()
    return run_alerts(db)


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, burst=10_000), base_url=LOCAL)


def error_of(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    return body["error"]  # type: ignore[no-any-return]


def test_trends_are_the_read_layer(client: TestClient, db: Path) -> None:
    r = client.get("/api/v1/trends", params={"as_of": "2024-03-19", "days": 3, "top": 50})
    assert r.status_code == 200
    conn = connect(db, readonly=True)
    try:
        expected = compute_trends(conn, days=3, top=50, today=date(2024, 3, 19))
    finally:
        conn.close()
    body = r.json()
    assert body == expected
    rahmat = next(e for e in body["entities"] if e["name"] == "Rahmat Hidayat")
    # Independently: fixture articles published 2024-03-19 that name him.
    raw = sqlite3.connect(db)
    try:
        n = raw.execute(
            "SELECT count(DISTINCT a.id) FROM articles a JOIN mentions m ON m.article_id = a.id "
            "WHERE m.entity = 'Rahmat Hidayat' AND a.published = '2024-03-19'"
        ).fetchone()[0]
    finally:
        raw.close()
    assert n >= 1 and rahmat["counts"] == [0, 0, n] and rahmat["today"] == n


def test_trends_by_alias_and_errors(client: TestClient) -> None:
    body = client.get("/api/v1/trends", params={"entity": "Rahmat", "as_of": "2024-03-19"}).json()
    assert body["resolved"]["entity"] == "Rahmat Hidayat"
    assert [e["name"] for e in body["entities"]] == ["Rahmat Hidayat"]
    error_of(client.get("/api/v1/trends", params={"entity": "Tak Dikenal Siapapun"}), 404,
             "not-found")
    error_of(client.get("/api/v1/trends", params={"days": 0}), 400, "invalid-parameter")
    error_of(client.get("/api/v1/trends", params={"as_of": "kemarin"}), 400, "invalid-parameter")
    error_of(client.get("/api/v1/trends", params={"as_of": "0001-01-02"}), 400,
             "invalid-parameter")


def test_alerts_and_firings(client: TestClient, db: Path) -> None:
    assert client.get("/api/v1/alerts").json() == {"items": []}
    fired = with_alerts(db)
    assert {f.alert for f in fired} == {"pelabuhan", "rahmat"}
    alerts = {a["name"]: a for a in client.get("/api/v1/alerts").json()["items"]}
    assert alerts["rahmat"]["kind"] == "entity" and alerts["rahmat"]["target"] == "Rahmat"
    assert alerts["pelabuhan"]["firings"] == sum(f.alert == "pelabuhan" for f in fired)
    body = client.get("/api/v1/alerts/firings").json()
    assert body["total"] == len(fired) and len(body["items"]) == len(fired)
    ids = [i["id"] for i in body["items"]]
    assert ids == sorted(ids, reverse=True)  # newest first
    page = client.get("/api/v1/alerts/firings", params={"limit": 1, "offset": 1}).json()
    assert [i["id"] for i in page["items"]] == ids[1:2]
    only = client.get("/api/v1/alerts/firings", params={"alert": "rahmat"}).json()
    assert only["items"] and {i["alert"] for i in only["items"]} == {"rahmat"}
    assert all("Rahmat Hidayat" in i["reason"] for i in only["items"])
    error_of(client.get("/api/v1/alerts/firings", params={"limit": 0}), 400, "invalid-parameter")


def test_token_is_required(db: Path) -> None:
    client = TestClient(create_app(db, token="rahasia"), base_url=LOCAL)
    for path in ("/api/v1/trends", "/api/v1/alerts", "/api/v1/alerts/firings"):
        error_of(client.get(path), 401, "unauthorized")
        assert client.get(path, headers={"Authorization": "Bearer rahasia"}).status_code == 200


def test_openapi_documents_the_routes(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/trends", "/api/v1/alerts", "/api/v1/alerts/firings"} <= set(paths)


def test_as_of_accepts_exactly_the_calendar_days(client: TestClient) -> None:
    """The OpenAPI pattern of ``as_of`` admits only days the server can read (the
    schemathesis run sent "0000-00-00", schema-valid under a looser pattern)."""
    import re

    from warta.api.monitor import DAY_PATTERN

    schema = client.get("/api/v1/openapi.json").json()
    params = schema["paths"]["/api/v1/trends"]["get"]["parameters"]
    [as_of] = [p for p in params if p["name"] == "as_of"]
    assert DAY_PATTERN in str(as_of["schema"])
    for day in ("2024-02-29", "2000-02-29", "1000-01-01", "9999-12-31", "2023-04-30"):
        assert re.match(DAY_PATTERN, day)
        assert client.get("/api/v1/trends", params={"as_of": day}).status_code == 200, day
    for day in ("0000-00-00", "2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01",
                "0999-12-31", "２０２４-01-01", "2024-1-01"):
        assert not re.match(DAY_PATTERN, day)
        error_of(client.get("/api/v1/trends", params={"as_of": day}), 400, "invalid-parameter")
