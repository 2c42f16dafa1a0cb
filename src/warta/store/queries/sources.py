"""Source paths as the read layer shows them: relative to the build root.

The store keeps each article's ``source`` as the build read it (``/srv/news/2024/a.txt``
when the build was given ``/srv/news``). What the CLI, the REST API and the web UI show
is the path under the folder given to the build (``2024/a.txt``): a server must not tell
its clients where its files live, and the short path is what a user recognises.
Sources under no known root (uploads, ``<stdin>``, URLs) are shown as they are, except
that an absolute path never leaves the read layer: it is cut to its file name.

>>> relative_source("/srv/news/2024/a.txt", ["/srv/news"])
'2024/a.txt'
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import PurePosixPath

_GLOB = re.compile(r"[*?\[]")
_WINDOWS_ABSOLUTE = re.compile(r"^[A-Za-z]:[\\/]|^\\\\")


def build_roots(conn: sqlite3.Connection) -> list[str]:
    """The inputs given to every build of the store (``build_runs.inputs``), unique."""
    roots: dict[str, None] = {}
    for (inputs,) in conn.execute("SELECT inputs FROM build_runs ORDER BY id"):
        try:
            given = json.loads(inputs)
        except (TypeError, ValueError):
            continue
        if isinstance(given, list):
            roots.update((str(g), None) for g in given if isinstance(g, str))
    return list(roots)


def _root_prefix(root: str) -> tuple[str, bool] | None:
    """``(prefix, is_file)`` a source under ``root`` starts with, or None for roots that
    are no path (``-``, ``parquet:…``, URLs). A glob's root is its folder part."""
    if not root or root == "-" or "://" in root or root.startswith("parquet:"):
        return None
    parts = PurePosixPath(root).parts
    if _GLOB.search(root):
        fixed = []
        for part in parts:
            if _GLOB.search(part):
                break
            fixed.append(part)
        return (str(PurePosixPath(*fixed)), False) if fixed else None
    return str(PurePosixPath(root)), False


def relative_source(source: str, roots: Sequence[str]) -> str:
    """``source`` relative to the longest of ``roots`` it lies under; a file given as a
    root is shown by its name. An absolute path under no root is cut to its file name.

    >>> relative_source("data/x.jsonl", ["data"]), relative_source("/a/b.txt", ["/a/b.txt"])
    ('x.jsonl', 'b.txt')
    """
    best = ""
    for root in roots:
        found = _root_prefix(root)
        if found is None:
            continue
        prefix = found[0]
        if source == prefix:  # the file itself was the input
            return PurePosixPath(source).name or source
        if prefix == ".":
            continue  # sources under "." are relative already
        head = prefix if prefix.endswith("/") else prefix + "/"
        if source.startswith(head) and len(head) > len(best):
            best = head
    if best:
        return source[len(best) :]
    if source.startswith("/") or _WINDOWS_ABSOLUTE.match(source):
        return re.split(r"[\\/]", source.rstrip("\\/"))[-1] or source
    return source


def relative_paths_in(text: str | None, roots: Sequence[str]) -> str | None:
    """``text`` with every root prefix (``/srv/news/``) removed from the paths it cites
    (e.g. a date's evidence, "inferred: copy of /srv/news/a.txt")."""
    if not text:
        return text
    for root in sorted(roots, key=len, reverse=True):
        found = _root_prefix(root)
        if found is None or found[0] in (".", "/"):
            continue
        head = found[0].rstrip("/") + "/"
        text = text.replace(head, "")
    return text


def source_namer(conn: sqlite3.Connection) -> Callable[[str], str]:
    """:func:`relative_source` with the roots of the store on ``conn``."""
    roots = build_roots(conn)
    return lambda source: relative_source(source, roots)
