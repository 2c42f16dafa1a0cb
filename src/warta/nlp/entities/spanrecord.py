"""The working record of a candidate name span, and what the span modules share.

:class:`Span` is the mutable record of one candidate name (offsets, type, and what alias
resolution later learns about it); :class:`Covered` answers "does this range overlap a
kept span?" and :class:`ByStart` "which spans overlap this range?" in log time. The
regular expressions and word sets here are the name shapes every rule of
:mod:`warta.nlp.entities.spans` and its helper modules reads (capitalised words, titles
before a name, ranks, company openers).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from warta.nlp.entities.gazetteer import Place
from warta.nlp.entities.names import TITLE_HEAD
from warta.records import EntityType

_LEADING_TITLE = re.compile(rf"^(?:{TITLE_HEAD})\s+(?=[A-Z])")

_WHOLE_TITLE = re.compile(TITLE_HEAD)

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,11})\)")

_CAP_WORD = re.compile(r"\b[A-Z\u00C0-\u00DE][\w-]*")

_NAME_WORD = re.compile(r"[\w.'’-]+")

# A word of a long name before "(ACR)": single hyphens inside ("Bangsa-Bangsa"), but a
# dash ("CNN Indonesia--Badan Pusat Statistik") separates words.
_RUN_WORD = re.compile(r"[\w.'’]+(?:-[\w.'’]+)*")

_WORD = re.compile(r"\w+")

# Capitalised words joined by hyphens: "Biden-Xi" (a pair, unless the gazetteer knows it).
_COMPOUND = re.compile(r"[A-Z]\w*(?:-[A-Z]\w*)+")

# A lower-case word inside a person span is a verb or preposition the tagger swallowed,
# unless it is a particle of the name ("Abdul bin Ahmad", "Ludwig van Beethoven"). After
# an apostrophe inside a word it is that word's rest ("Syar'iyah", Arabic loans).
_LOWER_WORD = re.compile(r"(?<![\w-])(?<!\w['’])[a-z]{4,}(?![\w-])")

_NAME_PARTICLES = frozenset({"binti", "della", "dello", "delle", "degli"})

# A hyphen between two capitalised words of a person span: "Gus Ipul-Anas".
_NAME_HYPHEN = re.compile(r"\w-[A-Z]")

# "<ACR> <Name>" after a title (see _person_after_acronym).
_ACRONYM_WORD = re.compile(r"[A-Z]{2,5}")

_TITLE_BEFORE = re.compile(rf"(?<![\w.])(?:{TITLE_HEAD})\s+$")

_CORPS = frozenset({"TNI", "POLRI", "AU", "AD", "AL"})

_RANK_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]{2,}\s+$")

_CONNECTORS = frozenset("dan untuk dari di ke atas bagi serta and of for the".split())


@dataclass(slots=True)
class Span:
    start: int
    end: int
    type: EntityType
    place: Place | None = None
    entity: str | None = None
    titled: str | None = None  # the surface with its title or role, as one string
    unaddressed: str | None = None  # the surface without its form of address ("Mbah")
    attributes: list[str] = field(default_factory=list)
    role: tuple[str, str] | None = None  # (title, country) of a title+country prefix
    role_only: bool = False
    annotated: bool = False
    nested: bool = False  # a place inside an organisation's name; not in the coverage


class Covered:
    """Sorted, non-overlapping intervals with an overlap test (bisect)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.starts = [s.start for s in spans]
        self.ends = [s.end for s in spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class ByStart:
    """Spans sorted by start offset: the spans overlapping a stretch of text, found by
    bisection (spans are a name long, so only a few starts before it need a look)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = sorted(spans, key=lambda x: x.start)
        self._starts = [x.start for x in self._spans]
        self._longest = max((x.end - x.start for x in spans), default=0)
        self._removed: set[int] = set()

    def add(self, span: Span) -> None:
        i = bisect.bisect_right(self._starts, span.start)
        self._starts.insert(i, span.start)
        self._spans.insert(i, span)
        self._longest = max(self._longest, span.end - span.start)

    def remove(self, span: Span) -> None:
        self._removed.add(id(span))

    def overlapping(self, start: int, end: int) -> list[Span]:
        """The spans sharing a character with ``text[start:end]``."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [
            x
            for x in self._spans[lo:hi]
            if x.start < end and start < x.end and id(x) not in self._removed
        ]


#: Words that open an Indonesian company's name: a limited company, a partnership, a
#: regional or state public company.
_COMPANY_FIRST = frozenset({"PT", "CV", "Perumda", "Perum"})
