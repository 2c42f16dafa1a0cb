"""Full-text search over FTS5 with bm25 ranking and highlighted snippets.

User queries are quoted term by term, so no input can raise an FTS5 syntax error:
``Kim "Jong-un" AND`` searches for the three words, not for an operator. Supported on
purpose: ``"exact phrase"`` and ``prefix*``. Raw FTS5 syntax is opt-in (``raw=True``).

>>> fts_query('Kim "Korea Utara" sanksi* OR')
'"Kim" "Korea Utara" "sanksi"* "OR"'
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from warta.errors import InvalidParameterError

_PART = re.compile(r'"([^"]*)"|(\S+)')
# FTS5 cannot take control characters (a NUL ends the query string early).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Title matches weigh more than body matches (bm25 column weights: title, text).
TITLE_WEIGHT = 5.0
SNIPPET_TOKENS = 16
HIGHLIGHT = ("\x02", "\x03")  # control characters: never in article text, safe to escape


@dataclass(frozen=True, slots=True)
class Hit:
    article_id: str
    title: str | None
    source: str
    published: str | None
    snippet: str  # highlights between HIGHLIGHT[0] and HIGHLIGHT[1]
    score: float


def fts_query(query: str) -> str:
    """Quote a user query for FTS5 (phrases kept, trailing ``*`` kept as prefix)."""
    parts: list[str] = []
    for m in _PART.finditer(_CONTROL.sub(" ", query)):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            phrase = phrase.strip()
            if phrase:
                parts.append('"' + phrase.replace('"', '""') + '"')
            continue
        assert word is not None
        prefix = word.endswith("*") and len(word.strip("*")) > 0
        core = word.strip("*").replace('"', '""')
        if not core:
            continue
        parts.append(f'"{core}"' + ("*" if prefix else ""))
    return " ".join(parts)


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    raw: bool = False,
    where: str = "",
    params: tuple[object, ...] = (),
) -> list[Hit]:
    """bm25-ranked hits for ``query``; ``where``/``params`` add filters on ``a.*``."""
    match = query if raw else fts_query(query)
    if not match:
        return []
    sql = f"""
        SELECT a.id, a.title, a.source, a.published,
               snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}) AS snip,
               bm25(articles_fts, {TITLE_WEIGHT}, 1.0) AS score
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? {where}
        ORDER BY score LIMIT ? OFFSET ?
    """
    try:
        rows = conn.execute(sql, (*HIGHLIGHT, match, *params, limit, offset)).fetchall()
    except sqlite3.OperationalError as exc:
        raise InvalidParameterError(
            f"search query {query!r} is not valid FTS5 syntax ({exc}); drop --raw to "
            "search the words as typed",
            detail={"query": query},
        ) from exc
    return [Hit(r[0], r[1], r[2], r[3], r[4], float(r[5])) for r in rows]
