"""Duplicate groups: exact, near and partial copies, each group with a canonical member.

Three tests, cheapest first:

* **exact** - the same normalised text (lower-cased words, punctuation and quote styles
  ignored), by hash;
* **near** - candidates from MinHash LSH (rensa) over word 3-shingles, confirmed by the
  true Jaccard similarity;
* **contained** - one text inside another (a syndicated copy cut short, seed 000 inside
  003): candidates from an inverted index of sampled shingles, confirmed by the share
  of the smaller text's shingles found in the larger (containment), since Jaccard is low
  when the sizes differ.

Confirmed pairs are joined with union-find; each group's canonical member is its most
complete original version (not truncated, longest, earliest, then smallest id), and every
other member's relation to the canonical is exact, near or contained.

>>> a = DedupInput("a", "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh " * 3)
>>> b = DedupInput("b", a.text.upper())
>>> [(l.article_id, l.relation) for l in find_duplicates([a, b])]
[('a', 'canonical'), ('b', 'exact')]
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from warta import settings
from warta.records import DupLink, DupRelation

SHINGLE = 3
NUM_PERM = 128
# Near duplicates: Jaccard of word 3-shingles >= 0.7. Light edits (a changed headline,
# a sentence added, quote styles) keep pairs above 0.8; two reports of the same event by
# different outlets share names and phrases but stay below 0.2 on IndoSum.
NEAR_JACCARD = settings.value("dedup.near_jaccard")
LSH_THRESHOLD = settings.value("dedup.lsh_threshold")  # recall margin below NEAR_JACCARD
# Partial copies: >= 80% of the smaller text's shingles inside the larger one. Seed 000
# is 0.93 inside 003; same-event reports on IndoSum stay below 0.3.
CONTAINMENT = settings.value("dedup.containment")
# A text needs this many shingles (about 40 words) to be judged contained in another:
# shorter texts (one-line teasers, captions) match anywhere.
MIN_CONTAINED_SHINGLES = 40
# Sampling for containment candidates: shingles whose hash is 0 mod 8 (1 in 8).
SAMPLE_MOD = 8
MIN_SHARED_SAMPLES = 3
# Sampled shingles in more than this many documents are stock phrases, not evidence.
MAX_POSTING = 50

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class DedupInput:
    """What dedup needs of an article: its id, text and what makes it canonical."""

    article_id: str
    text: str
    truncated: bool = False
    published: str | None = None  # ISO, for the earliest-first tie-break
    shingles: frozenset[int] = field(default=frozenset(), compare=False)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def exact_key(text: str) -> str:
    return hashlib.sha1(" ".join(tokens(text)).encode("utf-8")).hexdigest()


def shingle_strings(words: Sequence[str], n: int = SHINGLE) -> list[str]:
    if len(words) < n:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]


def shingle_hashes(strings: Iterable[str]) -> frozenset[int]:
    return frozenset(zlib.crc32(s.encode("utf-8")) for s in strings)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def containment(small: frozenset[int], big: frozenset[int]) -> float:
    return len(small & big) / len(small) if small else 0.0


def candidate_pairs(
    docs: Sequence[DedupInput], strings: dict[str, list[str]]
) -> set[tuple[str, str]]:
    """Pairs worth verifying: LSH buckets (near) and shared sampled shingles (contained)."""
    from rensa import RMinHash, RMinHashLSH

    pairs: set[tuple[str, str]] = set()
    lsh = RMinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, num_bands=32)
    index_of = {d.article_id: i for i, d in enumerate(docs)}
    hashes = []
    for i, doc in enumerate(docs):
        mh = RMinHash(num_perm=NUM_PERM, seed=42)
        mh.update(strings[doc.article_id])
        hashes.append(mh)
        lsh.insert(i, mh)
    for i, mh in enumerate(hashes):
        for j in lsh.query(mh):
            if j != i:
                a, b = docs[i].article_id, docs[j].article_id
                pairs.add((min(a, b), max(a, b)))

    postings: dict[int, list[str]] = defaultdict(list)
    for doc in docs:
        for h in doc.shingles:
            if h % SAMPLE_MOD == 0:
                postings[h].append(doc.article_id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ids in postings.values():
        if len(ids) < 2 or len(ids) > MAX_POSTING:
            continue
        ids = sorted(ids, key=index_of.__getitem__)
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ids[x], ids[y]
                shared[(min(a, b), max(a, b))] += 1
    pairs.update(p for p, n in shared.items() if n >= MIN_SHARED_SAMPLES)
    return pairs


def find_duplicates(docs: Sequence[DedupInput]) -> list[DupLink]:
    """Duplicate links for every article that has a duplicate (unique ones are omitted).

    Deterministic and independent of input order: groups, canonicals and relations
    depend only on the set of documents.
    """
    docs = sorted(docs, key=lambda d: d.article_id)
    strings = {d.article_id: shingle_strings(tokens(d.text)) for d in docs}
    docs = [
        d
        if d.shingles
        else DedupInput(
            d.article_id, d.text, d.truncated, d.published, shingle_hashes(strings[d.article_id])
        )
        for d in docs
    ]
    by_id = {d.article_id: d for d in docs}
    keys = {d.article_id: exact_key(d.text) for d in docs}
    uf = _UnionFind()

    first_with_key: dict[str, str] = {}
    for doc in docs:
        if not doc.shingles:
            continue
        key = keys[doc.article_id]
        if key in first_with_key:
            uf.union(first_with_key[key], doc.article_id)
        else:
            first_with_key[key] = doc.article_id

    for a, b in sorted(candidate_pairs(docs, strings)):
        if related_similarity(by_id[a], by_id[b]) is not None:
            uf.union(a, b)

    groups: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        groups[uf.find(doc.article_id)].append(doc.article_id)
    links: list[DupLink] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        canon = min((by_id[m] for m in members), key=canonical_rank)
        group_id = "g" + hashlib.sha1(" ".join(sorted(members)).encode()).hexdigest()[:12]
        for m in sorted(members):
            doc = by_id[m]
            if m == canon.article_id:
                links.append(DupLink(m, group_id, m, "canonical", 1.0))
                continue
            relation, score = relation_to(doc, canon, keys)
            links.append(DupLink(m, group_id, canon.article_id, relation, round(score, 4)))
    return sorted(links, key=lambda link: (link.group, link.article_id))


def related_similarity(a: DedupInput, b: DedupInput) -> float | None:
    """The similarity that makes two documents duplicates, or ``None``."""
    j = jaccard(a.shingles, b.shingles)
    if j >= NEAR_JACCARD:
        return j
    small, big = (a, b) if len(a.shingles) <= len(b.shingles) else (b, a)
    if len(small.shingles) >= MIN_CONTAINED_SHINGLES:
        c = containment(small.shingles, big.shingles)
        if c >= CONTAINMENT:
            return c
    return None


def relation_to(
    doc: DedupInput, canon: DedupInput, keys: dict[str, str]
) -> tuple[DupRelation, float]:
    if keys[doc.article_id] == keys[canon.article_id]:
        return "exact", 1.0
    j = jaccard(doc.shingles, canon.shingles)
    if j >= NEAR_JACCARD:
        return "near", j
    # Linked to the canonical through another member, or contained in it.
    return "contained", containment(doc.shingles, canon.shingles)


def canonical_rank(doc: DedupInput) -> tuple[bool, int, str, str]:
    """Most complete original first: not truncated, longest, earliest, smallest id."""
    return (doc.truncated, -len(doc.shingles), doc.published or "9999", doc.article_id)
