"""Shapes seen on the forty-third blind page set, each an invented page written here in
that shape (not a labelled page): a news API's search response holding one article (Event
Registry's ``articles.results``, NewsAPI's ``articles``) and a document database's export
of one record (``mongoexport``'s line of Extended JSON with the tool's log lines around
it), each read as the article it holds; and a regional portal's dateline gluing its name
to the place, "Kabarhulu-MUARATEWEH- Warga ...", set off the lead."""

from __future__ import annotations

import json
from typing import Any

import pytest

from warta.clean import clean_document
from warta.clean.metadata import split_dateline
from warta.ingest.index_hit import read_index_hit
from warta.ingest.mongo_export import exported_records, plain_json
from warta.records import Provenance, RawDoc

_URL = "https://kabarhulu.example/2026/07/14/jembatan-gantung-desa-tepian-diperbaiki/"
_HEADLINE = "Jembatan Gantung Desa Tepian Diperbaiki Sebelum Musim Hujan"
_TEXT = (
    "Warga Desa Tepian bergotong royong memperbaiki jembatan gantung yang menghubungkan "
    "dua dusun di tepi sungai, Selasa (14/7/2026).\n\n"
    "Kepala desa mengatakan papan jembatan yang lapuk diganti dengan kayu ulin yang "
    "dibeli dari dana desa tahun ini.\n\n"
    "Perbaikan ditargetkan selesai sebelum musim hujan agar anak sekolah tidak perlu "
    "menyeberang dengan perahu. (kh)"
)


def _clean(content: str) -> Any:
    return clean_document(RawDoc(Provenance("saved.txt"), content, format="text"))


def _article(**fields: Any) -> dict[str, Any]:
    article = {
        "uri": "2026-07-1100",
        "lang": "ind",
        "isDuplicate": False,
        "date": "2026-07-14",
        "dateTimePub": "2026-07-14T04:10:00Z",
        "url": _URL,
        "title": _HEADLINE,
        "body": _TEXT,
        "source": {"uri": "kabarhulu.example", "title": "Kabar Hulu"},
        "authors": [{"name": "Penulis Desa", "type": "author"}],
        "sentiment": 0.21,
        "relevance": 7,
    }
    article.update(fields)
    return article


def test_a_news_api_response_of_one_article_is_read_as_that_article() -> None:
    response = {"articles": {"results": [_article()], "totalResults": 1, "page": 1}}
    art = _clean(json.dumps(response, indent=4))
    assert art.title == _HEADLINE
    assert art.text.startswith("Warga Desa Tepian bergotong royong")
    assert art.text.endswith("menyeberang dengan perahu.")
    assert "relevance" not in art.text and "Kabar Hulu" not in art.text
    assert art.url == _URL
    assert art.published is not None and art.published.iso == "2026-07-14"


def test_a_flat_response_listing_one_article_is_read_too() -> None:
    # NewsAPI's shape: the list of articles at the top, beside the status and the count
    item = {"title": _HEADLINE, "url": _URL, "content": _TEXT, "publishedAt": "2026-07-14"}
    response = {"status": "ok", "totalResults": 1, "articles": [item]}
    story = read_index_hit(json.dumps(response))
    assert story is not None and story.title == _HEADLINE and story.url == _URL


@pytest.mark.parametrize(
    "response",
    [
        {"articles": {"results": [_article(), _article(uri="2026-07-1101")]}},  # an index
        {"articles": {"results": []}},
        {"results": [{"title": _HEADLINE, "url": _URL}]},  # no text: a list of links
        {"statistics": {"results": [_article()]}},  # not the response's list of articles
    ],
)
def test_what_is_not_one_article_of_a_response_is_not_read(response: dict[str, Any]) -> None:
    assert read_index_hit(json.dumps(response)) is None


def _record(**fields: Any) -> str:
    record: dict[str, Any] = {
        "_id": {"$oid": "6a11d0c2e4b0a1b2c3d4e5f6"},
        "media": "Kabar Hulu",
        "url": _URL,
        "judul": _HEADLINE,
        "terbit": {"$date": "2026-07-13T23:30:00Z"},
        "isi": "MUARATEWEH, KABARHULU.EXAMPLE – " + _TEXT,
        "sentimen": "positif",
        "dikumpulkan": {"$date": "2026-07-14T08:00:00Z"},
    }
    record.update(fields)
    return json.dumps(record, ensure_ascii=False)


def _with_log(record: str) -> str:
    return (
        "2026-07-15T09:01:02.345+0700\tconnected to: mongodb://localhost/\n"
        f"{record}\n"
        "2026-07-15T09:01:02.410+0700\texported 1 record\n"
    )


@pytest.mark.parametrize("wrap", [_with_log, lambda record: record])
def test_a_database_export_of_one_record_is_read_as_its_article(wrap: Any) -> None:
    art = _clean(wrap(_record()))
    assert art.title == _HEADLINE
    assert art.text.startswith("Warga Desa Tepian bergotong royong")
    assert "connected to" not in art.text and "exported 1 record" not in art.text
    assert "positif" not in art.text
    # 23:30 UTC on the 13th is 06:30 WIB on the 14th; the collection time dates nothing
    assert art.published is not None and art.published.iso == "2026-07-14"


def test_a_date_as_milliseconds_is_read_in_utc() -> None:
    assert plain_json({"$date": {"$numberLong": "1784071800000"}}) == "2026-07-14T23:30:00Z"


def test_an_export_of_several_records_is_no_one_article() -> None:
    export = _with_log(_record() + "\n" + _record(judul="Berita Lain"))
    records = exported_records(export)
    assert records is not None and len(records) == 2
    assert read_index_hit(export) is None


@pytest.mark.parametrize(
    "content",
    [
        'Harga karet naik, kata petani.\n{"a": 1}',  # a page's words
        '{"judul": "Tanpa pembungkus", "isi": "Teks."}',  # plain JSON: no database's types
        "2026-07-15T09:01:02.345+0700\tconnected to: mongodb://localhost/\n",  # no record
    ],
)
def test_what_is_no_database_export_gives_no_records(content: str) -> None:
    assert exported_records(content) is None


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("Kabarhulu-MUARATEWEH- Warga desa menanam bibit.", "Kabarhulu-MUARATEWEH-"),
        ("Kabarhulu.com-KUALA KURUN -Warga desa menanam.", "Kabarhulu.com-KUALA KURUN -"),
        ("Anti-KORUPSI- Gerakan itu dimulai di kampus.", None),  # a prefix, no outlet
        ("Jakarta-Bandung- Kereta cepat melaju.", None),  # no place in capitals
    ],
)
def test_an_outlet_glued_to_the_place_is_a_dateline(lead: str, dateline: str | None) -> None:
    assert split_dateline(lead)[0] == dateline


def test_the_glued_dateline_is_set_off_the_lead() -> None:
    page = f"{_HEADLINE}\nSelasa, 14/07/2026 - 11:20 WIB\n\nKabarhulu-MUARATEWEH- " + _TEXT
    art = _clean(page)
    assert art.text.startswith("Warga Desa Tepian bergotong royong")


def test_doctests() -> None:
    import doctest

    from warta.ingest import index_hit, mongo_export

    assert doctest.testmod(mongo_export).failed == 0
    assert doctest.testmod(index_hit).failed == 0
