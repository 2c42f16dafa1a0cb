"""Time the relation stage against the whole per-article pipeline on IndoSum dev articles.

``python bench/bench_relations.py [--data ../shared/data/indosum] [--limit 400]`` cleans
each article once, then runs every article stage (:func:`warta.pipeline.stages.analyze`
with per-stage timings) and prints the seconds per stage, the relation stage's share of
cleaning + all stages (budget: at most 10% of the per-article work of a build), the
relations found, and the stage's cost per 1,000 characters on a short and a 16x longer
article (linear: about the same).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.clean import clean_document
from warta.pipeline.stages import analyze, article_stages, relations_stage
from warta.records import Provenance, RawDoc
from warta_eval.indosum import load_indosum


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args()
    docs = load_indosum(args.data)[: args.limit]
    stages = article_stages()
    seconds: defaultdict[str, float] = defaultdict(float)
    articles = []
    for doc in docs:
        raw = RawDoc(Provenance(doc.id), doc.text)
        t0 = time.perf_counter()
        article = clean_document(raw)
        seconds["clean"] += time.perf_counter() - t0
        articles.append(analyze(article, stages, seconds))
    total = sum(seconds.values())
    relations = sum(len(a.relations) for a in articles)
    for name, value in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"{name:24s} {value:8.2f} s  {100 * value / total:5.1f}%")
    share = seconds["nlp.relations.v1"] / total
    print(
        f"articles={len(articles)} relations={relations} "
        f"relation stage {1000 * seconds['nlp.relations.v1'] / len(articles):.2f} ms/article, "
        f"{100 * share:.1f}% of clean + stages (budget 10%)"
    )
    # Linear in size: the stage on one article and on it repeated 16 times.
    base = max(articles, key=lambda a: len(a.text))
    long_text = "\n\n".join([base.text] * 16)
    long = analyze(clean_document(RawDoc(Provenance("long"), long_text)), stages[:-2])
    for label, art in (("1x", base), ("16x", long)):
        t0 = time.perf_counter()
        for _ in range(5):
            relations_stage(art)
        per_k = (time.perf_counter() - t0) / 5 / (len(art.text) / 1000)
        print(f"size {label}: {len(art.text)} chars, {1000 * per_k:.3f} ms per 1,000 chars")


if __name__ == "__main__":
    main()
