"""The order of merges in :func:`warta.analyze.story_clusters.agglomerate` (one day's
reports first, an undated lone unit by its closest dated member), round-ups recalling an
earlier day (``_recalls_earlier_day``), later follow-ups (``_tells_later_day``), lone
pieces stating their own day, recalling a running story's opening day or stating no day
on it (a chronology of other days excepted) measured from the story's latest report
(``_single_span``, ``_recalls_running_story``) and the same-town link of near reports
(``_same_town``).

Hand-made rows and invented places: nothing here comes from a gold or blind set.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from scipy import sparse

from warta.analyze.stories import BARS
from warta.analyze.story_clusters import (
    UnitView,
    _Cluster,
    _near_clusters,
    _order_score,
    _recalls_earlier_day,
    _recalls_running_story,
    _single_bar,
    _single_span,
    _tells_later_day,
    _tells_own_day,
    agglomerate,
    exact_cosine,
    pair_link,
)

DAY = dt.date(2025, 3, 3).toordinal()
JATENG = "Jawa Tengah"


def _rows(vectors: list[list[float]]) -> sparse.csr_matrix:
    m = np.asarray(vectors, dtype=np.float64)
    return sparse.csr_matrix(m / np.linalg.norm(m, axis=1, keepdims=True))


def _dated(day: int) -> UnitView:
    return UnitView((day, day), frozenset())


# Columns: report A's own words, report B's own words, the round-up's own words, words
# A and B share, words A and the round-up share, the topic's words all three hold.
REPORT_A = [2, 0, 0, 1, 2, 1]
REPORT_B = [0, 2, 0, 1, 0, 1]
ROUND_UP = [0, 0, 2, 0, 2, 1]
# A round-up retelling both reports: close to the day's story as a whole, though under
# the general average bar.
RETELLS_BOTH = [0, 0, 2, 1, 2, 1]


def test_one_days_reports_merge_before_a_later_round_up_takes_one() -> None:
    # The round-up two days later retells report A and is closer to it than report B,
    # another desk's report of the same day, is; B and A still link (near bar).
    x = _rows([REPORT_A, REPORT_B, ROUND_UP])
    units = [_dated(DAY), _dated(DAY), _dated(DAY + 2)]
    assert exact_cosine(x, 0, 2) > exact_cosine(x, 0, 1) >= BARS.near_link_cosine
    # Taken first, the round-up would keep A from B: their average falls under the bar.
    assert agglomerate(units, x, None, BARS) == [[0, 1], [2]]


def test_the_round_up_still_joins_when_close_to_the_story_as_a_whole() -> None:
    # A piece the next day retelling both reports joins the day's story (a lone piece
    # within the near days, its average under the general bar).
    x = _rows([REPORT_A, REPORT_B, RETELLS_BOTH])
    units = [_dated(DAY), _dated(DAY), _dated(DAY + 1)]
    assert agglomerate(units, x, None, BARS) == [[0, 1, 2]]


def test_a_round_up_recalling_an_earlier_day_joins_under_the_general_bar_only() -> None:
    # The round-up that retells both reports (it joins above) also tells, in its lead,
    # of another fire four days before: coverage of two happenings, not of this one.
    x = _rows([REPORT_A, REPORT_B, RETELLS_BOTH])
    round_up = UnitView((DAY + 1, DAY + 1), frozenset(), days=frozenset({DAY - 4, DAY}))
    units = [
        UnitView((DAY, DAY), frozenset(), days=frozenset({DAY})),
        UnitView((DAY, DAY), frozenset(), days=frozenset({DAY})),
        round_up,
    ]
    assert agglomerate(units, x, None, BARS) == [[0, 1], [2]]


def _cluster(units: list[int], day: int | None) -> _Cluster:
    first = None if day is None else day
    return _Cluster(
        units,
        sparse.csr_matrix((1, 4)),
        first,
        first,
        day is not None,
        dated=[] if day is None else list(units),
    )


def test_near_clusters_are_dated_to_the_day_and_within_the_near_days() -> None:
    assert _near_clusters(_cluster([0], DAY), _cluster([1], DAY + 1), BARS)
    assert not _near_clusters(_cluster([0], DAY), _cluster([1], DAY + 2), BARS)
    assert not _near_clusters(_cluster([0], DAY), _cluster([1], None), BARS)


def test_recalling_a_day_before_the_near_days_is_a_round_up() -> None:
    story = _cluster([0, 1], DAY)
    story.days = frozenset({DAY})
    round_up = _cluster([2], DAY + 1)
    round_up.days = frozenset({DAY - 4, DAY})
    assert _recalls_earlier_day(round_up, story, BARS)
    # A follow-up telling of the event's day and the day after (or the day before).
    follow_up = _cluster([3], DAY + 1)
    follow_up.days = frozenset({DAY - 1, DAY + 1})
    assert not _recalls_earlier_day(follow_up, story, BARS)
    # A lead stating no day, and a cluster of two, are not lone round-ups.
    assert not _recalls_earlier_day(_cluster([4], DAY + 1), story, BARS)
    assert not _recalls_earlier_day(story, round_up, BARS)
    assert not _near_clusters(round_up, story, BARS)


def test_a_report_telling_of_the_night_before_is_no_round_up() -> None:
    # A flood report published on its day tells of the rain since the night before; the
    # follow-up the next day (the water going down) is its story's, not a later event.
    report = _cluster([0], DAY)
    report.days = frozenset({DAY - 1, DAY})
    follow_up = _cluster([1], DAY + 1)
    follow_up.days = frozenset({DAY + 1})
    assert not _recalls_earlier_day(report, follow_up, BARS)
    assert _near_clusters(report, follow_up, BARS)
    # Published three days after the one day its lead tells of, a week's recap looks back.
    recap = _cluster([2], DAY + 3)
    recap.days = frozenset({DAY})
    story = _cluster([3], DAY + 2)
    story.days = frozenset({DAY + 2})
    assert _recalls_earlier_day(recap, story, BARS)
    # An undated piece has no publication to look back from.
    undated = _cluster([4], None)
    undated.days = frozenset({DAY - 6})
    assert not _recalls_earlier_day(undated, story, BARS)


def test_a_report_and_its_next_day_follow_up_merge_on_their_link() -> None:
    # Two lone reports a day apart on a near link, each in its own words (their average
    # under the general bar): the first's lead telling of the night before its
    # publication does not hold it to the general average.
    x = _rows([REPORT_A, REPORT_B])
    units = [
        UnitView((DAY, DAY), frozenset(), days=frozenset({DAY - 1, DAY})),
        UnitView((DAY + 1, DAY + 1), frozenset(), days=frozenset({DAY + 1})),
    ]
    assert pair_link(units, x, None, BARS, 0, 1) is not None
    assert agglomerate(units, x, None, BARS) == [[0, 1]]


def test_a_follow_up_telling_of_a_later_day_gets_the_later_bar() -> None:
    story = _cluster([0, 1], DAY)
    story.days = frozenset({DAY, DAY + 1})
    found = _cluster([2], DAY + 3)
    found.days = frozenset({DAY + 3})
    assert _tells_later_day(found, story)
    follows = _tells_later_day(found, story)
    assert _single_bar(found, 3, BARS, follows=follows) == BARS.later_single_cosine
    # A round-up three days on telling of the story's own day, or of no day: no lower bar.
    round_up = _cluster([3], DAY + 3)
    round_up.days = frozenset({DAY})
    assert not _tells_later_day(round_up, story)
    assert _single_bar(round_up, 3, BARS, follows=False) == 1.0
    assert not _tells_later_day(_cluster([4], DAY + 3), story)


def test_a_follow_up_naming_the_happenings_own_day_still_tells_a_later_day() -> None:
    # "The three men who robbed the kiosk on Thursday night were caught on Saturday":
    # the robbery's day beside the arrest's, two days after the story's reports.
    story = _cluster([0, 1], DAY)
    story.days = frozenset({DAY - 1, DAY})
    caught = _cluster([2], DAY + 2)
    caught.days = frozenset({DAY - 1, DAY + 1})
    assert _tells_later_day(caught, story)
    # Naming another of the story's days (its second) beside the later one, or only the
    # happening's own day, is no follow-up's shape.
    recap = _cluster([3], DAY + 2)
    recap.days = frozenset({DAY, DAY + 1})
    assert not _tells_later_day(recap, story)
    only_then = _cluster([4], DAY + 2)
    only_then.days = frozenset({DAY - 1})
    assert not _tells_later_day(only_then, story)


def test_an_undated_piece_is_ordered_by_its_closest_dated_member() -> None:
    # Row 0: the undated piece; 1: a dated report it follows closely; 2: an undated
    # round-up closer still; 3: a dated report of another day.
    y = _rows([[1, 1, 0, 0], [1, 0, 0, 0], [1, 1, 0, 1], [0, 1, 1, 1]])
    single = _cluster([0], None)
    story = _cluster([1], DAY)
    story.units.append(2)  # the round-up, undated, in the same story
    assert _order_score(single, story, y) == exact_cosine(y, 0, 1)
    assert _order_score(story, single, y) == exact_cosine(y, 0, 1)
    # Two dated clusters: their average cosine.
    other = _cluster([3], DAY)
    assert _order_score(_cluster([1], DAY), other, y) == exact_cosine(y, 1, 3)


def _place_view(day: int, *places: str) -> UnitView:
    regions = frozenset(places)
    return UnitView((day, day), frozenset(), places=regions, rep_places=regions)


def test_near_reports_naming_one_town_link_under_the_near_bar() -> None:
    # Two near reports with a cosine between the same-town bar and the near bar.
    x = _rows([[1, 0, 0, 1], [1, 2, 2, 0]])
    cosine = exact_cosine(x, 0, 1)
    assert BARS.same_town_link_cosine <= cosine < BARS.near_link_cosine
    klaten = (JATENG, f"{JATENG}/Klaten")
    same_town = [_place_view(DAY, *klaten), _place_view(DAY + 1, *klaten)]
    assert pair_link(same_town, x, None, BARS, 0, 1) == cosine
    other_town = [_place_view(DAY, *klaten), _place_view(DAY, JATENG, f"{JATENG}/Sragen")]
    assert pair_link(other_town, x, None, BARS, 0, 1) is None
    # Two days apart: no longer one day's coverage.
    apart = [_place_view(DAY, *klaten), _place_view(DAY + 2, *klaten)]
    assert pair_link(apart, x, None, BARS, 0, 1) is None
    # The capital's cities tell the national desk, not the place.
    capital = ("Daerah Khusus Ibukota Jakarta", "Daerah Khusus Ibukota Jakarta/Jakarta Pusat")
    desk = [_place_view(DAY, *capital), _place_view(DAY, *capital)]
    assert pair_link(desk, x, None, BARS, 0, 1) is None


# Columns: the first day's words, the second day's, the third day's piece's, words the
# first two days share, words the last two share, the topic's words all three hold.
FIRST_DAY = [2, 0, 0, 1, 0, 1]
SECOND_DAY = [0, 2, 0, 1, 1, 1]
THIRD_DAY = [0, 0, 2, 0, 1, 1]


def _three_days(third_day_lead: frozenset[int]) -> list[UnitView]:
    return [
        UnitView((DAY, DAY), frozenset(), days=frozenset({DAY})),
        UnitView((DAY + 1, DAY + 1), frozenset(), days=frozenset({DAY + 1})),
        UnitView((DAY + 2, DAY + 2), frozenset(), days=third_day_lead),
    ]


def test_a_third_day_piece_stating_its_own_day_is_near_the_latest_report() -> None:
    # A story reported on its first and second day; an analysis on the third day whose
    # lead says "on Wednesday" of its own Wednesday is a day from the second day's report.
    story = _cluster([0, 1], DAY)
    story.last_start = DAY + 1
    story.days = frozenset({DAY, DAY + 1})
    analysis = _cluster([2], DAY + 2)
    analysis.days = frozenset({DAY + 2})
    assert _tells_own_day(analysis)
    assert _single_span(analysis, story) == 1
    assert _single_bar(analysis, 1, BARS) == BARS.near_single_cosine
    x = _rows([FIRST_DAY, SECOND_DAY, THIRD_DAY])
    assert agglomerate(_three_days(frozenset({DAY + 2})), x, None, BARS) == [[0, 1, 2]]


def test_a_piece_telling_of_an_earlier_day_keeps_the_whole_span() -> None:
    # A round-up telling of the day before its own is written about the story, not on a
    # day of it: measured from the story's first report.
    story = _cluster([0, 1], DAY)
    story.last_start = DAY + 1
    round_up = _cluster([3], DAY + 2)
    round_up.days = frozenset({DAY + 1})
    assert not _tells_own_day(round_up)
    assert _single_span(round_up, story) == 2
    x = _rows([FIRST_DAY, SECOND_DAY, THIRD_DAY])
    assert agglomerate(_three_days(frozenset({DAY + 1})), x, None, BARS) == [[0, 1], [2]]
    # An undated piece has no day of its own.
    assert not _tells_own_day(_cluster([4], None))


def test_a_piece_telling_of_no_day_is_near_a_running_storys_latest_report() -> None:
    # An editorial or the lessons of a rescue, stating no day, the day after a story
    # running over two days: as near its second day's report as a reaction piece.
    story = _cluster([0, 1], DAY)
    story.last_start = DAY + 1
    editorial = _cluster([2], DAY + 2)
    assert not _tells_own_day(editorial)
    assert _recalls_running_story(editorial, story)
    assert _single_span(editorial, story) == 1
    x = _rows([FIRST_DAY, SECOND_DAY, THIRD_DAY])
    assert agglomerate(_three_days(frozenset()), x, None, BARS) == [[0, 1, 2]]
    # Two days after a story of one day it is written about the story, not on a day of
    # it, and keeps the whole span.
    one_day = _cluster([0, 1], DAY)
    assert not _recalls_running_story(editorial, one_day)
    assert _single_span(editorial, one_day) == 2


def test_a_chronology_stating_no_day_of_the_story_keeps_the_whole_span() -> None:
    # A round-up of two happenings on the day after a running story, its lead walking
    # through days ("Senin, ... Kamis, ...") that name no day of the story: no editorial
    # on it, measured from the story's first report.
    story = _cluster([0, 1], DAY)
    story.last_start = DAY + 1
    round_up = _cluster([2], DAY + 2)
    round_up.chronicle = True
    assert not _recalls_running_story(round_up, story)
    assert _single_span(round_up, story) == 2
    views = _three_days(frozenset())
    views[2] = UnitView((DAY + 2, DAY + 2), frozenset(), chronicle=True)
    x = _rows([FIRST_DAY, SECOND_DAY, THIRD_DAY])
    assert agglomerate(views, x, None, BARS) == [[0, 1], [2]]


def test_a_third_day_analysis_recalling_the_opening_day_is_near_the_latest_report() -> None:
    # A story reported on its first and second day; an analysis on the third day whose
    # lead goes back to the first day ("the plant shut on Monday") is about the story and
    # a day from its second day's report: the near-single bar, from the latest report.
    story = _cluster([0, 1], DAY)
    story.last_start = DAY + 1
    story.days = frozenset({DAY, DAY + 1})
    analysis = _cluster([2], DAY + 2)
    analysis.days = frozenset({DAY})
    assert _recalls_running_story(analysis, story)
    assert _single_span(analysis, story) == 1
    x = _rows([FIRST_DAY, SECOND_DAY, THIRD_DAY])
    assert agglomerate(_three_days(frozenset({DAY})), x, None, BARS) == [[0, 1, 2]]


def test_a_piece_recalling_the_day_of_a_one_day_story_keeps_the_whole_span() -> None:
    # Two days after a story of one day, the piece is written about it, not on a day of
    # it; and a piece naming a day the story's leads never state is no recall of it.
    one_day = _cluster([0, 1], DAY)
    one_day.days = frozenset({DAY})
    late = _cluster([2], DAY + 2)
    late.days = frozenset({DAY})
    assert not _recalls_running_story(late, one_day)
    assert _single_span(late, one_day) == 2
    running = _cluster([0, 1], DAY)
    running.last_start = DAY + 1
    running.days = frozenset({DAY, DAY + 1})
    elsewhere = _cluster([2], DAY + 2)
    elsewhere.days = frozenset({DAY, DAY - 3})
    assert not _recalls_running_story(elsewhere, running)
