"""Every real suite against its floors (what `warta eval all` checks), one test per suite
and one per part of the stories suite, so that a parallel test run spreads them over the
cores. The pins are checked in test_gate.py (`test_the_real_pins_hold`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta_eval import gate

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EVAL_DIR = ROOT / "eval"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SHARED.exists(), reason="../shared not available"),
]


@pytest.mark.parametrize("name", sorted(set(gate.SUITES) - {"stories"}))
def test_the_suite_meets_every_bound(name: str) -> None:
    report = gate.run_gate([name], SHARED, EVAL_DIR)
    assert report.failures == [], report.failures


@pytest.mark.parametrize("part", gate.story_part_names())
def test_the_stories_part_meets_every_bound(part: str) -> None:
    floors = gate.load_floors("stories", EVAL_DIR / "floors")
    assert floors is not None
    mine = {k: v for k, v in gate.flatten_bounds(floors).items() if gate.story_part_of(k) == part}
    ungated = {k: v for k, v in (floors.get("ungated") or {}).items()
               if gate.story_part_of(k) == part}  # fmt: skip
    figures = gate.story_part(gate.Context(SHARED, EVAL_DIR), part)
    failures, _ = gate.check_floors("stories", figures, mine | {"ungated": ungated})
    assert mine and failures == [], failures


def test_every_stories_bound_belongs_to_one_part() -> None:
    floors = gate.load_floors("stories", EVAL_DIR / "floors")
    assert floors is not None
    parts = {gate.story_part_of(k) for k in gate.flatten_bounds(floors)}
    assert parts == set(gate.story_part_names())
