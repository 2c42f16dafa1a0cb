"""Run the per-article stages over IndoSum articles, for timing two trees side by side.

    PYTHONPATH=src:eval python bench/bench_stages.py [--limit 400] [--data DIR]
    PYTHONPATH=/tmp/old/src:eval python bench/bench_stages.py    # the tree to compare

Time both commands from outside, in turn (A B A B ...), and compare the medians.

Cleans and analyses the first ``--limit`` IndoSum dev articles with
:func:`warta.pipeline.local.process_documents` and
:func:`warta.pipeline.stages.default_stages`, in whichever ``warta`` the process imports,
and prints the article count, the problems, the seconds the stages took and a digest of
the records (two trees with the same rules print the same digest). The whole process is
timed from outside (start-up and loading the corpus included, the same for both trees).
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "indosum"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=400, help="first N articles (0: all)")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()

    from warta.pipeline.local import process_documents
    from warta.pipeline.stages import default_stages
    from warta.records import Provenance, RawDoc
    from warta_eval.indosum import load_indosum

    docs = load_indosum(args.data)
    if args.limit:
        docs = docs[: args.limit]
    raws = [RawDoc(Provenance(path=d.id + ".txt"), d.text, url=d.url) for d in docs]
    start = time.process_time()
    articles, problems = process_documents(raws, default_stages())
    seconds = time.process_time() - start
    digest = hashlib.sha1(
        "".join(repr((a.id, a.title, a.mentions, a.quotes, a.relations)) for a in articles).encode()
    ).hexdigest()[:12]
    print(f"{len(articles)} articles, {len(problems)} problems, stages {seconds:.2f} CPU-s")
    print(f"records digest {digest}")


if __name__ == "__main__":
    main()
