"""Per-article language analysis stages: entities, time expressions, quotes, events.

:func:`default_stages` lists them in their declared order for :mod:`warta.pipeline`.
"""

from __future__ import annotations

from warta.pipeline import Stage


def default_stages() -> list[Stage]:
    """The analysis stages every build runs, in order."""
    return []
