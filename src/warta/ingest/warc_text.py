"""A WARC record kept as a text or HTML file, read as the page its response holds.

A crawler's archive is read record by record (:func:`warta.ingest.readers.read_warc`);
but one record copied out of it and saved under another name ("berita.html", a JSONL
line's ``html``) reaches the cleaner as a page whose first line is ``WARC/1.0``, then the
record's headers (``WARC-Type``, ``WARC-Target-URI``, ``WARC-Date``), the HTTP response's
(``HTTP/1.1 200 OK``, ``Date``, ``Server``, ``Last-Modified``) and then the HTML. Read as
HTML as it stands, the headers are the story's first lines and the markup is lost.
:func:`read_warc_text` reads it with warcio, as the archive reader does: the first HTML
response (or resource) and its target address. A copy saved as text has lost the
record's CRLF line ends and with them its ``Content-Length``: the records are then framed
again from their blank lines (:func:`_reframed`) and read so. None of the dates in the
headers is the story's: ``WARC-Date`` and the HTTP ``Date`` say when the page was
fetched, ``Last-Modified`` when the server last changed the file.

>>> record = (
...     "WARC/1.0\\nWARC-Type: response\\nWARC-Target-URI: https://kabar.example/a/1\\n"
...     "Content-Type: application/http; msgtype=response\\nContent-Length: 1\\n\\n"
...     "HTTP/1.1 200 OK\\nContent-Type: text/html\\n\\n<p>Pasar malam dibuka.</p>\\n"
... )
>>> page = read_warc_text(record, "a.html")
>>> page.html.strip(), page.url
('<p>Pasar malam dibuka.</p>', 'https://kabar.example/a/1')
>>> read_warc_text("<html><body>Halaman biasa</body></html>", "b.html") is None
True
"""

from __future__ import annotations

import io
import re

from warta.errors import MalformedInputError
from warta.ingest.readers import _warc_kind
from warta.ingest.saved_page import SavedPage

__all__ = ["looks_like_warc", "read_warc_text"]

# A record opens with its version line: "WARC/1.0", "WARC/1.1".
_VERSION_RE = re.compile(r"^WARC/1\.[01]\s*$")
# HTTP headers that describe the bytes as sent, not the text as saved.
_TRANSPORT_HEADERS = frozenset({"content-length", "transfer-encoding", "content-encoding"})


def looks_like_warc(text: str) -> bool:
    """The text opens with a WARC record's version line ("WARC/1.0"), then its headers.

    >>> looks_like_warc("WARC/1.1\\nWARC-Type: response\\n"), looks_like_warc("WARC/1.0 adalah")
    (True, False)
    """
    head = text.lstrip("\ufeff \t\r\n").split("\n", 2)
    return (
        len(head) >= 2 and bool(_VERSION_RE.match(head[0])) and head[1].lower().startswith("warc-")
    )


def read_warc_text(text: str, locator: str) -> SavedPage | None:
    """The page of the first HTML response in ``text`` when it is a WARC record (or
    several) kept as text (:func:`looks_like_warc`); ``None`` for any other text.

    Raises :class:`~warta.errors.MalformedInputError` naming ``locator`` when the records
    hold no HTML response (only a request, metadata, an image, an error status)."""
    if not looks_like_warc(text):
        return None
    # A record saved as text has lost its CRLF line ends, and its lengths no longer
    # count its bytes: it is framed anew (so is one whose framing warcio cannot read).
    framed = text.lstrip("\ufeff").split("\n", 1)[0].endswith("\r")
    page = _first_page(text.encode("utf-8")) if framed else None
    if page is None:
        page = _first_page(_reframed(text).encode("utf-8"))
    if page is None:
        raise MalformedInputError(
            f"{locator}: a WARC record (it opens with 'WARC/1.x') with no HTML response "
            "in it (only requests, metadata, other content or an error status); give the "
            "record of the page's response, or save the page itself as HTML",
            detail={"path": locator},
        )
    return page


def _first_page(data: bytes) -> SavedPage | None:
    """The first HTML response of the archive bytes ``data`` read by warcio, or ``None``
    (none there, or bytes warcio cannot frame)."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if _warc_kind(record) != "html":
                continue
            payload = record.content_stream().read()
            url = record.rec_headers.get_header("WARC-Target-URI")
            # The saved text was decoded when it was read and is encoded here as UTF-8,
            # whatever charset the response declared when it was sent.
            return SavedPage(payload.decode("utf-8", errors="replace"), url)
    except Exception:  # warcio's failures on bytes it cannot frame: try them reframed
        return None
    return None


def _reframed(text: str) -> str:
    """``text``'s records framed anew: each starts at a version line standing first or
    under a blank line (a ``WARC-`` header under it); its block is what follows its
    header block, trailing blank lines off, and its ``Content-Length`` counts that
    block's bytes. A response's own HTTP headers lose the lengths and encodings of the
    bytes as sent (the saved text is decoded already)."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    starts = [
        i
        for i, line in enumerate(lines)
        if _VERSION_RE.match(line)
        and (i == 0 or not lines[i - 1].strip())
        and i + 1 < len(lines)
        and lines[i + 1].lower().startswith("warc-")
    ]
    records = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        records.append(_record(lines[start:end]))
    return "".join(records)


def _record(lines: list[str]) -> str:
    """One record's text framed with CRLF headers and a true ``Content-Length``."""
    blank = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    headers = [h for h in lines[:blank] if not h.lower().startswith("content-length:")]
    block = "\n".join(lines[blank + 1 :]).rstrip("\n") + "\n"
    if any(h.lower().startswith("warc-type:") and "response" in h.lower() for h in headers):
        block = _http_reframed(block)
    body = block.encode("utf-8")
    head = "\r\n".join([*headers, f"Content-Length: {len(body)}"])
    return f"{head}\r\n\r\n{block}\r\n\r\n"


def _http_reframed(block: str) -> str:
    """A response's HTTP status and headers with CRLF ends, the transport's lengths and
    encodings taken off; the payload as it is."""
    head, sep, payload = block.partition("\n\n")
    if not sep:
        return block
    kept = [
        h for h in head.split("\n") if h.split(":", 1)[0].strip().lower() not in _TRANSPORT_HEADERS
    ]
    return "\r\n".join(kept) + "\r\n\r\n" + payload
