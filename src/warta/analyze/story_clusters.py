"""Average-link clustering of story units under a date window.

:func:`agglomerate` is the clustering step of :mod:`warta.analyze.stories`. Single
links (the connected components of "these two articles are alike") chain a topic's
events into one story through one bridging article at a time; an undated article, which
no date window can stop, bridges years. Here a story grows only when two clusters are
alike *as wholes*:

1. a pair of units is a **candidate link** when it passes the pair test (TF-IDF cosine,
   the lower bar with shared entities (the town both leads name counting as one,
   :func:`_shared_names`; neither it nor the near bar when both leads name a district
   and a regency or city, none of them in common: :func:`_districts_of_towns_apart`)
   or for *near* units - both dated to the day, at
   most ``near_days`` apart or one's lead counting back to the other's day
   (:func:`_points_back`), their representatives' leads not naming two provinces
   apart (:func:`_apart_places`), the lower still ``same_town_link_cosine`` when both
   leads name one regency or city and no districts of it apart, or one village, ward or
   district (:func:`_same_town`; two units dated within ``scene_days`` whose leads
   tell one kind of happening in one regency or city, :func:`_one_happening_in_town`;
   an undated unit naming only villages and a dated one naming one of them,
   :func:`_one_village`; an undated unit and a dated one
   too, unless that town link would join two groups of linked units:
   :func:`_town_anchored`, :func:`_town_links_kept`; an undated unit no other link
   reaches and a dated one whose leads tell one kind of happening in one regency or
   city, at ``scene_link_cosine``: :func:`_one_undated_happening`, or whose text names
   a village or ward of the dated one's lead without its kind, its lead naming no place:
   :func:`_bare_village_happening`) - or e5, unless the two are
   dated more than ``near_days`` apart and their leads name places apart down to the
   regency, :func:`_other_days_and_places`; the lower ``undated_link_cosine`` when one of the two
   is undated and the other dated, :func:`_one_undated`), shares a *key term* (one of the
   :data:`warta.analyze.stories.KEY_TERMS` heaviest terms of both units: what lets an
   incremental store find a new unit's candidates in an index of key terms) and, if
   both are dated, their dates are at most ``max_gap_days`` apart;
2. clusters start as single units and merge greedily, one day's reports first (both
   clusters dated to the day, together spanning at most ``near_days``, no lone piece
   among them recalling an earlier day: :func:`_near_clusters`), then the rest; within
   each, the most similar candidate pair of clusters first (average
   *component-weighted* cosine over all their cross pairs, see below; an undated lone
   unit by its closest dated member, :func:`_order_score`), when
   * at least one cross pair is a candidate link,
   * the **average** component-weighted cosine of all cross pairs reaches
     ``average_cosine`` (``near_average_cosine`` when every unit of both is dated to the
     day and together they span at most ``near_days``, one side a lone unit or both
     sides sharing a day (:func:`_days_overlap`): one day's reports in other words;
     also two groups each spanning at most ``near_days`` that share a day, one story
     running on, :func:`_runs_on`; at ``near_single_cosine`` a next day's group whose
     leads tell first of a day of the other's, :func:`_tells_day_of`; a
     lone unit joining a cluster at the lower ``near_single_cosine`` when dated to the
     day within ``near_days`` of it (of its latest report when the lone unit's lead
     states its own day, or recalls the opening day of a story running over days or
     states no day on one, :func:`_single_span`), ``undated_single_cosine`` when
     undated (``near_single_cosine`` when its lead names the other's town,
     :func:`_shares_town`): see :func:`_single_bar`; ``near_single_cosine`` for two
     groups within ``scene_days`` whose every lead tells one scene (an undated member
     telling it too) or one kind of happening in one town, :func:`_one_scene_throughout`,
     :func:`_one_happening_throughout`; none of these lowered bars when
     both sides' leads name provinces apart, or districts of one regency apart,
     :func:`_other_places`, a lone unit's
     leads tell of days before the other's, :func:`_earlier_single` (unless the other's
     leads count back to its day, :func:`_followed_up`), or its lead names a
     person a unit it links to names and the other nowhere, :func:`_named_elsewhere`),
     so an article joins a story only when it is close to the story as a whole, not to
     one member (e5 helps find candidate links and merge two single units, never to
     grow a cluster: see :func:`_may_merge`), and
   * the dated units of the merged cluster lie at most ``max_span_days`` apart (a
     partial date counts by the days it covers, so "2019-04" is within a day of
     2019-04-30).

Two single units merge on the pair test alone (their candidate link); the average
decides from the first merge of a cluster of two or more on. An undated lone unit on
one side of an outcome (its lead says the people sought were found alive, or a verdict,
and the other side's leads say none, or the reverse: :func:`_later_outcome`) and a lone
piece whose lead looks back to a day well before its own publication and the other's
(a round-up: :func:`_recalls_earlier_day`) merge under the general average only, even
on a pair link. Whatever the bar, two clusters stating different match results on
different days (:func:`_other_matches`) and an undated unit whose lead names a day away
from the other's days (:func:`_other_weekday`) never merge. The average of the cross
cosines of two clusters is the dot product of their summed (L2-normalised) rows divided
by the product of their sizes, so it costs one sparse dot product, not a loop over
pairs.

**Component weighting.** The pair test reads the rows as given (background IDF: a pair's
link depends on the two units alone). The merge step re-weights every unit by the IDF
of its *connected component of candidate links* instead, ``log((1 + n) / (1 + df)) + 1``
over the component's ``n`` units (``df``: the units of the component holding the term):
a story's events are told apart by what is specific to each *within the topic*, and a
topic's boilerplate (background sentences every report repeats, the same actors), rare
in general news and so heavy under the background IDF, occurs in most units of its
component and weighs little there. This is the whole-store IDF of before, taken over a
component instead of the store: a deterministic function of the component's units, and
clusters never cross components, so an incremental store that re-clusters whole
components still equals a batch. Measured (``warta eval stories``, the synthetic corpus
of eight events of one dispute): with the background IDF in the merge step, pair
precision 0.761 (3 stories mixing events, widest 16 days, largest 14); component IDF
times background IDF, 0.814 (2 mixed); component IDF alone, 1.0 (0 mixed, widest 4
days, largest 9; the same among the 2,809 IndoSum articles). On the IndoSum articles
alone (text only) multi-article stories hold 98 articles, largest 3 (background IDF in
the merge step: 100, largest 3). The component IDF ignores the background, which only
matters in small components: two units merge on their link alone, whatever the
weighting (so the undated seeds, whose pairs link at 0.38 but weigh 0.28 in their
component, still merge).

An undated unit's town link is dropped by :func:`candidate_links` when it would join two
groups of the other links; :func:`pair_link` keeps it, so a store's components of stored
links hold whole components of the candidate links, and a kept or dropped town link
depends only on the groups around its undated unit, inside that stored component.

Deterministic: units come sorted by key, ties break on the smaller unit index, and every
sum is taken in merge order, so the result depends only on the set of units. A pair's
cosines are summed exactly (:func:`math.fsum`), so a link does not depend on which other
units shared the matrix product. Clusters only grow along candidate links, so the
clusters of one connected component of the links do not depend on the other components:
an incremental store re-clusters only the components a batch touched
(:mod:`warta.corpus.stories`).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeGuard

import numpy as np
import numpy.typing as npt
from scipy import sparse

from warta.analyze.story_bare_villages import names_village
from warta.analyze.story_scenes import happenings, sited


@dataclass(frozen=True, slots=True)
class Bars:
    """The similarity bars and the date limits of :func:`agglomerate`."""

    link_cosine: float
    entity_link_cosine: float
    min_shared_entities: int
    e5_link_cosine: float
    e5_tfidf_floor: float
    average_cosine: float
    max_gap_days: int
    max_span_days: int
    #: Two units dated to the day at most ``near_days`` apart link at the lower
    #: ``near_link_cosine`` (see :func:`pair_link`).
    near_days: int
    near_link_cosine: float
    #: Clusters whose units are all dated to the day and would span at most
    #: ``near_days`` merge at this average (see :func:`_may_merge`).
    near_average_cosine: float
    #: A single unit joins a cluster at this average when it is dated to the day and
    #: the two together span at most ``near_days`` (see :func:`_single_bar`).
    near_single_cosine: float = 1.0
    #: A single undated unit joins a cluster at this average (see :func:`_single_bar`).
    undated_single_cosine: float = 1.0
    #: An undated unit and a dated one link at this TF-IDF cosine (see :func:`pair_link`).
    undated_link_cosine: float = 1.0
    #: Two near units whose leads name one regency or city link at this TF-IDF cosine
    #: (see :func:`_same_town`).
    same_town_link_cosine: float = 1.0
    #: A single unit dated to the day, beyond ``near_days`` of a cluster (within the
    #: date window of its candidate link), joins it at this average (see
    #: :func:`_single_bar`).
    later_single_cosine: float = 1.0
    #: Two units whose representatives' leads tell one scene (a kind of happening at a
    #: named site), dated at most ``scene_days`` apart or one undated, link at this TF-IDF
    #: cosine (see :func:`_one_scene`).
    scene_link_cosine: float = 1.0
    scene_days: int = 0


@dataclass(frozen=True, slots=True)
class UnitView:
    """What the clustering reads of a unit: its date interval (ordinal days), entities
    and key terms (hashed columns; ``None``: no key-term condition for this unit)."""

    interval: tuple[int, int] | None
    entities: frozenset[str]
    keys: frozenset[int] | None = None
    #: The match results the unit states (:func:`warta.analyze.stories.match_results`).
    results: frozenset[str] = frozenset()
    #: The days (ordinals) its leads say its news happened on, and for an undated unit
    #: the weekdays they name (:func:`warta.analyze.stories.unit_days`).
    days: frozenset[int] = frozenset()
    weekdays: frozenset[int] = frozenset()
    #: The provinces its leads name (:func:`warta.analyze.stories.lead_places`).
    places: frozenset[str] = frozenset()
    #: The provinces its representative's lead names (what the pair test reads: it
    #: depends on the representatives alone, see :func:`pair_link`).
    rep_places: frozenset[str] = frozenset()
    #: Whether a member's lead states an outcome, a search's or a trial's ending
    #: (:func:`warta.analyze.story_outcomes.lead_outcome`).
    outcome: bool = False
    #: Whether a member's lead names two or more days, a chronology
    #: (:func:`warta.analyze.story_chronicles.lead_chronicle`).
    chronicle: bool = False
    #: The people its members' leads name (:func:`warta.analyze.story_people.lead_people`).
    lead_people: frozenset[str] = frozenset()
    #: The days (ordinals) its members' leads say the happening they follow took place on
    #: (:func:`warta.analyze.story_recalls.lead_recalled_days`).
    recalled: frozenset[int] = frozenset()
    #: The scenes its representative's lead tells
    #: (:func:`warta.analyze.story_scenes.lead_scenes`; what the pair test reads), with
    #: the kinds of happening it tells at no named site
    #: (:func:`~warta.analyze.story_scenes.lead_happenings`, told apart by ``sited``).
    rep_scenes: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Cluster:
    units: list[int]
    tfidf: sparse.csr_matrix  # sum of the members' component-weighted rows (1 x features)
    first_end: int | None  # smallest interval end among dated members
    last_start: int | None  # largest interval start among dated members
    day_dated: bool = False  # every member dated to the day
    version: int = 0
    results: frozenset[str] = frozenset()  # the match results of its members dated to the day
    days: frozenset[int] = frozenset()  # the days its members' leads say they happened on
    weekdays: frozenset[int] = frozenset()  # an undated unit's lead weekdays
    # The provinces every member naming one names (None: no member names one).
    places: frozenset[str] | None = None
    # The villages, wards and districts any member's lead names (_other_places,
    # _shares_town).
    below: frozenset[str] = frozenset()
    outcome: bool = False  # a member's lead states an outcome
    chronicle: bool = False  # a member's lead names two or more days
    dated: list[int] = field(default_factory=list)  # its members with a date
    names: frozenset[str] = frozenset()  # its members' entities
    # The people and scenes a member's lead names that a unit it links to names (_ties).
    tied: frozenset[str] = frozenset()
    recalled: frozenset[int] = frozenset()  # the days its members' leads recall (_followed_up)
    # The scenes every member's lead tells (_one_scene_throughout).
    scenes: frozenset[str] = frozenset()
    # The kinds of happening every member's lead tells (_one_happening_throughout).
    happenings: frozenset[str] = frozenset()
    # A member dated to a month or a year only (_one_scene_throughout: day_dated less the
    # undated members).
    partial: bool = False


def _gap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def candidate_links(
    units: Sequence[UnitView],
    x: sparse.csr_matrix,
    e5: npt.NDArray[np.float64] | None,
    bars: Bars,
) -> list[tuple[int, int, float]]:
    """Unit pairs ``(i, j, tfidf cosine)``, ``i < j``, that pass the pair test, less the
    town links of an undated unit that would join two groups (:func:`_town_links_kept`)
    and its kind-of-happening links when another link reaches it or they would join two
    groups (:func:`_one_undated_happening`)."""
    x = sparse.csr_matrix(x)
    sims = (x @ x.T).tocoo()
    floor = link_floor(bars, e5=e5 is not None)
    # The product only preselects (its sums' rounding depends on the matrix): the
    # cosines compared with the bars are exact sums.
    keep = (sims.row < sims.col) & (sims.data >= floor - 1e-9)
    rows, cols = sims.row[keep].tolist(), sims.col[keep].tolist()
    tiers: tuple[list[tuple[int, int, float]], ...] = ([], [], [])
    for i, j in sorted(zip(rows, cols, strict=True)):
        link = _link(units, x, e5, bars, i, j)
        if link is not None:
            tiers[link[1]].append((i, j, link[0]))
    firm, by_town, by_kind = tiers[FIRM], tiers[BY_TOWN], tiers[BY_KIND]
    kept = _town_links_kept(units, firm, by_town)
    # A kind link only for a piece no other link reaches (_one_undated_happening).
    linked = {u for i, j, _ in firm + by_town for u in (i, j)}
    by_kind = [link for link in by_kind if _undated_end(units, link) not in linked]
    return sorted(firm + kept + _town_links_kept(units, firm, by_kind))


def pair_link(
    units: Sequence[UnitView],
    x: sparse.csr_matrix,
    e5: npt.NDArray[np.float64] | None,
    bars: Bars,
    i: int,
    j: int,
) -> float | None:
    """The pair test on units ``i`` and ``j``: their TF-IDF cosine if they are a candidate
    link, else ``None``. Depends on the two units' rows alone (an undated unit's town
    link counts here: :func:`candidate_links` drops it when it would join two groups)."""
    link = _link(units, x, e5, bars, i, j)
    return link[0] if link is not None else None


#: The tiers of a link (:func:`_link`): firm, an undated unit's town link, an undated
#: unit's kind-of-happening link.
FIRM, BY_TOWN, BY_KIND = 0, 1, 2


def _link(
    units: Sequence[UnitView],
    x: sparse.csr_matrix,
    e5: npt.NDArray[np.float64] | None,
    bars: Bars,
    i: int,
    j: int,
) -> tuple[float, int] | None:
    """Units ``i`` and ``j``'s link: their TF-IDF cosine and its tier (:data:`FIRM`;
    :data:`BY_TOWN`, only an undated unit's town link; :data:`BY_KIND`, only the kind of
    happening an undated unit tells in the dated one's town), else ``None``."""
    s = _testable_cosine(units, x, e5, bars, i, j)
    if s is None:
        return None
    if _firm_link(units, e5, bars, i, j, s):
        return s, FIRM
    if _undated_town_link(units[i], units[j], s, bars):
        return s, BY_TOWN
    if s >= bars.scene_link_cosine and (
        _one_undated_happening(units[i], units[j]) or _bare_village_happening(units, x, i, j)
    ):
        return s, BY_KIND
    return None


def _testable_cosine(
    units: Sequence[UnitView],
    x: sparse.csr_matrix,
    e5: npt.NDArray[np.float64] | None,
    bars: Bars,
    i: int,
    j: int,
) -> float | None:
    """The TF-IDF cosine of units ``i`` and ``j`` when they share a key term, lie within
    ``max_gap_days`` and reach the lowest link bar, else ``None``."""
    ki, kj = units[i].keys, units[j].keys
    if ki is not None and kj is not None and not ki & kj:
        return None
    if _gap(units[i].interval, units[j].interval) > bars.max_gap_days:
        return None
    s = exact_cosine(x, i, j)
    return None if s < link_floor(bars, e5=e5 is not None) else s


def _firm_link(
    units: Sequence[UnitView],
    e5: npt.NDArray[np.float64] | None,
    bars: Bars,
    i: int,
    j: int,
    s: float,
) -> bool:
    """Whether units ``i`` and ``j`` at TF-IDF cosine ``s`` link on a bar of their own,
    whatever the other links (every bar but an undated unit's town)."""
    return (
        s >= bars.link_cosine
        or (
            s >= bars.entity_link_cosine
            and _shared_names(units[i], units[j]) >= bars.min_shared_entities
            and not _districts_of_towns_apart(units[i], units[j])
        )
        or (
            s >= bars.near_link_cosine
            and (
                _near(units[i].interval, units[j].interval, bars)
                or _points_back(units[i], units[j])
                or _points_back(units[j], units[i])
            )
            and not _apart_places(units[i].rep_places, units[j].rep_places)
            and not _districts_of_towns_apart(units[i], units[j])
        )
        or (s >= bars.same_town_link_cosine and _same_town(units[i], units[j], bars))
        or (s >= bars.scene_link_cosine and _one_scene(units[i], units[j], bars, dated=True))
        or (s >= bars.same_town_link_cosine and _one_happening_in_town(units[i], units[j], bars))
        or (s >= bars.undated_link_cosine and _one_undated(units[i], units[j]))
        or (
            e5 is not None
            and _exact_dot(e5[i], e5[j]) >= bars.e5_link_cosine
            and not _other_days_and_places(units[i], units[j], bars)
        )
    )


def _points_back(later: UnitView, first: UnitView) -> bool:
    """Whether ``later``'s leads say the happening its news follows took place on the day
    ``first`` is dated to ("dua hari setelah reklame roboh" in a report two days after
    the collapse's: :func:`warta.analyze.story_recalls.lead_recalled_days`).

    A follow-up two or three days on (the city pulling down the other billboards) names
    the happening again in its own words, beyond the near days that lower the link bar
    for one day's reports; the day it counts back to is the first report's day, which
    ties it to that report as closely as a day's distance would.
    """
    iv = first.interval
    return not later.chronicle and iv is not None and iv[0] == iv[1] and iv[0] in later.recalled


def _shared_names(a: UnitView, b: UnitView) -> int:
    """The names two units share: their entities in common, and the regency or city
    both representatives' leads place their news in (:func:`_one_town`) as one more.

    A town's follow-up (the council's call two days after the health office's figures)
    names the town's official of the first report and places itself in the same town;
    the entities leave the town out (a place names no event alone), yet a person and
    the town both leads stand in are two names of one happening's cast, as a person
    and his office are.
    """
    return len(a.entities & b.entities) + int(_one_town(a, b))


def _districts_of_towns_apart(a: UnitView, b: UnitView) -> bool:
    """Whether two units' representatives' leads each place their news in a district
    (kecamatan) and a regency or city, and name neither a district nor a regency or
    city in common.

    One official often speaks on two cases of his province on one day (an education
    head on a pupil's death in one regency and a school fire in another city), and
    each desk's report names him, his office and the other case: the shared names and
    the near day link the two at the lowered bars. A lead placing its news down to the
    district is precise where a dateline or a neighbouring town is not: two such leads
    with nothing in common from the district up to the regency tell two happenings.
    One happening's coverage naming the next regency (a crash by the next town's
    dateline) names no district of it apart from its own; the general bar still links
    two texts close in words.
    """
    a_at, b_at = a.rep_places, b.rep_places
    return _apart(_districts(a_at), _districts(b_at)) and _apart(
        _regencies(a_at), _regencies(b_at)
    )


def _undated_town_link(a: UnitView, b: UnitView, s: float, bars: Bars) -> bool:
    """Whether an undated unit and a dated one link by the town their representatives'
    leads name (:func:`_town_anchored`) at ``same_town_link_cosine``, or by the scene
    they tell (:func:`_one_scene`) at ``scene_link_cosine``."""
    return (s >= bars.same_town_link_cosine and _town_anchored(a, b)) or (
        s >= bars.scene_link_cosine and _one_scene(a, b, bars, dated=False)
    )


def _one_undated_happening(a: UnitView, b: UnitView) -> bool:
    """Whether one of two units is undated, the other dated, and their representatives'
    leads tell one kind of happening (:func:`warta.analyze.story_scenes.lead_happenings`)
    in one regency or city (:func:`_one_town`), no districts of it apart.

    A survivor's feature on a quake or a flood ("the night the quake struck the south
    coast of the regency, his grandmother lay under the roof") carries no date and tells
    one person's hours in words of its own: it shares less text with the reports than
    the town's bar asks, yet it tells what they tell - the kind of happening - where they
    tell it, as a named site does for the scene (:func:`_one_scene`). A town holds
    several happenings of one kind within weeks (a shipwreck and the safety board's
    report on it a month on), so the link is the weakest there is: tried only for a
    piece no other link reaches (a feature whose town link finds its group needs none),
    dropped when it would join two groups (:func:`_town_links_kept`), and the piece still
    joins at the lone piece's average (:func:`_single_bar`).
    """
    if not _one_undated(a, b) or not happenings(a.rep_scenes) & happenings(b.rep_scenes):
        return False
    a_at, b_at = a.rep_places, b.rep_places
    return _one_town(a, b) and not _districts_apart(a_at, b_at, a_at, b_at)


def _bare_village_happening(
    units: Sequence[UnitView], x: sparse.csr_matrix, i: int, j: int
) -> bool:
    """Whether one of units ``i`` and ``j`` is undated and its lead names no place, the
    other is dated, their representatives' leads tell one kind of happening, and the
    undated one's text names a village or ward the dated one's lead names, without its
    kind (:func:`warta.analyze.story_bare_villages.names_village`).

    A feature on a survivor of a fire in a ward tells of "his stall in Sukamaju, gone
    with the rest": the ward as its people name it, no kind, no town, so
    neither the town nor the village anchors it (:func:`_one_undated_happening`,
    :func:`_one_village`). The ward's name in its words and the kind of happening in its
    lead tie it to the reports that place the happening there, as weakly as a town ties
    a feature to its kind of happening: a link of the same tier, for a piece no other
    link reaches and dropped when it would join two groups (:func:`candidate_links`).
    """
    a, b = units[i], units[j]
    if not _one_undated(a, b):
        return False
    (piece, p), (report, _) = sorted(((a, i), (b, j)), key=lambda u: u[0].interval is not None)
    if piece.rep_places or not happenings(piece.rep_scenes) & happenings(report.rep_scenes):
        return False
    villages = [v[len(VILLAGE_MARK) :] for v in _villages(report.rep_places)]
    return names_village(x.indices[x.indptr[p] : x.indptr[p + 1]].tolist(), villages)


def _one_scene(a: UnitView, b: UnitView, bars: Bars, *, dated: bool) -> bool:
    """Whether two units' representatives' leads tell one scene, one kind of happening
    at one named site (:func:`warta.analyze.story_scenes.lead_scenes`), and name no
    provinces apart nor districts of one town apart; with ``dated`` both dated at most
    ``bars.scene_days`` apart, else one of them undated (:func:`_one_undated`).

    The desks of one happening tell it from their angles over its first days (the blaze
    at night, the traders' losses the next morning, the stalls set up the day after) and
    share little text beyond the site and what struck it; the scene is the evidence the
    words lack, as a village is for one day's reports (:func:`_same_town`), and holds
    over the days a happening's coverage runs. An undated feature telling the scene and
    naming no regency or province links as a village anchors it (:func:`_one_village`;
    one naming its town is placed by that, :func:`_one_town`): the link is dropped when
    it would join two groups (the site's next happening, weeks later:
    :func:`_town_links_kept`).
    """
    if not sited(a.rep_scenes) & sited(b.rep_scenes):
        return False
    if dated:
        if a.interval is None or b.interval is None or a.interval[0] != a.interval[1]:
            return False
        if b.interval[0] != b.interval[1] or _gap(a.interval, b.interval) > bars.scene_days:
            return False
    elif not _one_undated(a, b) or _placed((a if a.interval is None else b).rep_places):
        return False  # a piece naming its regency or province is placed by them (_one_town)
    a_at, b_at = a.rep_places, b.rep_places
    return not _apart_places(a_at, b_at) and not _districts_apart(a_at, b_at, a_at, b_at)


def _one_happening_in_town(a: UnitView, b: UnitView, bars: Bars) -> bool:
    """Whether two units dated to the day at most ``bars.scene_days`` apart have
    representatives' leads telling one kind of happening
    (:func:`warta.analyze.story_scenes.lead_happenings`) and naming one regency or city
    (:func:`_one_town`), no districts of it apart.

    A quake's, a landslide's or a fire's coverage runs over its first days in one town:
    the first report, the rising toll the next day, the search closed or the analysis
    of why the houses fell the day after. Past the near days (:func:`_same_town`) each
    desk's angle shares little text with the others; what ties them is what the event
    is - its kind and its town - as a named site ties them (:func:`_one_scene`). A town
    holds two happenings of one kind within days often enough (two fires in a city in a
    week) that this is only a candidate at the town's bar: the merge averages still
    decide.
    """
    if not happenings(a.rep_scenes) & happenings(b.rep_scenes):
        return False
    if a.interval is None or b.interval is None or a.interval[0] != a.interval[1]:
        return False
    if b.interval[0] != b.interval[1] or _gap(a.interval, b.interval) > bars.scene_days:
        return False
    a_at, b_at = a.rep_places, b.rep_places
    return _one_town(a, b) and not _districts_apart(a_at, b_at, a_at, b_at)


def _town_links_kept(
    units: Sequence[UnitView],
    firm: Sequence[tuple[int, int, float]],
    by_town: Sequence[tuple[int, int, float]],
) -> list[tuple[int, int, float]]:
    """The town links of ``by_town`` (:func:`_undated_town_link`) that place their undated
    unit in one group: every connected component of the ``firm`` links they reach, and
    the unit's own when it holds more than the unit, one and the same.

    A town stands in for the day an undated piece lacks, but a town holds more than one
    event, and an undated piece names several (where its people live, where they were
    going). A town link that would join two groups of linked units - the piece's own
    group and another event's, or two groups whose towns the piece names - tells nothing
    of which group the piece belongs to, yet it would make one component of the two,
    and the component's weighting (:func:`component_weighted`) would then read both
    events' words together. Such links are dropped; the piece keeps its firm links.
    Decided on the firm links alone, so the order of the pairs does not matter and a
    kept link never joins two groups.
    """
    label = {u: c for c, part in enumerate(link_components(len(units), firm)) for u in part}
    size = Counter(label.values())
    reached: dict[int, set[int]] = {}  # an undated unit -> the groups its town links join
    for link in by_town:
        piece = _undated_end(units, link)
        report = link[1] if piece == link[0] else link[0]
        own = {label[piece]} if size[label[piece]] > 1 else set()
        reached.setdefault(piece, own).add(label[report])
    return [link for link in by_town if len(reached[_undated_end(units, link)]) == 1]


def _undated_end(units: Sequence[UnitView], link: tuple[int, int, float]) -> int:
    """The undated unit of a link between an undated unit and a dated one."""
    return link[0] if units[link[0]].interval is None else link[1]


#: The capital, where national desks and ministries date their reports from: a lead
#: naming it tells where the newsroom is as often as where the news is (an eclipse seen
#: everywhere, a ministry's decision), so it tells no two places apart.
CAPITAL = "Daerah Khusus Ibukota Jakarta"

#: Joins a province and one of its regencies or cities in a unit's places
#: (:func:`warta.analyze.stories.lead_regions`).
REGION_JOINER = "/"
# Marks a village or ward among a lead's places (warta.analyze.stories.lead_villages).
VILLAGE_MARK = REGION_JOINER * 2
# Marks a district (kecamatan) among a lead's places (warta.analyze.stories.lead_villages).
DISTRICT_MARK = REGION_JOINER * 3
# Marks a street among a lead's places, kept with the villages (a place below the
# regency; warta.analyze.stories.lead_villages).
STREET_MARK = VILLAGE_MARK + "Jalan "


def _apart_places(a: frozenset[str], b: frozenset[str], *, regencies: bool = False) -> bool:
    """Whether two leads name provinces (the capital aside) and none in common, or, with
    ``regencies``, regencies or cities of one province and none in common.

    The near link (one day's reports in other words, a low TF-IDF bar) assumes one
    happening; two leads placing their news in two provinces are two happenings of one
    kind on one day (two eruptions, two floods) that share the agency, its spokesman and
    most words. A link on the general bars, shared names or e5 still holds. Regencies
    are not compared there: one day's coverage of one happening names the neighbouring
    regency as often as its own (a toll road's crash by the next town's dateline, an
    escape and the recapture next door).
    """
    a, b = a - {CAPITAL}, b - {CAPITAL}
    return _apart(_provinces(a), _provinces(b)) or (regencies and _apart_regencies(a, b))


def _same_town(a: UnitView, b: UnitView, bars: Bars) -> bool:
    """Whether two near units' representatives' leads name a regency or city in common
    (the capital's left out), or a village, ward or district, and no provinces apart
    (:func:`_apart_places`).

    One happening in one town told on its day by several desks: the blaze, the family
    carried out through a window, the shelter the next morning; the toll gate flooded
    and the terminal's trucks stuck. Each desk tells its own angle in its own words and
    shares less text with the others than the near bar asks; the town its lead names is
    the evidence the words lack. Distinct events of one kind on one day in one town
    (a market fire and a rally the same afternoon) still need this bar, and the merge
    averages still decide. The capital is left out: its dateline is the national desk's.
    A village, ward or district both leads name is one town more narrowly (the survivor's
    piece naming the village where the slope gave way, the report naming it with its
    regency). Leads placing their news in districts of the town apart
    (:func:`_districts_apart`) are two happenings of it, not one: a robbery in a city's
    east and a poisoning in its north, told the same days by one police chief, share
    his name, the city and the procedure words, and nothing else.
    """
    if not _near(a.interval, b.interval, bars):
        return False
    a_at, b_at = a.rep_places, b.rep_places
    if _districts_apart(a_at, b_at, a_at, b_at):
        return False
    return _one_town(a, b) or (
        bool(_below(a.rep_places) & _below(b.rep_places))
        and not _apart_places(a.rep_places, b.rep_places)
    )


def _town_anchored(a: UnitView, b: UnitView) -> bool:
    """Whether one of two units is undated, the other dated, and their representatives'
    leads name one regency or city (:func:`_one_town`), or the undated one's lead names
    only villages or districts and the other's one of them (:func:`_one_village`).

    A survivor's or a family's feature carries no date but names the town its people
    live in or the road where it happened, and that town anchors it as a day anchors a
    report: it links at ``same_town_link_cosine`` like one day's reports of one town,
    unless the link would join two groups (:func:`_town_links_kept`). Two undated units
    keep the general bars (:func:`_one_undated`).
    """
    return _one_undated(a, b) and (_one_town(a, b) or _one_village(a, b))


def _one_town(a: UnitView, b: UnitView) -> bool:
    """Whether two units' representatives' leads name a regency or city in common (the
    capital's left out) and no provinces apart (:func:`_apart_places`)."""
    return bool(_regencies(a.rep_places) & _regencies(b.rep_places)) and not _apart_places(
        a.rep_places, b.rep_places
    )


def _one_village(a: UnitView, b: UnitView) -> bool:
    """Whether the undated one of two units has a lead naming villages or districts alone
    (no regency, no province) and the other's lead names one of them.

    A feature on the people of a happening opens where they are ("the sky over Desa X
    went dark"), without the regency the reports give: the village is its only place,
    and the reports naming it anchor it as a town would. A feature naming its regency is
    anchored by that (:func:`_one_town`), as before.
    """
    undated, other = (a, b) if a.interval is None else (b, a)
    places = undated.rep_places
    return _below_only(places) and bool(_below(places) & _below(other.rep_places))


def _regencies(places: frozenset[str]) -> frozenset[str]:
    """The regencies and cities among a lead's places, the capital's left out."""
    return frozenset(
        p
        for p in places
        if REGION_JOINER in p and not p.startswith(CAPITAL) and not p.startswith(VILLAGE_MARK)
    )


def _villages(places: frozenset[str]) -> frozenset[str]:
    """The villages and wards among a lead's places (its streets left out: two reports of
    one happening name the street it began on and the one it ended on)."""
    return frozenset(
        p
        for p in places
        if p.startswith(VILLAGE_MARK)
        and not p.startswith(DISTRICT_MARK)
        and not p.startswith(STREET_MARK)
    )


def _districts(places: frozenset[str]) -> frozenset[str]:
    """The districts (kecamatan) among a lead's places."""
    return frozenset(p for p in places if p.startswith(DISTRICT_MARK))


def _below(places: frozenset[str]) -> frozenset[str]:
    """The villages, wards and districts among a lead's places (below any regency)."""
    return frozenset(p for p in places if p.startswith(VILLAGE_MARK))


def _below_only(places: frozenset[str] | None) -> bool:
    """Whether places are villages or districts alone (a lead naming no regency)."""
    return bool(places) and not _placed(places)


def _placed(places: frozenset[str] | None) -> TypeGuard[frozenset[str]]:
    """Whether places hold a province or a regency: a lead naming only villages or
    districts (:func:`warta.analyze.stories.lead_regions`) is anchored by them but
    placed in no province, so it is told apart from no other place by them."""
    return places is not None and bool(places - _below(places))


def _one_undated(a: UnitView, b: UnitView) -> bool:
    """Whether exactly one of two units is undated.

    An event's undated pieces (a profile, the families' piece on a strike's second day,
    the losses counted the day after a fire) are told from another angle than its dated
    reports and share less text with them than the general bar asks, and no date brings
    them the near bars. Linking one to a dated report is only a candidate: the undated
    lone unit still joins a story at its average (:func:`_single_bar`) and under every
    guard (:func:`_other_weekday`, :func:`_later_outcome`). Two undated units keep the
    general bars: nothing anchors either in time (two undated pieces of two events of
    one kind link as readily as one event's).
    """
    return (a.interval is None) != (b.interval is None)


def _other_days_and_places(a: UnitView, b: UnitView, bars: Bars) -> bool:
    """Whether two units are dated more than ``bars.near_days`` apart and their
    representatives' leads name places apart, down to the regency
    (:func:`_apart_places`): what an e5 link alone must not bridge.

    e5 reads two reports of one kind of news as alike whatever the place: two
    school-meal poisonings in two regencies of one province two days apart, the same
    programme, the provincial spokeswoman and the same symptoms, score as high as one
    poisoning's own reports. One happening's coverage names the neighbouring regency
    within a day of it (the near window), so the test leaves near and undated units
    alone, and the text bars still link what is close in words.
    """
    if a.interval is None or b.interval is None or _gap(a.interval, b.interval) <= bars.near_days:
        return False
    return _apart_places(_named_down(a.rep_places), _named_down(b.rep_places), regencies=True)


def _named_down(places: frozenset[str]) -> frozenset[str]:
    """A lead's regencies and cities with their provinces, the provinces named alone
    left out (a dateline's province, "Gubernur Jawa Barat").

    Days apart, an e5 link is refused on places the leads name down to the regency:
    a province alone says whose desk filed the report or whose officials speak, which
    one topic's reports share across its happenings, and a report naming a regency
    beside it (where the news is) is read by that regency.
    """
    regencies = _regencies(places)
    return regencies | {p.split(REGION_JOINER)[0] for p in regencies}


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and not a & b


def _provinces(places: frozenset[str]) -> frozenset[str]:
    return frozenset(p for p in places if REGION_JOINER not in p)


def _apart_regencies(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two leads name regencies or cities of one province, none in common (the
    capital's cities left out, as the capital is by :func:`_apart_places`)."""
    ra, rb = _regencies(a), _regencies(b)
    if not _apart(ra, rb):
        return False
    return bool({p.split(REGION_JOINER)[0] for p in ra} & {p.split(REGION_JOINER)[0] for p in rb})


def _near(a: tuple[int, int] | None, b: tuple[int, int] | None, bars: Bars) -> bool:
    """Both dated to the day, at most ``bars.near_days`` apart."""
    if a is None or b is None or a[0] != a[1] or b[0] != b[1]:
        return False
    return abs(a[0] - b[0]) <= bars.near_days


def link_floor(bars: Bars, *, e5: bool) -> float:
    """The lowest TF-IDF cosine any candidate link can have."""
    text = min(
        bars.entity_link_cosine,
        bars.near_link_cosine,
        bars.undated_link_cosine,
        bars.same_town_link_cosine,
        bars.scene_link_cosine,
    )
    return min(text, bars.e5_tfidf_floor) if e5 else text


def exact_cosine(x: sparse.csr_matrix, i: int, j: int) -> float:
    """Dot product of rows ``i`` and ``j`` of ``x``, exactly rounded."""
    a, b = slice(x.indptr[i], x.indptr[i + 1]), slice(x.indptr[j], x.indptr[j + 1])
    _, ia, ib = np.intersect1d(x.indices[a], x.indices[b], assume_unique=True, return_indices=True)
    return math.fsum((x.data[a][ia] * x.data[b][ib]).tolist())


def _exact_dot(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> float:
    # e5 vectors are float32: their products are exact in float64, and fsum rounds once.
    return math.fsum((np.asarray(a, np.float64) * np.asarray(b, np.float64)).tolist())


def agglomerate(
    units: Sequence[UnitView],
    x: sparse.csr_matrix,
    e5: npt.NDArray[np.float64] | None,
    bars: Bars,
    *,
    background: npt.NDArray[np.float64] | None = None,
) -> list[list[int]]:
    """Clusters of unit indexes (each sorted), by average link under the date window.

    ``x`` holds one L2-normalised TF-IDF row per unit, weighted by the per-column IDF
    ``background`` (``None``: unweighted term frequencies), ``e5`` one normalised e5 row
    per unit (or ``None``). See the module docstring for the merge rule.
    """
    x = sparse.csr_matrix(x)
    links = candidate_links(units, x, e5, bars)
    y = component_weighted(x, link_components(len(units), links), background)
    tied = _ties(units, links)
    clusters: dict[int, _Cluster] = {}
    for i, unit in enumerate(units):
        iv = unit.interval
        clusters[i] = _Cluster(
            [i],
            y[i],
            None if iv is None else iv[1],
            None if iv is None else iv[0],
            iv is not None and iv[0] == iv[1],
            partial=iv is not None and iv[0] != iv[1],
            results=unit.results if iv is not None and iv[0] == iv[1] else frozenset(),
            days=unit.days,
            weekdays=unit.weekdays,
            places=unit.places or None,
            below=_below(unit.places),
            outcome=unit.outcome,
            chronicle=unit.chronicle,
            dated=[] if iv is None else [i],
            names=unit.entities,
            tied=tied[i],
            recalled=unit.recalled,
            scenes=sited(unit.rep_scenes),
            happenings=happenings(unit.rep_scenes),
        )
    neighbours: dict[int, set[int]] = {i: set() for i in clusters}
    # (a later round, -similarity, i, j, versions): one day's reports first, then the
    # most similar under the weighting of the averages (ties: smaller index).
    heap: list[tuple[bool, float, int, int, int, int]] = []
    for i, j, _ in links:
        neighbours[i].add(j)
        neighbours[j].add(i)
        later = not _near_clusters(clusters[i], clusters[j], bars)
        heapq.heappush(heap, (later, -exact_cosine(y, i, j), i, j, 0, 0))
    while heap:
        _, _, a, b, va, vb = heapq.heappop(heap)
        ca, cb = clusters.get(a), clusters.get(b)
        if ca is None or cb is None or ca.version != va or cb.version != vb:
            continue  # stale: one side merged since this entry was pushed
        if not _may_merge(ca, cb, bars):
            continue  # re-pushed if either side grows and it is still a neighbour
        _merge(ca, cb)
        del clusters[b]
        for c in neighbours.pop(b):
            neighbours[c].discard(b)
            if c != a:
                neighbours[c].add(a)
                neighbours[a].add(c)
        neighbours[a].discard(a)
        for c in sorted(neighbours[a]):
            cc = clusters[c]
            lo, hi = min(a, c), max(a, c)
            later = not _near_clusters(ca, cc, bars)
            score = _order_score(ca, cc, y)
            entry = (later, -score, lo, hi, clusters[lo].version, clusters[hi].version)
            heapq.heappush(heap, entry)
    return [sorted(c.units) for _, c in sorted(clusters.items())]


def link_components(n: int, links: Sequence[tuple[int, int, float]]) -> list[list[int]]:
    """The connected components of ``links`` over units ``0 .. n-1`` (each sorted, in
    order of their smallest unit; a unit without links is a component alone)."""
    parent = list(range(n))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, j, _ in links:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return [groups[k] for k in sorted(groups)]


def component_weighted(
    x: sparse.csr_matrix,
    components: Sequence[Sequence[int]],
    background: npt.NDArray[np.float64] | None,
) -> sparse.csr_matrix:
    """``x`` with each row re-weighted by its component's IDF instead of ``background``
    and L2-normalised again (see the module docstring).

    A row depends on its own row of ``x`` and on which columns the other rows of its
    component hold, nothing else: the same component gives the same rows in any matrix.
    """
    n_rows = x.shape[0]
    label = np.zeros(n_rows, dtype=np.int64)
    size = np.zeros(len(components), dtype=np.int64)
    for c, component in enumerate(components):
        label[list(component)] = c
        size[c] = len(component)
    cols = x.indices.astype(np.int64)
    owner = label[np.repeat(np.arange(n_rows), np.diff(x.indptr))]
    # A term's df in its component: the stored entries sharing (component, column).
    _, where, counts = np.unique(owner * x.shape[1] + cols, return_inverse=True, return_counts=True)
    df = counts[where.ravel()].astype(np.int64)
    n = size[owner]
    # x is tf * background / norm: dividing the background out leaves the term
    # frequencies up to a factor the normalisation below removes.
    tf = x.data if background is None else x.data / background[cols]
    # math.log per distinct (n, df): the same value wherever the entry sits in the array.
    base = n_rows + 1
    pairs, at = np.unique(n * base + df, return_inverse=True)
    idf = [math.log((1.0 + p // base) / (1.0 + p % base)) + 1.0 for p in pairs.tolist()]
    weights = tf * np.asarray(idf)[at.ravel()]
    data = np.zeros_like(weights)
    for i in range(n_rows):
        a, b = int(x.indptr[i]), int(x.indptr[i + 1])
        norm = math.sqrt(math.fsum((weights[a:b] * weights[a:b]).tolist()))
        data[a:b] = weights[a:b] / (norm if norm else 1.0)
    return sparse.csr_matrix((data, x.indices.copy(), x.indptr.copy()), shape=x.shape)


def _near_clusters(a: _Cluster, b: _Cluster, bars: Bars) -> bool:
    """Whether every unit of ``a`` and ``b`` is dated to the day and together they span at
    most ``bars.near_days``, neither a lone piece recalling an earlier day
    (:func:`_recalls_earlier_day`): one day's reports.

    Such merges are tried before any other (:func:`agglomerate`). Reports of one event
    within a day of each other are its core; a round-up or an explainer written days
    later, or an undated feature, shares more words with one of them (it retells the
    main report) than the reports of other desks share with each other, and merged with
    it first it kept that report out of its own day's story: the pair's average with
    the day's other reports fell under the bar. Once each day's core has formed, the
    later pieces join the story as a whole or stay alone.
    """
    if not (a.day_dated and b.day_dated):
        return False
    if _recalls_earlier_day(a, b, bars) or _recalls_earlier_day(b, a, bars):
        return False
    ends = [e for e in (a.first_end, b.first_end) if e is not None]
    starts = [s for s in (a.last_start, b.last_start) if s is not None]
    return bool(ends and starts) and max(starts) - min(ends) <= bars.near_days


def _order_score(a: _Cluster, b: _Cluster, y: sparse.csr_matrix) -> float:
    """How soon two clusters are tried (higher: sooner): their average cosine, or for an
    undated lone unit its closest dated member of the other (any member if none is
    dated).

    An undated piece has no date to place it, and the story of another day that retells
    its people (the start of a fast and its end a month later, by one ministry) can be
    the closer on average while the report it follows is closer than any of that story's
    members. Its undated neighbours (another feature, a round-up naming several events)
    tell no day either, so they do not place it. The merge itself still needs the
    average (:func:`_single_bar`).
    """
    for single, other in ((a, b), (b, a)):
        if len(single.units) == 1 and single.first_end is None:
            dated = other.dated or other.units
            return max(exact_cosine(y, single.units[0], u) for u in dated)
    return _average(a.tfidf, b.tfidf, len(a.units), len(b.units))


def _average(a: sparse.csr_matrix, b: sparse.csr_matrix, na: int, nb: int) -> float:
    return float(a.multiply(b).sum()) / (na * nb)


def _may_merge(a: _Cluster, b: _Cluster, bars: Bars) -> bool:
    ends = [e for e in (a.first_end, b.first_end) if e is not None]
    starts = [s for s in (a.last_start, b.last_start) if s is not None]
    if ends and starts and max(starts) - min(ends) > bars.max_span_days:
        return False
    # Even two single units with a candidate link: an undated piece naming another day.
    if _other_matches(a, b) or _other_weekday(a, b, bars) or _other_weekday(b, a, bars):
        return False
    na, nb = len(a.units), len(b.units)
    if _later_outcome(a, b) or _later_outcome(b, a):
        # Not even on a pair link: two undated pieces, on the search and on the rescue,
        # share the family's names and link.
        return _average(a.tfidf, b.tfidf, na, nb) >= bars.average_cosine
    if _recalls_earlier_day(a, b, bars) or _recalls_earlier_day(b, a, bars):
        # Nor a round-up: it retells one report of its week as closely as any.
        return _average(a.tfidf, b.tfidf, na, nb) >= bars.average_cosine
    if na == nb == 1:
        return True  # a candidate link between two units: the pair test passed
    # e5 links single units only: e5 cosines bunch high for any two texts on one topic,
    # so their average over two clusters stays above the e5 bar for distinct events of
    # one dispute a fortnight apart (the synthetic corpus: a WTO ruling and the appeal
    # twelve days later merged). Clusters grow on the component-weighted average alone.
    bar = bars.average_cosine
    # Every lead of both telling one scene: a lone piece on its first day is its first
    # report, no run-up piece (_earlier_single).
    one_scene = _one_scene_throughout(a, b, bars)
    if (
        _other_places(a, b)
        or (not one_scene and (_earlier_single(a, b) or _earlier_single(b, a)))
        or _named_elsewhere(a, b)
        or _named_elsewhere(b, a)
    ):
        return _average(a.tfidf, b.tfidf, na, nb) >= bar  # the lowered bars do not apply
    if _near_clusters(a, b, bars) and (min(na, nb) == 1 or _days_overlap(a, b)):
        # One day's reports told in other words (see the settings notes). Two groups of
        # two or more, each on days the other has none of (a match on Saturday, the
        # club's next match on Sunday; a semifinal and the final), are two days' news:
        # they merge under the general bar only (see _days_overlap).
        bar = min(bar, bars.near_average_cosine)
    elif _runs_on(a, b, bars):
        # One story's consecutive days: two near groups holding a day in common, at the
        # lone piece's bar when every lead of both places it in one village.
        one_village = _one_village_throughout(a, b)
        bar = min(bar, bars.near_single_cosine if one_village else bars.near_average_cosine)
    elif _tells_day_of(a, b, bars) or _tells_day_of(b, a, bars):
        # The next day's reports of the first day's happening: each would have joined
        # the first day's group alone at the lone piece's bar.
        bar = min(bar, bars.near_single_cosine)
    if one_scene:
        # One happening's coverage over its first days, every lead telling its scene.
        bar = min(bar, bars.near_single_cosine)
    elif _one_happening_throughout(a, b, bars):
        # One happening's coverage over its first days in one town, told at no one site.
        bar = min(bar, bars.near_single_cosine)
    if min(na, nb) == 1:
        single, other = (a, b) if na == 1 else (b, a)
        span = _single_span(single, other)
        follows = (
            _tells_later_day(single, other)
            or _first_report_of(single, other)
            or _follows_running_happening(single, other, bars)
        )
        in_town = _shares_town(single, other)
        bar = min(bar, _single_bar(single, span, bars, follows=follows, in_town=in_town))
    return _average(a.tfidf, b.tfidf, na, nb) >= bar


def _runs_on(a: _Cluster, b: _Cluster, bars: Bars) -> bool:
    """Whether two groups of reports dated to the day, each spanning at most
    ``bars.near_days``, share a day (:func:`_days_overlap`): one story running on.

    A happening's coverage rolls over days: the first night's reports and the next
    morning's form one group, the next morning's and the day after's (a rising toll, an
    analysis) another, each within the near window; the window is measured on each
    group, and the day both hold ties them. Two events of one kind a few days apart
    (a crash and a landslide on one road) hold no day in common and keep the general
    bar; lone pieces recalling an earlier day are left out (:func:`_near_clusters`).
    """
    if not (a.day_dated and b.day_dated) or not _days_overlap(a, b):
        return False
    if _recalls_earlier_day(a, b, bars) or _recalls_earlier_day(b, a, bars):
        return False
    return all(_runs_near(c, bars) for c in (a, b))


def _one_scene_throughout(a: _Cluster, b: _Cluster, bars: Bars) -> bool:
    """Whether every lead of ``a`` and of ``b`` tells one scene in common (a kind of
    happening at a named site, :func:`_one_scene`), every dated unit of both dated to the
    day (each side holding one) and all of them within ``bars.scene_days``.

    A market fire's coverage forms a group on its night (the blaze, the stalls lost)
    and another on the next days (the traders' losses, the stalls set up elsewhere, the
    price of chillies in the other markets): the angles share fewer words than two
    groups of one story usually do, and each group on days of its own is the shape of
    two happenings (:func:`_days_overlap`). Every lead of both telling the same kind of
    happening at the same site, within the days a happening's coverage runs, is one
    happening's coverage; two of one kind at one site within days are rare.

    An undated member telling the scene does not break it: an explainer opening on the
    landslide at the hamlet ("the slope that buried four houses at Kampung X") joins the
    late report it retells most closely (their pair link) before that report meets the
    story of the first days, and the group of the two is then no group of reports dated
    to the day. Its lead tells the scene every lead of both tells; the dated members
    still bound the days (each side holds one, all dated to the day within
    ``bars.scene_days``).
    """
    if not a.scenes & b.scenes or a.partial or b.partial:
        return False
    if a.first_end is None or b.first_end is None:
        return False  # a lone undated piece keeps its own bars (_single_bar)
    ends = [e for e in (a.first_end, b.first_end) if e is not None]
    starts = [s for s in (a.last_start, b.last_start) if s is not None]
    return bool(ends and starts) and max(starts) - min(ends) <= bars.scene_days


def _one_happening_throughout(a: _Cluster, b: _Cluster, bars: Bars) -> bool:
    """Whether every lead of ``a`` and of ``b`` tells one kind of happening in common
    (:func:`warta.analyze.story_scenes.lead_happenings`), the leads naming places name
    one regency or city in common, and every unit of both is dated to the day, all of
    them within ``bars.scene_days``.

    A quake's or a bus crash's coverage forms a group on its first day (the shaking,
    the dead) and another on the next (the toll, the driver named a suspect, the
    burials): two groups on days of their own, the shape of two happenings
    (:func:`_days_overlap`), whose angles share fewer words than the general average
    asks. Every lead of both telling the same kind of happening in the same town within
    the days a happening's coverage runs is one happening's coverage, as one named site
    is (:func:`_one_scene_throughout`, which lowers the bar further); two of one kind in
    one town within days keep apart on their places below the town
    (:func:`_other_places`, tried before) or on the near average they must still reach.
    A lone piece whose lead walks through two or more days (a round-up of a week's
    poisonings in two regencies, :func:`warta.analyze.story_chronicles.lead_chronicle`)
    tells several happenings of the kind, not one: no lowered bar.
    """
    if not (a.happenings & b.happenings and a.day_dated and b.day_dated):
        return False
    if any(len(c.units) == 1 and c.chronicle for c in (a, b)):
        return False  # a lone round-up walking through the days of one kind of news
    if not _regencies(a.places or frozenset()) & _regencies(b.places or frozenset()):
        return False
    ends = [e for e in (a.first_end, b.first_end) if e is not None]
    starts = [s for s in (a.last_start, b.last_start) if s is not None]
    return bool(ends and starts) and max(starts) - min(ends) <= bars.scene_days


def _one_village_throughout(a: _Cluster, b: _Cluster) -> bool:
    """Whether every lead of ``a`` and of ``b`` names one village or ward in common (a
    street is none: :func:`_villages`).

    A collapse in a village told over three days (the night's reports, the survivors'
    piece and the rising toll the next day, the cause the day after) splits into two
    groups of days whose angles share fewer words than two groups of one story usually
    do; every lead naming the village, which each desk gives with its district, places
    them at one scene as closely as the shared day places them in time. Two happenings
    of one village on neighbouring days are rare; two on one street (a toll road's two
    crashes) are not, so a street does not count.
    """
    return bool(_villages(a.places or frozenset()) & _villages(b.places or frozenset()))


def _tells_day_of(later: _Cluster, first: _Cluster, bars: Bars) -> bool:
    """Whether two groups of reports dated to the day each span at most
    ``bars.near_days``, ``later`` published after ``first`` and within ``bars.near_days``
    of it, and the earliest day ``later``'s leads tell of is a day of ``first`` (a day its
    leads state, or one it was published on).

    A happening's first day is told by the desks that had it within hours (the agency's
    measurement, the shaking felt in the capital), its next day by the regency desks
    counting the damage ("the quake that struck on Thursday morning killed two"): two
    groups in other words, each formed on its own day, whose average falls under the
    near bars under the component's weighting, though every next-day report, tried
    alone, would have joined the first day's group at the lone piece's bar
    (:func:`_single_bar`). The next day's group saying its news happened on the first
    group's day is what a lone report's day says; it is not the shape of two events
    of one kind on consecutive days (:func:`_days_overlap`), whose second day's
    reports tell of their own day. A group telling first of a day of its own keeps the
    general bar; places apart still keep it (:func:`_other_places`, tried before).
    """
    if len(later.units) < 2 or len(first.units) < 2 or not later.days:
        return False
    if not (later.day_dated and first.day_dated) or not _runs_near(later, bars):
        return False
    if not _runs_near(first, bars) or later.first_end is None or first.last_start is None:
        return False
    if not first.last_start < later.first_end <= first.last_start + bars.near_days:
        return False
    told, opened = min(later.days), first.first_end
    return told in first.days or (opened is not None and opened <= told <= first.last_start)


def _runs_near(group: _Cluster, bars: Bars) -> bool:
    """Whether a group's dated units span at most ``bars.near_days``."""
    return (
        group.first_end is not None
        and group.last_start is not None
        and group.last_start - group.first_end <= bars.near_days
    )


def _other_matches(a: _Cluster, b: _Cluster) -> bool:
    """Whether two clusters report two matches: on days the other has none of, each
    states a match result and none of them is the other's.

    Two rounds of one competition (a semifinal and the final the next day, a club's
    matches on consecutive days) share the players, the venue, the outlets and most
    words, and each report names the other round too (the final ahead, yesterday's
    semifinal), so text and names do not tell them apart; their results do. Reports of
    one match state its result alike (:func:`warta.analyze.stories.match_results`
    orients it), and its coverage the day after repeats it or states none (a coach's
    reaction, a column): that merges. Only units dated to the day count (an undated
    column may recall both rounds' scores), and only across days: reports of one day
    with different figures (a half-time score, a final score) are not told apart.
    """
    if not a.results or not b.results or a.results & b.results:
        return False
    return a.first_end is not None and b.first_end is not None and not _days_overlap(a, b)


def _days_overlap(a: _Cluster, b: _Cluster) -> bool:
    """Whether the date ranges of two clusters dated to the day share a day.

    The near-day bars join one day's reports of an event; its coverage the next day
    (reaction, follow-up) joins one piece at a time (a lone unit keeps the near bars),
    and once a group already holds that day, the next day's pieces merge into it one by
    one too. Two groups that each formed on their own day without a shared day are the
    shape of two events of one kind on consecutive days: two fixtures of one club or one
    tournament (the same teams, venue and outlets; only the opponent, the round and the
    score differ, which a bag of words weighs little). Measured on the seven blind sets
    and the synthetic corpus: no story figure moves (no same-event merge there needed
    it), and the invented consecutive-day fixtures of tests/analyze stay apart.
    """
    if a.first_end is None or b.first_end is None or a.last_start is None or b.last_start is None:
        return False
    return a.first_end <= b.last_start and b.first_end <= a.last_start


def _other_weekday(single: _Cluster, other: _Cluster, bars: Bars) -> bool:
    """Whether ``single`` is one undated unit whose leads tell of days none of
    ``other``'s news lies near: stated dates ("Senin (28/7/2025)") more than
    ``bars.near_days`` from every day of ``other``, weekdays alone ("Sabtu malam") none
    of its days falls on.

    An undated feature that names the day it tells of ("on Saturday night, the family
    watched the final") is that day's news; a story whose reports all say their news
    happened on other days (the homecoming on Thursday and Friday) is another event of
    the same people and places, however close the words. A weekday alone allows no
    tolerance: without a date the week is unknown, so a day's distance cannot be read.
    """
    if len(single.units) != 1 or single.first_end is not None or not other.days:
        return False
    if len(single.days) + len(single.weekdays) != 1:
        return False  # none, or several days: a chronology or a round-up
    near = any(abs(s - d) <= bars.near_days for s in single.days for d in other.days)
    same_weekday = any(dt.date.fromordinal(d).weekday() in single.weekdays for d in other.days)
    return not near and not same_weekday


def _other_places(a: _Cluster, b: _Cluster) -> bool:
    """Whether two clusters dated to the day each name provinces in their leads, and
    none in common (a cluster's provinces: those every member naming one names, so a
    round-up naming both eruptions' provinces does not make its story both's).

    Two eruptions on one day in two provinces, two floods in two cities: one kind of
    news on one day, the same agency and its spokesman quoted, and each report names
    the other to tell them apart. The lowered bars (one day's reports, a lone piece)
    assume one happening; two places named apart are two. The general average still
    decides (one event told from two provinces, its texts close, merges there).
    """
    # An undated profile or feature names where its people come from, not where it is.
    if not (a.day_dated and b.day_dated) or not _placed(a.places) or not _placed(b.places):
        return False
    # Two wards named apart within one city: two fires of one night under one fire
    # chief, each lead placing its own by the ward's name.
    return (
        not a.places & b.places
        or _apart(_villages(a.places), _villages(b.places))
        or _other_districts(a, b)
    )


def _other_districts(a: _Cluster, b: _Cluster) -> bool:
    """Whether two clusters placed in one and the same regency (each names that one
    alone) name districts of it apart, over every lead of each.

    A school-meal poisoning and a classroom's fallen roof on one day in one regency,
    under one education head: each lead places its own by the district's name. A story's
    reports name its district unevenly (one by the district, one by the village, one by
    neither), so a story is placed in the districts any of its leads names, and two are
    apart only when neither names a district the other does. A lead naming two regencies
    (a herd crossing from one into the next, a flood downstream) places its news in
    neither alone: its districts are no sibling of the other's, and tell nothing.
    """
    return _districts_apart(a.places or frozenset(), b.places or frozenset(), a.below, b.below)


def _districts_apart(
    a: frozenset[str], b: frozenset[str], a_below: frozenset[str], b_below: frozenset[str]
) -> bool:
    """Whether places ``a`` and ``b`` name one and the same regency alone and the places
    below it (``a_below``, ``b_below``) name districts of it apart (:func:`_other_districts`)."""
    regencies = _regencies(a)
    if len(regencies) != 1 or regencies != _regencies(b):
        return False
    return _apart(_districts(a_below), _districts(b_below))


def _ties(
    units: Sequence[UnitView], links: Sequence[tuple[int, int, float]]
) -> list[frozenset[str]]:
    """For each unit, the people its lead names whom a unit it has a candidate link to
    names too (among its entities), and the scenes below the regency (a village, a
    district, a street: :func:`_below`) its leads name that such a unit's leads name
    too: what ties it to other coverage.

    Read off the candidate links, which depend on the units of one component alone, so
    an incremental store re-clustering whole components still equals a batch."""
    tied: list[set[str]] = [set() for _ in units]
    for i, j, _ in links:
        scenes = _below(units[i].places) & _below(units[j].places)
        tied[i] |= units[i].lead_people & units[j].entities | scenes
        tied[j] |= units[j].lead_people & units[i].entities | scenes
    return [frozenset(t) for t in tied]


def _named_elsewhere(single: _Cluster, other: _Cluster) -> bool:
    """Whether ``single`` is one unit whose lead names a person that a unit it links to
    names (:func:`_ties`) and no member of ``other`` names, or a scene (a village, a
    district, a street) that such a unit's lead names and no lead of ``other`` does, nor
    (a village or a district) any of its texts (:func:`_named_in_text`).

    One official announcing two events on one day (a police chief, two arrests in one
    city) gives their reports his name, his title, the city, the day and the procedure
    words; a lone report then reaches the other event's story at the near-single bar
    on those alone, though its lead says whom its news happened to (the killed driver,
    named by the reports of the killing and by none of the other event's). A person its
    lead names that another linked report names, and this story nowhere, places it
    elsewhere: the lowered bars (one day's reports, a lone piece) do not apply, the
    general average still decides. A person only the piece names (a suspect named for
    the first time) places it nowhere and changes nothing. Measured on the 27 blind
    sets: only blind27's arrest leaves the other event's story (see the stories floors).

    The scene is the same evidence when the lead names nobody: the arrest of a shop's
    robbers, announced at the conference where the same chief presents a fraud's
    arrest, opens on the street the robbery's reports place it in; the fraud's story
    names that street nowhere.
    """
    if len(single.units) != 1:
        return False
    return any(not _named_in_text(tie, other) for tie in single.tied - other.names - other.below)


def _named_in_text(tie: str, other: _Cluster) -> bool:
    """Whether ``tie`` is a village, ward or district whose name's words all occur in
    ``other``'s texts (its hashed columns), though none of its leads names it.

    A person is looked up among ``other``'s entities, read off its whole texts; a scene
    among its leads only, and a report names the village its dead lived in further down
    as often as in its lead ("the two dead were residents of the village of ..." in its
    fourth paragraph, under a lead naming the regency). Named anywhere in ``other``, the
    village places the piece there, not elsewhere. A street is left out: its name's
    words ("Jalan", a hero's name) are common words of any text.
    """
    if not tie.startswith(VILLAGE_MARK) or tie.startswith(STREET_MARK):
        return False
    name = tie[len(DISTRICT_MARK if tie.startswith(DISTRICT_MARK) else VILLAGE_MARK) :]
    return names_village(other.tfidf.indices.tolist(), [name])


def _earlier_single(single: _Cluster, other: _Cluster) -> bool:
    """Whether ``single`` is one unit whose leads' days all come before every day
    ``other``'s leads state and its first publication day.

    Coverage follows its event (a reaction, a follow-up the next day), so a lone piece
    about the day before a story's news is no coverage of it: the supporters' protest
    the day after a defeat, though it asks for the coach's head, is not the sacking
    the day after; the lowered bars (one day's reports, a lone piece) do not apply. A
    run-up piece still joins under the general bar. An event's first report, once its
    follow-ups have formed a story, has this shape too: it is told apart by their leads
    pointing back to its day (:func:`_followed_up`), or by every lead of both telling
    one scene within the days a happening's coverage runs (:func:`_one_scene_throughout`,
    checked by :func:`_may_merge`: the traders' losses and the stalls moved elsewhere
    name the market the blaze's first report names; a run-up piece tells of no
    happening there yet).
    """
    if len(single.units) != 1 or not single.days or _followed_up(single, other):
        return False
    firsts = [*other.days, *([] if other.first_end is None else [other.first_end])]
    return bool(firsts) and max(single.days) < min(firsts)


def _followed_up(single: _Cluster, other: _Cluster) -> bool:
    """Whether ``single`` is one unit dated to the day whose own day (its publication, or
    a day its lead states) is a day ``other``'s leads say the happening they follow took
    place on (:func:`warta.analyze.story_recalls.lead_recalled_days`: "sehari setelah
    ...", "Sabtu lalu").

    An event's follow-ups (the workers' protest at the council the day after the factory
    announced its closure, the suspects' families the day after they were named) tell of
    their own days and form a story of those days; its first report, left alone, tells
    of the day before them all, the shape of a run-up piece (:func:`_earlier_single`),
    and of the cause days before that (a chronology of the party where the drink was
    shared, :func:`_recalls_earlier_day`). Follow-ups pointing back to its very day say
    it is the happening they follow: it is no run-up and no round-up of it. A run-up
    piece is the day before the happening the story follows (the supporters' protest
    the day after a defeat, the sacking "two days after the defeat"): the day the story
    points back to is not its own.
    """
    if len(single.units) != 1 or not single.day_dated or single.last_start is None:
        return False
    return bool((single.days | {single.last_start}) & other.recalled)


def _later_outcome(single: _Cluster, other: _Cluster) -> bool:
    """Whether ``single`` is one undated unit and one side's leads state an outcome (the
    people sought found alive, a verdict) while the other's state none.

    A search or a trial ends days or weeks after it opens, and the ending's coverage
    recaps the opening: the same people, officials, places and outlets. Dated reports
    a week apart never link (``max_gap_days``), but an undated piece on the ending (an
    interview with a rescued climber's mother) links to an undated piece on the opening
    (the family praying) through their shared names, and their pair link or the lowered
    undated bar would join them, or either joins the other's story. A unit or story none
    of whose leads tells the outcome is the opening's: neither the pair link alone nor
    the lowered bars merge it with the ending's, the general average decides. Dated
    reports are left to the date window: a find on a search's fourth day is one event
    with it (tried on dated lone units more than a day apart: it split such a search
    from its find in the third blind set). The cost:
    an ending's own undated piece that does not restate the outcome in its lead joins
    its story under the general average only (no blind set's figure moved by it).
    """
    return len(single.units) == 1 and single.first_end is None and single.outcome != other.outcome


def _recalls_earlier_day(single: _Cluster, other: _Cluster, bars: Bars) -> bool:
    """Whether ``single`` is one dated unit whose leads look back: they tell of a day
    more than ``bars.near_days`` before its own publication, and that day is more than
    ``bars.near_days`` before every day ``other``'s leads state and its first
    publication.

    A day's report tells of its day and of the night or the day before ("rain since
    Sunday night flooded ..."), all within the near days of its publication; a piece
    whose lead goes further back is written looking back: a round-up or a chronology
    ("two fires in one week", a week of one club's transfers), coverage of several
    happenings and not one day's report of this one; it retells each happening's main
    report as closely as that report's own coverage does. It is not tried with the
    day's reports (:func:`_near_clusters`), and it merges under the general average
    only, even on a pair link (:func:`_may_merge`). The day before a report's own is no
    look-back: measured against the story's days alone, a report telling of the night
    before its publication counted as a round-up of the next day's follow-up, and one
    flood's report and its follow-up a day later stayed apart. An undated piece has no
    publication to look back from and is left to the undated bars.
    """
    if len(single.units) != 1 or single.last_start is None or _followed_up(single, other):
        return False
    looked_back = [d for d in single.days if d < single.last_start - bars.near_days]
    firsts = [*other.days, *([] if other.first_end is None else [other.first_end])]
    return bool(looked_back and firsts) and min(looked_back) < min(firsts) - bars.near_days


def _single_span(single: _Cluster, other: _Cluster) -> int:
    """The days a lone unit's near bar is measured over when it joins ``other``: from
    the story's nearest report when its lead states its own publication day
    (:func:`_tells_own_day`) or when ``other``'s leads point back to its day
    (:func:`_followed_up`), else the span of the two together.

    A story runs on: its second day's reports merge into it, and an analysis or a
    feature on its third day that says "on Wednesday" of its own Wednesday is as near
    that second day's reports as a reaction piece is to the first. Measured from the
    story's first report it got the general bars and stayed alone. A piece whose lead
    tells of an earlier day (a round-up the day after, recalling the event's day), and a
    piece telling of no day on a story of one day, keep the whole span: measured from
    the latest report they widened one-day stories (see :func:`_recalls_running_story`
    for a story running over days). An event's first report whose follow-ups (the
    evacuation ordered the next day, the families' piece the day after) say their news
    follows the happening of its day is the report they follow up: it is as near their
    first report as that report is to it, however many days they run on.
    """
    followed = _followed_up(single, other)
    if (_tells_own_day(single) or followed or _recalls_running_story(single, other)) and (
        other.first_end is not None and other.last_start is not None
    ):
        day = single.last_start  # dated to the day: its interval is that one day
        return max(0, day - other.last_start, other.first_end - day) if day is not None else 0
    ends = [e for e in (single.first_end, other.first_end) if e is not None]
    starts = [s for s in (single.last_start, other.last_start) if s is not None]
    return max(starts) - min(ends) if ends and starts else 0


def _recalls_running_story(single: _Cluster, other: _Cluster) -> bool:
    """Whether ``single`` is one unit dated to the day whose leads tell of no day, or of
    ``other``'s opening day and of no day ``other``'s leads do not state, ``other`` a
    story already running over more than one day.

    The analysis on a story's third day opens on the happening itself ("the closure on
    Thursday", the story's first day): it is about this story, published the day after
    its latest reports, as near to them as a reaction piece is. So is the piece that
    states no day at all - an editorial, an analysis, the lessons drawn the day after a
    rescue: a story still running is still being written about, and such pieces follow
    its latest reports by a day (the annotated sets put every one of them in its story).
    A piece whose lead walks through two or more days in forms
    :func:`~warta.analyze.stories.lead_days` leaves out ("Rabu, ... Sabtu, ...", "pada 3
    Maret ... 19 Maret") states no day of the story but is a chronology, a
    round-up of several happenings (:func:`warta.analyze.story_chronicles.lead_chronicle`),
    and is no such piece. A piece telling only of a later day of the story (a round-up of
    yesterday's news) and any piece on a story of one day keep the whole span
    (:func:`_single_span`).
    """
    if len(single.units) != 1 or not single.day_dated:
        return False
    if other.first_end is None or other.last_start is None or other.last_start <= other.first_end:
        return False
    if not single.days:
        # About the story, on no day of it: as near as its latest report, unless its
        # lead walks through days of its own (a round-up of two happenings).
        return not single.chronicle
    return bool(other.days) and min(other.days) in single.days and single.days <= other.days


def _tells_own_day(single: _Cluster) -> bool:
    """Whether ``single`` is one unit dated to the day whose lead states that day
    ("Rabu (3/12/2025)" in Wednesday's paper): a report of its own day's news."""
    return (
        len(single.units) == 1
        and single.day_dated
        and single.last_start is not None
        and single.last_start in single.days
    )


def _single_bar(
    single: _Cluster, span: int, bars: Bars, *, follows: bool = False, in_town: bool = False
) -> float:
    """The average a single unit needs to join a cluster it has a candidate link to.

    An event's coverage splits into a main group and lone pieces told from another
    angle (the reaction to a match, a company's statement the next day, an undated
    profile): each shares less with the group as a whole than the group's members share
    with each other, yet it has a candidate link into the group and is closer to it than
    distinct events of one topic are (see the settings notes). A lone piece dated to the
    day within ``near_days`` of the whole group joins at ``near_single_cosine``; an
    undated one, which no date window bounds, at the higher ``undated_single_cosine``,
    or at ``near_single_cosine`` when its lead names the group's town (``in_town``,
    :func:`_shares_town`); a
    follow-up dated to the day further on whose lead tells of a day after the story's
    (``follows``, :func:`_tells_later_day`: the find on a search's fourth day, a suspect
    named three days after the crash), or the first report of the day a later story's
    leads start from (:func:`_first_report_of`), or a finding stating no day a day or two
    after a running story of its kind in its town (:func:`_follows_running_happening`: a
    laboratory's result), its candidate link holding it within
    ``max_gap_days``, at ``later_single_cosine``. Merged one day's reports first
    (:func:`_near_clusters`), such a follow-up meets the whole day's story instead of
    the one report it is closest to. Everything else keeps the general bars (see also
    :func:`_earlier_single`).
    """
    if single.first_end is None:
        return bars.near_single_cosine if in_town else bars.undated_single_cosine
    if single.day_dated and span <= bars.near_days:
        return bars.near_single_cosine
    if single.day_dated and follows:
        return bars.later_single_cosine
    return 1.0


def _shares_town(single: _Cluster, other: _Cluster) -> bool:
    """Whether ``single``'s leads and every lead of ``other`` naming a place name one
    regency or city in common (the capital's left out), or ``single``'s leads name a
    village, ward or district any lead of ``other`` names (a story's reports name the
    village unevenly; the piece naming it is tied to the story's ground).

    An undated feature (a survivor's night, a trader's losses) has no day to bring it
    the near-single bar, and the undated bar asks more of it than its angle shares with
    the reports' words. The town its lead names, named by every report of the story
    that names a place, places it as a day would: an undated piece naming a town of a
    story joins at ``near_single_cosine``. Two events of one town are still told apart
    by the candidate link it needs (a town link that would join two groups is dropped,
    :func:`_town_links_kept`) and by the order it is tried in (its closest dated
    report's story first, :func:`_order_score`). A piece whose lead names no place and
    whose text names a village or ward of the story's leads without its kind
    (:func:`_bare_village_happening`) is placed by it as well.
    """
    if _below(single.places or frozenset()) & other.below:
        return True  # a village or district any report of the story names
    if not single.places and len(single.units) == 1:
        villages = [v[len(VILLAGE_MARK) :] for v in _villages(other.below)]
        if names_village(single.tfidf.indices.tolist(), villages):
            return True  # the story's village, named bare
    return bool(_regencies(single.places or frozenset()) & _regencies(other.places or frozenset()))


def _tells_later_day(single: _Cluster, other: _Cluster) -> bool:
    """Whether ``single``'s leads state days, all after every day ``other``'s leads state
    and its first publication: the mirror of :func:`_earlier_single`.

    A follow-up tells what happened next ("Rian was found alive on Tuesday"); a round-up
    or an explainer written days later tells of the story's own days, or of none, and
    covers other happenings too (a week of one province's news): it gets no lowered bar
    for being later. A follow-up naming the happening's own day beside its news ("the
    two suspects in Friday night's stabbing were caught on Sunday") still tells what
    happened next: the story's first day (the earliest its leads state or it was
    published on) is left out of the comparison, no other of the story's days.
    """
    if len(single.units) != 1 or not single.days:
        return False
    firsts = [*other.days, *([] if other.first_end is None else [other.first_end])]
    if not firsts:
        return False
    told = single.days - {min(firsts)}  # the happening's own day, recalled beside the news
    return bool(told) and min(told) > max(firsts)


def _follows_running_happening(single: _Cluster, other: _Cluster, bars: Bars) -> bool:
    """Whether ``single`` is one unit dated to the day whose lead states no day, published
    after ``other``'s latest report and at most ``bars.scene_days`` after it, ``other`` a
    story of reports dated to the day running over more than one day, every lead of both
    telling one kind of happening (:func:`warta.analyze.story_scenes.lead_happenings`)
    and naming one regency or city in common.

    A happening's findings come days after its coverage began: the laboratory's result
    on the meal that poisoned the pupils, the audit of the kitchen, the autopsy. Such a
    piece opens on the happening itself - its kind, its town, its toll - and gives its
    own day only with the first quote's attribution, further down: its lead tells no
    day, as an analysis on a running story does (:func:`_recalls_running_story`), but
    two days on, beyond the near days that piece is measured by. Its kind and its town
    tie it to the story's reports as they tie one happening's first days together
    (:func:`_one_happening_throughout`); it joins at the follow-up's bar
    (``later_single_cosine``). Another happening of that kind in the town opens its
    first report on its own day, and districts named apart keep the general bar
    (:func:`_other_places`, tried before).
    """
    if len(single.units) != 1 or not single.day_dated or single.days or single.chronicle:
        return False
    if not other.day_dated or other.first_end is None or other.last_start is None:
        return False
    day = single.last_start
    if day is None or other.last_start <= other.first_end:
        return False  # a story of one day: no running story to follow
    if not other.last_start < day <= other.last_start + bars.scene_days:
        return False
    if not single.happenings & other.happenings:
        return False
    return bool(_regencies(single.places or frozenset()) & _regencies(other.places or frozenset()))


def _first_report_of(single: _Cluster, other: _Cluster) -> bool:
    """Whether ``single`` is one unit dated to the day whose lead states its own day
    (:func:`_tells_own_day`), published before every report of ``other``, and that day
    is the first day ``other``'s leads state, with no day of its own they do not: the
    mirror of a follow-up telling a later day (:func:`_tells_later_day`).

    A happening's follow-ups two or three days on (the suspect's network named at the
    police's press conference, the agency's count of such cases) open on the happening
    and its day ("the courier caught at the border post on Saturday (12/4)"): that day
    is what they follow. Its first report, stating that same day, is the report they
    follow up, however far on they run within the date window; it joins them at the
    follow-up's bar (``later_single_cosine``) instead of the general one. A piece of
    another happening of the town tells a day of its own that their leads do not start
    from, and keeps the general bar.
    """
    if not _tells_own_day(single) or other.first_end is None or not other.days:
        return False
    day = single.last_start
    return (
        day is not None
        and day < other.first_end
        and day == min(other.days)
        and (single.days <= other.days)
    )


def _merge(a: _Cluster, b: _Cluster) -> None:
    """Fold ``b`` into ``a``."""
    a.units.extend(b.units)
    a.tfidf = a.tfidf + b.tfidf
    ends = [e for e in (a.first_end, b.first_end) if e is not None]
    starts = [s for s in (a.last_start, b.last_start) if s is not None]
    a.first_end = min(ends) if ends else None
    a.last_start = max(starts) if starts else None
    a.day_dated = a.day_dated and b.day_dated
    a.results = a.results | b.results
    a.days = a.days | b.days
    # A lead naming only villages places its unit in no province: the story's places stay
    # those of its placed leads (_placed).
    a_places = None if _below_only(a.places) else a.places
    b_places = None if _below_only(b.places) else b.places
    a.places = (
        b_places if a_places is None else a_places if b_places is None else (a_places & b_places)
    )
    a.below = a.below | b.below
    a.outcome = a.outcome or b.outcome
    a.chronicle = a.chronicle or b.chronicle
    a.dated.extend(b.dated)
    a.names = a.names | b.names
    a.tied = a.tied | b.tied
    a.recalled = a.recalled | b.recalled
    a.scenes = a.scenes & b.scenes
    a.happenings = a.happenings & b.happenings
    a.partial = a.partial or b.partial
    a.version += 1
