"""Delivery that fails is recorded and retried by the next run, never lost and never
repeated once it succeeded; two runs at once never deliver one firing twice; the
function a watch loop calls on an open connection (:func:`evaluate`)."""

from __future__ import annotations

import json
import socket
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor.conftest import BATCH_A, BATCH_B, Receiver, build, write_batch
from warta.errors import NotFoundError
from warta.monitor.alerts import CLAIM_SECONDS, add_alert, evaluate, run_alerts
from warta.store.db import connect
from warta.store.queries.alerts import list_firings


def history(db: Path, alert: str | None = None) -> list[dict[str, Any]]:
    conn = connect(db, readonly=True)
    try:
        return list_firings(conn, alert=alert, limit=100)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from batch A; copied by each test, which adds its alerts, then B."""
    tmp = tmp_path_factory.mktemp("delivery")
    db = tmp / "a.db"
    build(db, write_batch(tmp / "a", "a", BATCH_A))
    return db


@pytest.fixture()
def store(first_build: Path, tmp_path: Path) -> Path:
    db = tmp_path / "w.db"
    src = sqlite3.connect(first_build)
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    return db


def free_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/hook"


def test_failed_webhook_is_retried_next_run(store: Path, tmp_path: Path) -> None:
    receiver = Receiver(status=503)  # down at first
    try:
        conn = connect(store)
        try:
            add_alert(conn, "banjir", query="banjir", webhook=receiver.url,
                      jsonl=tmp_path / "banjir.jsonl")
        finally:
            conn.close()
        build(store, write_batch(tmp_path / "b", "b", BATCH_B))
        fired = run_alerts(store, timeout=2.0)
        assert len(fired) == 2  # the two flood reports
        assert len(receiver.bodies) == 1  # posted once, the second skipped after the 503
        first = {h["article_id"]: h["delivery"] for h in history(store)}
        assert all(d["webhook"].startswith("failed:") for d in first.values())
        assert all(d["jsonl"] == "ok" for d in first.values())
        # The receiver is back: the next run (nothing new) delivers both, oldest first.
        receiver.status = 200
        receiver.bodies.clear()
        assert run_alerts(store, timeout=2.0) == []
        assert [b["article_id"] for b in receiver.bodies] == [f.article_id for f in fired]
        second = {h["article_id"]: h["delivery"] for h in history(store)}
        assert all(d["webhook"] == "ok 200" for d in second.values())
        attempts = sorted(d["webhook_attempts"] for d in second.values())
        assert attempts == [1, 2]  # the skipped firing was posted once, the other twice
        # Delivered: a third run posts nothing, and the JSONL file got each firing once.
        receiver.bodies.clear()
        assert run_alerts(store, timeout=2.0) == [] and receiver.bodies == []
        lines = (tmp_path / "banjir.jsonl").read_text(encoding="utf-8").splitlines()
        assert sorted(json.loads(x)["article_id"] for x in lines) == sorted(
            str(f.article_id) for f in fired
        )
    finally:
        receiver.close()


def test_a_dead_webhook_keeps_its_firings_pending(store: Path, tmp_path: Path) -> None:
    dead = free_port_url()
    conn = connect(store)
    try:
        add_alert(conn, "mati", query="banjir", webhook=dead)
    finally:
        conn.close()
    build(store, write_batch(tmp_path / "b", "b", BATCH_B))
    assert len(run_alerts(store, timeout=1.0)) == 2
    for _ in range(2):
        assert run_alerts(store, timeout=1.0) == []
    rows = history(store)
    assert len(rows) == 2
    assert all(r["delivery"]["webhook"].startswith("failed:") for r in rows)
    # One POST per run, the oldest firing's; the other waits behind it (skipped).
    attempts = sorted(r["delivery"].get("webhook_attempts", 0) for r in rows)
    assert attempts == [0, 3]


def test_a_claimed_firing_is_not_delivered_twice(store: Path, tmp_path: Path) -> None:
    receiver = Receiver()
    try:
        conn = connect(store)
        try:
            add_alert(conn, "banjir", query="banjir", webhook=receiver.url)
        finally:
            conn.close()
        build(store, write_batch(tmp_path / "b", "b", BATCH_B))
        # Another run claimed the firings a moment ago (and is posting them).
        conn = connect(store)
        try:
            from warta.monitor.alerts import evaluate_alerts

            fired = evaluate_alerts(conn)
            now = datetime.now(UTC).isoformat(timespec="seconds")
            with conn:
                conn.execute("UPDATE alert_firings SET delivery = ?",
                             (json.dumps({"claimed": now}),))
            assert evaluate(conn) == [] and receiver.bodies == []
            # That run was killed: once its claim is stale, the firings are taken over.
            old = datetime.now(UTC) - timedelta(seconds=CLAIM_SECONDS + 60)
            with conn:
                conn.execute("UPDATE alert_firings SET delivery = ?",
                             (json.dumps({"claimed": old.isoformat(timespec="seconds")}),))
            assert evaluate(conn) == []
        finally:
            conn.close()
        assert sorted(b["article_id"] for b in receiver.bodies) == sorted(
            str(f.article_id) for f in fired
        )
        assert all("claimed" not in h["delivery"] for h in history(store))
    finally:
        receiver.close()


def test_evaluate_on_an_open_connection(store: Path, tmp_path: Path) -> None:
    """What the watch loop calls after each build: new firings once, then nothing."""
    receiver = Receiver()
    try:
        conn = connect(store)
        try:
            add_alert(conn, "bmkg", entity="Dwikorita", webhook=receiver.url)
            build(store, write_batch(tmp_path / "b", "b", BATCH_B))
            fired = evaluate(conn)
            assert fired and {f.alert for f in fired} == {"bmkg"}
            assert all(f.fired_at and f.reason for f in fired)
            assert evaluate(conn) == []
        finally:
            conn.close()
        assert sorted(b["article_id"] for b in receiver.bodies) == sorted(
            str(f.article_id) for f in fired
        )
    finally:
        receiver.close()


def test_unknown_entity_suggests_names(store: Path) -> None:
    conn = connect(store)
    try:
        with pytest.raises(NotFoundError) as caught:
            add_alert(conn, "typo", entity="Dwikorta Karnawati")
        assert "did you mean" in caught.value.message and "Dwikorita" in caught.value.message
        assert "--allow-unknown" in caught.value.message
        alert, match = add_alert(conn, "typo", entity="Dwikorta Karnawati", allow_unknown=True)
        assert alert.target == "Dwikorta Karnawati" and match is not None and not match.found
        # No known name is close: a newcomer, kept (it may appear in later articles).
        _, match = add_alert(conn, "baru", entity="Zzyzx Qwfp")
        assert match is not None and not match.found and not match.suggestions
    finally:
        conn.close()
