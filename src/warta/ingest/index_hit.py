"""A media-monitoring index's document saved as a page: one search hit, as JSON.

A monitoring service keeps every article it collects as a document of a search index
(Elasticsearch, OpenSearch), and an analyst who copies one out keeps the hit as the
engine returns it: ``_index`` and ``_id``, then ``_source`` holding the article's fields
beside the service's own (the crawl's time, the sentiment, the matched keywords, the
entity lists). Read as text, that is a page of field names and quotes. The article is
``_source``'s headline, text, address and publication field, found by what their names
say (:mod:`warta.ingest.export_fields` tells the publication from the service's dates);
a search response holding one hit is read the same way, and so is a read-later
service's export of one saved article (its headline, address and text as fields of the
entry, beside its tags, save times and annotations, which are the reader's; a web
crawler's dataset item too, its page title in the item's metadata object), a news
API's search response holding one article (Event Registry's ``articles.results``,
NewsAPI's ``articles``; an extraction API's response for one page, Diffbot's ``objects``
or Zyte's ``article``: the article's fields beside the service's scores, counts and the
request it answers; a search API's result, Tavily's, read from the whole page it gives
beside its snippet; a web-data API's ``posts``, Webz.io's, each with the crawled
thread's fields beside its own), a feed reader's API response holding one item (the
Google Reader API a FreshRSS or Inoreader serves: the item's links as objects, its text
in an object's ``content``, its publication in Unix seconds; Tiny Tiny RSS's, its article
dated by its ``updated``: :func:`_feed_reader_article`), a bookmark manager's API response
for one saved link (Linkwarden's ``response``: the page's title as the link's ``name``,
its readable text as ``textContent``, beside save stamps that are the reader's), a news
crawler's record of
one article (news-please's ``maintext`` and ``date_publish`` beside its own download and
modification dates), and
a document database's export of one record (``mongoexport``'s line of Extended JSON, its
log lines around it: :mod:`warta.ingest.mongo_export`), and a message queue's message
read off its topic (a Kafka console consumer's terminal output, its command line and
the lines it prints about the message around the record:
:mod:`warta.ingest.consumer_output`).

>>> hit = (
...     '{"_index": "berita-2026.12", "_id": "a1", "_source": {'
...     '"title": "Jembatan Baru Dibuka", "published_at": "2026-12-01T18:30:00Z",'
...     ' "url": "https://kabar.example/2026/12/02/jembatan-baru-dibuka/",'
...     ' "content": "Jembatan baru dibuka pagi ini.\\\\n\\\\nWarga menyambutnya.",'
...     ' "sentiment": "positive"}}'
... )
>>> story = read_index_hit(hit)
>>> story.title, story.url
('Jembatan Baru Dibuka', 'https://kabar.example/2026/12/02/jembatan-baru-dibuka/')
>>> story.text
'Jembatan baru dibuka pagi ini.\\n\\nWarga menyambutnya.'
>>> local_day(story.stamp, None)
'2026-12-02'
>>> read_index_hit('{"_source": {"title": "Tanpa Isi"}}') is None
True
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from warta.errors import MalformedInputError
from warta.ingest.consumer_output import consumed_records
from warta.ingest.export_fields import field_key, is_publication_field
from warta.ingest.feed_item import paragraphs
from warta.ingest.json_document import json_value
from warta.ingest.markdown_inline import markdown_paragraphs
from warta.ingest.mongo_export import exported_records, plain_json

__all__ = ["IndexedStory", "item_list_error", "local_day", "read_index_hit"]


@dataclass(frozen=True, slots=True)
class IndexedStory:
    """The article an index's hit holds: its text as paragraphs, its headline and address,
    and its publication stamp as the field writes it (zone and all)."""

    text: str
    title: str | None
    url: str | None
    stamp: str | None


# What a field's name says it holds (compared by :func:`field_key`). The page's own
# <title> ("html_title") carries the site's name after the headline: never the headline.
_TITLE_KEYS = frozenset({"title", "headline", "judul", "judul berita", "judul artikel"})
# A bookmark manager names a saved link by the page's <title> (Linkwarden's link record:
# ``{"name", "url", "textContent", "createdAt", ...}``): the headline of a record that has
# no title field of its own (the site's name after it is dropped as any title's is, when
# the page is cleaned).
_LINK_NAME_KEYS = frozenset({"name"})
_TEXT_KEYS = frozenset(
    {
        "content",
        "body",
        "text",
        "maintext",
        "main text",
        "full text",
        "fulltext",
        "article",
        "article body",
        "isi",
        "isi berita",
        "konten",
        "naskah",
        "content text",
        "text content",
        "body text",
        "paragraf",
        "paragraphs",
    }
)
# A search API's result holds a snippet of the page (its "content": the passage matching
# the query) beside the whole page's text (Tavily's "raw_content", asked for with the
# search): the page, when given, is the story, its site's chrome cleaned as any page's.
_RAW_PAGE_KEYS = frozenset({"raw content"})
# Fields holding the page as Markdown (a scrape API's) or as markup (a bookmark
# manager's copy of the page read by its reader view): read when no plain text field is
# there, and as what they are.
_MARKDOWN_KEYS = frozenset({"markdown", "content markdown", "markdown content"})
_HTML_KEYS = frozenset({"html content", "content html"})
_URL_KEYS = frozenset(
    {
        "url",
        "link",
        "tautan",
        "source url",
        "article url",
        "canonical url",
        "page url",
        "pageurl",
        "canonical",
        "alternate",
    }
)
# A feed reader's API (the Google Reader API: FreshRSS, Inoreader) gives an item's text as
# an object holding its markup, ``{"direction": "ltr", "content": "<p>..."}``: the full
# text under "content", the feed's own text under "summary". Only in that shape is a
# "summary" the story's text: a plain "summary" string is a service's own digest.
_WRAPPED_TEXT_KEYS = frozenset({"content", "summary"})
# Markup in a text field: the service kept the article's HTML.
_MARKUP_RE = re.compile(r"<(?:p|br|div)\b[^>]*>|</p\s*>", re.IGNORECASE)
_STAMP_RE = re.compile(
    r"^\s*(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<clock>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
# Indonesia's three zones, west to east: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9). A
# stamp written in UTC is read on a desk's own clock; WIB first, the zone most desks keep.
DESK_ZONES = (timedelta(hours=7), timedelta(hours=8), timedelta(hours=9))


def read_index_hit(content: str) -> IndexedStory | None:
    """The article of a search hit (``{"_index": ..., "_source": {...}}``, or a response
    whose ``hits.hits`` holds one) or of a read-later service's saved entry
    (:func:`_saved_entry`), the one article of a news API's response
    (:func:`_response_entry`) or the one record of a database export
    (:func:`~warta.ingest.mongo_export.exported_records`) or of a consumer's output
    (:func:`~warta.ingest.consumer_output.consumed_records`), or ``None``: not JSON, none of
    these shapes, or one whose source has no text field."""
    data = _json_record(content)
    source = (
        _hit_source(data)
        or _saved_entry(data)
        or _feed_reader_article(data)
        or _response_entry(data)
    )
    if source is None:
        return None
    text = _story_text_of(source)
    if not text:
        return None
    stamp = next(
        (
            _stamp_text(v)
            for k, v in source.items()
            if isinstance(v, (str, int)) and is_publication_field(k)
        ),
        None,
    )
    title = " ".join(_headline(source).split()) or None
    return IndexedStory(text, title, _field(source, _URL_KEYS) or None, stamp)


def local_day(stamp: str | None, stated_day: str | None) -> str | None:
    """The ISO day a publication ``stamp`` dates the story on the desk's clock.

    A stamp in one of Indonesia's zones is read on its own clock; one in UTC ("Z",
    "+00:00") or in another country's zone (a news API's servers write theirs, "+03:00")
    on Indonesian time: the day ``stated_day`` gives (the one the story's address or lead
    states) when it is that of one of the country's zones, else the day in WIB.

    >>> local_day("2026-12-01T18:30:00Z", None), local_day("2026-12-01T16:30:00Z", None)
    ('2026-12-02', '2026-12-01')
    >>> local_day("2026-12-01T16:30:00Z", "2026-12-02")
    '2026-12-02'
    >>> local_day("2026-12-01T23:10:00+09:00", None), local_day("2026-12-01", None)
    ('2026-12-01', '2026-12-01')
    >>> local_day("2026-12-01T22:30:00.000+03:00", None)
    '2026-12-02'

    A stamp written as the web's headers write dates (an extraction API's) is read alike:

    >>> local_day("Tue, 01 Dec 2026 18:30:00 GMT", None)
    '2026-12-02'
    """
    m = _STAMP_RE.match(_iso_stamp(stamp or ""))
    if m is None:
        return None
    zone = (m.group("zone") or "").upper()
    if not m.group("clock") or not zone:
        return m.group("day")  # no clock or no zone: the day written
    try:
        written = datetime.fromisoformat(f"{m.group('day')}T{m.group('clock')}{zone}")
    except ValueError:
        return m.group("day")
    if written.utcoffset() in DESK_ZONES:
        return m.group("day")  # the desk's own zone: the day written
    utc = written.astimezone(UTC)
    days = [(utc + offset).date().isoformat() for offset in DESK_ZONES]
    return stated_day if stated_day in days else days[0]


# Unix time in seconds from 2001 to 2286: a feed reader's API's stamps (ten digits).
_UNIX_SECONDS = range(10**9, 10**10)


def _stamp_text(value: str | int) -> str | None:
    """A publication field's value as a stamp to read: a string as it is; Unix seconds
    (a feed reader's API, ``"published": 1793068800``) as the UTC time they count, an
    integer of any other size (a count, a year) as none.

    >>> _stamp_text(1793068800), _stamp_text(2026)
    ('2026-10-27T02:40:00+00:00', None)
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value not in _UNIX_SECONDS:
        return None
    return datetime.fromtimestamp(value, UTC).isoformat()


def _iso_stamp(stamp: str) -> str:
    """``stamp`` in ISO form: a date written as HTTP and mail headers write it ("Tue, 01
    Dec 2026 18:30:00 GMT") rewritten, zone and all; any other stamp as it is."""
    if _STAMP_RE.match(stamp):
        return stamp
    try:
        return parsedate_to_datetime(stamp).isoformat()
    except (TypeError, ValueError, IndexError):
        return stamp


def _json_record(content: str) -> Any | None:
    """The JSON value ``content`` holds, typed values of Extended JSON unwrapped; for a
    database export or a message queue's consumer output, its one record (``None`` for
    one of several)."""
    data = json_value(content)
    if data is not None:
        return plain_json(data)
    records = exported_records(content) or plain_json(consumed_records(content))
    return records[0] if records and len(records) == 1 else None


def _hit_source(data: Any) -> dict[str, Any] | None:
    """The ``_source`` of a hit, or of the one hit a search response holds."""
    if isinstance(data, dict) and isinstance(data.get("hits"), dict):
        hits = data["hits"].get("hits")
        if not isinstance(hits, list) or len(hits) != 1:
            return None
        data = hits[0]
    if not isinstance(data, dict) or not ({"_index", "_id"} & data.keys()):
        return None
    source = data.get("_source")
    return source if isinstance(source, dict) else None


def _saved_entry(data: Any) -> dict[str, Any] | None:
    """A read-later service's export of one saved article (wallabag, Pocket and the like:
    an object, or a list holding one), or a scraper's export of the one item it scraped
    (Scrapy's JSON feed: a list of items, the text often a list of paragraphs; a web
    crawler's dataset item, whose page title stands in the item's metadata object:
    :func:`_with_page_metadata`): the headline, the address and the extracted text stand
    as fields of their own beside the service's (tags, save or crawl times, the spider's
    name). All three must be there: an object lacking one is some other record. A
    bookmark manager's link names the page by its title (:data:`_LINK_NAME_KEYS`)."""
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict):
        return None
    data = _with_page_metadata(data)
    has_all = _headline(data) and _field(data, _URL_KEYS) and _story_text_of(data)
    return data if has_all else None


# The object of a crawler's dataset item holding what the page's <head> said (Apify's
# Website Content Crawler: ``{"url", "crawl", "metadata": {"title", "description",
# "author", ...}, "text"}``; a scrape API's, Firecrawl's: ``{"markdown", "metadata":
# {"title", "sourceURL", "publishedTime", ...}}``), or a bookmark manager's record of the
# page it saved (Karakeep's: ``{"note", "summary", "tags", "content": {"url", "title",
# "htmlContent", "datePublished", ...}}``, the note, summary and tags the user's or the
# app's own).
_PAGE_METADATA_KEYS = frozenset({"metadata", "meta", "page metadata", "content"})


def _with_page_metadata(item: dict[str, Any]) -> dict[str, Any]:
    """``item`` with the fields of its page-metadata object after its own (an item's own
    field wins over one of the same name there, unless it is empty: a bookmark's own
    ``"title": null``); ``item`` itself without one. The metadata's nested objects (the
    response's headers, with the crawl's date) stay nested: no field of theirs is read
    as the story's.

    >>> item = {"url": "https://x.example/a", "text": "Isi.", "metadata": {"title": "Judul"}}
    >>> _with_page_metadata(item)["title"], _with_page_metadata({"a": 1})
    ('Judul', {'a': 1})
    >>> _with_page_metadata({"title": None, "content": {"title": "Judul"}})["title"]
    'Judul'
    """
    meta = next(
        (v for k, v in item.items() if field_key(k) in _PAGE_METADATA_KEYS and isinstance(v, dict)),
        None,
    )
    if not meta:
        return item
    return {**item, **{k: v for k, v in meta.items() if item.get(k) in (None, "")}}


# Tiny Tiny RSS's API answers every call as ``{"seq": 4, "status": 0, "content": ...}``; a
# getArticle or getHeadlines call's content lists articles, each dated by its "updated" in
# Unix seconds: the date the feed gave the item (the reader's own fetch time it keeps
# apart), so there "updated" is the story's publication, and "published" a flag (whether
# the user republished the item), never a date.
_FEED_READER_ENVELOPE = frozenset({"seq", "status", "content"})


def _feed_reader_article(data: Any) -> dict[str, Any] | None:
    """The one article of a Tiny Tiny RSS API response (:data:`_FEED_READER_ENVELOPE`), its
    "updated" read as its publication; ``None`` for any other value, or a response listing
    several articles (a feed's headlines, not a story).

    >>> reply = {"seq": 4, "status": 0, "content": [{"title": "Judul", "published": False,
    ...     "link": "https://x.example/a", "content": "<p>Isi.</p>", "updated": 1793068800}]}
    >>> _feed_reader_article(reply)["published"]
    1793068800
    """
    if not isinstance(data, dict) or not data.keys() >= _FEED_READER_ENVELOPE:
        return None
    article = _saved_entry(data["content"]) if isinstance(data["content"], list) else None
    if article is None or "updated" not in article:
        return article
    return {**article, "published": article["updated"]}


# The field of a news API's response listing the articles found (Event Registry nests it:
# ``{"articles": {"results": [...]}}``; a web-data API's ``posts``, Webz.io's), or the
# objects an extraction API read off the page it was asked for (Diffbot: ``{"request":
# {...}, "objects": [...]}``; Zyte's one object: ``{"url", "statusCode", "article":
# {"headline", "articleBody", ...}}``), or the one record an API wraps its answer in
# (a bookmark manager's saved link, Linkwarden's: ``{"response": {...}}``).
_RESULT_KEYS = frozenset(
    {
        "articles",
        "results",
        "data",
        "items",
        "documents",
        "news",
        "objects",
        "article",
        "posts",
        "response",
    }
)
# How deep the list of articles may lie in the response.
RESPONSE_NESTING = 2


def _response_entry(data: Any, depth: int = RESPONSE_NESTING) -> dict[str, Any] | None:
    """The one article of a news API's search response (a field named for the results,
    in the response or one object down, listing one article with a headline, an address
    and a text: :func:`_saved_entry`); ``None`` for any other value, or a list of several
    articles (an index of results, not a story)."""
    if not isinstance(data, dict) or depth < 1:
        return None
    for key, value in data.items():
        if field_key(key) not in _RESULT_KEYS:
            continue
        # A response for one page holds the page's object itself (Firecrawl's "data").
        found = (
            (_saved_entry(value) or _response_entry(value, depth - 1))
            if isinstance(value, dict)
            else None
        )
        if isinstance(value, list) and len(value) == 1:
            found = _saved_entry(value)
        if found is not None:
            return found
    return None


def _headline(source: dict[str, Any]) -> str:
    """The headline field of ``source``, else the page title a saved link is named by
    (:data:`_LINK_NAME_KEYS`); empty without either."""
    return _field(source, _TITLE_KEYS) or _field(source, _LINK_NAME_KEYS)


def _field(
    source: dict[str, Any],
    keys: frozenset[str],
    *,
    paragraph_lists: bool = False,
    wrapped: bool = False,
) -> str:
    """The first string field of ``source`` whose name is one of ``keys``, or the address
    of the first of a list of link objects (a feed reader's ``"canonical": [{"href":
    ...}]``); with ``paragraph_lists``, a list of strings too (a scraper's paragraphs), one
    a line; with ``wrapped``, only an object's ``content`` string (a feed reader's text,
    :data:`_WRAPPED_TEXT_KEYS`).

    >>> _field({"canonical": [{"href": "https://x.example/a"}]}, _URL_KEYS)
    'https://x.example/a'
    >>> _field({"summary": {"content": "<p>Isi.</p>"}}, _WRAPPED_TEXT_KEYS, wrapped=True)
    '<p>Isi.</p>'
    """
    for k, v in source.items():
        if field_key(k) not in keys:
            continue
        if wrapped:
            if isinstance(v, dict) and isinstance(v.get("content"), str):
                return str(v["content"])
            continue
        if isinstance(v, str):
            return v
        if isinstance(v, list) and v and isinstance(v[0], dict):
            href = v[0].get("href")
            if isinstance(href, str):
                return href
        if paragraph_lists and isinstance(v, list) and v and all(isinstance(p, str) for p in v):
            return "\n".join(v)
    return ""


def item_list_error(content: str, where: str) -> MalformedInputError | None:
    """The error for a JSON list of records none of the readers took, when it is one: a
    list cut short or broken (a scraper stopped before closing its feed), or a list of
    several articles (items with a headline, an address and a text) given as one page.
    None for anything else."""
    head = content.lstrip("\ufeff \t\r\n")
    if not re.match(r"\[\s*\{", head):
        return None
    try:
        data = json.loads(head)
    except ValueError as exc:
        return MalformedInputError(
            f"{where}: a JSON list of records that is not valid JSON ({exc}); a scraper's "
            "export stopped before its end lacks its closing ']': export the items again, "
            "or as JSON lines (one article per line)",
            detail={"where": where},
        )
    articles = [item for item in data if isinstance(item, dict) and _saved_entry(item)]
    if len(articles) > 1:
        return MalformedInputError(
            f"{where}: a JSON list of {len(articles)} articles given as one page; give "
            "them as a .jsonl file (one article per line)",
            detail={"where": where},
        )
    return None


def _story_text_of(source: dict[str, Any]) -> str:
    """The story's text in ``source``: its whole page's text when the record gives it beside
    a snippet (a search API's result), else its plain text field (:func:`_story_text`),
    else its Markdown one as plain paragraphs, else its markup one, else the text a feed
    reader's item wraps in an object (:data:`_WRAPPED_TEXT_KEYS`); empty when there is
    none.

    >>> _story_text_of({"content": "Potongan.", "raw_content": "Judul\\nIsi berita."})
    'Judul\\n\\nIsi berita.'
    >>> _story_text_of({"content": "Potongan.", "raw_content": None})
    'Potongan.'
    """
    page = _field(source, _RAW_PAGE_KEYS)
    text = _story_text(page or _field(source, _TEXT_KEYS, paragraph_lists=True))
    if not text:
        text = markdown_paragraphs(_field(source, _MARKDOWN_KEYS))
    if not text and (markup := _field(source, _HTML_KEYS)):
        text = paragraphs(markup)
    if not text:
        text = _story_text(_field(source, _WRAPPED_TEXT_KEYS, wrapped=True))
    return text


def _story_text(value: str) -> str:
    """A text field as paragraphs separated by blank lines, markup or plain text."""
    if _MARKUP_RE.search(value):
        return paragraphs(value)
    return "\n\n".join(" ".join(p.split()) for p in value.splitlines() if p.strip())
