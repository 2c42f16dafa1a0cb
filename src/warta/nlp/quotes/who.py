"""The parsed speaker phrase: :class:`Who`, the record every speaker parser returns.

A name with its titles stripped, the role, whether it is a body or points back to an
earlier speaker, and where the name starts in the parsed string. No parsing here; the
parsers are :func:`~warta.nlp.quotes.phrase.parse_phrase`,
:func:`~warta.nlp.quotes.subject.parse_subject` and
:func:`~warta.nlp.quotes.after.parse_after` (all re-exported by
:mod:`warta.nlp.quotes.speakers`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Who:
    """A parsed speaker phrase.

    ``name`` is the surface name with titles stripped (``None`` for pronouns, definite
    descriptions and unnamed sources); ``anaphor`` says the phrase refers back to an
    earlier speaker ("dia", "-nya", "Menteri Keuangan itu"); ``offset`` is where ``name``
    starts inside the parsed string (``-1`` when there is no name).
    """

    name: str | None
    role: str | None = None
    org: bool = False
    anaphor: bool = False
    offset: int = -1

    @property
    def usable(self) -> bool:
        """True when the phrase names or points back to someone (not "seorang sumber")."""
        return self.name is not None or self.anaphor


_ANAPHOR = Who(None, anaphor=True)


_DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
