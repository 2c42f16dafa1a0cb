"""Time corpus date inference with the text tagged once per article against the old
path (one tagging pass per candidate anchor), on IndoSum articles.

    python bench/bench_dates.py [--limit 400] [--repeat 3] [--data /work/shared/data/indosum]

IndoSum has no dates, so the bench gives every third article a stated date (its events
anchored on it) and the others none but a crawl date, the shape of a crawled corpus:
undated articles with a "Weekday (d/m)" or a "tahun lalu" then try every candidate
year. Prints, for :func:`warta.corpus.dates.infer_dates` and for
:func:`warta.nlp.time.anchor.infer_anchor` alone, the seconds of the old and the new
path (best of ``--repeat``), their ratio and the peak memory of one run (tracemalloc),
and checks the two give the same dates, evidence and events.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))  # warta_eval: the IndoSum reader
sys.path.insert(0, str(ROOT))  # tests.nlp.time.legacy: the old path
from tests.nlp.time.legacy import legacy_infer_anchor  # noqa: E402

from warta.clean import clean_document  # noqa: E402
from warta.corpus import dates  # noqa: E402
from warta.nlp.time.anchor import infer_anchor  # noqa: E402
from warta.nlp.time.events import extract_events  # noqa: E402
from warta.nlp.time.timex import tag_time  # noqa: E402
from warta.pipeline.stages import analyze, default_stages  # noqa: E402
from warta.records import Article, PartialDate, Provenance, RawDoc  # noqa: E402
from warta_eval.indosum import load_indosum  # noqa: E402

# Mentions are what date inference reads of the analysis (no quotes, relations, summary).
STAGES = [s for s in default_stages() if s.name == "nlp.entities.v1"]


def corpus(data: Path, limit: int) -> list[Article]:
    """IndoSum articles, a third dated (events anchored), the rest crawled undated."""
    out = []
    for i, doc in enumerate(load_indosum(data)):
        if i >= limit:
            break
        raw = RawDoc(Provenance(f"indosum:{doc.id}"), doc.text, "text")
        a = analyze(clean_document(raw), STAGES)
        if i % 3 == 0:
            stated = PartialDate(2014 + i % 5, 1 + i % 12, 1 + i % 28)
            timexes = tag_time(a.text, stated)
            events = extract_events(a.text, timexes, a.mentions)
            a = replace(a, published=stated, timexes=timexes, events=events)
        else:
            a = replace(a, published=None, page_date=PartialDate(2018, 6, 30))
        out.append(a)
    return sorted(out, key=lambda a: a.id)


def old_infer_anchor(text: str, corpus_events: Any, **kwargs: Any) -> Any:
    kwargs.pop("scan", None)
    return legacy_infer_anchor(text, corpus_events, **kwargs)


def run_infer_dates(articles: list[Article], old: bool) -> Any:
    saved = dates.infer_anchor
    dates.infer_anchor = old_infer_anchor if old else saved  # type: ignore[assignment]
    try:
        return dates.infer_dates(
            articles,
            {a.id: a.published for a in articles},
            {a.id: a.published_evidence for a in articles},
            {},
        )[0]
    finally:
        dates.infer_anchor = saved


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(best seconds, peak MB of a traced run, result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return best, peak, result


def outcome(dated: Any) -> dict[str, Any]:
    return {
        k: (d.published.iso if d.published else None, d.evidence, d.article.events)
        for k, d in dated.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    t0 = time.perf_counter()
    articles = corpus(args.data, args.limit)
    undated = [a for a in articles if a.published is None]
    print(
        f"articles: {len(articles)} ({len(undated)} undated), prepared in "
        f"{time.perf_counter() - t0:.1f} s"
    )
    tried = [a for a in undated if dates._candidate_window(a) is not None]
    print(f"undated articles with a candidate window: {len(tried)}")

    old_s, old_mb, old = best_of(args.repeat, lambda: run_infer_dates(articles, True))
    new_s, new_mb, new = best_of(args.repeat, lambda: run_infer_dates(articles, False))
    assert outcome(old) == outcome(new), "the two paths disagree"
    inferred = sum(1 for a in undated if new[a.id].published is not None)
    print(f"infer_dates: dated {inferred} of the undated; identical outcome on both paths")
    print(f"  old (tag per candidate): {old_s:.3f} s, peak {old_mb:.1f} MB")
    print(f"  new (tag once):          {new_s:.3f} s, peak {new_mb:.1f} MB")
    print(f"  speed-up: {old_s / new_s:.2f}x")

    events = {a.id: a.events for a in articles if a.published is not None}

    def anchors(fn: Callable[..., Any]) -> list[Any]:
        out = []
        for a in tried:
            window = dates._candidate_window(a)
            assert window is not None
            out.append(fn(a.text, events, mentions=a.mentions, lo=window[0], hi=window[1]))
        return out

    old_s, old_mb, old_a = best_of(args.repeat, lambda: anchors(old_infer_anchor))
    new_s, new_mb, new_a = best_of(args.repeat, lambda: anchors(infer_anchor))
    assert old_a == new_a, "infer_anchor disagrees"
    print(f"infer_anchor over the {len(tried)} candidates (whole corpus as support):")
    print(f"  old: {old_s:.3f} s, peak {old_mb:.1f} MB; new: {new_s:.3f} s, peak {new_mb:.1f} MB")
    print(f"  speed-up: {old_s / new_s:.2f}x")


if __name__ == "__main__":
    main()
