"""The local build on several processes stores exactly what the one-process build stores.

Issue 15, "both cores": batches are analysed in worker processes and stored in input
order by the build's process. The builds here read the seeds, the examples, 60 IndoSum
articles, a page of chrome only and an empty file, in batches of 8 so that several are
in flight at once.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES, ROOT, SEEDS, SHARED
from tests.pipeline.stores import export_store

from warta.errors import BackendUnavailableError, EmptyInputError
from warta.ingest import InputProblem, iter_documents
from warta.pipeline import BuildReport, build, local
from warta.pipeline.workers import Outcome, default_workers
from warta.records import Provenance, RawDoc

INDOSUM = SHARED / "data" / "indosum"
BATCH = 8
CHROME = "<html><body><nav><a href='/'>Beranda</a></nav><p>Baca juga</p></body></html>"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    if not INDOSUM.exists():
        pytest.skip(f"{INDOSUM} not found")
    sys.path.insert(0, str(ROOT / "eval"))
    from warta_eval.indosum import load_indosum

    folder = tmp_path_factory.mktemp("indosum")
    for n, doc in enumerate(load_indosum(INDOSUM)[:60]):
        (folder / f"{n:03d}.txt").write_text(f"Berita {n}\n\n{doc.text}\n", encoding="utf-8")
    (folder / "menu.html").write_text(CHROME, encoding="utf-8")  # no article text
    (folder / "zz-empty.txt").write_text("", encoding="utf-8")  # not readable at all
    return [str(SEEDS), str(EXAMPLES), str(folder)]


#: The seeds and the examples: 11 documents, 4 batches of :data:`SMALL_BATCH`.
SMALL = [str(SEEDS), str(EXAMPLES)]
SMALL_BATCH = 3


def _build(
    inputs: list[str], db: Path, workers: int, batch: int = BATCH, **kwargs: Any
) -> BuildReport:
    return build(inputs, db, embeddings=False, batch_size=batch, workers=workers, **kwargs)


def _problems(report: BuildReport) -> list[tuple[str, str, str]]:
    return [(p.where, p.error.code, p.error.message) for p in report.problems]


@pytest.fixture(scope="module")
def builds(
    inputs: list[str], tmp_path_factory: pytest.TempPathFactory
) -> dict[int, tuple[BuildReport, dict[str, Any]]]:
    out = tmp_path_factory.mktemp("builds")
    result = {}
    for workers in (1, 2):
        db = out / f"w{workers}.db"
        report = _build(inputs, db, workers)
        result[workers] = (report, export_store(db, out / f"w{workers}"))
    return result


def test_two_workers_store_what_one_process_stores(
    builds: dict[int, tuple[BuildReport, dict[str, Any]]],
) -> None:
    (one, one_export), (two, two_export) = builds[1], builds[2]
    assert len(one_export["articles"]) >= 70  # the seeds, the examples and IndoSum
    assert one_export == two_export
    assert one.stats == two.stats
    assert _problems(one) == _problems(two)


def test_problems_come_back_from_the_workers(
    builds: dict[int, tuple[BuildReport, dict[str, Any]]],
) -> None:
    report = builds[2][0]
    assert report.stats["dropped.no-article-text"] == 1
    wheres = [Path(where).name for where, _code, _message in _problems(report)]
    assert "menu.html" in wheres and "zz-empty.txt" in wheres


def test_a_document_read_again_while_its_batch_is_in_flight_counts_as_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The inputs never hold one locator twice, but should a reader ever yield one again
    (here: the last 3 documents again), the batch holding it is sent before the batch
    that stores the first copy is counted; it must still be skipped, as in one process."""
    docs = [d for d in iter_documents(SMALL) if isinstance(d, RawDoc)]
    again = [*docs, *docs[-3:]]
    monkeypatch.setattr(local, "iter_documents", lambda _inputs, _stdin: iter(again))
    one = _build(SMALL, tmp_path / "w1.db", 1, SMALL_BATCH)
    two = _build(SMALL, tmp_path / "w2.db", 2, SMALL_BATCH)
    assert one.stats["unchanged"] == 3 and one.stats["new"] == len(docs)
    assert one.stats == two.stats
    first, second = (export_store(tmp_path / f"w{n}.db", tmp_path / f"e{n}") for n in (1, 2))
    assert first == second


def test_a_rerun_on_workers_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    first = _build(SMALL, db, 2, SMALL_BATCH)
    again = _build(SMALL, db, 2, SMALL_BATCH)
    assert first.stats["new"] == first.stats["documents"] == 11
    assert again.stats["unchanged"] == again.stats["documents"] == 11


def test_progress_is_reported_per_batch(tmp_path: Path) -> None:
    sizes: list[int] = []
    stages: list[tuple[str, int]] = []
    _build(
        SMALL,
        tmp_path / "w.db",
        2,
        SMALL_BATCH,
        progress=sizes.append,
        stage=lambda name, done, _total: stages.append((name, done)),
    )
    assert sizes == [3, 3, 3, 2]
    assert [done for name, done in stages if name == "storing"] == [3, 6, 9, 11]


def test_the_first_batch_goes_to_the_workers_in_parts_and_stores_the_same(
    inputs: list[str], tmp_path: Path
) -> None:
    """Batches of 48: the first goes to the two workers in three parts of 16 documents,
    each cleaned with the whole batch's repeated lines; the store equals the store of one
    process analysing whole batches of 48."""
    sizes: dict[int, list[int]] = {1: [], 2: []}
    reports = {
        n: _build(inputs, tmp_path / f"w{n}.db", n, 48, progress=sizes[n].append) for n in (1, 2)
    }
    assert sizes[2][:3] == [16, 16, 16] and sizes[1][0] == 48
    assert sum(sizes[1]) == sum(sizes[2])
    # Counters of the corpus work done between stored batches (earlier articles
    # renamed, re-dated, regrouped by later ones) follow where the batches end; the
    # store does not.
    between = {"renamed", "redated", "regrouped"}
    assert {k: v for k, v in reports[1].stats.items() if k not in between} == {
        k: v for k, v in reports[2].stats.items() if k not in between
    }
    assert _problems(reports[1]) == _problems(reports[2])
    exports = [export_store(tmp_path / f"w{n}.db", tmp_path / f"e{n}") for n in (1, 2)]
    assert exports[0] == exports[1]


def test_a_batch_splits_into_parts_of_whole_groups() -> None:
    def doc(n: int) -> RawDoc:
        return RawDoc(Provenance(f"d{n}.txt"), f"teks {n}")

    problem = InputProblem("x.bin", EmptyInputError("x.bin: binary", detail={}))
    batch: list[RawDoc | InputProblem] = [doc(n) for n in range(40)]
    batch.insert(17, problem)
    parts = local.split_batch(batch, 4)
    assert [p for part in parts for p in part] == batch  # nothing lost, nothing moved
    assert [sum(isinstance(p, RawDoc) for p in part) for part in parts] == [16, 16, 8]
    assert problem in parts[1]
    assert local.split_batch(batch[:10], 4) == [batch[:10]]  # one group: whole
    assert local.split_batch([problem], 4) == [[problem]]


def _children() -> set[int]:
    """Pids of this process's live children (other tests may leave some running)."""
    return {p.pid for p in multiprocessing.active_children() if p.pid is not None}


def _kill_one_worker(before: set[int]) -> None:
    worker = min(_children() - before)  # one of this build's workers
    os.kill(worker, signal.SIGKILL)


def test_a_killed_worker_names_its_batch_and_keeps_the_stored_ones(
    inputs: list[str], tmp_path: Path
) -> None:
    db = tmp_path / "w.db"
    calls = iter(range(100))
    before = _children()

    def kill_after_first_batch(_n: int) -> None:
        if next(calls) == 0:
            _kill_one_worker(before)

    with pytest.raises(BackendUnavailableError) as caught:
        _build(inputs, db, 2, progress=kill_after_first_batch)
    number = caught.value.detail["batch"]
    assert number >= 2 and f"batch {number} " in caught.value.message
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert stored == (number - 1) * BATCH  # the seeds and examples: one article each
    assert not _children() - before


def test_ctrl_c_stops_the_workers_and_keeps_the_stored_batches(
    inputs: list[str], tmp_path: Path
) -> None:
    db = tmp_path / "w.db"
    before = _children()

    def interrupt(_n: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _build(inputs, db, 2, progress=interrupt)
    assert not _children() - before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == BATCH


def test_an_outcome_crosses_processes_whole() -> None:
    problem = InputProblem("a.html", EmptyInputError("a.html: no article text", detail={"n": 1}))
    back = pickle.loads(pickle.dumps(Outcome("dropped.no-article-text", problem=problem)))
    assert back.problem is not None and isinstance(back.problem.error, EmptyInputError)
    assert back.problem.error.message == "a.html: no article text"
    assert back.problem.error.detail == {"n": 1}


def test_default_workers_is_the_cores_this_process_may_use() -> None:
    assert default_workers() == len(os.sched_getaffinity(0))


def test_cli_build_takes_workers(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from warta.cli.main import app

    db = tmp_path / "w.db"
    args = ["build", str(SEEDS), "--workers", "1", "--no-embeddings", "--db", str(db), "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stats"]["new"] == 5
