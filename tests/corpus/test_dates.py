"""Date inference across the corpus, and its per-article anchor cache."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES, SEEDS

from warta.corpus import dates
from warta.corpus.dates import infer_dates
from warta.pipeline import build
from warta.records import Article, PartialDate
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
    return {k: (d.published.iso if d.published else None, d.evidence) for k, d in dated.items()}


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
        cached = conn.execute(
            "SELECT count(*) FROM date_articles WHERE anchor_key IS NOT NULL"
        ).fetchone()[0]
        published = dict(conn.execute("SELECT source, published FROM articles").fetchall())
    finally:
        conn.close()
    assert cached  # the anchor cache: one row per article in the date index
    by_name = {Path(source).name: date for source, date in published.items()}
    assert by_name["003_f35b2e0f889bfed9.txt"] == "2019-04"  # still inferred, from the cache


# -- an inference never contradicts the page (issue 16) ------------------------------------

_LEAD = (
    "GARUT - Jembatan gantung di Cisurupan putus diterjang arus sungai, Kamis (12/9). "
    "Warga harus memutar sejauh tujuh kilometer."
)


def _article(text: str, **kw: Any) -> Article:
    from warta.clean import clean_document
    from warta.records import Provenance, RawDoc

    art = clean_document(RawDoc(Provenance("a.txt"), "Jembatan Gantung Putus\n\n" + text))
    return replace(art, **kw)


def test_an_inferred_month_becomes_the_lead_day() -> None:
    date, reason = dates.checked_anchor(_article(_LEAD), PartialDate(2024, 9), "inferred: x")
    assert date == PartialDate(2024, 9, 12) and "names the day" in reason


def test_a_weekday_later_in_the_text_keeps_the_month() -> None:
    """ "akan bertemu ... Kamis (25/04)" may be a day still to come: month precision."""
    text = "Kedua pemimpin dijadwalkan bertemu di Vladivostok. Mereka akan bertemu Kamis (25/04)."
    date, _ = dates.checked_anchor(_article(text), PartialDate(2019, 4), "inferred: x")
    assert date == PartialDate(2019, 4)


def test_an_inference_contradicting_a_stated_date_is_rejected() -> None:
    """The page states 12 September 2024: an inference of 2007 is refused, with candidates."""
    text = _LEAD + "\n\nJembatan itu diresmikan pada 12 September 2024 oleh bupati."
    date, reason = dates.checked_anchor(_article(text), PartialDate(2013, 9), "inferred: x")
    assert date is None
    assert reason.startswith("rejected: inferred 2013-09") and "2024-09-12" in reason


def test_an_inference_after_the_page_date_is_rejected() -> None:
    art = _article(_LEAD, page_date=PartialDate(2020, 1, 1))
    date, reason = dates.checked_anchor(art, PartialDate(2024, 9), "inferred: x")
    assert date is None and "after the page date 2020-01-01" in reason
    assert "2019-09-12" in reason  # the latest candidate before the page date


def test_an_undated_article_lists_its_candidate_dates() -> None:
    art = _article(_LEAD, page_date=PartialDate(2024, 12, 1))
    assert dates.undecided_evidence(art, None) == (
        "undecided: candidates for 'Kamis (12/9)': 2024-09-12, 2019-09-12, 2013-09-12"
    )
    assert dates.undecided_evidence(_article("Tanpa tanggal sama sekali di sini."), 2024) is None
    out, _ = infer_dates([art], {art.id: None}, {art.id: None}, {})
    assert out[art.id].published is None
    assert (out[art.id].evidence or "").startswith("undecided: candidates for 'Kamis (12/9)'")


def test_loaded_articles_follow_the_stored_record(seeds_db: Path, tmp_path: Path) -> None:
    """Decoded records are kept across reads (dating reads an article in batch after
    batch): a record written since is decoded anew, never served from before."""
    db = tmp_path / "w.db"
    source, copy = sqlite3.connect(seeds_db), sqlite3.connect(db)
    source.backup(copy)
    source.close()
    copy.close()
    conn = connect(db, create=False)
    try:
        aid = conn.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
        first = dates.load_articles(conn, [aid])[aid]
        assert dates.load_articles(conn, [aid])[aid] == first
        row = conn.execute("SELECT record FROM articles WHERE id = ?", (aid,)).fetchone()
        record = json.loads(row[0])
        record["text"] += " Tambahan."
        conn.execute("UPDATE articles SET record = ? WHERE id = ?", (json.dumps(record), aid))
        assert dates.load_articles(conn, [aid])[aid].text == first.text + " Tambahan."
    finally:
        conn.close()
