"""Build the background document frequencies of story clustering (``lexicon/story_df.tsv.gz``).

    python scripts/build_story_df.py [--data ../shared/data/indosum]
        [--out src/warta/lexicon/story_df.tsv.gz]

Story clustering (:mod:`warta.analyze.stories`) weighs terms by a *fixed* IDF, so the
cosine of two articles never depends on what else the store holds (what makes an
incremental store equal to one built at once). The document frequencies come from the
IndoSum dev folds (CC BY-SA 4.0; 2,809 distinct news articles): each article counts
once per content token (:func:`warta.analyze.summarize.content_tokens`, bare numbers
left out, as the story vectors do). Tokens seen in one article only are left out: the
reader gives every missing token the document frequency 1. The first line holds the
number of articles. Deterministic: rows sorted by token.

The table ships as a derived work of IndoSum under CC BY-SA 4.0, with this attribution.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: IndoSum
from warta.analyze.summarize import content_tokens
from warta_eval.indosum import load_indosum


def document_frequencies(texts: list[str]) -> Counter[str]:
    """Articles each content token (bare numbers left out) occurs in."""
    df: Counter[str] = Counter()
    for text in texts:
        df.update({t for t in content_tokens(text) if not t.isdigit()})
    return df


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--out", type=Path, default=Path("src/warta/lexicon/story_df.tsv.gz"))
    args = parser.parse_args()
    texts = [doc.text for doc in load_indosum(args.data)]
    df = document_frequencies(texts)
    rows = sorted((t, n) for t, n in df.items() if n >= 2)
    lines = [f"#documents\t{len(texts)}", *(f"{t}\t{n}" for t, n in rows)]
    # mtime=0: the same input gives the same bytes.
    with gzip.GzipFile(args.out, "wb", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(texts)} articles, {len(df)} tokens, {len(rows)} kept (df >= 2) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
