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

Each distinct word goes to Sastrawi once per store, not once per article or per process:
its stem is kept in the store's ``word_stems`` table, and the words of the NER training
corpora come stemmed with the package (``warta/lexicon/stems.tsv.gz``, Sastrawi's own
output, rebuilt by ``scripts/build_stem_table.py``). Both only save time: the stems are
the ones Sastrawi gives.

Stemming needs the ``stemming`` extra (``sastrawi``). Without it :func:`available` is
false, :func:`stem_word` returns the lowercased word and :func:`fill_stems` does
nothing: search is then exact only, and nothing fails.
"""

from __future__ import annotations

import functools
import gzip
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
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


def stemmable(word: str) -> bool:
    """Whether Sastrawi is given ``word`` (lowercase ASCII letters, at most :data:`MAX_WORD`)."""
    return len(word) <= MAX_WORD and _ASCII_WORD.fullmatch(word) is not None


def sastrawi_stem(word: str) -> str:
    """Sastrawi's stem of a :func:`stemmable` word (the word itself if it gives none)."""
    stemmer = _stemmer()
    stem = stemmer.stem_word(word) if stemmer is not None else None
    return str(stem) if stem else word


@functools.cache
def shipped_stems() -> dict[str, str]:
    """The stems shipped with the package: ``{word: stem}`` (about 23,000 words)."""
    raw = resources.files("warta.lexicon").joinpath("stems.tsv.gz").read_bytes()
    rows = gzip.decompress(raw).decode("utf-8").splitlines()
    pairs = (line.split("\t", 1) for line in rows if line and not line.startswith("#"))
    return {word: stem for word, stem in pairs}


@functools.lru_cache(maxsize=CACHE_SIZE)
def stem_word(word: str) -> str:
    """The stem of one word (``menyerang`` -> ``serang``), lowercased.

    Words Sastrawi cannot stem (digits, non-ASCII letters, longer than
    :data:`MAX_WORD`) and every word when Sastrawi is missing come back lowercased only.
    Known words (shipped, or learned from the store by :func:`fill_stems`) are not
    given to Sastrawi again.
    """
    word = word.lower()
    if _stemmer() is None or not stemmable(word):
        return word
    known = shipped_stems().get(word) or _learned.get(word)
    return known if known is not None else sastrawi_stem(word)


#: Stems read from or written to the store's ``word_stems`` table in this process
#: (cleared when it holds :data:`CACHE_SIZE` words, so memory stays bounded).
_learned: dict[str, str] = {}


def _learn(conn: sqlite3.Connection, texts: Iterable[str]) -> list[tuple[str, str]]:
    """Make every word of ``texts`` known before it is stemmed: read the stems the store
    has for them into memory, stem the others (with Sastrawi unless this process already
    did). Returns the ``(word, stem)`` rows the store lacks, for the caller to insert in
    its transaction."""
    todo = sorted({w for t in texts for w in words(t) if stemmable(w)} - shipped_stems().keys())
    if len(_learned) + len(todo) > CACHE_SIZE:
        _learned.clear()
        stem_word.cache_clear()
    in_store: dict[str, str] = {}
    sql = "SELECT word, stem FROM word_stems WHERE word IN ({marks})"
    for _done, rows in select_in_chunks(conn, sql, todo, 500):
        in_store.update((str(r[0]), str(r[1])) for r in rows)
    _learned.update(in_store)
    new = [(w, _learned.get(w) or sastrawi_stem(w)) for w in todo if w not in in_store]
    _learned.update(new)
    return new


def stem_articles(
    conn: sqlite3.Connection, pages: Sequence[tuple[str | None, str]]
) -> tuple[list[str], list[tuple[str, str]]]:
    """The ``stems`` value of each ``(title, text)``, and the ``(word, stem)`` rows the
    store lacks (to be inserted by its writer). ``conn`` may be read-only: a build's
    worker processes stem their articles here, reading the stems the store knows, so
    the build's process only writes them. Without Sastrawi: two empty lists."""
    if not available():
        return [], []
    new_words = _learn(conn, (f"{title or ''} {text}" for title, text in pages))
    return [article_stems(title, text) for title, text in pages], new_words


def remember(conn: sqlite3.Connection, rows: Iterable[tuple[str, str]]) -> None:
    """Keep ``(word, stem)`` rows in the store (those it has already stay as they are)."""
    conn.executemany("INSERT OR IGNORE INTO word_stems(word, stem) VALUES (?, ?)", rows)


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
        new_words = _learn(conn, (f"{r[1] or ''} {r[2]}" for r in rows))
        values = [(article_stems(r[1], r[2]), r[0], r[1], r[2]) for r in rows]
        with transaction(conn):
            remember(conn, new_words)
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
