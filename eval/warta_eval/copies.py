"""The ``copies`` suite: duplicate groups and shared passages on a labelled page corpus.

The corpus (``tests/dedup/corpus``: ``pages/*.txt`` and ``labels.json``, written for the
project by ``make_corpus.py``) holds portal pages in the shapes that real copies take: one
wire story on three portals with their own leads and related-headline boxes, identical
bodies in different chrome, copies cut short, different articles sharing wire
paragraphs, and hard negatives (same topic another event, same template other news,
follow-ups repeating a paragraph, independent reports of one event). Each page is
cleaned as a build would clean it (one batch) and the corpus step's duplicate and
shared-passage functions run over the cleaned articles.

Figures:

* ``pair_recall_<relation>`` for ``exact``, ``near``, ``contained``: labelled pairs the
  system puts in one duplicate group; ``pair_recall`` over all three;
* ``relation_agrees``: of the grouped labelled pairs where one side is the canonical,
  those whose relation (``exact``, ``near``, ``contained``) is the labelled one (a
  portal's own closing line kept in an identical body makes ``exact`` read ``near``);
* ``pair_recall_shares_passages``: labelled pairs reported as sharing passages (and not
  grouped);
* ``false_merges`` (upper bound 0): grouped pairs that the labels put in different
  groups (labels are closed under their groups: two near copies of one wire story and
  a copy cut short of one of them are one group);
* ``false_passages`` (upper bound 0): labelled ``distinct`` pairs reported as sharing
  passages;
* ``seeds_duplicates_together``: the development set's one copy pair (000 inside 003)
  grouped (the suite reads the seeds, which pins them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from warta.clean import clean_document, repeated_lines
from warta.corpus.duplicates import duplicate_links, shared_passage_links
from warta.records import Article, Provenance, RawDoc
from warta_eval.figures import down4

GROUPED = ("exact", "near", "contained")


def clean_pages(paths: Sequence[Path]) -> list[Article]:
    """The pages cleaned as one build batch would clean them (repeated lines shared)."""
    raws = [RawDoc(Provenance(p.name), p.read_text(encoding="utf-8")) for p in sorted(paths)]
    repeated = repeated_lines(r.content for r in raws)
    return [clean_document(r, repeated=repeated) for r in raws]


def _fraction(hits: int, total: int) -> dict[str, Any]:
    return {"score": down4(hits / total) if total else 1.0, "hits": hits, "total": total}


def score_copies(articles: Sequence[Article], labels: Sequence[dict[str, str]]) -> dict[str, Any]:
    """Figures (see the module docstring) of ``articles`` against the labelled pairs."""
    name_of = {a.id: Path(a.source).stem for a in articles}
    links = duplicate_links(articles)
    group = {name_of[link.article_id]: link.group for link in links}
    passages = {
        frozenset((name_of[p.article_id], name_of[p.other_id]))
        for p in shared_passage_links(articles, links)
    }
    # The labelled groups: union of the exact/near/contained pairs.
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for pair in labels:
        if pair["relation"] in GROUPED:
            parent[find(pair["a"])] = find(pair["b"])
    together = {n: find(n) for n in name_of.values()}

    figures: dict[str, Any] = {}
    hits_all = total_all = 0
    for relation in GROUPED:
        pairs = [p for p in labels if p["relation"] == relation]
        hits = sum(1 for p in pairs if p["a"] in group and group.get(p["b"]) == group[p["a"]])
        figures[f"pair_recall_{relation}"] = _fraction(hits, len(pairs))
        hits_all, total_all = hits_all + hits, total_all + len(pairs)
    figures["pair_recall"] = _fraction(hits_all, total_all)
    link_of = {name_of[link.article_id]: link for link in links}
    judged = agree = 0
    for p in labels:
        la, lb = link_of.get(p["a"]), link_of.get(p["b"])
        if p["relation"] not in GROUPED or la is None or lb is None or la.group != lb.group:
            continue
        member = la if lb.relation == "canonical" else lb if la.relation == "canonical" else None
        if member is not None:
            judged += 1
            agree += member.relation == p["relation"]
    figures["relation_agrees"] = _fraction(agree, judged)
    shared = [p for p in labels if p["relation"] == "shares-passages"]
    found = [
        p
        for p in shared
        if frozenset((p["a"], p["b"])) in passages
        and (p["a"] not in group or group.get(p["b"]) != group[p["a"]])
    ]
    figures["pair_recall_shares_passages"] = _fraction(len(found), len(shared))
    grouped_pairs = [
        (a, b) for a, b in combinations(sorted(group), 2) if group[a] == group[b]
    ]
    false = [(a, b) for a, b in grouped_pairs if together[a] != together[b]]
    figures["false_merges"] = {"score": len(false), "pairs": [f"{a} + {b}" for a, b in false]}
    distinct = [p for p in labels if p["relation"] == "distinct"]
    wrong = [p for p in distinct if frozenset((p["a"], p["b"])) in passages]
    figures["false_passages"] = {
        "score": len(wrong),
        "pairs": [f"{p['a']} + {p['b']}" for p in wrong],
    }
    return figures


def evaluate_copies(corpus: Path, seeds: Path) -> dict[str, Any]:
    """The ``copies`` figures on ``corpus`` (pages/ and labels.json) and the seeds' pair."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))["pairs"]
    figures = score_copies(clean_pages(sorted((corpus / "pages").glob("*.txt"))), labels)
    seed_articles = clean_pages(sorted(seeds.glob("*.txt")))
    key = {a.id: Path(a.source).name[:3] for a in seed_articles}
    links = duplicate_links(seed_articles)
    group: dict[str, str] = {key[link.article_id]: link.group for link in links}
    figures["seeds_duplicates_together"] = _fraction(
        int(group.get("000") is not None and group.get("000") == group.get("003")), 1
    )
    return figures
