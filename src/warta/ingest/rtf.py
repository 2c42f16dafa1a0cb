"""A document in Rich Text Format read as its text, and a clipping vendor's field table.

Media-monitoring vendors deliver a clipping as an RTF document: the vendor's header, a
table of fields (medium, publication date, address, tone, clipping date), then the
article. :func:`rtf_text` keeps the words a reader sees: control words, the font and
colour tables, the document's info block and other destinations are removed, a paragraph
or a table row ends a line and a table's cells are kept apart. :func:`read_rtf_clipping`
reads the fields of such a table: the publication date from the field named so
(:func:`~warta.ingest.export_fields.is_publication_field`; the vendor's clipping date is
when it kept the story, never when the story came out) and the story's address; the
article is the text under the table.

>>> doc = (
...     r"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\info{\\title Kliping}}"
...     r"\\pard Vendor\\par"
...     r"\\trowd\\pard\\intbl\\b Tanggal Terbit\\b0\\cell 03/02/2027\\cell\\row"
...     r"\\trowd\\pard\\intbl Tautan\\cell https://situs.id/a\\cell\\row"
...     r"\\trowd\\pard\\intbl Tanggal Kliping\\cell 04/02/2027\\cell\\row"
...     r"\\pard Judul Berita\\par\\pard Isi berita caf\\'e9.\\par}"
... )
>>> clip = read_rtf_clipping(doc)
>>> clip.published, clip.url, clip.text
('2027-02-03', 'https://situs.id/a', 'Judul Berita\\nIsi berita café.')
"""

from __future__ import annotations

import re

from warta.ingest.field_table import CELL_SEP, read_field_table
from warta.ingest.field_table import Clipping as RtfClipping

__all__ = ["RtfClipping", "looks_like_rtf", "read_rtf_clipping", "rtf_text"]

_TOKEN_RE = re.compile(
    r"\\(?P<word>[a-zA-Z]+)(?P<arg>-?\d+)? ?"  # a control word and its argument
    r"|\\'(?P<hex>[0-9a-fA-F]{2})"  # a byte of the document's code page
    r"|\\(?P<symbol>[^a-zA-Z])"  # a control symbol: "\\{", "\\~", "\\*"
    r"|(?P<brace>[{}])"
    r"|(?P<newline>\r?\n)"
    r"|(?P<text>[^\\{}\r\n]+)"
)
# Groups that hold no text a reader sees: tables of fonts, colours and styles, the
# document's info block (title, author, creation time), pictures, running heads.
_HIDDEN_DESTINATIONS = frozenset(
    "fonttbl colortbl stylesheet info pict header footer headerl headerr footerl footerr "
    "listtable listoverridetable rsidtbl generator xmlnstbl themedata datastore latentstyles "
    "object fldinst".split()
)
# Control words that end a line or separate what a reader sees as apart.
_BREAKS = {"par": "\n", "line": "\n", "row": "\n", "sect": "\n", "page": "\n"}
_SPACES = {"tab": " ", "cell": CELL_SEP, "emdash": "—", "endash": "–", "bullet": "•"}
_SYMBOLS = {"~": "\u00a0", "_": "-", "\\": "\\", "{": "{", "}": "}"}


def looks_like_rtf(content: str) -> bool:
    """Whether ``content`` is an RTF document (it opens with "{\\rtf")."""
    return content.lstrip("\ufeff \r\n\t").startswith("{\\rtf")


def rtf_text(content: str) -> str:
    """The text of an RTF document, a line per paragraph or table row, a table's cells
    closed by a tab; control words and hidden groups removed."""
    out: list[str] = []
    hidden = [False]
    group_start = False  # the next token opens a group: it may name a destination
    code_page = "cp1252"
    skip = 0  # characters after "\\uN" standing for it in older readers
    for m in _TOKEN_RE.finditer(content):
        kind = "word" if m["word"] else m.lastgroup  # a word's argument closes last
        opening, group_start = group_start, False
        if kind == "brace":
            if m["brace"] == "{":
                hidden.append(hidden[-1])
                group_start = True
            elif len(hidden) > 1:
                hidden.pop()
            continue
        if kind == "newline":
            continue
        if kind == "symbol" and m["symbol"] == "*" and opening:
            hidden[-1] = True  # "{\\*\\name ...}": a destination a reader may ignore
            continue
        if kind == "word":
            word = m["word"]
            if opening and word in _HIDDEN_DESTINATIONS:
                hidden[-1] = True
            elif word == "ansicpg" and m["arg"]:
                code_page = f"cp{m['arg']}"
            elif not hidden[-1]:
                if word == "u" and m["arg"]:
                    out.append(chr(int(m["arg"]) % 0x10000))
                    skip = 1
                else:
                    out.append(_BREAKS.get(word) or _SPACES.get(word, ""))
            continue
        if hidden[-1]:
            continue
        if kind == "hex":
            if skip:
                skip -= 1
                continue
            out.append(bytes([int(m["hex"], 16)]).decode(code_page, errors="replace"))
        elif kind == "symbol":
            out.append(_SYMBOLS.get(m["symbol"], ""))
        elif kind == "text":
            text = m["text"]
            if skip:
                text, skip = text[skip:], 0
            out.append(text)
    lines = (line.strip(" ") for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line.strip())


def read_rtf_clipping(content: str) -> RtfClipping | None:
    """A clipping document's article, the address and publication date its field table
    gives (:func:`~warta.ingest.field_table.read_field_table`), or ``None`` when
    ``content`` is no RTF document."""
    if not looks_like_rtf(content):
        return None
    return read_field_table(rtf_text(content).split("\n"))
