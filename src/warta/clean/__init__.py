"""Cleaning: from a :class:`RawDoc` to an :class:`Article` with its metadata.

>>> from warta.records import RawDoc, Provenance
>>> lead = "JAKARTA — Isi berita yang cukup panjang untuk paragraf pembuka, Kamis (14/3/2024)."
>>> page = "\\n\\n".join(["Selasa, 2 Juli 2024", "Judul Berita Hari Ini", lead, "Berita Terkini"])
>>> art = clean_document(RawDoc(Provenance("a.txt"), page))
>>> art.title, art.published.iso, art.page_date.iso
('Judul Berita Hari Ini', '2024-03-14', '2024-07-02')
>>> [r.reason for r in art.removed]
['page-date', 'title', 'dateline', 'related']
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace

from warta.clean import patterns as P
from warta.clean.chat_export import read_chat_export
from warta.clean.dates import (
    crawler_url,
    date_from_url,
    find_dates,
    parse_date_string,
    split_crawler_prefix,
)
from warta.clean.doc_comments import split_doc_comments
from warta.clean.frontmatter import (
    split_clip_excerpt,
    split_end_matter,
    split_field_header,
    split_front_matter,
    strip_heading_marks,
)
from warta.clean.http_response import looks_like_html, split_http_preamble
from warta.clean.line_split import split_lines
from warta.clean.lines import classify_lines
from warta.clean.mail_message import read_mail_message
from warta.clean.metadata import detect_language, extract_metadata, is_truncated, split_dateline
from warta.clean.org_capture import split_org_capture
from warta.clean.read_later import split_read_later_export
from warta.clean.repair import repair_text
from warta.clean.screens import phone_address, unstitch_screens
from warta.clean.shapes import (
    KEEP,
    PROSE_MIN_WORDS,
    Labelled,
    ends_terminal,
    normalise,
    split_credit,
)
from warta.ingest.export_fields import ExportedStory
from warta.ingest.saved_page import SavedPage
from warta.records import PARAGRAPH_SEP, Article, DocFormat, RawDoc, RemovedLine

__all__ = [
    "MAX_ARTICLE_CHARS",
    "MAX_PAGE_CHARS",
    "OVERSIZE_FLAG",
    "article_id",
    "cap_paragraphs",
    "clean_document",
    "html_captions",
    "repeated_lines",
]

# Short lines seen in at least this many documents of a batch are site chrome
# candidates (the classifier still requires them to be short and unpunctuated).
REPEATED_MIN_DOCS = 2

#: The most article text (characters, paragraph breaks included) the analysis stages
#: see; the rest is cut off and the article flagged :data:`OVERSIZE_FLAG`. Every stage is
#: linear in the text, so this bounds what one document costs: about 10 s per 1,000,000
#: characters for all stages on one core (``python bench/bench_stage_size.py``), where a
#: news article takes 0.05 s. News articles are a few KB (IndoSum's longest of 2,809 is
#: 8,753 characters, the seeds' 7,714); 1,000,000 characters is about 150,000 words, over
#: 100 times that, so only a wrong input (a book, a log, a dump of a whole site) is cut.
MAX_ARTICLE_CHARS = 1_000_000
#: The most page text the line classifier reads (characters): cleaning is linear too, and
#: a page four times the article cap leaves room for any real amount of page chrome.
MAX_PAGE_CHARS = 4 * MAX_ARTICLE_CHARS
#: The flag of an article cut to :data:`MAX_ARTICLE_CHARS` (or its page to
#: :data:`MAX_PAGE_CHARS`).
OVERSIZE_FLAG = "truncated-oversize"


def article_id(locator: str) -> str:
    """Stable id of the article read from ``locator`` (path, path:line, path@offset)."""
    return hashlib.sha1(locator.encode("utf-8")).hexdigest()[:16]


def content_hash(raw: RawDoc) -> str:
    return hashlib.sha1(f"{raw.format}\0{raw.content}".encode()).hexdigest()[:16]


def repeated_lines(texts: Iterable[str]) -> frozenset[str]:
    """Normalised short lines that occur in several documents (site chrome candidates).

    A line that stands above the same paragraph wherever it occurs is not chrome: it is
    the headline of an article copied by several sites (syndicated copies share their
    title and lead), so it is left out. Chrome recurs above different articles.
    """
    counts: Counter[str] = Counter()
    follows: dict[str, set[str | None]] = {}
    for text in texts:
        seen: dict[str, str | None] = {}
        pending: list[str] = []
        for line in text.split("\n"):
            n_words = len(line.split())
            if 0 < n_words <= 10:
                key = normalise(line)
                if key not in seen:
                    seen[key] = None
                    pending.append(key)
            elif n_words >= PROSE_MIN_WORDS and ends_terminal(line):
                prose = normalise(line)
                for key in pending:
                    seen[key] = prose
                pending = []
        counts.update(list(seen))
        for key, after in seen.items():
            follows.setdefault(key, set()).add(after)
    return frozenset(
        k
        for k, v in counts.items()
        if v >= REPEATED_MIN_DOCS and k and not _heads_one_article(follows[k])
    )


def _heads_one_article(following: set[str | None]) -> bool:
    """Every occurrence stands above the same paragraph (a copied article's headline)."""
    return len(following) == 1 and None not in following


def cap_paragraphs(paragraphs: list[str], limit: int = MAX_ARTICLE_CHARS) -> tuple[list[str], bool]:
    """The paragraphs that fit in ``limit`` characters once joined, and whether any were cut.

    Whole paragraphs are kept while they fit; the one that crosses the limit is cut at its
    last whitespace before it (so a single huge paragraph is cut too), and the rest dropped.

    >>> cap_paragraphs(["satu dua", "tiga empat lima"], limit=16)
    (['satu dua', 'tiga'], True)
    """
    size = 0
    for i, para in enumerate(paragraphs):
        room = max(0, limit - size - (len(PARAGRAPH_SEP) if i else 0))
        if len(para) <= room:
            size += len(para) + (len(PARAGRAPH_SEP) if i else 0)
            continue
        cut = max(para.rfind(" ", 0, room + 1), para.rfind("\n", 0, room + 1))
        head = para[: cut if cut > 0 else room].rstrip()  # no space at all: a hard cut
        return [*paragraphs[:i], head] if head else paragraphs[:i], True
    return paragraphs, False


def _cap_page(text: str) -> tuple[str, bool]:
    """``text`` cut at its last line break before :data:`MAX_PAGE_CHARS`, and whether it was."""
    if len(text) <= MAX_PAGE_CHARS:
        return text, False
    cut = text.rfind("\n", 0, MAX_PAGE_CHARS)
    return text[: cut if cut > 0 else MAX_PAGE_CHARS], True


def _page_text(raw: RawDoc) -> tuple[str, RawDoc]:
    """The page text to classify; HTML goes through trafilatura first.

    A title hint that is only a site's address ("KABARKITA.CO", the blog's name in its
    heading) is no headline: the other part of the ``<title>`` ("Headline - KABARKITA.CO")
    is taken instead (:func:`_headline_beside_site`). A raw HTTP response ("curl -i") is
    read past its headers (:func:`~warta.clean.http_response.split_http_preamble`): the
    page under them, HTML even when the record called it text."""
    raw = _document_clipping(raw)
    raw = _referenced_story(raw)
    raw = _wiki_story(raw)
    raw = _saved_page(raw)
    raw = _chat_export_story(raw)
    raw = _notebook_story(raw)
    raw = _confluence_story(raw)
    raw = _card_story(raw)
    raw = _outline_story(raw)
    raw = _mail_story(raw)
    raw = _chat_story(raw)
    raw = _exported_mention(raw)
    raw = _dumped_row(raw)
    raw = _noted_story(raw)
    raw = _indexed_story(raw)
    raw = _issue_story(raw)
    raw = _extracted_story(raw)
    preamble, page = split_http_preamble(raw.content)
    if preamble is not None:
        html_page = raw.format == "html" or looks_like_html(page)
        raw = replace(raw, content=page, format="html" if html_page else raw.format)
    if raw.format != "html":
        return raw.content, raw
    from warta.ingest.html import extract_html, without_note_dates, writes_day_for_machines

    text, hinted = extract_html(raw)
    hint = hinted.title
    if hint and not raw.title:
        if _SITE_NAME_RE.match(hint):
            hinted = replace(hinted, title=_headline_beside_site(raw.content, hint))
        elif _is_site_heading(raw.content, hint) or _is_section_name(raw.content, hint):
            # The site's or a section's name: the headline is the markup's entry title,
            # else the lines'.
            hinted = replace(hinted, title=_markup_headline(raw.content))
    if not hinted.published:
        # No date in the markup's metadata: the page's words give it, an element classed
        # as the publication date, else the story's meta line under its headline (a
        # release's "Tanggal: ..." that trafilatura leaves out of the story's text).
        # (a note app's own dates, when it saved or edited the note, are none of these)
        page = without_note_dates(raw.content)
        under = _date_under_headline(page) or _date_over_headline(page)
        published = _classed_publication_date(raw.content) or under
        hinted = replace(hinted, published=published)
    elif not raw.published and not writes_day_for_machines(
        without_note_dates(raw.content), raw.url, hinted.published
    ):
        # The markup reader took the day from the page's words: the date line under the
        # headline says when the story came out (a sidebar's date is another story's).
        # Without one, the story's lead, when its dateline states a day, outranks a day
        # found elsewhere in the page's words (a sidebar's latest news over another story).
        # The site header's "today" is never the story's day: it only dates the page
        # (:func:`_site_header_day`, read with the page's other dates in the metadata).
        words_day: str | None = hinted.published
        if words_day == _site_header_day(raw.content):
            words_day = None
        hinted = replace(
            hinted,
            published=_date_under_headline(raw.content) or _lead_dateline_day(text) or words_day,
        )
    return text, hinted


def _document_clipping(raw: RawDoc) -> RawDoc:
    """A word processor's document (a monitoring vendor's or a desk's clipping) read as
    its text: an RTF document (:func:`~warta.ingest.rtf.read_rtf_clipping`, control words
    off) or a flat OpenDocument (:func:`~warta.ingest.flat_odf.read_flat_odf`, whether the
    record called it HTML or text: its XML is no page). Under a field table only the
    article, at the address and on the publication date the table gives; the clipping
    date and the document's own dates (created, saved) are the desk's, never the story's."""
    from warta.ingest.field_table import Clipping
    from warta.ingest.flat_odf import read_flat_odf
    from warta.ingest.rtf import read_rtf_clipping

    clip: Clipping | None = None
    if raw.format == "text" and raw.content.lstrip().startswith("{\\rtf"):
        clip = read_rtf_clipping(raw.content)
    elif raw.content.lstrip("\ufeff \t\r\n")[:1] == "<":
        clip = read_flat_odf(raw.content, raw.provenance.locator())
    if clip is None:
        return raw
    return _read_as(raw, clip.text, "text", published=clip.published, url=clip.url)


def _read_as(
    raw: RawDoc,
    text: str,
    fmt: DocFormat | None = None,
    *,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> RawDoc:
    """``raw`` holding ``text`` (in format ``fmt``, else its own): what an export or a
    saved record held, with its headline, date and address as hints where the container
    gave none of its own (a container's hint is what the analyst's tool recorded)."""
    return replace(
        raw,
        content=text,
        format=fmt or raw.format,
        title=raw.title or title,
        published=raw.published or published,
        url=raw.url or url,
    )


def _read_story(raw: RawDoc, story: ExportedStory, fmt: DocFormat | None = None) -> RawDoc:
    """``raw`` read as the article an export reader found in it (see :func:`_read_as`),
    its publication day parsed from the words the export wrote it in."""
    published = parse_date_string(story.published) if story.published else None
    iso = published.iso if published else None
    return _read_as(raw, story.text, fmt, title=story.title, published=iso, url=story.url)


def _saved_page(raw: RawDoc) -> RawDoc:
    """A page kept inside a wrapper read as the HTML page it holds, at the address the
    wrapper names, whether the record called it HTML or text: a browser's single-file save
    (MHTML, :func:`~warta.ingest.mhtml.read_mhtml`), a WARC record saved as a page of its
    own (:func:`~warta.ingest.warc_text.read_warc_text`), a browser's network log (HAR,
    :func:`~warta.ingest.har.read_har`) or, for a text record only (an
    HTML record is the page itself), a source copied from the browser's "view-source:"
    view with its line numbers (:func:`~warta.ingest.view_source.read_view_source`).
    Read before a mail: an MHTML header block has a sender, a subject and a date too. The
    wrappers' own dates (saved, fetched, requested) date nothing."""
    from warta.ingest.har import read_har
    from warta.ingest.mhtml import read_mhtml
    from warta.ingest.view_source import read_view_source
    from warta.ingest.warc_text import read_warc_text

    readers: list[Callable[[str, str], SavedPage | None]] = [read_mhtml, read_warc_text, read_har]
    if raw.format == "text":
        readers.append(read_view_source)
    for read in readers:
        page = read(raw.content, raw.provenance.locator())
        if page is not None:
            return replace(raw, content=page.html, format="html", url=raw.url or page.url)
    return raw


def _chat_export_story(raw: RawDoc) -> RawDoc:
    """A chat channel's JSON export (:mod:`warta.ingest.slack_export`) read as the article
    posted in it, with the headline, the date field and the address of the attachment
    that carries it; the messages' stamps say when it was posted and date nothing.

    Raises :class:`MalformedInputError` for an export that carries no article."""
    from warta.ingest.slack_export import (
        looks_like_slack_export,
        read_slack_export,
        slack_export_error,
    )

    if not looks_like_slack_export(raw.content):
        return raw
    story = read_slack_export(raw.content)
    if story is None:
        raise slack_export_error(raw.provenance.locator())
    return _read_story(raw, story, "text")


def _notebook_story(raw: RawDoc) -> RawDoc:
    """A Jupyter notebook (:mod:`warta.ingest.notebook`) read as the article one of its
    cells printed, with the headline, publication date and address of the printed head
    (or the page the cell fetched); the code, the team's notes and the other outputs are
    no part of it. Raises :class:`MalformedInputError` for a broken notebook or one that
    printed no article."""
    if raw.content.lstrip("\ufeff \t\r\n")[:1] != "{":
        return raw
    from warta.ingest.notebook import read_notebook

    story = read_notebook(raw.content, raw.provenance.locator())
    if story is None:
        return raw
    return _read_story(raw, story, "text")


def _confluence_story(raw: RawDoc) -> RawDoc:
    """A Confluence page fetched as the REST API's JSON or exported to HTML
    (:mod:`warta.ingest.confluence_page`) read as the article its body holds, with its
    headline, and the address and publication date of the page's field table; the page's
    title, its created and edited stamps, a clipping date, the team's panels and tasks
    are no part of it. Raises
    :class:`MalformedInputError` for a broken page or one holding no article."""
    from warta.ingest.confluence_page import read_confluence_export, read_confluence_page

    where = raw.provenance.locator()
    if raw.content.lstrip("\ufeff \t\r\n")[:1] == "{":
        story = read_confluence_page(raw.content, where)
    elif raw.format == "html":
        story = read_confluence_export(raw.content, where)
    else:
        return raw
    if story is None:
        return raw
    return _read_story(raw, story, "text")


def _card_story(raw: RawDoc) -> RawDoc:
    """A kanban card's JSON export (:mod:`warta.ingest.trello_export`) read as the article
    pasted in its description, with its headline and the source its fields name. The
    card's dates (activity, due, attachments, comments) are the team's and date nothing;
    the story's own date line does. A board's export of several cards is read one card a
    document by the ingest layer. Raises :class:`MalformedInputError` for a broken card,
    one holding no article, or a board read as one record."""
    if raw.content.lstrip()[:1] != "{":
        return raw
    from warta.ingest.trello_export import card_export_error, read_card_export

    where = raw.provenance.locator()
    stories = read_card_export(raw.content, where)
    if stories is None:
        return raw
    story = stories[0] if len(stories) == 1 else None
    if story is None:
        raise card_export_error(where, f"it holds {len(stories)} cards: read it as a .json file")
    return _read_as(raw, story.text, "text", title=story.title, url=story.url)


def _outline_story(raw: RawDoc) -> RawDoc:
    """An outliner's Markdown page (:mod:`warta.ingest.outline_page`) read as the article
    its blocks hold, with the headline, publication day and source its page properties
    give; the team's blocks (summary, tasks) and its clipping date are no part of it."""
    if raw.format != "text":
        return raw
    from warta.ingest.outline_page import read_outline_page

    page = read_outline_page(raw.content)
    if page is None:
        return raw
    return _read_story(raw, page)


def _chat_story(raw: RawDoc) -> RawDoc:
    """A chat channel's export read as the story pasted into it: the longest message
    (:func:`~warta.clean.chat_export.read_chat_export`). The channel's head, the other
    messages, link previews and reactions are the channel's, never the story's; the
    messages' clocks say when it was posted, not published, so they date nothing."""
    story = read_chat_export(raw.content) if raw.format == "text" else None
    return raw if story is None else replace(raw, content=story)


def _exported_mention(raw: RawDoc) -> RawDoc:
    """A text record holding a media-monitoring export of one mention
    (:func:`~warta.ingest.mention_export.read_mention_export`) read as that mention's
    article, its headline, date and address from the row's columns; the service's columns
    (sentiment, reach, the analyst's note) are no part of it. An export of many mentions is
    read one article per row by the ingest layer (a ``.csv`` file)."""
    if raw.format != "text":
        return raw
    from warta.ingest.mention_export import looks_like_mention_export, read_mention_export

    if not looks_like_mention_export(raw.content):
        return raw
    mentions = read_mention_export(raw.content)
    if mentions is None or len(mentions) != 1:
        return raw
    row = mentions[0]
    return _read_as(raw, row.text, title=row.title, published=row.published, url=row.url)


def _dumped_row(raw: RawDoc) -> RawDoc:
    """A text record holding a database dump of one article's row
    (:func:`~warta.ingest.sql_dump.read_sql_dump`) read as that row's article, its
    headline, date and address from the columns the table names; the desk's columns
    (caption, summary, sentiment, collection time) are no part of it. Raises
    :class:`MalformedInputError` for a dump cut short, one holding no article, or one of
    several articles."""
    if raw.format != "text":
        return raw
    from warta.ingest.sql_dump import read_sql_dump, sql_dump_error

    where = raw.provenance.locator()
    rows = read_sql_dump(raw.content, where)
    if rows is None:
        return raw
    if len(rows) > 1:
        raise sql_dump_error(where, rows=len(rows))
    row = rows[0]
    return _read_as(raw, row.text, title=row.title, published=row.published, url=row.url)


def _referenced_story(raw: RawDoc) -> RawDoc:
    """A text record holding a reference manager's RIS export of one item
    (:func:`~warta.ingest.ris.read_ris`) read as the article its note holds, with the
    headline, publication date and address of the record's fields. The record's abstract
    and keywords are no part of the article, and its access date (``Y2``) dates nothing.
    An export of many items is read one article per record by the ingest layer (a
    ``.ris`` file). Raises :class:`MalformedInputError` for a broken export, or one whose
    record holds no article."""
    if raw.format != "text":
        return raw
    from warta.ingest.ris import looks_like_ris, read_ris, ris_error

    if not looks_like_ris(raw.content):
        return raw
    where = raw.provenance.locator()
    records = [r for r in read_ris(raw.content, where) or [] if r is not None]
    if not records:
        raise ris_error(where)
    if len(records) > 1:
        raise ris_error(where, items=len(records))
    record = records[0]
    return _read_as(
        raw, record.text, title=record.title, published=record.published, url=record.url
    )


def _wiki_story(raw: RawDoc) -> RawDoc:
    """A text record holding a wiki page's source (:func:`~warta.ingest.wikitext.read_wikitext`)
    read as the article it holds: the text of its article section, cleaned as any page's
    is, with the headline, publication date and address of the page's template. The
    template's archiving date, the team's summary, notes and categories are no part of
    it. Raises :class:`MalformedInputError` for a page cut short or holding no text."""
    if raw.format != "text" or raw.content.lstrip("\ufeff \t\r\n")[:2] not in ("{{", "=="):
        return raw
    from warta.ingest.wikitext import read_wikitext

    story = read_wikitext(raw.content, raw.provenance.locator())
    if story is None:
        return raw
    return _read_story(raw, story)


def _noted_story(raw: RawDoc) -> RawDoc:
    """A note app's export of one note (:func:`~warta.ingest.note_export.read_note_export`)
    read as the page pasted into it, at the address of the link attached to the note. The
    page's text is cleaned as any page's is; the note's label and its save and edit
    stamps are the reader's, so none of them titles or dates the story."""
    if raw.content.lstrip()[:1] != "{":
        return raw
    from warta.ingest.note_export import read_note_export

    story = read_note_export(raw.content)
    if story is None:
        return raw
    return replace(raw, content=story.text, format="text", url=raw.url or story.url)


def _indexed_story(raw: RawDoc) -> RawDoc:
    """A media-monitoring index's hit, a read-later service's saved entry or a scraper's
    exported item, kept as a page (:func:`~warta.ingest.index_hit.read_index_hit`), read
    as the article it holds: its text, headline and address from the hit's source, its
    publication stamp read on the desk's clock (:func:`~warta.ingest.index_hit.local_day`:
    a UTC stamp on the day the story's address or its lead states, when one of Indonesia's
    zones gives it). The service's fields (crawl time, sentiment, entity lists) are no
    part of it; nor are a database export's log lines around its record, nor a message
    queue consumer's command line and lines about the message around it. Raises
    :class:`MalformedInputError` for a list of records that is broken
    (a scraper's feed cut short) or holds several articles
    (:func:`~warta.ingest.index_hit.item_list_error`)."""
    from warta.ingest.consumer_output import opens_like_consumer_output
    from warta.ingest.mongo_export import opens_like_export

    if not (
        raw.content.lstrip()[:1] == "["
        or opens_like_export(raw.content)
        or opens_like_consumer_output(raw.content)
    ):
        return raw
    from warta.ingest.index_hit import item_list_error, local_day, read_index_hit

    story = read_index_hit(raw.content)
    if story is None:
        error = item_list_error(raw.content, raw.provenance.locator())
        if error is not None:
            raise error
        return raw
    url = raw.url or story.url
    return replace(
        raw,
        content=story.text,
        format="text",
        title=raw.title or story.title,
        published=raw.published or local_day(story.stamp, _stated_day(url, story.text)),
        url=url,
    )


def _issue_story(raw: RawDoc) -> RawDoc:
    """An issue tracker's XML export of one ticket
    (:func:`~warta.ingest.issue_export.read_issue_export`) read as the article pasted into
    it, whether the record called it HTML or text (an RSS reader would take the ticket's
    filing date for the story's): its text cleaned as any page's, the headline the ticket
    names, the address of its source line. The ticket's dates are never the story's; its
    own date line dates it. Raises
    :class:`MalformedInputError` for a broken export."""
    if raw.content.lstrip()[:1] != "<":
        return raw
    from warta.ingest.issue_export import read_issue_export

    story = read_issue_export(raw.content, raw.provenance.locator())
    if story is None:
        return raw
    return _read_as(raw, story.text, "text", title=story.title, url=story.url)


def _extracted_story(raw: RawDoc) -> RawDoc:
    """An extractor's XML output saved as a file (trafilatura's ``<doc>`` or TEI,
    :func:`~warta.ingest.extractor_xml.read_extractor_xml`) read as the article it holds:
    its paragraphs as the page's text, which the page rules still clean (an extractor
    keeps captions, "Baca juga" lines and credits), and its headline, date and address as
    the container's hints. Raises :class:`MalformedInputError` for one holding no text."""
    if raw.content.lstrip()[:1] != "<":
        return raw
    from warta.ingest.extractor_xml import read_extractor_xml

    story = read_extractor_xml(raw.content, raw.provenance.locator())
    if story is None:
        return raw
    return _read_as(
        raw, story.text, "text", title=story.title, published=story.published, url=story.url
    )


def _stated_day(url: str | None, text: str) -> str | None:
    """The day a story states for itself, in its local time: the one its address writes,
    else the first full date of its lead (its dateline's, "Rabu (2/12/2026)")."""
    from_url = date_from_url(url)
    if from_url is not None and from_url.day is not None:
        return from_url.iso
    lead = text.split("\n\n", 1)[0]
    return next((d.date.iso for d in find_dates(lead) if d.date.day is not None), None)


# The lines of a mail's story searched for a date of its own (its dateline).
MAIL_DATE_SCAN_LINES = 30


def _mail_story(raw: RawDoc) -> RawDoc:
    """A saved e-mail read as the story it carries
    (:func:`~warta.clean.mail_message.read_mail_message`): its text part decoded, HTML
    when the part is. The subject is a title candidate, put over the story unless a line
    of the story reads the same (a release prints its own headline, which then stays the
    title as the line closest over the lead); a text part keeps the header block over it,
    to be labelled and set aside as mail furniture. The Date field is when the mail was sent:
    only a story with no date of its own near its top is dated so."""
    mail = read_mail_message(raw.content) if raw.format == "text" else None
    if mail is None:
        return raw
    body = mail.body
    if mail.subject and not mail.is_html:
        said = {normalise(line) for line in body.splitlines() if line.strip()}
        if normalise(mail.subject) not in said:
            body = f"{mail.subject}\n\n{body}"
    published = raw.published or (None if _dates_itself(body) else mail.date)
    if not mail.is_html:
        # the header block stays over the story: its lines are labelled and set aside
        body = f"{mail.header}\n\n{body}"
    return replace(
        raw,
        content=body,
        format="html" if mail.is_html else "text",
        published=published,
        title=raw.title or (mail.subject if mail.is_html else None),
    )


# A date line alone is a few words ("Kamis, 10 Desember 2026 | 08.00 WIB").
DATE_LINE_MAX_WORDS = 8
# The paragraphs of an extracted page searched for the lead: a caption or a meta line
# or two may stand over it.
LEAD_SCAN_PARAGRAPHS = 4


def _lead_dateline_day(text: str) -> str | None:
    """The ISO day the story's lead states in its dateline ("Kota, 3 Maret 2026 – ..."),
    from the first paragraphs of ``text``; None when no lead dates itself so."""
    for para in text.split("\n\n")[:LEAD_SCAN_PARAGRAPHS]:
        dateline = split_dateline(para.strip())[0]
        found = find_dates(dateline) if dateline else []
        if found and found[0].date.day is not None:
            return found[0].date.iso
    return None


def _dates_itself(story: str) -> bool:
    """Whether a story states its own date near its top: a lead's dateline with a date
    ("Kota, 3 Maret 2026 – ...") or a date line alone. A date inside a sentence ("mulai
    21 Desember") is what the story tells, not when it was issued."""
    for line in story.splitlines()[:MAIL_DATE_SCAN_LINES]:
        dateline = split_dateline(line.strip())[0]
        if dateline and find_dates(dateline):
            return True
        if len(line.split()) <= DATE_LINE_MAX_WORDS and find_dates(line):
            return True
    return False


# An element whose class says it holds the publication date ("first-published",
# "entry-date", "post-date", "date-published", "posted-on"), not a revision's ("updated",
# "modified") nor a bare "date"/"tanggal" (a site header's "today" is classed so too).
_PUBLISHED_CLASS_RE = re.compile(
    r"<(?P<tag>p|div|span|time|small|li)\b[^>]*\bclass\s*=\s*[\"'](?P<cls>[^\"']*)[\"'][^>]*>"
    r"(?P<text>.{1,300}?)</(?P=tag)>",
    re.IGNORECASE | re.DOTALL,
)
_PUBLISHED_CLASSES = re.compile(
    r"\b(?:first-published|published|date-published|publish-date|published-date|entry-date|"
    r"post-date|posted-on|tanggal-terbit|terbit)\b",
    re.IGNORECASE,
)


def _classed_publication_date(page: str) -> str | None:
    """The ISO date of the first element classed as the publication date (see
    :data:`_PUBLISHED_CLASS_RE`) that states a full date, or ``None``: trafilatura drops
    such a line when it stands outside the story's text ("<p class="first-published">
    Terbit pertama 3 Mei 2024</p>" under the body)."""
    for m in _PUBLISHED_CLASS_RE.finditer(page):
        classes = m.group("cls")
        if not _PUBLISHED_CLASSES.search(classes) or re.search(r"updated|modified", classes, re.I):
            continue
        text = _TAG_RE.sub(" ", html.unescape(m.group("text")))
        for found in find_dates(text):
            if found.date.day is not None:
                return found.date.iso
    return None


# The markup between the main heading and the story's first paragraph: the story's meta
# (date, author, counters) a few hundred characters long.
HEADLINE_META_CHARS = 1500
_MAIN_HEADING_END_RE = re.compile(r"</h1\s*>", re.IGNORECASE)
_FIRST_PARAGRAPH_RE = re.compile(r"<p\b", re.IGNORECASE)


def _date_under_headline(page: str) -> str | None:
    """The ISO date of a date line standing between the page's main heading (``<h1>``) and
    the story's first paragraph, an element holding a full date and a few words at most
    ("<span>Selasa, 1 Desember 2026</span>", or a short paragraph of its own), or
    ``None``. The story's meta stands under its headline; a site's "today" stands in the
    header above it. trafilatura keeps neither line in the story's text."""
    heading = _MAIN_HEADING_END_RE.search(page)
    if heading is None:
        return None
    meta = page[heading.end() : heading.end() + HEADLINE_META_CHARS]
    paragraph = _FIRST_PARAGRAPH_RE.search(meta)
    pieces = _TAG_RE.split(meta[: paragraph.start()] if paragraph else meta)
    # A date line may be a paragraph element of its own, as a word processor writes every
    # line: short paragraphs over the story's first are read whole, never its words.
    for m in _PARAGRAPH_ELEMENT_RE.finditer(meta[paragraph.start() :] if paragraph else ""):
        pieces.append(_TAG_RE.sub(" ", m.group(1)))
        if len(pieces[-1].split()) > DATE_LINE_MAX_WORDS:
            break
    return _first_date_line(pieces) or _first_date_line(_badge_texts(pieces))


def _date_over_headline(page: str) -> str | None:
    """The ISO date of a date line standing right over the page's main heading (``<h1>``):
    the last text before it, below the site's menu (a ``<nav>``, or the ``<header>`` that
    holds it), or ``None``. Some sites set the story's date over its headline, under the
    breadcrumb; the site's "today" stands above the menu (:func:`_site_header_day`), and
    a date with no menu above it could be either, so it is not read.

    >>> _date_over_headline('<header><nav><a>Home</a></nav></header><div>Berita</div>'
    ...     '<div>Senin, 7 Juni 2027</div><h1>Judul Berita Kota</h1>')
    '2027-06-07'
    >>> _date_over_headline('<div>Senin, 7 Juni 2027</div><h1>Judul Berita Kota</h1>') is None
    True
    >>> _date_over_headline('<nav><a>Home</a></nav><div>Senin, 7 Juni 2027</div>'
    ...     '<div>Ekonomi</div><h1>Judul Berita Kota</h1>') is None
    True
    """
    heading = _MAIN_HEADING_START_RE.search(page)
    if heading is None:
        return None
    menus = list(_MENU_END_RE.finditer(page, 0, heading.start()))
    if not menus:
        return None
    above = _SCRIPT_OR_STYLE_RE.sub(" ", page[menus[-1].end() : heading.start()])
    pieces = [piece for piece in _TAG_RE.split(above) if html.unescape(piece).strip()]
    return _first_date_line(pieces[-1:])


def _badge_texts(pieces: list[str]) -> Iterator[str]:
    """Each run of three consecutive non-blank ``pieces`` read as one line: a date badge
    sets its day, month and year in elements of their own ("<span>04</span>
    <span>Nov</span> <span>2026</span>"), which a reader sees as one date.

    >>> list(_badge_texts(["04", " ", "Nov", "2026"]))
    ['04 Nov 2026']
    """
    filled = [piece.strip() for piece in pieces if piece.strip()]
    for i in range(len(filled) - 2):
        yield " ".join(filled[i : i + 3])


def _first_date_line(pieces: Iterable[str]) -> str | None:
    """The ISO day of the first of ``pieces`` (texts between tags) that is a date line: a
    full date and a few words at most (a weekday, a clock); None when none is."""
    for piece in pieces:
        text = " ".join(html.unescape(piece).split())
        if not text or len(text.split()) > DATE_LINE_MAX_WORDS:
            continue
        found = find_dates(text)
        if found and found[0].date.day is not None:
            return found[0].date.iso
    return None


_PARAGRAPH_ELEMENT_RE = re.compile(r"<p\b[^>]*>(.{0,600}?)</p\s*>", re.IGNORECASE | re.DOTALL)

# The site's header over the story: from the page's <body> to the end of its first menu
# (a <nav>, or the <header> holding it), when that ends above the main heading.
_BODY_START_RE = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_MAIN_HEADING_START_RE = re.compile(r"<h1\b", re.IGNORECASE)
_MENU_END_RE = re.compile(r"</(?:nav|header)\s*>", re.IGNORECASE)
_SCRIPT_OR_STYLE_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# A paper's top bar naming its edition ("Edisi Senin, 7 Juni 2027"): the issue's day,
# a printed folio's, not the day the page was served.
_EDITION_RE = re.compile(r"\b(?:edisi|edition)\b", re.IGNORECASE)


def _site_header_day(page: str) -> str | None:
    """The ISO day of the site header's "today" line: a date line (see
    :func:`_first_date_line`) standing above the site's first menu (a ``<nav>``, or the
    ``<header>`` that holds it), the menu above the page's main heading (``<h1>``). It says
    when the page was served, never when the story came out; trafilatura leaves it out of
    the story's text, yet reads it as the page's date when the markup states none. None
    when no such line stands there (a date under the menu, right over the headline, may
    be the story's own).

    >>> _site_header_day('<body><div class="top">Kamis, 3 Juni 2027</div><header><nav>'
    ...     '<a>Home</a> <a>Daerah</a></nav></header><h1>Judul Berita Kota</h1>')
    '2027-06-03'
    >>> _site_header_day('<body><nav><a>Home</a></nav><div>Kamis, 3 Juni 2027</div>'
    ...     '<h1>Judul Berita Kota</h1>') is None
    True
    """
    heading = _MAIN_HEADING_START_RE.search(page)
    if heading is None:
        return None
    body = _BODY_START_RE.search(page, 0, heading.start())
    start = body.end() if body else 0
    menu = _MENU_END_RE.search(page, start, heading.start())
    if menu is None:
        return None
    header = _SCRIPT_OR_STYLE_RE.sub(" ", page[start : menu.start()])
    return _first_date_line(p for p in _TAG_RE.split(header) if not _EDITION_RE.search(p))


# The story's own heading in the markup: an element classed as the entry's title
# ("entry-title", "post-title", "article-title", "news-title", "headline"), else the
# first <h1>/<h2> inside <article>.
_ENTRY_TITLE_RE = re.compile(
    r"<(?P<tag>h1|h2|h3|div|p|span)\b[^>]*\bclass\s*=\s*[\"'][^\"']*\b(?:entry-title|post-title|"
    r"article-title|news-title|headline|judul(?:-berita|-artikel)?)\b[^\"']*[\"'][^>]*>(?P<text>.{1,400}?)</(?P=tag)>",
    re.IGNORECASE | re.DOTALL,
)
_ARTICLE_HEADING_RE = re.compile(
    r"<article\b[^>]*>.*?<(?P<tag>h1|h2)\b[^>]*>(?P<text>.{1,400}?)</(?P=tag)>",
    re.IGNORECASE | re.DOTALL,
)


def _markup_headline(page: str) -> str | None:
    """The headline the markup marks as the story's (see :data:`_ENTRY_TITLE_RE`), or
    ``None``."""
    m = _ENTRY_TITLE_RE.search(page) or _ARTICLE_HEADING_RE.search(page)
    if m is None:
        return None
    text = " ".join(_TAG_RE.sub(" ", html.unescape(m.group("text"))).split())
    return text or None


# An element naming the site in its class: "site-title", "site-name", "blog-title", "logo".
_SITE_HEADING_RE = re.compile(
    r"<(?P<tag>h1|h2|p|div|a|span)\b[^>]*\bclass\s*=\s*[\"'][^\"']*\b(?:site-title|site-name|"
    r"blog-title|blog-name|site-branding|brand|logo)\b[^\"']*[\"'][^>]*>(?P<text>.{1,200}?)</(?P=tag)>",
    re.IGNORECASE | re.DOTALL,
)


def _is_site_heading(page: str, title: str) -> bool:
    """``title`` is the text of the element that names the site ("<h1
    class="site-title">Surau Kita</h1>"): the site's name, never the story's headline."""
    key = _norm_words(title)
    return any(
        _norm_words(_TAG_RE.sub(" ", html.unescape(m.group("text")))) == key
        for m in _SITE_HEADING_RE.finditer(page)
    )


# A section's name is a word or three ("Berita", "Siaran Pers"); a headline says more.
SECTION_NAME_MAX_WORDS = 3
_LINK_TEXT_RE = re.compile(r"<a\b[^>]*>([^<]{1,80})</a\s*>", re.IGNORECASE)


def _is_section_name(page: str, title: str) -> bool:
    """``title`` (the ``<title>``'s part beside the site's name) is the name of a section
    of the site, as an old template titles every story of the section ("Berita - Kantor
    Dinas"): a word or three that a link of the page's menu reads too. A story's headline
    is a sentence's worth of words, and no menu entry."""
    key = _norm_words(title)
    if not key or len(key.split()) > SECTION_NAME_MAX_WORDS:
        return False
    return any(_norm_words(html.unescape(m.group(1))) == key for m in _LINK_TEXT_RE.finditer(page))


def _norm_words(text: str) -> str:
    return " ".join(text.split()).lower()


# A site's address used as its name: "KABARKITA.CO", "Situs.com", "kabar.co.id".
_SITE_NAME_RE = re.compile(r"^\s*(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2}\s*$")
_TITLE_TAG_RE = re.compile(r"<title[^>]*>([^<]{1,1000})</title>", re.IGNORECASE)
# The separators a <title> puts between the headline and the site's name.
_TITLE_SEP_RE = re.compile(r"\s+(?:[-|–—·:•»]|::)\s+")


def _headline_beside_site(page: str, site: str) -> str | None:
    """The longest other part of the page's ``<title>`` when one of its parts is the site
    name ``site``; else ``None`` (no hint: the line classifier finds the headline)."""
    m = _TITLE_TAG_RE.search(page)
    if not m:
        return None
    parts = [p.strip() for p in _TITLE_SEP_RE.split(html.unescape(m.group(1))) if p.strip()]
    key = site.strip().lower()
    if key not in {p.lower() for p in parts}:
        return None
    others = [p for p in parts if p.lower() != key]
    return max(others, key=len) if others else None


# A picture's caption in the markup: a <figcaption>, or emphasised text right after an
# <img> (a line break between), as content systems print it under the picture.
_FIGCAPTION_RE = re.compile(r"<figcaption\b[^>]*>(.{1,600}?)</figcaption>", re.I | re.S)
_IMG_EM_RE = re.compile(
    r"<img\b[^>]{0,600}>\s*(?:<br\s*/?>\s*)?<(em|i|small)\b[^>]*>([^<]{1,600})</\1>", re.I
)
_TAG_RE = re.compile(r"<[^>]+>")
# ... or an element whose class names a caption: <p class="keterangan">, <div
# class="img-caption">, <span class="ket-foto">, <p class="wp-caption-text">.
_CLASSED_RE = re.compile(
    r"<(p|div|span|small|em|i)\b[^>]*?\bclass\s*=\s*[\"']([^\"']{1,200})[\"'][^>]*>", re.I
)
_CAPTION_CLASSES = frozenset({"caption", "captions", "ket", "keterangan", "figcaption"})
# A caption is a sentence or two: the text read up to the element's end, at most.
CAPTION_MAX_CHARS = 600


def _classed_captions(page: str) -> list[str]:
    """The texts of the elements whose class names a caption (:func:`_names_a_caption`),
    each up to its closing tag (an element opened inside another is read too)."""
    found = []
    for m in _CLASSED_RE.finditer(page):
        if not _names_a_caption(m.group(2)):
            continue
        close = re.compile(rf"</{m.group(1)}\s*>", re.I).search(page, m.end())
        if close and close.start() - m.end() <= CAPTION_MAX_CHARS:
            found.append(page[m.end() : close.start()])
    return found


def _names_a_caption(classes: str) -> bool:
    """A class attribute one of whose words (split at spaces, hyphens and underscores)
    names a caption: "keterangan", "img-caption", "ket_foto"."""
    return bool(_CAPTION_CLASSES & set(re.split(r"[\s_-]+", classes.lower())))


def html_captions(page: str) -> frozenset[str]:
    """The normalised captions an HTML page marks as such (see :data:`_IMG_EM_RE` and
    :data:`_CLASSED_RE`).

    >>> sorted(html_captions('<p><img src="a.jpg"><br><em>Warga antre air.</em></p>'))
    ['warga antre air']
    >>> sorted(html_captions('<img src="b.png"><span class="img-caption">Warga antre air.</span>'))
    ['warga antre air']
    """
    found = [m.group(1) for m in _FIGCAPTION_RE.finditer(page)]
    found += [m.group(2) for m in _IMG_EM_RE.finditer(page)]
    found += _classed_captions(page)
    return frozenset(
        key for text in found if (key := normalise(html.unescape(_TAG_RE.sub(" ", text))))
    )


# A paragraph written wholly in emphasis: "<p><em>Ringkasan cerita.</em></p>".
_EMPHASISED_P_RE = re.compile(
    r"<p\b[^>]*>\s*<(em|i|strong|b)\b[^>]*>([^<]{10,600})</\1>\s*</p>", re.I
)


# An element whose class names it the story's deck: "detail__sub", "article-subtitle",
# "post-excerpt", "standfirst", "dek" (a class word, not part of a longer word: "subscribe").
_CLASSED_DECK_RE = re.compile(
    r"<(p|div|h2|h3|span)\b[^>]*\bclass\s*=\s*[\"'][^\"']*?(?<![a-z])(?:sub|sub-?title|"
    r"sub-?headline|excerpt|standfirst|deck|dek)(?![a-z])[^\"']*[\"'][^>]*>([^<]{10,600})</\1>",
    re.I,
)


def _mark_html_standfirst(labelled: list[Labelled], page: str) -> list[Labelled]:
    """The body's first line is a standfirst when the markup prints it as the page's first
    paragraph, wholly in emphasis, or in an element its class calls the deck ("subtitle",
    "excerpt", "standfirst"), with more body below: a deck over the story (a reader view
    keeps it, trafilatura too), never the lead."""
    body = [i for i, x in enumerate(labelled) if x.label == "body"]
    if len(body) < 2:
        return labelled
    decks = {normalise(html.unescape(m.group(2))) for m in _CLASSED_DECK_RE.finditer(page)}
    first_p = _EMPHASISED_P_RE.search(page)
    plain_p = re.search(r"<p\b[^>]*>\s*[^<\s]", page)
    if first_p is not None and (plain_p is None or first_p.start() <= plain_p.start()):
        decks.add(normalise(html.unescape(first_p.group(2))))
    first = body[0]
    if normalise(labelled[first].line.text) not in decks:
        return labelled
    out = list(labelled)
    out[first] = Labelled(labelled[first].line, "standfirst")
    return out


def _mark_html_captions(labelled: list[Labelled], page: str) -> list[Labelled]:
    """Body lines that the markup gives as a picture's caption are captions: a caption
    written as a plain sentence ("Warga antre di depan balai desa.") reads like prose."""
    captions = html_captions(page)
    if not captions:
        return labelled
    return [
        Labelled(x.line, "caption") if x.label in KEEP and normalise(x.line.text) in captions else x
        for x in labelled
    ]


def clean_document(raw: RawDoc, *, repeated: Collection[str] = ()) -> Article:
    """Separate the article from the page chrome and read its metadata.

    ``repeated`` holds normalised short lines seen across other documents of the same
    batch (:func:`repeated_lines`); they help recognise a site's recurring chrome. An
    article over :data:`MAX_ARTICLE_CHARS` is cut there and flagged :data:`OVERSIZE_FLAG`.
    """
    text, raw = _page_text(raw)
    text, oversize = _cap_page(text)
    text, repaired = repair_text(text)
    # A document downloaded with its comments: the comments and their anchors are the
    # document's readers', never the story's.
    comments, text = split_doc_comments(text) if raw.format == "text" else (None, text)
    front, text = split_front_matter(text)
    if not front and raw.format == "text":
        front, text = split_field_header(text)
    if not front and raw.format == "text":
        front, text = split_end_matter(text)
    if not front and raw.format == "text":
        front, text = split_org_capture(text)
    excerpt = None
    if front:
        # A clipped note's front matter says what a container would: title, address, date.
        excerpt, text = split_clip_excerpt(text)
        text = strip_heading_marks(text)
        raw = replace(
            raw,
            title=raw.title or front.title,
            url=raw.url or front.url,
            published=raw.published or front.published,
        )
    export, text = (
        split_read_later_export(text, raw.provenance.locator())
        if raw.format == "text" and not front
        else (None, text)
    )
    if export:
        # A read-later export's head says what a container would: title, address, date.
        raw = replace(
            raw,
            title=raw.title or export.title,
            url=raw.url or export.url,
            published=raw.published or export.published,
        )
    # A phone copy shows the page's address under its status bar (read before the bars go).
    address = phone_address(text) if raw.format == "text" else None
    # A phone copy stitched from screenshots reads as one page (bars and overlaps off).
    stitched = unstitch_screens(text) if raw.format == "text" else None
    if stitched:
        text = stitched.text
    crawler, text = split_crawler_prefix(text)
    if not raw.url and crawler_url(crawler):
        # A cache copy is read as the page it copies (its address gives host and date).
        raw = replace(raw, url=crawler_url(crawler))
    if address and not raw.url:
        # the address bar names the page, as a URL given with it would
        raw = replace(raw, url=address)
    labelled = classify_lines(split_lines(text), title_hint=raw.title, repeated=repeated)
    if raw.format == "html":
        labelled = _mark_html_captions(labelled, raw.content)
        labelled = _mark_html_standfirst(labelled, raw.content)

    removed: list[RemovedLine] = [RemovedLine(front.block, "front-matter")] if front else []
    if excerpt:
        removed.append(RemovedLine(excerpt, "clip-excerpt"))
    if comments:
        removed.append(RemovedLine(comments, "doc-comments"))
    if export:
        removed.append(RemovedLine(export.head, "export-head"))
    if stitched:
        removed += [RemovedLine(bar, "screen-bar") for bar in stitched.bars]
        removed += [RemovedLine(line, "screen-overlap") for line in stitched.overlaps]
    if crawler:
        removed.append(RemovedLine(crawler, "crawler-prefix"))
    paragraphs: list[str] = []
    subheadings: set[int] = set()
    dateline: str | None = None
    for item in labelled:
        if item.label not in KEEP:
            removed.append(RemovedLine(item.line.text, item.label))
            continue
        para = item.line.text
        if not paragraphs and item.label == "body":
            dateline, para = split_dateline(para)
            if not dateline:
                dateline, para = _outlet_dateline(para, labelled)
            if dateline:
                removed.append(RemovedLine(dateline, "dateline"))
        if item.label == "subheading":
            subheadings.add(len(paragraphs))
        paragraphs.append(para)

    credit = _set_credit_aside(paragraphs, subheadings)
    if credit:
        removed.append(RemovedLine(credit, "initials"))

    first_body = next((p for i, p in enumerate(paragraphs) if i not in subheadings), None)
    # An HTML page's header "today" is out of its text: the metadata reads it beside the lines.
    header_day = _site_header_day(raw.content) if raw.format == "html" else None
    meta = extract_metadata(
        raw, labelled, first_body, dateline, crawler=crawler, header_day=header_day
    )
    removed = _relabel_source_lines(removed, meta.original_source)

    flags = set()
    if repaired or raw.encoding_repairs:
        flags.add("encoding-repaired")
    if any(r.reason == "pagination" for r in removed):
        flags.add("continued")
    if is_truncated(paragraphs, subheadings):
        flags.add("truncated")
    paragraphs, cut = cap_paragraphs(paragraphs)
    if oversize or cut:
        flags.add(OVERSIZE_FLAG)
        subheadings = {i for i in subheadings if i < len(paragraphs)}
    body = PARAGRAPH_SEP.join(paragraphs)
    return Article(
        id=article_id(raw.provenance.locator()),
        source=raw.source,
        url=raw.url,
        title=meta.title,
        text=body,
        published=meta.published,
        published_evidence=meta.published_evidence,
        page_date=meta.page_date,
        host_site=meta.host_site,
        original_source=meta.original_source,
        wire_credits=meta.wire_credits,
        author_initials=meta.author_initials,
        language=detect_language(body),
        flags=tuple(sorted(flags)),
        removed=tuple(removed),
        subheadings=tuple(sorted(subheadings)),
        content_hash=content_hash(raw),
        provenance=raw.provenance,
        encoding_repairs=raw.encoding_repairs,
    )


# Lines set aside that are the story's or another's, not the site's chrome.
_STORY_LABELS = frozenset({"title", "repeated-title", "related", "caption", "standfirst"})
# A lead opened by the outlet's short name in capitals and a full stop: "KBN. Warga ...".
_OUTLET_STOP_RE = re.compile(
    r"^(?P<name>[A-Z][A-Z0-9]{1,9}(?:\s[A-Z][A-Z0-9]{1,9})?)\.\s+(?=[A-Z])"
)
# ... or by the outlet's name glued to the lead's first word by a hyphen, no space either
# side: "Situs9-Warga ...". Such a name is the site's address less its domain ending.
_OUTLET_GLUED_RE = re.compile(r"^(?P<name>[A-Z][A-Za-z0-9]{2,19})-(?=[A-Z][a-z])")


def _outlet_dateline(para: str, labelled: list[Labelled]) -> tuple[str | None, str]:
    """The outlet's name closed by a full stop opening the lead ("KBN. Warga desa ..."),
    or glued to its first word by a hyphen ("Kabar9-Warga desa ..."), as its dateline,
    and the rest; or ``(None, para)``. The name must be the site's own, shown on the
    page's chrome (its header, its copyright: "KBN.ID"): a word in capitals opening a
    sentence ("WASPADA. Warga ...") is the story's. A glued name must be the very name of
    an address the chrome shows ("KABAR9.COM"): a place glued to a place ("Jakarta-Bandung"),
    which a menu may name, is the story's words.

    >>> from warta.clean.shapes import Line
    >>> lines = [Labelled(Line(0, "KBN.ID", 0, 1, 1), "header")]
    >>> _outlet_dateline("KBN. Warga desa mengungsi.", lines)
    ('KBN.', 'Warga desa mengungsi.')
    >>> _outlet_dateline("WASPADA. Warga desa mengungsi.", lines)
    (None, 'WASPADA. Warga desa mengungsi.')
    >>> lines = [Labelled(Line(0, "Kota Lama", 0, 1, 2), "navigation"),
    ...          Labelled(Line(1, "© 2026 Kabar9.com", 0, 1, 3), "copyright")]
    >>> _outlet_dateline("Kabar9-Warga desa mengungsi.", lines)
    ('Kabar9-', 'Warga desa mengungsi.')
    >>> _outlet_dateline("Kota-Warga desa mengungsi.", lines)
    (None, 'Kota-Warga desa mengungsi.')
    """
    chrome = [
        item.line.text
        for item in labelled
        if item.label not in KEEP and item.label not in _STORY_LABELS
    ]
    m = _OUTLET_STOP_RE.match(para)
    if m is not None:
        name = normalise(m.group("name")).split()
        for words in (normalise(text).split() for text in chrome):
            if any(words[i : i + len(name)] == name for i in range(len(words))):
                return para[: m.end()].strip(), para[m.end() :]
        return None, para
    m = _OUTLET_GLUED_RE.match(para)
    if m is not None and any(
        address.split(".")[0].lower() == m.group("name").lower()
        for text in chrome
        for address in P.DOMAIN_RE.findall(text)
    ):
        return para[: m.end()], para[m.end() :]
    return None, para


def _set_credit_aside(paragraphs: list[str], subheadings: set[int]) -> str | None:
    """Take the reporter/editor credit off the end of the body (in place) and return it.

    The body ends with the story's last sentence: a closing credit ("... akhir bulan.
    (ton/r5)", :func:`~warta.clean.shapes.split_credit`) is set aside, and so is a last
    paragraph that is only a credit, unless it is all the body there is.
    """
    last = len(paragraphs) - 1
    if last < 0 or last in subheadings:
        return None
    head, credit = split_credit(paragraphs[last], closing=True)
    if credit is None or (not head and last == 0):
        return None
    if head:
        paragraphs[last] = head
    else:
        paragraphs.pop()
    return credit


def _relabel_source_lines(
    removed: list[RemovedLine], original_source: str | None
) -> list[RemovedLine]:
    """A header line naming the original source ("Kompas.com") is an attribution."""
    if not original_source:
        return removed
    key = normalise(original_source)
    return [
        RemovedLine(r.text, "attribution")
        if r.reason == "header" and normalise(r.text) == key
        else r
        for r in removed
    ]
