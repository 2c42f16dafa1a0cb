"""Story clustering on IndoSum: time, cluster statistics, and a sample to read.

Usage: ``python bench/bench_stories.py [/work/shared/data/indosum] [--show 15] [--bands]``

IndoSum has no dates and no entity annotations, so this measures the text-only rule
(``LINK_COSINE``). ``--bands`` prints random pairs of distinct articles per cosine band,
the reading behind the threshold comments in ``warta/analyze/stories.py``.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from warta.analyze.stories import LINK_COSINE, StoryIndex, StoryInput
from warta.eval.indosum import IndoSumDoc, load_indosum


def _first(doc: IndoSumDoc) -> str:
    return doc.sentences[0][0] if doc.sentences and doc.sentences[0] else ""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--show", type=int, default=15, help="multi-article stories to print")
    parser.add_argument("--bands", action="store_true", help="print pairs per cosine band")
    parser.add_argument("--incremental", type=int, default=20, help="articles added one by one")
    args = parser.parse_args()
    docs = load_indosum(args.data)
    by_id = {d.id: d for d in docs}
    inputs = [StoryInput(d.id, None, d.text, None, (), None, d.source) for d in docs]

    start = time.perf_counter()
    index = StoryIndex()
    index.add(inputs[: -args.incremental])
    batch_s = time.perf_counter() - start
    start = time.perf_counter()
    for item in inputs[-args.incremental :]:
        index.add([item])
    per_add = (time.perf_counter() - start) / max(args.incremental, 1)
    batch = StoryIndex()
    batch.add(inputs)
    assert batch.assignment() == index.assignment(), "incremental != batch"

    stories = index.stories()
    sizes = Counter(len(s.article_ids) for s in stories)
    multi = [s for s in stories if len(s.article_ids) > 1]
    pure = sum(len({by_id[a].category for a in s.article_ids}) == 1 for s in multi)
    state_kb = len(index.to_json().encode("utf-8")) / 1024
    print(f"IndoSum: {len(docs)} articles, LINK_COSINE={LINK_COSINE}, similarity=tfidf")
    print(
        f"  batch of {len(docs) - args.incremental}: {batch_s:.2f} s; then "
        f"{per_add:.2f} s per single add (incremental == batch: yes)"
    )
    print(
        f"  stories: {len(stories)}; multi-article: {len(multi)} holding "
        f"{sum(len(s.article_ids) for s in multi)} articles; largest {max(sizes)}"
    )
    print(f"  size histogram: {dict(sorted(sizes.items()))}")
    print(f"  multi-article stories within one IndoSum category: {pure}/{len(multi)}")
    print(f"  serialised state: {state_kb:.0f} KiB")
    for story in multi[: args.show]:
        print(f"\n  [{story.label}]")
        for a in story.article_ids:
            print(f"    {by_id[a].source:15s} {_first(by_id[a])[:100]}")

    if args.bands:
        units = batch._units()
        x = batch._vectors(units)
        sims = (x @ x.T).tocoo()
        ids = [u.members[0] for u in units]
        rng = random.Random(0)
        for lo, hi in ((0.3, 0.4), (0.4, 0.45), (0.45, 0.5), (0.5, 0.6), (0.6, 1.01)):
            band = [
                (s, ids[i], ids[j])
                for i, j, s in zip(sims.row, sims.col, sims.data, strict=True)
                if i < j and lo <= s < hi
            ]
            print(f"\n  cosine [{lo}, {hi}): {len(band)} pairs")
            for s, a, b in rng.sample(band, min(10, len(band))):
                print(f"    {s:.2f} {_first(by_id[a])[:90]}\n         {_first(by_id[b])[:90]}")


if __name__ == "__main__":
    main()
