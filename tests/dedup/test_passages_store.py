"""Shared passages reach the user: the store, `warta show`, the export, the API and the web page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from warta.api import create_app
from warta.cli.main import app
from warta.pipeline import build
from warta.store import queries
from warta.store.db import connect

CORPUS = Path(__file__).resolve().parent / "corpus" / "pages"
PAIR = ("bi-rupiah.txt", "bi-kredit.txt")  # own reporting around the same wire paragraphs


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for name in (*PAIR, "gold-senin.txt", "weather-rabu.txt"):
        shutil.copy(CORPUS / name, folder / name)
    path = folder / "w.db"
    report = build([str(folder)], path, embeddings=False)
    assert report.stats["shared_passages"] == 1
    return path


def _ids(db: Path) -> dict[str, str]:
    conn = connect(db, create=False)
    try:
        return {Path(r[1]).name: r[0] for r in conn.execute("SELECT id, source FROM articles")}
    finally:
        conn.close()


def test_the_read_layer_and_the_export_carry_the_relation(db: Path) -> None:
    ids = _ids(db)
    conn = connect(db, create=False)
    try:
        article = queries.get_article(conn, ids[PAIR[0]])
        exported = {Path(a["source"]).name: a for a in queries.iter_export(conn)}
    finally:
        conn.close()
    (link,) = article["shares_passages"]
    assert link["id"] == ids[PAIR[1]] and link["relation"] == "shares-passages"
    assert link["passages"] == 3 and 0.3 < link["fraction"] < 0.8
    assert article["dup_group"] is None  # shared passages make no duplicate group
    assert exported[PAIR[1]]["shares_passages"][0]["id"] == ids[PAIR[0]]
    assert exported["weather-rabu.txt"]["shares_passages"] == []


def test_show_api_and_web_page_show_it(db: Path) -> None:
    ids = _ids(db)
    shown = CliRunner().invoke(app, ["show", PAIR[0], "--db", str(db), "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["shares_passages"][0]["id"] == ids[PAIR[1]]
    table = CliRunner().invoke(app, ["show", PAIR[0], "--db", str(db)], env={"COLUMNS": "200"})
    assert "shares passages" in table.output and ids[PAIR[1]][:8] in table.output
    client = TestClient(create_app(db), base_url="http://127.0.0.1:8000")
    api = client.get(f"/api/v1/articles/{ids[PAIR[0]]}").json()
    assert api["shares_passages"][0]["id"] == ids[PAIR[1]]
    page = client.get(f"/articles/{ids[PAIR[0]]}").text
    assert "shares-passages" in page and f"/articles/{ids[PAIR[1]]}" in page
