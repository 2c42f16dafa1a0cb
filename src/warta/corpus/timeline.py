"""The cross-article timeline: dated events of every article, merged across copies.

The events come re-anchored from :mod:`warta.corpus.dates`; the assembly itself (event
clustering, ordering, period nesting) is :func:`warta.analyze.timeline.build_timeline`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from warta.analyze.timeline import build_timeline
from warta.corpus.dates import Dated
from warta.records import Event, TimelineEntry


def timeline_of(
    dated: Mapping[str, Dated], group_of: Mapping[str, str | None]
) -> list[TimelineEntry]:
    """Timeline entries for the articles in ``dated``; copies in one group count once."""
    events: dict[str, Sequence[Event]] = {k: d.article.events for k, d in dated.items()}
    return build_timeline(events, group_of)
