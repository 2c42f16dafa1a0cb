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
from typing import Any

__all__ = ["json_value"]


def json_value(content: str) -> Any | None:
    """The parsed object or list of ``content``, or ``None`` when it does not open with
    ``{`` or ``[`` (markup, plain text) or is not valid JSON."""
    if content.lstrip()[:1] not in ("{", "["):
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None
