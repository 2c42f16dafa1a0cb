"""Corpus-wide entity resolution: one entity per person, organisation or place.

Per-article canonical names (from :mod:`warta.nlp.entities.aliases`) are merged across articles
by :func:`warta.nlp.entities.aliases.resolve_corpus` (a bare "Santoso" in one article
becomes "Budi Santoso", named in full in another), and the corpus names are written back
into every article's mentions, entity list, quote speakers and event participants.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from warta.nlp.entities.aliases import resolve_corpus
from warta.records import Article, Entity


def rename(article: Article, names: Mapping[str, str]) -> Article:
    """``article`` with every local entity name replaced by its corpus name."""
    if not names or all(k == v for k, v in names.items()):
        return article

    def get(name: str | None) -> str | None:
        return names.get(name, name) if name else name

    return replace(
        article,
        mentions=tuple(replace(m, entity=get(m.entity)) for m in article.mentions),
        entities=tuple(replace(e, name=names.get(e.name, e.name)) for e in article.entities),
        quotes=tuple(replace(q, speaker=get(q.speaker)) for q in article.quotes),
        events=tuple(
            replace(e, participants=tuple(dict.fromkeys(names.get(p, p) for p in e.participants)))
            for e in article.events
        ),
    )


def resolve_entities(articles: Sequence[Article]) -> tuple[list[Article], list[Entity]]:
    """Articles with corpus names (only those that changed) and the entity table."""

    mapping, table = resolve_corpus({a.id: a.entities for a in articles})
    changed = []
    for a in articles:
        renamed = rename(a, mapping.get(a.id, {}))
        if renamed is not a:
            changed.append(renamed)
    return changed, table
