"""A WordPress REST API response saved as a page: ``/wp-json/wp/v2/posts?slug=...``.

A crawler or a developer sometimes keeps a story as the JSON a WordPress site serves for
it: one post object (or a list holding one). There is no page around it: the headline is
``title.rendered``, the story ``content.rendered`` (HTML), the URL ``link`` and the date
``date`` (the first publication, in the site's time zone; ``modified`` is the last
change, never the publication).

>>> post = (
...     '[{"date": "2026-12-04T10:31:05", "modified": "2026-12-05T07:12:44",'
...     ' "link": "https://kabar.id/2026/12/04/judul/",'
...     ' "title": {"rendered": "Judul &#8211; Berita"},'
...     ' "content": {"rendered": "<p>Paragraf satu.</p>\\\\n<p>Paragraf dua.</p>"}}]'
... )
>>> item = read_wp_post(post)
>>> item.title, item.published, item.url
('Judul – Berita', '2026-12-04', 'https://kabar.id/2026/12/04/judul/')
>>> item.text
'Paragraf satu.\\n\\nParagraf dua.'
>>> read_wp_post("<html><body>Bukan JSON</body></html>") is None
True
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from warta.ingest.feed_item import FeedItem, paragraphs
from warta.ingest.json_document import json_value

__all__ = ["is_json", "read_wp_post"]

_ISO_DAY_RE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def is_json(content: str) -> bool:
    """The document is JSON (an API response), not markup."""
    return json_value(content) is not None


def read_wp_post(content: str) -> FeedItem | None:
    """The post a WordPress REST response holds, or ``None``: not JSON, not one post
    (a list of several is an index, not a story), or a post with no text."""
    data = json_value(content)
    if isinstance(data, list):
        if len(data) != 1:
            return None
        data = data[0]
    if not isinstance(data, dict):
        return None
    text = paragraphs(_rendered(data.get("content")))
    if not text:
        return None
    title = " ".join(html_lib.unescape(_rendered(data.get("title"))).split()) or None
    day = _ISO_DAY_RE.match(str(data.get("date") or ""))
    link = data.get("link")
    return FeedItem(
        text, title, day.group(1) if day else None, link if isinstance(link, str) else None
    )


def _rendered(field: Any) -> str:
    """A WordPress field's HTML: ``{"rendered": "..."}``, or a plain string."""
    if isinstance(field, dict):
        field = field.get("rendered")
    return field if isinstance(field, str) else ""
