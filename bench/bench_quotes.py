"""Time :func:`warta.nlp.quotes.extract.extract_quotes` over the IndoSum dev folds.

Budget: 5 ms per article on average. Run ``python bench/bench_quotes.py [DIR] [LIMIT]``;
it prints articles, quotes found, total seconds and milliseconds per article.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.nlp.quotes.extract import extract_quotes
from warta_eval.indosum import load_indosum


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path("/work/shared/data/indosum")
    limit = int(argv[2]) if len(argv) > 2 else None
    texts = [doc.text for doc in load_indosum(folder)][:limit]
    for text in texts[:50]:  # warm up regex caches
        extract_quotes(text)
    quotes = 0
    t0 = time.perf_counter()
    for text in texts:
        quotes += len(extract_quotes(text))
    seconds = time.perf_counter() - t0
    per_article = 1000 * seconds / max(1, len(texts))
    print(f"articles={len(texts)} quotes={quotes} seconds={seconds:.2f}", end=" ")
    print(f"ms/article={per_article:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
