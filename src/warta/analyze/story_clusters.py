"""Average-link clustering of story units under a date window.

:func:`agglomerate` is the clustering step of :mod:`warta.analyze.stories`. Single
links (the connected components of "these two articles are alike") chain a topic's
events into one story through one bridging article at a time; an undated article, which
no date window can stop, bridges years. Here a story grows only when two clusters are
alike *as wholes*:

1. a pair of units is a **candidate link** when it passes the pair test (TF-IDF cosine,
   the lower bar with shared entities, or e5) and, if both are dated, their dates are at
   most ``max_gap_days`` apart;
2. clusters start as single units and merge greedily, the most similar candidate pair
   of clusters first (average TF-IDF cosine over all their cross pairs), when
   * at least one cross pair is a candidate link,
   * the **average** TF-IDF cosine of all cross pairs reaches ``average_cosine``, so an
     article joins a story only when it is close to the story as a whole, not to one
     member (e5 helps find candidate links and merge two single units, never to grow
     a cluster: see :func:`_may_merge`), and
   * the dated units of the merged cluster lie at most ``max_span_days`` apart (a
     partial date counts by the days it covers, so "2019-04" is within a day of
     2019-04-30).

Two single units merge on the pair test alone (their candidate link); the average
decides from the first merge of a cluster of two or more on. The average of the cross
cosines of two clusters is the dot product of their summed (L2-normalised) TF-IDF rows
divided by the product of their sizes, so it costs one sparse dot product, not a loop
over pairs.

Deterministic: units come sorted by key, ties break on the smaller unit index, and every
sum is taken in merge order, so the result depends only on the set of units.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse


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


@dataclass(frozen=True, slots=True)
class UnitView:
    """What the clustering reads of a unit: its date interval (ordinal days) and entities."""

    interval: tuple[int, int] | None
    entities: frozenset[str]


@dataclass(slots=True)
class _Cluster:
    units: list[int]
    tfidf: sparse.csr_matrix  # sum of the members' normalised rows (1 x features)
    first_end: int | None  # smallest interval end among dated members
    last_start: int | None  # largest interval start among dated members
    version: int = 0


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
    """Unit pairs ``(i, j, tfidf cosine)``, ``i < j``, that pass the pair test."""
    sims = (x @ x.T).tocoo()
    floor = min(bars.entity_link_cosine, bars.e5_tfidf_floor) if e5 is not None else (
        bars.entity_link_cosine
    )
    keep = (sims.row < sims.col) & (sims.data >= floor)
    rows, cols = sims.row[keep].tolist(), sims.col[keep].tolist()
    out = []
    for i, j, s in sorted(zip(rows, cols, sims.data[keep].tolist(), strict=True)):
        if _gap(units[i].interval, units[j].interval) > bars.max_gap_days:
            continue
        shared = len(units[i].entities & units[j].entities)
        if (
            s >= bars.link_cosine
            or (s >= bars.entity_link_cosine and shared >= bars.min_shared_entities)
            or (e5 is not None and float(e5[i] @ e5[j]) >= bars.e5_link_cosine)
        ):
            out.append((i, j, float(s)))
    return out


def agglomerate(
    units: Sequence[UnitView],
    x: sparse.csr_matrix,
    e5: npt.NDArray[np.float64] | None,
    bars: Bars,
) -> list[list[int]]:
    """Clusters of unit indexes (each sorted), by average link under the date window.

    ``x`` holds one L2-normalised TF-IDF row per unit, ``e5`` one normalised e5 row per
    unit (or ``None``). See the module docstring for the merge rule.
    """
    x = sparse.csr_matrix(x)
    clusters: dict[int, _Cluster] = {}
    for i, unit in enumerate(units):
        iv = unit.interval
        clusters[i] = _Cluster(
            [i],
            x[i],
            None if iv is None else iv[1],
            None if iv is None else iv[0],
        )
    neighbours: dict[int, set[int]] = {i: set() for i in clusters}
    heap: list[tuple[float, int, int, int, int]] = []
    for i, j, s in candidate_links(units, x, e5, bars):
        neighbours[i].add(j)
        neighbours[j].add(i)
        heapq.heappush(heap, (-s, i, j, 0, 0))
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
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
            score = _average(ca.tfidf, cc.tfidf, len(ca.units), len(cc.units))
            heapq.heappush(heap, (-score, lo, hi, clusters[lo].version, clusters[hi].version))
    return [sorted(c.units) for _, c in sorted(clusters.items())]


def _average(a: sparse.csr_matrix, b: sparse.csr_matrix, na: int, nb: int) -> float:
    return float(a.multiply(b).sum()) / (na * nb)


def _may_merge(a: _Cluster, b: _Cluster, bars: Bars) -> bool:
    ends = [e for e in (a.first_end, b.first_end) if e is not None]
    starts = [s for s in (a.last_start, b.last_start) if s is not None]
    if ends and starts and max(starts) - min(ends) > bars.max_span_days:
        return False
    na, nb = len(a.units), len(b.units)
    if na == nb == 1:
        return True  # a candidate link between two units: the pair test passed
    # e5 links single units only: e5 cosines bunch high for any two texts on one topic,
    # so their average over two clusters stays above the e5 bar for distinct events of
    # one dispute a fortnight apart (the synthetic corpus: a WTO ruling and the appeal
    # twelve days later merged). Clusters grow on the TF-IDF average alone.
    return _average(a.tfidf, b.tfidf, na, nb) >= bars.average_cosine


def _merge(a: _Cluster, b: _Cluster) -> None:
    """Fold ``b`` into ``a``."""
    a.units.extend(b.units)
    a.tfidf = a.tfidf + b.tfidf
    ends = [e for e in (a.first_end, b.first_end) if e is not None]
    starts = [s for s in (a.last_start, b.last_start) if s is not None]
    a.first_end = min(ends) if ends else None
    a.last_start = max(starts) if starts else None
    a.version += 1
