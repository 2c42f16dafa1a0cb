"""The seed figures can fail: timeline order against the gold dates, splits over persons present."""

from __future__ import annotations

from typing import Any

from warta.records import Entity
from warta_eval.entities import score_entities
from warta_eval.figures import down4, fraction
from warta_eval.seeds import score_timeline_order

GOLD: dict[str, Any] = {
    "duplicates": [{"members": ["000_a.txt", "003_b.txt"]}],
    "timeline": [
        {"date": "2011", "docs": ["003"]},
        {"date": "2019-04-25", "docs": ["003"]},
        {"date": "2023-09", "docs": ["004"]},
        {"date": "2023-09-12", "docs": ["004"]},
        {"date": "2024-06", "docs": ["001"], "note": "may leave it undated"},
    ],
}
EXPORTS = {"000_a.txt": {"id": "a"}, "003_b.txt": {"id": "b"}, "004_c.txt": {"id": "c"}}


def _entry(position: int, date: str, *ids: str) -> dict[str, Any]:
    return {"position": position, "date": date, "sources": [[i, "…"] for i in ids]}


def test_timeline_in_gold_order_scores_one() -> None:
    timeline = [_entry(0, "2011", "a"), _entry(1, "2019-04-25", "b"), _entry(2, "2023-W37", "c"),
                _entry(3, "2023-09-12", "c")]  # fmt: skip
    got = score_timeline_order(EXPORTS, timeline, GOLD)
    # 4 matched (000 stands for its duplicate 003; the week lies inside 2023-09); the
    # pair 2023-09 / 2023-09-12 overlaps, so 5 of the 6 pairs are ordered by the gold.
    assert got["matched"] == {"2011": 0, "2019-04-25": 1, "2023-09": 2, "2023-09-12": 3}
    assert (got["score"], got["hits"], got["total"]) == (1.0, 5, 5)


def test_timeline_emitted_out_of_order_fails() -> None:
    timeline = [_entry(0, "2019-04-25", "b"), _entry(1, "2011", "b"), _entry(2, "2023-09-12", "c")]
    got = score_timeline_order(EXPORTS, timeline, GOLD)
    assert got["out_of_order"] == [["2011", "2019-04-25"]]
    assert (got["hits"], got["total"]) == (4, 5) and got["score"] == 0.8


def test_timeline_entries_from_other_documents_or_coarser_dates_do_not_match() -> None:
    timeline = [_entry(0, "2011", "c"), _entry(1, "2019", "b")]
    assert score_timeline_order(EXPORTS, timeline, GOLD)["matched"] == {}


def test_person_splits_count_only_persons_present() -> None:
    gold = {"entities": {"PERSON": {"Andrei Lankov": ["Lankov"], "Absent Person": ["Absent"]},
                         "GPE": {}}}  # fmt: skip
    one = [Entity("Andrei Lankov", "PER", ("Andrei Lankov", "Lankov"), 2, 3)]
    assert score_entities({}, one, gold)["person_splits"] == {"score": 0, "persons": 1,
                                                              "split": {}}  # fmt: skip
    two = [*one, Entity("Lankov", "PER", ("Lankov",), 1, 1)]
    splits = score_entities({}, two, gold)["person_splits"]
    assert splits == {"score": 1, "persons": 1, "split": {"Andrei Lankov": ["Andrei Lankov",
                                                                            "Lankov"]}}


def test_figures_round_down() -> None:
    assert fraction(10, 11)["score"] == 0.909 and fraction(0, 0)["score"] == 1.0
    assert down4(0.68075) == 0.6807 and down4(0.29) == 0.29
