"""Story sizes and date spans on a built store, and the average-link bar swept.

    python bench/bench_story_spans.py --db bench/out/bench.db [--bars 0.25 0.30 0.35]

The store is bench/bench_build.py's IndoSum build (entities included; IndoSum states no
dates, so only the dates the corpus step inferred or read from URLs count). For each
``stories.average_link_cosine`` bar it re-clusters the stored articles with TF-IDF (the
stored publication dates, duplicate groups and PER/ORG entities, as the corpus step
passes them) and prints the number of stories, the multi-article ones, the largest
(with its label and date span) and the widest dated span; then the same bars on the
synthetic multi-year corpus (eval/warta_eval/story_corpus.py): pair precision/recall
against its events and stories mixing events.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sqlite3
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval
from warta.analyze import stories
from warta.serialize import article_from_dict
from warta_eval.story_corpus import build_corpus
from warta_eval.story_spans import span_days


def _store_inputs(db: Path) -> list[stories.StoryInput]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT record, published, dup_group FROM articles ORDER BY id")
    out = []
    for record, published, group in rows:
        a = article_from_dict(json.loads(record))
        names = tuple(sorted({e.name for e in a.entities if e.type in ("PER", "ORG")}))
        out.append(stories.StoryInput(a.id, a.title, a.text, published, names, group, a.source))
    conn.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("bench/out/bench.db"))
    parser.add_argument("--bars", type=float, nargs="*", default=[0.25, 0.30, 0.35, 0.45])
    args = parser.parse_args()
    inputs = _store_inputs(args.db)
    print(f"{args.db}: {len(inputs)} articles, {sum(1 for i in inputs if i.date)} dated")
    for bar in args.bars:
        stories.BARS = replace(stories.BARS, average_cosine=bar)
        t0 = time.perf_counter()
        index = stories.StoryIndex()
        index.add(inputs)
        found = index.stories()
        took = time.perf_counter() - t0
        sizes = sorted((len(s.article_ids) for s in found), reverse=True)
        multi = [n for n in sizes if n > 1]
        dates = {i.article_id: i.date for i in inputs}
        spans = [(span_days([d for a in s.article_ids if (d := dates[a])]), s) for s in found]
        widest, wide = max(spans, key=lambda p: p[0])
        big = found[0]
        print(
            f"  bar {bar:.2f}: {len(found)} stories, {len(multi)} multi ({sum(multi)} articles), "
            f"largest {sizes[0]} [{big.label}] {big.first_date}..{big.last_date}; widest span "
            f"{widest} days ({len(wide.article_ids)} articles); {took:.1f} s"
        )
        _synthetic(bar)


def _synthetic(bar: float) -> None:
    hits = together = gold = mixed = 0
    for seed in (16, 1, 2):
        corpus = build_corpus(seed)
        event = {a.id: a.event for a in corpus}
        index = stories.StoryIndex()
        got = index.add(
            stories.StoryInput(a.id, a.title, a.text, a.date, a.entities, None, a.id)
            for a in corpus
        )
        groups: dict[str, set[str]] = {}
        for a, s in got.items():
            groups.setdefault(s, set()).add(event[a])
        mixed += sum(len(g - {"explainer"}) > 1 for g in groups.values())
        labelled = sorted(a for a in event if event[a] != "explainer")
        for a, b in itertools.combinations(labelled, 2):
            together += got[a] == got[b]
            gold += event[a] == event[b]
            hits += got[a] == got[b] and event[a] == event[b]
    print(
        f"           synthetic: pair precision {hits / max(together, 1):.3f}, "
        f"recall {hits / gold:.3f}, stories mixing events {mixed}"
    )


if __name__ == "__main__":
    main()
