"""Reporting-verb lexicon and speaker-name helpers for :mod:`warta.nlp.quotes.extract`.

Indonesian news attributes speech in two word orders, and the lexicon is split the
same way:

* **verb first** (inverted, after a quote or a reported clause): ``"...," kata Santoso``,
  ``..., ujarnya``, ``"...," jelas dia``. Several of these words are also ordinary
  adjectives or nouns (*jelas* "clear", *tambah* "more", *lanjut* "further"), so the
  quote module only accepts them right after a quote or a clause-ending comma and only
  when a speaker (a name, a pronoun or an ``-nya``) follows.
* **subject first**: ``Santoso mengatakan (bahwa) ...``, ``Rahayu berpendapat ...``.

Besides the lexicon: name-token helpers (:func:`split_title`, :func:`looks_like_org`, ...)
and the canonical names of speakers (:func:`resolve_names`). The parsers of the speaker
phrase around a cue (``Who``, ``parse_phrase``, ...) are in :mod:`warta.nlp.quotes.speakers`.

This module is the surface the quote layer imports; the code lives in four modules:

* :mod:`~warta.nlp.quotes.cue_verbs`: the reporting verbs by what they report, the
  passive cues and the compiled cue patterns; :func:`lex`;
* :mod:`~warta.nlp.quotes.speaker_words`: pronouns, document nouns, ministers, titles
  (of offices, of address, call names), heads of bodies and places, modifiers;
* :mod:`~warta.nlp.quotes.name_tokens`: a name's words told from titles, regions,
  countries and bodies (:func:`split_title`, :func:`looks_like_org`, ...);
* :mod:`~warta.nlp.quotes.name_finder`: full names in a text, the words an article
  writes in lower case, the canonical name of each speaker, a speaker cleaned.

>>> VERB_FIRST_RE.match("katanya").group("base")
'kata'
>>> split_title("Prof Santoso")
('Santoso', 'Prof')
"""

from __future__ import annotations

from warta.nlp.quotes.cue_verbs import (
    AGENCY_WORDS,
    ANNOUNCING_VERBS,
    ANSWERING_STEMS,
    ASKING_STEMS,
    ASKING_VERBS,
    CHALLENGE_VERBS,
    CLAIM_NOUNS,
    COMPLAINT_VERBS,
    DENIAL_VERBS,
    DIRECTIVE_VERBS,
    FORECAST_VERBS,
    INSCRIBING_VERBS,
    LEADING_PASSIVE_RE,
    ORG_REPORT_VERBS,
    PASSIVE_CUES,
    PROMISE_VERBS,
    QUOTE_SUBJECT_FIRST,
    QUOTE_VERB_FIRST,
    REBUTTAL_VERBS,
    SUBJECT_FIRST,
    SUBJECT_FIRST_RE,
    TELLING_VERBS,
    TRAILING_CUE_RE,
    TRAILING_PASSIVE_RE,
    VERB_FIRST,
    VERB_FIRST_RE,
    VIEW_VERBS,
    WEAK_CUES,
    WEAK_QUOTE_CUES,
    WEAK_SUBJECT_FIRST,
    lex,
)
from warta.nlp.quotes.name_finder import (
    DATELINE,
    NOMINAL,
    TRAILING_DEGREE,
    clean_speaker,
    common_words,
    full_names,
    resolve_names,
)
from warta.nlp.quotes.name_tokens import (
    country_words,
    is_initials,
    is_name_token,
    is_region_name,
    looks_like_org,
    region_words,
    split_title,
    title_case_org,
)
from warta.nlp.quotes.speaker_words import (
    ADDRESS_TITLES,
    CALL_TITLES,
    CAP_STOP,
    DOCUMENT_NOUNS,
    HEAD_TITLES,
    LOCAL_PLACE_HEADS,
    MINISTER_SHORT_FORMS,
    MINISTER_TITLES,
    MODIFIERS,
    NAME_PARTICLES,
    ORG_HEADS,
    PLACE_HEADS,
    PRONOUNS,
    ROLE_OPENERS,
    ROLE_TITLES,
    SENTENCE_OPENERS,
    SUBJECT_ADVERBS,
    TERRITORIAL_TITLES,
    TITLES,
    VAGUE_SUBJECTS,
)

__all__ = [
    "ADDRESS_TITLES",
    "AGENCY_WORDS",
    "ANNOUNCING_VERBS",
    "ANSWERING_STEMS",
    "ASKING_STEMS",
    "ASKING_VERBS",
    "CALL_TITLES",
    "CAP_STOP",
    "CHALLENGE_VERBS",
    "CLAIM_NOUNS",
    "COMPLAINT_VERBS",
    "DATELINE",
    "DENIAL_VERBS",
    "DIRECTIVE_VERBS",
    "DOCUMENT_NOUNS",
    "FORECAST_VERBS",
    "HEAD_TITLES",
    "INSCRIBING_VERBS",
    "LEADING_PASSIVE_RE",
    "LOCAL_PLACE_HEADS",
    "MINISTER_SHORT_FORMS",
    "MINISTER_TITLES",
    "MODIFIERS",
    "NAME_PARTICLES",
    "NOMINAL",
    "ORG_HEADS",
    "ORG_REPORT_VERBS",
    "PASSIVE_CUES",
    "PLACE_HEADS",
    "PROMISE_VERBS",
    "PRONOUNS",
    "QUOTE_SUBJECT_FIRST",
    "QUOTE_VERB_FIRST",
    "REBUTTAL_VERBS",
    "ROLE_OPENERS",
    "ROLE_TITLES",
    "SENTENCE_OPENERS",
    "SUBJECT_ADVERBS",
    "SUBJECT_FIRST",
    "SUBJECT_FIRST_RE",
    "TELLING_VERBS",
    "TERRITORIAL_TITLES",
    "TITLES",
    "TRAILING_CUE_RE",
    "TRAILING_DEGREE",
    "TRAILING_PASSIVE_RE",
    "VAGUE_SUBJECTS",
    "VERB_FIRST",
    "VERB_FIRST_RE",
    "VIEW_VERBS",
    "WEAK_CUES",
    "WEAK_QUOTE_CUES",
    "WEAK_SUBJECT_FIRST",
    "clean_speaker",
    "common_words",
    "country_words",
    "full_names",
    "is_initials",
    "is_name_token",
    "is_region_name",
    "lex",
    "looks_like_org",
    "region_words",
    "resolve_names",
    "split_title",
    "title_case_org",
]
