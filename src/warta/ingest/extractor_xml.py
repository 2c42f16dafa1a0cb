"""An extractor's XML output saved as a file, read as the article it holds.

trafilatura (``--xml``) writes what it took from a page as one ``<doc>`` element: the
page's metadata in attributes (``sitename``, ``title``, ``author``, ``date``, ``url``,
``hostname``, ``description``, ``categories``, ``tags``, ``fingerprint``) and the text
in ``<main>`` as block elements (``<p>``, ``<head>``, ``<list>``/``<item>``,
``<quote>``, a table's rows), then ``<comments>``. Its ``--xmltei`` variant writes a TEI
document: the metadata in ``<teiHeader>`` (``<title>``, ``<author>``, ``<publisher>``,
``<date>``, a ``<ptr type="URL">``) and the text in ``<text><body><div type="entry">``.
A news agency's feed delivers each story as a NewsML-G2 item (``<newsItem>``, alone or
in a ``<newsMessage>``): the headline, the dates (``firstCreated``, and ``versionCreated``
for a later version), the dateline, a summary and the rights notice in its metadata, the
story as XHTML in ``<inlineXML>``.
Read as a page of text, the tags and the attributes are the story's first line.
:func:`read_extractor_xml` gives the article: its paragraphs (the extractor's leftovers,
a caption, a "Baca juga" line, a credit, are still the page rules' to set aside), its
headline, date, address and site from the metadata. The reader comments are never part
of it.

>>> doc = (
...     '<doc sitename="Kabar Hulu" title="Jembatan Gantung Diperbaiki" '
...     'date="2026-12-01" url="https://kabarhulu.example/a/1">'
...     '<main><p>Jembatan gantung desa diperbaiki.</p><p>Warga ikut bergotong royong.</p>'
...     '</main><comments><p>Mantap!</p></comments></doc>'
... )
>>> story = read_extractor_xml(doc, "a.xml")
>>> story.title, story.published, story.url, story.site
('Jembatan Gantung Diperbaiki', '2026-12-01', 'https://kabarhulu.example/a/1', 'Kabar Hulu')
>>> story.text
'Jembatan gantung desa diperbaiki.\\n\\nWarga ikut bergotong royong.'
>>> read_extractor_xml("<doc>catatan rapat</doc>", "b.txt") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from warta.errors import MalformedInputError

__all__ = ["ExtractedStory", "looks_like_extractor_xml", "read_extractor_xml"]


@dataclass(frozen=True, slots=True)
class ExtractedStory:
    """The article an extractor's XML holds: its text as paragraphs separated by blank
    lines, and the metadata it gives (``None`` where it gives none)."""

    text: str
    title: str | None
    published: str | None
    url: str | None
    site: str | None


# The opening of trafilatura's <doc> (one of its metadata attributes on the root), of a
# TEI document or of a NewsML-G2 message or item, after an XML declaration at most.
_OPENING_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?"
    r"(?:<doc\b[^>]*\b(?:sitename|hostname|fingerprint|title|url)\s*="
    r"|<TEI\b[^>]*tei-c\.org"
    r"|<(?:newsMessage|newsItem)\b[^>]*iptc\.org/std/nar/)",
    re.IGNORECASE,
)
# A NewsML-G2 item's metadata: only the first creation dates the story; ``versionCreated``
# is when a later version (a correction) was sent.
_G2_DATES = ("firstCreated", "contentCreated", "versionCreated")
# Where a NewsML-G2 item holds its story: XHTML in ``inlineXML``, plain text in
# ``inlineData``.
_G2_BODIES = ("inlineXML", "inlineData")
# The head of a file looked at to tell an extractor's output (its root opens the file).
_HEAD_CHARS = 4096
# Blocks of text: each one paragraph of the article.
_BLOCKS = frozenset({"p", "head", "item", "quote", "row", "code", "ab"})
# Elements whose text is no part of the article: pictures, the reader comments.
_SKIPPED = frozenset({"graphic", "comments", "figure"})
_NS_RE = re.compile(r"\{[^}]*\}")


def looks_like_extractor_xml(content: str) -> bool:
    """Whether ``content`` opens as trafilatura's ``<doc>`` or TEI output, or as a
    NewsML-G2 item."""
    return _OPENING_RE.match(content[:_HEAD_CHARS]) is not None


def read_extractor_xml(content: str, where: str) -> ExtractedStory | None:
    """The article of an extractor's XML output, or ``None`` when ``content`` is none.

    Raises :class:`MalformedInputError`, naming ``where``, for an output that cannot be
    parsed or that holds no text (the extractor found no article on the page).
    """
    if not looks_like_extractor_xml(content):
        return None
    root = _parse(content, where)
    readers = {"TEI": _tei_story, "newsMessage": _newsml_story, "newsItem": _newsml_story}
    story = readers.get(_tag(root), _doc_story)(root)
    if not story.text:
        raise MalformedInputError(
            f"{where}: an extractor's XML output (<{_tag(root)}>) that holds no text: the "
            "extractor found no article on the page; save the page itself (HTML) instead",
            detail={"where": where},
        )
    return story


def _parse(content: str, where: str) -> Any:
    """The XML's root element: no entity resolved, no network, a broken tag recovered."""
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", content)  # lxml refuses a str with one
    root = etree.fromstring(text.strip(), parser) if text.strip() else None
    if root is None:
        raise MalformedInputError(
            f"{where}: opens as an extractor's XML output but cannot be read as XML; "
            "check that the file was saved whole",
            detail={"where": where},
        )
    return root


def _doc_story(root: Any) -> ExtractedStory:
    """trafilatura's ``<doc>``: metadata in attributes, the text in ``<main>`` (or, in
    older outputs, under the root itself)."""
    main = _first(root, "main")
    return ExtractedStory(
        text=_paragraphs(main if main is not None else root),
        title=_attr(root, "title"),
        published=_attr(root, "date"),
        url=_attr(root, "url") or _attr(root, "source"),
        site=_attr(root, "sitename") or _attr(root, "hostname"),
    )


def _tei_story(root: Any) -> ExtractedStory:
    """The TEI variant: metadata in the header's statements, the text in the body's
    ``<div type="entry">`` (the other division holds the comments)."""
    header = _first(root, "teiHeader")
    body = _first(root, "body")
    entry = next(
        (d for d in _elements(body) if _tag(d) == "div" and d.get("type") == "entry"),
        body,
    )
    ptr = next(
        (e for e in _elements(header) if _tag(e) == "ptr" and e.get("type", "").upper() == "URL"),
        None,
    )
    return ExtractedStory(
        text=_paragraphs(entry) if entry is not None else "",
        title=_text_of(header, "title"),
        published=_text_of(header, "date"),
        url=(ptr.get("target") if ptr is not None else None) or None,
        site=_text_of(header, "publisher"),
    )


def _newsml_story(root: Any) -> ExtractedStory:
    """A news agency's NewsML-G2 item (``<newsItem>``, alone or in a ``<newsMessage>``):
    the title from its ``<headline>``, the date from its first creation, the text from
    the XHTML body of its ``<inlineXML>`` (or its ``<inlineData>``). The rights notice,
    the summary, the editor's note and the subject codes are the item's record, not the
    story, and the body's own ``<head>`` repeats the headline."""
    item = root if _tag(root) == "newsItem" else _first(root, "newsItem")
    content = next((e for name in _G2_BODIES if (e := _first(item, name)) is not None), None)
    body = _first(content, "body") if content is not None else None
    link = next(
        (e.get("href") for e in _elements(item) if _tag(e) == "link" and e.get("href")),
        None,
    )
    return ExtractedStory(
        text=_paragraphs(body if body is not None else content) if content is not None else "",
        title=_text_of(item, "headline"),
        published=next((d for name in _G2_DATES if (d := _text_of(item, name))), None),
        url=link if link and link.startswith(("http://", "https://")) else None,
        site=_text_of(item, "creditline"),
    )


def _paragraphs(container: Any) -> str:
    """The blocks of ``container`` as paragraphs (a block's ``<lb/>`` a line break);
    loose text with no block around it is split at its line breaks."""
    blocks = list(_blocks(container))
    if not blocks:
        lines = _block_text(container).splitlines()
        blocks = [" ".join(line.split()) for line in lines if line.strip()]
    return "\n\n".join(b for b in blocks if b)


def _blocks(node: Any) -> Iterator[str]:
    """The text of each outermost block under ``node``, in order, skipping pictures
    and comments."""
    for child in node:
        if not isinstance(child.tag, str) or _tag(child) in _SKIPPED:
            continue
        if _tag(child) in _BLOCKS:
            yield "\n".join(" ".join(line.split()) for line in _block_text(child).splitlines())
        else:
            yield from _blocks(child)


def _block_text(node: Any) -> str:
    """A block's text, its ``<lb/>`` as line breaks, its cells apart by a space."""
    parts: list[str] = [node.text or ""]
    for child in node:
        if isinstance(child.tag, str) and _tag(child) not in _SKIPPED:
            if _tag(child) in ("lb", "br"):
                parts.append("\n")
            else:
                parts.append(_block_text(child))
                if _tag(child) == "cell":
                    parts.append(" ")
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _elements(node: Any) -> Iterator[Any]:
    if node is None:
        return
    yield from (e for e in node.iter() if isinstance(e.tag, str))


def _first(node: Any, name: str) -> Any:
    return next((e for e in _elements(node) if _tag(e) == name), None)


def _text_of(node: Any, name: str) -> str | None:
    """The text of the first ``name`` element under ``node`` that has some."""
    for element in _elements(node):
        if _tag(element) == name:
            text = " ".join("".join(element.itertext()).split())
            if text:
                return text
    return None


def _attr(node: Any, name: str) -> str | None:
    value = " ".join((node.get(name) or "").split())
    return value or None


def _tag(node: Any) -> str:
    return _NS_RE.sub("", str(node.tag))
