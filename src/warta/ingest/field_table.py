"""A clipping's table of fields over the article, in a document read as lines of text.

A monitoring desk or a vendor keeps a clipping as a word-processor document: its own
header, a table of two-cell rows naming the story's fields (medium, publication date,
address, issue, tone, clipping date), then the pasted article. A document reader
(:mod:`warta.ingest.rtf`, :mod:`warta.ingest.flat_odf`) gives the document as lines, a
table row as one line with its cells each closed by :data:`CELL_SEP`;
:func:`read_field_table` reads the fields: the publication date from the field named so
(:func:`~warta.ingest.export_fields.is_publication_field`; the clipping date is when the
desk kept the story, never when it came out) and the story's address. The article is
the text under the table.

>>> clip = read_field_table(["Kliping", "Tautan\\thttps://situs.id/a\\t",
...     "Tanggal Terbit\\t03/02/2027\\t", "Tanggal Kliping\\t04/02/2027\\t", "Judul", "Isi."])
>>> clip.text, clip.url, clip.published
('Judul\\nIsi.', 'https://situs.id/a', '2027-02-03')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.ingest.export_fields import field_key, is_publication_field, iso_day

__all__ = ["CELL_SEP", "FIELD_NAME_MAX_WORDS", "Clipping", "read_field_table"]

#: A cell's end inside a table row, as the document readers write it.
CELL_SEP = "\t"
#: A field's name in a clipping's table: a few words ("Tanggal Terbit", "Tautan").
FIELD_NAME_MAX_WORDS = 4
_ADDRESS_FIELD_RE = re.compile(r"^(?:url|link|tautan|alamat(?: url)?|sumber|source)$")


@dataclass(frozen=True)
class Clipping:
    """The article under a clipping's field table (its lines joined by line breaks), and
    what the fields say of it."""

    text: str
    url: str | None
    published: str | None


def read_field_table(lines: list[str]) -> Clipping:
    """The article under the document's field table and the address and publication date
    the table gives. With no field table, the text is the whole document's and neither
    field is known."""
    rows = [(i, row) for i, line in enumerate(lines) if (row := _field_row(line))]
    if not rows:
        return Clipping("\n".join(lines), None, None)
    fields = [row for _, row in rows]
    url = next((v for k, v in fields if _ADDRESS_FIELD_RE.match(k) and _is_address(v)), None)
    published = next((iso_day(v) for k, v in fields if is_publication_field(k)), None)
    # The desk's header and the table stand over the article: it starts under the table.
    return Clipping("\n".join(lines[rows[-1][0] + 1 :]), url, published)


def _field_row(line: str) -> tuple[str, str] | None:
    """A table row of two cells, a field's name of a few words and its value, as a
    (name as compared, value) pair."""
    cells = [c.strip() for c in line.split(CELL_SEP)]
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) != 2 or not cells[0] or not 0 < len(cells[0].split()) <= FIELD_NAME_MAX_WORDS:
        return None
    return field_key(cells[0]), cells[1]


def _is_address(value: str) -> bool:
    return re.match(r"https?://\S+$", value) is not None
