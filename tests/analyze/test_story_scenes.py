"""One happening told at one named site links and merges by its scene
(:mod:`warta.analyze.story_scenes`; ``_one_scene`` and ``_one_scene_throughout`` in
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
    UnitView,
    _Cluster,
    _earlier_single,
    _may_merge,
    _one_scene_throughout,
    pair_link,
)
from warta.analyze.story_scenes import lead_scenes

PROVINCE = "Kalimantan Selatan"
TOWN = "Kalimantan Selatan/Banjarbaru"
FIRE = "fire:Pasar Melati Jaya"


def test_a_lead_tells_the_kind_of_happening_at_its_named_site() -> None:
    lead = "Kobaran api melalap Pasar Melati Jaya di Kota Banjarbaru, Senin malam."
    assert lead_scenes("Ratusan Kios Ludes", lead) == frozenset({FIRE})
    # A follow-up naming the site and the fire again tells the same scene.
    follow = "Pedagang korban kebakaran Pasar Melati Jaya mulai berjualan di tenda."
    assert lead_scenes(None, follow) == frozenset({FIRE})


@pytest.mark.parametrize(
    "lead",
    [
        "Kepala Dinas Pemadam Kebakaran meresmikan pos baru di Pasar Melati Jaya.",
        "Banjir merendam permukiman di sepanjang Sungai Martapura.",
        "Kebakaran melanda sebuah gudang di Kota Banjarbaru.",
        "Kepala Stasiun Geofisika Banjarbaru mencatat gempa kecil.",
    ],
    ids=["a brigade's name", "a river", "no named site", "an agency's station"],
)
def test_no_scene_without_a_happening_at_a_named_site(lead: str) -> None:
    assert lead_scenes(None, lead) == frozenset()


def _rows(cosine: float) -> sparse.csr_matrix:
    return sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))


def _view(day: int | None, *scenes: str, places: tuple[str, ...] = (PROVINCE, TOWN)) -> UnitView:
    return UnitView(
        None if day is None else (day, day),
        frozenset(),
        places=frozenset(places),
        rep_places=frozenset(places),
        rep_scenes=frozenset(scenes),
    )


COSINE = (BARS.scene_link_cosine + BARS.same_town_link_cosine) / 2


def test_two_reports_of_one_scene_within_its_days_link_under_the_town_bar() -> None:
    x = _rows(COSINE)
    night, next_day = _view(100, FIRE), _view(100 + BARS.scene_days, FIRE)
    assert pair_link([night, next_day], x, None, BARS, 0, 1) == pytest.approx(COSINE)
    # An undated feature telling the scene and naming no town links too (a village-like
    # link); one naming its town is placed by the town (the same-town bar).
    feature = _view(None, FIRE, places=())
    assert pair_link([feature, night], x, None, BARS, 0, 1) == pytest.approx(COSINE)
    assert pair_link([_view(None, FIRE), night], x, None, BARS, 0, 1) is None


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (_view(100 + BARS.scene_days + 1, FIRE), "beyond the scene's days"),
        (_view(101, "fire:Pasar Kenanga"), "another site"),
        (_view(101, "flood:Pasar Melati Jaya"), "another kind of happening"),
        (_view(101, FIRE, places=("Jambi", "Jambi/Muaro Jambi")), "a site of that name elsewhere"),
        (_view(None, FIRE), "two undated pieces"),
    ],
)
def test_no_scene_link_across_days_sites_kinds_or_provinces(other: UnitView, why: str) -> None:
    first = _view(100, FIRE) if other.interval is not None else _view(None, FIRE)
    assert pair_link([first, other], _rows(COSINE), None, BARS, 0, 1) is None, why


def _cluster(first: int, last: int, *scenes: str, weight: float) -> _Cluster:
    return _Cluster(
        [0, 1],
        sparse.csr_matrix(np.array([[weight, 0.0]])),
        last,
        first,
        True,
        places=frozenset({PROVINCE, TOWN}),
        scenes=frozenset(scenes),
    )


def test_two_day_groups_telling_one_scene_merge_at_the_lone_piece_bar() -> None:
    # Cross average of two 2-unit groups: (w * w) / 4, between the lone-piece bar and
    # the near average.
    average = (BARS.near_single_cosine + BARS.near_average_cosine) / 2
    weight = math.sqrt(4 * average)
    blaze = _cluster(100, 101, FIRE, weight=weight)
    aftermath = _cluster(101, 102, FIRE, weight=weight)
    assert _one_scene_throughout(blaze, aftermath, BARS)
    assert _may_merge(blaze, aftermath, BARS)
    # A group whose leads do not all tell the scene keeps the day-group bars.
    mixed = _cluster(101, 102, weight=weight)
    assert not _one_scene_throughout(blaze, mixed, BARS)
    assert not _may_merge(blaze, mixed, BARS)


POISONING = "poisoning:Desa Karang Sari"


def _lone_and_group(*, scenes: frozenset[str], average: float) -> tuple[_Cluster, _Cluster]:
    """A lone first report (day 100, telling of its own day) and a group of follow-ups on
    days 101 and 102, their cross average ``average``."""
    where = frozenset({PROVINCE, TOWN})
    report = _Cluster(
        [0],
        sparse.csr_matrix(np.array([[1.0, 0.0]])),
        100,
        100,
        True,
        days=frozenset({100}),
        places=where,
        scenes=frozenset({POISONING}),
    )
    group = _Cluster(
        [1, 2],
        sparse.csr_matrix(np.array([[2 * average, 0.0]])),
        101,
        102,
        True,
        days=frozenset({101, 102}),
        places=where,
        scenes=scenes,
    )
    return report, group


def test_a_first_report_telling_the_scene_of_its_follow_ups_is_no_run_up_piece() -> None:
    # The feast's report on its first day, then the samples sent to the lab and the
    # lab's finding, every lead naming the village: one poisoning's coverage.
    average = (BARS.near_single_cosine + BARS.average_cosine) / 2
    report, follow_ups = _lone_and_group(scenes=frozenset({POISONING}), average=average)
    assert _earlier_single(report, follow_ups)  # the shape of a run-up piece ...
    assert _one_scene_throughout(report, follow_ups, BARS)  # ... but one scene throughout
    assert _may_merge(report, follow_ups, BARS)
    # Follow-ups whose leads do not all tell the scene: the run-up shape keeps the
    # general bar.
    report, others = _lone_and_group(scenes=frozenset(), average=average)
    assert not _may_merge(report, others, BARS)
