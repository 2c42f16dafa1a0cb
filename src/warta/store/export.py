"""Exports of a store: the articles as one file, or one table per kind of record.

The one-file export (:func:`write_parquet`) holds the stable export schema
(:data:`EXPORT_COLUMNS`, the fields of :func:`warta.store.queries.export_article`) with
nested fields as Arrow lists and structs. The table export (:func:`write_tables`) writes
``articles``, ``mentions``, ``entities``, ``quotes``, ``events`` and ``stories`` as
separate Parquet or CSV files joined by keys:

- ``articles``: key ``id``; ``story`` → ``stories.id``
- ``mentions``: key ``article_id, start``; ``article_id`` → ``articles.id``;
  ``referent`` (a metonym's country: "Moskow" → Russia) or else ``entity``, with
  ``type``, → ``entities``
- ``entities``: key ``name, type``
- ``quotes``, ``events``: key ``article_id, position``; ``article_id`` → ``articles.id``
- ``stories``: key ``id``; ``article_ids`` → ``articles.id``

Every column has an explicit type (an all-empty column keeps it); partial ISO dates
(``2024``, ``2024-03``, ``2023-W37``) stay strings and get typed companions with the
first and last day they cover (``published_start``/``published_end``, ``date_start``/
``date_end``, ``start``/``end`` of a story). A CSV table is flat: a list cell holds its
items one per line, and a list of records becomes one such column per field
(``removed.text``, ``removed.reason``). Rows are streamed in batches of
:data:`BATCH_ROWS` (one Parquet row group each), so memory does not grow with the corpus.

>>> write_tables(conn, Path("tables"), "parquet")  # doctest: +SKIP
{'articles': 5, 'mentions': 337, 'entities': 44, 'quotes': 57, 'events': 17, 'stories': 4}
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from warta.errors import InvalidParameterError, MissingExtraError
from warta.nlp.time.calendar import iso_period
from warta.serialize import article_from_dict
from warta.store.queries import export_article, iter_entities, iter_stories
from warta.store.queries.articles import passages_column
from warta.store.writer import analysis_rows

#: Rows per write and per Parquet row group. 500 articles with their full text are a few
#: MB, small next to the store; larger batches barely change the write time.
BATCH_ROWS = 500

TABLES = ("articles", "mentions", "entities", "quotes", "events", "stories")
TABLE_FORMATS = ("parquet", "csv")


@dataclass(frozen=True, slots=True)
class Col:
    """A column: ``type`` is ``string``, ``int``, ``float``, ``bool``, ``date``, ``list`` (of
    ``fields[0]``'s type) or ``struct`` (of ``fields``); a list of records is a ``list``
    whose one field is a ``struct``."""

    name: str
    type: str = "string"
    fields: tuple[Col, ...] = ()


def _list(name: str, item: str = "string") -> Col:
    return Col(name, "list", (Col("item", item),))


def _records(name: str, *fields: Col) -> Col:
    return Col(name, "list", (Col("item", "struct", fields),))


QUOTE_FIELDS = (
    Col("text"),
    Col("speaker"),
    Col("speaker_role"),
    Col("kind"),
    Col("cue"),
    Col("paragraph", "int"),
    Col("start", "int"),
    Col("end", "int"),
)
EVENT_FIELDS = (
    Col("date"),
    Col("precision"),
    Col("text"),
    _list("participants"),
    Col("expected", "bool"),
    Col("anchor"),
)
_REMOVED = _records("removed", Col("text"), Col("reason"))

#: The stable export schema, typed (same names and order as ``queries.EXPORT_FIELDS``).
EXPORT_COLUMNS: tuple[Col, ...] = (
    Col("id"),
    Col("source"),
    Col("url"),
    Col("title"),
    Col("text"),
    Col("published"),
    Col("published_evidence"),
    Col("page_date"),
    Col("host_site"),
    Col("original_source"),
    _list("wire_credits"),
    Col("language"),
    _list("flags"),
    _REMOVED,
    Col("dup_group"),
    Col("duplicate_of"),
    Col("dup_relation"),
    _records("entities", Col("name"), Col("type"), _list("mentions"), Col("count", "int")),
    _records("quotes", *QUOTE_FIELDS),
    _records("events", *EVENT_FIELDS),
    Col("story"),
    _list("summary"),
    _records("shares_passages", Col("id"), Col("fraction", "float"), Col("passages", "int")),
)

_NESTED = ("entities", "quotes", "events")  # their own tables in the table export
_KEY = (Col("article_id"), Col("position", "int"))

#: The columns of each table. mentions, quotes and events are the rows of
#: :func:`warta.store.writer.analysis_rows` (the rows the store holds), in its order.
TABLE_COLUMNS: dict[str, tuple[Col, ...]] = {
    "articles": (
        *(c for c in EXPORT_COLUMNS if c.name not in _NESTED),
        Col("published_start", "date"),
        Col("published_end", "date"),
    ),
    "mentions": (
        Col("article_id"),
        Col("start", "int"),
        Col("end", "int"),
        Col("text"),
        Col("type"),
        Col("entity"),
        Col("referent"),
    ),
    "entities": (
        Col("name"),
        Col("type"),
        Col("subtype"),
        _list("aliases"),
        Col("article_count", "int"),
        Col("mention_count", "int"),
    ),
    "quotes": (*_KEY, *QUOTE_FIELDS),
    "events": (*_KEY, *EVENT_FIELDS, Col("date_start", "date"), Col("date_end", "date")),
    "stories": (
        Col("id"),
        Col("label"),
        Col("first_date"),
        Col("last_date"),
        Col("start", "date"),
        Col("end", "date"),
        Col("article_count", "int"),
        _list("article_ids"),
        _list("sources"),
        _list("terms"),
        _list("entities"),
        _records("summary", Col("text"), Col("article_id"), Col("position", "int")),
    ),
}


def write_parquet(rows: Iterable[dict[str, Any]], out: Path) -> int:
    """Articles in the export schema (e.g. :func:`warta.store.queries.iter_export`) as one
    Parquet file with nested columns; returns the number of rows."""
    with _ParquetSink(out, EXPORT_COLUMNS) as sink:
        for row in rows:
            sink.add(row)
    return sink.count


def write_tables(conn: sqlite3.Connection, folder: Path, fmt: str = "parquet") -> dict[str, int]:
    """Write :data:`TABLES` into ``folder`` as ``NAME.parquet`` or ``NAME.csv``; returns
    the rows written per table. One pass over the articles fills four tables."""
    if fmt not in TABLE_FORMATS:
        raise InvalidParameterError(
            f"unknown table format '{fmt}'; use parquet or csv", detail={"format": fmt}
        )
    folder.mkdir(parents=True, exist_ok=True)

    def sink(name: str) -> _Sink:
        path = folder / f"{name}.{fmt}"
        cols = TABLE_COLUMNS[name]
        return _ParquetSink(path, cols) if fmt == "parquet" else _CsvSink(path, cols)

    counts: dict[str, int] = {}
    with ExitStack() as stack:
        sinks = {
            name: stack.enter_context(sink(name))
            for name in ("articles", "mentions", "quotes", "events")
        }
        # the order of queries.iter_export; the row (not its export dict) for the record
        sql = f"SELECT *, {passages_column(conn)} FROM articles ORDER BY source, id"
        for row in conn.execute(sql):
            for name, item in _article_tables(row):
                sinks[name].add(item)
    counts.update({name: s.count for name, s in sinks.items()})
    for name, items in (("entities", iter_entities(conn)), ("stories", _stories(conn))):
        with sink(name) as s:
            for item in items:
                s.add(item)
        counts[name] = s.count
    return {name: counts[name] for name in TABLES}


def _article_tables(row: sqlite3.Row) -> Iterator[tuple[str, dict[str, Any]]]:
    """The ``articles`` row of one stored article, then its mentions, quotes and events."""
    article = export_article(row)
    start, end = _period(article["published"])
    yield "articles", {**article, "published_start": start, "published_end": end}
    analysis = analysis_rows(article_from_dict(json.loads(row["record"])))
    for name in ("mentions", "quotes", "events"):
        names = [c.name for c in TABLE_COLUMNS[name]]
        for values in analysis[name]:
            item = dict(zip(names, values, strict=False))
            if name == "events":
                # analysis_rows gives the store's column: participants as a JSON array
                item["participants"] = json.loads(item["participants"])
                item["date_start"], item["date_end"] = _period(item["date"])
            yield name, item


def _stories(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for story in iter_stories(conn):
        start, end = _period(story["first_date"])[0], _period(story["last_date"])[1]
        yield {**story, "start": start, "end": end}


def _period(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of a partial ISO date; ``(None, None)`` for none or a value the
    calendar cannot read (the string column keeps it as stored)."""
    if not value:
        return None, None
    try:
        return iso_period(value)
    except ValueError:
        return None, None


# --- sinks: batched writers of one table -------------------------------------------------


class _Sink:
    """Collects rows and writes them in batches to ``path`` (via a temporary file that
    replaces ``path`` on :meth:`close`, so a failed export leaves no half-written table)."""

    def __init__(self, path: Path, columns: Sequence[Col]) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.columns = tuple(columns)
        self.count = 0
        self._batch: list[dict[str, Any]] = []

    def add(self, row: dict[str, Any]) -> None:
        self._batch.append(row)
        self.count += 1
        if len(self._batch) >= BATCH_ROWS:
            self._flush()

    def close(self) -> None:
        self._flush()
        self._finish()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self._finish()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def _flush(self) -> None:
        if self._batch:
            self._write(self._batch)
            self._batch = []

    def _write(self, rows: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        raise NotImplementedError


class _ParquetSink(_Sink):
    def __init__(self, path: Path, columns: Sequence[Col]) -> None:
        super().__init__(path, columns)
        pa, pq = _pyarrow()
        self._pa = pa
        self.schema = arrow_schema(self.columns)
        self._writer = pq.ParquetWriter(self.tmp, self.schema)

    def _write(self, rows: list[dict[str, Any]]) -> None:
        self._writer.write_batch(self._pa.RecordBatch.from_pylist(rows, schema=self.schema))

    def _finish(self) -> None:
        self._writer.close()


class _CsvSink(_Sink):
    def __init__(self, path: Path, columns: Sequence[Col]) -> None:
        super().__init__(path, columns)
        self._handle: TextIO = self.tmp.open("w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._handle)
        self._csv.writerow(csv_header(self.columns))

    def _write(self, rows: list[dict[str, Any]]) -> None:
        self._csv.writerows(csv_cells(self.columns, row) for row in rows)

    def _finish(self) -> None:
        self._handle.close()


# --- column types --------------------------------------------------------------------------


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtraError.for_package("Parquet export", "pyarrow", "parquet") from exc
    return pa, pq


def arrow_schema(columns: Sequence[Col]) -> Any:
    """The ``pyarrow.Schema`` of ``columns`` (every field nullable)."""
    pa, _ = _pyarrow()
    return pa.schema([(c.name, _arrow_type(c, pa)) for c in columns])


def _arrow_type(col: Col, pa: Any) -> Any:
    scalars = {"string": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "date": pa.date32(),
               "float": pa.float64()}  # fmt: skip
    if col.type == "list":
        return pa.list_(_arrow_type(col.fields[0], pa))
    if col.type == "struct":
        return pa.struct([(f.name, _arrow_type(f, pa)) for f in col.fields])
    return scalars[col.type]


def csv_header(columns: Sequence[Col]) -> list[str]:
    """CSV column names: a list of records gives one column per field (``removed.text``)."""
    out = []
    for c in columns:
        item = c.fields[0] if c.type == "list" else None
        if item is not None and item.type == "struct":
            out += [f"{c.name}.{f.name}" for f in item.fields]
        else:
            out.append(c.name)
    return out


def csv_cells(columns: Sequence[Col], row: dict[str, Any]) -> list[Any]:
    """One flat CSV row: list items one per line, dates as ISO, empty for null."""
    out: list[Any] = []
    for c in columns:
        value = row.get(c.name)
        item = c.fields[0] if c.type == "list" else None
        if item is not None and item.type == "struct":
            out += ["\n".join(_text(r.get(f.name)) for r in value or ()) for f in item.fields]
        elif item is not None:
            out.append("\n".join(_text(v) for v in value or ()))
        else:
            out.append(_text(value))
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
