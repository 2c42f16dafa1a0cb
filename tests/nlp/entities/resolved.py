"""What one article's entity layer gives, as the shape tests read it."""

from __future__ import annotations

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def people(text: str) -> dict[str, tuple[str, ...]]:
    """Each person's name -> the forms the article names him by."""
    _ms, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.mentions for r in refs if r.type == "PER"}


def types(text: str) -> dict[str, str]:
    """Each entity's name -> its type."""
    _ms, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.type for r in refs}
