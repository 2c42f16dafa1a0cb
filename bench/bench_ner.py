"""Benchmark the shipped NER model: tokens per second on one core, old vs new, and dev-split F1.

    python bench/bench_ner.py [--data ../shared/data] [--articles 500] [--baseline 54f8021]

Throughput is tokens per CPU-second of this process (pinned to one core; CPU time, so a
busy shared machine distorts it less), best of ``--repeats`` runs, old and new taking turns
in the same process. The old tagger is the per-sentence decoder of ``--baseline`` (a git
revision; read with ``git show``, nothing is checked out), loaded beside the current one.

* ``stream fresh``: find_mentions over IndoSum articles from a fresh model (sentence
  splitting, tokenising, tagging, spans; per-process caches empty, as in a new worker);
* ``stream warm``: the same again, caches warm;
* ``stream xN``: the same through ``find_mentions_many``, ``--many`` articles a call (the
  old tagger has no such call: it runs one article a call there);
* ``tagger warm``: tag_sentences on the articles' pre-tokenised sentences, one call per
  article (the tagger alone).

Then: whether the two give identical mentions and tags on every article, the peak of memory
allocated during a fresh stream of at most 500 articles (tracemalloc, numpy included), and
per-split F1 of the current model (cold: a fresh model on the dev splits).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
import tracemalloc
import types
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))  # warta_eval: the scorers
from warta.nlp.entities import ner  # noqa: E402
from warta.nlp.sentences import split_sentences  # noqa: E402
from warta_eval.indosum import load_indosum  # noqa: E402
from warta_eval.ner import DEV_SPLITS, evaluate_ner  # noqa: E402

#: The last revision with the per-sentence decoder (before issue 15's batched one).
BASELINE = "54f8021"
#: Articles streamed under tracemalloc for the memory figure.
MEMORY_ARTICLES = 500


def load_baseline(rev: str) -> types.ModuleType:
    """The ner module of git revision ``rev``, with its own features module, loaded by path."""

    def source(rel: str) -> str:
        return subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{rev}:{rel}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    features = types.ModuleType("_baseline_features")
    sys.modules[features.__name__] = features
    code = source("src/warta/nlp/entities/features.py")
    exec(compile(code, "baseline features", "exec"), features.__dict__)
    code = source("src/warta/nlp/entities/ner.py").replace(
        "from warta.nlp.entities.features import", "from _baseline_features import"
    )
    module = types.ModuleType("_baseline_ner")
    module.__file__ = str(ROOT / "src" / "warta" / "nlp" / "entities" / "ner.py")  # MODEL_DIR
    sys.modules[module.__name__] = module
    exec(compile(code, "baseline ner", "exec"), module.__dict__)
    return module


def cpu_seconds(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--articles", type=int, default=500, help="IndoSum articles (0: all)")
    ap.add_argument("--baseline", default=BASELINE, help="git revision of the old tagger")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--many", type=int, default=16, help="articles per find_mentions_many call")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    try:
        impls = {"old": load_baseline(args.baseline), "new": ner}
    except (OSError, subprocess.CalledProcessError) as exc:
        sys.exit(f"cannot read the old tagger at git revision {args.baseline!r}: {exc}")
    for name, mod in impls.items():
        seconds = cpu_seconds(mod._model)
        print(f"model load ({name}): {seconds:.2f}s")
    vocab = ner._model().vocabulary
    size = (ner.MODEL_DIR / ner.VOCABULARY_FILE).stat().st_size
    words = "absent or stale" if vocab is None else f"{sum(map(len, vocab.words)):,} entries"
    print(f"vocabulary cache: {words}, {size / 1e6:.2f} MB on disk")

    docs = load_indosum(args.data / "indosum")
    docs = docs[: args.articles] if args.articles else docs
    texts = [d.text for d in docs]
    sentences = [[ner._TOKEN.findall(s.text) for s in split_sentences(t)] for t in texts]
    tokens = sum(len(s) for ss in sentences for s in ss)
    print(f"{len(docs)} IndoSum articles, {tokens:,} tokens; best of {args.repeats}, tokens/CPU-s:")

    def fresh(mod: types.ModuleType) -> Callable[[], object]:
        def run() -> object:
            mod._models.clear()
            mod._model()
            return [mod.find_mentions(t) for t in texts]

        return run

    def warm(mod: types.ModuleType) -> Callable[[], object]:
        return lambda: [mod.find_mentions(t) for t in texts]

    def tagger(mod: types.ModuleType) -> Callable[[], object]:
        return lambda: [mod.tag_sentences(ss) for ss in sentences]

    def many(mod: types.ModuleType) -> Callable[[], object]:
        if not hasattr(mod, "find_mentions_many"):  # the old tagger: one article a call
            return warm(mod)
        step = args.many
        return lambda: [
            m
            for i in range(0, len(texts), step)
            for m in mod.find_mentions_many(texts[i : i + step])
        ]

    runs = (
        ("stream fresh", fresh),
        ("stream warm", warm),
        (f"stream x{args.many}", many),
        ("tagger warm", tagger),
    )
    for label, make in runs:
        best = {
            name: min(cpu_seconds(make(mod)) for _ in range(args.repeats))
            for name, mod in impls.items()
        }
        rates = {name: tokens / s for name, s in best.items()}
        print(
            f"  {label:13s} old {rates['old']:>9,.0f}   new {rates['new']:>9,.0f}   "
            f"x{rates['new'] / rates['old']:.2f}"
        )

    same_mentions = fresh(impls["old"])() == fresh(ner)() == many(ner)()
    same_tags = tagger(impls["old"])() == tagger(ner)()
    print(f"identical mentions: {same_mentions}; identical tags: {same_tags}")

    # tracemalloc slows allocation-heavy code several times: measured on a prefix.
    traced = texts[:MEMORY_ARTICLES]
    for name, mod in impls.items():
        mod._models.clear()
        tracemalloc.start()
        mod._model()
        for text in traced:
            mod.find_mentions(text)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"peak allocated during a fresh stream of {len(traced)} articles ({name}): "
            f"{peak / 1e6:.1f} MB"
        )
    print(f"process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB")

    ner._models.clear()
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


if __name__ == "__main__":
    main()
