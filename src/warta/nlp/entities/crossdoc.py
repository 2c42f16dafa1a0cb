"""Alias resolution across articles: one corpus entity table from per-article entities.

:func:`resolve_corpus` takes the :class:`~warta.records.EntityRef` records that
:func:`warta.nlp.entities.aliases.resolve_article` gave each article and returns how each
article's local names map to corpus names, plus the :class:`~warta.records.Entity`
table. A bare or variant name links to the one full name it can denote elsewhere in the
corpus; two different full names never merge. Pure; independent of input order.

It runs in two halves, public so the incremental registry (:mod:`warta.corpus.entities`)
can run the second on facts it fetches by key: :func:`corpus_facts` gathers what the
refs say (:class:`CorpusFacts`, one ref's share by :func:`ref_facts`), and
:class:`CorpusNames` gives a local name's corpus name from those facts.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from warta.lexicon.indonesian import FORMS_OF_ADDRESS
from warta.nlp.entities.names import (
    DECLARED_TEKNONYM_HEADS,
    TITLE_HEAD,
    abbreviates,
    dominant,
    org_base,
    pick,
    preferred,
    role_key,
    short_forms,
    spelling_key,
    sub_names,
)
from warta.records import Entity, EntityRef, EntityType

__all__ = [
    "CorpusFacts",
    "CorpusNames",
    "corpus_facts",
    "full_abbreviation_keys",
    "parse_role",
    "person_key",
    "ref_facts",
    "resolve_corpus",
    "short_abbreviation_keys",
]


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
    word it is (or to a dominant one); a name of two words or more that one person's
    article declared another name of his (a stage or pen name) links to him;
    a role ("Presiden Prancis") links to the one person named with that role; two different
    full names never merge. Other entities merge by name, and a name that is a surface
    form of other entities links to the one it is a form of, or to the dominant one by
    refs ("BCA": 41 refs of "Bank Central Asia", 1 of "PT Bank Central Asia Tbk"). The
    result does not depend on the order of articles or of entities.

    >>> a = {"x": [EntityRef("Widodo", "PER", ("Widodo",), 2)],
    ...      "y": [EntityRef("Joko Widodo", "PER", ("Joko Widodo",), 1)]}
    >>> mapping, table = resolve_corpus(a)
    >>> mapping["x"], [(e.name, e.aliases, e.article_count) for e in table]
    ({'Widodo': 'Joko Widodo'}, [('Joko Widodo', ('Joko Widodo', 'Widodo'), 2)])
    """
    refs = [(art, r) for art, rs in entities_by_article.items() for r in rs]
    corpus_name = CorpusNames(corpus_facts(refs)).of
    mapping: dict[str, dict[str, str]] = {}
    members: dict[tuple[str, EntityType], list[tuple[str, EntityRef]]] = defaultdict(list)
    for art, rs in entities_by_article.items():
        mapping[art] = _kept_apart({r.name: corpus_name(r.name, r.type, r.subtype) for r in rs}, rs)
    for art, r in refs:
        members[(mapping[art][r.name], r.type)].append((art, r))
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


def _kept_apart(named: dict[str, str], refs: Sequence[EntityRef]) -> dict[str, str]:
    """``named`` (local name -> corpus name of one article), where a one-word person name
    the article kept apart from a full name of its own keeps its local name.

    The article step keeps "<Given> (52)" apart from "<Given> <Surname> (46)" when it
    knows them for two people (two residents of different ages); the corpus table would
    map the one-word name up to the one full name citing it, which is the other person.
    """
    # Only a word the full name writes as it is: a spelling the article failed to link
    # ("<Surname without its accent>") is left to the corpus table, which folds spellings.
    words_of: dict[str, set[str]] = defaultdict(set)
    for r in refs:
        if is_full_person(r):
            words_of[named[r.name]].update(r.name.split())
    for r in refs:
        corpus = named[r.name]
        if r.type == "PER" and r.subtype != "role" and len(_corpus_key(r.name)) == 1 \
                and corpus != r.name and r.name in words_of.get(corpus, ()):
            named[r.name] = r.name
    return named


def person_key(name: str) -> tuple[str, ...]:
    """The key under which spellings of one person's name meet across articles."""
    return _corpus_key(name)


def is_full_person(r: EntityRef) -> bool:
    """Whether ``r`` is a person named in two words or more (not by a role)."""
    return r.type == "PER" and r.subtype != "role" and len(_corpus_key(r.name)) > 1


@dataclass
class CorpusFacts:
    """What :func:`resolve_corpus` learns from all the refs before naming any of them.

    ``forms``: person key -> {spelling: summed count}; ``weight``: person key -> number of
    articles naming it; ``shorts``: spelling key of a one-word form -> person keys cited
    by it (before mapping sub-names up); ``roles``: (title, country) -> person keys that
    held it; ``surface_of``: (type, surface) -> names of the non-person entities it was a
    form of, with the number of refs; ``org_names``: organisation names and surface
    forms. A subset of the facts names a local name exactly as all of them do when it
    holds every fact that name's resolution reads (:mod:`warta.corpus.entities` fetches
    those by key).
    """

    forms: dict[tuple[str, ...], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    weight: dict[tuple[str, ...], int] = field(default_factory=dict)
    shorts: dict[str, set[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(set))
    roles: dict[tuple[str, str], set[tuple[str, ...]]] = field(
        default_factory=lambda: defaultdict(set)
    )
    surface_of: dict[tuple[str, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    org_names: set[str] = field(default_factory=set)


def ref_facts(r: EntityRef) -> Iterator[tuple[str, Any]]:
    """The facts one ref contributes, as ``(kind, fact)`` pairs (see :class:`CorpusFacts`):
    ``("form", (key, name))``, ``("short", (word, key))``, ``("role", (role, key))``,
    ``("surface", (type, surface, name))``, ``("org", name)``. The article weight of a
    key is not among them: it counts articles, not refs."""
    if is_full_person(r):
        key = _corpus_key(r.name)
        yield "form", (key, r.name)
        for short in short_forms(r.name):
            yield "short", (spelling_key(short), key)
        # a one-word nickname the article declared is his in other articles too
        # ("Rodri" for "Rodrigo ... Santos"), as his short forms are
        for surface in r.mentions:
            if " " not in surface.strip() and surface[:1].isupper() and not surface.isupper():
                yield "short", (spelling_key(surface), key)
        # a name of two words or more the article declared his (a stage or pen name: "<Name>,
        # yang dikenal dengan nama panggung <Other>") is his in other articles too: filed
        # as a spelling of its own key, which :class:`CorpusNames` then names him by
        for other in _declared_other_names(r.name, r.mentions):
            yield "form", (other, r.name)
        for attribute in r.attributes:
            role = parse_role(attribute)
            if role:
                yield "role", (role, key)
    if r.type != "PER":
        for surface in r.mentions:
            yield "surface", (r.type, surface, r.name)
    if r.type == "ORG":
        yield "org", r.name
        yield from (("org", s) for s in r.mentions)


# A title or a form of address opening a surface: the name after it is the person's own
# written with a title, or a call name made with the form of address, no second name.
_TITLED = re.compile(rf"(?:{TITLE_HEAD})\s")


def _declared_other_names(name: str, mentions: Sequence[str]) -> Iterator[tuple[str, ...]]:
    """The keys of the mentions of a person named ``name`` that are other names of his,
    of two words or more and sharing no word with ``name``: a pen or stage name, an alias
    the article declared (a title, a form of address or a teknonym opening a mention,
    or capitals, make it none).

    >>> list(_declared_other_names("Rina Kartika", ("Rina", "Ayu Lestari", "Bu Rina")))
    [('ayu', 'lestari')]
    """
    own = set(_corpus_key(name))
    for surface in mentions:
        key = _corpus_key(surface)
        words = surface.split()
        if (
            len(key) > 1
            and not own & set(key)
            and all(w[:1].isupper() for w in words)
            and not surface.isupper()
            and words[0].casefold() not in FORMS_OF_ADDRESS
            and words[0] not in DECLARED_TEKNONYM_HEADS
            and not _TITLED.match(surface)
        ):
            yield key


def _canonical_name(key: tuple[str, ...], spellings: Counter[str]) -> str:
    """The corpus name of a person key: the one person who declared it another name of
    his (a spelling filed under a key not its own, :func:`_declared_other_names`), else
    the :func:`preferred` spelling of those written under it.

    >>> _canonical_name(("ayu", "lestari"), Counter({"Ayu Lestari": 3, "Rina Kartika": 1}))
    'Rina Kartika'
    """
    declaring = {f for f in spellings if _corpus_key(f) != key}
    if len(declaring) == 1:
        return next(iter(declaring))
    own = Counter({f: c for f, c in spellings.items() if f not in declaring})
    return preferred(own or spellings)


def corpus_facts(refs: Sequence[tuple[str, EntityRef]]) -> CorpusFacts:
    """The facts of ``(article id, ref)`` pairs."""
    facts = CorpusFacts()
    articles: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for art, r in refs:
        for kind, fact in ref_facts(r):
            if kind == "form":
                facts.forms[fact[0]][fact[1]] += r.count
                articles[fact[0]].add(art)
            elif kind == "short":
                facts.shorts[fact[0]].add(fact[1])
            elif kind == "role":
                facts.roles[fact[0]].add(fact[1])
            elif kind == "surface":
                facts.surface_of[(fact[0], fact[1])][fact[2]] += 1
            else:
                facts.org_names.add(fact)
    facts.weight = {key: len(a) for key, a in articles.items()}
    return facts


class CorpusNames:
    """The corpus name of a local ``(name, type, subtype)`` given :class:`CorpusFacts`.

    The name depends on nothing else of the ref (not its mentions, count or article).
    """

    def __init__(self, facts: CorpusFacts) -> None:
        forms = facts.forms
        canonical = {key: _canonical_name(key, v) for key, v in forms.items()}
        # A name made of whole words of one longer name is that person ("Bambang Adi"),
        # and so is one with a word cut to its initial ("Bambang A. Wicaksono").
        up = sub_names(forms, initials=True)
        canonical |= {key: canonical[longer] for key, longer in up.items()}
        self._canonical = canonical
        self._weight = facts.weight
        self._shorts = {w: {up.get(k, k) for k in keys} for w, keys in facts.shorts.items()}
        self._roles = {role: {up.get(k, k) for k in keys} for role, keys in facts.roles.items()}
        self._surface_of = facts.surface_of
        self._org_names = facts.org_names
        # Full names by first letter, and by abbreviation key (:func:`full_abbreviation_keys`),
        # computed once: a one-word name is compared only with the full names of its
        # letter that share a key with it, which every full name it abbreviates does.
        self._by_letter: dict[str, set[str]] = defaultdict(set)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        for base in {org_base(o) for o in facts.org_names}:
            self._by_letter[base[:1].casefold()].add(base)
            for key in full_abbreviation_keys(base):
                self._by_key[key].add(base)
        self._org_name = functools.cache(self._org_name_uncached)

    def _org_name_uncached(self, name: str) -> str:
        # "Kementerian Luar Negeri RI" is the "Kementerian Luar Negeri" named elsewhere;
        # "Kemlu (RI)" abbreviates the shortest full name it fits, if only one fits.
        base = org_base(name)
        if base != name and (base in self._org_names or " " not in base):
            name = base
        if " " in name or name.isupper():
            return name
        keyed = set().union(*(self._by_key.get(k, ()) for k in short_abbreviation_keys(name)))
        bucket = self._by_letter[name[:1].casefold()]
        fulls = [n for n in sorted(keyed & bucket) if abbreviates(name, n)]
        shortest = [n for n in fulls if len(n.split()) == min(len(f.split()) for f in fulls)]
        return shortest[0] if len(shortest) == 1 else name

    def of(self, name: str, etype: str, subtype: str | None) -> str:
        """The corpus name of the local ``name`` of type ``etype``."""
        canonical = self._canonical
        if etype == "PER":
            key = _corpus_key(name)
            if subtype == "role":
                role = parse_role(name)
                holders = self._roles.get(role, set()) if role else set()
                return canonical[next(iter(holders))] if len(holders) == 1 else name
            if len(key) > 1:
                return canonical[key]
            return pick(self._shorts.get(key[0], set()), self._weight, canonical) or name
        # A surface of other entities ("BCA" of "Bank Central Asia") is the one they
        # are, or the dominant one by refs, as a short person name is.
        owners = {n: c for n, c in self._surface_of.get((etype, name), {}).items() if n != name}
        owner = dominant(owners)
        if owner is not None:
            return owner
        return self._org_name(name) if etype == "ORG" else name


#: Longest first-word prefix in an abbreviation key (see :func:`full_abbreviation_keys`).
PREFIX_CAP = 3


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", text.casefold()) if w]


def full_abbreviation_keys(full: str) -> set[str]:
    """Keys under which every syllabic abbreviation of ``full`` finds it.

    An abbreviation (:func:`~warta.nlp.entities.names.abbreviates`) opens with a prefix
    of the first word; its next chunk starts a later word, and the letter after that
    one is the later word's second letter or the initial of a word after it (or there
    is none). So a full name is filed under the first word's prefixes (at most
    :data:`PREFIX_CAP` letters) joined with those one or two letters, and the
    :func:`short_abbreviation_keys` of any word that abbreviates it meet its keys.

    >>> sorted(full_abbreviation_keys("Badan Urusan Logistik"))[:4]
    ['bad|l', 'bad|lo', 'bad|u', 'bad|ul']
    """
    words = _words(full)
    if len(words) < 2:
        return set()
    first, later = words[0], words[1:]
    follows = set()
    for k, word in enumerate(later):
        follows.add(word[0])
        follows.add(word[:2])
        follows |= {word[0] + after[0] for after in later[k + 1 :]}
    return {f"{first[:p]}|{f}" for p in range(1, min(len(first), PREFIX_CAP) + 1) for f in follows}


def short_abbreviation_keys(short: str) -> set[str]:
    """Keys a one-word name looks up to find the full names it may abbreviate: for each
    length ``p`` of its first chunk, its first ``p`` letters (at most
    :data:`PREFIX_CAP`) and the one or two letters after them.

    >>> sorted(short_abbreviation_keys("Bulog"))
    ['bul|g', 'bul|og', 'bu|lo', 'b|ul']
    >>> "b|ul" in full_abbreviation_keys("Badan Urusan Logistik")
    True
    """
    s = short.casefold()
    return {f"{s[: min(p, PREFIX_CAP)]}|{s[p : p + 2]}" for p in range(1, len(s))}


# A title and a place: compiled once (the title alternation is long).
_ROLE = re.compile(rf"(?P<title>{TITLE_HEAD})\s+(?P<place>.+)$")


def parse_role(attribute: str) -> tuple[str, str] | None:
    """``("presiden", "France")`` from "Presiden Prancis"; None if not title + country."""
    m = _ROLE.match(attribute)
    if not m:
        return None
    return role_key(" ".join(m.group("title").split()), m.group("place"))
