"""A browser's HAR export (HTTP Archive, ``.har``) read as the page it holds.

The developer tools' "Save all as HAR" write the network log as one JSON object:
``log.pages`` (the tabs' titles and start times) and ``log.entries``, one per request,
each with its ``request`` (method, address, headers), its ``response`` (status, headers,
and under ``content`` the body as an escaped ``text`` string, base64 when ``encoding``
says so), its ``timings`` and its ``startedDateTime``. Read as text as it stands, the
request headers and the timings are the story. :func:`read_har` reads the first HTML
document answered with status 200, and the address it was requested at. None of the
export's times is the story's: ``startedDateTime`` and the HTTP ``Date`` say when the page
was fetched, ``Last-Modified`` when the server last changed the file.

>>> har = (
...     '{"log": {"version": "1.2", "entries": [{"request": {"url": "https://kabar.example/a/1"},'
...     ' "response": {"status": 200, "content": {"mimeType": "text/html",'
...     ' "text": "<p>Pasar malam dibuka.</p>"}}}]}}'
... )
>>> page = read_har(har, "a.har")
>>> page.html, page.url
('<p>Pasar malam dibuka.</p>', 'https://kabar.example/a/1')
>>> read_har('{"title": "Bukan arsip"}', "b.json") is None
True
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from warta.errors import MalformedInputError
from warta.ingest.saved_page import SavedPage

__all__ = ["looks_like_har", "read_har"]

# A HAR file opens with its "log" object; the exporters write it first.
_LOG_OPENING_RE = re.compile(r'^\{\s*"log"\s*:\s*\{')
# Statuses whose body is the page asked for (redirects and errors carry no article).
_OK_STATUS = frozenset({200, 203})


def looks_like_har(text: str) -> bool:
    """Whether ``text`` opens as a HAR export: a JSON object whose first key is ``log``.

    >>> looks_like_har('{\\n  "log": {\\n    "version": "1.2"'), looks_like_har('{"text": "x"}')
    (True, False)
    """
    return bool(_LOG_OPENING_RE.match(text.lstrip("\ufeff \t\r\n")))


def read_har(text: str, locator: str) -> SavedPage | None:
    """The page of the first HTML document answered with status 200 in ``text`` when it
    is a HAR export (:func:`looks_like_har`); ``None`` for any other text.

    Raises :class:`~warta.errors.MalformedInputError` naming ``locator`` when the export
    is no valid JSON or holds no HTML page (only scripts, pictures, API calls, errors, or
    the bodies were not saved)."""
    if not looks_like_har(text):
        return None
    entries = _entries(text, locator)
    page = next((p for p in map(_html_page, entries) if p is not None), None)
    if page is None:
        raise MalformedInputError(
            f"{locator}: a HAR export (a browser's network log) with no HTML page in it "
            f"({len(entries)} request{'s' if len(entries) != 1 else ''}: none answered "
            "with status 200 and an HTML body); export it again with the page's content "
            "kept ('Save all as HAR with content'), or save the page itself as HTML",
            detail={"path": locator},
        )
    return page


def _entries(text: str, locator: str) -> list[Any]:
    """The export's ``log.entries``, or a :class:`MalformedInputError` for broken JSON."""
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise MalformedInputError(
            f"{locator}: a HAR export (it opens with '{{\"log\"') that is not valid JSON "
            f"({exc}); export it again, or save the page itself as HTML",
            detail={"path": locator},
        ) from exc
    log = data.get("log") if isinstance(data, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    return entries if isinstance(entries, list) else []


def _html_page(entry: Any) -> SavedPage | None:
    """The HTML page one entry's response carries, at its request's address, or ``None``."""
    if not isinstance(entry, dict):
        return None
    response = entry.get("response")
    if not isinstance(response, dict) or response.get("status") not in _OK_STATUS:
        return None
    content = response.get("content")
    if not isinstance(content, dict) or "html" not in str(content.get("mimeType", "")).lower():
        return None
    html = _body_text(content)
    if not html or not html.strip():
        return None
    request = entry.get("request")
    url = request.get("url") if isinstance(request, dict) else None
    return SavedPage(html, url if isinstance(url, str) and url else None)


def _body_text(content: dict[str, Any]) -> str | None:
    """The response body as text: as written, or decoded when the export kept it base64."""
    body = content.get("text")
    if not isinstance(body, str):
        return None
    if str(content.get("encoding", "")).lower() != "base64":
        return body
    try:
        return base64.b64decode(body, validate=False).decode("utf-8", errors="replace")
    except (binascii.Error, ValueError):
        return None
