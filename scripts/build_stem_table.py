"""Rebuild ``src/warta/lexicon/stems.tsv.gz``: Sastrawi's stem of every plain word of the
NER training splits (NERGrit, NERP, idner-news-2k; Apache-2.0 and MIT, see
``../shared/data/README.md``).

    python scripts/build_stem_table.py [--data ../shared/data]

The table only saves time: a word in it is not given to Sastrawi, and its stem is the one
Sastrawi gives (the table is Sastrawi's output), so stems are the same with or without
it. IndoSum is left out on purpose: ``bench/bench_build.py`` measures on IndoSum, and a
table built from it would flatter the figure.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from warta.store import stemming

SPLITS = (
    "indonlu-ner/nergrit/train.txt",
    "indonlu-ner/nerp/train.txt",
    "idner-news-2k/train.txt",
)
OUT = Path(__file__).resolve().parents[1] / "src" / "warta" / "lexicon" / "stems.tsv.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    if not stemming.available():
        raise SystemExit("needs Sastrawi: pip install -e '.[stemming]'")
    vocabulary: set[str] = set()
    for split in SPLITS:
        for line in (args.data / split).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found = stemming.words(line.split()[0])
                vocabulary.update(w for w in found if stemming.stemmable(w))
    rows = sorted((w, stemming.sastrawi_stem(w)) for w in vocabulary)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# word<TAB>stem, by Sastrawi; rebuilt by scripts/build_stem_table.py\n")
        out.writelines(f"{w}\t{s}\n" for w, s in rows)
    print(f"{OUT}: {len(rows)} words")


if __name__ == "__main__":
    main()
