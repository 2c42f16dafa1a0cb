"""The labelled copies corpus (tests/dedup/corpus): every labelled copy grouped, no false
merge, wire-sharing pairs reported as sharing passages and kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta_eval.copies import clean_pages, score_copies

CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, object]]:
    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))["pairs"]
    return score_copies(clean_pages(sorted((CORPUS / "pages").glob("*.txt"))), labels)


def test_the_corpus_covers_every_shape() -> None:
    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))["pairs"]
    relations = [p["relation"] for p in labels]
    assert len(labels) >= 30
    for relation in ("exact", "near", "contained", "shares-passages", "distinct"):
        assert relations.count(relation) >= 4, relation
    pages = {p.stem for p in (CORPUS / "pages").glob("*.txt")}
    assert {p[k] for p in labels for k in ("a", "b")} <= pages


@pytest.mark.parametrize("relation", ["exact", "near", "contained", "shares_passages"])
def test_every_labelled_pair_is_found(figures: dict[str, dict[str, object]], relation: str) -> None:
    assert figures[f"pair_recall_{relation}"]["score"] == 1.0


def test_no_false_merge_and_no_false_passage(figures: dict[str, dict[str, object]]) -> None:
    assert figures["false_merges"]["score"] == 0, figures["false_merges"]
    assert figures["false_passages"]["score"] == 0, figures["false_passages"]
