"""Shared output for CLI commands: Rich tables for people, ``--json`` for machines."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

console = Console()
#: The ``--db`` option of every command that reads a built store.
DB_OPTION = typer.Option(Path("warta.db"), "--db", help="The SQLite store.")
err_console = Console(stderr=True)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    t = Table(title=title, show_lines=False, header_style="bold")
    for col in columns:
        t.add_column(col, overflow="fold")
    for row in rows:
        t.add_row(*["" if v is None else str(v) for v in row])
    console.print(t)


def short(text: str | None, n: int = 60) -> str:
    if not text:
        return ""
    return text if len(text) <= n else text[: n - 1] + "…"


@contextmanager
def reading(db: Path) -> Iterator[sqlite3.Connection]:
    """An open connection to an existing store, closed when the command is done."""
    from warta.store.db import connect

    conn = connect(db, create=False)
    try:
        yield conn
    finally:
        conn.close()
