"""Links out of a source's body: feeds, sitemaps, section pages, URL lists, homepages.

Pure functions over bytes already fetched (no I/O), so each is tested on its own:

>>> parse_url_list("# pagi\\nhttps://portal.test/berita/a-b-c\\n\\n").links[0].url
'https://portal.test/berita/a-b-c'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Literal

from warta.crawl.urls import host_of, is_article_link, normalize_url

SourceKind = Literal["feed", "sitemap", "page", "list"]
KINDS: tuple[SourceKind, ...] = ("feed", "sitemap", "page", "list")


@dataclass(frozen=True, slots=True)
class Link:
    """An article URL a source names, with the hints it gives (feed / news sitemap)."""

    url: str  # normalised (the frontier key)
    title: str | None = None
    published: str | None = None  # as the source wrote it


@dataclass(frozen=True, slots=True)
class Found:
    """What one source body yields: article links and further sitemaps to read."""

    links: list[Link] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


def sniff_kind(body: bytes, content_type: str = "") -> SourceKind | None:
    """``feed`` / ``sitemap`` / ``page`` from the body's first element, None if unknown."""
    head = body[:2048].lstrip().lower()
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<html" in head or b"<!doctype html" in head or "html" in content_type.lower():
        return "page"
    return None


def parse_feed(body: bytes, base: str) -> Found:
    """Entries of an RSS or Atom feed (feedparser), in feed order."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": base})
    links = []
    for entry in parsed.entries:
        href = entry.get("link") or next(
            (link.get("href") for link in entry.get("links", []) if link.get("href")), None
        )
        url = normalize_url(href, base) if href else None
        if url:
            published = entry.get("published") or entry.get("updated")
            links.append(Link(url, entry.get("title") or None, published or None))
    return Found(_unique(links))


_NS = re.compile(r"\{[^}]*\}")


def parse_sitemap(body: bytes, base: str) -> Found:
    """URLs of a sitemap, or the sitemaps of a sitemap index.

    Google News sitemaps give ``news:title`` and ``news:publication_date`` as hints.
    Parsed with lxml's recovering parser, entities not resolved, no network.
    """
    from lxml import etree

    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, huge_tree=False
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return Found()
    if root is None:
        return Found()
    links: list[Link] = []
    sitemaps: list[str] = []
    index = _NS.sub("", str(root.tag)) == "sitemapindex"
    for node in root:
        if not isinstance(node.tag, str):
            continue
        values: dict[str, str] = {}
        for child in node.iter():
            if isinstance(child.tag, str) and child.text and child.text.strip():
                values.setdefault(_NS.sub("", child.tag), child.text.strip())
        loc = values.get("loc")
        url = normalize_url(loc, base) if loc else None
        if not url:
            continue
        if index:
            sitemaps.append(url)
        else:
            published = values.get("publication_date") or values.get("lastmod")
            links.append(Link(url, values.get("title"), published))
    return Found(_unique(links), sitemaps)


def parse_section(body: bytes, base: str) -> Found:
    """Article links of a section page, one level: same host, filtered with courlan
    (navigation, tag, login and media pages out)."""
    own = normalize_url(base) or base
    host = host_of(own)
    links = []
    for href in _anchors(body.decode("utf-8", "replace")):
        url = normalize_url(href, base)
        # a section page linking to itself (menus) is not an article
        if url and url != own and host_of(url) == host and is_article_link(url):
            links.append(Link(url))
    return Found(_unique(links))


def parse_url_list(text: str, base: str | None = None) -> Found:
    """One URL per line; blank lines and ``#`` comments ignored."""
    links = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url = normalize_url(line.split()[0], base)
        if url:
            links.append(Link(url))
    return Found(_unique(links))


def parse(kind: SourceKind, body: bytes, base: str) -> Found:
    """The links of a source body of ``kind``."""
    if kind == "feed":
        return parse_feed(body, base)
    if kind == "sitemap":
        return parse_sitemap(body, base)
    if kind == "page":
        return parse_section(body, base)
    return parse_url_list(body.decode("utf-8", "replace"), base)


def discover_feeds(body: bytes, base: str) -> list[str]:
    """``<link rel="alternate" type="application/rss+xml|atom+xml" href>`` of a page."""
    finder = _LinkFinder()
    finder.feed(body.decode("utf-8", "replace"))
    out = []
    for attrs in finder.links:
        rels = (attrs.get("rel") or "").lower().split()
        kind = (attrs.get("type") or "").lower().strip()
        if "alternate" in rels and kind in ("application/rss+xml", "application/atom+xml"):
            href = attrs.get("href")
            url = normalize_url(href, base) if href else None
            if url and url not in out:
                out.append(url)
    return out


def robots_sitemaps(robots: str, base: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt."""
    out = []
    for line in robots.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            url = normalize_url(value.strip(), base)
            if url and url not in out:
                out.append(url)
    return out


def _unique(links: list[Link]) -> list[Link]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            out.append(link)
    return out


def _anchors(html: str) -> list[str]:
    finder = _LinkFinder()
    finder.feed(html)
    return finder.anchors


class _LinkFinder(HTMLParser):
    """``<a href>`` and ``<link>`` elements of a page (stdlib parser: tolerant, no deps)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: list[str] = []
        self.links: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.anchors.append(str(values["href"]))
        elif tag == "link":
            self.links.append(values)
