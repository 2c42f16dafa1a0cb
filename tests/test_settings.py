"""The thresholds table: every value has a calibration note and is read by its module."""

from __future__ import annotations

import importlib
import inspect
import re

import pytest

from warta import settings
from warta.settings import THRESHOLDS, Threshold

NAMES = sorted(THRESHOLDS)


def test_names_are_unique_and_keyed() -> None:
    assert all(THRESHOLDS[name].name == name for name in NAMES)
    assert all(re.fullmatch(r"[a-z0-9_]+\.[a-z0-9_]+", name) for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_threshold_has_a_calibration_note(name: str) -> None:
    note = THRESHOLDS[name].calibration.strip()
    assert note, f"{name} has no calibration note"
    assert "PLACEHOLDER" not in note
    assert len(note.split()) >= 12, f"{name}: say how the value was chosen"


@pytest.mark.parametrize("name", NAMES)
def test_no_note_rests_on_the_seeds_alone(name: str) -> None:
    """A note that mentions the seeds (the development set) must name other evidence too:
    a data set, a measurement script, a test or a stated principle."""
    note = THRESHOLDS[name].calibration.lower()
    mentions_seeds = "seed" in note or "development set" in note
    other = re.search(
        r"indosum|pfsa|bench/|tests/|hand-made|hand-written|principled|not tuned", note
    )
    if mentions_seeds:
        assert other, f"{name}: the seeds are its only evidence"
    assert not re.fullmatch(r"\W*(calibrated on (the )?seeds?\W*(\d+)?)\W*", note)


@pytest.mark.parametrize("name", NAMES)
def test_the_module_reads_its_threshold_from_the_table(name: str) -> None:
    t = THRESHOLDS[name]
    module = importlib.import_module(t.module)
    source = inspect.getsource(module)
    assert re.search(rf"settings\.(?:value|integer)\(\s*\"{re.escape(name)}\"\s*\)", source), (
        f"{t.module} does not read {name} from warta.settings"
    )


def test_bound_constants_equal_the_table() -> None:
    from warta import dedup
    from warta.analyze import stories, summarize, timeline
    from warta.nlp.entities import names
    from warta.nlp.quotes import collapse, extract

    assert settings.value("dedup.near_jaccard") == dedup.NEAR_JACCARD
    assert settings.value("dedup.containment") == dedup.CONTAINMENT
    assert settings.value("stories.link_cosine") == stories.LINK_COSINE
    assert settings.integer("stories.max_gap_days") == stories.MAX_GAP_DAYS
    assert settings.value("summary.mmr_lambda") == summarize.MMR_LAMBDA
    assert settings.value("timeline.jaccard_min") == timeline.JACCARD_MIN
    assert settings.value("entities.short_form_dominance") == names._DOMINANCE
    assert settings.value("quotes.collapse_overlap") == collapse._OVERLAP
    assert settings.integer("quotes.min_continuation_words") == extract._MIN_CONTINUATION_WORDS


def test_value_and_integer() -> None:
    assert settings.integer("stories.max_gap_days") == 7
    with pytest.raises(TypeError, match="whole number"):
        settings.integer("dedup.near_jaccard")
    with pytest.raises(KeyError):
        settings.value("no.such_threshold")
    t = Threshold("a.b", 1, "warta.settings", "note")
    with pytest.raises(AttributeError):
        t.value = 2  # type: ignore[misc]
