"""An undated feature naming the ward of a happening bare, as its people do, links to and
joins the reports placing the happening there (:mod:`warta.analyze.story_bare_villages`;
``_bare_village_happening`` and ``_shares_town`` in :mod:`warta.analyze.story_clusters`).

Invented places and figures: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import math

import pytest
from scipy import sparse

from warta.analyze.stories import BARS, N_FEATURES, column
from warta.analyze.story_bare_villages import names_village
from warta.analyze.story_clusters import (
    UnitView,
    _Cluster,
    _shares_town,
    _single_bar,
    pair_link,
)

PROVINCE = "Sumatera Barat"
TOWN = "Sumatera Barat/Padang"
WARD = "//Ranah Parak Rumbio"
COSINE = (BARS.scene_link_cosine + BARS.same_town_link_cosine) / 2


def _rows(feature_words: tuple[str, ...]) -> sparse.csr_matrix:
    """A feature's row holding ``feature_words`` and "api" (weighed to the pair's
    cosine), and a report's row holding "api" alone."""
    rest = math.sqrt((1 - COSINE**2) / max(len(feature_words), 1))
    feature = {column("api"): COSINE} | {column(w): rest for w in feature_words}
    cols = sorted(feature)
    data = [feature[c] for c in cols] + [1.0]
    indices = [*cols, column("api")]
    return sparse.csr_matrix((data, indices, [0, len(cols), len(cols) + 1]), (2, N_FEATURES))


def _view(day: int | None, places: frozenset[str], kind: str = "fire:*") -> UnitView:
    return UnitView(
        None if day is None else (day, day),
        frozenset(),
        places=places,
        rep_places=places,
        rep_scenes=frozenset({kind}),
    )


REPORT = _view(100, frozenset({PROVINCE, TOWN, WARD}))


def test_names_village_needs_every_word_of_the_name() -> None:
    held = {column("ranah"), column("parak"), column("rumbio"), column("api")}
    assert names_village(held, ["Ranah Parak Rumbio"])
    assert not names_village(held - {column("rumbio")}, ["Ranah Parak Rumbio"])
    assert not names_village(held, [])


def test_an_unplaced_feature_naming_the_reports_ward_bare_links_at_the_scene_bar() -> None:
    x = _rows(("ranah", "parak", "rumbio"))
    feature = _view(None, frozenset())
    assert pair_link([feature, REPORT], x, None, BARS, 0, 1) == pytest.approx(COSINE)


@pytest.mark.parametrize(
    ("feature", "words", "why"),
    [
        (_view(None, frozenset()), ("ranah", "parak"), "a word of the ward missing"),
        (_view(None, frozenset(), "flood:*"), ("ranah", "parak", "rumbio"), "another kind"),
        (_view(None, frozenset({PROVINCE})), ("ranah", "parak", "rumbio"), "a placed lead"),
        (_view(101, frozenset()), ("ranah", "parak", "rumbio"), "a dated piece"),
    ],
)
def test_no_bare_ward_link_otherwise(feature: UnitView, words: tuple[str, ...], why: str) -> None:
    assert pair_link([feature, REPORT], _rows(words), None, BARS, 0, 1) is None, why


def test_an_unplaced_lone_feature_naming_the_storys_ward_joins_at_the_near_single_bar() -> None:
    words = ("ranah", "parak", "rumbio")
    story = _Cluster([1, 2], sparse.csr_matrix((1, N_FEATURES)), 100, 101, True)
    story.below = frozenset({WARD})
    feature = _Cluster([0], _rows(words)[0], None, None, False)
    assert _shares_town(feature, story)
    assert _single_bar(feature, 0, BARS, in_town=True) == BARS.near_single_cosine
    # A feature whose words miss the ward keeps the undated bar.
    elsewhere = _Cluster([0], _rows(("ranah",))[0], None, None, False)
    assert not _shares_town(elsewhere, story)
