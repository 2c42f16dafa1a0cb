"""Indonesian stems for full-text search (Sastrawi), so ``serang`` also finds ``menyerang``.

The ``stems`` column of ``articles`` holds the stem of every word of the title and the
text, in order, space-joined; FTS5 indexes it as a third column next to ``title`` and
``text`` (:mod:`warta.store.search` queries it for bare words only). NULL means "not
stemmed yet": the writer resets it whenever an article's title or text is rewritten, and
:func:`fill_stems` stems those rows, so a re-run with nothing changed stems nothing.

Words are cut the way FTS5's ``unicode61`` tokenizer roughly does: lowercase runs of
letters and digits, everything else (hyphens, apostrophes, punctuation) separates, so
``buku-buku`` is the two words ``buku buku``. Only plain ASCII words are stemmed (Sastrawi
knows nothing else); words with digits or other letters are kept as they are.

Stemming needs the ``stemming`` extra (``sastrawi``). Without it :func:`available` is
false, :func:`stem_word` returns the lowercased word and :func:`fill_stems` does
nothing: search is then exact only, and nothing fails.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from warta.store.db import select_in_chunks, transaction

#: Distinct words whose stem is kept in memory. IndoSum's 2,809 articles hold 41,660
#: distinct words; a news archive a few hundred thousand, at ~200 bytes an entry.
CACHE_SIZE = 262_144
#: Articles stemmed per committed transaction.
BATCH = 200
#: Longer tokens are URLs, glued words or noise, not inflected words: left unstemmed.
MAX_WORD = 32

_TOKEN = re.compile(r"[^\W_]+")
_ASCII_WORD = re.compile(r"[a-z]+")


class _Dictionary:
    """Sastrawi's root-word dictionary as a set.

    Sastrawi's own ``ArrayDictionary`` answers ``contains`` by scanning a 30,000-word
    list, several times per word: 42 ms a word on IndoSum, against 0.1 ms with a set
    (same stems: only ``contains`` is ever called).
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in words if w.strip())

    def contains(self, word: str) -> bool:
        return word in self.words


@functools.cache
def _stemmer() -> Any | None:
    """Sastrawi's (uncached) stemmer over a set dictionary, or None when not installed."""
    try:
        from Sastrawi.Stemmer.Stemmer import Stemmer
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        # get_words raises RuntimeError when the package lost its dictionary file.
        return Stemmer(_Dictionary(StemmerFactory().get_words()))
    except (ImportError, RuntimeError):
        return None


def available() -> bool:
    """True when Sastrawi is installed (the ``stemming`` extra)."""
    return _stemmer() is not None


def words(text: str) -> list[str]:
    """The lowercase words of ``text``, cut roughly as FTS5 ``unicode61`` cuts them."""
    return _TOKEN.findall(text.lower())


@functools.lru_cache(maxsize=CACHE_SIZE)
def stem_word(word: str) -> str:
    """The stem of one word (``menyerang`` -> ``serang``), lowercased.

    Words Sastrawi cannot stem (digits, non-ASCII letters, longer than
    :data:`MAX_WORD`) and every word when Sastrawi is missing come back lowercased only.
    """
    word = word.lower()
    stemmer = _stemmer()
    if stemmer is None or len(word) > MAX_WORD or not _ASCII_WORD.fullmatch(word):
        return word
    stem = stemmer.stem_word(word)
    return str(stem) if stem else word


def stem_text(text: str) -> str:
    """The stems of the words of ``text`` (see :func:`words`), space-joined, in order."""
    return " ".join(stem_word(w) for w in words(text))


def article_stems(title: str | None, text: str) -> str:
    """The ``stems`` value of an article: the stems of its title, then of its text."""
    return " ".join(s for s in (stem_text(title or ""), stem_text(text)) if s)


def unstemmed(conn: sqlite3.Connection) -> list[int]:
    """Rowids of the articles whose ``stems`` is NULL (new, changed, or never stemmed)."""
    return [r[0] for r in conn.execute("SELECT rowid FROM articles WHERE stems IS NULL")]


def fill_stems(
    conn: sqlite3.Connection, progress: Callable[[int, int], None] | None = None
) -> int:
    """Stem every article whose ``stems`` is NULL; return how many were stemmed.

    Each batch of :data:`BATCH` articles is committed on its own (an interrupted run
    keeps what it stemmed), and the FTS5 update trigger indexes the stems. A row whose
    title or text changed in between is left NULL for the next run. ``progress(done,
    total)`` is called after each batch. Returns 0 without Sastrawi.
    """
    if not available():
        return 0
    todo = sorted(unstemmed(conn))
    stemmed = 0
    sql = "SELECT rowid, title, text FROM articles WHERE rowid IN ({marks}) AND stems IS NULL"
    for done, rows in select_in_chunks(conn, sql, todo, BATCH):
        values = [(article_stems(r[1], r[2]), r[0], r[1], r[2]) for r in rows]
        with transaction(conn):
            for value in values:
                cur = conn.execute(
                    "UPDATE articles SET stems = ? WHERE rowid = ? AND stems IS NULL "
                    "AND title IS ? AND text = ?",
                    value,
                )
                stemmed += cur.rowcount
        if progress:
            progress(done, len(todo))
    return stemmed
