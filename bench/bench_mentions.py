"""Alias propagation without a regex per name: old vs new in one run, same articles.

    python bench/bench_mentions.py [--data ../shared/data/indosum] [--articles 1000]
                                   [--repeats 3] [--stages]

``resolve_article`` used to compile one pattern per full name and article to find the
name's variants; :func:`warta.nlp.entities.namematch.match_name` compares strings at the
same candidate starts instead. ``old`` below puts the per-name pattern back (compiled
through ``re.compile`` at each candidate start, so re's cache serves the repeats within
an article as it did) and ``new`` is the shipped code; nothing else differs.

Printed per variant: articles/s of ``resolve_article`` over the articles (CPU time, the
best of ``--repeats`` alternated runs; NER mentions computed once beforehand, untimed),
the number of real regex compilations in one pass (``re._compiler.compile`` calls, i.e.
cache misses), peak traced memory of one pass, and whether the outputs are identical.
``--stages`` also runs every per-article stage (entities, quotes, time, events,
relations, ...) on the cleaned articles with each variant: the per-name patterns evict
other stages' patterns from re's 512-entry cache, so the whole stage list recompiles.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: loaders
from warta.clean import clean_document
from warta.nlp.entities import aliases, namematch
from warta.nlp.entities.ner import find_mentions
from warta.pipeline.stages import analyze, article_stages, entities_stage
from warta.records import Article, Mention, Provenance, RawDoc
from warta_eval.indosum import load_indosum

Matcher = Callable[[str, int, Sequence[str]], "int | None"]


def per_name_regex(text: str, start: int, key: Sequence[str]) -> int | None:
    """The matching the previous release did: one pattern per name (the reference)."""
    pattern = re.compile(r"(?i:" + r"[\s-]+".join(re.escape(w) for w in key) + r")(?!\w)")
    m = pattern.match(text, start)
    return None if m is None else m.end()


VARIANTS: dict[str, Matcher] = {"old": per_name_regex, "new": namematch.match_name}


@contextmanager
def variant(name: str) -> Iterator[None]:
    """Run alias resolution with the ``name`` matcher."""
    # resolve_article looks the name up in its module's globals at each call.
    module = vars(aliases)
    shipped = module["match_name"]
    module["match_name"] = VARIANTS[name]
    try:
        yield
    finally:
        module["match_name"] = shipped


class CompileCounter:
    """Counts real regex compilations (re's cache misses) while active."""

    def __init__(self) -> None:
        self.count = 0
        self._compiler = re._compiler  # type: ignore[attr-defined]
        self._original = self._compiler.compile

    def _counting(self, pattern: object, flags: int) -> object:
        self.count += 1
        return self._original(pattern, flags)

    def __enter__(self) -> CompileCounter:
        self._compiler.compile = self._counting
        return self

    def __exit__(self, *exc: object) -> None:
        self._compiler.compile = self._original


def resolve_all(items: Sequence[tuple[str, tuple[Mention, ...]]]) -> list[object]:
    return [aliases.resolve_article(text, ner) for text, ner in items]


def bench_resolve(items: Sequence[tuple[str, tuple[Mention, ...]]], repeats: int) -> None:
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    outputs: dict[str, list[object]] = {}
    compiled: dict[str, int] = {}
    peak: dict[str, int] = {}
    for name in VARIANTS:  # one pass each: outputs, compilations, then peak memory
        with variant(name):
            with CompileCounter() as counter:
                outputs[name] = resolve_all(items)
            compiled[name] = counter.count
            tracemalloc.start()
            resolve_all(items)
            peak[name] = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    for _ in range(repeats):  # alternated, so machine noise hits both alike
        for name in VARIANTS:
            with variant(name):
                started = time.process_time()
                resolve_all(items)
                best[name] = min(best[name], time.process_time() - started)
    print(f"resolve_article on {len(items)} IndoSum articles (best of {repeats}, CPU time):")
    for name in VARIANTS:
        print(
            f"  {name}: {len(items) / best[name]:8.1f} articles/s  {best[name]:6.2f} s  "
            f"real regex compilations {compiled[name]:6d}  "
            f"peak traced memory {peak[name] / 2**20:6.1f} MiB"
        )
    print(
        f"  speed-up {best['old'] / best['new']:.2f}x; identical outputs: "
        f"{outputs['old'] == outputs['new']}"
    )


def bench_stages(articles: Sequence[Article], repeats: int) -> None:
    stages = article_stages()
    outputs: dict[str, list[Article]] = {}
    compiled: dict[str, int] = {}
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    best_entities: dict[str, float] = defaultdict(lambda: float("inf"))
    for _ in range(repeats):  # alternated, so machine noise hits both alike
        for name in VARIANTS:
            with variant(name):
                started = time.process_time()
                for a in articles:
                    entities_stage(a)
                best_entities[name] = min(best_entities[name], time.process_time() - started)
                with CompileCounter() as counter:
                    started = time.process_time()
                    outputs[name] = [analyze(a, stages) for a in articles]
                    best[name] = min(best[name], time.process_time() - started)
            compiled[name] = counter.count
    print(f"per-article stages on {len(articles)} cleaned articles (best of {repeats}, CPU):")
    for name in VARIANTS:
        print(
            f"  {name}: entities stage (NER + resolve) "
            f"{len(articles) / best_entities[name]:6.1f} articles/s; "
            f"all {len(stages)} stages {len(articles) / best[name]:6.1f} articles/s, "
            f"real regex compilations {compiled[name]:6d}"
        )
    print(f"  identical articles: {outputs['old'] == outputs['new']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "data" / "indosum",
    )
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--stages", action="store_true", help="also time every per-article stage")
    args = ap.parse_args()
    docs = load_indosum(args.data)[: args.articles]
    started = time.process_time()
    items = [(d.text, find_mentions(d.text)) for d in docs]
    print(f"NER on {len(items)} articles (untimed input): {time.process_time() - started:.1f} s")
    aliases.resolve_article(*items[0])  # load the gazetteer outside the timings
    bench_resolve(items, args.repeats)
    if args.stages:
        articles = [
            clean_document(RawDoc(Provenance(f"indosum:{d.id}"), d.text, "text")) for d in docs
        ]
        bench_stages(articles, args.repeats)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the process: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
