"""Full-text search over FTS5 with bm25 ranking and highlighted snippets.

User queries are quoted term by term, so no input can raise an FTS5 syntax error:
``Kim "Jong-un" AND`` searches for the three words, not for an operator. Supported on
purpose: ``"exact phrase"`` and ``prefix*``. Raw FTS5 syntax is opt-in (``raw=True``);
it is passed as typed and sees the three indexed columns ``title``, ``text`` and ``stems``.

``stems`` holds the Indonesian stems of the title and text (:mod:`warta.store.stemming`).
When the stemmer is installed, a bare word matches itself in the title or text, or its
stem in ``stems``: ``serangan`` also finds ``menyerang`` and ``diserang``. Phrases and
prefixes stay exact, on the title and text only. Stemmed terms are joined by ``AND``
(FTS5 takes no implicit ``AND`` before a parenthesis), and terms without a letter or a
digit are then dropped (an empty phrase under ``AND`` matches nothing). Without the
stemmer every term is exact, as before the stems column existed:

>>> fts_query('Kim "Korea Utara" sanksi*', stem=None)
'{title text}: "Kim" {title text}: "Korea Utara" {title text}: "sanksi"*'
>>> fts_query('serangan "serangan udara" -', stem=lambda word: "serang")
'({title text}: "serangan" OR stems: "serang") AND {title text}: "serangan udara"'
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from warta.errors import InvalidParameterError
from warta.store import stemming

_PART = re.compile(r'"([^"]*)"|(\S+)')
# FTS5 cannot take control characters (a NUL ends the query string early).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Exact terms are kept off the stems column: a phrase must not match a run of stems, nor
# a word the stem of another word.
EXACT = "{title text}: "
# bm25 column weights: title matches weigh more than body matches. A stem match is weaker
# evidence than the word itself (Sastrawi over-stems: "pertanian" and "ditemani" share
# "tani"), so it counts half a body match; the word as typed scores in title/text and in
# stems too. On IndoSum the exact matches still fill the top hits of 29 of 30 inflected
# one-word queries (bench/bench_stemming.py): the rarer typed word dominates bm25.
TITLE_WEIGHT = 5.0
STEMS_WEIGHT = 0.5
RANK = f"bm25(articles_fts, {TITLE_WEIGHT}, 1.0, {STEMS_WEIGHT})"
SNIPPET_TOKENS = 16
HIGHLIGHT = ("\x02", "\x03")  # control characters: never in article text, safe to escape

Stemmer = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Hit:
    article_id: str
    title: str | None
    source: str
    published: str | None
    snippet: str  # highlights between HIGHLIGHT[0] and HIGHLIGHT[1]
    score: float


def fts_query(query: str, stem: Stemmer | Literal["auto"] | None = "auto") -> str:
    """Quote a user query for FTS5 (phrases kept, trailing ``*`` kept as prefix).

    ``stem`` maps a word to its space-joined stems; ``"auto"`` uses
    :func:`warta.store.stemming.stem_text` when Sastrawi is installed, else no stemming.
    """
    if isinstance(stem, str):  # "auto"
        stem = stemming.stem_text if stemming.available() else None
    terms: list[tuple[str, bool]] = []  # (FTS5 term, holds a word)
    stemmed = False
    for kind, core in _terms(query):
        term = f'{EXACT}"{_quote(core)}"' + ("*" if kind == "prefix" else "")
        has_word = bool(stemming.words(core))
        stems = stem(core) if stem is not None and kind == "word" and has_word else ""
        if stemming.words(stems):
            term = f'({term} OR stems: "{_quote(stems)}")'
            stemmed = True
        terms.append((term, has_word))
    if not stemmed:
        return " ".join(term for term, _ in terms)
    # FTS5 takes no implicit AND before a parenthesis, and "x AND <empty phrase>" matches
    # nothing, so terms without a letter or digit (empty to FTS5) are dropped here.
    return " AND ".join(term for term, has_word in terms if has_word)


def _terms(query: str) -> list[tuple[Literal["phrase", "prefix", "word"], str]]:
    """The ``(kind, text)`` of each term of a user query, control characters removed."""
    out: list[tuple[Literal["phrase", "prefix", "word"], str]] = []
    for m in _PART.finditer(_CONTROL.sub(" ", query)):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            if phrase.strip():
                out.append(("phrase", phrase.strip()))
            continue
        assert word is not None
        core = word.strip("*")
        if core:
            out.append(("prefix" if word.endswith("*") else "word", core))
    return out


def _quote(text: str) -> str:
    return text.replace('"', '""')


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
               {RANK} AS score
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
