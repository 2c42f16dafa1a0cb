"""Duplicate groups: exact, near and partial copies, each group with a canonical member.

Three tests, cheapest first:

* **exact** - the same normalised text (lower-cased words, punctuation and quote styles
  ignored), by hash;
* **near** - candidates from MinHash LSH (rensa's MinHash, 32 bands of 4 rows keyed by
  :func:`band_keys`) over word 3-shingles, confirmed by the true Jaccard similarity;
* **contained** - one text inside another (a syndicated copy cut short, seed 000 inside
  003): candidates from an inverted index of sampled shingles, confirmed by the share
  of the smaller text's shingles found in the larger (containment), since Jaccard is low
  when the sizes differ.

All three compare the article's *prose* (:func:`prose`): lines without closing
punctuation of at most :data:`MAX_HEADLINE_WORDS` words (related-headline boxes a cleaner
left in, "Baca juga" links, subheadings) are left out, so one body in two portals' chrome
is one group. A near or contained pair must also agree on its numbers
(:func:`numbers_agree`): two texts of one template (the daily gold price, a weather
forecast) share most words but not their figures.

Confirmed pairs are joined with union-find; each group's canonical member is its most
complete original version (not truncated, longest, earliest, then smallest id), and every
other member's relation to the canonical is exact, near or contained.
Articles that share wire paragraphs without being copies are reported apart, never
grouped: :mod:`warta.dedup.passages`.

>>> a = DedupInput("a", "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh " * 3)
>>> b = DedupInput("b", a.text.upper())
>>> [(l.article_id, l.relation) for l in find_duplicates([a, b])]
[('a', 'canonical'), ('b', 'exact')]
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

from warta import settings
from warta.records import DupLink, DupRelation

SHINGLE = 3
NUM_PERM = 128
# Near duplicates: Jaccard of word 3-shingles >= 0.7. Light edits (a changed headline,
# a sentence added, quote styles) keep pairs above 0.8; two reports of the same event by
# different outlets share names and phrases but stay below 0.2 on IndoSum.
NEAR_JACCARD = settings.value("dedup.near_jaccard")
# LSH: 32 bands of 4 rows (:func:`band_keys`) make a pair a candidate with probability
# 1 - (1 - J^4)^32: 0.87 at Jaccard 0.5, 0.9998 at NEAR_JACCARD (0.7), so candidates keep a
# recall margin below the bar; each is confirmed by the true Jaccard.
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

# A body line that is not prose: no closing punctuation and at most this many words
# (related-headline boxes, "Baca juga" links, subheadings, share bars). Leftover boxes
# made identical bodies on two portals miss each other (issue 16): each portal shows
# other headlines, so the boxes are the only difference and enough of it to fall below
# the bars. The words-limit keeps long unpunctuated paragraphs (scraped text without
# final stops) in.
MAX_HEADLINE_WORDS = 20
# Copies agree on their figures: prices, scores, tolls. Two texts from one template
# (the daily gold price, the weather forecast) share most shingles but few numbers. A
# pair is a copy only if at least this share of the smaller text's distinct numbers is
# in the larger one, when it has MIN_NUMBERS of them.
NUMBER_AGREEMENT = 0.5
MIN_NUMBERS = 3

_TOKEN = re.compile(r"\w+", re.UNICODE)
# Numbers of two or more digits: a match starts and ends with a digit. (A lone digit is
# skipped by the scan, as a one-digit branch would consume it and be filtered out.)
_NUMBER = re.compile(r"\d[\d.,]*\d")
_PROSE_END = re.compile(r"[.!?:;\"\u201d\u2019')\]]\s*$")


@dataclass(frozen=True, slots=True)
class DedupInput:
    """What dedup needs of an article: its id, text and what makes it canonical."""

    article_id: str
    text: str
    truncated: bool = False
    published: str | None = None  # ISO, for the earliest-first tie-break
    shingles: frozenset[int] = field(default=frozenset(), compare=False)
    #: Hashes of the distinct number tokens (see :data:`NUMBER_AGREEMENT`).
    numbers: frozenset[int] = field(default=frozenset(), compare=False)


def prose(text: str) -> str:
    """``text`` without its headline-like lines: the part copies are compared on.

    A line is dropped when it has no closing punctuation and at most
    :data:`MAX_HEADLINE_WORDS` words; when nothing is left, the whole text is kept.

    >>> prose("Baca Juga\\nHarga Cabai Naik di Garut\\nBanjir merendam 40 rumah.")
    'Banjir merendam 40 rumah.'
    """
    kept = [
        line
        for line in text.split("\n")
        if _PROSE_END.search(line) or len(line.split()) > MAX_HEADLINE_WORDS
    ]
    return "\n".join(kept) if any(line.strip() for line in kept) else text


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of the prose of ``text`` (see :func:`prose`)."""
    return _TOKEN.findall(prose(text).lower())


def number_hashes(text: str) -> frozenset[int]:
    """Hashes of the distinct numbers of two or more digits in the prose of ``text``
    ("1.512.000", "0,45", "2024"); single digits are too common to tell texts apart."""
    return _prose_numbers(prose(text))


def _prose_numbers(body: str) -> frozenset[int]:
    return frozenset(_crc32s(_NUMBER.findall(body)))


def exact_key(text: str) -> str:
    return hashlib.sha1(" ".join(tokens(text)).encode("utf-8")).hexdigest()


def shingle_strings(words: Sequence[str], n: int = SHINGLE) -> list[str]:
    if len(words) < n:
        return [" ".join(words)] if words else []
    # map/zip, not a comprehension over slices: the loop runs in C (hot in every build).
    # The shortest tail, words[n - 1:], ends the zip at the last whole shingle.
    return list(map(" ".join, zip(*(words[i:] for i in range(n)), strict=False)))


def shingle_hashes(strings: Iterable[str]) -> frozenset[int]:
    return frozenset(_crc32s(strings))


def _crc32s(strings: Iterable[str]) -> Iterator[int]:
    """CRC-32 of each string's UTF-8 bytes (``str.encode``'s default), in order."""
    return map(zlib.crc32, map(str.encode, strings))


@dataclass(frozen=True, slots=True)
class Shingled:
    """What dedup derives from one text, from one pass over its prose
    (:func:`shingle_text`): each field equals the function named beside it."""

    strings: list[str]  # shingle_strings(tokens(text))
    shingles: frozenset[int]  # shingle_hashes(strings)
    exact: str  # exact_key(text)
    numbers: frozenset[int]  # number_hashes(text)
    #: Per line of ``prose(text)``: ``shingle_hashes(shingle_strings(tokens(line)))``
    #: (the paragraphs of :mod:`warta.dedup.passages`).
    paragraphs: list[frozenset[int]]


def shingle_text(text: str) -> Shingled:
    """:class:`Shingled` of ``text``: tokenised, shingled and hashed once.

    The lowered prose is tokenised line by line: a token never spans a line break, nor
    does ``str.lower`` look across one (its only context rule, the final sigma, stops
    there). So the lines' tokens, end to end, are :func:`tokens` of the text; each line's
    are :func:`tokens` of that line (``prose`` keeps a single line whole); and a line's
    shingles are a run of the text's, hashed once.

    >>> s = shingle_text("Satu dua tiga empat.\\nLima enam tujuh.")
    >>> s.strings
    ['satu dua tiga', 'dua tiga empat', 'tiga empat lima', 'empat lima enam', 'lima enam tujuh']
    >>> [len(p) for p in s.paragraphs]
    [2, 1]
    """
    body = prose(text)
    lines = [_TOKEN.findall(line) for line in body.lower().split("\n")]
    words = list(chain.from_iterable(lines))
    strings = shingle_strings(words)
    hashes = list(_crc32s(strings))
    paragraphs = []
    start = 0  # the line's first word in ``words``: its shingles start there too
    for line in lines:
        if len(line) >= SHINGLE:
            paragraphs.append(frozenset(hashes[start : start + len(line) - SHINGLE + 1]))
        else:  # one short shingle of its own, or none
            paragraphs.append(shingle_hashes(shingle_strings(line)))
        start += len(line)
    return Shingled(
        strings,
        frozenset(hashes),
        hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest(),
        _prose_numbers(body),
        paragraphs,
    )


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


BANDS = 32  # MinHash LSH: 32 bands of 4 rows of the 128-value digest
ROWS = NUM_PERM // BANDS


def band_keys(strings: Sequence[str]) -> list[int]:
    """Signed 64-bit keys of the :data:`BANDS` MinHash bands of a document's shingle
    strings: two documents are near-duplicate candidates when one key is equal.

    Signed so SQLite can index them (:mod:`warta.corpus.duplicates`); the Dask engine
    keys its shuffle with the same values (:mod:`warta.scale.dedup`).
    """
    from rensa import RMinHash

    mh = RMinHash(num_perm=NUM_PERM, seed=42)
    mh.update(list(strings))
    # Band b's key hashes bytes([b]) and its ROWS values as native uint32: the digest is
    # packed once and sliced, and the 8-byte hashes are read as little-endian int64 at once.
    packed = array("I", mh.digest()).tobytes()
    width = ROWS * array("I").itemsize
    return list(
        _BAND_KEYS.unpack(
            b"".join(
                hashlib.blake2b(
                    _BAND_PREFIX[b] + packed[b * width : (b + 1) * width], digest_size=8
                ).digest()
                for b in range(BANDS)
            )
        )
    )


_BAND_PREFIX = [bytes([b]) for b in range(BANDS)]
_BAND_KEYS = struct.Struct(f"<{BANDS}q")


def sample_keys(shingles: Iterable[int]) -> list[int]:
    """The sampled shingles of a document (hash 0 mod :data:`SAMPLE_MOD`), sorted."""
    return sorted(h for h in shingles if h % SAMPLE_MOD == 0)


#: ``{sampled shingle: number of documents holding it}`` across a whole store, when the
#: documents compared are only part of it (see :func:`sampled_pairs`).
PostingCounts = Mapping[int, int]


def candidate_pairs(
    docs: Sequence[DedupInput],
    strings: Mapping[str, Sequence[str]],
    posting_counts: PostingCounts | None = None,
    *,
    bands: Mapping[str, Sequence[int]] | None = None,
) -> set[tuple[str, str]]:
    """Pairs worth verifying: a shared MinHash band (near) and shared sampled shingles
    (contained). Pairwise: whether two documents are a candidate pair depends on the
    two alone, save for the stock-phrase rule of :func:`sampled_pairs`. ``bands``: the
    :func:`band_keys` of documents, when known (``strings`` need not hold those)."""
    known = bands or {}
    pairs: set[tuple[str, str]] = set()
    buckets: dict[int, list[str]] = defaultdict(list)
    for doc in docs:
        if doc.shingles:  # no shingles: never a duplicate, no bucket
            keys = known.get(doc.article_id)
            if keys is None:
                keys = band_keys(strings[doc.article_id])
            for key in keys:
                buckets[key].append(doc.article_id)
    for ids in buckets.values():
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ids[x], ids[y]
                pairs.add((min(a, b), max(a, b)))
    pairs.update(sampled_pairs(docs, posting_counts))
    return pairs


def sampled_pairs(
    docs: Sequence[DedupInput], posting_counts: PostingCounts | None = None
) -> set[tuple[str, str]]:
    """Pairs sharing at least :data:`MIN_SHARED_SAMPLES` sampled shingles (a shingle whose
    hash is 0 mod :data:`SAMPLE_MOD`, found in at most :data:`MAX_POSTING` documents):
    the candidates for containment and for shared passages.

    ``posting_counts`` gives the number of documents holding each sampled shingle when
    ``docs`` are part of a larger store, so a stock phrase of the store is one here too.
    """
    index_of = {d.article_id: i for i, d in enumerate(docs)}
    postings: dict[int, list[str]] = defaultdict(list)
    for doc in docs:
        for h in doc.shingles:
            if h % SAMPLE_MOD == 0:
                postings[h].append(doc.article_id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for h, ids in postings.items():
        size = len(ids) if posting_counts is None else posting_counts.get(h, len(ids))
        if len(ids) < 2 or size > MAX_POSTING:
            continue
        ids = sorted(ids, key=index_of.__getitem__)
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ids[x], ids[y]
                shared[(min(a, b), max(a, b))] += 1
    return {p for p, n in shared.items() if n >= MIN_SHARED_SAMPLES}


def find_duplicates(
    docs: Sequence[DedupInput],
    posting_counts: PostingCounts | None = None,
    strings: Mapping[str, list[str]] | None = None,
    *,
    exact_keys: Mapping[str, str] | None = None,
    bands: Mapping[str, Sequence[int]] | None = None,
    pairs: Collection[tuple[str, str]] | None = None,
) -> list[DupLink]:
    """Duplicate links for every article that has a duplicate (unique ones are omitted).

    Deterministic and independent of input order: groups, canonicals and relations
    depend only on the set of documents. ``posting_counts``: see :func:`sampled_pairs`
    (the incremental store passes its own, :mod:`warta.corpus.duplicates`); ``strings``,
    ``exact_keys``, ``bands``: each document's :func:`shingle_strings`, :func:`exact_key`
    and :func:`band_keys`, when the caller has them already (the strings of a document
    with shingles and band keys are not read). ``pairs``: the :func:`candidate_pairs` of
    ``docs`` that can link, when the caller knows them (then neither strings nor band
    keys are read; pairs that cannot link may be left out).
    """
    docs = sorted(docs, key=lambda d: d.article_id)
    given = strings or {}
    known = bands or {}
    strings = {
        d.article_id: given.get(d.article_id) or shingle_strings(tokens(d.text))
        for d in docs
        if not d.shingles or (pairs is None and d.article_id not in known)
    }
    docs = [
        replace(
            d,
            shingles=d.shingles or shingle_hashes(strings[d.article_id]),
            numbers=d.numbers or number_hashes(d.text),
        )
        for d in docs
    ]
    by_id = {d.article_id: d for d in docs}
    given_keys = exact_keys or {}
    keys = {d.article_id: given_keys.get(d.article_id) or exact_key(d.text) for d in docs}
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

    if pairs is None:
        pairs = candidate_pairs(docs, strings, posting_counts, bands=known)
    for a, b in sorted(pairs):
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
    if not numbers_agree(a.numbers, b.numbers):
        return None
    j = jaccard(a.shingles, b.shingles)
    if j >= NEAR_JACCARD:
        return j
    small, big = (a, b) if len(a.shingles) <= len(b.shingles) else (b, a)
    if len(small.shingles) >= MIN_CONTAINED_SHINGLES:
        c = containment(small.shingles, big.shingles)
        if c >= CONTAINMENT:
            return c
    return None


def numbers_agree(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether the smaller set of numbers is mostly inside the other (see
    :data:`NUMBER_AGREEMENT`); true when it has fewer than :data:`MIN_NUMBERS`."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < MIN_NUMBERS:
        return True
    return len(small & big) / len(small) >= NUMBER_AGREEMENT


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
