"""The JSON value a saved document holds, for the readers of JSON exports.

API responses, search hits, JSON Feeds and chat exports all arrive as files a reader
must first tell from markup and text: a document is JSON when it opens with an object
or a list and parses. Each reader then checks the shape it expects.

>>> json_value('  {"a": 1}')
{'a': 1}
>>> json_value("<html>") is None, json_value("{broken") is None
(True, True)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["json_object_lines", "json_value"]


def json_value(content: str) -> Any | None:
    """The parsed object or list of ``content``, or ``None`` when it does not open with
    ``{`` or ``[`` (markup, plain text) or is not valid JSON."""
    if content.lstrip()[:1] not in ("{", "["):
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


def json_object_lines(content: str, is_tool_line: Callable[[str], bool]) -> list[Any] | None:
    """The JSON objects standing one a line in a command-line tool's output (a database's
    export, a message queue's consumer), the tool's own lines (``is_tool_line``) and blank
    lines passed over; ``None`` when any other line stands there (the output is something
    else) or no object does.

    >>> json_object_lines('% done\\n{"a": 1}\\n% bye', lambda line: line.startswith("%"))
    [{'a': 1}]
    >>> json_object_lines('Halo\\n{"a": 1}', lambda line: False) is None
    True
    """
    records: list[Any] = []
    for line in content.lstrip("\ufeff").splitlines():
        if not line.strip() or is_tool_line(line):
            continue
        if not line.lstrip().startswith("{"):
            return None
        try:
            records.append(json.loads(line))
        except ValueError:
            return None
    return records or None
