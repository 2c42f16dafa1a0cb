"""Shared output for CLI commands: Rich tables for people, ``--json`` for machines.

Text from documents and users (titles, snippets, names, paths) is printed literally: a
cell or message given as ``str`` becomes a :class:`rich.text.Text`, never Rich markup, so
``[pasukan khusus]`` or ``warta[embeddings]`` print as typed. Styling is added with
``Text`` spans (:func:`highlighted`), not with markup.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:  # sqlite3 loads when a command opens the store, not for --help
    import sqlite3

console = Console()
#: The ``--db`` option of every command that reads a built store.
DB_OPTION = typer.Option(Path("warta.db"), "--db", help="The SQLite store.")
#: ``--include-undated`` of every command with ``--from``/``--to``.
UNDATED_OPTION = typer.Option(
    False,
    "--include-undated",
    help="With --from/--to, also list articles without a publication date.",
)
err_console = Console(stderr=True)
#: How a highlighted search term looks.
HIGHLIGHT_STYLE = "bold yellow"


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def table(
    title: str | None,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    wrap: Collection[str] = (),
) -> None:
    """Print ``rows`` under ``columns``; one line per row, except in ``wrap`` columns.

    Cells longer than their column end in an ellipsis, so a row stays one line when the
    output is narrow or not a terminal (80 columns); ``wrap`` columns (a snippet, a
    quote) fold instead.
    """
    t = Table(
        title=None if title is None else Text(title), show_lines=False, header_style="bold"
    )
    headers = [Text(col, no_wrap=True, overflow="ellipsis") for col in columns]
    cells = [[cell(v, one_line=col not in wrap) for v, col in zip(row, columns, strict=True)]
             for row in rows]
    longest = [max((c[i].cell_len for c in cells), default=0) for i in range(len(columns))]
    for header, size in zip(headers, longest, strict=True):
        t.add_column(header, overflow="fold", no_wrap=size <= NARROW_COLUMN)
    for row_cells in cells:
        t.add_row(*row_cells)
    if Measurement.get(console, console.options, t).maximum >= console.width:
        # Too wide: short columns (ids, dates, counts) keep their width, long ones share
        # the rest by the square root of their longest cell (a long title gets more
        # than a short site name, but not all); one-line cells end in "…".
        t.expand = True
        for column, size in zip(t.columns, longest, strict=True):
            if size > NARROW_COLUMN:
                column.ratio = round(math.sqrt(size) * 10)
    console.print(t)


#: Columns whose cells are all this short never narrow (an id prefix, a date, a count).
NARROW_COLUMN = 12


def cell(value: Any, *, one_line: bool = True) -> Text:
    """A table cell: ``None`` is empty, ``Text`` is kept, anything else is literal text
    (never markup); ``one_line`` cuts it with an ellipsis instead of wrapping it."""
    if value is None:
        text = Text("")
    elif isinstance(value, Text):
        text = value.copy()
    else:
        text = Text(str(value))
    if one_line:
        text.no_wrap = True
        text.overflow = "ellipsis"
    return text


def say(message: str, *, err: bool = False, style: str | None = None) -> None:
    """Print ``message`` literally (no markup, no automatic highlighting)."""
    (err_console if err else console).print(
        Text(message, style=style or ""), highlight=False, soft_wrap=True
    )


def highlighted(snippet: str, marks: tuple[str, str], style: str = HIGHLIGHT_STYLE) -> Text:
    """``snippet`` with the parts between ``marks`` styled (the marks removed), on one
    line: how search hits show the words that matched."""
    out = Text()
    rest = " ".join(snippet.split())
    while True:
        start = rest.find(marks[0])
        end = rest.find(marks[1], start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            out.append(rest.replace(marks[0], "").replace(marks[1], ""))
            return out
        out.append(rest[:start])
        out.append(rest[start + len(marks[0]) : end], style=style)
        rest = rest[end + len(marks[1]) :]


def short(text: str | None, n: int = 60) -> str:
    """``text`` on one line, cut to ``n`` characters with an ellipsis."""
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def no_results(what: str, filters: Mapping[str, object], *, undated: int = 0) -> None:
    """Instead of an empty table: say nothing matched, and which option to drop."""
    given = {name: value for name, value in filters.items() if value not in (None, False, "")}
    hint = f"No {what} match"
    if given:
        shown = " ".join(k if v is True else f"{k} {v}" for k, v in given.items())
        hint += f" {shown}; try without {' or '.join(given)}"
    else:
        hint += "; warta stats shows what the store holds"
    if undated:
        hint += f", or add --include-undated ({undated} undated {_match(undated)})"
    say(hint + ".")


def undated_note(count: int, *, err: bool = False) -> None:
    """Say how many undated articles a date bound left out, and how to see them."""
    if count:
        say(
            f"{count} undated {_match(count)} the rest of the query too "
            "(no publication date, so --from/--to cannot place them); "
            "add --include-undated to list them.",
            err=err,
            style="yellow",
        )


def _match(n: int) -> str:
    return "article matches" if n == 1 else "articles match"


@contextmanager
def reading(db: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to an existing store, closed when the command is done.

    SQLite failures inside the block (a damaged page, a lock) and stored records that no
    longer parse become one :class:`~warta.errors.StoreError`.
    """
    from warta.errors import StoreError
    from warta.store.db import connect, guard

    conn = connect(db, create=False, readonly=True)
    try:
        with guard(db):
            yield conn
    except json.JSONDecodeError as exc:
        raise StoreError(
            f"a stored record in '{db}' is damaged ({exc}); restore the store from a "
            "backup or rebuild it; warta stats --check runs SQLite's PRAGMA integrity_check",
            detail={"db": str(db), "reason": "damaged"},
        ) from exc
    finally:
        conn.close()
