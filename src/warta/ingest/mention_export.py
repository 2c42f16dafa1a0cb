"""A media-monitoring export: a CSV of mentions, read as one article per row.

Monitoring services hand their clients a spreadsheet of the day's mentions: a header row
naming the columns (a headline, the article's text, its address, its publication date,
and the service's own columns: sentiment, reach, the analyst's note), then one mention
per row, the article's text a quoted field over many lines. Read as plain text, the header
row becomes the headline and the row's cells the lead. :func:`read_mention_export` finds
the columns by what their header says (Indonesian or English) and returns each row's
article with its headline, date and address; the service's columns are left out.

>>> export = (
...     'No,Judul,Tanggal Terbit,URL,Isi,Sentimen\\n'
...     '1,Pasar Malam Dibuka,2026-03-02 19:05,https://kabar.example/pasar,'
...     '"Pasar malam dibuka lagi.\\n\\nPedagang senang.",Positif\\n'
... )
>>> [(m.title, m.published, m.url) for m in read_mention_export(export)]
[('Pasar Malam Dibuka', '2026-03-02', 'https://kabar.example/pasar')]
>>> read_mention_export(export)[0].text
'Pasar malam dibuka lagi.\\n\\nPedagang senang.'
>>> read_mention_export("Harga cabai naik, kata pedagang, pekan ini.") is None
True
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.errors import MalformedInputError
from warta.ingest.export_fields import field_key, is_publication_field, iso_day

__all__ = [
    "ArticleColumns",
    "Mention",
    "article_columns",
    "looks_like_mention_export",
    "mention_export_error",
    "read_mention_export",
]


@dataclass(frozen=True, slots=True)
class Mention:
    """One row of an export: the article's text, and its headline, date and address."""

    text: str
    title: str | None
    published: str | None  # ISO day, as the row states it
    url: str | None


# What a column's header says it holds, by the words services use (Indonesian, English).
# A date column of first publication is preferred over the service's own (indexed,
# crawled, collected): "Tanggal Terbit" over "Tanggal Terindeks".
_TITLE_HEADER = re.compile(r"^(?:judul(?: berita| artikel)?|title|headline|tajuk)$")
_TEXT_HEADER = re.compile(
    r"^(?:isi(?: berita| artikel)?|konten|teks|naskah|text|full ?text|content|body|article)$"
)
_URL_HEADER = re.compile(r"^(?:url|link|tautan|alamat(?: url)?|source url|article url)$")
# A header row is short cells, the names of a few columns at least.
MIN_COLUMNS = 3
MAX_HEADER_CELL_CHARS = 40


@dataclass(frozen=True, slots=True)
class ArticleColumns:
    """Where each field of an article is in a row (None: the export has no such column)."""

    title: int
    text: int
    url: int | None
    published: int | None


def _find_column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, cell in enumerate(header) if pattern.match(field_key(cell))), None)


def article_columns(header: list[str]) -> ArticleColumns | None:
    """The columns of a header row (a CSV's, a database table's), or None when it names
    no headline and no text column (and neither an address nor a date: a table of
    anything else)."""
    if len(header) < MIN_COLUMNS or any(len(c) > MAX_HEADER_CELL_CHARS for c in header):
        return None
    title = _find_column(header, _TITLE_HEADER)
    text = _find_column(header, _TEXT_HEADER)
    url = _find_column(header, _URL_HEADER)
    published = next((i for i, cell in enumerate(header) if is_publication_field(cell)), None)
    if title is None or text is None or (url is None and published is None):
        return None
    return ArticleColumns(title, text, url, published)


def _first_line(content: str) -> str:
    return content.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")


def looks_like_mention_export(content: str) -> bool:
    """Whether ``content`` opens with a monitoring export's header row."""
    first = _first_line(content)
    if first.count(",") + first.count(";") < MIN_COLUMNS - 1:
        return False
    return _header_of(first) is not None


def _header_of(first: str) -> tuple[str, ArticleColumns] | None:
    """The delimiter and the columns of a header row (a comma, or the semicolon of a
    spreadsheet saved in an Indonesian locale)."""
    for delimiter in (",", ";", "\t"):
        cells = next(csv.reader([first], delimiter=delimiter), [])
        columns = article_columns(cells)
        if columns is not None:
            return delimiter, columns
    return None


def _cell(row: Sequence[str | None], index: int | None) -> str | None:
    if index is None or index >= len(row):
        return None
    value = (row[index] or "").strip()
    return value or None


def mention_of_row(row: Sequence[str | None], columns: ArticleColumns) -> Mention | None:
    """The article a table's row holds under ``columns`` (a CSV row, a dump's values;
    ``None`` for a missing value), or ``None`` when its text cell is empty."""
    text = _cell(row, columns.text)
    if not text:
        return None
    date = _cell(row, columns.published)
    return Mention(
        text=text.replace("\r\n", "\n"),
        title=_cell(row, columns.title),
        published=iso_day(date) if date else None,
        url=_cell(row, columns.url),
    )


def read_mention_export(content: str) -> list[Mention] | None:
    """Every row's article of the export ``content`` (rows with no text are passed over),
    or None when ``content`` is no monitoring export."""
    content = content.lstrip("\ufeff")
    header = _header_of(_first_line(content))
    if header is None:
        return None
    delimiter, columns = header
    rows = list(csv.reader(io.StringIO(content), delimiter=delimiter))[1:]
    return [m for row in rows if (m := mention_of_row(row, columns)) is not None]


def mention_export_error(where: str, content: str) -> MalformedInputError:
    """The error for a CSV file that is no monitoring export: what its header names, and
    what warta needs."""
    names = ", ".join(c.strip() for c in next(csv.reader([_first_line(content)]), [])[:8])
    return MalformedInputError(
        f"{where}: a CSV file without the columns of a media-monitoring export (its header: "
        f"{names or 'empty'}); warta reads a CSV with one article per row and a header "
        "naming its headline ('Judul' or 'title'), its text ('Isi' or 'text') and its "
        "address ('URL') or publication date ('Tanggal Terbit' or 'published'). Rename the "
        "columns, or convert the file to JSONL (one article per line)",
        detail={"where": where},
    )
