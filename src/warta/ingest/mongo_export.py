"""A document database's export saved as a page: ``mongoexport``'s output, one JSON object
a line, in MongoDB's Extended JSON.

A monitoring desk that keeps what it collects in MongoDB hands one article over as the
tool exports it: each record a JSON object on a line of its own, typed values wrapped
(``{"$oid": ...}`` for the record's id, ``{"$date": ...}`` for a date, ``{"$numberLong":
...}`` for a big number). When the tool's messages went to the same file, its log lines
stand around the records: a stamp, a tab, then what it did ("connected to: ...",
"exported 1 record"). :func:`exported_records` gives the records as plain JSON values (the
wrappers unwrapped), for the readers of JSON exports (:mod:`warta.ingest.index_hit`) to
find the article's fields in.

>>> export = (
...     "2026-03-02T10:00:01.123+0700\\tconnected to: mongodb://localhost/\\n"
...     '{"_id": {"$oid": "65f0"}, "judul": "Pasar Dibuka", '
...     '"terbit": {"$date": "2026-03-02T01:00:00Z"}}\\n'
...     "2026-03-02T10:00:01.200+0700\\texported 1 record\\n"
... )
>>> exported_records(export)
[{'_id': '65f0', 'judul': 'Pasar Dibuka', 'terbit': '2026-03-02T01:00:00Z'}]
>>> exported_records('{"judul": "Tanpa pembungkus"}') is None
True
>>> plain_json({"t": {"$date": {"$numberLong": "1772413200000"}}})
{'t': '2026-03-02T01:00:00Z'}
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from warta.ingest.json_document import json_object_lines

__all__ = ["exported_records", "opens_like_export", "plain_json"]

# The tool's log line: its ISO stamp (zone as "+0700" or "Z"), a tab, the message.
_LOG_LINE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{4})\t")
# A typed value of Extended JSON: an object holding one "$" key.
_WRAPPERS = frozenset(
    {"$oid", "$date", "$numberLong", "$numberInt", "$numberDouble", "$numberDecimal"}
)


def opens_like_export(content: str) -> bool:
    """Whether ``content`` opens as an export may: with the tool's log line or a JSON
    object (the test before :func:`exported_records`)."""
    head = content.lstrip("\ufeff \t\r\n")
    return head[:1] == "{" or _LOG_LINE_RE.match(head) is not None


def exported_records(content: str) -> list[Any] | None:
    """The records of a ``mongoexport`` output (its log lines passed over), as plain JSON
    values (:func:`plain_json`); ``None`` when ``content`` is no such export: a line that
    is neither a log line nor a JSON object, or no record written in Extended JSON (a
    plain JSON document is read by the other readers)."""
    records = json_object_lines(content, lambda line: _LOG_LINE_RE.match(line) is not None)
    if records is None:
        return None
    plain = [plain_json(record) for record in records]
    return plain if plain != records else None


def plain_json(value: Any) -> Any:
    """``value`` with every typed value of Extended JSON replaced by what it holds: an id
    or a number as its string, a date as its ISO stamp (a count of milliseconds read in
    UTC)."""
    if isinstance(value, list):
        return [plain_json(v) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1 and next(iter(value)) in _WRAPPERS:
        key, held = next(iter(value.items()))
        held = plain_json(held)
        if key == "$date" and isinstance(held, str | int) and str(held).lstrip("-").isdigit():
            moment = datetime.fromtimestamp(int(held) / 1000, tz=UTC)
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        return held
    return {k: plain_json(v) for k, v in value.items()}
