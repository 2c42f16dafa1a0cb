"""Entity names in command options: resolved through the store, and the resolution said.

``warta quotes --speaker Jokowi`` filters on "Joko Widodo" and prints one line saying
so; an unknown name prints "did you mean ..." (both on stderr with ``--json``, so the
JSON on stdout stays parseable). The resolver is the read layer's
:func:`warta.store.queries.resolve_filter`, shared with the REST API and the web UI.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from warta.cli.output import say

if TYPE_CHECKING:  # sqlite3 loads when a command opens the store, not for --help
    import sqlite3


def resolve_options(
    conn: sqlite3.Connection, options: Mapping[str, str | None], *, err: bool = False
) -> dict[str, str | None]:
    """Each option's value to filter on (the entity's canonical name when it resolves).

    ``options`` maps an option name ("--speaker") to what was typed; a line is printed
    for each name that resolved to something other than what was typed, or to nothing.
    """
    from warta.store import queries  # the read layer loads when a command runs

    out: dict[str, str | None] = {}
    for option, value in options.items():
        resolved, match = queries.resolve_filter(conn, value)
        out[option] = resolved
        if match is not None and (match.changed or not match.found):
            say(f"{option}: {match.note()}", err=err, style=None if match.found else "yellow")
    return out
