"""Tests for warta.lexicon.indonesian: the word lists are well-formed, the stop lists are
built from the shared parts, and the modules that use a list read it from here."""

from __future__ import annotations

import doctest

import pytest

from warta.lexicon import indonesian as L


def test_doctests() -> None:
    assert doctest.testmod(L).failed == 0


def test_calendar_covers_every_month_and_weekday() -> None:
    assert set(L.MONTHS.values()) == set(range(1, 13))
    assert set(L.WEEKDAYS.values()) == set(range(7))
    assert set(L.WEEKDAYS_EN.values()) == set(range(7))
    # English names add only what the Indonesian ones lack, never a different number.
    assert not set(L.MONTHS) & set(L.MONTHS_EN)
    assert {k: v for k, v in L.MONTHS.items() if k in ("agustus", "nopember", "des")} == {
        "agustus": 8,
        "nopember": 11,
        "des": 12,
    }


@pytest.mark.parametrize(
    "name",
    [n for n in L.__all__ if isinstance(getattr(L, n), frozenset | dict)],
)
def test_word_sets_are_lower_case_words(name: str) -> None:
    for word in getattr(L, name):
        assert word and word == word.casefold() and " " not in word, (name, word)


def test_titles() -> None:
    assert len(L.PERSON_TITLES) == len(set(L.PERSON_TITLES))
    assert {"Presiden", "Menteri Luar Negeri", "Prof.", "Kapolda", "Ustaz"} <= set(
        L.PERSON_TITLES
    )
    # every word of every title, but those that are no title by themselves
    assert {"menteri", "prof.", "duta", "besar", "kapolda"} <= L.TITLE_WORDS
    assert "putra" not in L.TITLE_WORDS  # "Putra Mahkota", but also a given name
    assert "negeri" not in L.TITLE_WORDS  # "Menteri Luar Negeri", but "Pengadilan Negeri"
    assert L.ROLE_NOUNS <= L.TITLE_WORDS


def test_organisation_words() -> None:
    assert {"universitas", "kementerian", "badan", "pt"} <= L.ORGANISATION_HEADS
    assert not L.ORGANISATION_HEADS & L.INSTITUTION_SHORT_NAMES
    assert not L.ORGANISATION_HEADS & L.SPEAKING_BODIES


def test_speech_verbs_by_form() -> None:
    assert all(v.startswith(("me", "ber")) for v in L.SPEECH_VERBS)  # active
    assert all(v.startswith("di") for v in L.PASSIVE_SPEECH_VERBS)
    assert L.WEAK_SPEECH_VERBS <= L.SPEECH_VERBS
    assert not (L.PASSIVE_SPEECH_VERBS | L.NEWS_REPORT_VERBS) & L.SPEECH_VERBS
    assert len(L.SPEECH_VERB_STEMS) == len(set(L.SPEECH_VERB_STEMS))
    assert {"kata", "ujar"} <= set(L.SPEECH_VERB_STEMS)


def test_stop_lists_are_built_from_the_parts() -> None:
    parts = (
        L.CONJUNCTIONS,
        L.SUBORDINATORS,
        L.PREPOSITIONS,
        L.PERSONAL_PRONOUNS,
        L.DEMONSTRATIVES,
        L.DETERMINERS,
        L.AUXILIARIES,
    )
    for part in parts:
        assert part - L.NAME_LIKE_FUNCTION_WORDS <= L.NAME_STOP_WORDS
        assert part <= L.CONTENT_STOP_WORDS
    assert "antara" not in L.NAME_STOP_WORDS  # "ANTARA News", the news agency
    assert frozenset(L.WEEKDAYS) <= L.NAME_STOP_WORDS  # "Senin" opens sentences
    assert L.FREQUENT_FUNCTION_WORDS <= L.CONTENT_STOP_WORDS & L.EVENT_STOP_WORDS
    assert L.LOCATIVE_PREPOSITIONS <= L.PREPOSITIONS <= L.SPEAKER_END_WORDS
    # what each list is for
    assert "tahun" in L.EVENT_STOP_WORDS and "tahun" not in L.CONTENT_STOP_WORDS
    assert "kepada" in L.SPEAKER_END_WORDS and "kemarin" in L.SPEAKER_END_WORDS
    assert "mengatakan" in L.CONTENT_STOP_WORDS and "mengatakan" not in L.NAME_STOP_WORDS


def test_no_stop_list_stops_a_title_or_a_speech_verb_stem_it_should_keep() -> None:
    # A name scanner must not drop titles ("Presiden") as function words.
    assert not L.NAME_STOP_WORDS & {t.casefold() for t in L.PERSON_TITLES}


def test_the_modules_read_the_lexicon() -> None:
    """One home: the modules that used to keep their own copies use these objects."""
    from warta.analyze import summarize, timeline
    from warta.clean import dates
    from warta.nlp.entities import names
    from warta.nlp.quotes import after, cues
    from warta.nlp.time import calendar, events

    assert calendar.MONTHS is L.MONTHS and calendar.WEEKDAYS is L.WEEKDAYS
    assert dates.MONTHS == {**L.MONTHS, **L.MONTHS_EN}
    assert dates.WEEKDAYS == {**L.WEEKDAYS, **L.WEEKDAYS_EN}
    assert cues.CAP_STOP is L.NAME_STOP_WORDS
    assert cues.TITLES is L.TITLE_WORDS
    assert cues.VERB_FIRST is L.SPEECH_VERB_STEMS
    assert set(cues.SUBJECT_FIRST) - {"melihat"} == L.SPEECH_VERBS
    assert cues.WEAK_SUBJECT_FIRST is L.WEAK_SPEECH_VERBS
    assert L.ORGANISATION_HEADS <= cues.ORG_HEADS
    assert after._AFTER_STOP is L.SPEAKER_END_WORDS
    assert names.ORG_HEADS is L.ORGANISATION_HEADS
    assert set(names.TITLES) == set(L.PERSON_TITLES) | names.ENTITY_ONLY_TITLES
    assert summarize.STOPWORDS is L.CONTENT_STOP_WORDS
    assert timeline._STOP is L.EVENT_STOP_WORDS
    assert L.NAME_STOP_WORDS <= events._FUNCTION_WORDS
    assert L.SPEECH_VERBS | L.PASSIVE_SPEECH_VERBS <= events._REPORTING
