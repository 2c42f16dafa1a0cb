"""A messaging channel's page: a WhatsApp or Telegram channel read in an app or a browser.

The page opens with the channel's head (its name, "Saluran · 3,4 jt pengikut", a follow
button, the channel's description), then lists posts under day separators ("14 MARET
2026", "KAMIS", "Hari ini"), each post closed by its clock ("16.05") and its reactions.
The story is the longest post; its day separator dates it. :func:`channel_posts` labels
the rest: the description ``byline``, the other posts ``related``, the other separators
``post-day``.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.clean import patterns as P
from warta.clean.blocks import Line
from warta.clean.dates import WEEKDAYS, is_date_only

__all__ = ["channel_posts"]

# The channel's description under its head: a few lines at most.
CHANNEL_HEAD_MAX_LINES = 6
_WEEKDAY_WORDS = frozenset({*WEEKDAYS, "ahad"})


def _is_day_separator(text: str) -> bool:
    """A chat's day separator: a date alone, a weekday alone, "Hari ini" or "Kemarin"."""
    bare = text.strip()
    return is_date_only(bare) or bare.lower() in _WEEKDAY_WORDS or bool(P.CHAT_DAY_RE.match(bare))


def _posts(lines: Sequence[Line], start: int) -> list[tuple[int | None, list[int]]]:
    """The posts from line ``start`` on: each its day separator's index (``None`` under
    the same day as the post before) and its lines' indices. A post ends at a separator
    or after its clock."""
    posts: list[tuple[int | None, list[int]]] = []
    separator: int | None = None
    current: list[int] = []
    for i in range(start, len(lines)):
        text = lines[i].text
        if _is_day_separator(text):
            if current:
                posts.append((separator, current))
            separator, current = i, []
        elif P.LIVE_STAMP_RE.match(text):
            posts.append((separator, [*current, i]))
            separator, current = None, []
        else:
            current.append(i)
    if current:
        posts.append((separator, current))
    return posts


def channel_posts(lines: Sequence[Line], labels: list[str | None]) -> None:
    """On a channel's page (its head, "Saluran · N pengikut", above two day separators at
    least), label everything but the longest post, in place: the channel's description
    ``byline``, the other posts' lines ``related``, the other posts' day separators
    ``post-day``. The longest post's separator becomes its ``dateline``. Any other page
    is left as it is."""
    head = next((i for i, line in enumerate(lines) if P.CHANNEL_HEAD_RE.match(line.text)), None)
    if head is None:
        return
    first = next((i for i in range(head + 1, len(lines)) if _is_day_separator(lines[i].text)), None)
    if first is None or first - head > CHANNEL_HEAD_MAX_LINES:
        return
    posts = _posts(lines, first)
    if sum(separator is not None for separator, _ in posts) < 2:
        return

    def story_words(post: tuple[int | None, list[int]]) -> int:
        return sum(lines[i].words for i in post[1] if labels[i] is None)

    story = max(posts, key=story_words)
    for i in range(head + 1, first):
        if labels[i] is None:
            labels[i] = "byline"  # the channel's description
    for separator, members in posts:
        if separator is not None:
            labels[separator] = "dateline" if separator == story[0] else "post-day"
        if (separator, members) == story:
            continue
        for i in members:
            if labels[i] in (None, "repeated"):
                labels[i] = "related"
