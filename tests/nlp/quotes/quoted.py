"""Helpers of the quote tests: the quotes warta finds in an invented text."""

from __future__ import annotations

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.quotes.extract import extract_quotes
from warta.records import Quote


def quotes_in(text: str) -> tuple[Quote, ...]:
    """The quotes of ``text``, its names found and resolved as the pipeline does."""
    mentions, _ = resolve_article(text, find_mentions(text))
    return tuple(extract_quotes(text, mentions))


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the first quote of ``text`` holding ``words``; "<missed>" if none."""
    return next((q.speaker for q in quotes_in(text) if words in q.text), "<missed>")
