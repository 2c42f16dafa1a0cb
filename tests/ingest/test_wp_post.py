"""A WordPress REST API response saved as a page is read as the post it holds: its
headline, first-publication date (never ``modified``), URL and story; anything else
saved as JSON is no article, and the error names the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.errors import MalformedInputError
from warta.ingest.html import extract_html
from warta.ingest.wp_post import read_wp_post
from warta.records import Provenance, RawDoc

POST = {
    "id": 4021,
    "date": "2026-11-30T21:15:00",
    "modified": "2026-12-02T08:00:00",
    "link": "https://warta-desa.id/2026/11/30/jembatan-gantung-putus/",
    "title": {
        "rendered": "Jembatan Gantung di Lembah Hijau Putus, Warga Seberangi Sungai &#8220;Pakai Rakit&#8221;"
    },
    "content": {
        "rendered": "<p><strong>WartaDesa</strong> &#8211; Jembatan gantung putus diterjang arus.</p>\n"
        "<p>Warga kini menyeberang dengan rakit bambu.</p>"
    },
}


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_saved_post_gives_its_headline_date_url_and_story(wrapped: bool) -> None:
    item = read_wp_post(json.dumps([POST] if wrapped else POST))
    assert item is not None
    assert (
        item.title == "Jembatan Gantung di Lembah Hijau Putus, Warga Seberangi Sungai “Pakai Rakit”"
    )
    assert item.published == "2026-11-30"  # the first publication, not the last change
    assert item.url == POST["link"]
    assert item.text.split("\n\n") == [
        "WartaDesa – Jembatan gantung putus diterjang arus.",
        "Warga kini menyeberang dengan rakit bambu.",
    ]


@pytest.mark.parametrize(
    "content",
    [
        json.dumps([POST, POST]),  # an index of posts, not a story
        json.dumps({"code": "rest_no_route", "message": "No route"}),
        json.dumps({**POST, "content": {"rendered": ""}}),
        "[1, 2",
    ],
)
def test_other_json_is_not_a_post(content: str) -> None:
    assert read_wp_post(content) is None


def test_json_with_no_post_gets_an_error_naming_the_file() -> None:
    raw = RawDoc(Provenance(path="simpan/indeks.html"), json.dumps([POST, POST]), format="html")
    with pytest.raises(MalformedInputError, match=r"simpan/indeks\.html"):
        extract_html(raw)


def test_a_saved_post_reads_through_the_html_reader(tmp_path: Path) -> None:
    raw = RawDoc(Provenance(path=str(tmp_path / "post.html")), json.dumps([POST]), format="html")
    text, hints = extract_html(raw)
    assert text.startswith("WartaDesa – Jembatan gantung")
    assert (hints.title, hints.published, hints.url) == (
        POST["title"]["rendered"].replace("&#8220;", "“").replace("&#8221;", "”"),
        "2026-11-30",
        POST["link"],
    )
