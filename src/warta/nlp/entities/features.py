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
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

__all__ = ["CACHE_LIMIT", "FeatureExtractor", "Resources", "is_caseless"]

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
        low = word.lower()
        clusters = self.resources.clusters.get(low, ())
        full_shape = word.translate(_CASELESS_SHAPE if caseless else _CASE_SHAPE)
        shape = _SHORTEN.sub("", full_shape)
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
        if not clusters:
            own.append("c=none")
        own.extend(f"c{i}={c}" for i, c in enumerate(clusters))
        views = []
        for off in ("-2", "-1", "+1", "+2"):
            near = off in ("-1", "+1")
            view = [off + "w=" + low, off + "s=" + shape]
            if clusters:
                view.extend(f"{off}c{i}={c}" for i, c in enumerate(clusters) if near or i < 2)
            views.append(view)
        entry = (own, *views)
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = entry
        return entry

    def _gazetteer(self, lows: Sequence[str]) -> list[list[str]]:
        """B-/I- tags of the longest gazetteer match covering each token (greedy, left first)."""
        gaz = self.resources.gazetteer
        out: list[list[str]] = [[] for _ in lows]
        starts = self._starts
        n = len(lows)
        i = 0
        while i < n:
            sizes = starts.get(lows[i])
            matched = 0
            if sizes is not None:
                for size in sizes:
                    types = gaz.get(" ".join(lows[i : i + size])) if i + size <= n else None
                    if types is not None:
                        for j in range(i, i + size):
                            pos = "B" if j == i else "I"
                            out[j].extend(f"g{pos}={t}" for t in types.split("|"))
                            out[j].append(f"g{pos}")
                        matched = size
                        break
            i += matched or 1
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


def is_caseless(tokens: Sequence[str]) -> bool:
    """True when a sentence has no upper-case letter: it is tagged in caseless mode."""
    return not any(t != t.lower() for t in tokens)
