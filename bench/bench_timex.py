"""Time the time-expression tagger (and event extraction) over IndoSum articles.

    python bench/bench_timex.py [--limit 1000] [--data /work/shared/data/indosum]

Prints ms per article and per 400 words for ``tag_time`` alone and for
``tag_time`` + ``extract_events``. The budget is 2 ms per typical 400-word article
for the tagger (issue "Time"). IndoSum has no publication dates, so a fixed anchor
stands in: the cost does not depend on its value.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.nlp.time.events import extract_events
from warta.nlp.time.timex import tag_time
from warta.records import PartialDate
from warta_eval.indosum import load_indosum


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = []
    for doc in load_indosum(args.data):
        texts.append(doc.text)
        if len(texts) >= args.limit:
            break
    words = sum(len(t.split()) for t in texts)
    anchor = PartialDate(2018, 1, 15)
    tag_time(texts[0], anchor)  # warm the regex cache

    def run(with_events: bool) -> tuple[float, int]:
        best, found = float("inf"), 0
        for _ in range(args.repeat):
            found = 0
            t0 = time.perf_counter()
            for text in texts:
                tx = tag_time(text, anchor)
                found += len(tx)
                if with_events:
                    extract_events(text, tx)
            best = min(best, time.perf_counter() - t0)
        return best, found

    tag_s, found = run(False)
    all_s, _ = run(True)
    n = len(texts)
    lengths = [len(t.split()) for t in texts]
    print(
        f"articles: {n}, words/article: mean {words / n:.0f}, "
        f"median {statistics.median(lengths):.0f}"
    )
    print(f"time expressions found: {found} ({found / n:.1f}/article)")
    for label, secs in (("tag_time", tag_s), ("tag_time + extract_events", all_s)):
        print(
            f"{label}: {1000 * secs / n:.3f} ms/article, "
            f"{1000 * secs / words * 400:.3f} ms per 400 words"
        )
    # The budget speaks of a typical 400-word article: time those alone too.
    typical = [t for t, k in zip(texts, lengths, strict=True) if 350 <= k <= 450]
    if typical:
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for text in typical:
                tag_time(text, anchor)
            best = min(best, time.perf_counter() - t0)
        print(
            f"tag_time on {len(typical)} articles of 350-450 words: "
            f"{1000 * best / len(typical):.3f} ms/article"
        )


if __name__ == "__main__":
    main()
