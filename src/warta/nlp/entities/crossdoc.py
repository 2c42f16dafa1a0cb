"""Alias resolution across articles: one corpus entity table from per-article entities.

:func:`resolve_corpus` takes the :class:`~warta.records.EntityRef` records that
:func:`warta.nlp.entities.aliases.resolve_article` gave each article and returns how each
article's local names map to corpus names, plus the :class:`~warta.records.Entity`
table. A bare or variant name links to the one full name it can denote elsewhere in the
corpus; two different full names never merge. Pure; independent of input order.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from warta.nlp.entities.names import (
    TITLE_HEAD,
    abbreviates,
    org_base,
    pick,
    preferred,
    role_key,
    short_forms,
    spelling_key,
    sub_names,
)
from warta.records import Entity, EntityRef, EntityType

__all__ = ["resolve_corpus"]


def _corpus_key(name: str) -> tuple[str, ...]:
    # Across articles, spellings of one name meet: accents, and the transliterations of
    # one Cyrillic name ("Sergey"/"Sergei Lavrov", "Zelensky"/"Zelenskyy").
    return tuple(spelling_key(name).split())


def resolve_corpus(
    entities_by_article: Mapping[str, Sequence[EntityRef]],
) -> tuple[dict[str, dict[str, str]], list[Entity]]:
    """Merge the per-article entities into a corpus entity table.

    Returns ``{article: {local name: corpus name}}`` and the corpus entities sorted by
    name. Person names: variants merge by spelling (accents and transliterations
    folded); a one-word name ("Widodo") links to the one full name whose first or last
    word it is (or to a dominant one);
    a role ("Presiden Prancis") links to the one person named with that role; two different
    full names never merge. Other entities merge by name, and an acronym that is a surface
    form of exactly one longer organisation links to it. The result does not depend on
    the order of articles or of entities.

    >>> a = {"x": [EntityRef("Widodo", "PER", ("Widodo",), 2)],
    ...      "y": [EntityRef("Joko Widodo", "PER", ("Joko Widodo",), 1)]}
    >>> mapping, table = resolve_corpus(a)
    >>> mapping["x"], [(e.name, e.aliases, e.article_count) for e in table]
    ({'Widodo': 'Joko Widodo'}, [('Joko Widodo', ('Joko Widodo', 'Widodo'), 2)])
    """
    refs = [(art, r) for art, rs in entities_by_article.items() for r in rs]
    forms: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    articles: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for art, r in refs:
        if r.type == "PER" and r.subtype != "role" and len(_corpus_key(r.name)) > 1:
            forms[_corpus_key(r.name)][r.name] += r.count
            articles[_corpus_key(r.name)].add(art)
    canonical = {key: preferred(v) for key, v in forms.items()}
    # A name made of whole words of one longer name is that person ("Bambang Adi").
    up = sub_names(forms)
    canonical |= {key: canonical[longer] for key, longer in up.items()}
    weight = {key: len(a) for key, a in articles.items()}
    shorts: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    roles: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for _art, r in refs:
        if r.type == "PER" and r.subtype != "role" and len(_corpus_key(r.name)) > 1:
            full = up.get(_corpus_key(r.name), _corpus_key(r.name))
            for short in short_forms(r.name):
                shorts[spelling_key(short)].add(full)
            for attribute in r.attributes:
                key = _parse_role(attribute)
                if key:
                    roles[key].add(full)
    # Organisations: surface form -> the names of the entities it was a form of.
    surface_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _art, r in refs:
        if r.type != "PER":
            for surface in r.mentions:
                surface_of[(r.type, surface)].add(r.name)
    org_names = {r.name for _a, r in refs if r.type == "ORG"}
    org_names |= {s for (t, s) in surface_of if t == "ORG"}
    # Full names by first letter, computed once: an abbreviation starts with its full
    # name's first letter, so each one-word name is compared with its bucket only.
    by_letter: dict[str, set[str]] = defaultdict(set)
    for base in {org_base(o) for o in org_names}:
        by_letter[base[:1].casefold()].add(base)

    @functools.cache  # one answer per distinct name, however many articles use it
    def org_name(name: str) -> str:
        # "Kementerian Luar Negeri RI" is the "Kementerian Luar Negeri" named elsewhere;
        # "Kemlu (RI)" abbreviates the shortest full name it fits, if only one fits.
        base = org_base(name)
        if base != name and (base in org_names or " " not in base):
            name = base
        if " " in name or name.isupper():
            return name
        fulls = [n for n in by_letter[name[:1].casefold()] if abbreviates(name, n)]
        shortest = [n for n in fulls if len(n.split()) == min(len(f.split()) for f in fulls)]
        return shortest[0] if len(shortest) == 1 else name

    def corpus_name(r: EntityRef) -> str:
        if r.type == "PER":
            key = _corpus_key(r.name)
            if r.subtype == "role":
                role = _parse_role(r.name)
                holders = roles.get(role, set()) if role else set()
                return canonical[next(iter(holders))] if len(holders) == 1 else r.name
            if len(key) > 1:
                return canonical[key]
            return pick(shorts.get(key[0], set()), weight, canonical) or r.name
        owners = surface_of.get((r.type, r.name), set()) - {r.name}
        if len(owners) == 1:
            return next(iter(owners))
        return org_name(r.name) if r.type == "ORG" else r.name

    mapping: dict[str, dict[str, str]] = {}
    members: dict[tuple[str, EntityType], list[tuple[str, EntityRef]]] = defaultdict(list)
    for art, r in refs:
        name = corpus_name(r)
        mapping.setdefault(art, {})[r.name] = name
        members[(name, r.type)].append((art, r))
    table: list[Entity] = []
    for (name, etype), group in members.items():
        aliases = {s for _a, r in group for s in r.mentions} | {r.name for _a, r in group}
        subtypes = Counter(r.subtype for _a, r in group if r.subtype and r.subtype != "role")
        table.append(
            Entity(
                name=name,
                type=etype,
                aliases=tuple(sorted(aliases)),
                article_count=len({a for a, _r in group}),
                mention_count=sum(r.count for _a, r in group),
                subtype=min(subtypes, key=lambda t: (-subtypes[t], t)) if subtypes else None,
            )
        )
    table.sort(key=lambda e: (e.name, e.type))
    return mapping, table


def _parse_role(attribute: str) -> tuple[str, str] | None:
    """``("presiden", "France")`` from "Presiden Prancis"; None if not title + country."""
    m = re.match(rf"(?P<title>{TITLE_HEAD})\s+(?P<place>.+)$", attribute)
    if not m:
        return None
    return role_key(" ".join(m.group("title").split()), m.group("place"))
