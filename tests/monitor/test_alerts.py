"""Alerts across two real builds: each fires once per matching new article (or story
growth step), with its reason; re-running fires nothing; delivery to JSONL and to a
webhook on 127.0.0.1, failures recorded and not raised."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from monitor.conftest import BATCH_A, BATCH_B, Receiver, build, write_batch
from warta.errors import InvalidParameterError, NotFoundError
from warta.monitor.alerts import add_alert, remove_alert, run_alerts
from warta.store.db import connect
from warta.store.queries.alerts import list_alerts, list_firings


def ids_by_url(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return {url: i for url, i in conn.execute("SELECT url, id FROM articles") if url}
    finally:
        conn.close()


def rows(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Build A; add alerts; build B (with a syndicated copy of an A article); run them."""
    tmp = tmp_path_factory.mktemp("alerts")
    db = tmp / "w.db"
    receiver = Receiver()
    try:
        build(db, write_batch(tmp / "a", "a", BATCH_A, "01-kabar-pelabuhan.txt"))
        before = {r[0] for r in rows(db, "SELECT id FROM articles")}
        conn = connect(db)
        try:
            add_alert(conn, "banjir", query="banjir", jsonl=tmp / "banjir.jsonl")
            # "Dwikorita" is an alias (the short form the articles use), not the name.
            _, match = add_alert(conn, "kepala-bmkg", entity="Dwikorita", webhook=receiver.url)
            add_alert(conn, "tumbuh", story_growth=True, min_size=2)
        finally:
            conn.close()
        assert run_alerts(db) == []  # nothing new since the alerts were added
        build(db, write_batch(tmp / "b", "b", BATCH_B, "02-salinan-pelabuhan.txt"))
        fired = run_alerts(db)
    finally:
        receiver.close()
    new = {r[0] for r in rows(db, "SELECT id FROM articles")} - before
    return {
        "db": db,
        "tmp": tmp,
        "fired": fired,
        "match": match,
        "new": new,
        "urls": ids_by_url(db),
        "posted": receiver.bodies,
    }


def test_query_alert_fires_once_per_new_matching_article(two_builds: dict[str, Any]) -> None:
    urls, fired = two_builds["urls"], two_builds["fired"]
    got = {f.article_id for f in fired if f.alert == "banjir"}
    # Independently: the new articles whose title or text holds the word.
    word = re.compile(r"\bbanjir\b", re.IGNORECASE)
    expected = {
        i
        for i, title, text in rows(two_builds["db"], "SELECT id, title, text FROM articles")
        if i in two_builds["new"] and word.search(f"{title} {text}")
    }
    assert got == expected and len(expected) == 3  # two flood reports, the port's copy
    assert {urls[BATCH_B[0]["url"]], urls[BATCH_B[2]["url"]]} <= got
    assert all(
        f.reason.startswith("matches the query 'banjir'") for f in fired if f.alert == "banjir"
    )
    assert [f for f in fired if f.alert == "banjir" and f.story_id is not None] == []


def test_entity_alert_by_alias(two_builds: dict[str, Any]) -> None:
    match, urls, db = two_builds["match"], two_builds["urls"], two_builds["db"]
    assert match.name == "Dwikorita Karnawati" and match.how == "alias"
    got = {f.article_id for f in two_builds["fired"] if f.alert == "kepala-bmkg"}
    # Independently: new articles with a mention resolved to the entity.
    named = {
        r[0]
        for r in rows(db, "SELECT article_id FROM mentions WHERE entity = 'Dwikorita Karnawati'")
    }
    assert got == named & two_builds["new"]
    assert urls[BATCH_B[0]["url"]] in got  # the flood report quoting her
    assert urls[BATCH_A[0]["url"]] not in got  # named too, but built before the alert
    reason = next(f.reason for f in two_builds["fired"] if f.alert == "kepala-bmkg")
    assert "Dwikorita Karnawati" in reason and "'Dwikorita'" in reason


def test_story_growth_fires_when_a_story_reaches_its_size(two_builds: dict[str, Any]) -> None:
    db = two_builds["db"]
    growth = [f for f in two_builds["fired"] if f.alert == "tumbuh"]
    # The syndicated copy (02) joins the story of its source (01): 1 -> 2 articles.
    copy_id = rows(db, "SELECT id FROM articles WHERE source LIKE '%02-salinan-pelabuhan.txt'")
    story = rows(db, "SELECT story_id FROM articles WHERE id = ?", copy_id[0][0])[0][0]
    size = rows(db, "SELECT json_array_length(article_ids) FROM stories WHERE id = ?", story)
    assert size == [(2,)]
    by_story = {f.story_id: f for f in growth}
    assert story in by_story
    assert by_story[story].article_id == copy_id[0][0]
    assert "reached 2 articles" in by_story[story].reason
    # Independently: every story of 2+ articles that gained a new article fired once.
    grown = {
        r[0]
        for r in rows(
            db,
            "SELECT a.story_id FROM articles a JOIN stories s ON s.id = a.story_id "
            "WHERE json_array_length(s.article_ids) >= 2 GROUP BY a.story_id",
        )
        if any(
            i in two_builds["new"]
            for (i,) in rows(db, "SELECT id FROM articles WHERE story_id = ?", r[0])
        )
    }
    assert set(by_story) == grown and len(growth) == len(grown)


def test_firings_are_recorded_and_delivered(two_builds: dict[str, Any]) -> None:
    db, fired = two_builds["db"], two_builds["fired"]
    conn = connect(db, readonly=True)
    try:
        history = list_firings(conn, limit=100)
        alerts = {a["name"]: a for a in list_alerts(conn)}
    finally:
        conn.close()
    assert sorted((h["alert"], h["article_id"]) for h in history) == sorted(
        (f.alert, f.article_id) for f in fired
    )
    assert [h["id"] for h in history] == sorted((h["id"] for h in history), reverse=True)
    assert all(h["delivery"]["store"] == "ok" for h in history)
    assert alerts["banjir"]["firings"] == 3
    assert alerts["banjir"]["watermark"] == rows(db, "SELECT max(rowid) FROM articles")[0][0]
    # JSONL: one line per firing of that alert, with its reason and article.
    lines = (two_builds["tmp"] / "banjir.jsonl").read_text(encoding="utf-8").splitlines()
    jsonl = [json.loads(line) for line in lines]
    assert sorted(j["article_id"] for j in jsonl) == sorted(
        f.article_id for f in fired if f.alert == "banjir"
    )
    assert all(j["alert"] == "banjir" and j["reason"] and j["published"] for j in jsonl)
    assert {j["url"] for j in jsonl} >= {BATCH_B[0]["url"], BATCH_B[2]["url"]}
    # Webhook: the receiver on 127.0.0.1 got one POST per firing of its alert.
    posted = two_builds["posted"]
    assert sorted(p["article_id"] for p in posted) == sorted(
        f.article_id for f in fired if f.alert == "kepala-bmkg"
    )
    assert all(p["alert"] == "kepala-bmkg" and p["kind"] == "entity" for p in posted)
    hooks = [h["delivery"]["webhook"] for h in history if h["alert"] == "kepala-bmkg"]
    assert hooks and all(h == "ok 200" for h in hooks)


def test_rerunning_fires_nothing_twice(two_builds: dict[str, Any]) -> None:
    db, tmp = two_builds["db"], two_builds["tmp"]
    count = rows(db, "SELECT count(*) FROM alert_firings")[0][0]
    assert run_alerts(db) == []
    stats = build(db, tmp / "a", tmp / "b")  # the same inputs again: nothing new
    assert stats.get("new", 0) == 0
    assert run_alerts(db) == []
    # Even with the watermarks reset, the unique (alert, key) keeps every firing single.
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE alert_state SET watermark = 0")
    conn.close()
    again = run_alerts(db)
    before = {(f.alert, f.key) for f in two_builds["fired"]}
    assert again and not before & {(f.alert, f.key) for f in again}  # older articles only
    every = {r[0] for r in rows(db, "SELECT id FROM articles")}
    assert {f.article_id for f in again} <= every - two_builds["new"]
    assert rows(db, "SELECT count(*) FROM alert_firings")[0][0] == count + len(again)
    lines = (tmp / "banjir.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 + len([f for f in again if f.alert == "banjir"])


def test_webhook_failures_are_recorded_not_raised(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    build(db, write_batch(tmp_path / "a", "a", BATCH_A))
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/hook"
    failing = Receiver(status=500)
    try:
        conn = connect(db)
        try:
            add_alert(conn, "mati", query="banjir", webhook=dead)
            add_alert(conn, "gagal", query="banjir", webhook=failing.url)
        finally:
            conn.close()
        build(db, write_batch(tmp_path / "b", "b", BATCH_B))
        fired = run_alerts(db, timeout=2.0)
    finally:
        failing.close()
    assert {f.alert for f in fired} == {"mati", "gagal"}
    conn = connect(db, readonly=True)
    try:
        history = list_firings(conn)
    finally:
        conn.close()
    dead_hooks = [h["delivery"]["webhook"] for h in history if h["alert"] == "mati"]
    assert len(dead_hooks) == 2 and all(h.startswith("failed:") for h in dead_hooks)
    assert any("ConnectError" in h for h in dead_hooks)
    # The receiver answering 500 is posted once; the next firing is skipped, not retried.
    assert len(failing.bodies) == 1
    bad = sorted(h["delivery"]["webhook"] for h in history if h["alert"] == "gagal")
    assert bad[0].startswith("failed: ") and "HTTP 500" in bad[0]
    assert bad[1].startswith("failed: skipped")


def test_alert_definitions_are_checked(tmp_path: Path) -> None:
    conn = connect(tmp_path / "w.db")
    try:
        add_alert(conn, "satu", query="banjir")
        cases: list[dict[str, Any]] = [
            {"name": "satu", "query": "gempa"},  # taken
            {"name": "dua"},  # no kind
            {"name": "dua", "query": "a", "entity": "b"},  # two kinds
            {"name": "dua", "query": '"" *'},  # no word
            {"name": "dua", "story_growth": True, "min_size": 1},
            {"name": "dua", "query": "a", "min_size": 3},
            {"name": "dua", "query": "a", "webhook": "ftp://127.0.0.1/x"},
            {"name": "dua", "query": "a", "jsonl": tmp_path / "no" / "such" / "f.jsonl"},
            {"name": "\x00", "query": "a"},
        ]
        for case in cases:
            name = case.pop("name")
            with pytest.raises(InvalidParameterError):
                add_alert(conn, name, **case)
        with pytest.raises(NotFoundError):
            remove_alert(conn, "tidak-ada")
        remove_alert(conn, "satu")
        assert list_alerts(conn) == []
    finally:
        conn.close()
