"""One happening told over its first days in one town links and merges by what it is,
its kind and its town (:func:`warta.analyze.story_scenes.lead_happenings`;
``_one_happening_in_town`` and ``_one_happening_throughout`` in
:mod:`warta.analyze.story_clusters`).

Invented places and figures: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import sparse

from warta.analyze.stories import BARS
from warta.analyze.story_clusters import (
    DISTRICT_MARK,
    UnitView,
    _Cluster,
    _may_merge,
    _one_happening_throughout,
    candidate_links,
    pair_link,
)
from warta.analyze.story_scenes import (
    happenings,
    lead_happenings,
    lead_scenes,
    scenes_and_happenings,
    sited,
)

PROVINCE = "Sulawesi Barat"
TOWN = "Sulawesi Barat/Majene"
QUAKE = "quake:*"


def test_a_lead_tells_its_kind_of_happening_at_no_named_site() -> None:
    title = "Gempa Guncang Majene, Dua Warga Tewas"
    lead = "Gempa bermagnitudo 6,1 melanda Kabupaten Majene, Selasa dini hari."
    assert lead_happenings(title, lead) == frozenset({QUAKE})
    assert lead_scenes(title, lead) == frozenset()  # no named site: no scene
    # The analysis two days on names the happening again by its kind.
    analysis = "Rumah tanpa tulangan paling banyak roboh saat gempa mengguncang Majene."
    assert lead_happenings(None, analysis) == frozenset({QUAKE, "collapse:*"})
    # A fire brigade's name tells of no fire.
    assert lead_happenings(None, "Dinas Pemadam Kebakaran Majene menggelar apel.") == set()


def test_the_stored_scenes_keep_sites_and_kinds_apart() -> None:
    stored = scenes_and_happenings("Pasar Terbakar", "Api melalap Pasar Sumber Rejo, Senin.")
    assert stored == frozenset({"fire:Pasar Sumber Rejo", "fire:*"})
    assert sited(stored) == frozenset({"fire:Pasar Sumber Rejo"})
    assert happenings(stored) == frozenset({"fire:*"})


def _rows(cosine: float) -> sparse.csr_matrix:
    return sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))


def _view(day: int | None, *kinds: str, places: tuple[str, ...] = (PROVINCE, TOWN)) -> UnitView:
    return UnitView(
        None if day is None else (day, day),
        frozenset(),
        places=frozenset(places),
        rep_places=frozenset(places),
        rep_scenes=frozenset(kinds),
    )


# Above the town bar, under every bar two reports days apart have besides.
COSINE = (BARS.same_town_link_cosine + BARS.entity_link_cosine) / 2


def test_two_reports_of_one_kind_in_one_town_within_its_days_link_at_the_town_bar() -> None:
    first, later = _view(100, QUAKE), _view(100 + BARS.scene_days, QUAKE)
    assert 100 + BARS.scene_days - 100 > BARS.near_days  # beyond the near days' town link
    assert pair_link([first, later], _rows(COSINE), None, BARS, 0, 1) == pytest.approx(COSINE)


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (_view(100 + BARS.scene_days + 1, QUAKE), "beyond the happening's days"),
        (_view(102, "flood:*"), "another kind of happening"),
        (_view(102, QUAKE, places=(PROVINCE, "Sulawesi Barat/Mamuju")), "another town"),
        (_view(102, QUAKE, places=(PROVINCE,)), "a province alone"),
        # (one naming the town links by the town: _town_anchored)
        (_view(None, QUAKE, places=()), "an undated piece"),
    ],
)
def test_no_happening_link_across_days_kinds_or_towns(other: UnitView, why: str) -> None:
    first = _view(100, QUAKE)
    assert pair_link([first, other], _rows(COSINE), None, BARS, 0, 1) is None, why


def test_no_happening_link_between_districts_of_the_town_apart() -> None:
    east = _view(100, QUAKE, places=(PROVINCE, TOWN, DISTRICT_MARK + "Banggae"))
    west = _view(102, QUAKE, places=(PROVINCE, TOWN, DISTRICT_MARK + "Sendana"))
    assert pair_link([east, west], _rows(COSINE), None, BARS, 0, 1) is None


def _cluster(first: int, last: int, *kinds: str, town: str = TOWN, weight: float) -> _Cluster:
    return _Cluster(
        [0, 1],
        sparse.csr_matrix(np.array([[weight, 0.0]])),
        first,  # the smallest interval end among its members
        last,  # the largest interval start
        True,
        places=frozenset({PROVINCE, town}),
        happenings=frozenset(kinds),
    )


def test_two_day_groups_telling_one_happening_in_one_town_merge_at_the_lone_piece_bar() -> None:
    # Cross average of two 2-unit groups: (w * w) / 4, between the lone-piece bar and
    # the near average.
    average = (BARS.near_single_cosine + BARS.near_average_cosine) / 2
    weight = math.sqrt(4 * average)
    shaking = _cluster(100, 101, QUAKE, weight=weight)
    toll = _cluster(101, 102, QUAKE, weight=weight)
    assert _one_happening_throughout(shaking, toll, BARS)
    assert _may_merge(shaking, toll, BARS)
    # A group whose leads do not all tell the happening, or another town's, keeps the
    # day-group bars; so does a group beyond the happening's days.
    for other in (
        _cluster(101, 102, weight=weight),
        _cluster(101, 102, QUAKE, town="Sulawesi Barat/Mamuju", weight=weight),
        _cluster(101 + BARS.scene_days, 102 + BARS.scene_days, QUAKE, weight=weight),
    ):
        assert not _one_happening_throughout(shaking, other, BARS)
        assert not _may_merge(shaking, other, BARS)


def test_a_lone_round_up_walking_through_days_gets_no_happening_bar() -> None:
    average = (BARS.near_single_cosine + BARS.near_average_cosine) / 2
    weight = math.sqrt(2 * average)  # cross average of a 1-unit and a 2-unit cluster
    group = _cluster(100, 101, QUAKE, weight=weight)
    round_up = _Cluster(
        [2],
        sparse.csr_matrix(np.array([[weight, 0.0]])),
        102,
        102,
        True,
        places=frozenset({PROVINCE, TOWN}),
        chronicle=True,
        happenings=frozenset({QUAKE}),
    )
    assert not _one_happening_throughout(group, round_up, BARS)


def _rows_of(cosines: list[list[float]]) -> sparse.csr_matrix:
    """Unit rows whose pairwise dot products are the given symmetric cosines."""
    gram = np.array(cosines)
    return sparse.csr_matrix(np.linalg.cholesky(gram))


# Above the kind's bar, under the town's: a feature's own words.
FEATURE = (BARS.scene_link_cosine + BARS.same_town_link_cosine) / 2


def test_an_undated_feature_telling_the_kind_in_the_town_links_when_nothing_else_does() -> None:
    # A survivor's undated piece on the night the quake struck the regency, and the
    # quake's dated report: the piece's words are its own.
    feature, report = _view(None, QUAKE), _view(100, QUAKE)
    assert pair_link([feature, report], _rows(FEATURE), None, BARS, 0, 1) == pytest.approx(FEATURE)
    assert candidate_links([feature, report], _rows(FEATURE), None, BARS) == [
        (0, 1, pytest.approx(FEATURE))
    ]
    # Another kind, or another town: no link.
    for other in (
        _view(100, "flood:*"),
        _view(100, QUAKE, places=(PROVINCE, "Sulawesi Barat/Mamuju")),
    ):
        assert pair_link([feature, other], _rows(FEATURE), None, BARS, 0, 1) is None


def test_a_kind_link_neither_joins_two_groups_nor_unsettles_a_town_link() -> None:
    # Units: 0 the undated feature; 1 and 2 one week's sinking reports (linked); 3 the
    # safety board's report on the same sinking a month on, in the same town.
    town, kind, apart = BARS.same_town_link_cosine + 0.01, FEATURE, 0.0
    sinking = "drowning:*"
    units = [_view(None, sinking), _view(100, sinking), _view(101, sinking), _view(130, sinking)]
    strong = BARS.link_cosine + 0.01
    x = _rows_of(
        [
            [1.0, town, kind, kind],
            [town, 1.0, strong, apart],
            [kind, strong, 1.0, apart],
            [kind, apart, apart, 1.0],
        ]
    )
    # The feature's town link places it; its kind links are not tried.
    assert [(i, j) for i, j, _ in candidate_links(units, x, None, BARS)] == [(0, 1), (1, 2)]
    # With no town link, its kind links reach two groups: none is kept.
    x = _rows_of(
        [
            [1.0, kind, kind, kind],
            [kind, 1.0, strong, apart],
            [kind, strong, 1.0, apart],
            [kind, apart, apart, 1.0],
        ]
    )
    assert [(i, j) for i, j, _ in candidate_links(units, x, None, BARS)] == [(1, 2)]
