"""An OpenDocument text saved as one XML file (LibreOffice's "Flat XML ODF", ``.fodt``),
read as its text, and a clipping desk's field table in it.

A desk that clips stories in a word processor may save the document as flat XML: one
``<office:document>`` holding ``<office:meta>`` (the document's title, its author, when
it was created and last saved), the styles, then ``<office:body>`` with the text:
paragraphs ``<text:p>`` and headings ``<text:h>``, tables of rows and cells, frames
holding pictures. :func:`flat_odf_text` keeps the words a reader sees in the body, a line
per paragraph, heading or table row (a row's cells each closed by
:data:`~warta.ingest.field_table.CELL_SEP`); the metadata, styles and pictures are none
of them. :func:`read_flat_odf` reads such a document as a clipping
(:func:`~warta.ingest.field_table.read_field_table`): under a table of fields only the
article, with the address and publication date the table gives. The document's own dates
(created, saved, a title naming the clipping day) say when the desk worked, never when
the story came out.

>>> doc = (
...     '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
...     'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
...     'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
...     '<office:meta/><office:body><office:text><text:h>Kliping</text:h><table:table>'
...     '<table:table-row><table:table-cell><text:p>Tautan</text:p></table:table-cell>'
...     '<table:table-cell><text:p>https://situs.id/a</text:p></table:table-cell>'
...     '</table:table-row></table:table><text:p>Judul<text:s text:c="2"/>Berita</text:p>'
...     '<text:p>Isi berita.</text:p></office:text></office:body></office:document>'
... )
>>> clip = read_flat_odf(doc, "k.fodt")
>>> clip.text, clip.url
('Judul  Berita\\nIsi berita.', 'https://situs.id/a')
>>> read_flat_odf("<html><body>Halo</body></html>", "h.html") is None
True
"""

from __future__ import annotations

import re
from typing import Any

from warta.errors import MalformedInputError
from warta.ingest.field_table import CELL_SEP, Clipping, read_field_table

__all__ = ["flat_odf_text", "looks_like_flat_odf", "read_flat_odf"]

_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
# The root of a flat document (or of a package's content.xml), after an XML declaration
# at most, within the file's head.
_OPENING_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?<office:document(?:-content)?\b[^>]*" + re.escape(_OFFICE_NS)
)
_HEAD_CHARS = 4096
# Blocks that are a line of their own.
_LINES = frozenset({f"{{{_TEXT_NS}}}p", f"{{{_TEXT_NS}}}h"})
_ROW = f"{{{_TABLE_NS}}}table-row"
_CELL = f"{{{_TABLE_NS}}}table-cell"
# Within a paragraph: spaces ("<text:s text:c="3"/>"), a tab, a line break.
_SPACE = f"{{{_TEXT_NS}}}s"
_TAB = f"{{{_TEXT_NS}}}tab"
_BREAK = f"{{{_TEXT_NS}}}line-break"
# What holds no words of the text: a frame's picture, a footnote's or a comment's body,
# a change-tracking record of deleted words.
_SKIPPED = frozenset(
    {
        f"{{{_DRAW_NS}}}frame",
        f"{{{_TEXT_NS}}}note",
        f"{{{_OFFICE_NS}}}annotation",
        f"{{{_TEXT_NS}}}tracked-changes",
    }
)


def looks_like_flat_odf(content: str) -> bool:
    """Whether ``content`` is a flat OpenDocument (its root in the office namespace)."""
    return _OPENING_RE.match(content.lstrip("\ufeff")[:_HEAD_CHARS]) is not None


def read_flat_odf(content: str, where: str) -> Clipping | None:
    """A flat OpenDocument's article, the address and publication date its field table
    gives, or ``None`` when ``content`` is no flat OpenDocument. Raises
    :class:`MalformedInputError`, naming ``where``, for one whose XML is broken."""
    if not looks_like_flat_odf(content):
        return None
    return read_field_table(flat_odf_text(content, where).split("\n"))


def flat_odf_text(content: str, where: str) -> str:
    """The text of a flat OpenDocument's body: a line per paragraph, heading or table row
    (its cells each closed by a tab), blank lines left out."""
    body = next(_parse(content, where).iter(f"{{{_OFFICE_NS}}}body"), None)
    lines: list[str] = []
    if body is not None:
        _collect(body, lines)
    return "\n".join(line.strip(" ") for line in lines if line.strip())


def _collect(node: Any, lines: list[str]) -> None:
    """The lines of ``node``'s blocks, in document order, appended to ``lines``."""
    for child in node:
        if child.tag in _SKIPPED:
            continue
        if child.tag == _ROW:
            cells = [c for c in child if c.tag == _CELL]
            lines.append("".join(_cell_text(c) + CELL_SEP for c in cells))
        elif child.tag in _LINES:
            lines.extend(_inline_text(child).split("\n"))
        else:
            _collect(child, lines)


def _cell_text(cell: Any) -> str:
    parts: list[str] = []
    _collect(cell, parts)
    return " ".join(p.strip() for p in parts if p.strip())


def _inline_text(node: Any) -> str:
    """A paragraph's words: its text and its spans', the spaces, tabs and line breaks
    its elements stand for, the text of pictures and notes left out."""
    out = [node.text or ""]
    for child in node:
        if child.tag == _SPACE:
            out.append(" " * int(child.get(f"{{{_TEXT_NS}}}c") or 1))
        elif child.tag == _TAB:
            out.append(" ")
        elif child.tag == _BREAK:
            out.append("\n")
        elif child.tag not in _SKIPPED:
            out.append(_inline_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _parse(content: str, where: str) -> Any:
    """The XML's root element: no entity resolved, no network."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", content.lstrip("\ufeff")).strip()
    try:
        return etree.fromstring(text, parser)
    except etree.XMLSyntaxError as exc:
        raise MalformedInputError(
            f"{where}: a flat OpenDocument (.fodt) read as an article, but it cannot be "
            f"read as XML ({exc}); save the document again as Flat XML ODF",
            detail={"where": where},
        ) from exc
