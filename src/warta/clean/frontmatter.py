"""A note saved by a web clipper (Obsidian and the like): the page in Markdown under a
YAML front matter block ("---" / "title: ..." / "source: ..." / "published: ..." / "---").
A note app's raw export (Joplin and the like) puts the record at the END instead, unfenced,
after a blank line ("id: ..." / "source_url: ..." / "created_time: ..." / "type_: 1").

The block is the clipper's record of the page, not the article: it is taken off the text,
and its title, address and publication date become the container's hints (as a JSONL
record's fields would). Only the simple "key: value" lines a clipper writes are read; no
YAML library is needed, and a block that does not look like front matter is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The block opens on the first line and closes within this many lines.
FRONT_MATTER_MAX_LINES = 40
_FENCE_RE = re.compile(r"^---\s*$")
# "key: value", "key:" over a list, "  - item": the lines a clipper writes.
_FIELD_RE = re.compile(r"^(?P<key>[A-Za-z][\w-]*)\s*:\s*(?P<value>.*)$")
_ITEM_RE = re.compile(r"^\s*-\s+\S")
_TITLE_KEYS = ("title",)
_URL_KEYS = ("source", "url", "link", "source_url")
_DATE_KEYS = ("published", "date", "pubdate", "date_published")


@dataclass(frozen=True)
class FrontMatter:
    """What the block said (``None`` when a field is missing) and the block's text."""

    block: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """The front matter opening ``text`` and the text below it; ``(None, text)`` when the
    text does not open with a fenced block of "key: value" lines.

    >>> note = '---\\ntitle: "Judul"\\npublished: 2026-01-02\\n---\\n# Judul\\n'
    >>> fm, rest = split_front_matter(note)
    >>> (fm.title, fm.published, rest)
    ('Judul', '2026-01-02', '# Judul\\n')
    """
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or not _FENCE_RE.match(lines[0]):
        return None, text
    close = next(
        (
            i
            for i in range(1, min(len(lines), FRONT_MATTER_MAX_LINES + 1))
            if _FENCE_RE.match(lines[i])
        ),
        None,
    )
    if close is None or close == 1:
        return None, text
    fields: dict[str, str] = {}
    for line in lines[1:close]:
        m = _FIELD_RE.match(line)
        if m:
            fields.setdefault(m["key"].lower(), _unquote(m["value"]))
        elif line.strip() and not _ITEM_RE.match(line):
            return None, text  # prose between the fences: a rule drawn twice, not a record
    if not fields:
        return None, text

    def first(keys: tuple[str, ...]) -> str | None:
        return next((fields[k] for k in keys if fields.get(k)), None)

    url = first(_URL_KEYS)
    front = FrontMatter(
        block="\n".join(lines[: close + 1]),
        title=first(_TITLE_KEYS),
        url=url if url and re.match(r"https?://", url) else None,
        published=first(_DATE_KEYS),
    )
    return front, "\n".join(lines[close + 1 :])


# A note app's record under the note: this many fields at least, each an identifier in
# lower case ("source_url", "created_time"), a way no line of a story is written.
END_MATTER_MIN_FIELDS = 6
_END_FIELD_RE = re.compile(r"^(?P<key>[a-z][a-z0-9]*(?:_[a-z0-9]*)*)\s*:(?:\s(?P<value>.*))?$")


def split_end_matter(text: str) -> tuple[FrontMatter | None, str]:
    """The record closing ``text`` (its last block, after a blank line, of at least
    :data:`END_MATTER_MIN_FIELDS` "key: value" lines with identifier keys) and the text
    above it; ``(None, text)`` when the text does not close with one. Its address is read;
    its times are when the note was saved ("created_time"), never when the story was
    published, so no date is taken from it.

    >>> note = "Judul\\n\\nIsi.\\n\\n" + "\\n".join(f"k{i}: {i}" for i in range(5))
    >>> split_end_matter(note + "\\nsource_url: https://situs.id/a")[0].url
    'https://situs.id/a'
    >>> split_end_matter(note)[0] is None
    True
    """
    lines = text.rstrip().split("\n")
    start = len(lines)
    while start > 0 and _END_FIELD_RE.match(lines[start - 1]):
        start -= 1
    fields = [_END_FIELD_RE.match(line) for line in lines[start:]]
    if len(fields) < END_MATTER_MIN_FIELDS or start < 2 or lines[start - 1].strip():
        return None, text  # too short a block, or no note above it, or no gap before it
    values = {m["key"]: _unquote(m["value"] or "") for m in fields if m}
    # "source" may name the app that saved the note ("source: notes-desktop"): an address
    # is a field whose value is one
    urls = (values.get(k, "") for k in _URL_KEYS)
    front = FrontMatter(
        block="\n".join(lines[start:]),
        title=values.get("title") or None,
        url=next((url for url in urls if re.match(r"https?://", url)), None),
    )
    return front, "\n".join(lines[:start]).rstrip() + "\n"


# A Markdown clipper's excerpt of the page (MarkDownload's template: "> ## Excerpt" over
# "> <the page's description>", then a rule "---" over the clipped article): a block
# quote opened by a heading, standing under the headline before any of the article's
# words. It quotes the page's summary, which the article says again in its own words.
_QUOTED_HEADING_RE = re.compile(r"^>[ \t]*#{1,6}[ \t]+\S")
_QUOTE_LINE_RE = re.compile(r"^>")
_RULE_RE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_HEADING_LINE_RE = re.compile(r"^#{1,6}[ \t]+\S")


def split_clip_excerpt(text: str) -> tuple[str | None, str]:
    """The clipper's excerpt block opening a clipped note's ``text`` (after its headings,
    with the rule under it) and the text without it; ``(None, text)`` when the note does
    not open with a quoted block headed by a heading. A quotation in the article stands
    among its paragraphs, never before the first of them, and has no heading.

    >>> note = "# Judul\\n\\n> ## Excerpt\\n> Ringkasan.\\n\\n---\\nIsi berita.\\n"
    >>> split_clip_excerpt(note)
    ('> ## Excerpt\\n> Ringkasan.\\n\\n---', '# Judul\\n\\nIsi berita.\\n')
    >>> split_clip_excerpt("# Judul\\n\\nIsi.\\n\\n> ## Kutipan\\n> Kata.\\n")[0] is None
    True
    """
    lines = text.split("\n")
    start = next(
        (i for i, line in enumerate(lines) if line.strip() and not _HEADING_LINE_RE.match(line)),
        None,
    )
    if start is None or not _QUOTED_HEADING_RE.match(lines[start]):
        return None, text
    end = start
    while end < len(lines) and _QUOTE_LINE_RE.match(lines[end]):
        end += 1
    after = end
    while after < len(lines) and not lines[after].strip():
        after += 1
    if after < len(lines) and _RULE_RE.match(lines[after]):
        end = after + 1
    return "\n".join(lines[start:end]), "\n".join(lines[:start] + lines[end:])


_ATX_HEAD_RE = re.compile(r"^#{1,6}[ \t]+(?=\S)", re.MULTILINE)


def strip_heading_marks(text: str) -> str:
    """A clipped note's Markdown headings without their marks ("# Judul" -> "Judul"), so
    the headline reads as the page printed it. Hashtags ("#Banjir") have no space and stay.

    >>> strip_heading_marks("# Judul\\n\\n## Sub\\n#Tagar")
    'Judul\\n\\nSub\\n#Tagar'
    """
    return _ATX_HEAD_RE.sub("", text)


# A terminal feed reader's saved item (newsboat and its like) opens with its own record of
# the item, unfenced, one capitalised field a line ("Feed: ...", "Title: ...", "Author:
# ...", "Date: ...", "Link: ..."), then a blank line; the story's links are kept as
# numbered markers ("[3]", "[image 1 (link #2)]") listed at the end under "Links:".
FIELD_HEADER_MIN_FIELDS = 3
_HEADER_FIELD_RE = re.compile(r"^(?P<key>[A-Z][a-z]+(?:[ -][A-Za-z]+)?):[ \t]+(?P<value>\S.*)$")
# The item's fields: one must be its title, one its address or date.
_HEADER_TITLE_KEYS = ("title", "judul")
_HEADER_URL_KEYS = ("link", "url")
_HEADER_DATE_KEYS = ("date", "published", "tanggal")
_LINKS_HEAD_RE = re.compile(r"^(?:links|tautan)\s*:\s*$", re.IGNORECASE)
_LINK_ENTRY_RE = re.compile(r"^\s*\[\d+\]:\s+\S+")
_LINK_MARKER_RE = re.compile(r"(?<=\S)\[\d+\](?=[\s.,;:!?)]|$)", re.MULTILINE)


def split_field_header(text: str) -> tuple[FrontMatter | None, str]:
    """The feed reader's record opening ``text`` (see :data:`FIELD_HEADER_MIN_FIELDS`)
    and the item's text below it, without its closing "Links:" list nor its link markers;
    ``(None, text)`` when the text does not open so. A story's lines never open with
    three capitalised fields naming a title and an address or a date.

    >>> item = "Title: Judul\\nDate: 2026-01-02\\nLink: https://situs.id/a\\n\\nIsi[1].\\n"
    >>> head, rest = split_field_header(item + "\\nLinks:\\n[1]: https://situs.id/b (link)\\n")
    >>> (head.title, head.url, head.published, rest)
    ('Judul', 'https://situs.id/a', '2026-01-02', 'Isi.')
    """
    lines = text.lstrip("\ufeff").split("\n")
    end = next((i for i, line in enumerate(lines) if not _HEADER_FIELD_RE.match(line)), len(lines))
    matches = (_HEADER_FIELD_RE.match(line) for line in lines[:end])
    fields = {m["key"].lower(): m["value"].strip() for m in matches if m}
    title = next((fields[k] for k in _HEADER_TITLE_KEYS if k in fields), None)
    url = next((fields[k] for k in _HEADER_URL_KEYS if k in fields), None)
    published = next((fields[k] for k in _HEADER_DATE_KEYS if k in fields), None)
    if end < FIELD_HEADER_MIN_FIELDS or title is None or not (url or published):
        return None, text
    if end < len(lines) and lines[end].strip():
        return None, text  # the record stands apart from the item by a blank line
    head = FrontMatter(
        block="\n".join(lines[:end]),
        title=title,
        url=url if url and re.match(r"https?://", url) else None,
        published=published,
    )
    return head, _LINK_MARKER_RE.sub("", _without_link_list(lines[end:]))


def _without_link_list(lines: list[str]) -> str:
    """The item's lines without the list of its links closing it ("Links:" over "[1]: url")."""
    head = next((i for i, line in enumerate(lines) if _LINKS_HEAD_RE.match(line)), None)
    listed = lines[head + 1 :] if head is not None else []
    if head is not None and all(_LINK_ENTRY_RE.match(x) or not x.strip() for x in listed):
        lines = lines[:head]
    return "\n".join(lines).strip()
