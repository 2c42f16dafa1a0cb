"""``/api/v1/relations``, ``/api/v1/dyads``, ``/api/v1/network`` on the seeds store."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api import create_app


@pytest.fixture()
def client(seeds_db: Path) -> TestClient:
    return TestClient(create_app(seeds_db), base_url="http://127.0.0.1")


def test_relations_list(client: TestClient) -> None:
    r = client.get("/api/v1/relations", params={"actor": "Kremlin", "class": "consult"})
    assert r.status_code == 200
    body = r.json()
    assert body["resolved"]["actor"]["entity"] == "Russia"
    assert body["items"] and all(i["source"] == "Russia" for i in body["items"])
    assert all(i["action"] == "consult" and i["evidence"] for i in body["items"])
    bad = client.get("/api/v1/relations", params={"class": "hug"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid-parameter"
    bad = client.get("/api/v1/relations", params={"from": "May"})
    assert bad.status_code == 400


def test_dyad(client: TestClient) -> None:
    r = client.get("/api/v1/dyads", params={"a": "Putin", "b": "Kim Jong Un"})
    assert r.status_code == 200
    body = r.json()
    assert (body["a"], body["b"]) == ("Vladimir Putin", "Kim Jong-un")
    assert body["total"] >= 2 and body["relations"][0]["evidence"][0]["sentence"]
    missing = client.get("/api/v1/dyads", params={"a": "Putin", "b": "Kimm"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not-found"
    assert client.get("/api/v1/dyads", params={"a": "Putin"}).status_code == 400


def test_network_json_and_graphml(client: TestClient) -> None:
    body = client.get("/api/v1/network", params={"limit": 6}).json()
    assert len(body["nodes"]) == 6 and body["edges"]
    r = client.get("/api/v1/network", params={"limit": 4, "format": "graphml"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/graphml")
    root = ET.fromstring(r.text)
    assert len(root.findall(".//{http://graphml.graphdrawing.org/xmlns}node")) == 4
    assert client.get("/api/v1/network", params={"limit": 1}).status_code == 400


def test_routes_are_in_the_openapi_document(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/relations", "/api/v1/dyads", "/api/v1/network"} <= set(paths)


def test_dyad_with_people(client: TestClient) -> None:
    plain = client.get("/api/v1/dyads", params={"a": "Rusia", "b": "Korea Utara"}).json()
    wide = client.get(
        "/api/v1/dyads", params={"a": "Rusia", "b": "Korea Utara", "people": "true"}
    ).json()
    assert "Vladimir Putin" in wide["people"]["Russia"] and wide["total"] > plain["total"]
