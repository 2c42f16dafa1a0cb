"""A media-monitoring index's hit (Elasticsearch, OpenSearch) saved as a page: read as the
article in its ``_source``, dated on the desk's clock. Invented hits only."""

from __future__ import annotations

import json
from typing import Any

import pytest

from warta.clean import clean_document
from warta.ingest.index_hit import local_day, read_index_hit
from warta.records import Provenance, RawDoc

_URL = "https://kabarpesisir.example/2026/11/04/dermaga-ikan-baru-diresmikan/"
_TEXT = (
    "PESISIR, KABARPESISIR.EXAMPLE – Dermaga ikan baru di pesisir selatan diresmikan pada "
    "Rabu (4/11/2026) pagi setelah dibangun selama delapan bulan.\n\n"
    "Nelayan setempat menyambut dermaga itu karena perahu tidak lagi harus berlabuh di "
    "muara yang dangkal saat air surut.\n\n"
    "Pengelola pelabuhan berjanji menambah lampu penerangan dan tempat pelelangan ikan "
    "sebelum musim angin barat tiba. (kp)"
)


def _hit(**source: Any) -> dict[str, Any]:
    fields = {
        "@timestamp": "2026-11-04T01:02:03Z",
        "crawled_at": "2026-11-04T01:02:03Z",
        "published_at": "2026-11-03T23:40:00Z",
        "media": "kabarpesisir.example",
        "url": _URL,
        "html_title": "Dermaga Ikan Baru Diresmikan, Nelayan Lega - Kabar Pesisir",
        "title": "Dermaga Ikan Baru Diresmikan, Nelayan Lega",
        "content": _TEXT,
        "summary_auto": "Dermaga ikan baru diresmikan dan disambut nelayan.",
        "entities": {"ORG": ["Pengelola Pelabuhan"], "LOC": ["Pesisir Selatan"]},
        "sentiment": "positive",
    }
    fields.update(source)
    return {"_index": "monitoring-2026.11", "_id": "x9", "_score": None, "_source": fields}


def _clean(document: dict[str, Any], url: str | None = None, fmt: str = "text") -> Any:
    content = json.dumps(document, ensure_ascii=False, indent=2)
    return clean_document(RawDoc(Provenance("hit.txt", url=url), content, url=url, format=fmt))


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_hit_is_read_as_its_article(fmt: str) -> None:
    # saved as a text page or under an HTML name, the hit is read the same
    art = _clean(_hit(), fmt=fmt)
    assert art.title == "Dermaga Ikan Baru Diresmikan, Nelayan Lega"
    assert art.text.startswith("Dermaga ikan baru di pesisir selatan diresmikan")
    assert art.text.endswith("sebelum musim angin barat tiba.")
    assert "positive" not in art.text and "Pengelola Pelabuhan" not in art.text.split("\n")
    assert art.url == _URL


def test_a_utc_stamp_is_read_on_the_desk_clock() -> None:
    # 23:40 UTC on the 3rd is 06:40 WIB on the 4th, the day the address states.
    art = _clean(_hit())
    assert art.published is not None and art.published.iso == "2026-11-04"


def test_a_utc_stamp_without_an_address_is_read_in_wib() -> None:
    art = _clean(_hit(url=None))
    assert art.published is not None and art.published.iso == "2026-11-04"


def test_a_utc_stamp_near_midnight_takes_the_day_the_lead_states() -> None:
    # 16:20 UTC on the 3rd is 23:20 WIB on the 3rd but 00:20 WITA on the 4th: a desk in
    # central Indonesia, whose lead dates the story the 4th, published it on the 4th.
    art = _clean(_hit(url=None, published_at="2026-11-03T16:20:00Z"))
    assert art.published is not None and art.published.iso == "2026-11-04"
    lead_on_the_3rd = _TEXT.replace("Rabu (4/11/2026)", "Selasa (3/11/2026)")
    art = _clean(_hit(url=None, published_at="2026-11-03T16:20:00Z", content=lead_on_the_3rd))
    assert art.published is not None and art.published.iso == "2026-11-03"


def test_a_stamp_in_a_zone_of_its_own_keeps_its_day() -> None:
    art = _clean(_hit(published_at="2026-11-03T21:15:00+07:00"))
    assert art.published is not None and art.published.iso == "2026-11-03"


@pytest.mark.parametrize(
    ("stamp", "stated", "day"),
    [
        ("2026-11-03T16:30:00Z", None, "2026-11-03"),  # 23:30 WIB
        ("2026-11-03T16:30:00Z", "2026-11-04", "2026-11-04"),  # 00:30 WITA, as stated
        ("2026-11-03T16:30:00Z", "2026-11-09", "2026-11-03"),  # no zone gives that day
        ("2026-11-03T16:30:00.000Z", None, "2026-11-03"),
        ("not a date", None, None),
    ],
)
def test_local_day(stamp: str, stated: str | None, day: str | None) -> None:
    assert local_day(stamp, stated) == day


def test_a_search_response_of_one_hit_is_read_as_that_hit() -> None:
    response = {"took": 3, "hits": {"total": {"value": 1}, "hits": [_hit()]}}
    story = read_index_hit(json.dumps(response))
    assert story is not None and story.title == "Dermaga Ikan Baru Diresmikan, Nelayan Lega"


def test_markup_in_the_text_field_becomes_paragraphs() -> None:
    story = read_index_hit(json.dumps(_hit(content="<p>Satu kalimat.</p><p>Dua kalimat.</p>")))
    assert story is not None and story.text == "Satu kalimat.\n\nDua kalimat."


@pytest.mark.parametrize(
    "document",
    [
        {"hits": {"hits": [_hit(), _hit()]}},  # a page of results, not one article
        {"_source": {"content": _TEXT}},  # no index or id: not a hit
        {"_index": "x", "_id": "1", "_source": {"title": "Tanpa isi"}},
        {"title": "Bukan hit", "content": _TEXT},
    ],
)
def test_what_is_not_one_hit_is_not_read(document: dict[str, Any]) -> None:
    assert read_index_hit(json.dumps(document)) is None
