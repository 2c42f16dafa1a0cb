"""A browser's single-file save (MHTML, ``.mhtml``/``.mht``) read as the page it holds.

Chrome's and Edge's "Save as: Webpage, single file" write the page as a MIME message: a
header block ("From: <Saved by Blink>", "Snapshot-Content-Location: <address>",
"Subject: <the page's title>", "Date: <when it was saved>", "Content-Type:
multipart/related"), then the page's HTML as a part encoded quoted-printable (its soft line
breaks "=" split words, "=3D" stands for "="), then its style sheets and pictures. Read as
HTML as it stands, nothing of the story comes out. :func:`read_mhtml` reads it with the
standard library's :mod:`email` package: the first text/html part decoded, and the address
the page was saved from. The Date field is when the page was saved, never when the story
was published, so it dates nothing.

>>> saved = (
...     "From: <Saved by Blink>\\n"
...     "Snapshot-Content-Location: https://kabar.example/a/1\\n"
...     "Subject: Judul\\n"
...     "MIME-Version: 1.0\\n"
...     'Content-Type: multipart/related; type="text/html"; boundary="XYZ"\\n\\n'
...     "--XYZ\\n"
...     "Content-Type: text/html\\n"
...     "Content-Transfer-Encoding: quoted-printable\\n\\n"
...     '<p class=3D"lead">Pasar malam dibuka kem=\\n'
...     "bali.</p>\\n"
...     "--XYZ--\\n"
... )
>>> page = read_mhtml(saved)
>>> page.html.strip(), page.url
('<p class="lead">Pasar malam dibuka kembali.</p>', 'https://kabar.example/a/1')
>>> read_mhtml("<html><body>Halaman biasa</body></html>") is None
True
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message

from warta.errors import MalformedInputError
from warta.ingest.saved_page import SavedPage

__all__ = ["looks_like_mhtml", "read_mhtml"]

# The header block of a single-file save stands within its first lines.
HEADER_SCAN_LINES = 40
# A save's header block: a MIME version and a multipart/related content type (a browser
# names it so; an e-mail with pictures is multipart/related too, but says nothing of a
# snapshot and carries a text/plain part).
_MIME_VERSION_RE = re.compile(r"^MIME-Version\s*:", re.IGNORECASE | re.MULTILINE)
_RELATED_RE = re.compile(r"^Content-Type\s*:\s*multipart/related\b", re.IGNORECASE | re.MULTILINE)
_SNAPSHOT_RE = re.compile(
    r"^(?:Snapshot-Content-Location\s*:|From\s*:\s*<?Saved by )", re.IGNORECASE | re.MULTILINE
)


def looks_like_mhtml(text: str) -> bool:
    """Whether ``text`` opens with a single-file save's header block: a MIME version, a
    multipart/related content type, and a snapshot's address or the browser's sender."""
    head = "\n".join(text.lstrip()[:8000].splitlines()[:HEADER_SCAN_LINES])
    head = head.split("\n\n", 1)[0]
    return bool(
        _MIME_VERSION_RE.search(head) and _RELATED_RE.search(head) and _SNAPSHOT_RE.search(head)
    )


def read_mhtml(text: str, where: str = "the page") -> SavedPage | None:
    """The page a single-file save ``text`` holds, or None when ``text`` is no such save
    (:func:`looks_like_mhtml`).

    Raises :class:`MalformedInputError` when it is one but holds no HTML part that
    decodes (a save cut short, its boundary lost), naming ``where``.
    """
    if not looks_like_mhtml(text):
        return None
    message = email.message_from_string(text.lstrip(), policy=email.policy.compat32)
    part = _html_part(message)
    html = _decoded(part) if part is not None else ""
    if not html.strip():
        raise MalformedInputError(
            f"{where}: a single-file web page save (MHTML) with no HTML part that can be "
            "read (the file may be cut short, or its MIME boundary lost); save the page "
            "again, or as 'Webpage, HTML only'",
            detail={"where": where},
        )
    url = message.get("Snapshot-Content-Location")
    if not url and part is not None:
        url = part.get("Content-Location")
    return SavedPage(html=html, url=str(url).strip() if url else None)


def _html_part(message: Message) -> Message | None:
    """The first text/html part of the save (the page; frames come after it)."""
    for part in message.walk():
        if not part.is_multipart() and part.get_content_type() == "text/html":
            return part
    return None


def _decoded(part: Message) -> str:
    """The part's text, its transfer encoding and charset undone (a charset the part or
    its page's meta tag names; UTF-8 when none)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or _meta_charset(payload) or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


_META_CHARSET_RE = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_-]{2,20})", re.I)


def _meta_charset(payload: bytes) -> str | None:
    m = _META_CHARSET_RE.search(payload[:4096])
    return m.group(1).decode("ascii") if m else None
