"""A wiki page's source (MediaWiki wikitext), read as the article it holds.

A monitoring team that keeps its clippings in a wiki saves each story as a page: an
infobox template first, with the story's fields ("{{Kliping | judul = ... |
tanggal_terbit = 2026-03-02 | url = ... | diarsipkan = ...}}"), then sections under
"== Heading ==" lines (the team's summary, the article's text, the team's notes),
category links ("[[Kategori:...]]") last. Its source, copied from the edit box or
exported, is wiki markup: bold and italic quotes ('''...''', ''...''), internal links
("[[Target|label]]"), images ("[[Berkas:name.jpg|jmpl|caption]]"), external links
("[https://... label]"), bullets ("* ...").

:func:`read_wikitext` gives the article: the headline, publication date and address of
the template's fields, and the text of the section that holds the article (the one with
the most words: a summary is a sentence or two, notes are bullets), its markup read as a
reader sees the page (a link's label, a bold headline's words). The template's other
fields (when the page was archived, by whom, the team's tags), the text over the first
heading, the other sections, images and categories are the team's, never the story's.
The date is given as the template writes it; the cleaner reads it.

>>> page = (
...     "{{Kliping\\n| judul = Jembatan Gantung Diperbaiki\\n| tanggal_terbit = 2026-03-02\\n"
...     "| url = https://kabar.example/jembatan\\n| diarsipkan = 2026-03-04\\n}}\\n"
...     "== Ringkasan ==\\nJembatan diperbaiki.\\n\\n== Teks artikel ==\\n"
...     "'''Jembatan Gantung Diperbaiki'''\\n\\n"
...     "Warga desa memperbaiki [[jembatan gantung|jembatan]] yang putus sejak Januari.\\n"
...     "Pekerjaan selesai dalam dua pekan.\\n\\n[[Kategori:Kliping]]\\n"
... )
>>> story = read_wikitext(page, "p.wiki")
>>> story.title, story.published, story.url
('Jembatan Gantung Diperbaiki', '2026-03-02', 'https://kabar.example/jembatan')
>>> story.text.split("\\n\\n")
['Jembatan Gantung Diperbaiki', 'Warga desa memperbaiki jembatan yang putus sejak Januari. \
Pekerjaan selesai dalam dua pekan.']
>>> read_wikitext("Harga cabai naik pekan ini.", "p.txt") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.errors import MalformedInputError

__all__ = ["WikiStory", "looks_like_wikitext", "read_wikitext"]


@dataclass(frozen=True, slots=True)
class WikiStory:
    """The article a wiki page holds: its text as paragraphs separated by blank lines,
    and the headline, publication date (as written) and address of the page's template
    (``None`` where it names none)."""

    text: str
    title: str | None
    published: str | None
    url: str | None


# A section's heading alone on its line: "== Teks artikel ==", "=== Kronologi ===".
_HEADING_RE = re.compile(r"^(={2,6})[ \t]*([^=\n].*?)[ \t]*\1[ \t]*$", re.MULTILINE)
# The template opening the page: "{{Name" (its fields follow, on its line or below).
_TEMPLATE_OPEN_RE = re.compile(r"\A\{\{[ \t]*[^\s|{}][^|{}\n]*(?:\||\n)")
# A wiki's own marks, one of which a page's source shows besides its headings.
_WIKI_MARK_RE = re.compile(r"'''|\[\[[^\]\n]+\]\]")

# The template's fields that name the story, compared lower-cased, "_" for a space. The
# headline, the day it came out (never the day the team archived or read it: diarsipkan,
# diakses, archive_date) and its address.
_TITLE_KEYS = ("judul", "judul_berita", "judul_artikel", "title", "headline")
_DATE_KEYS = (
    "tanggal_terbit",
    "tanggal_tayang",
    "tanggal_publikasi",
    "tanggal_berita",
    "terbit",
    "tayang",
    "tanggal",
    "publication_date",
    "published",
    "date",
)
_URL_KEYS = ("url", "tautan", "link", "sumber", "source", "alamat")

# Lines of the page that are the wiki's and no reader's: a category, an image, a
# template of its own (a navigation box), a behaviour switch ("__NOTOC__").
_WIKI_ONLY_LINE_RE = re.compile(
    r"^\s*(?:\[\[\s*(?:kategori|category|berkas|file|gambar|image)\s*:.*\]\]"
    r"|\{\{.*\}\}|__[A-Z]+__)\s*$",
    re.IGNORECASE,
)
_REF_RE = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>|<!--.*?-->", re.DOTALL | re.IGNORECASE)
_TAG_RE = re.compile(r"</?(?:br|small|big|center|span|div|u|s|sup|sub|nowiki)\b[^>]*>", re.I)
_INTERNAL_LINK_RE = re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]\n]*)\]\]")
_EXTERNAL_LINK_RE = re.compile(r"\[(?:https?:)?//[^\s\]]+(?:\s+([^\]\n]*))?\]")
_EMPHASIS_RE = re.compile(r"'{2,5}")
# A list item's or an indented line's marks: "* ", "# ", ": ".
_LIST_MARK_RE = re.compile(r"^[*#:;]+\s*")


def looks_like_wikitext(content: str) -> bool:
    """Whether ``content`` is a wiki page's source: it opens with a template and holds
    a section heading, or opens with a heading and shows a wiki mark (a bold quote, a
    link in double brackets)."""
    text = content.lstrip("\ufeff \t\r\n")
    if _TEMPLATE_OPEN_RE.match(text):
        return _HEADING_RE.search(text) is not None
    first = _HEADING_RE.match(text)
    return first is not None and _WIKI_MARK_RE.search(text) is not None


def read_wikitext(content: str, where: str) -> WikiStory | None:
    """The article of a wiki page's source, or ``None`` when ``content`` is none.

    Raises :class:`MalformedInputError`, naming ``where``, for a page whose template is
    never closed (a source cut short) or that holds no article text."""
    if not looks_like_wikitext(content):
        return None
    text = content.lstrip("\ufeff \t\r\n").replace("\r\n", "\n")
    fields: dict[str, str] = {}
    if text.startswith("{{"):
        end = _template_end(text)
        if end is None:
            raise _malformed(where, "its template opened on the first line is never closed")
        fields = _template_fields(text[2 : end - 2])
        text = text[end:]
    body = _paragraphs(_article_section(text))
    if not body:
        raise _malformed(where, "none of its sections holds the article's text")
    return WikiStory(
        text=body,
        title=_first_field(fields, _TITLE_KEYS),
        published=_first_field(fields, _DATE_KEYS),
        url=_web_address(_first_field(fields, _URL_KEYS)),
    )


def _template_end(text: str) -> int | None:
    """Where the template opening ``text`` ends (after its closing braces): templates
    and links inside it nest."""
    depth = 0
    i = 0
    while i < len(text) - 1:
        pair = text[i : i + 2]
        if pair == "{{":
            depth += 1
        elif pair == "}}":
            depth -= 1
            if depth == 0:
                return i + 2
        else:
            i += 1
            continue
        i += 2
    return None


def _template_fields(inner: str) -> dict[str, str]:
    """The named fields of a template's inside ("Name | key = value | ..."), keys
    lower-cased with "_" for a space; a "|" inside a link or a nested template splits
    nothing."""
    fields: dict[str, str] = {}
    for part in _split_top_level(inner)[1:]:
        key, eq, value = part.partition("=")
        if eq:
            fields.setdefault("_".join(key.lower().split()), " ".join(value.split()))
    return fields


def _split_top_level(inner: str) -> list[str]:
    """``inner`` split at the bars outside double brackets and braces."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(inner):
        if char in "[{" and inner[i : i + 2] in ("[[", "{{"):
            depth += 1
        elif char in "]}" and inner[i : i + 2] in ("]]", "}}"):
            depth -= 1
        elif char == "|" and depth <= 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    return parts


def _first_field(fields: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((fields[k] for k in keys if fields.get(k)), None)


def _web_address(value: str | None) -> str | None:
    """The web address a field gives, bare or as an external link ("[https://... x]")."""
    found = re.search(r"https?://[^\s\]|]+", value or "")
    return found.group(0) if found else None


def _article_section(text: str) -> str:
    """The section holding the article: the one whose lines read as the most words once
    the wiki's own lines are off; the whole page when it has no heading."""
    headings = list(_HEADING_RE.finditer(text))
    if not headings:
        return text
    sections = [
        text[h.end() : nxt.start() if nxt else len(text)]
        for h, nxt in zip(headings, [*headings[1:], None], strict=True)
    ]
    return max(sections, key=_prose_words)


def _prose_words(section: str) -> int:
    """The words of a section's running lines (a list's bullets are notes, not text)."""
    return sum(
        len(line.split())
        for line in section.split("\n")
        if not _WIKI_ONLY_LINE_RE.match(line) and not _LIST_MARK_RE.match(line)
    )


def _paragraphs(section: str) -> str:
    """A section's text as a reader sees it, paragraphs separated by blank lines: the
    wiki's own lines and references off, links read as their labels, emphasis marks off.
    Lines not parted by a blank line are one paragraph, as the wiki shows them."""
    section = _REF_RE.sub("", section)
    paragraphs: list[list[str]] = [[]]
    for line in section.split("\n"):
        if _WIKI_ONLY_LINE_RE.match(line):
            continue
        plain = _plain(line)
        if not plain:
            paragraphs.append([])
        elif _HEADING_RE.match(line) or _LIST_MARK_RE.match(line):
            paragraphs += [[plain], []]  # a subheading, a list item: a line of its own
        else:
            paragraphs[-1].append(plain)
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def _plain(line: str) -> str:
    """One line of wiki markup as a reader sees it."""
    line = _TAG_RE.sub(" ", line)
    line = _INTERNAL_LINK_RE.sub(r"\1", line)
    line = _EXTERNAL_LINK_RE.sub(lambda m: m.group(1) or "", line)
    line = _EMPHASIS_RE.sub("", line)
    line = _LIST_MARK_RE.sub("", line)
    heading = _HEADING_RE.match(line)
    return " ".join((heading.group(2) if heading else line).split())


def _malformed(where: str, problem: str) -> MalformedInputError:
    return MalformedInputError(
        f"{where}: a wiki page's source, but {problem}; copy the page's whole source "
        "(its edit box, or Special:Export) and save it again",
        detail={"where": where},
    )
