"""One happening told over two days by two groups of desks, and a town's follow-up two
days on: :mod:`warta.analyze.story_clusters` ``_tells_day_of`` (a next day's group whose
leads tell first of the first day's group's day joins it at the lone piece's bar) and
``_shared_names`` (the regency or city both leads place their news in counts as a shared
name for the entity bar).

Invented units: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import sparse

from warta.analyze.stories import BARS
from warta.analyze.story_clusters import (
    UnitView,
    _Cluster,
    _may_merge,
    _shared_names,
    _tells_day_of,
    pair_link,
)

# An average between the lone piece's bar and the near average: 0.35 * 0.35 = 0.1225.
BETWEEN = 0.35


def _group(days: tuple[int, int], told: set[int], places: set[str] | None = None) -> _Cluster:
    # Two units whose summed row gives BETWEEN ** 2 as the average with any other group.
    row = sparse.csr_matrix(np.asarray([[BETWEEN * 2, 0.0]]))
    return _Cluster(
        [0, 1],
        row,
        days[0],
        days[1],
        True,
        days=frozenset(told),
        places=None if places is None else frozenset(places),
    )


def test_next_days_group_telling_of_the_first_day_joins_it() -> None:
    assert BARS.near_single_cosine < BETWEEN * BETWEEN < BARS.near_average_cosine
    # A landslide's first day told by the agency and the provincial desk on day 10, its
    # damage counted by the regency desks on days 11 and 12 ("the slide on Monday night").
    first = _group((10, 10), {10})
    counted = _group((11, 12), {10, 11, 12})
    assert _tells_day_of(counted, first, BARS)
    assert not _tells_day_of(first, counted, BARS)
    assert _may_merge(first, counted, BARS)
    assert _may_merge(counted, first, BARS)


def test_next_days_group_telling_of_its_own_day_stays_apart() -> None:
    # Two fires of one town on consecutive days: the second day's reports tell of theirs.
    first = _group((10, 10), {10})
    second = _group((11, 11), {11})
    assert not _tells_day_of(second, first, BARS)
    assert not _may_merge(first, second, BARS)
    # A group whose leads state no day tells of none.
    assert not _tells_day_of(_group((11, 11), set()), first, BARS)


def test_group_days_later_or_wider_gets_no_lowered_bar() -> None:
    first = _group((10, 10), {10})
    # Published three days on: no longer the next day's coverage.
    assert not _tells_day_of(_group((13, 13), {10}), first, BARS)
    # A group running over more than the near days.
    assert not _tells_day_of(_group((11, 14), {10}), first, BARS)
    # A lone piece is left to the lone bars.
    lone = _Cluster([0], sparse.csr_matrix(np.asarray([[BETWEEN, 0.0]])), 11, 11, True)
    assert not _tells_day_of(lone, first, BARS)


def test_next_days_group_in_another_province_keeps_the_general_bar() -> None:
    first = _group((10, 10), {10}, {"Jawa Barat", "Jawa Barat/Garut"})
    elsewhere = _group((11, 11), {10}, {"Banten", "Banten/Lebak"})
    assert _tells_day_of(elsewhere, first, BARS)
    assert not _may_merge(first, elsewhere, BARS)


def _unit(day: int, people: set[str], places: set[str]) -> UnitView:
    return UnitView((day, day), frozenset(people), rep_places=frozenset(places))


def _rows(cosine: float) -> sparse.csr_matrix:
    return sparse.csr_matrix(np.asarray([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))


def test_the_town_both_leads_name_counts_as_a_shared_name() -> None:
    # The city health head's figures on day 10, the council's call on day 12 naming him:
    # one person in common, and both leads in the city.
    town = {"Jawa Timur", "Jawa Timur/Kediri"}
    figures = _unit(10, {"Sutrisno Hadi", "RSUD Gambiran"}, town)
    council = _unit(12, {"Sutrisno Hadi", "DPRD Kota Kediri"}, town)
    assert _shared_names(figures, council) == 2
    cosine = (BARS.entity_link_cosine + BARS.link_cosine) / 2
    assert pair_link([figures, council], _rows(cosine), None, BARS, 0, 1) is not None
    # The council in another regency of the province: one name only, no link.
    other = _unit(
        12, {"Sutrisno Hadi", "DPRD Kabupaten Blitar"}, {"Jawa Timur", "Jawa Timur/Blitar"}
    )
    assert _shared_names(figures, other) == 1
    assert pair_link([figures, other], _rows(cosine), None, BARS, 0, 1) is None


def test_the_capital_is_no_shared_town() -> None:
    capital = {"Daerah Khusus Ibukota Jakarta", "Daerah Khusus Ibukota Jakarta/Jakarta Pusat"}
    a = _unit(10, {"Rudi Santoso"}, capital)
    b = _unit(12, {"Rudi Santoso"}, capital)
    assert _shared_names(a, b) == 1


def test_groups_running_on_in_one_village_join_at_the_lone_piece_bar() -> None:
    # A bridge's collapse: the night's reports and the survivors' piece on days 10-11,
    # the rising toll and the cause on days 11-12, every lead naming the village.
    scene = {"Jawa Tengah", "Jawa Tengah/Klaten", "//Karanganom"}
    night = _group((10, 11), {10, 11}, scene)
    later = _group((11, 12), {11, 12}, scene)
    assert _may_merge(night, later, BARS)
    # One district alone, or one street, is not that village: the near average decides.
    district = {"Jawa Tengah", "Jawa Tengah/Klaten", "///Karanganom"}
    assert not _may_merge(
        _group((10, 11), {10, 11}, district), _group((11, 12), {11, 12}, district), BARS
    )
    street = {"Jawa Tengah", "Jawa Tengah/Klaten", "//Jalan Pemuda"}
    assert not _may_merge(
        _group((10, 11), {10, 11}, street), _group((11, 12), {11, 12}, street), BARS
    )
