"""Speaker phrases: who a reporting cue attributes speech to, parsed from the words
around it.

The parsers behind :mod:`warta.nlp.quotes.extract`, over the lexicon of
:mod:`warta.nlp.quotes.cues`:

* :func:`parse_phrase` - a short phrase: a pronoun, a (titled) name, an organisation, an
  unnamed source or a description ("Menteri Keuangan itu").
* :func:`parse_subject` - the subject before a subject-first cue ("Budi Santoso, mantan
  duta besar ..., mengatakan"), appositives on either side of the name.
* :func:`parse_after` - the speaker after a verb-first cue ("kata Profesor Siti Rahayu
  dari ..."), and the text left over.

Each returns a :class:`Who` (or ``None`` when the words name no speaker): the name with
titles stripped, the role, whether it is an organisation or points back to an earlier
speaker, and where the name starts in the parsed string.

This module is the surface the quote layer imports; the work is in
:mod:`~warta.nlp.quotes.who` (the record), :mod:`~warta.nlp.quotes.phrase`,
:mod:`~warta.nlp.quotes.subject` and :mod:`~warta.nlp.quotes.after` (the three
parsers), :mod:`~warta.nlp.quotes.segments` (comma segments before a subject),
:mod:`~warta.nlp.quotes.people` (people described, unnamed sources, bare offices) and
:mod:`~warta.nlp.quotes.wording` (text helpers).
"""

from __future__ import annotations

from warta.nlp.quotes.after import parse_after
from warta.nlp.quotes.people import (
    CASE_ROLES,
    MANNER_ADVERBS,
    TEAM_NOUNS,
    bare_office,
    is_collective,
    is_people,
    is_unnamed_source,
    points_to_unnamed,
)
from warta.nlp.quotes.phrase import parse_phrase
from warta.nlp.quotes.subject import parse_subject
from warta.nlp.quotes.who import Who

__all__ = [
    "CASE_ROLES",
    "MANNER_ADVERBS",
    "TEAM_NOUNS",
    "Who",
    "bare_office",
    "is_collective",
    "is_people",
    "is_unnamed_source",
    "parse_after",
    "parse_phrase",
    "parse_subject",
    "points_to_unnamed",
]
