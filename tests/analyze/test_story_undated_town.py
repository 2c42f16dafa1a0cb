"""An undated piece is placed by the town its lead names (:mod:`warta.analyze.story_clusters`:
``_town_anchored`` in ``pair_link`` for an undated unit and a dated one, dropped by
``candidate_links`` when it would join two groups, ``_shares_town`` in ``_single_bar``).

Invented places and figures: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import sparse

from warta.analyze.stories import BARS
from warta.analyze.story_clusters import (
    UnitView,
    _Cluster,
    _shares_town,
    _single_bar,
    candidate_links,
    pair_link,
)

TOWN = "Jawa Tengah/Pekalongan"
OTHER_TOWN = "Jawa Tengah/Batang"
PROVINCE = "Jawa Tengah"


def _rows(cosine: float) -> sparse.csr_matrix:
    return sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))


def _view(day: int | None, *places: str) -> UnitView:
    where = frozenset(places)
    return UnitView(
        None if day is None else (day, day), frozenset(), places=where, rep_places=where
    )


def _cluster(day: int | None, *places: str) -> _Cluster:
    return _Cluster(
        [0],
        sparse.csr_matrix((1, 2)),
        day,
        day,
        day is not None,
        places=frozenset(places) or None,
    )


def test_an_undated_unit_in_the_reports_town_links_at_the_town_bar() -> None:
    cosine = (BARS.same_town_link_cosine + BARS.undated_link_cosine) / 2
    x = _rows(cosine)
    feature, report = _view(None, PROVINCE, TOWN), _view(100, PROVINCE, TOWN)
    assert pair_link([feature, report], x, None, BARS, 0, 1) == pytest.approx(cosine)
    # Another town of the same province, or none named: the undated bar still rules.
    elsewhere = _view(100, PROVINCE, OTHER_TOWN)
    assert pair_link([feature, elsewhere], x, None, BARS, 0, 1) is None
    assert pair_link([_view(None), report], x, None, BARS, 0, 1) is None
    # Two undated units keep the general bars, whatever town they name.
    assert pair_link([feature, _view(None, PROVINCE, TOWN)], x, None, BARS, 0, 1) is None


def test_an_undated_lone_piece_in_the_storys_town_joins_at_the_near_single_bar() -> None:
    feature, story = _cluster(None, PROVINCE, TOWN), _cluster(100, PROVINCE, TOWN)
    assert _shares_town(feature, story)
    bar = _single_bar(feature, 0, BARS, in_town=_shares_town(feature, story))
    assert bar == BARS.near_single_cosine < BARS.undated_single_cosine


@pytest.mark.parametrize(
    "places",
    [(PROVINCE, OTHER_TOWN), (PROVINCE,), ()],
    ids=["another town", "the province only", "no place"],
)
def test_an_undated_lone_piece_elsewhere_keeps_the_undated_bar(places: tuple[str, ...]) -> None:
    feature, story = _cluster(None, *places), _cluster(100, PROVINCE, TOWN)
    assert not _shares_town(feature, story)
    bar = _single_bar(feature, 0, BARS, in_town=_shares_town(feature, story))
    assert bar == BARS.undated_single_cosine


def test_the_capital_is_no_town() -> None:
    capital = "Daerah Khusus Ibukota Jakarta/Jakarta Selatan"
    assert not _shares_town(_cluster(None, capital), _cluster(100, capital))


def _gram(rows: list[list[float]]) -> sparse.csr_matrix:
    """Unit rows whose pairwise cosines are ``rows`` (a positive definite Gram matrix)."""
    return sparse.csr_matrix(np.linalg.cholesky(np.array(rows)))


#: A cosine under every bar but the town bar (and the undated one), and one over the
#: near bar: one day's two reports of one happening.
TOWN_ONLY = (BARS.same_town_link_cosine + min(BARS.near_link_cosine, BARS.undated_link_cosine)) / 2
NEAR = (BARS.near_link_cosine + BARS.link_cosine) / 2


def test_a_lone_undated_piece_keeps_its_town_link_into_one_group() -> None:
    # A flood's two reports in one town the same day, and a family's undated piece there.
    views = [_view(100, PROVINCE, TOWN), _view(100, PROVINCE, TOWN), _view(None, PROVINCE, TOWN)]
    x = _gram([[1.0, NEAR, TOWN_ONLY], [NEAR, 1.0, 0.0], [TOWN_ONLY, 0.0, 1.0]])
    assert [(i, j) for i, j, _ in candidate_links(views, x, None, BARS)] == [(0, 1), (0, 2)]


def test_a_town_link_joining_two_groups_is_dropped() -> None:
    # Two events a week apart in one town, each told by two reports the same day; the
    # undated piece names the town and is as close to a report of each.
    views = [
        _view(100, PROVINCE, TOWN),
        _view(100, PROVINCE, TOWN),
        _view(107, PROVINCE, TOWN),
        _view(107, PROVINCE, TOWN),
        _view(None, PROVINCE, TOWN),
    ]
    x = _gram(
        [
            [1.0, NEAR, 0.0, 0.0, TOWN_ONLY],
            [NEAR, 1.0, 0.0, 0.0, 0.0],
            [0.0, 0.0, 1.0, NEAR, TOWN_ONLY],
            [0.0, 0.0, NEAR, 1.0, 0.0],
            [TOWN_ONLY, 0.0, TOWN_ONLY, 0.0, 1.0],
        ]
    )
    assert [(i, j) for i, j, _ in candidate_links(views, x, None, BARS)] == [(0, 1), (2, 3)]
    # The pair test alone still passes each (a store keeps them, its components whole).
    assert pair_link(views, x, None, BARS, 0, 4) is not None


def test_a_piece_in_a_group_keeps_no_town_link_into_another() -> None:
    # The piece links to its own event's report on the undated bar; another event of its
    # town, a day dated apart, is only a town link away: that link would join them.
    linked = (BARS.undated_link_cosine + BARS.link_cosine) / 2
    views = [_view(100, PROVINCE, TOWN), _view(None, PROVINCE, TOWN), _view(104, PROVINCE, TOWN)]
    x = _gram([[1.0, linked, 0.0], [linked, 1.0, TOWN_ONLY], [0.0, TOWN_ONLY, 1.0]])
    assert [(i, j) for i, j, _ in candidate_links(views, x, None, BARS)] == [(0, 1)]
