"""Names in CLI filters: any alias or name form resolves, the resolution is said."""

from __future__ import annotations

import json
from pathlib import Path

from cli.conftest import Cli


def test_speaker_and_about_take_any_alias(cli: Cli, seeds_db: Path) -> None:
    code, out, err = cli("quotes", "--db", seeds_db, "--speaker", "Putin", "--json")
    assert code == 0 and "'Putin' is Vladimir Putin (PER)" in err
    said = json.loads(out)  # the note goes to stderr: stdout stays JSON
    assert said and {q["speaker"] for q in said} == {"Vladimir Putin"}
    code, out, err = cli("quotes", "--db", seeds_db, "--speaker", "Lankov")
    assert code == 0 and "--speaker: 'Lankov' is Andrei Lankov (PER)" in out
    assert "Andrei Lankov" in out.split("\n", 1)[1]  # rows follow the note
    code, out, _ = cli("quotes", "--db", seeds_db, "--about", "Ukraina", "--json")
    assert code == 0 and json.loads(out)


def test_timeline_articles_search_entities(cli: Cli, seeds_db: Path) -> None:
    _, out, err = cli("timeline", "--db", seeds_db, "--entity", "Korea Utara", "--json")
    rows = json.loads(out)
    assert rows and all("North Korea" in r["participants"] for r in rows)
    assert "'Korea Utara' is North Korea (LOC)" in err
    _, out, _ = cli("articles", "--db", seeds_db, "--entity", "kim jong un", "--json")
    assert len(json.loads(out)) == 5
    _, out, err = cli("search", "nuklir", "--db", seeds_db, "--entity", "Korut", "--json")
    assert json.loads(out) and "North Korea" in err
    _, out, err = cli("entities", "--db", seeds_db, "--name", "MOSKWA", "--json")
    assert [e["name"] for e in json.loads(out)] == ["Russia"] and "as 'Moscow'" in err


def test_unknown_name_suggests(cli: Cli, seeds_db: Path) -> None:
    code, out, _ = cli("quotes", "--db", seeds_db, "--speaker", "Putn")
    assert code == 0
    assert "no entity named 'Putn' in the store; did you mean Putin (Vladimir Putin)?" in out
    assert "No quotes match" in out
