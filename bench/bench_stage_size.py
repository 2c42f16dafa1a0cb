"""Time every build stage on one article as it grows from 100 KB to 10 MB.

    python bench/bench_stage_size.py [--sizes 100,250,500,1000,2000,5000,10000]
        [--timeout 900] [--stage-limit 60] [--data ../shared/data/indosum]

One synthetic article per size (KB of UTF-8 page text): the lead "JAKARTA, Senin
(3/6/2024) — " and then IndoSum paragraphs in corpus order (cycled past the 5.9 MB of the
dev folds), so the text carries the quotes, names and dates every stage works on. Each
size runs in its own subprocess under ``--timeout`` seconds, so a stage that blows up
cannot hang the bench; once a stage of one size takes more than ``--stage-limit``
seconds, larger sizes are skipped. Timed separately: cleaning, each stage of
:func:`warta.pipeline.stages.default_stages`, dedup fingerprinting (the article among 20
IndoSum articles), the store insert with its FTS5 index, the stems column, the corpus
steps, and searches with snippets that match the article (a word, a phrase, and four of
the commonest words, which made FTS5's ``snippet()`` quadratic).

Prints seconds per stage per size and each stage's growth exponent: the least-squares
slope of log(seconds) against log(size) (1 = linear, 2 = quadratic); ``last`` is the
slope between the two largest of those sizes. Articles over the size cap
(:data:`warta.clean.MAX_ARTICLE_CHARS`) are cut by the cleaner, so the stages see the
same text past it (the ``text KB`` row): slopes are fitted on the sizes not cut.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: IndoSum
from warta_eval.indosum import load_indosum

SIZES_KB = (100, 250, 500, 1000, 2000, 5000, 10000)
LEAD = "JAKARTA, Senin (3/6/2024) — "
QUERIES = ("pemerintah", '"kata dia"', "yang dan di ini")  # the last: the commonest words


def synthetic_page(data: Path, size_kb: int) -> str:
    """A page text of about ``size_kb`` KB: title, lead, IndoSum paragraphs."""
    paragraphs = [p for doc in load_indosum(data) for p in doc.paragraphs if p.strip()]
    target = size_kb * 1024
    out = ["Judul Artikel Sangat Panjang untuk Uji Ukuran", ""]
    size = 0
    i = 0
    while size < target:
        para = paragraphs[i % len(paragraphs)]
        if i == 0:
            para = LEAD + para
        out.append(para)
        out.append("")
        size += len(para.encode("utf-8")) + 2
        i += 1
    return "\n".join(out)


def run_one(data: Path, size_kb: int) -> None:
    """Time each stage on one article, printing ``{"stage": ..., "seconds": ...}`` lines."""
    from warta import corpus
    from warta.clean import clean_document
    from warta.dedup import DedupInput, find_duplicates
    from warta.pipeline.local import PIPELINE_VERSION
    from warta.pipeline.stages import default_stages
    from warta.records import Provenance, RawDoc
    from warta.store import stemming, writer
    from warta.store.db import connect, transaction
    from warta.store.search import search

    def report(stage: str, seconds: float, **extra: object) -> None:
        print(json.dumps({"stage": stage, "seconds": seconds, **extra}), flush=True)

    page = synthetic_page(data, size_kb)
    small = [
        RawDoc(Provenance(f"small-{d.id}.txt"), f"Judul {d.id}\n\n{d.text}\n")
        for d in load_indosum(data)[:20]
    ]
    raw = RawDoc(Provenance(f"size-{size_kb}.txt"), page)
    others = [clean_document(d) for d in small]
    for stage in default_stages():  # this also loads the NER model before any timing
        others = [stage.func(a) for a in others]
    t0 = time.perf_counter()
    article = clean_document(raw)
    report("clean", time.perf_counter() - t0, text_kb=len(article.text.encode()) / 1024)
    for stage in default_stages():
        t0 = time.perf_counter()
        article = stage.func(article)
        report(stage.name, time.perf_counter() - t0)
    t0 = time.perf_counter()
    find_duplicates(
        [DedupInput(a.id, a.text, "truncated" in a.flags, None) for a in [article, *others]]
    )
    report("dedup", time.perf_counter() - t0)
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "bench.db")
        with transaction(conn):
            writer.upsert_articles(conn, others, PIPELINE_VERSION)
        stemming.fill_stems(conn)
        t0 = time.perf_counter()
        with transaction(conn):
            writer.upsert_articles(conn, [article], PIPELINE_VERSION)
        report("store+fts", time.perf_counter() - t0)
        t0 = time.perf_counter()
        stemming.fill_stems(conn)
        report("stems", time.perf_counter() - t0)
        t0 = time.perf_counter()
        corpus.run_corpus_steps(conn, defaultdict(float))
        report("corpus", time.perf_counter() - t0)
        t0 = time.perf_counter()
        for query in QUERIES:
            hits = search(conn, query, limit=10)
            if not any(h.article_id == article.id for h in hits):
                raise SystemExit(f"search {query!r} did not find the {size_kb} KB article")
        report("search", time.perf_counter() - t0)
        conn.close()


def slope(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of log(seconds) on log(size)."""
    pts = [(math.log(x), math.log(max(y, 1e-4))) for x, y in points]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES_KB)))
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per size")
    parser.add_argument("--stage-limit", type=float, default=60.0)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one:
        run_one(args.data, args.one)
        return 0

    sizes = [int(s) for s in args.sizes.split(",")]
    table: dict[str, dict[int, float | str]] = defaultdict(dict)
    stages: list[str] = []
    text_kb: dict[int, float] = {}
    for size in sizes:
        cmd = [sys.executable, __file__, "--one", str(size), "--data", str(args.data)]
        started = time.perf_counter()
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
            out, failed = done.stdout, done.returncode != 0 and done.stderr[-2000:]
        except subprocess.TimeoutExpired as exc:
            raw = exc.stdout or b""
            out = raw.decode() if isinstance(raw, bytes) else raw
            failed = f"timed out after {args.timeout:.0f} s"
        for line in out.splitlines():
            row = json.loads(line)
            if row["stage"] not in stages:
                stages.append(row["stage"])
            table[row["stage"]][size] = row["seconds"]
            if "text_kb" in row:
                text_kb[size] = row["text_kb"]
        wall = time.perf_counter() - started
        print(f"{size} KB: {wall:.1f} s wall", file=sys.stderr, flush=True)
        if failed:
            print(f"  {size} KB: {failed}", file=sys.stderr)
            done_stages = {r for r in table if size in table[r]}
            running = next((s for s in _ALL if s not in done_stages), "?")
            table[running][size] = "timeout"
            if running not in stages:
                stages.append(running)
            break
        if any(isinstance(v, float) and v > args.stage_limit for v in _col(table, size)):
            print(f"  a stage took over {args.stage_limit:.0f} s: larger sizes skipped")
            break

    measured = [s for s in sizes if any(s in table[st] for st in stages)]
    # The growth exponent is fitted on the sizes the cleaner did not cut (text within 10%
    # of the page): past the cap every stage sees the same text.
    uncut = [s for s in measured if text_kb.get(s, 0) >= 0.9 * s]
    head = f"{'stage':22s}" + "".join(f"{s:>9d}K" for s in measured) + "   slope   last"
    print(head)
    print(f"{'text KB':22s}" + "".join(f"{text_kb.get(s, 0):10.0f}" for s in measured))
    total: dict[int, float] = defaultdict(float)
    for stage in stages:
        cells = []
        pts: list[tuple[float, float]] = []
        for s in measured:
            v = table[stage].get(s, "")
            if isinstance(v, float):
                cells.append(f"{v:10.3f}")
                if s in uncut:
                    pts.append((s, v))
                total[s] += v
            else:
                cells.append(f"{v:>10s}")
        fit = slope(pts)
        last = slope(pts[-2:])
        print(
            f"{stage:22s}"
            + "".join(cells)
            + (f"  {fit:6.2f}" if fit is not None else "       -")
            + (f" {last:6.2f}" if last is not None else "      -")
        )
    pts = [(s, total[s]) for s in uncut if s in total]
    fit, last = slope(pts), slope(pts[-2:])
    print(
        f"{'total':22s}"
        + "".join(f"{total[s]:10.3f}" for s in measured)
        + (f"  {fit:6.2f} {last:6.2f}" if fit is not None and last is not None else "")
    )
    return 0


#: Stage names in the order the child runs them (to name the one a timeout hit).
_ALL = (
    "clean",
    "nlp.entities.v1",
    "nlp.quotes.v1",
    "nlp.timex.v1",
    "nlp.events.v1",
    "analyze.summary.v1",
    "dedup",
    "store+fts",
    "stems",
    "corpus",
    "search",
)


def _col(table: dict[str, dict[int, float | str]], size: int) -> list[float | str]:
    return [row[size] for row in table.values() if size in row]


if __name__ == "__main__":
    raise SystemExit(main())
