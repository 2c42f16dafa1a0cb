"""A feed's single item saved as a page: an RSS ``<item>`` or an Atom ``<entry>``.

A reader or a crawler sometimes keeps one story as the feed document that carried it
(an RSS channel holding one ``<item>``, an Atom feed with one ``<entry>``). There is no
page around it: the headline is the item's ``<title>``, the date its ``<pubDate>`` /
``<published>``, the URL its ``<link>``, and the story the item's full content
(``<content:encoded>``, Atom ``<content>``) or, lacking it, its ``<description>``.

>>> rss = (
...     '<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar - Dunia</title>'
...     "<item><title>Judul Berita</title><link>https://kabar.id/a/1.html</link>"
...     "<pubDate>Tue, 01 Dec 2026 20:30:00 +0700</pubDate>"
...     "<description><![CDATA[<p>Paragraf satu.</p><p>Paragraf dua.</p>]]></description>"
...     "</item></channel></rss>"
... )
>>> item = read_feed_item(rss)
>>> item.title, item.published, item.url
('Judul Berita', '2026-12-01', 'https://kabar.id/a/1.html')
>>> item.text
'Paragraf satu.\\n\\nParagraf dua.'
>>> read_feed_item("<html><body><p>Bukan umpan.</p></body></html>") is None
True
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["FeedItem", "looks_like_feed", "paragraphs", "read_feed_item", "read_feed_items"]

# The root element of a feed near the top of the document (after an XML declaration,
# comments or a stylesheet instruction): <rss>, Atom's <feed>, RSS 1.0's <rdf:RDF>.
_FEED_ROOT_RE = re.compile(r"<(?:rss\b|feed\b[^>]*\bxmlns|rdf:RDF\b)", re.IGNORECASE)
_FEED_HEAD_CHARS = 2000
# Elements that end a paragraph in the item's HTML; every other tag is dropped.
_BLOCK_END_RE = re.compile(
    r"</(?:p|div|li|h[1-6]|blockquote|figcaption|tr)\s*>|<br\s*/?>|<hr\s*/?>", re.IGNORECASE
)
_TAG_RE = re.compile(r"<[^>]+>")
# Tags that mark words inside a sentence (emphasis, a link): dropped without a space.
_INLINE_TAG_RE = re.compile(
    r"</?(?:em|i|strong|b|a|span|sup|sub|u|mark|small|abbr|code|cite|q)\b[^>]*>", re.IGNORECASE
)
_ISO_DAY_RE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """What a feed's item gives: its story as paragraphs, and its headline, date, URL."""

    text: str
    title: str | None
    published: str | None  # ISO day, as the item states it (its own time zone)
    url: str | None


def looks_like_feed(content: str) -> bool:
    """The document is an RSS or Atom feed (its root element says so near the top)."""
    return bool(_FEED_ROOT_RE.search(content[:_FEED_HEAD_CHARS]))


def read_feed_item(content: str) -> FeedItem | None:
    """The one item of a feed document, or ``None``: not a feed, a feed of several items
    (a list of stories, not one), or an item with no text."""
    items = read_feed_items(content)
    return items[0] if len(items) == 1 else None


def read_feed_items(content: str) -> list[FeedItem | None]:
    """Every item of a feed document, in order; ``None`` for an item with no text (a
    headline-only item). Not a feed: an empty list."""
    if not looks_like_feed(content):
        return []
    import feedparser

    return [_item(entry) for entry in feedparser.parse(content).entries]


def _item(entry: Any) -> FeedItem | None:
    """One feed entry as a :class:`FeedItem`, or ``None`` when it has no text."""
    text = paragraphs(_item_html(entry))
    if not text:
        return None
    title = " ".join(str(entry.get("title") or "").split()) or None
    return FeedItem(text, title, _item_day(entry), entry.get("link") or None)


def _item_html(entry: Any) -> str:
    """The item's fullest HTML: the longest of its contents and its summary (feedparser
    lists a media description or the summary among the contents too)."""
    values = [str(c.get("value") or "") for c in entry.get("content") or []]
    values.append(str(entry.get("summary") or ""))
    return max(values, key=len)


def paragraphs(markup: str) -> str:
    """The item's HTML as paragraphs separated by blank lines (tags dropped; an inline
    tag, "(<em>Rhizophora</em>)", leaves no space in the words it marks).

    >>> paragraphs("<p>Bakau (<em>Rhizophora</em>) tumbuh.</p><p>Dua</p>")
    'Bakau (Rhizophora) tumbuh.\\n\\nDua'
    """
    parts = []
    for block in _BLOCK_END_RE.split(markup):
        block = _INLINE_TAG_RE.sub("", block)
        text = " ".join(html_lib.unescape(_TAG_RE.sub(" ", block)).split())
        if text:
            parts.append(text)
    return "\n\n".join(parts)


def _item_day(entry: Any) -> str | None:
    """The ISO day the item was published, in the time zone its date is written in (a
    Jakarta desk's "Tue, 02 Dec 2025 03:30:00 +0700" is the 2nd, whatever UTC says)."""
    from email.utils import parsedate_to_datetime

    # Atom's <updated> is the entry's last change, never its publication.
    for key in ("published", "created"):
        value = entry.get(key)
        if not value:
            continue
        m = _ISO_DAY_RE.match(value)
        if m:
            return m.group(1)
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, IndexError):
            continue
    return None
