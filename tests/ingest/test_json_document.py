"""warta.ingest.json_document: the one check every JSON export reader starts with."""

import doctest

from warta.ingest import json_document
from warta.ingest.json_document import json_value


def test_doctests() -> None:
    assert doctest.testmod(json_document).failed == 0


def test_objects_and_lists_parse_after_leading_space() -> None:
    assert json_value('\n  [{"id": 1}]') == [{"id": 1}]
    assert json_value('{"log": {}}') == {"log": {}}


def test_markup_text_scalars_and_broken_json_are_not_documents() -> None:
    for content in (
        "",
        "   ",
        "<html><body>{}</body></html>",
        "Judul berita",
        "42",
        '"x"',
        "null",
        '{"a": 1',
        "[1, 2,]",
    ):
        assert json_value(content) is None, content
