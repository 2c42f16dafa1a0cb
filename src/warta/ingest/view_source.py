"""A page's source as a browser shows it under "view-source:", copied or printed with its
line numbers, read as the HTML it shows.

A reader who cannot save a page (a paywall script, a mobile browser) opens
"view-source:https://..." and copies or prints what it shows: the address on top, then
every line of the HTML after its number ("1<TAB><!DOCTYPE html>", "24  <h1 class=...>",
"7 | <meta ...>"). Read as text, the markup swamps the story; read as HTML, the numbers
break it. :func:`read_view_source` takes the numbers off (each line's own, counted up
one by one; a long line the browser wrapped goes on unnumbered) and returns the HTML, with
the address the source was shown for.

>>> dump = (
...     "view-source:https://kabar.example/2026/12/pasar/\\n"
...     "1\\t<html>\\n"
...     "2\\t<body><p>Pasar malam dibuka kembali.</p></body>\\n"
...     "3\\t</html>\\n"
... )
>>> page = read_view_source(dump)
>>> page.html
'<html>\\n<body><p>Pasar malam dibuka kembali.</p></body>\\n</html>'
>>> page.url
'https://kabar.example/2026/12/pasar/'
>>> read_view_source("1. Harga cabai naik.\\n2. Harga bawang turun.") is None
True
"""

from __future__ import annotations

import itertools
import re

from warta.errors import MalformedInputError
from warta.ingest.saved_page import SavedPage

__all__ = ["read_view_source"]

# The address bar's line over the dump: "view-source:https://situs.id/berita/..."
_HEADER_RE = re.compile(r"^\s*view-source:\s*(?P<url>https?://\S+)?\s*$", re.IGNORECASE)
# A numbered line: the number, then a tab, two spaces or a bar, then the source's line
# (or nothing: an empty line of the source keeps its number).
_NUMBERED_RE = re.compile(r"^\s{0,6}(?P<n>\d{1,6})(?:(?:\t| {2,}|\s*[|\u2502]\s?| )(?P<src>.*))?$")
# Markup that only HTML holds: a tag opening the source or one of a page's elements.
_MARKUP_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|h1|script)\b", re.IGNORECASE
)
# Most lines of a dump carry their number (a wrapped line's rest does not), each one more
# than the last: a numbered list of prose ("1. Harga ...") never counts up so, nor holds markup.
NUMBERED_SHARE = 0.8
# Lines looked at to tell a dump from other text (its head is enough).
SCAN_LINES = 400
# A copy may lose a few lines (a page break of a print); the count goes on after them.
MAX_SKIPPED = 5
# A dump has a few numbered lines at least.
MIN_NUMBERED = 3


def read_view_source(text: str, where: str = "the page") -> SavedPage | None:
    """The HTML a "view-source:" dump ``text`` shows, or None when ``text`` is no dump
    (neither headed by a "view-source:" address nor numbered line by line over markup).

    Raises :class:`MalformedInputError` when the dump's head says "view-source:" but
    what it shows cannot be read as HTML, naming ``where``.
    """
    lines = text.lstrip("\ufeff").splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    header = _HEADER_RE.match(lines[first])
    body = lines[first + 1 :] if header else lines[first:]
    html = _unnumbered(body)
    if html is None and header:
        html = "\n".join(body).strip()  # the source copied without its numbers
    if html is not None and _MARKUP_RE.search(html):
        return SavedPage(html=html, url=header.group("url") if header else None)
    if header:
        raise MalformedInputError(
            f"{where}: a page source copied from the browser's view-source: page, but no "
            "HTML can be read under its address line (it may be cut short, or its lines "
            "joined); save the page itself (Ctrl+S, 'Webpage, HTML only') instead",
            detail={"where": where},
        )
    return None


def _unnumbered(lines: list[str]) -> str | None:
    """``lines`` without their line numbers, when they are a numbered dump: most of the
    non-empty lines numbered, the numbers counting up one by one from the first; a line
    without a number goes on the line above it (the browser wrapped it). None otherwise."""
    scanned = [line for line in lines[:SCAN_LINES] if line.strip()]
    numbered = [m for m in map(_NUMBERED_RE.match, scanned) if m]
    if len(numbered) < MIN_NUMBERED or len(numbered) < NUMBERED_SHARE * len(scanned):
        return None
    numbers = [int(m.group("n")) for m in numbered]
    steps = sum(b == a + 1 for a, b in itertools.pairwise(numbers))
    if steps < NUMBERED_SHARE * (len(numbers) - 1):
        return None
    out: list[str] = []
    expected = numbers[0]
    for line in lines:
        m = _NUMBERED_RE.match(line)
        if m and expected <= int(m.group("n")) <= expected + MAX_SKIPPED:
            out.append(m.group("src") or "")
            expected = int(m.group("n")) + 1
        elif line.strip():
            out.append(line)  # a wrapped line's rest, or a line the copy lost its number from
    return "\n".join(out).strip()
