"""Commands that read a built store: export, show, search, stats."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import typer

from warta.cli.output import DB_OPTION, console, print_json, reading, short, table
from warta.errors import InvalidParameterError, MissingExtraError
from warta.store import queries
from warta.store.search import HIGHLIGHT


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("show")(show)
    app.command("search")(search)
    app.command("stats")(stats)


def export(
    db: Path = DB_OPTION,
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv or parquet."),
    out: Path | None = typer.Option(None, "--out", help="Output file (default: stdout)."),
) -> None:
    """Export every article in the stable export schema."""
    if fmt not in ("jsonl", "csv", "parquet"):
        raise InvalidParameterError(
            f"unknown export format '{fmt}'; use jsonl, csv or parquet", detail={"format": fmt}
        )
    with reading(db) as conn:
        rows = list(queries.iter_export(conn))
    if fmt == "parquet":
        _write_parquet(rows, out)
        return
    handle = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if fmt == "jsonl":
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(handle, fieldnames=list(queries.EXPORT_FIELDS))
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _cell(v) for k, v in row.items()})
    finally:
        if out:
            handle.close()


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _write_parquet(rows: list[dict[str, Any]], out: Path | None) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtraError.for_package(
            "export --format parquet", "pyarrow", "parquet"
        ) from exc
    if out is None:
        raise InvalidParameterError("parquet is binary: give --out FILE.parquet")
    flat = [{k: _cell(v) for k, v in row.items()} for row in rows]
    pq.write_table(pa.Table.from_pylist(flat), out)


def show(
    article: str = typer.Argument(..., help="Article id (or prefix), source path or file name."),
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
    removed: bool = typer.Option(False, "--removed", help="Also list the removed lines."),
) -> None:
    """Show one article: metadata, clean text, duplicates (and removed lines)."""
    with reading(db) as conn:
        data = queries.get_article(conn, article)
    if as_json:
        print_json(data)
        return
    meta = [
        ("id", data["id"]),
        ("source", data["source"]),
        ("url", data["url"]),
        ("title", data["title"]),
        ("published", data["published"]),
        ("evidence", data["published_evidence"]),
        ("page date", data["page_date"]),
        ("host site", data["host_site"]),
        ("original source", data["original_source"]),
        ("wire credits", ", ".join(data["wire_credits"])),
        ("language", data["language"]),
        ("flags", ", ".join(data["flags"])),
        ("duplicates", ", ".join(f"{d['id'][:8]} ({d['relation']})" for d in data["duplicates"])),
        ("story", data["story"]),
    ]
    table(None, ["field", "value"], [m for m in meta if m[1]])
    console.print()
    console.print(data["text"], highlight=False, markup=False)
    if removed:
        console.print()
        table(
            "Removed lines",
            ["reason", "text"],
            [(r["reason"], short(r["text"], 90)) for r in data["removed"]],
        )


def search(
    query: str = typer.Argument(..., help='Words, "exact phrases", prefix*.'),
    db: Path = DB_OPTION,
    limit: int = typer.Option(10, "--limit"),
    date_from: str | None = typer.Option(None, "--from", help="Published on or after (ISO)."),
    date_to: str | None = typer.Option(None, "--to", help="Published on or before (ISO)."),
    source: str | None = typer.Option(None, "--source", help="Host site or original source."),
    entity: str | None = typer.Option(None, "--entity", help="Mentions this entity."),
    story: str | None = typer.Option(None, "--story", help="In this story."),
    raw: bool = typer.Option(False, "--raw", help="Pass the query to FTS5 unquoted."),
    semantic: bool = typer.Option(False, "--semantic", help="Rank by meaning (e5 embeddings)."),
    hybrid: bool = typer.Option(False, "--hybrid", help="Fuse full-text and semantic ranks."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Full-text search (bm25) with highlighted snippets; --semantic or --hybrid by meaning."""
    with reading(db) as conn:
        if semantic or hybrid:
            _semantic(
                conn,
                db,
                query,
                "hybrid" if hybrid else "semantic",
                limit,
                as_json,
                {
                    "date_from": date_from,
                    "date_to": date_to,
                    "source": source,
                    "entity": entity,
                    "story": story,
                },
            )
            return
        hits = queries.search_articles(
            conn,
            query,
            limit=limit,
            raw=raw,
            date_from=date_from,
            date_to=date_to,
            source=source,
            entity=entity,
            story=story,
        )
    if as_json:
        print_json([{**queries.hit_to_dict(h), "snippet": _plain(h.snippet)} for h in hits])
        return
    table(
        f"Search: {query}",
        ["id", "title", "published", "snippet"],
        [
            (
                h.article_id[:8],
                short(h.title or h.source, 40),
                h.published,
                _plain(h.snippet, "[", "]"),
            )
            for h in hits
        ],
    )


def _semantic(
    conn: Any,
    db: Path,
    query: str,
    mode: str,
    limit: int,
    as_json: bool,
    filters: dict[str, str | None],
) -> None:
    from warta.store.hybrid import run_search

    result = run_search(conn, str(db.resolve()), query, mode=mode, limit=limit, filters=filters)
    if as_json:
        print_json(result["items"])
        return
    table(
        f"Search ({mode}): {query}",
        ["id", "title", "published"],
        [
            (i["article_id"][:8], short(i.get("title"), 60), i.get("published"))
            for i in result["items"]
        ],
    )


def _plain(snippet: str, left: str = "", right: str = "") -> str:
    return snippet.replace(HIGHLIGHT[0], left).replace(HIGHLIGHT[1], right)


def stats(db: Path = DB_OPTION, as_json: bool = typer.Option(False, "--json")) -> None:
    """Counts of what the store holds."""
    with reading(db) as conn:
        data = queries.stats(conn)
    if as_json:
        print_json(data)
        return
    table(
        "Store",
        ["what", "count"],
        [(k.replace("_", " "), v) for k, v in data.items() if isinstance(v, int)],
    )
    if data["hosts"]:
        table(
            "Host sites", ["host", "articles"], [(h["host"], h["articles"]) for h in data["hosts"]]
        )
