"""The entity-shape scorer charges no error for a place inside a body's own name: a
surface that is exactly the gold form of one entity holds the shorter entity it ends
with for recall only (invented documents)."""

from __future__ import annotations

from warta_eval.entities import score_examples

_DOC = {
    "id": "e1",
    "classes": ["agency"],
    "entities": {
        "Kota Tegal": {"type": "LOC", "forms": ["Kota Tegal"]},
        "Dinas Sosial Kota Tegal": {"type": "ORG", "forms": ["Dinas Sosial Kota Tegal"]},
        "Budi Santoso": {"type": "PER", "forms": ["Budi Santoso"]},
    },
}


def test_body_named_with_its_place_is_no_split_of_the_place() -> None:
    predicted = {"e1": [
        ("Kota Tegal", "LOC", ("Kota Tegal",)),
        ("Dinas Sosial Kota Tegal", "ORG", ("Dinas Sosial Kota Tegal",)),
        ("Budi Santoso", "PER", ("Budi Santoso",)),
    ]}
    r = score_examples([_DOC], predicted)
    assert r["recall"]["score"] == 1.0
    assert (r["splits_in_article"], r["type_errors"], r["merges"]) == (
        {"score": 0}, {"score": 0}, {"score": 0}
    ), r["details"]


def test_a_title_before_a_name_still_holds_the_person() -> None:
    predicted = {"e1": [("Pak Budi Santoso", "ORG", ("Pak Budi Santoso",))]}
    r = score_examples([_DOC], predicted)
    assert r["person_recall"]["score"] == 1.0
    assert r["type_errors"] == {"score": 1}, r["details"]
