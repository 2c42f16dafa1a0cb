"""Stemmed search on IndoSum: stemming throughput, recall gain and query latency.

    python bench/bench_stemming.py [--data ../shared/data/indosum] [--queries 30]

The 2,809 IndoSum articles are written to a temporary store (plain SQL into the real
schema: the FTS5 triggers index them, no NLP stages), then stemmed by
:func:`warta.store.stemming.fill_stems`, as a build does. Figures:

- throughput: words and articles stemmed per second, cold (empty word cache) and warm;
  plus Sastrawi's own list-scanning dictionary on a sample, for comparison;
- recall: for inflected single-word queries drawn from the IndoSum vocabulary (document
  frequency >= 5), the articles matched exactly and with stems, the other forms of the
  stem that brought the extra matches (where over-stemming shows), and whether the exact
  matches still rank first;
- latency: p50/p95 of ``search`` (bm25 + snippets, 20 hits) for the same queries plus
  random summary words, exact and stemmed.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.store import stemming
from warta.store.db import connect, transaction
from warta.store.search import fts_query, search
from warta_eval.indosum import IndoSumDoc, load_indosum

NAMED = ["menyerang", "pembangunan", "kebijakan"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--queries", type=int, default=30, help="inflected single words")
    parser.add_argument("--latency-queries", type=int, default=300)
    args = parser.parse_args()
    if not stemming.available():
        raise SystemExit("needs Sastrawi: pip install 'warta[stemming]'")
    docs = load_indosum(args.data)
    texts = [d.text for d in docs]
    n_words = sum(len(stemming.words(t)) for t in texts)
    vocab = Counter(w for t in texts for w in set(stemming.words(t)))  # document frequency
    print(f"IndoSum: {len(docs)} articles, {n_words} words, {len(vocab)} distinct")

    throughput(texts, n_words, vocab)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "stems.db"
        conn = connect(db)
        t0 = time.perf_counter()
        with transaction(conn):
            conn.executemany(
                "INSERT INTO articles (id, source, title, text, record, content_hash, "
                "pipeline_version, added_at, updated_at) VALUES (?, ?, NULL, ?, '{}', ?, '1', "
                "'', '')",
                [(d.id, d.url, d.text, d.id) for d in docs],
            )
        insert = time.perf_counter() - t0
        size = _size(conn)
        stemming.stem_word.cache_clear()
        t0 = time.perf_counter()
        stemmed = stemming.fill_stems(conn)
        fill = time.perf_counter() - t0
        print(
            f"store: insert + FTS index {insert:.1f} s; fill_stems {stemmed} articles in "
            f"{fill:.1f} s (cold cache, stemming + FTS re-index) = {stemmed / fill:.0f} "
            f"articles/s; re-run stems {stemming.fill_stems(conn)}; store size "
            f"{size / 1e6:.1f} -> {_size(conn) / 1e6:.1f} MB"
        )
        words = pick_queries(vocab, args.queries)
        recall(conn, words, vocab)
        latency(conn, words, docs, args.latency_queries)
        conn.close()


def throughput(texts: list[str], n_words: int, vocab: Counter[str]) -> None:
    stemming._stemmer.cache_clear()
    t0 = time.perf_counter()
    stemming.available()
    load = time.perf_counter() - t0
    for label in ("cold", "warm"):
        if label == "cold":
            stemming.stem_word.cache_clear()
        t0 = time.perf_counter()
        for text in texts:
            stemming.article_stems(None, text)
        dt = time.perf_counter() - t0
        print(
            f"stemming {label}: {dt:.2f} s = {n_words / dt:,.0f} words/s, "
            f"{len(texts) / dt:,.0f} articles/s"
        )
    print(f"  dictionary load {load * 1000:.0f} ms; {stemming.stem_word.cache_info()}")
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    sample = random.Random(7).sample(sorted(w for w in vocab if w.isalpha()), 100)
    plain = StemmerFactory().create_stemmer().delegatedStemmer  # list dictionary, no cache
    t0 = time.perf_counter()
    same = sum(plain.stem_word(w) == stemming.stem_word(w) for w in sample)
    per_word = (time.perf_counter() - t0) / len(sample) * 1000
    print(
        f"  Sastrawi's own dictionary: {per_word:.1f} ms a distinct word "
        f"({same}/{len(sample)} same stems); with a set: "
        f"{_per_word_set(sample):.2f} ms"
    )


def _per_word_set(sample: list[str]) -> float:
    stemmer = stemming._stemmer()
    t0 = time.perf_counter()
    for w in sample:
        stemmer.stem_word(w)
    return (time.perf_counter() - t0) / len(sample) * 1000


def pick_queries(vocab: Counter[str], n: int) -> list[str]:
    """The named examples, then inflected words (stem differs) with df >= 5, at random."""
    pool = sorted(
        w
        for w, df in vocab.items()
        if df >= 5 and len(w) > 5 and re.fullmatch("[a-z]+", w) and stemming.stem_word(w) != w
    )
    rng = random.Random(7)
    return NAMED + rng.sample([w for w in pool if w not in NAMED], max(0, n - len(NAMED)))


def recall(conn: sqlite3.Connection, words: list[str], vocab: Counter[str]) -> None:
    forms: defaultdict[str, list[str]] = defaultdict(list)
    for w, _ in vocab.most_common():
        forms[stemming.stem_word(w)].append(w)

    def matches(match: str) -> set[str]:
        sql = (
            "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ?"
        )
        return {r[0] for r in conn.execute(sql, (match,))}

    rows = []
    first = 0  # queries whose best stemmed hits are all exact matches
    for w in words:
        exact_ids = matches(fts_query(w, None))
        exact, stemmed = len(exact_ids), len(matches(fts_query(w, stemming.stem_text)))
        rows.append((w, exact, stemmed))
        k = min(exact, 20)
        top = search(conn, fts_query(w, stemming.stem_text), raw=True, limit=k)
        first += all(h.article_id in exact_ids for h in top)
        others = [f for f in forms[stemming.stem_word(w)] if f != w][:5]
        print(
            f"  {w:18s} {exact:5d} -> {stemmed:5d} (+{stemmed - exact:4d})  "
            f"stem {stemming.stem_word(w)!r}: {', '.join(others)}"
        )
    exact_total = sum(r[1] for r in rows)
    stemmed_total = sum(r[2] for r in rows)
    gains = [r[2] / r[1] for r in rows if r[1]]
    print(
        f"recall over {len(rows)} queries: {exact_total} -> {stemmed_total} matches "
        f"(+{(stemmed_total / exact_total - 1) * 100:.0f}%), median per query "
        f"x{statistics.median(gains):.2f}, more matches for "
        f"{sum(r[2] > r[1] for r in rows)}/{len(rows)} queries; the exact matches rank "
        f"first (top min(20, exact) hits) for {first}/{len(rows)} queries"
    )


def latency(
    conn: sqlite3.Connection, words: list[str], docs: list[IndoSumDoc], n: int
) -> None:
    rng = random.Random(7)
    summary = [w for d in docs[:400] for w in d.summary.split() if w.isalpha() and len(w) > 4]
    queries = words + [rng.choice(summary) for _ in range(max(0, n - len(words)))]
    for label, stem in (("exact", None), ("stemmed", stemming.stem_text)):
        times = []
        for q in queries:
            t0 = time.perf_counter()
            search(conn, fts_query(q, stem), raw=True, limit=20)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        print(
            f"latency {label:8s} ({len(queries)} word queries): p50 "
            f"{statistics.median(times):.2f} ms, p95 {times[int(len(times) * 0.95)]:.2f} ms"
        )


def _size(conn: sqlite3.Connection) -> int:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return int(pages) * int(conn.execute("PRAGMA page_size").fetchone()[0])


if __name__ == "__main__":
    main()
