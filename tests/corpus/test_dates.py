"""Date inference across the corpus, and its per-article anchor cache."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES, SEEDS

from warta.corpus import dates
from warta.corpus.dates import infer_dates
from warta.pipeline import build
from warta.records import Article
from warta.serialize import article_from_dict
from warta.store.db import connect


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts passed to the expensive inference, in call order."""
    calls: list[str] = []
    real = dates.infer_anchor

    def infer(text: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(dates, "infer_anchor", infer)
    return calls


def _articles(db: Path) -> list[Article]:
    conn = connect(db, create=False)
    try:
        rows = conn.execute("SELECT record FROM articles ORDER BY id").fetchall()
        return [article_from_dict(json.loads(r[0])) for r in rows]
    finally:
        conn.close()


def _infer(articles: list[Article], cache: Any = None) -> Any:
    return infer_dates(
        articles,
        {a.id: a.published for a in articles},
        {a.id: a.published_evidence for a in articles},
        {},
        cache,
    )


def _dates(dated: Any) -> dict[str, tuple[str | None, str | None]]:
    return {
        k: (d.published.iso if d.published else None, d.evidence) for k, d in dated.items()
    }


def test_cache_gives_the_same_dates_without_inferring_again(
    seeds_db: Path, counted: list[str]
) -> None:
    articles = _articles(seeds_db)
    cold, cache = _infer(articles)
    assert counted and cache  # the seeds have undated articles that try inference
    assert "2019-04" in {p for p, _ in _dates(cold).values()}  # 003 from "Kamis (25/04)"
    first = len(counted)
    warm, again = _infer(articles, cache)
    assert len(counted) == first  # nothing inferred twice
    assert _dates(warm) == _dates(cold) and again == cache
    assert [d.article for d in warm.values()] == [d.article for d in cold.values()]


def test_a_changed_input_is_inferred_again(seeds_db: Path, counted: list[str]) -> None:
    articles = _articles(seeds_db)
    _, cache = _infer(articles)
    undated = sorted(cache)
    # One undated article's text changes: it alone is inferred again.
    target = undated[0]
    edited = [replace(a, text=a.text + " Tambahan.") if a.id == target else a for a in articles]
    before = len(counted)
    _infer(edited, cache)
    assert len(counted) - before == 1
    # A dated article's events change: every undated article compared with it is redone.
    dated = next(a for a in articles if a.published and a.events)
    changed = [replace(a, events=a.events[:-1]) if a.id == dated.id else a for a in articles]
    before = len(counted)
    _, fresh = _infer(changed, cache)
    redone = [k for k in fresh if fresh[k][0] != cache[k][0]]
    assert len(counted) - before == len(redone) >= 1
    # A corrupt or foreign cache entry is never trusted.
    bogus = {k: ("not-the-key", "1999", "bogus") for k in cache}
    result, _ = _infer(articles, bogus)
    assert "1999" not in {p for p, _ in _dates(result).values()}


def test_builds_reuse_the_stored_cache(tmp_path: Path, counted: list[str]) -> None:
    db = tmp_path / "w.db"
    build([str(SEEDS)], db, embeddings=False)
    first = len(counted)
    assert first
    # An unrelated article (an earthquake in Sulawesi) changes the store, so the corpus
    # step runs again, but no undated seed's inputs changed: nothing is inferred again.
    report = build([str(EXAMPLES / "03-gempa-sulbar.txt")], db, embeddings=False)
    assert report.stats["new"] == 1 and "corpus_unchanged" not in report.stats
    assert len(counted) == first
    conn = connect(db, create=False)
    try:
        row = conn.execute("SELECT value FROM state WHERE key = 'anchor_cache'").fetchone()
        published = dict(conn.execute("SELECT source, published FROM articles").fetchall())
    finally:
        conn.close()
    assert json.loads(row[0])
    by_name = {Path(source).name: date for source, date in published.items()}
    assert by_name["003_f35b2e0f889bfed9.txt"] == "2019-04"  # still inferred, from the cache
