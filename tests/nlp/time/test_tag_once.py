"""Tagging once and resolving per anchor gives exactly what tagging per anchor gave.

The oracle is the code from before the change (tests/nlp/time/legacy.py): one full
tagging pass for every candidate anchor. Texts: the seeds, the labelled example pages,
and 300 IndoSum articles when the data set is present.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, SEEDS, SHARED
from tests.nlp.time.legacy import legacy_infer_anchor, legacy_tag_time

from warta.nlp.time.anchor import infer_anchor
from warta.nlp.time.events import extract_events
from warta.nlp.time.timex import scan_time, tag_time
from warta.records import Event, PartialDate

INDOSUM = SHARED / "data" / "indosum"
ANCHORS = [
    None,
    PartialDate(2016),
    PartialDate(2016, 2),
    PartialDate(2016, 2, 29),  # a leap day: "29/2" exists in some candidate years only
    PartialDate(2017, 3, 1),
    PartialDate(2019, 4, 25),
    PartialDate(2024, 12, 31),
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((EXAMPLES / "pages").rglob("*.page"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    if INDOSUM.exists():
        sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "eval"))
        from warta_eval.indosum import load_indosum

        for doc in load_indosum(INDOSUM):
            texts.append(doc.text)
            if len(texts) >= 300 + 100:
                break
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_the_texts_hold_dates_of_every_kind(texts: list[str]) -> None:
    found = [t for text in texts for t in tag_time(text, PartialDate(2019, 4, 25))]
    assert len(texts) > 100
    assert {t.type for t in found} == {"date", "relative", "duration", "set"}


def test_scan_then_resolve_equals_tagging_per_anchor(texts: list[str]) -> None:
    for text in texts:
        scan = scan_time(text)
        for anchor in ANCHORS:
            assert scan.resolve(anchor) == legacy_tag_time(text, anchor)
            assert tag_time(text, anchor) == legacy_tag_time(text, anchor)


def test_resolving_again_does_not_depend_on_the_anchors_before() -> None:
    text = "Ia tiba Senin (29/2) dan pulang kemarin, akan kembali 3 Maret depan."
    scan = scan_time(text)
    for anchor in [*ANCHORS, *reversed(ANCHORS)]:
        assert scan.resolve(anchor) == legacy_tag_time(text, anchor)


def _corpus(texts: list[str]) -> dict[str, tuple[Event, ...]]:
    """Dated events of some texts, as other articles of a corpus would have them."""
    out = {}
    for i, text in enumerate(texts[::7]):
        anchor = PartialDate(2015 + i % 6, 1 + i % 12, 10)
        out[f"c{i}"] = extract_events(text, tag_time(text, anchor))
    return out


def test_anchor_inference_is_unchanged(texts: list[str]) -> None:
    corpus = _corpus(texts)
    decided = 0
    for text in texts:
        for lo, hi in ((1990, 2035), (2008, 2018)):
            new = infer_anchor(text, corpus, lo=lo, hi=hi)
            assert new == legacy_infer_anchor(text, corpus, lo=lo, hi=hi)
            decided += new[0] is not None
    assert decided > 0  # the corpus decides some: the comparison covers choose_anchor too
