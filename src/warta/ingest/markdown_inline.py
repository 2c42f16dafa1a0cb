"""Markdown's inline marks as a reader sees them: links by their labels, no emphasis.

The exports a monitoring team hands over (a board's card, an outliner's page, a
read-it-later app's Markdown) write the article in Markdown; warta reads the words, so
a link ``[label](url "title")`` becomes its label, a picture ``![alt](url)`` nothing,
an outliner's page link ``[[Nama]]`` its name, and emphasis ``**kata**`` its words.

>>> link_labels('Kata [Dinas PU](https://pu.example/a "Dinas") hari ini')
'Kata Dinas PU hari ini'
>>> without_pictures("Foto ![banjir](https://x.example/b.jpg) kemarin")
'Foto   kemarin'
>>> page_link_names("[[Kabar Hulu]] menulis")
'Kabar Hulu menulis'
>>> without_emphasis("**Sumber:** _Kabar_ Hulu")
'Sumber: _Kabar_ Hulu'
>>> without_emphasis("**Sumber:** _Kabar_ Hulu", single=True)
'Sumber: Kabar Hulu'
"""

from __future__ import annotations

import re

__all__ = [
    "LINK_RE",
    "link_labels",
    "markdown_paragraphs",
    "page_link_names",
    "without_emphasis",
    "without_pictures",
]

# "[label](url)" or "[label](url "title")", not a picture's "![alt](url)".
LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\]\n]*)\]\((?P<url>[^)\s]*)(?:\s+\"[^\"]*\")?\)")
_PICTURE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_PAGE_LINK_RE = re.compile(r"\[\[([^\]\n]*)\]\]")
# Strong emphasis only ("**x**", "__x__"): a lone "*" or "_" is as often a footnote
# mark or part of a name, so only a reader whose writers use it for emphasis drops it.
_STRONG_RE = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")
_ANY_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")
# Markdown marks of a line: a heading's "#", a quote's ">", a list's bullet.
_LINE_MARK_RE = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+)")
# A Markdown rule line ("---", "***", "___").
_RULE_LINE_RE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")


def link_labels(text: str) -> str:
    """Each link as its label."""
    return LINK_RE.sub(lambda m: m["text"], text)


def without_pictures(text: str) -> str:
    """Each embedded picture as one space (its alt text is not the article's)."""
    return _PICTURE_RE.sub(" ", text)


def page_link_names(text: str) -> str:
    """Each outliner page link ``[[Nama]]`` as its name."""
    return _PAGE_LINK_RE.sub(r"\1", text)


def without_emphasis(text: str, *, single: bool = False) -> str:
    """The words inside strong emphasis (and single ``*``/``_`` too when ``single``)."""
    return (_ANY_EMPHASIS_RE if single else _STRONG_RE).sub(r"\2", text)


def markdown_paragraphs(markdown: str, *, single: bool = False) -> str:
    """A Markdown text as plain paragraphs, one a line, blank lines between: line marks
    (headings, quotes, bullets), pictures, link targets, strong emphasis (and single
    ``*``/``_`` too when ``single``) and rule lines off.

    >>> markdown_paragraphs("# Judul\\n\\n![x](https://x.example/a.jpg)\\n**Kota** - [Isi](u).")
    'Judul\\n\\nKota - Isi.'
    """
    lines = []
    for line in markdown.splitlines():
        line = link_labels(without_pictures(_LINE_MARK_RE.sub("", line)))
        line = " ".join(without_emphasis(line, single=single).split())
        if line and not _RULE_LINE_RE.match(line):
            lines.append(line)
    return "\n\n".join(lines)
