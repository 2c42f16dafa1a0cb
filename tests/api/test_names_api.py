"""Names in API filters: resolved through the entity registry, ``resolved`` says how."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api import create_app


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, burst=10_000), base_url="http://127.0.0.1:8000")


def test_quote_filters_take_a_short_name(client: TestClient) -> None:
    body = client.get("/api/v1/quotes", params={"speaker": "Dwikorita"}).json()
    assert body["items"] and {q["speaker"] for q in body["items"]} == {"Dwikorita Karnawati"}
    said = body["resolved"]["speaker"]
    assert (said["entity"], said["type"], said["how"]) == ("Dwikorita Karnawati", "PER", "alias")
    full = client.get("/api/v1/quotes", params={"speaker": "Dwikorita Karnawati"}).json()
    assert full["items"] == body["items"]


def test_timeline_articles_search_and_entity_page(client: TestClient) -> None:
    who = client.get("/api/v1/timeline", params={"entity": "bambang sutrisno"}).json()
    assert len(who["items"]) == 1 and who["resolved"]["entity"]["how"] == "spelling"
    arts = client.get("/api/v1/articles", params={"entity": "BMKG"}).json()
    assert arts["total"] >= 1
    assert arts["resolved"]["entity"]["entity"].startswith("Badan Meteorologi")
    hits = client.get("/api/v1/search", params={"q": "gempa", "entity": "Dwikorita"}).json()
    assert hits["items"] and hits["resolved"]["entity"]["entity"] == "Dwikorita Karnawati"
    one = client.get("/api/v1/entities/Rahmat").json()
    assert one["name"] == "Rahmat Hidayat" and one["resolved"]["matched"] == "Rahmat"


def test_unknown_names_suggest(client: TestClient) -> None:
    body = client.get("/api/v1/quotes", params={"speaker": "Dwikorta"}).json()
    assert body["items"] == []
    assert body["resolved"]["speaker"]["suggestions"] == ["Dwikorita (Dwikorita Karnawati)"]
    r = client.get("/api/v1/entities/Rahmad Hidayat")
    assert r.status_code == 404
    error = r.json()["error"]
    assert "did you mean Rahmat Hidayat?" in error["message"]
    assert error["detail"]["suggestions"] == ["Rahmat Hidayat"]
