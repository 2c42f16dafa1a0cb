"""Exports read back natively: nested Parquet columns, typed empty columns, keyed tables."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from warta.cli.main import app
from warta.errors import InvalidParameterError
from warta.store import export, queries
from warta.store.db import connect

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

runner = CliRunner()


def _store_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        # each exported table has the rows of the store's table of the same name
        return {
            name: conn.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
            for name in export.TABLES
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def parquet_tables(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tables")
    result = runner.invoke(app, ["export", "--db", str(seeds_db), "--tables", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _has_null_type(t: Any) -> bool:
    if pa.types.is_null(t):
        return True
    if pa.types.is_list(t):
        return _has_null_type(t.value_type)
    if pa.types.is_struct(t):
        return any(_has_null_type(t.field(i).type) for i in range(t.num_fields))
    return False


def test_one_file_parquet_has_nested_columns(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.parquet"
    result = runner.invoke(
        app, ["export", "--db", str(seeds_db), "--format", "parquet", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    schema = table.schema
    assert schema.names == list(queries.EXPORT_FIELDS)
    assert schema.field("entities").type == pa.list_(
        pa.struct([("name", pa.string()), ("type", pa.string()),
                   ("mentions", pa.list_(pa.string())), ("count", pa.int64())])
    )
    quote = schema.field("quotes").type.value_type
    assert pa.types.is_struct(quote) and quote.field("speaker").type == pa.string()
    assert quote.field("start").type == pa.int64()
    event = schema.field("events").type.value_type
    assert event.field("participants").type == pa.list_(pa.string())
    assert event.field("expected").type == pa.bool_()
    # no seed has a wire credit: the column is empty everywhere and still a list of strings
    assert schema.field("wire_credits").type == pa.list_(pa.string())
    assert not any(_has_null_type(f.type) for f in schema)
    conn = connect(seeds_db, create=False)
    try:
        expected = list(queries.iter_export(conn))
    finally:
        conn.close()
    assert table.to_pylist() == expected  # the same values as the JSON lines export


def test_tables_have_types_keys_and_the_store_counts(
    seeds_db: Path, parquet_tables: Path
) -> None:
    t = {name: pq.read_table(parquet_tables / f"{name}.parquet") for name in export.TABLES}
    assert {name: tb.num_rows for name, tb in t.items()} == _store_counts(seeds_db)
    for name, tb in t.items():
        assert tb.schema == export.arrow_schema(export.TABLE_COLUMNS[name]), name
        assert not any(_has_null_type(f.type) for f in tb.schema), name
    s = t["articles"].schema
    assert s.field("id").type == pa.string()
    assert s.field("removed").type == pa.list_(
        pa.struct([("text", pa.string()), ("reason", pa.string())])
    )
    assert s.field("published_start").type == pa.date32()
    assert "entities" not in s.names and "quotes" not in s.names  # their own tables
    assert t["mentions"].schema.field("start").type == pa.int64()
    assert t["events"].schema.field("participants").type == pa.list_(pa.string())
    assert t["events"].schema.field("date_start").type == pa.date32()
    assert t["entities"].schema.field("article_count").type == pa.int64()
    assert pa.types.is_struct(t["stories"].schema.field("summary").type.value_type)

    rows = {name: tb.to_pylist() for name, tb in t.items()}
    ids = {a["id"] for a in rows["articles"]}
    assert len(ids) == len(rows["articles"])
    for name in ("mentions", "quotes", "events"):
        assert {r["article_id"] for r in rows[name]} <= ids, name
    for name, second in (("mentions", "start"), ("quotes", "position"), ("events", "position")):
        keys = [(r["article_id"], r[second]) for r in rows[name]]
        assert len(set(keys)) == len(keys), name
    entities = {(e["name"], e["type"]) for e in rows["entities"]}
    assert len(entities) == len(rows["entities"])
    # a metonym ("Moskow" → Moscow) joins the entity it stands for through its referent
    assert {(m["referent"] or m["entity"], m["type"]) for m in rows["mentions"]} <= entities
    stories = {s["id"]: s for s in rows["stories"]}
    in_story = {a["id"]: a["story"] for a in rows["articles"] if a["story"]}
    assert set(in_story.values()) <= set(stories)
    for sid, story in stories.items():
        assert sorted(story["article_ids"]) == sorted(a for a, s in in_story.items() if s == sid)
        assert story["start"] <= story["end"]
    for a in rows["articles"]:
        if a["published"]:
            assert isinstance(a["published_start"], date)
            assert a["published_start"].isoformat().startswith(a["published"][:4])
    for e in rows["events"]:
        assert e["date_start"] is None or e["date_start"] <= e["date_end"]


def test_tables_read_with_pandas(parquet_tables: Path) -> None:
    pd = pytest.importorskip("pandas")
    articles = pd.read_parquet(parquet_tables / "articles.parquet")
    events = pd.read_parquet(parquet_tables / "events.parquet")
    joined = events.merge(articles, left_on="article_id", right_on="id", suffixes=("", "_a"))
    assert len(joined) == len(events)
    assert str(events["position"].dtype) == "int64" and events["expected"].dtype == bool
    assert all(isinstance(d, date) for d in events["date_start"].dropna())
    assert all(isinstance(p, str) for ps in events["participants"] for p in ps)
    mentions = pd.read_parquet(parquet_tables / "mentions.parquet")
    assert mentions.groupby("article_id").size().sum() == len(mentions)


def _lines(cell: str) -> list[str]:
    """A CSV list cell's items (one per line; an empty cell is an empty list)."""
    return cell.split("\n") if cell else []


def test_csv_tables_are_flat(seeds_db: Path, parquet_tables: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", "--db", str(seeds_db), "--tables", str(tmp_path), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    counts = _store_counts(seeds_db)
    for name in export.TABLES:
        with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
        assert reader.fieldnames == export.csv_header(export.TABLE_COLUMNS[name])
        assert len(rows) == counts[name], name
        nested = pq.read_table(parquet_tables / f"{name}.parquet").to_pylist()
        for flat, row in zip(rows, nested, strict=True):
            assert all(not v.startswith(("[", "{")) for v in flat.values()), "no JSON cells"
            if name == "events":
                assert _lines(flat["participants"]) == row["participants"]
                assert flat["date_start"] == row["date_start"].isoformat()
                assert flat["expected"] == str(row["expected"]).lower()
            if name == "articles":
                assert _lines(flat["removed.reason"]) == [r["reason"] for r in row["removed"]]
                assert _lines(flat["flags"]) == row["flags"]
                assert flat["id"] == row["id"]


def test_empty_store_keeps_column_types(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    conn = connect(db)
    try:
        counts = export.write_tables(conn, tmp_path / "t")
    finally:
        conn.close()
    assert set(counts.values()) == {0}
    for name in export.TABLES:
        schema = pq.read_schema(tmp_path / "t" / f"{name}.parquet")
        assert schema == export.arrow_schema(export.TABLE_COLUMNS[name])
    assert export.write_parquet([], tmp_path / "one.parquet") == 0
    schema = pq.read_schema(tmp_path / "one.parquet")
    assert schema == export.arrow_schema(export.EXPORT_COLUMNS)
    assert not any(_has_null_type(f.type) for f in schema)


def test_rows_are_written_in_batches(
    seeds_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "BATCH_ROWS", 2)
    conn = connect(seeds_db, create=False)
    try:
        counts = export.write_tables(conn, tmp_path)
    finally:
        conn.close()
    meta = pq.ParquetFile(tmp_path / "articles.parquet").metadata
    assert counts["articles"] == 5 and meta.num_row_groups == 3  # 2 + 2 + 1
    assert not list(tmp_path.glob("*.tmp"))


def test_export_columns_match_the_export_schema() -> None:
    assert [c.name for c in export.EXPORT_COLUMNS] == list(queries.EXPORT_FIELDS)


def test_tables_options_are_checked(seeds_db: Path, tmp_path: Path) -> None:
    db = str(seeds_db)
    both = runner.invoke(app, ["export", "--db", db, "--tables", str(tmp_path), "--out", "x"])
    assert isinstance(both.exception, InvalidParameterError)
    assert "not both" in str(both.exception)
    jsonl = runner.invoke(app, ["export", "--db", db, "--tables", str(tmp_path),
                                "--format", "jsonl"])
    assert isinstance(jsonl.exception, InvalidParameterError)
    assert "parquet or csv" in str(jsonl.exception)
    assert not list(tmp_path.iterdir())
