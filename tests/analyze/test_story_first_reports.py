"""A happening's first report and its follow-ups days on (``story_clusters._first_report_of``),
and a village a story's reports name below their leads (``story_clusters._named_in_text``).

Invented rows and names: nothing here comes from a gold or blind set.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from tests.analyze.test_story_follow_ups import _cluster, _day

from warta.analyze.stories import BARS, column
from warta.analyze.story_clusters import (
    UnitView,
    _Cluster,
    _first_report_of,
    _named_elsewhere,
    agglomerate,
)

SAT, MON, TUE = "2026-04-11", "2026-04-13", "2026-04-14"


def test_a_first_report_stating_the_day_its_follow_ups_start_from() -> None:
    # Saturday's seizure at the border post, the police's press conference on Monday and
    # the agency's count on Tuesday, both opening on "the courier caught on Saturday".
    first = _cluster(SAT, days=(SAT,))
    follow_ups = _cluster(MON, TUE, units=2, days=(SAT, MON))
    assert _first_report_of(first, follow_ups)


def test_no_first_report_without_its_own_day_or_before_another_first_day() -> None:
    follow_ups = _cluster(MON, TUE, units=2, days=(SAT, MON))
    assert not _first_report_of(_cluster(SAT), follow_ups)  # its lead states no day
    friday = "2026-04-10"
    # Another happening of the town, a day before the one the follow-ups tell of.
    assert not _first_report_of(_cluster(friday, days=(friday,)), follow_ups)
    # Their leads state no day: nothing says they follow its day.
    assert not _first_report_of(_cluster(SAT, days=(SAT,)), _cluster(MON, TUE, units=2))
    # Published after them, it is no first report.
    assert not _first_report_of(_cluster(TUE, days=(TUE,)), _cluster(SAT, MON, units=2))


# Columns: the words all three share (the courier, the drug, the border post), the
# seizure's own, the follow-ups' own (the network, the year's count).
SEIZURE = [1.0, 1.1, 0.0]
FOLLOW_UP = [1.0, 0.0, 1.1]


def _rows(vectors: list[list[float]]) -> sparse.csr_matrix:
    m = np.asarray(vectors, dtype=np.float64)
    return sparse.csr_matrix(m / np.linalg.norm(m, axis=1, keepdims=True))


def _units(follow_up_days: frozenset[int]) -> list[UnitView]:
    sat, mon, tue = _day(SAT), _day(MON), _day(TUE)
    return [
        UnitView((sat, sat), frozenset(), days=frozenset({sat})),
        UnitView((mon, mon), frozenset(), days=follow_up_days | {mon}),
        UnitView((tue, tue), frozenset(), days=follow_up_days | {tue}),
    ]


def test_the_first_report_joins_follow_ups_pointing_back_to_its_day() -> None:
    # A pair link (0.45), and an average with the follow-ups under the general bar over
    # the follow-up's (0.27 under their component's weights).
    x = _rows([SEIZURE, FOLLOW_UP, FOLLOW_UP])
    assert agglomerate(_units(frozenset({_day(SAT)})), x, None, BARS) == [[0, 1, 2]]
    # Follow-ups stating only their own days keep the general bar.
    assert agglomerate(_units(frozenset()), x, None, BARS) == [[0], [1, 2]]


VILLAGE = "//Sumberjati"


def _with_tie(tie: str) -> _Cluster:
    single = _cluster(SAT, days=(SAT,))
    single.tied = frozenset({tie})
    return single


def _story(words: list[str]) -> _Cluster:
    story = _cluster(SAT, MON, units=2)
    cols = sorted(column(w) for w in words)
    story.tfidf = sparse.csr_matrix((np.ones(len(cols)), ([0] * len(cols), cols)), shape=(1, 2**20))
    return story


def test_a_village_the_story_names_below_its_leads_places_the_piece_there() -> None:
    # The survivor's piece names the village its feature's lead names too; the flood's
    # reports name it only in their fourth paragraph (where the dead lived).
    assert not _named_elsewhere(_with_tie(VILLAGE), _story(["banjir", "sumberjati"]))
    assert _named_elsewhere(_with_tie(VILLAGE), _story(["banjir", "bandang"]))
    assert not _named_elsewhere(_with_tie("///Kaliwungu"), _story(["kaliwungu"]))


def test_a_street_or_a_person_is_not_looked_up_in_the_texts() -> None:
    # A street's words are any text's; a person is looked up among the story's entities.
    assert _named_elsewhere(_with_tie("//Jalan Melati"), _story(["jalan", "melati"]))
    assert _named_elsewhere(_with_tie("Rukmini Hadi"), _story(["rukmini", "hadi"]))
