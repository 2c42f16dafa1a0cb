"""The relation read layer on the seeds store: corpus names, copies collapsed, dyads,
the network and its GraphML."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from warta.errors import InvalidParameterError, NotFoundError
from warta.pipeline.local import process
from warta.serialize import article_from_dict, article_to_dict
from warta.store.db import connect
from warta.store.queries import relations as rq


@pytest.fixture()
def conn(seeds_db: Path) -> Iterator[sqlite3.Connection]:
    c = connect(seeds_db, readonly=True)
    yield c
    c.close()


def test_copies_collapse_into_one_event_with_its_articles(conn: sqlite3.Connection) -> None:
    # 000 is a partial copy of 003: Kim's announced visit to Russia is one event in two
    # articles of one duplicate group, so one independent source.
    result = rq.list_relations(conn, actor="Kim Jong-un", target="Rusia", action="consult")
    (visit,) = [r for r in result["relations"] if r["trigger"] == "berkunjung"]
    assert len(visit["articles"]) == 2 and visit["sources"] == 1
    assert len(visit["evidence"]) == 2 and visit["modality"] == "future"
    rows = rq.relation_rows(conn, actor="Kim Jong-un", target="Russia", action="consult")
    assert len([r for r in rows if r["trigger"] == "berkunjung"]) == 2


def test_names_are_the_corpus_names_and_dates_the_corpus_dates(conn: sqlite3.Connection) -> None:
    # 001 says only "Putin"; the corpus knows him as Vladimir Putin from the other seeds.
    stored = {r[0] for r in conn.execute("SELECT source FROM relations")}
    assert "Putin" in stored
    shown = {r["source"] for r in rq.relation_rows(conn)}
    assert "Putin" not in shown and "Vladimir Putin" in shown
    # 003 has no publication date of its own: its relations take the corpus's date
    (visit,) = [
        r
        for r in rq.relation_rows(conn, actor="Kim Jong-un", target="Russia")
        if r["trigger"] == "berkunjung"
    ][:1]
    assert visit["date"] == "2019-04" and visit["date_source"] == "corpus"


def test_filters_resolve_names_and_refuse_bad_values(conn: sqlite3.Connection) -> None:
    result = rq.list_relations(conn, actor="Putin")
    assert result["total"] >= 2
    assert {r["source"] for r in result["relations"]} == {"Vladimir Putin"}
    assert result["resolved"]["actor"]["entity"] == "Vladimir Putin"
    dated = rq.list_relations(conn, date_from="2020-01", date_to="2020-12")["relations"]
    assert dated and all(r["date"].startswith("2020") for r in dated)
    with pytest.raises(InvalidParameterError, match="not an action class"):
        rq.list_relations(conn, action="hug")
    with pytest.raises(InvalidParameterError, match="not a date"):
        rq.list_relations(conn, date_from="May 2020")


def test_dyad_counts_both_directions_by_class_and_month(conn: sqlite3.Connection) -> None:
    d = rq.dyad(conn, "Rusia", "Korea Utara")
    assert (d["a"], d["b"]) == ("Russia", "North Korea")
    forward, backward = d["directions"]
    assert (forward["source"], backward["source"]) == ("Russia", "North Korea")
    assert backward["count"] >= 3 and backward["by_class"]["aid"] >= 1
    assert d["total"] == forward["count"] + backward["count"]
    assert d["cooperative"] + d["conflictual"] <= d["total"]
    months = {m["month"]: m for m in d["months"]}
    assert "2020-05" in months and sum(months["2020-05"]["by_class"].values()) >= 2
    assert all(e["evidence"] for e in d["relations"])
    assert d["articles"] and len(d["articles"]) == 5  # every seed names both
    with pytest.raises(NotFoundError, match="did you mean"):
        rq.dyad(conn, "Rusia", "Kimm")


def test_network_nodes_edges_and_graphml(conn: sqlite3.Connection) -> None:
    net = rq.entity_network(conn, limit=8)
    names = [n["name"] for n in net["nodes"]]
    assert len(names) == 8 and {"Russia", "North Korea"} <= set(names)
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {"North Korea", "Russia"})
    assert edge["cooccurrence"] == 5 and edge["relations"] and edge["balance"] > 0
    graph = rq.network_graph(net)
    text = "\n".join(nx.generate_graphml(graph))
    root = ET.fromstring(text)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == 8
    assert len(root.findall(".//g:edge", ns)) == len(net["edges"])
    ego = rq.entity_network(conn, entity="Putin", limit=5)
    assert ego["entity"] == "Vladimir Putin" and ego["nodes"][0]["name"] == "Vladimir Putin"
    linked = {
        e["source"] if e["target"] == "Vladimir Putin" else e["target"]
        for e in ego["edges"]
        if "Vladimir Putin" in (e["source"], e["target"])
    }
    assert {n["name"] for n in ego["nodes"][1:]} <= linked


def test_relations_round_trip_through_the_record() -> None:
    article = process("Rusia mengecam Jepang.", published="2024-01-02")
    assert article.relations
    assert article_from_dict(article_to_dict(article)) == article


def test_dyad_can_count_each_states_people(conn: sqlite3.Connection) -> None:
    # "Presiden Rusia Vladimir Putin": the corpus writes him right after his state
    assert rq.affiliations(conn)["Vladimir Putin"] == "Russia"
    plain = rq.dyad(conn, "Rusia", "Korea Utara")
    wide = rq.dyad(conn, "Rusia", "Korea Utara", people=True)
    assert plain["people"] == {"Russia": [], "North Korea": []}
    assert "Vladimir Putin" in wide["people"]["Russia"]
    assert wide["total"] > plain["total"]
    assert wide["directions"][0]["count"] > plain["directions"][0]["count"]
    assert any(e["source"] == "Vladimir Putin" for e in wide["relations"])
