"""Commands that read a built store: export, show, articles, search, stats.

They open the store read-only (:func:`warta.cli.output.reading`), so they work on a
read-only file or medium and never change it. Each command imports the read layer when
it runs, so ``warta --help`` and the other commands do not pay for it.
"""

# Annotations are objects, not strings: Typer reads the commands' on every start, and
# a string annotation costs a compile (see tests/cli/test_startup.py).

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from warta.cli.names import resolve_options
from warta.cli.output import (
    DB_OPTION,
    UNDATED_OPTION,
    console,
    highlighted,
    no_results,
    print_json,
    reading,
    say,
    short,
    table,
    undated_note,
)
from warta.errors import InvalidParameterError, StoreError

if TYPE_CHECKING:  # sqlite3 loads when a command opens the store, not for --help
    import sqlite3


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("show")(show)
    app.command("articles")(articles)
    app.command("search")(search)
    app.command("stats")(stats)


def export(
    db: Path = DB_OPTION,
    fmt: str | None = typer.Option(
        None, "--format", help="jsonl (default), csv or parquet; with --tables parquet or csv."
    ),
    out: Path | None = typer.Option(None, "--out", help="Output file (default: stdout)."),
    tables: Path | None = typer.Option(
        None,
        "--tables",
        metavar="DIR",
        help="Write one file per table into DIR: articles, mentions, entities, quotes, "
        "events, stories (Parquet by default), joined by article id.",
    ),
) -> None:
    """Export every article in the stable export schema, or the store as tables.

    Parquet keeps lists and records as nested columns; the one-file CSV holds them as
    JSON, the tables' CSV as one row per item (see warta.store.export).
    """
    from warta.store import queries
    from warta.store.export import TABLE_FORMATS, write_parquet, write_tables

    if tables is not None:
        fmt = fmt or "parquet"
        if out is not None:
            raise InvalidParameterError(
                "--tables writes a folder of files: give --tables DIR or --out FILE, not both"
            )
        if fmt not in TABLE_FORMATS:
            raise InvalidParameterError(
                f"unknown table format '{fmt}'; --tables writes parquet or csv",
                detail={"format": fmt},
            )
        with reading(db) as conn:
            counts = write_tables(conn, tables, fmt)
        table(
            None,
            ["table", "rows", "file"],
            [(name, n, tables / f"{name}.{fmt}") for name, n in counts.items()],
        )
        return
    fmt = fmt or "jsonl"
    if fmt not in ("jsonl", "csv", "parquet"):
        raise InvalidParameterError(
            f"unknown export format '{fmt}'; use jsonl, csv or parquet", detail={"format": fmt}
        )
    if fmt == "parquet" and out is None:
        raise InvalidParameterError("parquet is binary: give --out FILE.parquet")
    with reading(db) as conn:
        rows = queries.iter_export(conn)  # streamed: one article in memory at a time
        if fmt == "parquet" and out is not None:
            write_parquet(rows, out)
            return
        handle = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
        try:
            if fmt == "jsonl":
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                import csv  # loads for a CSV export only

                writer = csv.DictWriter(handle, fieldnames=list(queries.EXPORT_FIELDS))
                writer.writeheader()
                for row in rows:
                    writer.writerow({k: _cell(v) for k, v in row.items()})
        finally:
            if out:
                handle.close()


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def show(
    article: str = typer.Argument(..., help="Article id (or prefix), source path or file name."),
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
    removed: bool = typer.Option(False, "--removed", help="Also list the removed lines."),
) -> None:
    """Show one article: metadata, clean text, duplicates (and removed lines)."""
    from warta.store import queries

    with reading(db) as conn:
        data = queries.get_article(conn, article)
    if as_json:
        print_json(data)
        return
    meta = [
        ("id", data["id"]),
        ("source", data["source"]),
        ("url", data["url"]),
        ("title", data["title"] or f"(untitled) {data['display_title']}"),
        ("published", data["published"]),
        ("evidence", data["published_evidence"]),
        ("page date", data["page_date"]),
        ("host site", data["host_site"]),
        ("original source", data["original_source"]),
        ("wire credits", ", ".join(data["wire_credits"])),
        ("language", data["language"]),
        ("flags", ", ".join(data["flags"])),
        ("duplicates", ", ".join(f"{d['id'][:8]} ({d['relation']})" for d in data["duplicates"])),
        (
            "shares passages",
            ", ".join(
                f"{p['id'][:8]} ({p['passages']} paragraphs, {p['fraction']:.0%} of this one)"
                for p in data.get("shares_passages", [])
            ),
        ),
        ("story", data["story"]),
    ]
    table(None, ["field", "value"], [m for m in meta if m[1]], wrap=("value",))
    console.print()
    console.print(data["text"], highlight=False, markup=False)
    if removed:
        console.print()
        table(
            "Removed lines",
            ["reason", "text"],
            [(r["reason"], short(r["text"], 90)) for r in data["removed"]],
            wrap=("text",),
        )


#: Rows ``warta articles`` lists by default; ``--limit 0`` lists every article.
ARTICLES_LIMIT = 50


def articles(
    db: Path = DB_OPTION,
    source: str | None = typer.Option(
        None, "--source", help="Host site, original source or part of the file path."
    ),
    date_from: str | None = typer.Option(None, "--from", help="Published on or after (ISO)."),
    date_to: str | None = typer.Option(None, "--to", help="Published on or before (ISO)."),
    include_undated: bool = UNDATED_OPTION,
    story: str | None = typer.Option(None, "--story", help="In this story."),
    entity: str | None = typer.Option(
        None, "--entity", help="Mentions this entity (any name or alias)."
    ),
    limit: int = typer.Option(
        ARTICLES_LIMIT, "--limit", min=0, help="At most this many (0: all)."
    ),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List articles, newest first: id, date, site and title (or the start of the text)."""
    from warta.store import queries

    filters = {
        "date_from": date_from,
        "date_to": date_to,
        "source": source,
        "story": story,
        "entity": entity,
        "undated": "include" if include_undated else None,
    }
    with reading(db) as conn:
        entity = filters["entity"] = resolve_options(conn, {"--entity": entity}, err=as_json)[
            "--entity"
        ]
        rows: list[dict[str, Any]] = []
        while limit == 0 or len(rows) < limit:  # paged in SQL, MAX_LIMIT rows at a time
            size = queries.MAX_LIMIT if limit == 0 else min(queries.MAX_LIMIT, limit - len(rows))
            page = queries.list_articles(conn, limit=size, offset=offset + len(rows), **filters)
            rows.extend(page)
            if len(page) < size:
                break
        total = queries.count_articles(conn, **filters)
        undated = 0
        if (date_from or date_to) and not include_undated:
            undated = queries.count_undated(conn, source=source, story=story, entity=entity)
    if as_json:
        print_json(rows)
        undated_note(undated, err=True)
        return
    if not rows:
        no_results("articles", _option_names(filters), undated=undated)
        return
    table(
        "Articles",
        ["id", "date", "site", "title"],
        [
            (
                r["id"][:8],
                r["published"],
                r["host_site"] or r["original_source"],
                r["display_title"] if r["title"] else f"({r['display_title']})",
            )
            for r in rows
        ],
    )
    if offset or len(rows) < total:
        say(
            f"showing {offset + 1}–{offset + len(rows)} of {total}; --limit 0 lists all, "
            "--offset N starts later, --json gives every field."
        )
    undated_note(undated)


def _option_names(filters: dict[str, str | None]) -> dict[str, str | None]:
    """Filter values under their option names (``date_from`` is ``--from``)."""
    names = {"date_from": "--from", "date_to": "--to"}
    return {names.get(k, f"--{k}"): v for k, v in filters.items() if k != "undated"}


def search(
    query: str = typer.Argument(..., help='Words, "exact phrases", prefix*.'),
    db: Path = DB_OPTION,
    limit: int = typer.Option(10, "--limit"),
    date_from: str | None = typer.Option(None, "--from", help="Published on or after (ISO)."),
    date_to: str | None = typer.Option(None, "--to", help="Published on or before (ISO)."),
    source: str | None = typer.Option(None, "--source", help="Host site or original source."),
    entity: str | None = typer.Option(
        None, "--entity", help="Mentions this entity (any name or alias)."
    ),
    story: str | None = typer.Option(None, "--story", help="In this story."),
    include_undated: bool = UNDATED_OPTION,
    raw: bool = typer.Option(False, "--raw", help="Pass the query to FTS5 unquoted."),
    semantic: bool = typer.Option(False, "--semantic", help="Rank by meaning (e5 embeddings)."),
    hybrid: bool = typer.Option(False, "--hybrid", help="Fuse full-text and semantic ranks."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Full-text search (bm25) with highlighted snippets; --semantic or --hybrid by meaning."""
    from warta.store import queries
    from warta.store.search import HIGHLIGHT

    with reading(db) as conn:
        entity = resolve_options(conn, {"--entity": entity}, err=as_json)["--entity"]
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
                    "undated": "include" if include_undated else None,
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
            undated="include" if include_undated else None,
        )
        titles = queries.display_titles(conn, [h.article_id for h in hits if not h.title])
        undated = 0
        if (date_from or date_to) and not include_undated:
            undated = queries.count_undated(
                conn, query, raw=raw, source=source, story=story, entity=entity
            )
    if as_json:
        print_json([{**queries.hit_to_dict(h), "snippet": _plain(h.snippet)} for h in hits])
        undated_note(undated, err=True)
        return
    if not hits:
        filters = {
            "--from": date_from,
            "--to": date_to,
            "--source": source,
            "--entity": entity,
            "--story": story,
        }
        no_results(f"articles for {query!r}", filters, undated=undated)
        return
    table(
        f"Search: {query}",
        ["id", "title", "published", "snippet"],
        [
            (
                h.article_id[:8],
                short(h.title, 40) if h.title else f"({short(titles.get(h.article_id), 38)})",
                h.published,
                highlighted(h.snippet, HIGHLIGHT),
            )
            for h in hits
        ],
        wrap=("snippet",),
    )
    undated_note(undated)


def _semantic(
    conn: Any,
    db: Path,
    query: str,
    mode: str,
    limit: int,
    as_json: bool,
    filters: dict[str, str | None],
) -> None:
    from warta.store import queries
    from warta.store.hybrid import run_search

    result = run_search(conn, str(db.resolve()), query, mode=mode, limit=limit, filters=filters)
    if as_json:
        print_json(result["items"])
        return
    if not result["items"]:
        no_results(f"articles for {query!r}", {})
        return
    titles = queries.display_titles(
        conn, [i["article_id"] for i in result["items"] if not i.get("title")]
    )
    table(
        f"Search ({mode}): {query}",
        ["id", "title", "published"],
        [
            (
                i["article_id"][:8],
                short(i.get("title") or f"({titles.get(i['article_id'], '')})", 60),
                i.get("published"),
            )
            for i in result["items"]
        ],
    )


def _plain(snippet: str, left: str = "", right: str = "") -> str:
    from warta.store.search import HIGHLIGHT

    return snippet.replace(HIGHLIGHT[0], left).replace(HIGHLIGHT[1], right)


def stats(
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
    check: bool = typer.Option(
        False,
        "--check",
        help="First check the whole file for damage (SQLite's PRAGMA integrity_check; "
        "reads every page).",
    ),
) -> None:
    """Counts of what the store holds, and whether the last build finished."""
    from warta.store import queries

    with reading(db) as conn:
        if check:
            _check_integrity(conn, db)
        data = queries.stats(conn)
    if as_json:
        print_json(data)
        return
    table(
        "Store",
        ["what", "count"],
        [
            (k.replace("_", " "), v)
            for k, v in data.items()
            if isinstance(v, int) and not isinstance(v, bool)
        ],
    )
    if data["hosts"]:
        table(
            "Host sites", ["host", "articles"], [(h["host"], h["articles"]) for h in data["hosts"]]
        )
    for warning in data["warnings"]:
        say(f"Warning: {warning}.", err=True, style="yellow")


def _check_integrity(conn: "sqlite3.Connection", db: Path) -> None:
    """Run ``PRAGMA integrity_check``: :class:`StoreError` naming the damage if any."""
    import sqlite3

    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"'{db}' is damaged so badly that SQLite's integrity check cannot run ({exc}); "
            "restore it from a backup, or rebuild it from the inputs into a new --db",
            detail={"db": str(db), "reason": "damaged"},
        ) from exc
    if rows == ["ok"]:
        say(f"Integrity check: '{db}' is intact.", err=True)
        return
    # SQLite may pack several problems into one row, one per line, under a
    # "*** in database main ***" heading: one problem per entry keeps the error one line.
    found = [
        line.strip()
        for row in rows
        for line in row.splitlines()
        if line.strip() and not line.startswith("***")
    ] or rows
    raise StoreError(
        f"'{db}' is damaged: SQLite's integrity check found {len(found)} problem(s), the "
        f"first: {found[0]}; restore it from a backup, or rebuild it from the inputs into "
        "a new --db",
        detail={"db": str(db), "reason": "damaged", "problems": found},
    )
