"""Full-text search over FTS5 with bm25 ranking and highlighted snippets.

User queries are quoted term by term, so no input can raise an FTS5 syntax error:
``Budi "Santoso" AND`` searches for the three words, not for an operator. Supported on
purpose: ``"exact phrase"`` and ``prefix*``. Raw FTS5 syntax is opt-in (``raw=True``);
it is passed as typed and sees the three indexed columns ``title``, ``text`` and ``stems``.

``stems`` holds the Indonesian stems of the title and text (:mod:`warta.store.stemming`).
When the stemmer is installed, a bare word matches itself in the title or text, or its
stem in ``stems``: ``serangan`` also finds ``menyerang`` and ``diserang``. Phrases and
prefixes stay exact, on the title and text only. Stemmed terms are joined by ``AND``
(FTS5 takes no implicit ``AND`` before a parenthesis), and terms without a letter or a
digit are then dropped (an empty phrase under ``AND`` matches nothing). Without the
stemmer every term is exact, as before the stems column existed:

>>> fts_query('Budi "Jawa Timur" banjir*', stem=None)
'{title text}: "Budi" {title text}: "Jawa Timur" {title text}: "banjir"*'
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
#: Texts longer than this (characters) get their snippet from :func:`window_snippet`, not
#: FTS5's ``snippet()``, which scores a window at every matched token against every other
#: match: O(matches²), 1 s for "yang" in a 2 MB text and 11 s for four common words. News
#: articles stay far below it (IndoSum's longest is 8,753 characters), so their snippets
#: are FTS5's; at this length ``snippet()`` still takes under 10 ms.
SNIPPET_MAX_CHARS = 100_000
#: The words around the first match that :func:`window_snippet` looks at before it.
_LEAD_TOKENS = 4
_TOKEN = re.compile(r"[^\W_]+")  # a token of FTS5's unicode61 tokenizer, roughly
#: Rows of a page read per statement (a page of up to 1,000 hits: one or two).
_PAGE_CHUNK = 500

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
    """bm25-ranked hits for ``query``; ``where``/``params`` add filters on ``a.*``.

    Ranks first, then reads the returned page only: bm25 needs no article row, while
    the article's fields and its snippet (which reads the whole text) are fetched for
    the ``limit`` hits shown, not for every match.
    """
    match = query if raw else fts_query(query)
    if not match:
        return []
    terms = _terms(_raw_words(query) if raw else query)
    try:
        ranked = _rank(conn, match, limit, offset, where, params)
        return _page(conn, match, ranked, terms)
    except sqlite3.OperationalError as exc:
        raise InvalidParameterError(
            f"search query {query!r} is not valid FTS5 syntax ({exc}); drop --raw to "
            "search the words as typed",
            detail={"query": query},
        ) from exc


def _rank(
    conn: sqlite3.Connection,
    match: str,
    limit: int,
    offset: int,
    where: str,
    params: tuple[object, ...],
) -> list[tuple[int, float]]:
    """``(rowid, bm25 score)`` of the page of matches, best first.

    The articles table is joined only when a filter reads it. Either way the FTS5 scan
    feeds the sort in the same order, so equal scores keep the order they always had.
    """
    join = "JOIN articles a ON a.rowid = articles_fts.rowid" if where else ""
    sql = f"""
        SELECT articles_fts.rowid, {RANK} AS score
        FROM articles_fts {join}
        WHERE articles_fts MATCH ? {where}
        ORDER BY score LIMIT ? OFFSET ?
    """
    rows = conn.execute(sql, (match, *params, limit, offset)).fetchall()
    return [(int(r[0]), float(r[1])) for r in rows]


def _page(
    conn: sqlite3.Connection,
    match: str,
    ranked: list[tuple[int, float]],
    terms: list[tuple[Literal["phrase", "prefix", "word"], str]],
) -> list[Hit]:
    """The :class:`Hit` of each ranked ``(rowid, score)``, in the same order.

    One pass over the matches between the page's lowest and highest rowid; only the
    page's rows pass the ``+rowid IN`` test, so only they are joined with their article
    and get a snippet. (``rowid IN`` without the ``+`` would be handed to FTS5 as one
    lookup per row, each re-reading every term's doclist: ten times slower.) FTS5's
    ``snippet()`` is computed for texts up to :data:`SNIPPET_MAX_CHARS` (CASE evaluates
    one branch); the longer ones get theirs from :func:`window_snippet`.
    """
    sql = f"""
        SELECT articles_fts.rowid, a.id, a.title, a.source, a.published,
               CASE WHEN length(a.text) <= {SNIPPET_MAX_CHARS}
                    THEN snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}) END,
               length(a.text) > {SNIPPET_MAX_CHARS}
        FROM articles_fts CROSS JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN ? AND ?
              AND +articles_fts.rowid IN ({{marks}})
    """
    rows = {}
    for start in range(0, len(ranked), _PAGE_CHUNK):  # under SQLite's variable limit
        chunk = sorted(rowid for rowid, _ in ranked[start : start + _PAGE_CHUNK])
        marks = ",".join("?" * len(chunk))
        params = (*HIGHLIGHT, match, chunk[0], chunk[-1], *chunk)
        for r in conn.execute(sql.format(marks=marks), params):
            rows[r[0]] = r
    hits = []
    for rowid, score in ranked:
        if rowid not in rows:  # removed by a build between the two statements
            continue
        _, article_id, title, source, published, snip, long = rows[rowid]
        if long:
            snip = _long_snippet(conn, article_id, terms)
        hits.append(Hit(article_id, title, source, published, snip, score))
    return hits


def _long_snippet(
    conn: sqlite3.Connection,
    article_id: str,
    terms: list[tuple[Literal["phrase", "prefix", "word"], str]],
) -> str:
    row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    return window_snippet(str(row[0]), terms)


def _raw_words(query: str) -> str:
    """The words of a raw FTS5 query, for :func:`window_snippet`: column filters,
    operators and grouping dropped (``NEAR(a b)`` gives ``a b``)."""
    return re.sub(r"\{[^}]*\}\s*:|\b\w+\s*:|\b(?:AND|OR|NOT|NEAR)\b|[()^+]", " ", query)


def window_snippet(
    text: str,
    terms: list[tuple[Literal["phrase", "prefix", "word"], str]],
    size: int = SNIPPET_TOKENS,
) -> str:
    """A snippet of a long ``text`` in the format of FTS5's ``snippet()``, from a window.

    ``size`` tokens, starting a few tokens before the first match of any of ``terms``
    (from :func:`_terms`: whole words and phrases, case-insensitive; prefixes as
    prefixes), or at the start when nothing matches (a match on stems only). Matches in
    the window are marked with :data:`HIGHLIGHT`; "…" stands for the text cut off. One
    regex scan finds the first match and the rest reads the window only, so this is
    linear in the text, where ``snippet()`` is quadratic in the number of matches.

    >>> window_snippet("Satu dua. Harga beras naik lagi hari ini.", [("word", "beras")], size=4)
    '…dua. Harga \\x02beras\\x03 naik…'
    """
    alternatives = []
    for kind, core in terms:
        tokens = _TOKEN.findall(core)
        if tokens:
            tail = r"[^\W_]*" if kind == "prefix" else r"(?![^\W_])"
            alternatives.append(r"[\W_]+".join(map(re.escape, tokens)) + tail)
    pattern = None
    start = 0
    if alternatives:
        pattern = re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})", re.IGNORECASE)
        first = pattern.search(text)
        if first is not None:
            start = first.start()
            lead = min(size // 2, _LEAD_TOKENS)
            before = list(_TOKEN.finditer(text, max(0, start - 50 * lead), start))[-lead:]
            if lead and before:
                start = before[0].start()
    end = start
    for n, token in enumerate(_TOKEN.finditer(text, start), 1):
        end = token.end()
        if n >= size:
            break
    parts = ["…" if start > 0 else ""]
    at = start
    for m in pattern.finditer(text, start, end) if pattern is not None else ():
        parts += [text[at : m.start()], HIGHLIGHT[0], m.group(), HIGHLIGHT[1]]
        at = m.end()
    parts += [text[at:end], "…" if end < len(text) else ""]
    return "".join(parts)
