"""``warta alerts ...``, ``warta trends`` and the alerts a ``warta build`` evaluates, run
in-process the way the console script runs (``main()``: ``Error:`` and exit 1)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from monitor.conftest import BATCH_A, BATCH_B, UNDATED, write_batch
from warta.monitor.trends import compute_trends
from warta.store.db import connect


def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str | Path
) -> tuple[int, str, str]:
    from warta.cli import output
    from warta.cli.main import main

    monkeypatch.setenv("COLUMNS", "200")
    for console in (output.console, output.err_console):  # see tests/cli/conftest.py
        monkeypatch.setattr(console, "_width", 200)
    monkeypatch.setenv("WARTA_EMBEDDINGS", "off")
    capsys.readouterr()
    monkeypatch.setattr(sys, "argv", ["warta", *map(str, args)])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_build_evaluates_alerts_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(*args: str | Path) -> tuple[int, str, str]:
        return cli(capsys, monkeypatch, *args)

    db = tmp_path / "w.db"
    a = write_batch(tmp_path / "a", "a", BATCH_A)
    b = write_batch(tmp_path / "b", "b", [*BATCH_B, UNDATED])
    assert run("build", a, "--db", db, "-q")[0] == 0
    code, out, err = run("alerts", "add", "kopi", "--query", "kopi", "--db", db)
    assert code == 0 and "alert 'kopi' added" in out, err
    code, out, _ = run("alerts", "add", "bmkg", "--entity", "Dwikorita", "--db", db, "--json")
    assert json.loads(out)["resolved"]["entity"] == "Dwikorita Karnawati"
    code, out, err = run("alerts", "add", "kopi", "--query", "teh", "--db", db)
    assert code == 1 and "Error: an alert named 'kopi' exists" in err
    code, out, err = run("build", b, "--db", db)
    assert code == 0, err
    assert "alert firings (bmkg, kopi)" in out
    code, out, _ = run("alerts", "history", "--db", db, "--json")
    history = json.loads(out)
    titles = {(h["alert"], h["title"]) for h in history}
    assert titles == {
        ("kopi", BATCH_B[1]["title"]),
        ("kopi", UNDATED["title"]),
        ("bmkg", BATCH_B[0]["title"]),
    }
    # The same inputs again add nothing, so nothing fires.
    code, out, _ = run("build", b, "--db", db)
    assert code == 0 and "alert firings" not in out
    assert run("alerts", "run", "--db", db, "--json")[1].strip() == "[]"
    code, out, _ = run("alerts", "list", "--db", db, "--json")
    assert {a["name"]: a["firings"] for a in json.loads(out)} == {"bmkg": 1, "kopi": 2}
    code, out, _ = run("alerts", "history", "--db", db)
    assert "Festival Kopi" in out and "matches the query 'kopi'" in out
    assert run("alerts", "remove", "kopi", "--db", db)[0] == 0
    code, _, err = run("alerts", "remove", "kopi", "--db", db)
    assert code == 1 and "no alert named 'kopi'" in err


def test_rich_output_is_literal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.db"
    code, out, _ = cli(capsys, monkeypatch, "alerts", "add", "[bold]x[/bold]", "--query",
                       "[red]kopi[/red]", "--db", db)
    assert code == 0 and "[bold]x[/bold]" in out and "[red]kopi[/red]" in out
    code, out, _ = cli(capsys, monkeypatch, "alerts", "list", "--db", db)
    assert "[bold]x[/bold]" in out


def test_trends_json_is_the_python_api(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.db"
    a = write_batch(tmp_path / "a", "a", [*BATCH_A, *BATCH_B])
    assert cli(capsys, monkeypatch, "build", a, "--db", db, "-q")[0] == 0
    code, out, _ = cli(capsys, monkeypatch, "trends", "--db", db, "--days", "5", "--json")
    conn = connect(db, readonly=True)
    try:
        expected = compute_trends(conn, days=5)
        by_alias = compute_trends(conn, entity="BMKG", days=3, today=date(2024, 5, 3))
    finally:
        conn.close()
    assert code == 0 and json.loads(out) == expected
    code, out, _ = cli(capsys, monkeypatch, "trends", "--db", db, "--entity", "BMKG",
                       "--days", "3", "--as-of", "2024-05-03")
    name = by_alias["entities"][0]["name"]
    assert code == 0 and name in out and "'BMKG' is" in out
    assert "Entities, articles per day 2024-05-01 … 2024-05-03" in out
    code, _, err = cli(capsys, monkeypatch, "trends", "--db", db, "--as-of", "kemarin")
    assert code == 1 and "--as-of 'kemarin' is not a day" in err


def test_bad_parameters_are_clear_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(*args: str | Path) -> tuple[int, str, str]:
        return cli(capsys, monkeypatch, *args)

    db = tmp_path / "w.db"
    assert run("build", write_batch(tmp_path / "a", "a", BATCH_A), "--db", db, "-q")[0] == 0
    code, _, err = run("trends", "--db", db, "--days", "0")
    assert code == 1 and "Error: days 0 is out of range" in err
    code, _, err = run("trends", "--db", db, "--entity", "Dwikorta")
    assert code == 1 and "did you mean" in err and "Dwikorita" in err
    code, _, err = run("alerts", "add", "x", "--entity", "Dwikorta", "--db", db)
    assert code == 1 and "did you mean" in err and "--allow-unknown" in err
    code, out, _ = run("alerts", "add", "x", "--entity", "Dwikorta", "--allow-unknown",
                       "--db", db, "--json")
    assert code == 0 and json.loads(out)["resolved"]["entity"] is None
    code, _, err = run("alerts", "add", "y", "--query", "banjir", "--webhook", "bukan-url",
                       "--db", db)
    assert code == 1 and "webhook 'bukan-url'" in err and "http://" in err
    code, _, err = run("alerts", "add", "y", "--query", "banjir", "--webhook",
                       "http://", "--db", db)
    assert code == 1 and "no host" in err
    code, out, _ = run("alerts", "remove", "x", "--db", db, "--json")
    assert code == 0 and json.loads(out) == {"removed": "x"}
    code, out, _ = run("alerts", "list", "--db", db, "--json")
    assert code == 0 and json.loads(out) == []
    code, _, err = run("alerts", "run", "--db", tmp_path / "tidak-ada.db")
    assert code == 1 and not (tmp_path / "tidak-ada.db").exists()


def test_alerts_run_json_fires_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``warta alerts run`` after articles were stored without evaluating alerts (the
    store written by another program): the firings as JSON, once."""
    db = tmp_path / "w.db"
    assert cli(capsys, monkeypatch, "build", write_batch(tmp_path / "a", "a", BATCH_A),
               "--db", db, "-q")[0] == 0
    assert cli(capsys, monkeypatch, "alerts", "add", "banjir", "--query", "banjir",
               "--db", db)[0] == 0
    from warta.pipeline import build as run_build

    assert run_build([str(write_batch(tmp_path / "b", "b", BATCH_B))], db, embeddings=False).ok
    code, out, _ = cli(capsys, monkeypatch, "alerts", "run", "--db", db, "--json")
    fired = json.loads(out)
    assert code == 0 and sorted(f["title"] for f in fired) == sorted(
        d["title"] for d in BATCH_B if "banjir" in (d["title"] + d["text"]).lower()
    )
    assert all(f["reason"].startswith("matches the query 'banjir'") for f in fired)
    assert cli(capsys, monkeypatch, "alerts", "run", "--db", db, "--json")[1].strip() == "[]"


def test_alerts_run_reports_failed_deliveries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as s:  # a port on 127.0.0.1 nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/hook"
    db = tmp_path / "w.db"
    assert cli(capsys, monkeypatch, "build", write_batch(tmp_path / "a", "a", BATCH_A),
               "--db", db, "-q")[0] == 0
    assert cli(capsys, monkeypatch, "alerts", "add", "mati", "--query", "banjir",
               "--webhook", dead, "--db", db)[0] == 0
    batch = write_batch(tmp_path / "b", "b", BATCH_B)
    code, out, err = cli(capsys, monkeypatch, "build", batch, "--db", db)
    assert code == 0 and "2 alert firings (mati)" in out, err
    code, out, _ = cli(capsys, monkeypatch, "alerts", "run", "--db", db)
    assert code == 0 and "0 alert firings" in out
    assert "2 firings not delivered" in out and "the next run retries them" in out
    code, out, _ = cli(capsys, monkeypatch, "alerts", "history", "--db", db, "--json")
    deliveries = sorted((h["delivery"] for h in json.loads(out)),
                        key=lambda d: -d.get("webhook_attempts", 0))
    assert [d.get("webhook_attempts", 0) for d in deliveries] == [2, 0]
    assert all(d["webhook"].startswith("failed:") for d in deliveries)
