"""A reference manager's RIS export (Zotero, EndNote, Mendeley), read as the articles
its records hold.

An analyst who keeps news items in a reference manager exports them as RIS: one record
per item, each line a two-letter tag, two spaces, a dash and the value ("TI  - ..."),
a record opened by ``TY`` (its type) and closed by ``ER``. A value may run over several
lines (a note's HTML does). The fields a news item carries:

* ``TI``/``T1`` the headline, ``T2`` the outlet (never the headline), ``AU`` an author;
* ``DA``/``PY``/``Y1`` the publication date ("2026/03/02/", a year alone in ``PY``);
  ``Y2`` is the day the item was *accessed* (saved), never when it came out;
* ``UR`` the article's address;
* ``AB`` the abstract and ``KW`` the keywords: a summary and the analyst's tags, no part
  of the article's text;
* ``N1`` a note: the analyst's own remark, or the article's text pasted as HTML.

A record holds an article when one of its notes is the article's text: the longest
note, of :data:`ARTICLE_MIN_WORDS` words at least (a remark is a line or two). Its
text is that note's paragraphs, with the note's name left out (a note app names a note by
its first line, a heading the analyst wrote over the pasted text).

>>> ris = (
...     "TY  - NEWS\\nTI  - Jembatan Baru Dibuka\\nDA  - 2026/03/02/\\n"
...     "Y2  - 2026/03/04/09:00:00\\nUR  - https://kabar.example/2026/03/02/jembatan\\n"
...     "AB  - Ringkasan.\\nKW  - jembatan\\nN1  - <p>cek lagi</p>\\n"
...     "N1  - <h1>Salinan</h1><p>" + "Warga menyeberang jembatan baru itu. " * 15 + "</p>\\n"
...     "ER  - \\n"
... )
>>> [(r.title, r.published, r.url) for r in read_ris(ris)]
[('Jembatan Baru Dibuka', '2026-03-02', 'https://kabar.example/2026/03/02/jembatan')]
>>> read_ris(ris)[0].text.split(".")[0]
'Warga menyeberang jembatan baru itu'
>>> read_ris("Harga cabai naik pekan ini.") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from warta.errors import MalformedInputError
from warta.ingest.feed_item import paragraphs

__all__ = ["RisRecord", "looks_like_ris", "read_ris", "ris_error"]


@dataclass(frozen=True, slots=True)
class RisRecord:
    """The article one record holds: its text, and its headline, date and address."""

    text: str
    title: str | None
    published: str | None  # ISO day, when the record states a full one
    url: str | None


# A field's line: the tag, two spaces (one, in some writers), a dash, the value.
_FIELD_RE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9]) {1,2}-(?: (?P<value>.*))?$")
# An export opens with a record's type, "TY  - NEWS" (or JOUR, ELEC, BLOG ...), after
# blank lines at most.
_OPENING_RE = re.compile(r"[\ufeff \t\r\n]*TY {1,2}- \S")
# The fields that give the item's headline and its publication date, in order of trust.
_TITLE_TAGS = ("TI", "T1")
_DATE_TAGS = ("DA", "PY", "Y1")
# RIS writes a date "YYYY/MM/DD/other" (the day may be missing); some writers use dashes.
_RIS_DAY_RE = re.compile(r"^\s*(\d{4})[/-](\d{1,2})[/-](\d{1,2})\b")
#: The fewest words of a note that holds an article's text: an analyst's remark is a
#: line or two, a news story's text a few paragraphs of some hundred words.
ARTICLE_MIN_WORDS = 60
# A note's first line when it is a heading: the name the note app gives the note.
_NOTE_NAME_RE = re.compile(r"^\s*(?:<div\b[^>]*>\s*)?<h[1-6]\b[^>]*>.*?</h[1-6]\s*>", re.I | re.S)


def looks_like_ris(content: str) -> bool:
    """Whether ``content`` opens like a RIS export: its first line a record's type."""
    return _OPENING_RE.match(content) is not None  # matched in place: no copy of a big page


def read_ris(content: str, where: str = "<ris>") -> list[RisRecord | None] | None:
    """Every record of a RIS export, in order: its article, or ``None`` for a record that
    holds none (a reference with an abstract only). ``None`` when ``content`` is no RIS.

    Raises :class:`MalformedInputError`, naming ``where``, for an export whose records are
    not opened by ``TY`` or not closed by ``ER`` (a file cut short)."""
    if not looks_like_ris(content):
        return None
    return [_article(fields) for fields in _records(content, where)]


def ris_error(where: str, *, items: int = 0) -> MalformedInputError:
    """The error for a RIS export none of whose records holds an article's text, or, with
    ``items``, for an export of that many articles given as one document (a record of a
    JSONL file, standard input), which cannot be read one article per item."""
    if items > 1:
        problem = (
            f"a RIS export of {items} articles given as one document; give it as a .ris "
            "(or .txt) file, which is read one article per record"
        )
    else:
        problem = (
            "a RIS export whose records hold no article text (a record's title, abstract "
            "and keywords are not the article); save the article's text in a note of the "
            "record (N1), or give the article itself as a .txt or .html file"
        )
    return MalformedInputError(f"{where}: {problem}", detail={"where": where})


def _records(content: str, where: str) -> list[list[tuple[str, str]]]:
    """The records of the export, each as its fields (tag, value) in order; a line that
    is no field continues the value above it."""
    records: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] | None = None
    for number, line in enumerate(content.lstrip("\ufeff").splitlines(), start=1):
        m = _FIELD_RE.match(line.rstrip())
        if m is None:
            if current:  # the value goes on (a note's HTML over several lines)
                tag, value = current[-1]
                current[-1] = (tag, f"{value}\n{line}")
            elif line.strip():
                raise _malformed(where, f"line {number} stands outside any record")
            continue
        tag, value = m.group("tag"), (m.group("value") or "").strip()
        if tag == "TY":
            if current is not None:
                raise _malformed(where, f"the record above line {number} has no ER line")
            current = []
        elif current is None:
            raise _malformed(where, f"line {number} ({tag}) comes before the record's TY line")
        elif tag == "ER":
            records.append(current)
            current = None
        else:
            current.append((tag, value))
    if current is not None:
        raise _malformed(where, "its last record has no ER line (the file may be cut short)")
    return records


def _malformed(where: str, problem: str) -> MalformedInputError:
    return MalformedInputError(
        f"{where}: not a well-formed RIS export: {problem}; every record opens with "
        "'TY  - ' and closes with 'ER  - '. Export the items again from the reference manager",
        detail={"where": where},
    )


def _article(fields: list[tuple[str, str]]) -> RisRecord | None:
    """The article a record's fields hold, or ``None`` when no note is its text."""
    notes = [paragraphs(_NOTE_NAME_RE.sub("", value)) for tag, value in fields if tag == "N1"]
    text = max(notes, key=lambda note: len(note.split()), default="")
    if len(text.split()) < ARTICLE_MIN_WORDS:
        return None
    return RisRecord(
        text=text,
        title=_first(fields, _TITLE_TAGS, _single_line),
        published=_first(fields, _DATE_TAGS, _ris_day),
        url=_first(fields, ("UR",), _web_address),
    )


def _first(
    fields: list[tuple[str, str]], tags: tuple[str, ...], read: Callable[[str], str | None]
) -> str | None:
    """The first value ``read`` makes of the fields named ``tags``, in the tags' order."""
    for wanted in tags:
        for tag, value in fields:
            if tag == wanted and (found := read(value)):
                return found
    return None


def _single_line(value: str) -> str | None:
    return " ".join(value.split()) or None


def _ris_day(value: str) -> str | None:
    """The ISO day of a RIS date ("2026/03/02/", "2026-03-02"); a year alone gives none."""
    m = _RIS_DAY_RE.match(value)
    if m is None:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _web_address(value: str) -> str | None:
    value = value.strip()
    return value if value.startswith(("http://", "https://")) else None
