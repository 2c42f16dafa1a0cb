"""A word list as a regular expression alternation that the ``re`` engine tries fast.

``"|".join(map(re.escape, words))`` makes ``re`` enter every branch at every position it
tries: a list of 160 titles costs 160 branch attempts at each word of an article, most of
the time of a pattern that scans the whole text (the holder-after-office pattern of
:mod:`warta.nlp.entities.untagged` took about 0.5 ms an article that way).
:func:`alternation` groups the words by their first letter, ``a(?:jun|...)|b(?:...)``, so
at a position only the branch of that letter goes on.

The match is the plain alternation's, position for position and group for group: ``re``
tries branches in order and takes the first that lets the whole pattern match; a branch
whose first letter is not the text's fails at once, so grouping only drops attempts that
could not match, and within a letter the words keep their order (longest first stays
longest first).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]


def alternation(words: Iterable[str]) -> str:
    """The regex source matching any of ``words`` (literals, escaped here), tried in the
    given order, grouped by first letter. Wrap it in a group (and ``(?i:...)`` for
    case-insensitive use) as you would the plain ``"|".join``.

    >>> alternation(["Wakil Presiden", "Wali", "Wakil", "Bupati"])
    'W(?:akil\\\\ Presiden|ali|akil)|Bupati'
    >>> re.fullmatch(f"(?i:{alternation(['Wakil', 'Bupati'])})", "wakil") is not None
    True
    """
    words = list(words)
    if not all(word[:1].isascii() and word for word in words):
        # A first letter beyond ASCII may match an ASCII one under re.IGNORECASE (the long
        # s, the Kelvin sign): its branch could not be put in a group of its own without
        # changing the order; an empty word matches everywhere. Plain, then.
        return "|".join(re.escape(word) for word in words)
    # Grouped by the lower-case first letter: under re.IGNORECASE "W" and "w" start the
    # same words, and the groups of other letters never match at the same position.
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(word)
    return "|".join(_group(members) for members in groups.values())


def _group(words: list[str]) -> str:
    """``F(?:rest|rest...)`` for words opening with the same letter ``F``, in the given
    order; words of one letter in both cases stay plain branches (still in order)."""
    first = words[0][0]
    if len(words) == 1 or any(word[0] != first for word in words):
        return "|".join(re.escape(word) for word in words)
    rests = "|".join(re.escape(word[1:]) for word in words)
    return f"{re.escape(first)}(?:{rests})"
