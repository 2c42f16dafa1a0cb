"""What the stem tables save: ``fill_stems`` on IndoSum in a fresh process, with and
without the word stems a store keeps (``word_stems``) and the package ships.

    python bench/bench_stem_table.py prepare [--data ../shared/data/indosum] [--out bench/out/stems]
    python bench/bench_stem_table.py stem DB      # fill_stems(DB), one process, timed inside

``prepare`` writes two stores (plain SQL into the real schema, no NLP stages):
``fresh.db`` holds the first half of the 2,809 articles, none stemmed (a first build);
``more.db`` holds both halves with the first already stemmed by this version, so its
``word_stems`` knows the first half's words (a later build adding articles). Time ``stem``
on a copy of each as a whole process (e.g. ``/usr/bin/time -v``, several runs, old and
new in turn), against the previous release (``PYTHONPATH=<old checkout>/src``): the old
one stems every distinct word of the batch again in each new process.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: loaders
from warta.store import stemming
from warta.store.db import connect, transaction


def _insert(db: Path, docs: list[object]) -> None:
    conn = connect(db)
    with transaction(conn):
        conn.executemany(
            "INSERT INTO articles (id, source, title, text, record, content_hash, "
            "pipeline_version, added_at, updated_at) VALUES (?, ?, NULL, ?, '{}', ?, '1', "
            "'', '')",
            [(d.id, d.url, d.text, d.id) for d in docs],  # type: ignore[attr-defined]
        )
    conn.close()


def prepare(data: Path, out: Path) -> None:
    from warta_eval.indosum import load_indosum

    docs = load_indosum(data)
    half = len(docs) // 2
    out.mkdir(parents=True, exist_ok=True)
    for name in ("fresh.db", "more.db"):
        for suffix in ("", "-wal", "-shm"):
            (out / f"{name}{suffix}").unlink(missing_ok=True)
    _insert(out / "fresh.db", docs[:half])
    _insert(out / "more.db", docs[:half])
    conn = connect(out / "more.db")
    stemming.fill_stems(conn)
    conn.close()
    _insert(out / "more.db", docs[half:])
    print(f"{out}/fresh.db: {half} articles unstemmed; {out}/more.db: {half} stemmed + "
          f"{len(docs) - half} unstemmed")  # fmt: skip


def stem(db: Path) -> None:
    conn = connect(db)
    t0 = time.perf_counter()
    n = stemming.fill_stems(conn)
    print(f"{db}: {n} articles stemmed in {time.perf_counter() - t0:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    p.add_argument("--out", type=Path, default=Path("bench/out/stems"))
    s = sub.add_parser("stem")
    s.add_argument("db", type=Path)
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.data, args.out)
    else:
        stem(args.db)


if __name__ == "__main__":
    main()
