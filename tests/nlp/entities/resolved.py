"""Helpers of the entity tests: resolve an invented text with given NER mentions, or with
the tagger's own."""

from __future__ import annotations

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.records import Mention


def resolve(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    """Resolve ``text`` with the given NER mentions (surface, type; first occurrence
    after the previous one), as ``(surface, type, referent or entity)``."""
    mentions, pos = [], 0
    for surface, kind in tagged:
        start = text.index(surface, pos)
        mentions.append(Mention(start, start + len(surface), surface, kind))  # type: ignore[arg-type]
        pos = start + len(surface)
    out, _refs = resolve_article(text, mentions)
    return [(m.text, m.type, m.referent or m.entity) for m in out]


def people(text: str) -> dict[str, tuple[str, ...]]:
    """Each person the tagger and resolver find in ``text`` -> the forms naming him."""
    _ms, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.mentions for r in refs if r.type == "PER"}


def types(text: str) -> dict[str, str]:
    """Each entity found in ``text`` -> its type."""
    _ms, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.type for r in refs}


def references(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each entity the tagger and resolver find in ``text``: (name, type, its forms)."""
    _ms, refs = resolve_article(text, find_mentions(text))
    return [(r.name, r.type, r.mentions) for r in refs]


def entity_of(text: str, surface: str) -> tuple[str, str] | None:
    """(name, type) of the entity of ``text`` whose forms hold ``surface``."""
    return next(((n, t) for n, t, forms in references(text) if surface in forms), None)
