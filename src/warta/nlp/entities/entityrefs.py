"""The outputs of resolving one article: its mentions and one entity record per entity.

:func:`article_outputs` turns the spans :func:`~warta.nlp.entities.aliases.resolve_article`
has named (``Span.entity``, ``Span.place``) into the records the pipeline stores:
:class:`~warta.records.Mention` per span and :class:`~warta.records.EntityRef` per
entity; :func:`spelling_merges` makes the spellings of one name (case, accents,
transliteration) one entity first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.names import spelling_key
from warta.nlp.entities.spanrecord import Span
from warta.records import EntityRef, Mention

__all__ = ["article_outputs", "spelling_merges"]


def spelling_merges(text: str, spans: Sequence[Span]) -> dict[str, str]:
    """``{name: canonical name}`` for non-place names of one article that differ only by
    case, accents or transliteration ("OKLAHOMA" in a dateline and "Oklahoma", "Marc
    Márquez" and "Marc Marquez", "Sergey" and "Sergei"): one entity, under the spelling
    not in capitals, then the most frequent, then the one with accents."""
    counts: Counter[str] = Counter(
        s.entity or " ".join(text[s.start : s.end].split()) for s in spans if s.place is None
    )
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_key[spelling_key(name)].append(name)
    out: dict[str, str] = {}
    for names in by_key.values():
        if len(names) > 1:
            best = min(names, key=lambda n: (n.isupper(), -counts[n], n.isascii(), n))
            out |= {n: best for n in names if n != best}
    return out


def article_outputs(
    text: str, spans: Sequence[Span]
) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    """The resolved spans of one article as :func:`~warta.nlp.entities.aliases.resolve_article`
    returns them: one :class:`~warta.records.Mention` per span (``entity`` set, and
    ``referent`` for a metonym), and one :class:`~warta.records.EntityRef` per entity
    (grouped by referent or entity; type the most frequent, surfaces and attributes
    merged), sorted by name. Spellings of one name are one entity (:func:`spelling_merges`).

    >>> from warta.nlp.entities.spanrecord import Span
    >>> t = "BANDAR JAYA dan Bandar Jaya."
    >>> _m, refs = article_outputs(t, [Span(0, 11, "ORG"), Span(16, 27, "ORG")])
    >>> [(r.name, r.mentions, r.count) for r in refs]
    [('Bandar Jaya', ('BANDAR JAYA', 'Bandar Jaya'), 2)]
    """
    mentions: list[Mention] = []
    groups: dict[str, list[tuple[Span, str]]] = defaultdict(list)
    spelling = spelling_merges(text, spans)
    for s in spans:
        surface = text[s.start : s.end]
        if s.place is not None:
            entity, referent = s.place.name, s.place.referent
        else:
            entity, referent = s.entity or " ".join(surface.split()), None
            entity = spelling.get(entity, entity)
        mentions.append(Mention(s.start, s.end, surface, s.type, entity, referent))
        groups[referent or entity].append((s, surface))
    gaz = load_gazetteer()
    refs: list[EntityRef] = []
    for name, members in groups.items():
        surfaces = {" ".join(surface.split()) for _s, surface in members}
        surfaces |= {s.titled for s, _ in members if s.titled}
        surfaces |= {s.unaddressed for s, _ in members if s.unaddressed}
        attributes = sorted({a for s, _ in members for a in s.attributes})
        types = [s.type for s, _ in members]
        place = gaz.by_name(name) if any(s.place for s, _ in members) else None
        subtype = place.subtype if place is not None and place.referent is None else None
        if any(s.role_only for s, _ in members):
            subtype = "role"
        refs.append(
            EntityRef(
                name=name,
                type=min(set(types), key=lambda t: (-types.count(t), t)),
                mentions=tuple(sorted(surfaces)),
                count=len(members),
                attributes=tuple(attributes),
                subtype=subtype,
            )
        )
    refs.sort(key=lambda r: (r.name, r.type))
    return tuple(mentions), tuple(refs)
