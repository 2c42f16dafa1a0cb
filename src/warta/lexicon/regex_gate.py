"""Regular expressions searched cheaply, with the same outcome.

The line classifier's largest patterns (calls to action, reader notes) are alternations
of dozens of phrases, most of them anchored at the line's start. ``pattern.search`` tries
every alternative at every position of a long paragraph, and nearly every line of a
story matches none. :class:`GatedSearch` answers the same question - does ``pattern``
match anywhere in the text? - in two parts:

- the alternatives anchored with ``^`` can only match at the start: they are tried
  there alone (``match``);
- the others are searched only when the text holds one of the literal words that each
  of them needs to match at all (:func:`required_literals`, read off the parsed pattern,
  so a new alternative can never be skipped by a word list that forgot it: an
  alternative with no such word leaves the search ungated).

The outcome is the pattern's, line for line: the gate only skips a search that cannot
succeed (see :meth:`GatedSearch.found_in` for the case-folding argument).

:class:`WordGated` does the same for a pattern scanned over a whole article: the entity
and quote layers look for constructions that each need a word few articles write
("sapaan akrab", "dikenal sebagai"); an article without any of the words is not scanned.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = [
    "CASE_TWINS",
    "GatedSearch",
    "WordGated",
    "may_hold",
    "required_literals",
    "top_level_alternatives",
]

# The re module's own parser (sre_parse until 3.10, which warns on import since 3.11):
# reading the parsed pattern is what makes the gate's words provably required.
_sre: Any = importlib.import_module("re._constants")
_sre_parse: Any = importlib.import_module("re._parser")

#: The only characters beyond ASCII that a case-insensitive pattern matches to an ASCII
#: letter (dotted and dotless i, long s, Kelvin sign): ``str.lower`` does not map them to
#: the ASCII letter, so a text holding one is always searched in full. Verified over
#: every code point by tests/clean/test_regex_gate.py.
CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")

# A back reference by number or a conditional group: numbers a split would shift.
_NUMBERED_REFERENCE_RE = re.compile(r"\\[1-9]|\(\?\(")
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None))


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of ``source`` split at its top-level bars (not inside groups,
    character classes or escapes).

    >>> top_level_alternatives(r"^a(?:b|c)|[|]d|e\\|f")
    ['^a(?:b|c)', '[|]d', 'e\\\\|f']
    """
    alternatives: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            # "]" first in a class ("[]...]", "[^]...]") is a literal, not its end.
            i += 2 if source[i + 1 : i + 2] == "]" else 3 if source[i + 1 : i + 3] == "^]" else 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append(source[start:i])
            start = i + 1
        i += 1
    alternatives.append(source[start:])
    return alternatives


def required_literals(source: str, flags: int) -> frozenset[str] | None:
    """Lower-case literals one of which every match of ``source`` contains, or ``None``
    when none can be shown (an alternative made of classes and optional parts only).

    >>> sorted(required_literals(r"\\b(?:unduh|download)\\s+aplikasi", re.I))
    ['aplikasi']
    >>> required_literals(r"^\\s*\\d+$", 0) is None
    True
    """
    found = _sequence(_sre_parse.parse(source, flags))
    if found is None or not all(word.isascii() for word in found):
        return None  # a word beyond ASCII could match a case twin: no gate
    return frozenset(found)


def _sequence(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """The best requirement of a sequence: of its items' requirements (a run of literals
    is one), the one whose shortest word is longest, so the gate passes fewest lines."""
    options: list[set[str]] = []
    run = ""
    for op, arg in items:
        if op is _sre.LITERAL:
            run += chr(arg).lower()
            continue
        if run:
            options.append({run})
            run = ""
        need = _item(op, arg)
        if need:
            options.append(need)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda words: (min(map(len, words)), -len(words)))


def _item(op: Any, arg: Any) -> set[str] | None:
    """What one parsed item requires: a group what its content does, a branch the union
    of what every branch does (if each requires something), a repeat of at least one
    what its content does; anything else (classes, anchors, lookarounds) nothing."""
    if op is _sre.SUBPATTERN:
        return _sequence(arg[-1])
    if op is _sre.BRANCH:
        branches = [_sequence(branch) for branch in arg[1]]
        if any(need is None for need in branches):
            return None
        return set().union(*(need for need in branches if need is not None))
    if op in _REPEATS:
        low, _high, content = arg
        return _sequence(content) if low >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(arg)
    return None


def _splittable(pattern: re.Pattern[str]) -> bool:
    """Whether the alternatives can be compiled apart: not where "^" holds after every
    newline, comments may hold a bar, or a split would shift the groups' numbers."""
    if pattern.flags & (re.MULTILINE | re.VERBOSE):
        return False
    return not _NUMBERED_REFERENCE_RE.search(pattern.pattern)


def _fewest(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` without those holding another: a word holding another is found whenever
    the other is, so the shorter one does."""
    words = set(words)
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


class GatedSearch:
    """``pattern.search(text) is not None``, answered without trying most alternatives
    at most positions (see the module docstring)."""

    __slots__ = ("_anchored", "_floating", "_words", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        anchored: list[str] = []
        floating = [pattern.pattern]
        if _splittable(pattern):
            alternatives = top_level_alternatives(pattern.pattern)
            anchored = [alt for alt in alternatives if alt.startswith("^")]
            floating = [alt for alt in alternatives if not alt.startswith("^")]
        self._anchored = re.compile("|".join(anchored), pattern.flags) if anchored else None
        self._floating = re.compile("|".join(floating), pattern.flags) if floating else None
        self._words: tuple[str, ...] | None = None
        if floating:
            needs = [required_literals(alt, pattern.flags) for alt in floating]
            if all(need is not None for need in needs):
                self._words = _fewest(set().union(*(n for n in needs if n is not None)))

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches somewhere in ``text``.

        The gate is exact: each floating alternative needs one of the words, matched
        case-insensitively (or, in a case-sensitive part, exactly). A text of ASCII and
        of characters that match no ASCII letter (all but :data:`CASE_TWINS`) holds such
        a match only where ``text.lower()`` holds the word."""
        if self._anchored is not None and self._anchored.match(text):
            return True
        if self._floating is None:
            return False
        return may_hold(self._words, text) and self._floating.search(text) is not None


def may_hold(words: tuple[str, ...] | None, text: str) -> bool:
    """Whether ``text`` may hold a match that needs one of ``words`` (lower-case, ASCII:
    :func:`required_literals`); ``None`` (no words known) always may.

    Exact in the direction that matters: a text of ASCII and of characters that match no
    ASCII letter (all but :data:`CASE_TWINS`) holds such a match only where
    ``text.lower()`` holds the word; a text with a case twin is always searched."""
    if words is None:
        return True
    lowered = _folded(text)
    return lowered is None or any(word in lowered for word in words)


# Several gates ask of one text in turn (a line's labels, an article's entity rules).
@functools.lru_cache(maxsize=16)
def _folded(text: str) -> str | None:
    """``text.lower()``, or ``None`` when ``text`` holds a case twin (no gate then)."""
    # Four substring searches: CASE_TWINS.isdisjoint(text) reads the text a character
    # object at a time, fifty times slower on an article.
    if not text.isascii() and any(twin in text for twin in CASE_TWINS):
        return None
    return text.lower()


class WordGated:
    """``pattern.finditer`` and ``pattern.search`` over whole texts, skipping a text that
    holds none of the words every match of ``pattern`` needs (:func:`required_literals`
    of the whole pattern; a pattern with no such words is always scanned).

    >>> gated = WordGated(re.compile(r"[A-Z]\\w+, (?:yang )?akrab disapa"))
    >>> gated.words
    ('akrab disapa',)
    >>> [m.group() for m in gated.finditer("Budi, akrab disapa Bud, tiba.")]
    ['Budi, akrab disapa']
    >>> gated.search("Budi tiba.") is None
    True
    """

    __slots__ = ("regex", "words")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        words = required_literals(regex.pattern, regex.flags)
        self.words = _fewest(words) if words else None

    @property
    def groupindex(self) -> Mapping[str, int]:
        """The pattern's group names, as ``regex.groupindex``."""
        return self.regex.groupindex

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``regex.finditer(text)``; nothing, without a scan, when no word is in ``text``."""
        return self.regex.finditer(text) if may_hold(self.words, text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        """``regex.search(text)``; ``None``, without a scan, when no word is in ``text``."""
        return self.regex.search(text) if may_hold(self.words, text) else None
