"""Names in UI filters: the page says which entity a name resolved to, or suggests one."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api import create_app


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1:8000")


def test_pages_say_what_a_name_resolved_to(client: TestClient) -> None:
    quotes = client.get("/quotes", params={"speaker": "Dwikorita"}).text
    assert "&#39;Dwikorita&#39; is Dwikorita Karnawati (PER)" in quotes
    timeline = client.get("/timeline", params={"entity": "bambang sutrisno"}).text
    assert "is Bambang Sutrisno (PER" in timeline
    articles = client.get("/articles", params={"entity": "BMKG"}).text
    assert "is Badan Meteorologi" in articles
    entity = client.get("/entities/Rahmat").text
    assert "&#39;Rahmat&#39; is Rahmat Hidayat (PER)" in entity


def test_unknown_name_suggests_and_exact_name_says_nothing(client: TestClient) -> None:
    page = client.get("/quotes", params={"speaker": "Dwikorta"}).text
    assert "did you mean Dwikorita (Dwikorita Karnawati)?" in page
    exact = client.get("/quotes", params={"speaker": "Dwikorita Karnawati"}).text
    assert 'class="resolved"' not in exact
