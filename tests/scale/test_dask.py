"""The Dask executor: same results as the local build, resumable, fault tolerant.

Clusters run in-process (``processes=False``: threads, starts in milliseconds) except in
the fault test, which needs real worker processes to kill.
"""

from __future__ import annotations

import builtins
import json
import os
import random
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import SEEDS, SHARED

from warta.dedup import DedupInput, find_duplicates
from warta.errors import MissingExtraError
from warta.ingest import InputProblem
from warta.pipeline import build
from warta.scale import build_distributed
from warta.scale.dask import is_done, run_shard
from warta.scale.dedup import dedup_features, distributed_duplicates
from warta.scale.shards import plan_shards, read_shard
from warta.store.db import connect
from warta.store.queries import iter_export

INDOSUM = SHARED / "data" / "indosum"


@pytest.fixture(scope="module", autouse=True)
def tfidf_stories() -> Iterator[None]:
    """The Dask engine clusters stories with TF-IDF ('warta embed' adds e5 afterwards), so
    the local builds it is compared with run with embeddings off."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WARTA_EMBEDDINGS", "off")
        yield


def export(db: Path) -> list[dict[str, Any]]:
    conn = connect(db, create=False)
    try:
        return list(iter_export(conn))
    finally:
        conn.close()


def store_rows(db: Path, table: str) -> list[tuple[Any, ...]]:
    conn = connect(db, create=False)
    try:
        return sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {table}"))
    finally:
        conn.close()


def parquet_rows(out: Path, table: str) -> list[tuple[Any, ...]]:
    rows = []
    for path in sorted((out / "shards").glob(f"*/{table}.parquet")):
        rows.extend(tuple(r.values()) for r in pq.read_table(path).to_pylist())
    return sorted(rows)


def parquet_column(out: Path, table: str, column: str) -> list[Any]:
    values: list[Any] = []
    for path in sorted((out / "shards").glob(f"*/{table}.parquet")):
        values.extend(pq.read_table(path, columns=[column]).column(column).to_pylist())
    return values


def assert_same_as_local(local: Path, dask: Path, out: Path) -> None:
    """The local and the Dask build serve the same things."""
    assert export(dask) == export(local)
    for table in ("mentions", "quotes", "events", "timeline"):
        assert store_rows(dask, table) == store_rows(local, table)
    # The Parquet analysis tables hold the rows of the per-article records (the store's
    # differ where the corpus steps rename entities or re-anchor events).
    records = [json.loads(r) for r in parquet_column(out, "articles", "record")]
    assert parquet_rows(out, "mentions") == sorted(
        (a["id"], m["start"], m["end"], m["text"], m["type"], m["entity"], m["referent"])
        for a in records
        for m in a["mentions"]
    )
    assert len(parquet_rows(out, "quotes")) == sum(len(a["quotes"]) for a in records)
    groups = {
        (r["article_id"], r["group"], r["relation"])
        for r in pq.read_table(out / "duplicates.parquet").to_pylist()
    }
    assert groups == {
        (a["id"], a["dup_group"], a["dup_relation"]) for a in export(local) if a["dup_group"]
    }


@pytest.fixture(scope="module")
def indosum_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """100 IndoSum articles as text files, plus a JSONL file of 40 injected copies."""
    from warta_eval.indosum import load_indosum

    root = tmp_path_factory.mktemp("indosum")
    docs = load_indosum(INDOSUM)[:100]
    folder = root / "txt"
    folder.mkdir()
    for n, doc in enumerate(docs):
        (folder / f"{n:04d}.txt").write_text(f"Judul {n}\n\n{doc.text}\n", encoding="utf-8")
    rnd = random.Random(7)
    with (root / "copies.jsonl").open("w", encoding="utf-8") as out:
        for n in range(40):
            words = docs[rnd.randrange(len(docs))].text.split()
            if n % 3 == 1:
                for _ in range(3):
                    words[rnd.randrange(len(words))] = "berubah"
            elif n % 3 == 2:
                keep = int(len(words) * 0.7)
                start = rnd.randrange(len(words) - keep + 1)
                words = words[start : start + keep]
            out.write(json.dumps({"text": " ".join(words), "url": f"https://x.id/{n}"}) + "\n")
            if n % 10 == 0:
                out.write("\n")  # blank lines: skipped, but they shift line numbers
    return [str(folder), str(root / "copies.jsonl")]


BATCH = 20  # every IndoSum build uses it: batches decide the cleaner's repeated lines


@pytest.fixture(scope="module")
def indosum_local(indosum_inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.db"
    build(indosum_inputs, db, batch_size=BATCH)
    return db


def test_seeds_same_as_local_build(tmp_path: Path) -> None:
    build([str(SEEDS)], tmp_path / "local.db", batch_size=2)
    report = build_distributed(
        [str(SEEDS)],
        tmp_path / "out",
        db=tmp_path / "dask.db",
        batch_size=2,
        shard_size=2,
        n_workers=2,
        processes=False,
    )
    assert report.shards == 3 and report.stats["articles"] == 5
    assert report.stats["duplicate_groups"] >= 1
    assert_same_as_local(tmp_path / "local.db", tmp_path / "dask.db", tmp_path / "out")


def test_loader_appends_to_an_existing_store(tmp_path: Path) -> None:
    from tests.conftest import EXAMPLES

    for db in ("local.db", "dask.db"):  # a store that already holds the examples
        build([str(EXAMPLES)], tmp_path / db, batch_size=1)
    build([str(SEEDS)], tmp_path / "local.db", batch_size=1)
    report = build_distributed(
        [str(SEEDS)],
        tmp_path / "out",
        db=tmp_path / "dask.db",
        batch_size=1,
        n_workers=1,
        processes=False,
    )
    assert report.load["loaded"] == 5
    assert len(export(tmp_path / "dask.db")) == 11
    assert export(tmp_path / "dask.db") == export(tmp_path / "local.db")


def test_indosum_same_as_local_build(
    tmp_path: Path, indosum_inputs: list[str], indosum_local: Path
) -> None:
    report = build_distributed(
        indosum_inputs,
        tmp_path / "out",
        db=tmp_path / "dask.db",
        batch_size=BATCH,
        shard_size=2 * BATCH,
        n_workers=2,
        processes=False,
    )
    assert report.shards == 4  # 140 documents, shards of 40
    assert report.stats["documents"] == 140
    assert report.stats["duplicates"] >= 25  # most injected copies are found
    assert report.dedup["band_key_bytes"] > 0
    assert_same_as_local(indosum_local, tmp_path / "dask.db", tmp_path / "out")


def test_shards_read_exactly_the_local_documents(indosum_inputs: list[str]) -> None:
    from warta.ingest import iter_documents

    shards, problems = plan_shards(indosum_inputs, batch_size=7, shard_size=20)
    assert not problems
    assert all(s.world == len(shards) for s in shards)
    planned = [item for s in shards for item in read_shard(s)]
    assert planned == list(iter_documents(indosum_inputs))
    # Shards start on batch boundaries of the local stream (21 = 3 batches of 7).
    counts = [sum(1 for _ in read_shard(s)) for s in shards]
    assert counts[:-1] == [21] * (len(shards) - 1)


def test_parquet_input(tmp_path: Path) -> None:
    table = pa.table(
        {
            "text": ["Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas."] * 3,
            "url": ["https://a.id/1", "https://a.id/2", None],
        }
    )
    pq.write_table(table, tmp_path / "crawl.parquet")
    shards, _ = plan_shards([str(tmp_path)], batch_size=2, shard_size=2)
    docs = [d for s in shards for d in read_shard(s)]
    assert [d.provenance.locator() for d in docs] == [  # type: ignore[union-attr]
        f"{tmp_path / 'crawl.parquet'}:{n}" for n in (1, 2, 3)
    ]


def test_fsspec_urls_and_missing_inputs(tmp_path: Path) -> None:
    import fsspec

    lines = [
        json.dumps({"text": f"Berita nomor {n} yang cukup panjang untuk dibaca."}) for n in range(5)
    ]
    with fsspec.open("memory://crawl/a.jsonl", "w") as handle:
        handle.write("\n".join(lines) + "\n")
    shards, problems = plan_shards(
        ["memory://crawl/*.jsonl", str(tmp_path / "missing")], batch_size=2, shard_size=2
    )
    assert [p.error.code for p in problems] == ["input-not-found"]
    items = [item for s in shards for item in read_shard(s)]
    # The problem takes the first place of the stream, as in the local build.
    assert [s.pieces[0].items for s in shards] == [1, 2, 2]
    assert isinstance(items[0], InputProblem) and items[0].where == problems[0].where
    url = fsspec.filesystem("memory").unstrip_protocol("/crawl/a.jsonl")
    assert [d.provenance.locator() for d in items[1:]] == [  # type: ignore[union-attr]
        f"{url}:{n}" for n in range(1, 6)
    ]


def test_interrupted_run_resumes(
    tmp_path: Path,
    indosum_inputs: list[str],
    indosum_local: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    # A run stopped after two shards (the others never started).
    shards, _ = plan_shards(indosum_inputs, batch_size=BATCH, shard_size=BATCH)
    for shard in shards[:2]:
        run_shard(shard.to_dict(), str(out))
    # A second run whose task fails once on shard 3 (retries off): the build stops.
    import warta.scale.dask as executor

    real = executor.article_stages
    calls = {"n": 0}

    def flaky() -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("worker lost its disk")
        return real()

    monkeypatch.setattr(executor, "article_stages", flaky)
    with pytest.raises(RuntimeError, match="lost its disk"):
        build_distributed(
            indosum_inputs,
            out,
            batch_size=BATCH,
            shard_size=BATCH,
            n_workers=1,
            processes=False,
            retries=0,
        )
    monkeypatch.setattr(executor, "article_stages", real)
    done_before = sum(is_done(out, s) for s in shards)
    assert 2 <= done_before < len(shards)
    # A partial shard folder (no marker) is redone, not trusted.
    (out / "shards" / shards[-1].name).mkdir(parents=True, exist_ok=True)
    (out / "shards" / shards[-1].name / "articles.parquet").write_bytes(b"partial")
    report = build_distributed(
        indosum_inputs,
        out,
        db=tmp_path / "dask.db",
        batch_size=BATCH,
        shard_size=BATCH,
        n_workers=2,
        processes=False,
    )
    assert report.shards_skipped == done_before
    assert report.stats["documents"] == 140  # stats of skipped shards are counted once
    assert_same_as_local(indosum_local, tmp_path / "dask.db", out)


@pytest.mark.slow
def test_killed_worker_gives_the_same_result(
    tmp_path: Path, indosum_inputs: list[str], indosum_local: Path
) -> None:
    from distributed import Client, LocalCluster

    out = tmp_path / "out"
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        pids = list(client.run(os.getpid).values())
        killed: list[int] = []

        def kill_when_started() -> None:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not killed:
                if list((out / "shards").glob("*/_SUCCESS")):
                    os.kill(pids[0], signal.SIGKILL)  # the nanny starts a new worker
                    killed.append(pids[0])
                time.sleep(0.02)

        killer = threading.Thread(target=kill_when_started)
        killer.start()
        report = build_distributed(
            indosum_inputs,
            out,
            scheduler=cluster.scheduler_address,
            db=tmp_path / "dask.db",
            batch_size=25,
            shard_size=25,
        )
        killer.join()
    assert killed, "no worker was killed: the run ended before the first shard finished"
    assert report.stats["documents"] == 140
    assert_same_as_local(indosum_local, tmp_path / "dask.db", out)


def test_missing_dask_is_a_missing_extra_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_dask(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] in ("dask", "distributed"):
            raise ImportError(f"No module named '{name}'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(MissingExtraError) as info:
        build_distributed([str(SEEDS)], tmp_path / "out")
    assert info.value.code == "missing-extra"
    assert "pip install 'warta[dask]'" in info.value.message
    assert "build --engine dask" in info.value.message

    from typer.testing import CliRunner

    from warta.cli.main import app

    result = CliRunner().invoke(
        app, ["build", str(SEEDS), "--engine", "dask", "--db", str(tmp_path / "x.db")]
    )
    assert isinstance(result.exception, MissingExtraError)


def test_cli_engine_dask(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from warta.cli.main import app

    db = tmp_path / "s.db"
    result = CliRunner().invoke(
        app, ["build", str(SEEDS), "--engine", "dask", "--workers", "1", "--db", str(db), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stats"]["articles"] == 5
    assert (tmp_path / "s.db.parquet" / "duplicates.parquet").exists()
    # --out is the Dask engine's (--workers applies to both engines)
    bad = CliRunner().invoke(app, ["build", str(SEEDS), "--out", str(tmp_path), "--db", str(db)])
    assert bad.exit_code != 0 and "--engine dask" in str(bad.exception)


# -- distributed dedup == find_duplicates ---------------------------------------------

WORDS = [f"kata{n}" for n in range(40)]


@st.composite
def corpora(draw: st.DrawFn) -> list[DedupInput]:
    """Random texts plus exact, near and partial copies of some of them."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    docs: list[DedupInput] = []
    for n in range(draw(st.integers(1, 25))):
        words = [rnd.choice(WORDS) for _ in range(rnd.randrange(0, 90))]
        docs.append(
            DedupInput(
                f"o{n:02d}",
                " ".join(words),
                rnd.random() < 0.2,
                rnd.choice([None, "2024-01-02", "2023-05"]),
            )
        )
    for n in range(draw(st.integers(0, 12))):
        words = rnd.choice(docs).text.split()
        kind = rnd.randrange(3)
        if kind == 1 and words:
            for _ in range(rnd.randrange(1, 4)):
                words[rnd.randrange(len(words))] = rnd.choice(WORDS)
        elif kind == 2 and words:
            keep = max(1, int(len(words) * rnd.uniform(0.5, 0.8)))
            start = rnd.randrange(len(words) - keep + 1)
            words = words[start : start + keep]
        text = " ".join(words).upper() if rnd.random() < 0.3 else " ".join(words)
        docs.append(DedupInput(f"c{n:02d}", text, rnd.random() < 0.2, None))
    return docs


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_distributed_dedup_equals_find_duplicates(client: Any, tmp_path: Path) -> None:
    @settings(
        max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(corpora(), st.integers(1, 4), st.integers(1, 5))
    def check(docs: list[DedupInput], files: int, parts: int) -> None:
        paths = []
        for k in range(files):
            path = tmp_path / f"features-{k}.parquet"
            pq.write_table(dedup_features(docs[k::files]), path)
            paths.append(str(path))
        links, _ = distributed_duplicates(client, paths, tmp_path / "work", parts)
        assert links == find_duplicates(docs)

    check()
