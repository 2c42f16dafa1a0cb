"""An undated article is compared again only when a change of the dated corpus can
score for it: its probe (the stamps of the events its text could date) is kept in the
store, and a new dated article that meets none of them leaves it alone."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.corpus import dates
from warta.nlp.time.anchor import Probe
from warta.pipeline import build
from warta.store.db import connect

_VISIT = (
    "Menteri Perhubungan Hendra Wiratama meninjau Pelabuhan Kuala Tanjung di Batubara, "
    "Sumatera Utara, {when}. Hendra Wiratama didampingi Direktur Utama Pelindo Surya "
    "Atmaja. Menurut Surya Atmaja, dermaga itu mampu melayani kapal besar."
)
UNDATED = {"text": _VISIT.format(when="Senin (18/04)"), "url": "https://contoh.test/a"}
# Another report of the visit (not a copy: a copy would lend its date instead).
DATED = {
    "text": "Kunjungan Menteri Perhubungan Hendra Wiratama ke Pelabuhan Kuala Tanjung pada "
    "18 April 2016 menandai dimulainya uji coba dermaga. Hendra Wiratama dan Surya Atmaja "
    "meninjau alat bongkar muat baru.",
    "published": "2016-04-22",
    "url": "https://contoh.test/b",
}
# Names the same port (a rare word the undated article shares) in another year.
ELSEWHERE = {
    "text": "Pelabuhan Kuala Tanjung di Batubara menerima kapal pesiar pertama pada Rabu "
    "(6/3/2030). Kapal itu membawa 2.000 wisatawan.",
    "published": "2030-03-07",
    "url": "https://contoh.test/c",
}
# The visit again, the same day: it supports the undated article's candidate.
AGAIN = {
    "text": "Hendra Wiratama dan Surya Atmaja meninjau Pelabuhan Kuala Tanjung pada Senin "
    "(18/4/2016) sore.",
    "published": "2016-04-18",
    "url": "https://contoh.test/d",
}


def _jsonl(path: Path, *docs: dict[str, str]) -> str:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def _compared(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids step 1 runs for in the store path, in call order."""
    seen: list[str] = []
    original = dates.anchor_from_corpus

    def spy(a, corpus, cache, scan=None):  # type: ignore[no-untyped-def]
        seen.append(a.id)
        return original(a, corpus, cache, scan)

    monkeypatch.setattr(dates, "anchor_from_corpus", spy)
    return seen


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "store.db"
    build([_jsonl(tmp_path / "first.jsonl", UNDATED, DATED)], db, embeddings=False)
    return db


def _undated(db: Path) -> sqlite3.Row:
    conn = connect(db, create=False)
    try:
        row = conn.execute(
            "SELECT d.* FROM date_articles d JOIN articles a ON a.id = d.article_id "
            "WHERE a.url = ?",
            (UNDATED["url"],),
        ).fetchone()
        assert row is not None
        return row
    finally:
        conn.close()


def test_the_store_keeps_the_probe_of_an_undated_article(store: Path) -> None:
    row = _undated(store)
    assert row["published"] == "2016-04-18"  # inferred from the dated report
    _digest, text = json.loads(row["probe"])
    events = dates.stamps_from_text(text)
    probe = Probe(events)
    # one stamp per candidate year in which 18 April is a Monday
    assert {"2005-04-18", "2016-04-18"} <= {d for d, _ in probe.events}
    assert "wiratama" in probe.words


def test_a_dated_article_that_cannot_support_it_leaves_it_alone(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _undated(store)
    compared = _compared(monkeypatch)
    build([_jsonl(tmp_path / "elsewhere.jsonl", ELSEWHERE)], store, embeddings=False)
    assert before["article_id"] not in compared
    assert tuple(_undated(store)) == tuple(before)


def test_a_dated_article_that_supports_it_compares_it_again(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _undated(store)
    compared = _compared(monkeypatch)
    build([_jsonl(tmp_path / "again.jsonl", AGAIN)], store, embeddings=False)
    assert before["article_id"] in compared
    after = _undated(store)
    assert after["published"] == "2016-04-18"
    assert after["anchor_key"] != before["anchor_key"]  # one more supporting article
    assert "in 2 articles" in after["evidence"]


@pytest.mark.parametrize("stored", ['["d", [["2016-04-18", ["wiratama"]]]]', "not json", "[1, 2]"])
def test_a_probe_stored_in_another_form_is_read_anew(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stored: str
) -> None:
    """A probe kept in another form (an earlier build's events as JSON lists, say) counts
    as missing: the article is compared again, and the probe rewritten, not a crash."""
    before = _undated(store)
    conn = connect(store, create=False)
    with conn:
        conn.execute(
            "UPDATE date_articles SET probe = ? WHERE article_id = ?",
            (stored, before["article_id"]),
        )
    conn.close()
    compared = _compared(monkeypatch)
    build([_jsonl(tmp_path / "elsewhere.jsonl", ELSEWHERE)], store, embeddings=False)
    assert before["article_id"] in compared
    assert tuple(_undated(store)) == tuple(before)


def test_probe_meets_only_a_shared_word_at_a_compatible_date() -> None:
    probe = Probe((("2016-04-18", frozenset({"wiratama", "tanjung"})),))
    assert probe.meets([("2016-04", frozenset({"tanjung"}))])  # coarser, overlapping
    assert probe.meets([("2016-04-18", frozenset({"wiratama"}))])
    assert not probe.meets([("2030-03-06", frozenset({"tanjung"}))])  # another date
    assert not probe.meets([("2016-04-18", frozenset({"batubara"}))])  # no shared word
    assert not Probe().meets([("2016-04-18", frozenset({"tanjung"}))])  # nothing to date


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["2016-04-18", "2016-04", "2016", "2016-W15"]),
            st.frozensets(st.text("abcdefgh", min_size=2, max_size=6), max_size=4),
        ),
        max_size=5,
    )
)
def test_stamps_kept_as_text_read_back_the_same(stamped: list[tuple[str, frozenset[str]]]) -> None:
    assert dates.stamps_from_text(dates._text_of(stamped)) == tuple(stamped)
