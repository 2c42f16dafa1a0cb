"""The CLI end to end: build, show, search, stats, export, eval, and its error shape."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, SEEDS
from typer.testing import CliRunner

from warta.cli.main import app

runner = CliRunner()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "warta.cli.main", *args],
                          capture_output=True, text=True, check=False, env=env)


def test_build_prints_table_and_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    first = run("build", str(EXAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "Pelabuhan Baru di Teluk Sampit" in first.stdout and "6 new" in first.stdout
    second = run("build", str(EXAMPLES), "--db", str(db), "--json")
    report = json.loads(second.stdout)
    assert report["stats"]["unchanged"] == 6 and report["stats"]["duplicate_groups"] == 1


def test_bad_inputs_are_reported_and_build_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "ok.txt").write_text((SEEDS / "002_dc909485f31bc26a.txt").read_text())
    db = tmp_path / "w.db"
    result = run("build", str(tmp_path), "--db", str(db))
    assert result.returncode == 0
    assert "bin.txt" in result.stderr and "binary" in result.stderr
    nothing = run("build", str(tmp_path / "bin.txt"), "--db", str(tmp_path / "x.db"))
    assert nothing.returncode == 1 and "nothing could be read" in nothing.stderr


def test_errors_are_one_line_with_exit_1(tmp_path: Path) -> None:
    result = run("show", "abc", "--db", str(tmp_path / "missing.db"))
    assert result.returncode == 1
    assert result.stderr.startswith("Error: no database at") and "Traceback" not in result.stderr


def test_show_search_stats_export(seeds_db: Path, tmp_path: Path) -> None:
    db = str(seeds_db)
    shown = runner.invoke(app, ["show", "004_dc18b97a23789d0b.txt", "--db", db, "--json"])
    data = json.loads(shown.stdout)
    assert data["published"] == "2023-09-13" and data["host_site"] == "andalpost.com"
    dup = runner.invoke(app, ["show", "000_eaa14fcfe26b3708.txt", "--db", db, "--json"])
    assert json.loads(dup.stdout)["duplicates"][0]["relation"] == "canonical"
    hits = json.loads(runner.invoke(app, ["search", "Lankov", "--db", db, "--json"]).stdout)
    assert len(hits) == 2 and all("Lankov" in h["snippet"] for h in hits)
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    assert stats["articles"] == 5 and stats["duplicate_groups"] == 1
    lines = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"]).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 5
    assert list(rows[0]) == [
        "id", "source", "url", "title", "text", "published", "published_evidence",
        "page_date", "host_site", "original_source", "wire_credits", "language", "flags",
        "removed", "dup_group", "duplicate_of", "dup_relation", "entities", "quotes",
        "events", "story", "summary", "shares_passages"]
    out = runner.invoke(app, ["export", "--db", db, "--format", "csv"]).stdout
    assert len(list(csv.DictReader(io.StringIO(out)))) == 5
    pq = tmp_path / "a.parquet"
    runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--out", str(pq)])
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as parquet

    assert parquet.read_table(pq).num_rows == 5


def test_stdin_build(tmp_path: Path) -> None:
    page = (SEEDS / "004_dc18b97a23789d0b.txt").read_bytes()
    result = subprocess.run([sys.executable, "-m", "warta.cli.main", "build", "-", "--db",
                             str(tmp_path / "w.db"), "--json"], input=page,
                            capture_output=True, check=False)
    assert json.loads(result.stdout)["stats"]["new"] == 1


def test_eval_prints_figures_and_passes_floors() -> None:
    # one suite through the command; every suite against its floors: tests/eval
    result = runner.invoke(app, ["eval", "time", "--json"])
    assert result.exit_code == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["failures"] == [] and list(data["results"]) == ["time"]
    assert data["results"]["time"]["event_dates"]["score"] >= 0.9


def test_eval_floor_failure_is_reported() -> None:
    from warta_eval.gate import check_floors

    failures, _ = check_floors("seeds", {"title": {"score": 0.8}}, {"title": 1.0, "missing": 0.5})
    assert failures == ["seeds.title: 0.8 is below the floor 1.0",
                        "seeds.missing: the suite printed no such figure (bound missing = 0.5)"]


def test_eval_without_an_eval_folder_fails_loudly(tmp_path: Path) -> None:
    result = run("eval", "seeds", "--eval-dir", str(tmp_path))
    assert result.returncode == 1
    assert "warta eval needs the repository's eval/ folder" in result.stderr
    assert "--eval-dir" in result.stderr


def test_entities_quotes_timeline_commands(seeds_db: Path, tmp_path: Path) -> None:
    db = str(seeds_db)
    people = json.loads(runner.invoke(app, ["entities", "--db", db, "--type", "PER",
                                            "--json"]).stdout)
    lankov = next(p for p in people if p["name"] == "Andrei Lankov")
    assert {"Lankov", "Prof Lankov"} <= set(lankov["aliases"]) and lankov["article_count"] == 2
    said = json.loads(runner.invoke(app, ["quotes", "--db", db, "--speaker", "Andrei Lankov",
                                          "--json"]).stdout)
    # (a quotation the writer split with a sentence of attribution, or with its credit in
    # mid-sentence, is one quote)
    assert len(said) >= 7 and {q["speaker"] for q in said} == {"Andrei Lankov"}
    # The same quotes in 000 and its original 003 are one quote with two sources.
    assert sum(len(q["sources"]) == 2 for q in said) >= 5
    every = json.loads(runner.invoke(app, ["quotes", "--db", db, "--speaker", "Andrei Lankov",
                                           "--every-copy", "--json"]).stdout)
    assert len(every) == sum(len(q["sources"]) for q in said)
    about = json.loads(runner.invoke(app, ["quotes", "--db", db, "--about", "Russia",
                                           "--json"]).stdout)
    assert about and all(q["speaker"] != "Russia" for q in about)
    timeline = json.loads(runner.invoke(app, ["timeline", "--db", db, "--json"]).stdout)
    dates = [t["date"] for t in timeline]
    assert "2019-04-25" in dates and "2020-05-09" in dates
    summit = next(t for t in timeline if t["date"] == "2019-04-25")
    assert summit["independent_sources"] >= 2
    only_2020 = json.loads(runner.invoke(app, ["timeline", "--db", db, "--from", "2020-01",
                                               "--to", "2020-12", "--json"]).stdout)
    assert only_2020 and all(t["date"].startswith("2020") for t in only_2020)
    page = tmp_path / "t.html"
    runner.invoke(app, ["timeline", "--db", db, "--html", str(page)])
    assert "<svg" in page.read_text() and "2019-04-25" in page.read_text()


def test_ner_conll_keeps_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.conll"
    src.write_text("Presiden\tO\nJoko\tO\nWidodo\tO\n\nBBC\tO\nmelapor\tO\n")
    out = tmp_path / "out.conll"
    runner.invoke(app, ["ner", "--conll", str(src), "--out", str(out)])
    lines = out.read_text().split("\n")
    assert lines[:6] == ["Presiden\tO", "Joko\tB-PER", "Widodo\tI-PER", "", "BBC\tB-ORG",
                         "melapor\tO"]
    missing = run("ner", "--conll", str(tmp_path / "nope.conll"))
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_summarize_and_story_filter(seeds_db: Path) -> None:
    db = str(seeds_db)
    out = json.loads(runner.invoke(app, ["summarize", "004", "--db", db, "--json"]).stdout)
    assert out["kind"] == "extractive" and out["summary"].startswith("China dianggap")
    lankov = json.loads(runner.invoke(app, ["search", "Lankov", "--db", db, "--json"]).stdout)
    story = json.loads(runner.invoke(app, ["show", lankov[0]["article_id"], "--db", db,
                                           "--json"]).stdout)["story"]
    inside = json.loads(runner.invoke(app, ["search", "Kim", "--story", story, "--db", db,
                                            "--json"]).stdout)
    assert inside and len(inside) == 2  # 000 and 003: the one story that has both


def test_error_messages_print_brackets_literally(tmp_path: Path) -> None:
    """Messages name extras ('warta[embeddings]') and paths: never read as Rich markup."""
    db = tmp_path / "[bold]toko[embeddings].db"
    result = run("stats", "--db", str(db))
    assert result.returncode == 1
    assert "[bold]toko[embeddings].db" in " ".join(result.stderr.split()).replace(" ", "")


def test_ner_conll_follows_the_convention_its_tag_column_declares(tmp_path: Path) -> None:
    """NERGrit labels a nationality after a people noun LOC, warta's own style leaves it
    O: a file whose tag column uses NERGrit's label names is tagged NERGrit's way, unless
    a style is asked for."""
    src = tmp_path / "nergrit.conll"
    src.write_text("Turis\tO\nIsrael\tB-PLACE\ntiba\tO\n.\tO\n")
    declared = run("ner", "--conll", str(src))
    assert declared.stdout.split("\n")[1] == "Israel\tB-LOC"
    assert "follow nergrit's annotation convention" in declared.stderr
    own = run("ner", "--conll", str(src), "--style", "idner")
    assert own.stdout.split("\n")[1] == "Israel\tO" and not own.stderr
