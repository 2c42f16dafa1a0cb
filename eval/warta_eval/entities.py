"""Score alias resolution against the gold ``entities`` section of the seed annotations.

Three figures, each a ``score`` with the counts behind it:

* ``person_aliases`` - gold PERSON entities found in the corpus table under their
  canonical name with every gold alias among the entity's aliases. Given the texts,
  persons named in none of them are left out and listed under ``absent``.
* ``gpe_aliases`` - (document, alias) pairs where a gold GPE alias occurs in the
  document text and the document's entity of that canonical name lists the alias among
  its surface forms (a metonym such as "Moskow" counts under its referent, "Russia").
* ``person_splits`` - the number of extra corpus PER entities a gold person is split
  into (0 is perfect; gated by an upper bound, ``max_person_splits``). Counted only over
  the gold persons *present in the build* - those some corpus PER entity carries an
  alias of (``persons`` gives how many); a person the build never found cannot be split
  and is not counted as a success (``person_aliases`` already counts it as a miss).
  ``split`` lists the persons split, with the entities they were split into.

Aliases compare case-insensitively with whitespace collapsed.

>>> from warta.records import Entity, EntityRef
>>> gold = {"entities": {"PERSON": {"Andrei Lankov": ["Lankov"]}, "GPE": {}}}
>>> corpus = [Entity("Andrei Lankov", "PER", ("Andrei Lankov", "Lankov"), 2, 3)]
>>> score_entities({}, corpus, gold)["person_aliases"]
{'score': 1.0, 'hits': 1, 'total': 1, 'absent': []}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from warta.records import Entity, EntityRef
from warta_eval.figures import fraction

__all__ = ["score_entities"]


def _norm(alias: str) -> str:
    return " ".join(alias.split()).casefold()


_fraction = fraction


def _occurs(alias: str, text: str) -> bool:
    # Case-sensitive, whole word; a hyphen is a boundary ("AS-Korea Selatan").
    return re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text) is not None


def score_entities(
    entities_by_doc: Mapping[str, Sequence[EntityRef]],
    corpus: Sequence[Entity],
    gold: dict[str, Any],
    texts: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Person-alias, GPE-alias and person-split figures (see the module docstring).

    ``entities_by_doc`` holds each document's entities with corpus names (after
    :func:`warta.nlp.entities.aliases.resolve_corpus`), keyed like ``texts`` (the clean article
    texts). Without ``texts``, a GPE alias counts as occurring in a document when any
    entity there lists it as a surface form - a weaker figure that cannot see misses.
    """
    gold_entities: dict[str, dict[str, list[str]]] = gold["entities"]
    persons = gold_entities.get("PERSON", {})
    # A gold person whose names occur in no text (a photo credit the cleaner removed)
    # cannot be found by any resolver: listed apart, not counted.
    absent = sorted(
        name
        for name, aliases in persons.items()
        if texts is not None and not any(_occurs(a, t) for a in aliases for t in texts.values())
    )
    by_name = {e.name: e for e in corpus if e.type == "PER"}
    found = 0
    for name, aliases in persons.items():
        if name in absent:
            continue
        entity = by_name.get(name)
        have = {_norm(a) for a in entity.aliases} if entity else set()
        if entity and {_norm(a) for a in aliases} <= have:
            found += 1

    gpe_hits = gpe_total = 0
    for doc, refs in sorted(entities_by_doc.items()):
        surfaces = {r.name: {_norm(m) for m in r.mentions} for r in refs}
        every = set().union(*surfaces.values()) if surfaces else set()
        for name, aliases in gold_entities.get("GPE", {}).items():
            for alias in aliases:
                if texts is not None:
                    if doc not in texts or not _occurs(alias, texts[doc]):
                        continue
                elif _norm(alias) not in every:
                    continue
                gpe_total += 1
                gpe_hits += _norm(alias) in surfaces.get(name, set())

    owners: dict[str, set[str]] = {}
    for e in corpus:
        if e.type == "PER":
            for alias in e.aliases:
                owners.setdefault(_norm(alias), set()).add(e.name)
    # An alias two gold persons share ("Kim" if both Kims listed it) says nothing.
    counts: dict[str, int] = {}
    for aliases in persons.values():
        for alias in {_norm(a) for a in aliases}:
            counts[alias] = counts.get(alias, 0) + 1
    splits = present = 0
    split: dict[str, list[str]] = {}
    for name, aliases in sorted(persons.items()):
        holders: set[str] = set()
        for alias in aliases:
            if counts[_norm(alias)] == 1:
                holders |= owners.get(_norm(alias), set())
        if not holders:  # not in the build: nothing to split
            continue
        present += 1
        splits += len(holders) - 1
        if len(holders) > 1:
            split[name] = sorted(holders)
    return {
        "person_aliases": {**_fraction(found, len(persons) - len(absent)), "absent": absent},
        "gpe_aliases": _fraction(gpe_hits, gpe_total),
        "person_splits": {"score": splits, "persons": present, "split": split},
    }
