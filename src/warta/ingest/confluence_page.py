"""A wiki page fetched from Confluence's REST API (its JSON), read as the article it holds.

A monitoring team that keeps clippings in Confluence has a page per story; fetched from
``/rest/api/content/ID?expand=body.storage``, the page is a JSON object: the page's own
fields (its id, the team's title for it, the space, who created and edited it and when,
its labels, its links) and its body as markup (``body.storage.value``, Confluence's
XHTML with ``ac:`` macros; or the rendered ``body.view``). In the body the team puts a
table of the clipping's fields ("Media", "Tautan", "Tanggal kliping"), a panel or two,
the article under a heading of its own (often in an "expand" macro) and its notes and
tasks under another.

:func:`read_confluence_page` gives the article: the body's section holding the most words
(the sections are split by the page's top headings; within the section, the macro body
holding most of its words), one paragraph per block, the heading that opens it the
headline; the address and publication date from the field table's rows. The page's
title, its creation and version stamps, a clipping or edit date, macro settings (an
expand's caption, a status badge) and task lists are the team's, never the story's.

>>> body = (
...     "<table><tr><th>Tautan</th><td><a href='https://kabar.example/j'>x</a></td></tr>"
...     "</table><h2>Artikel</h2><h3>Jembatan Desa Diperbaiki</h3>"
...     "<p>Warga desa memperbaiki jembatan yang putus sejak Januari lalu.</p>"
...     "<p>Pekerjaan itu selesai dalam dua pekan dengan gotong royong.</p>"
...     "<h2>Catatan</h2><ac:task-list><ac:task><ac:task-body>cek</ac:task-body></ac:task>"
...     "</ac:task-list>"
... )
>>> page = {"type": "page", "title": "Kliping 3", "_links": {},
...         "body": {"storage": {"value": body, "representation": "storage"}}}
>>> import json
>>> story = read_confluence_page(json.dumps(page), "p.json")
>>> story.title, story.url
('Jembatan Desa Diperbaiki', 'https://kabar.example/j')
>>> story.text.split("\\n\\n")[1]
'Warga desa memperbaiki jembatan yang putus sejak Januari lalu.'
>>> read_confluence_page('{"title": "Bukan halaman", "body": "Teks."}', "p.json") is None
True
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from warta.errors import MalformedInputError
from warta.ingest.export_fields import field_key, is_publication_field

__all__ = ["ConfluenceStory", "looks_like_confluence_page", "read_confluence_page"]


@dataclass(frozen=True, slots=True)
class ConfluenceStory:
    """The article a Confluence page holds: its text as paragraphs separated by blank
    lines, its headline, and the publication date (as written) and address its field
    table gives (``None`` where the page names none)."""

    text: str
    title: str | None
    published: str | None
    url: str | None


# The body's representations the API returns, the stored markup first.
_BODY_KEYS = ("storage", "view", "export_view", "styled_view", "editor")
# The page's own keys, one of which every content object the API returns has.
_PAGE_KEYS = frozenset({"_links", "space", "version", "history", "ancestors"})
_PAGE_TYPES = frozenset({"page", "blogpost"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Blocks whose text a reader sees as a paragraph.
_BLOCKS = _HEADINGS | {"p", "li", "blockquote", "pre"}
# The headings that split a page into sections (a story's own headline is lower).
_SECTION_HEADINGS = frozenset({"h1", "h2"})
# Markup that is the team's and no text: a macro's settings (an expand's caption, a
# status badge), task lists, placeholders and emoticons, user mentions, and tables (the
# clipping's field table; a table in a story is data, never its prose).
_TEAM_ONLY = frozenset(
    {"ac:parameter", "ac:task-list", "ac:placeholder", "ac:emoticon", "ri:user", "table"}
)
# A macro body holding more than this share of its section's words is the article.
_BODY_SHARE = 0.5
_URL_KEYS = frozenset({"url", "tautan", "link", "sumber", "source", "alamat", "tautan berita"})
# The fewest words of a page's article.
_MIN_WORDS = 20


def looks_like_confluence_page(content: str) -> bool:
    """Whether ``content`` may be the API's JSON of a page: an object naming a body's
    representation (checked on the words, before any parsing)."""
    return content.lstrip("\ufeff \t\r\n")[:1] == "{" and '"representation"' in content


def read_confluence_page(content: str, where: str) -> ConfluenceStory | None:
    """The article of a Confluence page's JSON, or ``None`` when ``content`` is none.

    Raises :class:`MalformedInputError`, naming ``where``, for a page whose JSON is broken
    or whose body holds no article."""
    if not looks_like_confluence_page(content):
        return None
    try:
        data = json.loads(content.lstrip("\ufeff"))
    except ValueError as exc:
        if '"body"' not in content:
            return None
        raise _malformed(where, f"its JSON is broken ({exc}); fetch the page again") from exc
    markup = _body_markup(data)
    if markup is None:
        return None
    root = _parsed(markup)
    fields = _table_fields(root)
    for element in [e for e in root.iter() if _tag(e) in _TEAM_ONLY]:
        element.drop_tree()
    blocks = _blocks(_article(root))
    if sum(len(text.split()) for _, text in blocks) < _MIN_WORDS:
        raise _malformed(where, "its body holds no article's text; paste the article in")
    title = blocks[0][1] if blocks[0][0] in _HEADINGS else None
    return ConfluenceStory(
        text="\n\n".join(text for _, text in blocks),
        title=title,
        published=next((v for k, v, _ in fields if is_publication_field(k)), None),
        url=next((a for k, _, a in fields if k in _URL_KEYS and a), None),
    )


def _body_markup(data: Any) -> str | None:
    """The page body's markup, for an object that is a page the API returned."""
    if not isinstance(data, dict) or not isinstance(data.get("body"), dict):
        return None
    if data.get("type") not in _PAGE_TYPES and not _PAGE_KEYS & data.keys():
        return None
    for key in _BODY_KEYS:
        body = data["body"].get(key)
        if isinstance(body, dict) and isinstance(body.get("value"), str):
            return str(body["value"])
    return None


def _parsed(markup: str) -> Any:
    from lxml import html

    return html.fragment_fromstring(markup or "<p></p>", create_parent="div")


def _tag(element: Any) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _words(element: Any) -> int:
    return len(element.text_content().split())


def _table_fields(root: Any) -> list[tuple[str, str, str | None]]:
    """The rows of the page's field tables: a header cell then a value cell, as (key,
    value, web address): a date element's stamp before the cell's words."""
    fields = []
    for row in root.iter("tr"):
        cells = [c for c in row if _tag(c) in ("th", "td")]
        if len(cells) != 2:
            continue
        key, value = cells
        stamp = next((t.get("datetime") for t in value.iter("time") if t.get("datetime")), None)
        link = next((a.get("href") for a in value.iter("a") if a.get("href")), None)
        text = " ".join(value.text_content().split())
        address = link or (text if text.startswith(("http://", "https://")) else None)
        fields.append((field_key(key.text_content()), stamp or text, address))
    return fields


def _article(root: Any) -> Any:
    """The section of the body holding the most words (its top headings split it), or
    the macro body inside it that holds most of its words."""
    sections: list[list[Any]] = [[]]
    for child in root:
        if _tag(child) in _SECTION_HEADINGS:
            sections.append([])
            continue
        sections[-1].append(child)
    best = max(sections, key=lambda s: sum(_words(e) for e in s))
    total = sum(_words(e) for e in best)
    bodies = [b for e in best for b in e.iter("ac:rich-text-body")]
    body = max(bodies, key=_words, default=None)
    if body is not None and _words(body) > _BODY_SHARE * total:
        return [body]
    return best


def _blocks(elements: list[Any]) -> list[tuple[str, str]]:
    """The innermost blocks of ``elements`` in order, as (tag, text) with their words
    joined by single spaces; empty blocks skipped."""
    found = []
    for element in elements:
        for block in element.iter():
            tag = _tag(block)
            if tag not in _BLOCKS or any(_tag(d) in _BLOCKS for d in block.iterdescendants()):
                continue
            text = " ".join(block.text_content().split())
            if text:
                found.append((tag, text))
    return found


def _malformed(where: str, why: str) -> MalformedInputError:
    return MalformedInputError(
        f"{where}: a Confluence page's JSON read as an article, but {why}",
        detail={"where": where},
    )
