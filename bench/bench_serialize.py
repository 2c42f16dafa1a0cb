"""Article records to and from JSON: ``dataclasses.asdict`` (old) vs explicit ``to_dict`` (new).

    python bench/bench_serialize.py [--data ../shared/data/indosum] [--limit 500] [--repeat 7]

Processes ``--limit`` IndoSum articles with :func:`warta.process` (mentions, quotes,
time expressions, events, relations: the records a build stores), checks that the new
serialisation gives the same JSON byte for byte as the old one, then times, old and new
in turn (A B A B ...), ``json.dumps(article_to_dict(a))`` and
``article_from_dict(json.loads(s))`` over all of them. Prints the median articles/s of
each, the speed-up, and the peak memory (tracemalloc) of one pass of each.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.pipeline import process
from warta.records import Article
from warta.serialize import article_from_dict, article_to_dict
from warta_eval.indosum import load_indosum


def old_article_to_dict(article: Article) -> dict[str, Any]:
    """The serialisation before explicit ``to_dict`` (``asdict`` and the ISO dates)."""
    data = asdict(article)
    data["published"] = article.published.iso if article.published else None
    data["page_date"] = article.page_date.iso if article.page_date else None
    return data


def dumps_all(to_dict: Callable[[Article], dict[str, Any]], articles: Sequence[Article]) -> None:
    for a in articles:
        json.dumps(to_dict(a), ensure_ascii=False)  # as the store writer does


def loads_all(records: Sequence[str]) -> None:
    for record in records:
        article_from_dict(json.loads(record))


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def peak_mib(work: Callable[[], None]) -> float:
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    started = time.perf_counter()
    articles = [process(doc.text) for doc in load_indosum(args.data)[: args.limit]]
    n = len(articles)
    nested = sum(
        len(a.mentions)
        + len(a.entities)
        + len(a.quotes)
        + len(a.timexes)
        + len(a.events)
        + len(a.summary)
        + len(a.relations)
        + len(a.removed)
        for a in articles
    )
    print(
        f"{n} IndoSum articles processed in {time.perf_counter() - started:.1f} s "
        f"({nested / n:.1f} nested records per article)"
    )

    old_json = [json.dumps(old_article_to_dict(a), ensure_ascii=False) for a in articles]
    new_json = [json.dumps(article_to_dict(a), ensure_ascii=False) for a in articles]
    same = sum(o == s for o, s in zip(old_json, new_json, strict=True))
    print(f"byte-identical JSON: {same}/{n}")
    if same != n:
        raise SystemExit("the new serialisation differs from the old one")
    back = [article_from_dict(json.loads(s)) for s in new_json]
    assert back == articles, "a record does not round-trip"

    work = {
        "to_dict+dumps old (asdict)": lambda: dumps_all(old_article_to_dict, articles),
        "to_dict+dumps new (to_dict)": lambda: dumps_all(article_to_dict, articles),
        "loads+from_dict": lambda: loads_all(new_json),
    }
    seconds: dict[str, list[float]] = {name: [] for name in work}
    for _ in range(args.repeat):
        for name, run in work.items():
            seconds[name].append(timed(run))
    rates = {name: n / statistics.median(ts) for name, ts in seconds.items()}
    print(f"median of {args.repeat} passes over {n} articles:")
    for name, rate in rates.items():
        print(f"  {name:30s} {rate:9,.0f} articles/s   peak {peak_mib(work[name]):6.1f} MiB")
    old, new = rates["to_dict+dumps old (asdict)"], rates["to_dict+dumps new (to_dict)"]
    print(f"  to_dict+dumps speed-up: {new / old:.2f}x")
    to_old = n / statistics.median(
        timed(lambda: [old_article_to_dict(a) for a in articles]) for _ in range(args.repeat)
    )
    to_new = n / statistics.median(
        timed(lambda: [article_to_dict(a) for a in articles]) for _ in range(args.repeat)
    )
    print(f"  to_dict alone: old {to_old:,.0f}/s, new {to_new:,.0f}/s ({to_new / to_old:.1f}x)")


if __name__ == "__main__":
    main()
