"""A JSON Feed (https://jsonfeed.org, versions 1 and 1.1) holding one item, saved as a page.

A reader or a crawler sometimes keeps one story as the JSON Feed document that carried it:
a feed object whose ``items`` list holds that one story. There is no page around it, as
for an RSS item (:mod:`warta.ingest.feed_item`): the headline is the item's ``title``, the
story its ``content_html`` (or ``content_text``; its ``summary`` is the deck, not the
story), the URL its ``url`` and the date its ``date_published``, on the day its own time
zone gives (``date_modified`` is the last change, never the publication).

>>> feed = (
...     '{"version": "https://jsonfeed.org/version/1.1", "title": "Kabar Pesisir",'
...     ' "items": [{"id": "1", "url": "https://kabar.id/2026/12/judul/",'
...     ' "title": "Judul Berita", "date_published": "2026-12-01T23:10:00+09:00",'
...     ' "content_html": "<p>Paragraf satu.</p><p>Paragraf dua.</p>"}]}'
... )
>>> item = read_json_feed_item(feed)
>>> item.title, item.published, item.url
('Judul Berita', '2026-12-01', 'https://kabar.id/2026/12/judul/')
>>> item.text
'Paragraf satu.\\n\\nParagraf dua.'
>>> read_json_feed_item('{"version": "https://jsonfeed.org/version/1.1", "items": []}') is None
True
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from warta.ingest.feed_item import FeedItem, paragraphs
from warta.ingest.json_document import json_value

__all__ = ["read_json_feed_item"]

# The version a JSON Feed declares: "https://jsonfeed.org/version/1" or ".../1.1".
_VERSION_RE = re.compile(r"^https?://jsonfeed\.org/version/\d")
_ISO_DAY_RE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def read_json_feed_item(content: str) -> FeedItem | None:
    """The one item of a JSON Feed document, or ``None``: not JSON, not a JSON Feed (its
    ``version`` says so), a feed of several items (a list of stories, not one), or an
    item with no text."""
    data = json_value(content)
    if not isinstance(data, dict) or not _VERSION_RE.match(str(data.get("version") or "")):
        return None
    items = data.get("items")
    if not isinstance(items, list) or len(items) != 1 or not isinstance(items[0], dict):
        return None
    return _item(items[0])


def _item(item: dict[str, Any]) -> FeedItem | None:
    """One JSON Feed item as a :class:`FeedItem`, or ``None`` when it has no text."""
    markup = _string(item.get("content_html"))
    text = paragraphs(markup) if markup else _plain(_string(item.get("content_text")))
    if not text:
        return None
    title = " ".join(html_lib.unescape(_string(item.get("title"))).split()) or None
    day = _ISO_DAY_RE.match(_string(item.get("date_published")))
    url = _string(item.get("url")) or _string(item.get("external_url")) or None
    return FeedItem(text, title, day.group(1) if day else None, url)


def _plain(text: str) -> str:
    """A plain-text content as paragraphs separated by blank lines."""
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text) if p.strip())


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""
