"""The front page lists what was added since the reader's last visit (a cookie of store
marks), and ``/api/v1/changes`` gives the same to a polling client."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api import create_app
from warta.pipeline import build
from warta.web import visits

NEW_TITLE = "Banjir <b>rob</b> rendam pesisir Demak"
NEW_TEXT = f"""{NEW_TITLE}

DEMAK - Banjir rob merendam ratusan rumah di pesisir Kabupaten Demak, Jawa Tengah, \
Kamis (7/3/2024). Warga mengungsi ke balai desa sejak dini hari.

Petugas badan penanggulangan bencana daerah menyalurkan makanan dan selimut kepada \
para pengungsi di tiga desa yang terdampak paling parah.
"""


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1:8000")


def view(client: TestClient, cookie: str | None) -> tuple[str, str]:
    """The front page seen with ``cookie``, and the cookie it sets."""
    client.cookies.clear()
    if cookie is not None:
        client.cookies.set(visits.COOKIE, cookie)
    r = client.get("/")
    assert r.status_code == 200
    return r.text, r.cookies[visits.COOKIE]


def aged(cookie: str) -> str:
    """``cookie`` as if its last view were two visit gaps ago."""
    parts = cookie.split(".")
    parts[-1] = str(int(time.time()) - 2 * visits.VISIT_GAP)
    return ".".join(parts)


def add_article(db: Path, folder: Path) -> None:
    folder.mkdir()
    (folder / "rob-demak.txt").write_text(NEW_TEXT, encoding="utf-8")
    build([str(folder)], db, embeddings=False)


def test_a_first_visit_shows_no_list_and_sets_the_cookie(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert 'class="since"' not in r.text
    cookie = r.cookies.get(visits.COOKIE)
    assert cookie and visits.parse(cookie) is not None
    assert "httponly" in r.headers["set-cookie"].lower()


def test_a_later_visit_lists_the_articles_added_since(
    client: TestClient, db: Path, tmp_path: Path
) -> None:
    _html, first = view(client, None)
    add_article(db, tmp_path / "new")
    html, again = view(client, aged(first))
    assert 'class="since"' in html
    assert "1 artikel baru" in html
    assert "Banjir &lt;b&gt;rob&lt;/b&gt; rendam pesisir Demak" in html  # escaped
    assert "<b>rob</b>" not in html
    # Within the same visit the list stays; after the next gap it is gone.
    html, again = view(client, again)
    assert 'class="since"' in html
    html, _ = view(client, aged(again))
    assert 'class="since"' not in html


@pytest.mark.parametrize("value", ["<script>", "1.2.3", "9" * 40, "a.b.c.d.e", ""])
def test_a_foreign_cookie_counts_as_none(client: TestClient, value: str) -> None:
    html, cookie = view(client, value)
    assert 'class="since"' not in html
    assert visits.parse(cookie) is not None


def test_the_api_gives_changes_since_a_mark(client: TestClient, db: Path, tmp_path: Path) -> None:
    before = client.get("/api/v1/changes").json()
    assert before["articles"] >= 1 and before["since"] == {"article": 0, "firing": 0}
    mark = before["mark"]
    assert client.get("/api/v1/changes", params=mark).json()["articles"] == 0
    add_article(db, tmp_path / "new")
    after = client.get("/api/v1/changes", params=mark).json()
    assert after["articles"] == 1
    assert after["latest"][0]["title"] == NEW_TITLE
    assert after["mark"]["article"] > mark["article"]
    assert client.get("/api/v1/changes", params={"article": -1}).status_code == 400
