"""A database dump of an articles table (``mysqldump``'s, or any SQL ``INSERT`` dump),
read as the article its row holds.

A monitoring desk keeps what it collects in a database table, and an analyst who hands
one article over may dump its row: comments naming the server, ``SET`` statements, the
table's ``CREATE TABLE`` naming its columns, then ``INSERT INTO ... VALUES (...)`` with
the row's fields as SQL literals. Read as text, that is a page of statements whose
``INSERT`` line becomes the lead. :func:`read_sql_dump` finds the row's headline, text,
address and publication date by the names of its columns (those a monitoring export's
header uses, :func:`~warta.ingest.mention_export.article_columns`); the desk's columns
(sentiment, collection time, operator) are no part of the article.

>>> dump = (
...     "-- MySQL dump 10.13\\n"
...     "CREATE TABLE `berita` (\\n  `id` int NOT NULL,\\n  `judul` varchar(200),\\n"
...     "  `url` varchar(300),\\n  `tgl_terbit` datetime,\\n  `isi` text\\n);\\n"
...     "INSERT INTO `berita` VALUES (7,'Pasar Malam Dibuka Lagi',"
...     "'https://kabar.example/pasar','2026-03-02 19:05:00',"
...     "'Pasar malam dibuka lagi.\\\\n\\\\nPedagang menyambut pembeli.');\\n"
... )
>>> [(r.title, r.published, r.url) for r in read_sql_dump(dump, "d.sql")]
[('Pasar Malam Dibuka Lagi', '2026-03-02', 'https://kabar.example/pasar')]
>>> read_sql_dump(dump, "d.sql")[0].text
'Pasar malam dibuka lagi.\\n\\nPedagang menyambut pembeli.'
>>> read_sql_dump("Harga cabai naik, kata pedagang.", "p.txt") is None
True
"""

from __future__ import annotations

import re

from warta.errors import MalformedInputError
from warta.ingest.mention_export import Mention, article_columns, mention_of_row

__all__ = ["looks_like_sql_dump", "read_sql_dump", "sql_dump_error"]

# A dump opens with its tool's comments ("-- MySQL dump", "-- PostgreSQL database
# dump", "-- phpMyAdmin SQL Dump") or a statement; it holds an INSERT of rows.
_DUMP_OPENING_RE = re.compile(
    r"^\s*(?:--|/\*|(?:SET|CREATE|DROP|INSERT|LOCK|BEGIN|START)\b)", re.IGNORECASE
)
_INSERT_RE = re.compile(
    r"^\s*INSERT\s+(?:IGNORE\s+)?INTO\s+[`\"]?(?P<table>[\w.]+)[`\"]?\s*"
    r"(?:\((?P<columns>[^)]*)\)\s*)?VALUES\s*",
    re.IGNORECASE | re.MULTILINE,
)
_CREATE_RE = re.compile(
    r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`\"]?(?P<table>[\w.]+)[`\"]?\s*\(",
    re.IGNORECASE,
)
# A column's line in CREATE TABLE: its quoted or bare name, then its type.
_COLUMN_LINE_RE = re.compile(r"^\s*[`\"]?(?P<name>\w+)[`\"]?\s+[a-z]", re.IGNORECASE)
_CONSTRAINT_WORDS = frozenset({"primary", "key", "unique", "index", "constraint", "foreign"})
# A literal of a VALUES tuple: a quoted string (backslash escapes or doubled quotes), a
# NULL, a number.
_LITERAL_RE = re.compile(r"\s*(?:'(?P<s>(?:[^'\\]|\\.|'')*)'|(?P<w>[^,()\s']+))\s*", re.DOTALL)
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a"}


def looks_like_sql_dump(content: str) -> bool:
    """Whether ``content`` is a SQL dump holding rows: it opens as one and has an
    ``INSERT INTO ... VALUES`` statement."""
    head = content.lstrip("\ufeff")
    return _DUMP_OPENING_RE.match(head) is not None and _INSERT_RE.search(head) is not None


def read_sql_dump(content: str, where: str) -> list[Mention] | None:
    """The article of every row the dump ``content`` inserts into an articles table (one
    whose columns name a headline, a text and an address or date; rows with no text are
    passed over), or None when ``content`` is no SQL dump. Raises
    :class:`MalformedInputError` for a dump whose rows are cut short or whose table names
    no article's columns."""
    if not looks_like_sql_dump(content):
        return None
    rows: list[Mention] = []
    tables_seen: list[str] = []
    for insert in _INSERT_RE.finditer(content):
        table = insert.group("table")
        names = _listed_columns(insert.group("columns")) or _created_columns(content, table)
        tables_seen.append(table)
        columns = article_columns(names) if names else None
        if columns is None:
            continue
        for values in _value_tuples(content, insert.end(), where):
            if (mention := mention_of_row(values, columns)) is not None:
                rows.append(mention)
    if not rows:
        raise sql_dump_error(where, tables=sorted(set(tables_seen)))
    return rows


def sql_dump_error(
    where: str, *, tables: list[str] | None = None, rows: int = 0
) -> MalformedInputError:
    """The error for a dump warta cannot read as articles: one cut short (``tables`` None
    and no ``rows``), one whose tables hold no article, or, with ``rows``, a dump of that
    many articles given as one page."""
    if rows > 1:
        problem = (
            f"a SQL dump of {rows} articles given as one page; dump one row per file, or "
            "export the table as CSV or JSONL (one article per line)"
        )
    elif tables is None:
        problem = (
            "a SQL dump whose INSERT statement is cut short (a value or a row left "
            "unclosed); dump the row again"
        )
    else:
        names = ", ".join(tables) or "none"
        problem = (
            f"a SQL dump whose rows hold no article (tables: {names}); warta reads a "
            "table whose columns name its headline ('judul' or 'title'), its text ('isi' "
            "or 'content') and its address ('url') or publication date ('tgl_terbit' or "
            "'published')"
        )
    return MalformedInputError(f"{where}: {problem}", detail={"where": where})


def _listed_columns(listed: str | None) -> list[str]:
    """The column names an INSERT lists before VALUES."""
    if not listed:
        return []
    return [name.strip().strip('`"') for name in listed.split(",") if name.strip()]


def _created_columns(content: str, table: str) -> list[str]:
    """The column names of ``table``'s CREATE TABLE, in order (keys and constraints left
    out)."""
    create = next((m for m in _CREATE_RE.finditer(content) if m.group("table") == table), None)
    if create is None:
        return []
    names = []
    for line in content[create.end() :].splitlines():
        if line.lstrip().startswith(")"):
            break
        m = _COLUMN_LINE_RE.match(line)
        if m and m.group("name").lower() not in _CONSTRAINT_WORDS:
            names.append(m.group("name"))
    return names


def _value_tuples(content: str, at: int, where: str) -> list[list[str | None]]:
    """The tuples of a VALUES list starting at ``at`` (``(...), (...);``), each as its
    values (strings unescaped, NULL as None). Raises :class:`MalformedInputError` when a
    tuple or a string is left unclosed."""
    tuples: list[list[str | None]] = []
    pos = at
    while True:
        while pos < len(content) and content[pos].isspace():
            pos += 1
        if pos >= len(content) or content[pos] != "(":
            raise sql_dump_error(where)
        pos += 1
        values: list[str | None] = []
        while True:
            m = _LITERAL_RE.match(content, pos)
            if m is None or m.end() >= len(content):
                raise sql_dump_error(where)
            values.append(_literal(m))
            pos = m.end()
            if content[pos] == ",":
                pos += 1
                continue
            if content[pos] == ")":
                pos += 1
                break
            raise sql_dump_error(where)
        tuples.append(values)
        while pos < len(content) and content[pos].isspace():
            pos += 1
        if pos < len(content) and content[pos] == ",":
            pos += 1
            continue
        if pos < len(content) and content[pos] == ";":
            return tuples
        raise sql_dump_error(where)


def _literal(m: re.Match[str]) -> str | None:
    """A literal's value: a string unescaped (``\\n``, ``\\'``, ``''``), NULL as None, a
    number as written."""
    if m.group("s") is not None:
        raw = m.group("s").replace("''", "'")
        return re.sub(r"\\(.)", lambda e: _ESCAPES.get(e.group(1), e.group(1)), raw, flags=re.S)
    word = m.group("w")
    return None if word.upper() == "NULL" else word
