"""Uploads are queued (issue 19, item 4): ``POST /api/v1/documents`` stores the upload and
answers 202 with a job; one writer thread runs the pipeline; readers never wait for it."""

from __future__ import annotations

import functools
import statistics
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from api.fixtures import held_corpus_step, live_server, wait_for_file, wait_for_job
from warta.api import create_app, jobs

LOCAL = "http://127.0.0.1:8000"
TEXT = b"Gempa kecil mengguncang Palu, Kamis (2/1/2025). Warga sempat keluar rumah. Tidak ada korban jiwa."


def post_text(client: Any, data: bytes = TEXT, **params: str) -> Any:
    return client.post(
        "/api/v1/documents", content=data, params=params, headers={"content-type": "text/plain"}
    )


def test_an_upload_is_a_job_with_a_status_url(db: Path) -> None:
    client = TestClient(create_app(db, burst=10_000), base_url=LOCAL)
    r = post_text(client, name="palu.txt")
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["status"] in {"queued", "running", "done"} and len(body["job"]) == 24
    assert body["status_url"] == f"/api/v1/jobs/{body['job']}"
    job = wait_for_job(client, r)
    assert job["status"] == "done" and job["error"] is None
    assert job["result"]["stats"] == {"documents": 1, "stored": 1, "problems": 0}
    article = job["result"]["articles"][0]
    assert article["source"] == "palu.txt" and article["published"] == "2025-01-02"
    assert client.get("/api/v1/stats").json()["articles"] == 7
    assert client.get(f"/api/v1/articles/{article['id']}").status_code == 200
    for key in ("created", "started", "finished"):
        assert job[key]


def test_failed_jobs_say_why(db: Path) -> None:
    client = TestClient(create_app(db, burst=10_000), base_url=LOCAL)
    binary = wait_for_job(client, post_text(client, b"\x00\x01\x02binary\x00" * 50))
    assert binary["status"] == "failed" and binary["error"]["code"] == "unreadable-input"
    malformed = wait_for_job(
        client,
        client.post(
            "/api/v1/documents",
            content=b"[1, 2]\nnope\n",
            headers={"content-type": "application/x-ndjson"},
        ),
    )
    assert malformed["error"]["code"] == "malformed-input"
    nothing = wait_for_job(client, post_text(client, b"  \n  x  \n"))
    assert nothing["status"] == "failed" and nothing["error"]["code"] == "empty-input"
    r = client.get("/api/v1/jobs/" + "0" * 24)
    assert r.status_code == 404 and r.json()["error"]["code"] == "not-found"
    bad = client.get("/api/v1/jobs/..%2F..%2Fetc")
    assert bad.status_code in (400, 404)
    assert client.get("/api/v1/stats").json()["articles"] == 6


def test_the_queue_survives_a_restart(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Jobs stored but not processed (the server stopped, or was killed while running
    one) are processed when the server starts again."""
    with monkeypatch.context() as m:
        m.setattr(jobs.UploadQueue, "start", lambda self: None)  # no worker: nothing runs
        first = TestClient(create_app(db, burst=10_000), base_url=LOCAL)
        queued = [post_text(first, name=f"q{i}.txt") for i in range(2)]
        assert all(first.get(r.json()["status_url"]).json()["status"] == "queued" for r in queued)
    # The second job was being processed when the server died.
    state = jobs.JobStore(jobs.jobs_dir(db))
    state.update(queued[1].json()["job"], status="running")
    with TestClient(create_app(db, burst=10_000), base_url=LOCAL) as second:  # lifespan on
        done = [wait_for_job(second, r) for r in queued]
    assert [j["status"] for j in done] == ["done", "done"]
    assert second.get("/api/v1/stats").json()["articles"] == 8  # two names, two sources


def test_shutdown_finishes_the_current_job_and_keeps_the_rest(db: Path, tmp_path: Path) -> None:
    marker = str(tmp_path / "slow")
    app = create_app(db, burst=10_000)
    app.state.warta.uploads.corpus_step = functools.partial(
        held_corpus_step, marker=marker, hold=1.0, busy=False
    )
    with TestClient(app, base_url=LOCAL) as client:
        first = post_text(client, name="a.txt")
        assert wait_for_file(marker + ".holding")
        rest = [post_text(client, TEXT + b" Tambahan %d." % i, name=f"b{i}.txt") for i in range(2)]
    # The server has stopped: the job it was running finished, the others wait on disk.
    store = jobs.JobStore(jobs.jobs_dir(db))
    assert store.load(first.json()["job"])["status"] == "done"
    assert [store.load(r.json()["job"])["status"] for r in rest] == ["queued", "queued"]
    with TestClient(create_app(db, burst=10_000), base_url=LOCAL) as client:
        assert all(wait_for_job(client, r)["status"] == "done" for r in rest)


def test_reads_do_not_wait_for_a_write(db: Path, tmp_path: Path) -> None:
    """Measured on a live server: while the writer holds the store's write lock for 5 s
    of busy Python (as the corpus step does), reads from fresh connections answer in
    well under a second, one at a time and several at once."""
    marker = str(tmp_path / "hold")
    app = create_app(db, burst=10_000, rate=10_000)
    app.state.warta.uploads.corpus_step = functools.partial(
        held_corpus_step, marker=marker, hold=5.0
    )
    with live_server(app) as base, httpx.Client(base_url=base, timeout=30) as client:
        aid = client.get("/api/v1/articles").json()["items"][0]["id"]
        paths = [
            "/api/v1/articles",
            f"/api/v1/articles/{aid}",
            "/api/v1/search?q=dermaga",
            "/api/v1/stats",
            "/",
            "/entities",
        ]
        for path in paths:  # warm: templates compiled, as on a server that has run a while
            assert client.get(path).status_code == 200
        # One client per read, made now: each read opens a fresh connection (a new server
        # thread may serve it), and building clients is not part of what is measured.
        fresh = [httpx.Client(base_url=base, timeout=30) for _ in range(len(paths) + 5)]
        r = post_text(client)
        assert wait_for_file(marker + ".holding"), "the writer never took the lock"
        latencies: list[float] = []

        def read(path: str) -> None:
            own = fresh.pop()
            t0 = time.perf_counter()
            assert own.get(path).status_code == 200, path
            latencies.append(time.perf_counter() - t0)
            own.close()

        for path in [*paths, f"/api/v1/jobs/{r.json()['job']}"]:
            read(path)
        burst = [threading.Thread(target=read, args=(p,)) for p in paths[:4]]
        for t in burst:
            t.start()
        for t in burst:
            t.join()
        overlapped = not Path(marker + ".released").exists()
        assert len(latencies) == len(paths) + 5
        print(
            f"reads during a write: p50 {statistics.median(latencies) * 1000:.0f} ms, "
            f"max {max(latencies) * 1000:.0f} ms"
        )
        assert overlapped, ("the reads did not overlap the write", latencies)
        assert max(latencies) < 1.0, latencies
        assert wait_for_job(client, r)["status"] == "done"


def test_a_full_queue_is_a_429(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs.UploadQueue, "start", lambda self: None)
    monkeypatch.setattr(jobs, "MAX_QUEUED", 2)
    client = TestClient(create_app(db, burst=10_000), base_url=LOCAL)
    assert [post_text(client).status_code for _ in range(2)] == [202, 202]
    r = post_text(client)
    assert r.status_code == 429 and r.json()["error"]["code"] == "rate-limited"
    assert int(r.headers["retry-after"]) >= 1
