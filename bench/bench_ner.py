"""Benchmark the shipped NER model: tokens per second on one core, and dev-split F1.

    python bench/bench_ner.py [--data ../shared/data] [--articles 500]

Throughput is tokens per CPU-second of this process (pinned to one core; CPU time, so a
busy shared machine does not distort it), measured three ways, feature extraction included:
``cold`` (a fresh model on the dev splits: a third of their word types are new, the worst
case), ``stream`` (find_mentions over IndoSum articles from a fresh model: sentence
splitting, tokenising, tagging, spans) and ``single`` (one tag() call per sentence,
caches warm). F1 is per split in its own annotation style and in the default style.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.nlp.entities import ner
from warta_eval.indosum import load_indosum
from warta_eval.ner import DEV_SPLITS, evaluate_ner, read_conll


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    default_data = Path(__file__).resolve().parents[2] / "shared" / "data"
    ap.add_argument("--data", type=Path, default=default_data)
    ap.add_argument("--articles", type=int, default=500)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    started = time.process_time()
    ner._model()
    print(f"model load: {time.process_time() - started:.2f}s")

    report = evaluate_ner(args.data)
    print(f"cold (dev splits, fresh model): {report['tokens_per_s']:,.0f} tokens/s")
    for split in DEV_SPLITS:
        r = report[split]
        cells = "  ".join(
            f"{t} P={r[t]['precision']:.3f} R={r[t]['recall']:.3f} F1={r[t]['f1']:.3f}"
            for t in ("PER", "ORG", "LOC", "overall")
        )
        print(f"  {split:14s} ({r['tokens']} tokens, own style): {cells}")
    default = evaluate_ner(args.data, style=ner.DEFAULT_STYLE)
    print(
        f"default style '{ner.DEFAULT_STYLE}': "
        + "  ".join(f"{s}={default[s]['overall']['f1']:.3f}" for s in DEV_SPLITS)
    )

    sents = [[t for t, _ in s] for rel, scheme in DEV_SPLITS.values()
             for s in read_conll(args.data / rel, scheme)]
    n = sum(len(s) for s in sents)
    started = time.process_time()
    for s in sents:
        ner.tag(s)
    print(f"single (tag() per sentence, warm): {n / (time.process_time() - started):,.0f} tokens/s")

    docs = load_indosum(args.data / "indosum")[: args.articles]
    ner._models.clear()  # fresh caches: a realistic stream of unseen articles
    ner._model()
    tokens = sum(len(ner.tokenize(d.text)) for d in docs)
    started = time.process_time()
    mentions = sum(len(ner.find_mentions(d.text)) for d in docs)
    seconds = time.process_time() - started
    print(
        f"stream (find_mentions on {len(docs)} IndoSum articles, {tokens} tokens, fresh model): "
        f"{tokens / seconds:,.0f} tokens/s, {mentions} mentions"
    )


if __name__ == "__main__":
    main()
