"""A Jupyter notebook (``.ipynb`` JSON) whose printed output holds an article.

A desk that fetches stories with a script keeps the script in a notebook: markdown
cells (the team's notes), code cells (the fetch, the parse, the saving to a table) and,
under each code cell, what it printed. The cell that parses a page prints the story:
often a few ``key : value`` lines first (the headline, the publication stamp, the HTTP
status), a rule of dashes, then the article's paragraphs, one a line.

:func:`read_notebook` gives the article: the printed output holding the most words, its
head of fields read as front matter (headline, publication date, address) and its other
lines the text. A script that prints the parser's fields in a cell of their own (a
newspaper3k ``Article``'s title, publish date and authors printed before ``art.text``)
gives the head as that output: one of field lines only, holding a headline field. The
notebook's code, its markdown notes, the other outputs (a saved row's fetch time, a
summary, keywords) and its kernel metadata are the team's, never the story's. The address
is a head field's, else the one web address the printing cell's code fetched, else the
one the notebook's code names (a first cell setting ``url = "..."`` for the cells after).

>>> import json
>>> out = ["judul : Jembatan Desa Diperbaiki\\n", "terbit : 2027-01-05\\n", "-----\\n"]
>>> out += ["Warga memperbaiki jembatan desa yang rusak sejak banjir. " * 4 + "\\n"]
>>> cell = {"cell_type": "code", "source": ['get("https://kabar.example/jembatan")'],
...         "outputs": [{"output_type": "stream", "name": "stdout", "text": out}]}
>>> story = read_notebook(json.dumps({"cells": [cell], "nbformat": 4}), "n.ipynb")
>>> story.title, story.published, story.url
('Jembatan Desa Diperbaiki', '2027-01-05', 'https://kabar.example/jembatan')
>>> read_notebook('{"cells": []}', "n.json") is None
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from warta.errors import MalformedInputError
from warta.ingest.export_fields import field_key, is_publication_field

__all__ = ["NotebookStory", "looks_like_notebook", "read_notebook"]


@dataclass(frozen=True, slots=True)
class NotebookStory:
    """The article a notebook printed: its text as paragraphs separated by blank lines,
    and the headline, publication date (as written) and address (``None`` where the
    output and its cell give none)."""

    text: str
    title: str | None
    published: str | None
    url: str | None


# The fewest words of a printed output that is an article, not a status line or a row.
STORY_MIN_WORDS = 40
# A printed field line of the output's head: "judul  : ...", "url = ...".
_FIELD_RE = re.compile(r"^\s*(?P<key>[A-Za-z][\w .-]{0,24}?)\s*[:=]\s+(?P<value>\S.*)$")
# A rule a script prints between its fields and the text ("-" * 60, "=====").
_RULE_RE = re.compile(r"^\s*([-=_*#~])\1{4,}\s*$")
# How far into an output its head of fields may run.
_HEAD_LINES = 12
_TITLE_KEYS = frozenset({"judul", "judul berita", "judul artikel", "title", "headline"})
_URL_KEYS = frozenset({"url", "tautan", "link", "sumber", "source", "alamat"})
_WEB_ADDRESS_RE = re.compile(r"https?://[^\s\"'<>)\]]+")


def looks_like_notebook(content: str) -> bool:
    """Whether ``content`` is a notebook's JSON: an object holding cells, with its format
    version or a cell's type named (checked on the words, before any parsing; a notebook
    cut short has lost its version, written last)."""
    if content.lstrip("\ufeff \t\r\n")[:1] != "{" or '"cells"' not in content:
        return False
    return '"nbformat"' in content or '"cell_type"' in content


def read_notebook(content: str, where: str) -> NotebookStory | None:
    """The article a notebook printed, or ``None`` when ``content`` is no notebook.

    Raises :class:`MalformedInputError`, naming ``where``, for a notebook whose JSON is
    broken or whose outputs hold no article (its cells never run, or printing rows only).
    """
    if not looks_like_notebook(content):
        return None
    try:
        notebook = json.loads(content.lstrip("\ufeff"))
    except ValueError as exc:
        raise _malformed(where, f"its JSON is broken ({exc}); save the notebook again") from exc
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise _malformed(where, "it holds no list of cells")
    printed = [(text, cell) for cell in cells for text in _printed_texts(cell)]
    best = max(printed, key=lambda p: len(p[0].split()), default=None)
    if best is None or len(best[0].split()) < STORY_MIN_WORDS:
        raise _malformed(
            where,
            f"no cell printed an article ({STORY_MIN_WORDS} words or more); run the cell "
            "that prints the story's text and save the notebook with its outputs",
        )
    fields, lines = _head_fields(best[0].splitlines())
    if not fields:
        fields = _fields_printed_apart(text for text, _ in printed if text is not best[0])
    paragraphs = [" ".join(line.split()) for line in lines if line.strip()]
    return NotebookStory(
        text="\n\n".join(paragraphs),
        title=next((v for k, v in fields if k in _TITLE_KEYS), None),
        published=next((v for k, v in fields if is_publication_field(k)), None),
        url=_address(fields) or _fetched_address([best[1]]) or _fetched_address(cells),
    )


def _printed_texts(cell: Any) -> list[str]:
    """What a code cell printed: its stream outputs and the plain text of its results
    (a markdown cell's text is the team's note, never an output)."""
    if not isinstance(cell, dict) or cell.get("cell_type") != "code":
        return []
    texts = []
    for output in cell.get("outputs") or []:
        if not isinstance(output, dict):
            continue
        data = output.get("data")
        text = output.get("text") if "text" in output else None
        if text is None and isinstance(data, dict):
            text = data.get("text/plain")
        joined = _joined(text)
        if joined.strip():
            texts.append(joined)
    return texts


def _joined(value: Any) -> str:
    """A notebook's multi-line string: one string, or a list of its lines."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part for part in value if isinstance(part, str))
    return ""


def _head_fields(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """The output's head of field lines (keys as compared) and the lines after it.

    A head is the lines over a printed rule near the top, when they are all fields, or
    else the field lines opening the output, two at least (one "Kata: ..." line may be
    the story's own)."""
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if _RULE_RE.match(line):
            head = [_FIELD_RE.match(x) for x in lines[:i] if x.strip()]
            if head and all(head):
                return [_field(m) for m in head if m], lines[i + 1 :]
            break
    fields = []
    for line in lines[:_HEAD_LINES]:
        m = _FIELD_RE.match(line)
        if m is None:
            break
        fields.append(_field(m))
    if len(fields) < 2:
        return [], lines
    return fields, lines[len(fields) :]


def _fields_printed_apart(outputs: Iterable[str]) -> list[tuple[str, str]]:
    """The fields of the first output that printed field lines only, a headline among
    them (a scraper's title, date and authors printed in a cell before its text); none
    when no output did. An output with other lines is a row, a summary or a log."""
    for output in outputs:
        fields, rest = _head_fields(output.splitlines())
        if any(k in _TITLE_KEYS for k, _ in fields) and not any(x.strip() for x in rest):
            return fields
    return []


def _field(m: re.Match[str]) -> tuple[str, str]:
    return field_key(m.group("key")), m.group("value").strip()


def _address(fields: list[tuple[str, str]]) -> str | None:
    value = next((v for k, v in fields if k in _URL_KEYS), "")
    m = _WEB_ADDRESS_RE.match(value)
    return m.group(0) if m else None


def _fetched_address(cells: list[Any]) -> str | None:
    """The one web address the code of ``cells`` names (the page fetched); none when it
    names several (an API and a page, a list of sources) or none. A markdown cell's
    address is the team's note, never what the code fetched."""
    addresses = {
        address
        for cell in cells
        if isinstance(cell, dict) and cell.get("cell_type") == "code"
        for address in _WEB_ADDRESS_RE.findall(_joined(cell.get("source")))
    }
    return addresses.pop() if len(addresses) == 1 else None


def _malformed(where: str, why: str) -> MalformedInputError:
    return MalformedInputError(
        f"{where}: a Jupyter notebook read as an article, but {why}",
        detail={"where": where},
    )
