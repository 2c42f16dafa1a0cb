"""``warta relations``, ``warta dyad``, ``warta network`` on the seeds store."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from cli.conftest import Cli


def test_relations_table_and_json(cli: Cli, seeds_db: Path) -> None:
    code, out, err = cli("relations", "--db", seeds_db, "--actor", "Putin", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["total"] >= 2 and {r["source"] for r in data["relations"]} == {"Vladimir Putin"}
    assert "'Putin' is Vladimir Putin" in err  # the resolution is said on stderr with --json
    code, out, _ = cli("relations", "--db", seeds_db, "--class", "consult")
    assert code == 0 and "Relations (" in out and "consult" in out and "aid" not in out.split()


def test_relations_bad_class_is_one_error_line(cli: Cli, seeds_db: Path) -> None:
    code, _, err = cli("relations", "--db", seeds_db, "--class", "hug")
    assert code == 1 and err.startswith("Error: 'hug' is not an action class")


def test_dyad_both_directions(cli: Cli, seeds_db: Path) -> None:
    code, out, err = cli("dyad", "Rusia", "Korea Utara", "--db", seeds_db)
    assert code == 0, err
    assert "Russia ↔ North Korea" in out and "Russia → North Korea" in out
    assert "North Korea → Russia" in out and "By month" in out and "2020-05" in out
    code, out, _ = cli("dyad", "Rusia", "Korea Utara", "--db", seeds_db, "--json")
    assert json.loads(out)["directions"][1]["source"] == "North Korea"
    code, _, err = cli("dyad", "Rusia", "Kimm", "--db", seeds_db)
    assert code == 1 and "did you mean" in err


def test_network_formats(cli: Cli, seeds_db: Path, tmp_path: Path) -> None:
    code, out, _ = cli("network", "--db", seeds_db, "--limit", "6", "--format", "json")
    assert code == 0 and len(json.loads(out)["nodes"]) == 6
    target = tmp_path / "net.graphml"
    code, _, err = cli(
        "network",
        "--db",
        seeds_db,
        "--entity",
        "Korea Utara",
        "--limit",
        "5",
        "--format",
        "graphml",
        "--out",
        target,
    )
    assert code == 0, err
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    nodes = root.findall(".//{http://graphml.graphdrawing.org/xmlns}node")
    assert nodes[0].get("id") == "North Korea" and len(nodes) == 5
    code, _, err = cli("network", "--db", seeds_db, "--format", "dot")
    assert code == 1 and "--format 'dot' is not known" in err


def test_dyad_with_people(cli: Cli, seeds_db: Path) -> None:
    code, out, err = cli("dyad", "Rusia", "Korea Utara", "--people", "--db", seeds_db)
    assert code == 0, err
    assert "Russia counts its people too: Vladimir Putin" in out
