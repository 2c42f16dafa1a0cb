"""An outliner's Markdown page (Logseq's page file): the article its blocks hold.

A monitoring team that clips articles into an outliner keeps each as a page: property
lines ``key:: value`` at its top (``title::``, ``type::``, ``source::``, ``published::``,
``clipped::`` ...; links as ``[[...]]``), then outline blocks, one ``- `` bullet each,
nested by indentation, a continuation of a block on its next lines indented under it.
Top blocks that are headings (``- ## Teks artikel``) make sections: the article's text
under one, the team's summary or notes under others, and task blocks (``TODO``,
``DONE``) anywhere.

The properties are read as front matter is: the headline, the publication day (the
``published`` property; ``clipped`` is when the team saved it and dates nothing) and the
source's address. The article is the section holding the most words (a summary or a
list of notes is shorter than the story), each block a paragraph; a page without
heading sections is its blocks. The page's title property is the team's name for the
clipping: the article's own bold headline block, when it opens with one, is the title.

>>> page = (
...     "title:: Kliping/Kabar Hulu - jembatan\\nsource:: https://kabarhulu.example/j\\n"
...     "published:: [[Jan 5th, 2027]]\\nclipped:: [[Jan 6th, 2027]]\\n\\n"
...     "- ## Ringkasan\\n\\t- Jembatan diperbaiki.\\n- ## Artikel\\n"
...     "\\t- **Jembatan Desa Diperbaiki**\\n\\t- Warga memperbaiki jembatan desa yang rusak "
...     "sejak banjir bulan lalu dengan gotong royong.\\n- ## Catatan\\n\\t- TODO cek data"
... )
>>> story = read_outline_page(page)
>>> story.title, story.published, story.url
('Jembatan Desa Diperbaiki', 'Jan 5, 2027', 'https://kabarhulu.example/j')
>>> story.text.split("\\n\\n")[0]
'Jembatan Desa Diperbaiki'
>>> read_outline_page("Judul\\n\\n- satu\\n- dua") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.ingest.export_fields import field_key, is_publication_field
from warta.ingest.markdown_inline import (
    link_labels,
    page_link_names,
    without_emphasis,
    without_pictures,
)

__all__ = ["OutlineStory", "read_outline_page"]


@dataclass(frozen=True, slots=True)
class OutlineStory:
    """The article a page holds: its text as paragraphs, and the headline, publication
    day (as written, for the cleaner to parse) and source address its properties give."""

    text: str
    title: str | None
    published: str | None
    url: str | None


# A page property line: "key:: value" (the outliner's double colon; a word or two).
_PROPERTY_RE = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,30}):: ?(?P<value>.*)$")
# The fewest property lines that make a page's head (one "x:: y" line may be prose).
_MIN_PROPERTIES = 2
# A block's bullet, after its indentation (tabs or spaces).
_BLOCK_RE = re.compile(r"^(?P<indent>[ \t]*)- (?P<text>.*)$")
_HEADING_RE = re.compile(r"^#{1,6}\s+")
# A task block: the outliner's task markers, then the task.
_TASK_RE = re.compile(r"^(?:TODO|DOING|DONE|LATER|NOW|WAITING|CANCELED|CANCELLED)\b")
# A block wholly in bold: the article's own headline when it opens the article.
_WHOLLY_BOLD_RE = re.compile(r"^\s*(?:\*\*|__)(?P<text>[^*_].*?)(?:\*\*|__)\s*$")
# An ordinal day as the outliner writes its journal pages: "Nov 24th, 2026".
_ORDINAL_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_SOURCE_KEYS = {"source", "sumber", "url", "link", "tautan"}
_TITLE_KEYS = {"title", "judul"}


@dataclass(slots=True)
class _Block:
    depth: int
    lines: list[str]


def read_outline_page(content: str) -> OutlineStory | None:
    """The article of the outliner page ``content``, or ``None`` when it is none (no
    property head of :data:`_MIN_PROPERTIES` lines over outline blocks)."""
    head = content.lstrip("\ufeff \t\r\n")
    if _PROPERTY_RE.match(head[: head.find("\n")] if "\n" in head else head) is None:
        return None  # the first line is no property: most texts are ruled out here
    lines = head.splitlines()
    properties, rest = _properties(lines)
    if len(properties) < _MIN_PROPERTIES:
        return None
    blocks = _blocks(rest)
    if not blocks:
        return None
    article = _article_blocks(blocks)
    paragraphs = [p for p in (_plain(b) for b in article) if p]
    if not paragraphs:
        return None
    bold = _WHOLLY_BOLD_RE.match(" ".join(article[0].lines)) if article else None
    return OutlineStory(
        text="\n\n".join(paragraphs),
        title=bold.group("text").strip() if bold else _title_property(properties),
        published=_published(properties),
        url=next((v for k, v in properties if k in _SOURCE_KEYS and v.startswith("http")), None),
    )


def _properties(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """The page's property lines (key compared as a field name, value without its page
    links' brackets) and the lines after them."""
    found: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        m = _PROPERTY_RE.match(line.strip())
        if m is None:
            if line.strip() or found:
                return found, lines[i:]
            continue
        found.append((field_key(m.group("key")), page_link_names(m.group("value"))))
    return found, []


def _blocks(lines: list[str]) -> list[_Block] | None:
    """The outline's blocks, or ``None`` when a line is neither a block nor a
    continuation of one (the text is no outline)."""
    blocks: list[_Block] = []
    for line in lines:
        if not line.strip():
            continue
        m = _BLOCK_RE.match(line)
        if m:
            depth = len(m.group("indent").expandtabs(2))
            blocks.append(_Block(depth, [m.group("text")]))
        elif blocks and line[:1] in (" ", "\t"):
            blocks[-1].lines.append(line.strip())  # a block's continuation line
        else:
            return None
    return blocks


def _article_blocks(blocks: list[_Block]) -> list[_Block]:
    """The blocks of the section holding the most words (the whole outline when no top
    block is a heading), without its heading blocks and task blocks."""
    top = min(b.depth for b in blocks)
    sections: list[list[_Block]] = [[]]
    for block in blocks:
        if block.depth == top and _HEADING_RE.match(block.lines[0]):
            sections.append([])
            continue
        sections[-1].append(block)
    best = max(sections, key=lambda s: sum(len(" ".join(b.lines).split()) for b in s))
    return [b for b in best if not _TASK_RE.match(b.lines[0]) and not _HEADING_RE.match(b.lines[0])]


def _plain(block: _Block) -> str:
    """A block's text as one paragraph: embeds off, links by their labels, no marks."""
    text = " ".join(line for line in block.lines if not _PROPERTY_RE.match(line))
    text = link_labels(without_pictures(text))
    text = without_emphasis(page_link_names(text))
    return " ".join(text.split())


def _title_property(properties: list[tuple[str, str]]) -> str | None:
    """The title property's last namespace part ("Kliping/Judul" -> "Judul")."""
    title = next((v for k, v in properties if k in _TITLE_KEYS), "")
    return title.rsplit("/", 1)[-1].strip() or None


def _published(properties: list[tuple[str, str]]) -> str | None:
    """The publication property's day as written, ordinals off ("Nov 24th, 2026" ->
    "Nov 24, 2026"); the clipping's or saving date is never it."""
    value = next((v for k, v in properties if is_publication_field(k)), None)
    return _ORDINAL_RE.sub(r"\1", value).strip() or None if value else None
