"""Find a multi-word name at a known position without compiling a pattern per name.

Alias resolution (:mod:`warta.nlp.entities.aliases`) looks for every full name of an
article again at each place its first word is written ("Moon-Jae-in", "MOON Jae In" for
"Moon Jae-in"). It used to compile one regular expression per name and article::

    re.compile(r"(?i:" + r"[\\s-]+".join(map(re.escape, key)) + r")(?!\\w)")

which cost ~3 real compilations per article and, through Python's 512-entry pattern
cache, evicted the module-level patterns of every other stage (19,762 compilations in a
1,000-article build). :func:`match_name` gives the same matches with plain string
comparisons: the caller already knows the candidate starts, so no automaton is needed,
and nothing is built, cached or rebuilt per name.

>>> text = "Moon-Jae-in dan MOON jae in, bukan Moon Jaeinah."
>>> key = ("moon", "jae", "in")
>>> [(s, match_name(text, s, key)) for s in (0, 16, 35)]
[(0, 11), (16, 27), (35, None)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

__all__ = ["match_name"]


def match_name(text: str, start: int, key: Sequence[str]) -> int | None:
    """Where the name ``key`` written at ``start`` ends in ``text``, or ``None``.

    ``key`` holds the words of a name, none empty and none containing whitespace or
    "-" (the words of :func:`~warta.nlp.entities.names.name_key`). The result equals
    ``m.end()`` of ``re.match(r"(?i:w1[\\s-]+w2...[\\s-]+wn)(?!\\w)", text[start:])``
    shifted by ``start`` (``None`` where it does not match): each word matched letter
    by letter ignoring case as :mod:`re` does, words separated by a run of whitespace
    and hyphens, the last word not followed by a word character.
    """
    size = len(text)
    pos = start
    for i, word in enumerate(key):
        if i:
            # The separator run is greedy with nothing to give back: a key word never
            # starts with whitespace or "-", so the regex never backtracks into it.
            sep = pos
            while sep < size and (text[sep].isspace() or text[sep] == "-"):
                sep += 1
            if sep == pos:
                return None
            pos = sep
        end = pos + len(word)
        if end > size or not _same_ignoring_case(text[pos:end], word):
            return None
        pos = end
    # (?!\w): str.isalnum() is re's Unicode \w without the underscore.
    if pos < size and (text[pos].isalnum() or text[pos] == "_"):
        return None
    return pos


def _same_ignoring_case(written: str, word: str) -> bool:
    """Whether ``written`` matches the literal ``word`` under :data:`re.IGNORECASE`.

    Both strings have the same length: re compares one character of the text with one
    of the pattern (never "ß" with "ss").
    """
    if written == word:
        return True
    if written.isascii() and word.isascii():
        # For ASCII both ways re's case folding is lower() on each side.
        return written.lower() == word.lower()
    return all(
        a == b or _letter(b).fullmatch(a) is not None for a, b in zip(written, word, strict=True)
    )


@functools.cache
def _letter(char: str) -> re.Pattern[str]:
    """``char`` as a case-insensitive pattern: re's own rules for the rare non-ASCII pair
    ("ſ" and "s", "ı" and "I"). One compilation per distinct character, kept here so
    the regex cache cannot evict it."""
    return re.compile(re.escape(char), re.IGNORECASE)
