"""ROUGE of warta's extractive summarizer vs LEAD-3 on the held-out half of IndoSum.

Usage: ``python bench/bench_summary.py [/work/shared/data/indosum] [--k 3]``

The held-out half (``warta_eval.rouge.is_held_out``) is never seen by
``scripts/train_summary.py``. Prints mean ROUGE-1/2/L F1 uncapped and with the system
summary capped at the gold length, and the summarizer's time per article.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.analyze.summarize import summarize_article
from warta_eval.indosum import IndoSumDoc, load_indosum
from warta_eval.rouge import evaluate_summaries, is_held_out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--k", type=int, default=3, help="sentences per summary")
    args = parser.parse_args()
    docs = [d for d in load_indosum(args.data) if is_held_out(d.id)]
    summaries: dict[str, str] = {}
    start = time.perf_counter()
    for doc in docs:
        sents = summarize_article(doc.text, doc.id, max_sentences=args.k)
        summaries[doc.id] = " ".join(s.text for s in sents)
    ms = (time.perf_counter() - start) * 1000 / max(len(docs), 1)

    def lookup(doc: IndoSumDoc) -> str:
        return summaries[doc.id]

    print(f"IndoSum held-out half: {len(docs)} articles, k={args.k}, {ms:.2f} ms/article")
    for cap in (False, True):
        r = evaluate_summaries(docs, lookup, cap_to_reference=cap)  # type: ignore[arg-type]
        label = "capped at gold length" if cap else "uncapped"
        print(f"  {label}:")
        for name in ("system", "lead3"):
            s = r[name]
            shown = "warta" if name == "system" else "LEAD-3"
            print(
                f"    {shown:7s} R1 {s['rouge1']:.4f}  R2 {s['rouge2']:.4f}  RL {s['rougeL']:.4f}"
            )


if __name__ == "__main__":
    main()
