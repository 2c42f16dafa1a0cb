"""Benchmark the Dask build on a synthetic corpus made from IndoSum sentences.

    python bench/bench_scale.py [--articles 200000] [--out bench/out/scale] [--workers 1 2]

The corpus: ``originals`` articles, each a title and 3-7 paragraphs of 1-3 sentences
sampled from the 51,442 IndoSum sentences (so no two originals are alike), plus injected
copies of randomly chosen originals at known rates (default 5% each of the total):

* exact - the same text;
* near - 3 to 5 words replaced (Jaccard of 3-shingles stays about 0.9);
* partial - a contiguous run of sentences holding 50-80% of the words.

Every document carries its family in its URL (``https://bench.id/<family>/<kind>/<n>``).
All documents are shuffled and written as JSONL shards, then built with the Dask engine
(a LocalCluster of 1, then 2, single-threaded worker processes; no SQLite load). Prints
articles/s, the scaling ratio, peak memory per worker, the duplicate step's shuffle
size per article, and duplicate recall / precision against the injected families.

Recombined originals may legitimately resemble each other (sampled sentences can repeat,
and IndoSum has repeated boilerplate sentences): a found pair outside any injected
family is reported separately, with its similarity, rather than silently counted as a
false positive (it passed the same Jaccard / containment test as any duplicate).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers

MIN_WORDS_PARTIAL = 60  # a partial copy below ~40 shingles is not judged by design


def sentences_pool(data: Path) -> list[str]:
    from warta_eval.indosum import load_indosum

    return [s for doc in load_indosum(data) for para in doc.sentences for s in para if s.split()]


def make_corpus(
    pool: list[str], n: int, rates: dict[str, float], out: Path, per_file: int, seed: int
) -> dict[str, int]:
    """Write ``n`` documents as JSONL files under ``out``; return counts per kind."""
    rnd = random.Random(seed)
    copies = {kind: int(n * rate) for kind, rate in rates.items()}
    originals_n = n - sum(copies.values())
    originals: list[list[list[str]]] = []  # paragraphs of sentences
    docs: list[dict[str, str]] = []
    for i in range(originals_n):
        paras = [
            [rnd.choice(pool) for _ in range(rnd.randint(1, 3))] for _ in range(rnd.randint(3, 7))
        ]
        originals.append(paras)
        title = " ".join(rnd.choice(pool).split()[:8]).rstrip(".,")
        docs.append(_doc(title, paras, f"{i}/original/0"))
    serial = 0
    for kind, count in copies.items():
        for _ in range(count):
            family = rnd.randrange(originals_n)
            paras = [list(p) for p in originals[family]]
            if kind == "near":
                paras = _change_words(paras, rnd.randint(3, 5), rnd, pool)
            elif kind == "partial":
                paras = _cut(paras, rnd)
            serial += 1
            docs.append(_doc(f"Salinan {serial}", paras, f"{family}/{kind}/{serial}"))
    rnd.shuffle(docs)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for k in range(0, len(docs), per_file):
        with (out / f"part-{k // per_file:05d}.jsonl").open("w", encoding="utf-8") as handle:
            for doc in docs[k : k + per_file]:
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return {"original": originals_n, **copies}


def _doc(title: str, paras: list[list[str]], tag: str) -> dict[str, str]:
    body = "\n\n".join(" ".join(p) for p in paras if p)
    return {"text": f"{title}\n\n{body}", "url": f"https://bench.id/{tag}"}


def _change_words(
    paras: list[list[str]], k: int, rnd: random.Random, pool: list[str]
) -> list[list[str]]:
    for _ in range(k):
        p = rnd.randrange(len(paras))
        s = rnd.randrange(len(paras[p]))
        words = paras[p][s].split()
        words[rnd.randrange(len(words))] = rnd.choice(rnd.choice(pool).split())
        paras[p][s] = " ".join(words)
    return paras


def _cut(paras: list[list[str]], rnd: random.Random) -> list[list[str]]:
    """A contiguous run of sentences holding 50-80% of the words (paragraphs kept)."""
    flat = [(i, s) for i, p in enumerate(paras) for s in p]
    total = sum(len(s.split()) for _, s in flat)
    target = rnd.uniform(0.5, 0.8) * total
    start = rnd.randrange(len(flat))
    run: list[tuple[int, str]] = []
    words = 0
    for i, s in flat[start:] + flat[:start]:
        if words >= target:
            break
        run.append((i, s))
        words += len(s.split())
    run.sort(key=lambda item: flat.index(item))
    out: dict[int, list[str]] = defaultdict(list)
    for i, s in run:
        out[i].append(s)
    return [out[i] for i in sorted(out)]


def score(out: Path) -> dict[str, Any]:
    """Recall and precision of the duplicate groups against the injected families."""
    import pyarrow.parquet as pq

    from warta.dedup import DedupInput, related_similarity

    family: dict[str, tuple[str, str]] = {}
    flags: dict[str, bool] = {}
    for path in (out / "shards").glob("*/articles.parquet"):
        table = pq.read_table(path, columns=["id", "url"])
        for article_id, url in zip(
            table.column("id").to_pylist(), table.column("url").to_pylist(), strict=True
        ):
            fam, kind, _ = url.removeprefix("https://bench.id/").split("/")
            family[article_id] = (fam, kind)
    texts: dict[str, str] = {}
    for path in (out / "shards").glob("*/articles.parquet"):
        table = pq.read_table(path, columns=["id", "text", "record"])
        for article_id, text, record in zip(
            table.column("id").to_pylist(),
            table.column("text").to_pylist(),
            table.column("record").to_pylist(),
            strict=True,
        ):
            texts[article_id] = text
            flags[article_id] = "truncated" in json.loads(record).get("flags", [])
    links = pq.read_table(out / "duplicates.parquet").to_pylist()
    group_of = {link["article_id"]: link["group"] for link in links}
    originals = {fam: aid for aid, (fam, kind) in family.items() if kind == "original"}
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    detectable: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    dropped = 0
    for aid, (fam, kind) in family.items():
        if kind == "original":
            continue
        src = originals.get(fam)
        if src is None:  # the cleaner dropped the original (no article text left)
            dropped += 1
            continue
        found[kind][1] += 1
        hit = aid in group_of and group_of.get(src) == group_of[aid]
        found[kind][0] += hit
        # Detectable: the copy passes the duplicate test against its source by itself
        # (a near copy of a short article can fall below Jaccard 0.7, a partial copy
        # below 40 shingles): recall against these measures the search, not the rule.
        pair = (DedupInput(aid, texts[aid]), DedupInput(src, texts[src]))
        if related_similarity(*(_with_shingles(d) for d in pair)) is not None:
            detectable[kind][1] += 1
            detectable[kind][0] += hit
    correct = wrong = 0
    stray = []
    for link in links:
        if link["relation"] == "canonical":
            continue
        if family[link["article_id"]][0] == family[link["canonical"]][0]:
            correct += 1
        else:
            wrong += 1
            stray.append(
                (link["article_id"], link["canonical"], link["relation"], link["similarity"])
            )
    recall = {k: round(f / t, 4) if t else None for k, (f, t) in found.items()}
    total_found = sum(f for f, _ in found.values())
    total = sum(t for _, t in found.values())
    return {
        "recall": recall,
        "recall_all": round(total_found / total, 4) if total else None,
        "recall_of_detectable": {
            k: round(f / t, 4) if t else None for k, (f, t) in detectable.items()
        },
        "detectable_share": {
            k: round(detectable[k][1] / t, 4) if t else None for k, (_, t) in found.items()
        },
        "precision": round(correct / (correct + wrong), 4) if correct + wrong else None,
        "pairs_outside_families": wrong,
        "copies_of_dropped_originals": dropped,
        "examples_outside_families": stray[:5],
    }


def _with_shingles(doc: Any) -> Any:
    from warta.dedup import DedupInput, shingle_hashes, shingle_strings, tokens

    return DedupInput(
        doc.article_id, doc.text, shingles=shingle_hashes(shingle_strings(tokens(doc.text)))
    )


def run(corpus: Path, out: Path, workers: int) -> dict[str, Any]:
    from warta.scale import build_distributed

    if out.exists():
        shutil.rmtree(out)
    started = time.perf_counter()
    report = build_distributed([str(corpus)], out, n_workers=workers)
    total = time.perf_counter() - started
    n = report.stats["articles"]
    return {
        "workers": workers,
        "articles": n,
        "seconds": round(total, 1),
        "articles_per_s": round(n / total, 1),
        "shard_phase_articles_per_s": round(n / report.wall["shards"], 1),
        "articles_per_cpu_s": round(n / report.seconds["cpu"], 1),  # per core, load-free
        "load_average": os.getloadavg(),
        "wall": {k: round(v, 1) for k, v in report.wall.items()},
        "stage_seconds": {k: round(v, 1) for k, v in report.seconds.items()},
        "peak_rss_mb_per_worker": report.workers,
        "dedup": report.dedup,
        "band_key_bytes_per_article": round(report.dedup["band_key_bytes"] / max(n, 1), 1),
        "shuffle_bytes_per_article": round(report.dedup["shuffle_bytes"] / max(n, 1), 1),
        "shards": report.shards,
        "duplicate_groups": report.stats["duplicate_groups"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--out", type=Path, default=Path("bench/out/scale"))
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rate", type=float, default=0.05, help="of each copy kind")
    parser.add_argument("--per-file", type=int, default=10_000)
    args = parser.parse_args()

    t0 = time.perf_counter()
    pool = sentences_pool(args.data)
    rates = {"exact": args.rate, "near": args.rate, "partial": args.rate}
    counts = make_corpus(pool, args.articles, rates, args.out / "corpus", args.per_file, seed=1)
    print(f"corpus: {counts} in {time.perf_counter() - t0:.0f} s", flush=True)
    results = []
    for workers in args.workers:
        result = run(args.out / "corpus", args.out / f"build-{workers}w", workers)
        result["quality"] = score(args.out / f"build-{workers}w")
        results.append(result)
        print(json.dumps(result, indent=1), flush=True)
    if len(results) > 1:
        base = results[0]["articles_per_s"]
        for r in results[1:]:
            print(
                f"scaling {results[0]['workers']} -> {r['workers']} workers: "
                f"{r['articles_per_s'] / base:.2f}x",
                flush=True,
            )
    (args.out / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":  # Dask worker processes re-import this module
    main()
