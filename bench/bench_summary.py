"""ROUGE of warta's extractive summarizer vs LEAD-3 on the held-out half of IndoSum.

Usage: ``python bench/bench_summary.py [/work/shared/data/indosum] [--k 3] [--words 65]``

The held-out half (``warta_eval.rouge.is_held_out``) is never seen by
``scripts/train_summary.py``. Prints mean ROUGE-1/2/L F1 uncapped and with the system
summary capped at the gold length, the summaries' mean length, the summarizer's time per
article and the process's peak memory. By default ``summarize_article`` runs as the
pipeline calls it (up to 5 sentences, about the model's ``summary_words`` words); ``--k``
caps the sentences, ``--k 3 --words 1000000`` gives the former fixed 3 sentences.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.analyze.summarize import summarize_article
from warta_eval.indosum import IndoSumDoc, load_indosum
from warta_eval.rouge import evaluate_summaries, is_held_out, tokenize


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--k", type=int, default=None, help="at most this many sentences")
    parser.add_argument("--words", type=int, default=None, help="summary length aimed at")
    args = parser.parse_args()
    docs = [d for d in load_indosum(args.data) if is_held_out(d.id)]
    options = {"max_sentences": args.k, "max_words": args.words}
    given = {name: value for name, value in options.items() if value is not None}
    summaries: dict[str, str] = {}
    counts: list[int] = []
    summarize_article(docs[0].text, docs[0].id, **given)  # load the model outside the timing
    start = time.perf_counter()
    for doc in docs:
        sents = summarize_article(doc.text, doc.id, **given)
        summaries[doc.id] = " ".join(s.text for s in sents)
        counts.append(len(sents))
    ms = (time.perf_counter() - start) * 1000 / max(len(docs), 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    words = sum(len(tokenize(s)) for s in summaries.values()) / max(len(docs), 1)

    def lookup(doc: IndoSumDoc) -> str:
        return summaries[doc.id]

    print(
        f"IndoSum held-out half: {len(docs)} articles, options {given or 'default'}: "
        f"{ms:.2f} ms/article, peak RSS {peak:.0f} MiB; summaries "
        f"{sum(counts) / max(len(counts), 1):.2f} sentences, {words:.1f} words on average"
    )
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
