"""A reader's last visit, kept in a cookie, so the front page shows what is new since.

The cookie holds two store marks (:class:`~warta.store.queries.changes.Mark`) and a
time: the mark the current visit compares with (``since``), the mark of the latest
front-page view (``seen``) and when that view was. Views less than :data:`VISIT_GAP`
apart are one visit: the "new" list stays while the reader works through it. After a
longer gap a new visit starts, and what they saw last time becomes the comparison.
A first visit has nothing to compare with and shows no list. The cookie holds numbers
only; anything else in it is ignored, as if there were none.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from warta.store.queries.changes import Mark

COOKIE = "warta_visit"
#: Seconds between two front-page views that start a new visit.
VISIT_GAP = 30 * 60
#: How long the browser keeps the cookie (a year).
MAX_AGE = 365 * 24 * 3600
_VALUE = re.compile(r"^(\d{1,18})\.(\d{1,18})\.(\d{1,18})\.(\d{1,18})\.(\d{1,12})$")


@dataclass(frozen=True, slots=True)
class Visit:
    """``since``: what this visit compares with (None on a first visit); ``cookie``: the
    value to store now."""

    since: Mark | None
    cookie: str


def parse(value: str | None) -> tuple[Mark, Mark, int] | None:
    """``(since, seen, at)`` from a cookie value, or None when absent or not ours.

    >>> parse("10.2.15.3.1700000000")
    (Mark(article=10, firing=2), Mark(article=15, firing=3), 1700000000)
    >>> parse("<script>") is None
    True
    """
    m = _VALUE.match(value or "")
    if m is None:
        return None
    a, b, c, d, at = (int(g) for g in m.groups())
    return Mark(a, b), Mark(c, d), at


def visit(cookie: str | None, now_mark: Mark, now: float | None = None) -> Visit:
    """The comparison mark of this front-page view and the cookie to set."""
    at = int(time.time() if now is None else now)
    previous = parse(cookie)
    if previous is None:
        since = None
        baseline = now_mark
    else:
        old_since, seen, seen_at = previous
        since = old_since if at - seen_at < VISIT_GAP else seen
        baseline = since
    value = f"{baseline.article}.{baseline.firing}.{now_mark.article}.{now_mark.firing}.{at}"
    return Visit(since, value)
