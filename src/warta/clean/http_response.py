"""A page saved as a raw HTTP response (``curl -i``, ``wget -S``, a proxy's log): the
command line, then one header block per response (a redirect's, then the page's), each a
status line ("HTTP/2 200") over "name: value" fields, then a blank line, then the page.

The headers are the transfer's record, not the page: :func:`split_http_preamble` takes
them off, so the HTML under them is read as any HTML page. A "last-modified" or "date"
field says when a server sent the page, not when the story was published.
"""

from __future__ import annotations

import re

__all__ = ["split_http_preamble"]

# The shell's prompt and the command, over the response ("$ curl -i -L https://...").
_COMMAND_RE = re.compile(r"^\s*(?:[$>#]\s+|%\s+)?(?:curl|wget|http|https|xh)\s+\S", re.IGNORECASE)
_STATUS_RE = re.compile(r"^\s*HTTP/\d(?:\.\d)?\s+\d{3}\b")
_FIELD_RE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:\s?\S?")
# A response's header block holds a few dozen fields; the preamble a few blocks.
PREAMBLE_MAX_LINES = 200


def split_http_preamble(content: str) -> tuple[str | None, str]:
    """The HTTP preamble (command line and header blocks) and the page under it; ``None``
    and ``content`` itself when the content does not open with a status line (after a
    command line at most).

    >>> split_http_preamble("HTTP/1.1 200 OK\\nserver: x\\n\\n<html>hai</html>")
    ('HTTP/1.1 200 OK\\nserver: x', '<html>hai</html>')
    >>> split_http_preamble("Banjir melanda Kota Bima.")[0] is None
    True
    """
    lines = content.splitlines(keepends=True)
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    if at < len(lines) and _COMMAND_RE.match(lines[at]):
        at += 1
    if at >= len(lines) or not _STATUS_RE.match(lines[at]):
        return None, content
    end = at
    while end < len(lines) and end < PREAMBLE_MAX_LINES:
        line = lines[end]
        if _STATUS_RE.match(line) or _FIELD_RE.match(line) or not line.strip():
            end += 1
            continue
        break
    preamble = "".join(lines[:end]).strip()
    return preamble, "".join(lines[end:])


def looks_like_html(text: str) -> bool:
    """The text opens as an HTML document ("<!DOCTYPE html>", "<html ...>")."""
    return bool(re.match(r"\s*<(?:!doctype\s+html|html)\b", text, re.IGNORECASE))
