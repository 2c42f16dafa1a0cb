"""The CRF's input: crfsuite attribute lists for a sentence of tokens.

:class:`FeatureExtractor` turns tokens into one attribute list per token - word, shape,
affixes, word clusters, neighbours at offsets -2..+2, a bigram, position and gazetteer
matches - exactly as :mod:`warta.nlp.entities.ner` was trained on them (``scripts/train_ner.py``
uses the same class). :class:`Resources` holds the lookup tables the features read
(:func:`warta.nlp.entities.ner.load_resources` reads them from the model directory);
:func:`is_caseless` decides whether a sentence is featurised without capitalisation.
Features of a word type are cached, up to ``CACHE_LIMIT`` types.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "CACHE_LIMIT",
    "SEGMENTS",
    "BigramIndex",
    "FeatureExtractor",
    "GazetteerTrie",
    "Resources",
    "Vocabulary",
    "gazetteer_features",
    "is_caseless",
]

_DIGIT = re.compile(r"\d")
_CASE_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_CASELESS_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "a" * 52 + "d" * 10,
)
_SHORTEN = re.compile(r"(?<=(.))\1+")  # runs of one character -> that character
_OFFSETS = ("-2", "-1", "+1", "+2")  # the neighbour views, in the order the model reads them
# Bounded so a long-running process tagging an endless stream does not grow without end;
# 200k word types covers several million tokens of news before the cache is reset.
CACHE_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class Resources:
    """Lookup tables the features read: word clusters and a name gazetteer."""

    clusters: dict[str, tuple[str, ...]]  # lower-cased word -> cluster ids, coarse to fine
    gazetteer: dict[str, str]  # lower-cased token n-gram -> types it names, e.g. "LOC|PER"
    max_ngram: int = 4
    # lower-cased word -> row of ``vectors``: dense distributional features "e0".."eN" of
    # the word itself, real-valued (the only non-binary attributes).
    vector_index: dict[str, int] = field(default_factory=dict)
    vectors: NDArray[np.float32] | None = None

    def dense(self, word: str) -> dict[str, float]:
        """The dense attributes of a word (empty when it has no vector)."""
        row = self.vector_index.get(word.lower())
        if row is None or self.vectors is None:
            return {}
        return {f"e{d}": float(v) for d, v in enumerate(self.vectors[row])}


class FeatureExtractor:
    """Turns a sentence of tokens into crfsuite attribute lists (one list per token).

    Features of a word type are computed once and cached, so tagging cost is dominated by
    list concatenation: a token gets its own features plus short views of its neighbours
    at offsets -2..+2, a bigram with its left neighbour and gazetteer-match tags.
    """

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self._cache: dict[tuple[str, bool], tuple[list[str], ...]] = {}
        self._shapes: dict[str, str] = {}  # full shape -> shape without repeats
        self._clusters: dict[tuple[str, ...], tuple[list[str], tuple[list[str], ...]]] = {}
        # First word of each gazetteer name -> the name lengths starting with it, longest
        # first, so most tokens cost one dictionary miss.
        starts: dict[str, set[int]] = {}
        for name in resources.gazetteer:
            words = name.split(" ")
            starts.setdefault(words[0], set()).add(len(words))
        self._starts = {w: sorted(sizes, reverse=True) for w, sizes in starts.items()}

    def word(self, word: str, caseless: bool) -> tuple[list[str], ...]:
        """Features of a word type: its own list, then its views at offsets -2, -1, +1, +2."""
        key = (word, caseless)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        entry = self.word_uncached(word, caseless)
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = entry
        return entry

    def word_uncached(self, word: str, caseless: bool) -> tuple[list[str], ...]:
        """:meth:`word` without the cache, for callers that cache something derived from it."""
        low = word.lower()
        clusters = self.resources.clusters.get(low, ())
        full_shape = word.translate(_CASELESS_SHAPE if caseless else _CASE_SHAPE)
        shape = self._shapes.get(full_shape)
        if shape is None:
            if len(self._shapes) > CACHE_LIMIT:
                self._shapes.clear()
            shape = self._shapes[full_shape] = _SHORTEN.sub("", full_shape)
        own = [
            "w=" + low,
            "s=" + shape,
            "p2=" + low[:2],
            "p3=" + low[:3],
            "s2=" + low[-2:],
            "s3=" + low[-3:],
            "s4=" + low[-4:],
            "len=" + str(min(len(word), 12)),
        ]
        if not caseless:
            if word[:1].isupper():
                own.append("cap")
                if len(word) > 1 and word.isupper():
                    own.append("allcaps")
            own.append("sx=" + full_shape[:6])
        if _DIGIT.search(word):
            own.append("digit")
        if "-" in word:
            own.append("hyph")
        own_clusters, view_clusters = self._cluster_features(clusters)
        own.extend(own_clusters)
        views = [
            [off + "w=" + low, off + "s=" + shape, *near]
            for off, near in zip(_OFFSETS, view_clusters, strict=True)
        ]
        return (own, *views)

    def _cluster_features(
        self, clusters: tuple[str, ...]
    ) -> tuple[list[str], tuple[list[str], ...]]:
        """A word's cluster attributes, its own and its views' (shared by every word with
        the same clusters, so computed once per cluster path)."""
        hit = self._clusters.get(clusters)
        if hit is None:
            own = [f"c{i}={c}" for i, c in enumerate(clusters)] if clusters else ["c=none"]
            views = tuple(
                [f"{off}c{i}={c}" for i, c in enumerate(clusters) if off in ("-1", "+1") or i < 2]
                for off in _OFFSETS
            )
            hit = self._clusters[clusters] = (own, views)
        return hit

    def starts_name(self, low: str) -> bool:
        """True when the lower-cased word ``low`` is the first word of a gazetteer name."""
        return low in self._starts

    def gazetteer_matches(
        self, tokens: Sequence[str], candidates: Iterable[int]
    ) -> list[tuple[int, int, str]]:
        """Longest gazetteer matches ``(start, size, types)``, greedy and left first.

        ``candidates`` are the ascending token positions worth trying: every position, or
        only those whose lower-cased token :meth:`starts_name` (the others never match, so
        the result is the same). A match hides the candidates inside it.
        """
        gaz = self.resources.gazetteer
        n = len(tokens)
        out: list[tuple[int, int, str]] = []
        free = 0  # the first position not inside a match
        for i in candidates:
            sizes = self._starts.get(tokens[i].lower()) if i >= free else None
            for size in sizes or ():
                if i + size > n:
                    continue
                types = gaz.get(" ".join([t.lower() for t in tokens[i : i + size]]))
                if types is not None:
                    out.append((i, size, types))
                    free = i + size
                    break
        return out

    def _gazetteer(self, lows: Sequence[str]) -> list[list[str]]:
        """B-/I- tags of the longest gazetteer match covering each token (greedy, left first)."""
        out: list[list[str]] = [[] for _ in lows]
        for start, size, types in self.gazetteer_matches(lows, range(len(lows))):
            for j in range(start, start + size):
                out[j].extend(gazetteer_features(j == start, types))
        return out

    def extras(self, tokens: Sequence[str], caseless: bool) -> list[list[str]]:
        """Per-token features that depend on more than one word: position, bigram, gazetteer."""
        lows = [t.lower() for t in tokens]
        out = self._gazetteer(lows)
        n = len(tokens)
        for i, f in enumerate(out):
            f.append("bias")
            if caseless:
                f.append("lcmode")
            if i == 0:
                f.append("BOS")
            else:
                f.append("bg=" + lows[i - 1] + "|" + lows[i])
            if i == n - 1:
                f.append("EOS")
        return out

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """The full attribute lists of one sentence, as the CRF was trained on them."""
        caseless = is_caseless(tokens)
        words = [self.word(t, caseless) for t in tokens]
        feats = self.extras(tokens, caseless)
        n = len(tokens)
        for i, f in enumerate(feats):
            f.extend(words[i][0])
            if i > 0:
                f.extend(words[i - 1][2])
            if i > 1:
                f.extend(words[i - 2][1])
            if i < n - 1:
                f.extend(words[i + 1][3])
            if i < n - 2:
                f.extend(words[i + 2][4])
        return feats


def gazetteer_features(first: bool, types: str) -> list[str]:
    """The attributes of a token in a gazetteer match: ``gB=LOC``, ..., ``gB`` (``gI`` inside)."""
    pos = "B" if first else "I"
    return [*(f"g{pos}={t}" for t in types.split("|")), f"g{pos}"]


def is_caseless(tokens: Sequence[str]) -> bool:
    """True when a sentence has no upper-case letter: it is tagged in caseless mode."""
    return not any(t != t.lower() for t in tokens)


#: A word type's attributes come in this many runs: its own, then its views at -2, -1, +1, +2.
SEGMENTS = 5


class Vocabulary:
    """Attribute ids of known word types, read from a file shipped with the model.

    Per casing mode (cased, caseless), each word maps to its attribute ids in
    :data:`SEGMENTS` runs, exactly as :meth:`FeatureExtractor.word` and the model's
    attribute index give them, so a fresh process need not featurise the words the model
    was built from. ``fingerprint`` ties the file to the model and word clusters it was
    written for; :meth:`read` ignores a file written for another model.
    """

    def __init__(
        self,
        fingerprint: str,
        words: tuple[list[str], list[str]],
        lengths: tuple[NDArray[np.uint8], NDArray[np.uint8]],
        ids: tuple[NDArray[np.int64], NDArray[np.int64]],
    ) -> None:
        self.fingerprint = fingerprint
        self.words = words
        self.lengths = lengths  # (words, SEGMENTS) run lengths per mode
        self.ids = ids  # every word's runs, one after the other, per mode
        self.index = tuple({w: i for i, w in enumerate(ws)} for ws in words)
        self._offsets = tuple(
            np.concatenate(([0], np.cumsum(ln.sum(1, dtype=np.int64)))) for ln in lengths
        )

    def gather(
        self, rows: Sequence[int], caseless: bool
    ) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
        """The ids of the words at ``rows`` (one after the other) and their run lengths."""
        mode = int(caseless)
        picked = np.asarray(rows, dtype=np.intp)
        starts = self._offsets[mode][picked]
        sizes = self._offsets[mode][picked + 1] - starts
        before = np.cumsum(sizes) - sizes  # where each word's ids start in the output
        where = np.arange(int(sizes.sum())) + np.repeat(starts - before, sizes)
        return self.ids[mode][where].astype(np.intp), self.lengths[mode][picked].astype(np.intp)

    def write(self, path: Path) -> None:
        """Save to ``path`` (an ``.npz``); words are stored newline-joined (tokens hold none)."""
        arrays: dict[str, NDArray[np.generic]] = {"fingerprint": np.array(self.fingerprint)}
        for mode, name in enumerate(("cased", "caseless")):
            text = "\n".join(self.words[mode]).encode("utf-8")
            arrays[f"{name}.words"] = np.frombuffer(text, dtype=np.uint8)
            arrays[f"{name}.lengths"] = self.lengths[mode]
            wide = int(self.ids[mode].max(initial=0)) > np.iinfo(np.uint16).max
            arrays[f"{name}.ids"] = self.ids[mode].astype(np.uint32 if wide else np.uint16)
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    @classmethod
    def read(cls, path: Path, fingerprint: str) -> Vocabulary | None:
        """The vocabulary at ``path``, or None when it is absent or written for another model."""
        if not path.exists():
            return None
        with np.load(path) as npz:
            if str(npz["fingerprint"]) != fingerprint:
                return None
            words, lengths, ids = [], [], []
            for name in ("cased", "caseless"):
                text = npz[f"{name}.words"].tobytes().decode("utf-8")
                words.append(text.split("\n") if text else [])
                lengths.append(npz[f"{name}.lengths"].astype(np.uint8))
                ids.append(npz[f"{name}.ids"].astype(np.int64))
        return cls(fingerprint, (words[0], words[1]), (lengths[0], lengths[1]), (ids[0], ids[1]))


class BigramIndex:
    """Finds the model's ``bg=left|right`` attributes for many token pairs at once.

    Words that occur in a bigram attribute get a number; a pair of numbers is one integer
    key, looked up with a binary search over the sorted keys. A token holding ``|`` makes
    an attribute readable several ways; every reading is indexed (only the true pair of
    tokens spells the attribute, so no reading can match a wrong pair).
    """

    def __init__(self, attributes: Sequence[str], missing: int) -> None:
        self.missing = missing  # the id returned for a pair that is no attribute
        self.words: dict[str, int] = {}
        keys: list[tuple[int, int, int]] = []
        for attr_id, attr in enumerate(attributes):
            if not attr.startswith("bg="):
                continue
            body = attr[3:]
            bar = body.find("|")
            while bar >= 0:
                left = self.words.setdefault(body[:bar], len(self.words))
                right = self.words.setdefault(body[bar + 1 :], len(self.words))
                keys.append((left, right, attr_id))
                bar = body.find("|", bar + 1)
        self.size = max(len(self.words), 1)
        table = np.array(keys, dtype=np.int64).reshape(-1, 3)
        encoded = table[:, 0] * self.size + table[:, 1]
        order = np.argsort(encoded, kind="stable")
        self.keys = encoded[order]
        self.attributes = table[order, 2].astype(np.intp)

    def word(self, low: str) -> int:
        """The number of a lower-cased word in the bigram attributes, -1 if it has none."""
        return self.words.get(low, -1)

    def lookup(self, left: NDArray[np.int64], right: NDArray[np.int64]) -> NDArray[np.intp]:
        """Attribute ids of the pairs ``(left[i], right[i])`` of word numbers (-1: none)."""
        known = (left >= 0) & (right >= 0)
        query = np.where(known, left * self.size + right, -1)
        if not len(self.keys):
            return np.full(query.shape, self.missing, dtype=np.intp)
        at = np.minimum(np.searchsorted(self.keys, query), len(self.keys) - 1)
        hit = known & (self.keys[at] == query)
        return np.where(hit, self.attributes[at], self.missing)


class GazetteerTrie:
    """The gazetteer's names as a trie over word numbers, walked at many positions at once.

    :meth:`longest` gives, for each start position, the longest name there - what
    :meth:`FeatureExtractor.gazetteer_matches` tries size by size - as long as no token
    holds a space (a name is its words joined by spaces, so such a token could match part
    of a name: leave those sentences to ``gazetteer_matches``).
    """

    def __init__(self, gazetteer: dict[str, str]) -> None:
        self.words: dict[str, int] = {}
        edges: dict[tuple[int, int], int] = {}
        self.types: list[str] = [""]  # node -> the types of the name ending there ("" none)
        depth = 0
        for name, types in gazetteer.items():
            node = 0
            words = name.split(" ")
            depth = max(depth, len(words))
            for word in words:
                key = (node, self.words.setdefault(word, len(self.words)))
                child = edges.get(key)
                if child is None:
                    child = edges[key] = len(self.types)
                    self.types.append("")
                node = child
            self.types[node] = types
        self.depth = depth
        self._size = max(len(self.words), 1)
        table = np.array([(n * self._size + w, c) for (n, w), c in edges.items()], dtype=np.int64)
        table = table.reshape(-1, 2)[np.argsort(table.reshape(-1, 2)[:, 0], kind="stable")]
        self._keys, self._children = table[:, 0], table[:, 1]
        self._ends = np.array([bool(t) for t in self.types])

    def word(self, low: str) -> int:
        """The number of a lower-cased word in the names, -1 if no name holds it."""
        return self.words.get(low, -1)

    def _step(self, nodes: NDArray[np.int64], words: NDArray[np.int64]) -> NDArray[np.int64]:
        """The children of ``nodes`` along ``words`` (-1 where there is none)."""
        live = (nodes >= 0) & (words >= 0)
        query = np.where(live, nodes * self._size + words, -1)
        if not len(self._keys):
            return np.full(query.shape, -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self._keys, query), len(self._keys) - 1)
        return np.where(live & (self._keys[at] == query), self._children[at], -1)

    def longest(
        self, words: NDArray[np.int64], rows: NDArray[np.intp], starts: NDArray[np.intp]
    ) -> tuple[NDArray[np.intp], NDArray[np.int64]]:
        """Size (0: none) and end node of the longest name at each ``(rows[i], starts[i])``.

        ``words`` is a (sentences x width) array of word numbers, -1 past a sentence's end.
        """
        width = words.shape[1]
        nodes = np.zeros(len(rows), dtype=np.int64)
        sizes = np.zeros(len(rows), dtype=np.intp)
        found = np.zeros(len(rows), dtype=np.int64)
        for offset in range(self.depth):
            at = starts + offset
            inside = at < width
            nodes = self._step(nodes, np.where(inside, words[rows, np.minimum(at, width - 1)], -1))
            ends = (nodes >= 0) & self._ends[np.maximum(nodes, 0)]
            sizes[ends] = offset + 1
            found[ends] = nodes[ends]
            if not (nodes >= 0).any():
                break
        return sizes, found
