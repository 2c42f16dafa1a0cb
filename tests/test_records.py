"""Records that cannot be malformed (a PartialDate is a real calendar date or an error),
and that serialise to the JSON they always did."""

from __future__ import annotations

import calendar
import json
import sqlite3
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import EXAMPLES

from warta.nlp.time.calendar import is_calendar_value, iso_period
from warta.records import (
    Article,
    EntityRef,
    Event,
    Mention,
    PartialDate,
    Provenance,
    Quote,
    Relation,
    RemovedLine,
    SummarySentence,
    TimeExpr,
)
from warta.serialize import article_from_dict, article_from_json, article_to_dict, article_to_json


@given(
    st.integers(-3000, 12000),
    st.none() | st.integers(-2, 14),
    st.none() | st.integers(-2, 33),
)
def test_partial_date_is_valid_or_refused(year: int, month: int | None, day: int | None) -> None:
    valid = (
        1 <= year <= 9999
        and (month is None or 1 <= month <= 12)
        and (day is None or (month is not None and 1 <= day <= calendar.monthrange(year, month)[1]))
    )
    if not valid:
        with pytest.raises(ValueError, match="not a calendar date"):
            PartialDate(year, month, day)
        return
    date = PartialDate(year, month, day)
    assert PartialDate.parse(date.iso) == date  # round-trips
    assert is_calendar_value(date.iso)
    first, last = iso_period(date.iso)
    assert first <= last


@pytest.mark.parametrize("value", ["", "-476", "2019-", "2019-13", "2019-02-30", "20l9", "0000"])
def test_malformed_iso_values_are_refused(value: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(value)
    assert not is_calendar_value(value)


# Serialisation: each record's explicit to_dict, and the article's dict built from them,
# equal what dataclasses.asdict gave before (same keys, same order, tuples kept), so the
# store's JSON records stay the same byte for byte.

SERIALISED = (
    Provenance,
    RemovedLine,
    Mention,
    EntityRef,
    Quote,
    TimeExpr,
    Event,
    Relation,
    SummarySentence,
)
DATES = st.none() | st.builds(
    PartialDate, st.integers(1, 9999), st.none() | st.integers(1, 12), st.none()
)


def _every_field(cls: type[Any], **given: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Instances of the dataclass ``cls`` with every field drawn, defaults included."""
    inferred: dict[str, Any] = {
        # NaN never equals itself: a round trip of it cannot compare equal
        f.name: st.floats(allow_nan=False) if f.type in (float, "float") else ...
        for f in fields(cls)
        if f.name not in given
    }
    return st.builds(cls, **inferred, **given)


#: Articles with up to three records of each kind (small, so drawing one stays fast).
ARTICLES = _every_field(
    Article,
    published=DATES,
    page_date=DATES,
    provenance=st.none() | _every_field(Provenance),
    **{
        name: st.lists(_every_field(cls), max_size=3).map(tuple)
        for name, cls in (
            ("removed", RemovedLine),
            ("mentions", Mention),
            ("entities", EntityRef),
            ("quotes", Quote),
            ("timexes", TimeExpr),
            ("events", Event),
            ("summary", SummarySentence),
            ("relations", Relation),
        )
    },
)


def _asdict_article(article: Article) -> dict[str, Any]:
    """The serialisation before explicit to_dict: asdict, then the dates as ISO."""
    data = asdict(article)
    data["published"] = article.published.iso if article.published else None
    data["page_date"] = article.page_date.iso if article.page_date else None
    return data


@pytest.mark.parametrize("cls", SERIALISED, ids=lambda c: c.__name__)
@settings(max_examples=25)
@given(data=st.data())
def test_to_dict_is_asdict(cls: type[Any], data: st.DataObject) -> None:
    record = data.draw(_every_field(cls))
    assert list(record.to_dict()) == [f.name for f in fields(cls)]
    assert record.to_dict() == asdict(record)


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES)
def test_article_to_dict_is_the_json_asdict_gave(article: Article) -> None:
    new, old = article_to_dict(article), _asdict_article(article)
    assert new == old  # tuples where asdict kept tuples
    assert json.dumps(new, ensure_ascii=False) == json.dumps(old, ensure_ascii=False)
    assert article_from_dict(json.loads(json.dumps(new))) == article
    # what the store writes reads back as the article written, cached or not
    record = article_to_json(article)
    assert record == json.dumps(new, ensure_ascii=False)
    assert article_from_json(record) == article_from_dict(json.loads(record)) == article


def test_stored_records_are_the_json_asdict_gave(seeds_db: Path, examples_db: Path) -> None:
    """On the seeds and the examples (HTML, JSONL, pages): every analysed record."""
    checked = 0
    for db in (seeds_db, examples_db):
        conn = sqlite3.connect(db)
        try:
            records = [row[0] for row in conn.execute("SELECT record FROM articles")]
        finally:
            conn.close()
        for record in records:
            article = article_from_dict(json.loads(record))
            assert json.dumps(article_to_dict(article), ensure_ascii=False) == record
            assert json.dumps(_asdict_article(article), ensure_ascii=False) == record
            checked += 1
    assert checked >= 10


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from warta.pipeline import build

    db = tmp_path_factory.mktemp("examples") / "examples.db"
    assert build([str(EXAMPLES)], db).stats["new"] > 0
    return db


def test_records_cross_processes_unchanged() -> None:
    """Worker results are pickled: every record class, with nested records and defaults,
    comes back equal (records.py replaces the dataclass pickling with a faster one)."""
    import dataclasses
    import pickle

    import warta.records as records
    from warta.pipeline import process

    article = process(
        "JAKARTA, Senin (2/12/2024) — Presiden Joko Widodo bertemu Perdana Menteri Anwar "
        'Ibrahim di Istana Merdeka. "Kami sepakat memperluas kerja sama," kata Jokowi.'
    )
    assert article.mentions and article.quotes
    back = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == article and hash(back.mentions[0]) == hash(article.mentions[0])
    classes = [
        v
        for v in vars(records).values()
        if isinstance(v, type) and dataclasses.is_dataclass(v) and v.__module__ == records.__name__
    ]
    assert all("__setstate__" in vars(cls) for cls in classes)
