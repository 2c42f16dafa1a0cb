"""Named-entity recognition for Indonesian news: PER, ORG and LOC, offline, on one core.

The shipped model is a linear-chain CRF (python-crfsuite) over word, shape, affix,
context, word-cluster and gazetteer features; it lives in ``warta/models/ner/`` and is
rebuilt from the shared data by ``python scripts/train_ner.py`` (see ``MODEL_CARD.md``
there for data, figures and limits).
The features the CRF reads are built by :mod:`warta.nlp.entities.features`
(:class:`FeatureExtractor`, :class:`Resources` and :func:`is_caseless` are re-exported
here); this module tokenises, loads the model and decodes.

Contract:

* :func:`tokenize` -> ``[(token, start, end), ...]`` with ``text[start:end] == token``;
  hyphenated names ("Choi Min-seo") and numbers ("Rp10.000", "3,5") stay one token.
* :func:`tag` -> one BIO tag per token (``O``, ``B-PER``, ``I-ORG``, ...); the model is
  loaded on first use and cached for the process.
* :func:`find_mentions` -> :class:`~warta.records.Mention` records whose ``start``/``end``
  index into the given text and whose ``text == text[start:end]``;
  :func:`find_mentions_many` gives the same for many texts at once, faster.
* :func:`tag_conll` -> the CoNLL interface: pre-tokenised lines in (token in the first
  column, other columns ignored, blank line between sentences), ``token<TAB>tag`` out, in
  the same order and with the same blank lines.

Speed: sentences are decoded in batches with no Python per token beyond one dictionary
look-up: each word type's summed weights are kept per process (:class:`_TypeTable`), the
attribute ids of the model's vocabulary ship in ``vocabulary.npz`` (:func:`write_vocabulary`),
and the emission sums and Viterbi run in numpy over the whole batch, adding in crfsuite's
order so scores and tags are bit-for-bit those of decoding one sentence at a time
(``tests/nlp/entities/test_ner_batch.py``; figures from ``bench/bench_ner.py``).

Casing: sentences with no upper-case letter at all (lower-cased text such as NER Prosa,
chat, headlines typed in lower case) are tagged in a caseless mode whose features ignore
capitalisation; the model was trained on both cased text and lower-cased copies of it.

Styles: the three training corpora follow different annotation guidelines, so the model
has a general part plus one part per corpus style (``idner``, ``nergrit``, ``nerp``). The
default, ``auto``, uses ``idner`` for cased sentences and ``nerp`` for caseless ones.
The styles differ in where they draw lines (country names and nationalities: LOC in
NERGrit and NERP, often O in idner-news-2k; place nouns inside the LOC span in NERGrit:
"Kota Bandung"), so a corpus scores far better in its own style: NERGrit valid 0.725 in
``nergrit`` vs 0.595 in ``auto`` (the "Label conventions" section of ``MODEL_CARD.md``).

>>> [m.text for m in find_mentions("Presiden Joko Widodo bertemu Budi Santoso di Surabaya.")]
['Joko Widodo', 'Budi Santoso', 'Surabaya']
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import cast

import numpy as np
from numpy.typing import NDArray

from warta.errors import InvalidParameterError, WartaError
from warta.nlp.entities.features import (
    CACHE_LIMIT,
    SEGMENTS,
    BigramIndex,
    FeatureExtractor,
    GazetteerTrie,
    Resources,
    Vocabulary,
    gazetteer_features,
    is_caseless,
)
from warta.nlp.sentences import split_sentences
from warta.records import EntityType, Mention

__all__ = [
    "DEFAULT_STYLE",
    "MODEL_DIR",
    "STYLES",
    "FeatureExtractor",
    "ModelNotFoundError",
    "Resources",
    "conll_token",
    "find_mentions",
    "find_mentions_many",
    "is_caseless",
    "load_resources",
    "spans_to_mentions",
    "tag",
    "tag_conll",
    "tag_sentences",
    "tokenize",
]

#: Where the shipped model lives: ``ner.npz``, the cluster and gazetteer tables and the
#: vocabulary cache.
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
MODEL_FILE = "ner.npz"
CLUSTERS_FILE = "clusters.tsv"
GAZETTEER_FILE = "gazetteer.tsv"
VECTORS_FILE = "vectors.npz"
#: Attribute ids of the model's vocabulary (training tokens and clustered words), so a
#: fresh process need not featurise them: see :func:`write_vocabulary`.
VOCABULARY_FILE = "vocabulary.npz"
#: Annotation styles the model was trained on, one per corpus (``ner.npz`` lists them).
STYLES = ("idner", "nergrit", "nerp")
#: "auto": cased sentences in the "idner" style (re-annotated Indonesian news; on its dev
#: split F1 0.85 in this style vs 0.67 in "nergrit"), caseless ones in the "nerp" style
#: (lower-cased news; NERP valid F1 0.78 in this style vs 0.65 in "idner").
DEFAULT_STYLE = "auto"

# Words keep internal hyphens and apostrophes (Min-seo, Ma'ruf) and numeric separators
# (Rp10.000, 3,5, 27/3); everything else that is not a space is a token of its own.
_TOKEN = re.compile(r"\w+(?:[-'’]\w+|[.,:/]\d+)*|[^\w\s]")
# Sentences decoded together: each Viterbi step is a few numpy calls whatever the batch,
# so batching amortises them; past a few hundred sentences the padding and the arrays grow
# more than the calls saved.
_BATCH = 256
# Attributes every token gets by its place in the sentence, after its gazetteer ones.
_POSITION_ATTRIBUTES = ("bias", "lcmode", "BOS", "EOS")
_EMPTY: NDArray[np.intp] = np.empty(0, dtype=np.intp)


class ModelNotFoundError(WartaError):
    """The shipped NER model files are missing (a source checkout without the model)."""

    code = "model-not-found"
    status = 500


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split ``text`` into ``(token, start, end)`` with exact character offsets.

    >>> tokenize("Choi Min-seo tiba di Surabaya.")  # doctest: +NORMALIZE_WHITESPACE
    [('Choi', 0, 4), ('Min-seo', 5, 12), ('tiba', 13, 17), ('di', 18, 20),
     ('Surabaya', 21, 29), ('.', 29, 30)]
    """
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def load_resources(model_dir: Path) -> Resources:
    """Read ``clusters.tsv`` and ``gazetteer.tsv`` from ``model_dir`` (both optional)."""
    clusters: dict[str, tuple[str, ...]] = {}
    path = model_dir / CLUSTERS_FILE
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            word, _, ids = line.partition("\t")
            clusters[word] = tuple(ids.split("\t"))
    gazetteer: dict[str, str] = {}
    path = model_dir / GAZETTEER_FILE
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _, types = line.partition("\t")
            gazetteer[name] = types
    longest = max((n.count(" ") + 1 for n in gazetteer), default=1)
    vector_index: dict[str, int] = {}
    vectors = None
    path = model_dir / VECTORS_FILE
    if path.exists():
        with np.load(path) as npz:
            vector_index = {str(w): i for i, w in enumerate(npz["words"])}
            vectors = npz["vectors"].astype(np.float32)
    return Resources(clusters, gazetteer, min(longest, 6), vector_index, vectors)


class _TypeTable:
    """The word types one style has scored: their summed weights, row by row.

    ``scores[k, row]`` is the sum of the weight rows of run ``k`` of the word's attributes
    (its own, then its views at -2, -1, +1, +2); row 0 is the padding word, all zeros, so
    a padded batch reads plain zeros past a sentence's end. ``bigram`` and ``names`` hold
    the word's number in the bigram attributes and whether it starts a gazetteer name,
    ``gazetteer`` its number in the gazetteer's names (-1: none, as for padding).
    """

    def __init__(self, labels: int, capacity: int = 1024) -> None:
        self.rows: tuple[dict[str, int], dict[str, int]] = ({}, {})  # cased, caseless
        self.size = 1
        self.scores = np.zeros((SEGMENTS, capacity, labels))
        self.bigram = np.full(capacity, -1, dtype=np.int64)
        self.names = np.zeros(capacity, dtype=bool)
        self.gazetteer = np.full(capacity, -1, dtype=np.int64)

    def reserve(self, extra: int) -> None:
        """Make room for ``extra`` more rows (doubling, so appends are amortised)."""
        capacity = len(self.bigram)
        if self.size + extra <= capacity:
            return
        while capacity < self.size + extra:
            capacity *= 2
        used = self.size
        scores = np.zeros((SEGMENTS, capacity, self.scores.shape[2]))
        scores[:, :used] = self.scores[:, :used]
        bigram = np.full(capacity, -1, dtype=np.int64)
        bigram[:used] = self.bigram[:used]
        names = np.zeros(capacity, dtype=bool)
        names[:used] = self.names[:used]
        gazetteer = np.full(capacity, -1, dtype=np.int64)
        gazetteer[:used] = self.gazetteer[:used]
        self.scores, self.bigram, self.names, self.gazetteer = scores, bigram, names, gazetteer


class _Model:
    """The linear-chain CRF, decoded in numpy a batch of sentences at a time.

    The weights are crfsuite's (see ``scripts/train_ner.py``), exported to ``ner.npz``: a
    token's emission score is the sum of its attributes' weight rows. Most attributes
    belong to one word type (its own features and its views as a neighbour), so their sums
    are kept per word type and style in a :class:`_TypeTable`; the attribute ids of the
    words the model was built from ship in ``vocabulary.npz`` so a fresh process does not
    featurise them. A batch costs one dictionary look-up per token; the rest - gathering
    the rows, adding the bigram, position and gazetteer attributes, and Viterbi - is numpy
    over the whole batch, in the order crfsuite's sums were taken, so scores and tags are
    the same as decoding one sentence at a time (and as crfsuite's).
    """

    def __init__(self, model_dir: Path) -> None:
        model_path = model_dir / MODEL_FILE
        if not model_path.exists():
            raise ModelNotFoundError(
                f"the NER model file is missing: {model_path}. warta ships it in "
                "warta/models/ner/; rebuild it with: python scripts/train_ner.py "
                "--data ../shared/data --out src/warta/models/ner/",
                detail={"path": str(model_path)},
            )
        with np.load(model_path) as npz:
            self.labels: list[str] = [str(x) for x in npz["labels"]]
            attrs = [str(x) for x in npz["attributes"]]
            self.transitions: NDArray[np.float64] = npz["transitions"].astype(np.float64)
            self._parts = {
                k[:-5]: (npz[k[:-5] + ".rows"], npz[k[:-5] + ".cols"], npz[k])
                for k in npz.files
                if k.endswith(".vals")
            }
        self.index = {a: i for i, a in enumerate(attrs)}
        self.unknown = len(self.index)  # the all-zero weight row of attributes never seen
        self.features = FeatureExtractor(load_resources(model_dir))
        vectors = self.features.resources.vectors
        dims = 0 if vectors is None else vectors.shape[1]
        self._dense_ids = [self.index.get(f"e{d}", self.unknown) for d in range(dims)]
        self.styles = tuple(sorted(k for k in self._parts if k != "general"))
        self._weights: dict[str, NDArray[np.float64]] = {}
        self._position = {a: self.index.get(a, self.unknown) for a in _POSITION_ATTRIBUTES}
        self._bigrams = BigramIndex(attrs, self.unknown)
        self._names = GazetteerTrie(self.features.resources.gazetteer)
        self._name_ids: dict[tuple[bool, str], list[int]] = {}
        self.fingerprint = model_fingerprint(attrs, model_dir)
        self.vocabulary = Vocabulary.read(model_dir / VOCABULARY_FILE, self.fingerprint)
        self._tables: dict[str, _TypeTable] = {}
        self._label_names = np.array(self.labels, dtype=object)
        # Each label as a prefix (0: outside, 1: B-, 2: I-) and an entity type number.
        kinds = [label.partition("-") for label in self.labels]
        self._prefix = np.array([{"B": 1, "I": 2}.get(p, 0) for p, _, _ in kinds])
        self._types = sorted({n for p, _, n in kinds if p in ("B", "I")})  # PER, ORG, LOC
        self._type = np.array([self._types.index(n) if p in "BI" else -1 for p, _, n in kinds])
        self.lock = threading.Lock()

    def weights(self, style: str) -> NDArray[np.float64]:
        """Dense attribute x label weights for ``style``: general plus the style's own."""
        w = self._weights.get(style)
        if w is None:
            if style not in self._parts:
                raise InvalidParameterError(
                    f"unknown NER style {style!r}; use 'auto' or one the model knows: "
                    f"{', '.join(self.styles)}",
                    detail={"style": style, "allowed": list(self.styles)},
                )
            w = np.zeros((len(self.index) + 1, len(self.labels)))  # last row: unknown
            for part in ("general", style):
                rows, cols, vals = self._parts[part]
                np.add.at(w, (rows, cols), vals)
            self._weights[style] = w
        return w

    def word_ids(self, word: str, caseless: bool) -> tuple[list[int], list[int]]:
        """A word's attribute ids (unknown ones included) and the lengths of their runs."""
        views = self.features.word_uncached(word, caseless)
        ids = list(map(self.index.get, chain.from_iterable(views), repeat(self.unknown)))
        return ids, list(map(len, views))

    def _add_types(
        self, table: _TypeTable, w: NDArray[np.float64], words: list[str], caseless: bool
    ) -> None:
        """Score new word types into ``table``: every run's weight rows summed at once."""
        vocab = self.vocabulary
        shipped = vocab.index[caseless] if vocab is not None else {}
        known = [(word, shipped[word]) for word in words if word in shipped]
        fresh = [word for word in words if word not in shipped]
        ids: list[NDArray[np.intp]] = []
        runs: list[NDArray[np.intp]] = []
        if known and vocab is not None:
            got, lengths = vocab.gather([row for _, row in known], caseless)
            ids.append(got)
            runs.append(lengths)
        if fresh:
            pairs = [self.word_ids(word, caseless) for word in fresh]
            ids.append(np.array([i for got, _ in pairs for i in got], dtype=np.intp))
            runs.append(np.array([lengths for _, lengths in pairs], dtype=np.intp))
        ordered = [word for word, _ in known] + fresh
        count = len(ordered)
        sizes = np.concatenate(runs).ravel()
        bounds = np.cumsum(sizes) - sizes
        # One reduceat over every run: each run's sum is the one a word-by-word reduceat
        # gives (the same rows in the same order), so the scores stay bit-identical.
        sums = np.add.reduceat(w[np.concatenate(ids)], bounds, axis=0)
        table.reserve(count)
        first = table.size
        by_run = sums.reshape(count, SEGMENTS, -1).transpose(1, 0, 2)
        table.scores[:, first : first + count] = by_run
        res = self.features.resources
        lows = [word.lower() for word in ordered]
        if res.vectors is not None:
            for row, low in enumerate(lows, first):
                dense = res.vector_index.get(low)
                if dense is not None:
                    table.scores[0, row] += res.vectors[dense] @ w[self._dense_ids]
        table.bigram[first : first + count] = [self._bigrams.word(low) for low in lows]
        table.names[first : first + count] = [self.features.starts_name(low) for low in lows]
        table.gazetteer[first : first + count] = [self._names.word(low) for low in lows]
        table.rows[caseless].update(zip(ordered, range(first, first + count), strict=True))
        table.size += count

    def _table(self, style: str) -> _TypeTable:
        table = self._tables.get(style)
        if table is None or table.size > CACHE_LIMIT:  # bounded like the feature cache
            table = self._tables[style] = _TypeTable(len(self.labels))
        return table

    def _rows(
        self,
        table: _TypeTable,
        w: NDArray[np.float64],
        sentences: Sequence[Sequence[str]],
        caseless: Sequence[bool],
    ) -> NDArray[np.intp]:
        """The (sentences x longest) table rows of a batch's tokens; 0 pads."""
        found = [list(map(table.rows[c].get, s)) for s, c in zip(sentences, caseless, strict=True)]
        missing: tuple[dict[str, None], dict[str, None]] = ({}, {})
        for tokens, rows, c in zip(sentences, found, caseless, strict=True):
            if None in rows:
                missing[c].update((t, None) for t, r in zip(tokens, rows, strict=True) if r is None)
        for c in (False, True):
            if missing[c]:
                self._add_types(table, w, list(missing[c]), c)
        if missing[0] or missing[1]:
            found = [
                list(map(table.rows[c].get, s)) if None in rows else rows
                for s, rows, c in zip(sentences, found, caseless, strict=True)
            ]
        lengths = np.array([len(s) for s in sentences])
        ids = np.zeros((len(sentences), int(lengths.max())), dtype=np.intp)
        ids[np.arange(ids.shape[1]) < lengths[:, None]] = np.fromiter(
            chain.from_iterable(found), dtype=np.intp, count=int(lengths.sum())
        )
        return ids

    def _batch_emissions(
        self, sentences: Sequence[Sequence[str]], caseless: Sequence[bool], style: str
    ) -> NDArray[np.float64]:
        """The (sentences x longest x labels) emission scores of non-empty sentences.

        The additions follow crfsuite's attribute order for every token: own features,
        neighbour views (-1, -2, +1, +2), gazetteer, bias, lcmode, BOS or bigram, EOS;
        padding adds exact zeros.
        """
        w = self.weights(style)
        table = self._table(style)
        ids = self._rows(table, w, sentences, caseless)
        s = table.scores
        em: NDArray[np.float64] = s[0][ids]
        em[:, 1:] += s[2][ids[:, :-1]]
        em[:, 2:] += s[1][ids[:, :-2]]
        em[:, :-1] += s[3][ids[:, 1:]]
        em[:, :-2] += s[4][ids[:, 2:]]
        self._add_gazetteer(em, w, table, ids, sentences)
        em += w[self._position["bias"]]
        lower = np.array(caseless)
        if lower.any():
            em[lower] += w[self._position["lcmode"]]
        em[:, 0] += w[self._position["BOS"]]
        words = table.bigram[ids]
        em[:, 1:] += w[self._bigrams.lookup(words[:, :-1], words[:, 1:])]
        last = np.array([len(t) for t in sentences]) - 1
        em[np.arange(len(sentences)), last] += w[self._position["EOS"]]
        return em

    def _add_gazetteer(
        self,
        em: NDArray[np.float64],
        w: NDArray[np.float64],
        table: _TypeTable,
        ids: NDArray[np.intp],
        sentences: Sequence[Sequence[str]],
    ) -> None:
        """Add the gazetteer attributes of the longest names, greedy and left first."""
        starts = table.names[ids]
        if not starts.any():
            return
        rows, positions = np.nonzero(starts)  # sentence by sentence, left to right
        spaced = np.array([" " in "".join(s) for s in sentences])
        plain = ~spaced[rows]
        matches: list[tuple[int, int, int, str]] = []  # (sentence, start, size, types)
        if plain.any():
            rows_, starts_ = rows[plain], positions[plain]
            sizes, nodes = self._names.longest(table.gazetteer[ids], rows_, starts_)
            hit = sizes > 0
            types = [self._names.types[n] for n in nodes[hit].tolist()]
            found = (rows_[hit].tolist(), starts_[hit].tolist(), sizes[hit].tolist(), types)
            matches.extend(zip(*found, strict=True))
        for b in np.flatnonzero(spaced).tolist():  # CoNLL tokens holding a space: rare
            tried = positions[rows == b].tolist()
            matches.extend((b, *m) for m in self.features.gazetteer_matches(sentences[b], tried))
        matches.sort(key=itemgetter(0))  # stable: starts stay in order within a sentence
        owners: list[tuple[int, int]] = []
        attrs: list[int] = []
        sentence, free = -1, 0  # a match hides the starts inside it
        for b, start, size, kinds in matches:
            if b != sentence:
                sentence, free = b, 0
            if start < free:
                continue
            free = start + size
            for j in range(start, free):
                got = self._gazetteer_ids(j == start, kinds)
                owners.extend([(b, j)] * len(got))
                attrs.extend(got)
        if attrs:
            at = np.array(owners, dtype=np.intp)
            np.add.at(em, (at[:, 0], at[:, 1]), w[attrs])  # in order, like crfsuite's sum

    def _gazetteer_ids(self, first: bool, types: str) -> list[int]:
        key = (first, types)
        got = self._name_ids.get(key)
        if got is None:
            names = gazetteer_features(first, types)
            got = self._name_ids[key] = [self.index.get(a, self.unknown) for a in names]
        return got

    def emissions(self, tokens: Sequence[str], style: str) -> NDArray[np.float64]:
        """The (tokens x labels) emission scores of one non-empty sentence."""
        caseless = _caseless(tokens)
        with self.lock:
            em = self._batch_emissions([tokens], [caseless], _resolve(style, caseless))
        return cast("NDArray[np.float64]", em[0])

    def decode(self, sentences: Sequence[Sequence[str]], style: str) -> list[NDArray[np.intp]]:
        """Label ids of many sentences, decoded in batches of similar length per style."""
        out: list[NDArray[np.intp]] = [_EMPTY] * len(sentences)
        caseless = [_caseless(s) for s in sentences]
        groups: dict[str, list[int]] = {}
        for i, s in enumerate(sentences):
            if s:
                groups.setdefault(_resolve(style, caseless[i]), []).append(i)
        for resolved, members in groups.items():
            # Sentences of similar length go together so little work is spent on padding.
            members.sort(key=lambda i: len(sentences[i]))
            for first in range(0, len(members), _BATCH):
                chunk = members[first : first + _BATCH]
                batch = [sentences[i] for i in chunk]
                with self.lock:
                    em = self._batch_emissions(batch, [caseless[i] for i in chunk], resolved)
                lengths = np.array([len(s) for s in batch])
                paths = viterbi_batch(em, lengths, self.transitions)
                for row, i in enumerate(chunk):
                    out[i] = paths[row, : lengths[row]]
        return out

    def tag_batch(self, sentences: Sequence[Sequence[str]], style: str) -> list[list[str]]:
        """BIO tags of many sentences (see :meth:`decode`)."""
        return [self._label_names[p].tolist() for p in self.decode(sentences, style)]

    def tag(self, tokens: Sequence[str], style: str) -> list[str]:
        return self.tag_batch([tokens], style)[0] if tokens else []

    def spans(self, paths: Sequence[NDArray[np.intp]]) -> list[list[tuple[int, int, str]]]:
        """:func:`bio_spans` of many label-id paths at once (numpy over their concatenation)."""
        out: list[list[tuple[int, int, str]]] = [[] for _ in paths]
        offsets = np.cumsum([0] + [len(p) for p in paths])
        if not offsets[-1]:
            return out
        flat = np.concatenate(paths)
        prefix, kind = self._prefix[flat], self._type[flat]
        # An I- tag continues the entity before it when the token before is in an entity of
        # the same type in the same sentence; any other B-/I- tag starts an entity.
        continues = np.zeros(len(flat), dtype=bool)
        continues[1:] = (prefix[1:] == 2) & (prefix[:-1] > 0) & (kind[1:] == kind[:-1])
        continues[offsets[:-1][offsets[:-1] < len(flat)]] = False
        starts = np.flatnonzero((prefix > 0) & ~continues)
        breaks = np.append(np.flatnonzero(~continues), len(flat))
        ends = breaks[np.searchsorted(breaks, starts, side="right")]
        sentence = np.searchsorted(offsets, starts, side="right") - 1
        for b, start, end, k in zip(
            sentence.tolist(), starts.tolist(), ends.tolist(), kind[starts].tolist(), strict=True
        ):
            base = int(offsets[b])
            out[b].append((start - base, end - base, self._types[k]))
        return out


def viterbi_batch(
    em: NDArray[np.float64], lengths: NDArray[np.intp], transitions: NDArray[np.float64]
) -> NDArray[np.intp]:
    """Best label paths of a padded batch: ``em`` is (sentences x longest x labels).

    Row ``b`` is read up to ``lengths[b]`` (>= 1); its path there is the Viterbi path of
    ``em[b, :lengths[b]]`` (ties go to the lower label, like ``argmax``) and past it
    repeats the last label. The sums are the textbook ones, ``delta[prev] + transition``
    then ``+ emission``, so the scores are those of decoding one sentence at a time.
    """
    order = np.argsort(lengths, kind="stable")
    if np.any(order != np.arange(len(order))):
        inverse = np.empty_like(order)
        inverse[order] = np.arange(len(order))
        return viterbi_batch(em[order], lengths[order], transitions)[inverse]
    batch, longest, size = em.shape
    cells = size * size
    # Each step works on flat arrays (a few cheap numpy calls; broadcasting and max() over
    # an axis cost several times more on arrays this small). A cell is (sentence, current,
    # previous) with previous fastest, so argmax over a cell row breaks ties low.
    reads = (np.arange(batch)[:, None] * size + np.tile(np.arange(size), size)).ravel()
    adds = np.tile(transitions.T.ravel(), batch)
    cell_rows = np.arange(batch * size) * size
    back = np.empty((longest, batch * size), dtype=np.intp)
    back[:] = np.tile(np.arange(size), batch)  # past a sentence's end labels point to themselves
    emitted = np.ascontiguousarray(em.transpose(1, 0, 2)).reshape(longest, batch * size)
    delta = emitted[0].copy()
    # Rows are sorted by length, so the sentences still running at step t are a suffix.
    running = np.searchsorted(lengths, np.arange(longest), side="right").tolist()
    for t in range(1, longest):
        k = running[t]
        scores = delta.take(reads[k * cells :]) + adds[k * cells :]
        best = scores.reshape(-1, size).argmax(1)
        back[t, k * size :] = best
        delta[k * size :] = scores.take(cell_rows[: len(best)] + best) + emitted[t, k * size :]
    paths = np.empty((longest, batch), dtype=np.intp)
    row_base = np.arange(batch) * size
    label = delta.reshape(batch, size).argmax(1)
    paths[-1] = label
    for t in range(longest - 1, 0, -1):
        label = back[t].take(row_base + label)
        paths[t - 1] = label
    return np.ascontiguousarray(paths.T)


def _caseless(tokens: Sequence[str]) -> bool:
    """:func:`is_caseless` in one C call: lower() changes the joined text iff it changes a token
    (only final sigma lower-cases by context, and a capital sigma changes either way)."""
    text = "".join(tokens)
    return text == text.lower()


def _resolve(style: str, caseless: bool) -> str:
    if style == DEFAULT_STYLE:
        return "nerp" if caseless else "idner"
    return style


def model_fingerprint(attributes: Sequence[str], model_dir: Path) -> str:
    """What a word's attribute ids depend on: the attribute list and the word clusters."""
    digest = hashlib.sha256("\n".join(attributes).encode("utf-8"))
    clusters = model_dir / CLUSTERS_FILE
    if clusters.exists():
        digest.update(clusters.read_bytes())
    return digest.hexdigest()


def write_vocabulary(conll_files: Iterable[Path], model_dir: Path | None = None) -> Path:
    """Write ``vocabulary.npz``: the attribute ids of the model's vocabulary.

    The vocabulary is every token of ``conll_files`` (the training splits) and every
    clustered word, cased as written (cased mode) and lower-cased (caseless mode). Re-run
    after retraining; a stale file is ignored (its fingerprint differs), never misread::

        python -c "import sys, pathlib; from warta.nlp.entities.ner import write_vocabulary; \\
            write_vocabulary(map(pathlib.Path, sys.argv[1:]))" \\
            ../shared/data/idner-news-2k/train.txt ../shared/data/indonlu-ner/*/train.txt
    """
    model_dir = (model_dir or MODEL_DIR).resolve()
    model = _Model(model_dir)
    cased: set[str] = set(model.features.resources.clusters)
    for path in conll_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            token = conll_token(line).strip(_ASCII_SPACE)
            if token:
                cased.add(token)
    modes = (sorted(cased), sorted({w.lower() for w in cased}))
    words, lengths, ids = [], [], []
    for caseless, vocabulary in enumerate(modes):
        pairs = [model.word_ids(word, bool(caseless)) for word in vocabulary]
        words.append(vocabulary)
        lengths.append(np.array([runs for _, runs in pairs], dtype=np.uint8).reshape(-1, SEGMENTS))
        ids.append(np.array([i for got, _ in pairs for i in got], dtype=np.int64))
    path = model_dir / VOCABULARY_FILE
    Vocabulary(
        model.fingerprint, (words[0], words[1]), (lengths[0], lengths[1]), (ids[0], ids[1])
    ).write(path)
    return path


_models: dict[Path, _Model] = {}
_models_lock = threading.Lock()


def _model(model_dir: Path | None = None) -> _Model:
    key = (model_dir or MODEL_DIR).resolve()
    with _models_lock:
        model = _models.get(key)
        if model is None:
            model = _models[key] = _Model(key)
        return model


def tag(
    tokens: Sequence[str], *, style: str = DEFAULT_STYLE, model_dir: Path | None = None
) -> list[str]:
    """BIO tags (types PER/ORG/LOC) for one sentence of tokens.

    >>> tag(["Joko", "Widodo", "tiba", "di", "Bandung"])
    ['B-PER', 'I-PER', 'O', 'O', 'B-LOC']
    """
    return _model(model_dir).tag(tokens, style)


def tag_sentences(
    sentences: Sequence[Sequence[str]],
    *,
    style: str = DEFAULT_STYLE,
    model_dir: Path | None = None,
) -> list[list[str]]:
    """BIO tags for many sentences at once: same tags as :func:`tag`, several times faster
    because the Viterbi steps run over the whole batch."""
    return _model(model_dir).tag_batch(sentences, style)


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end, type)`` over token indices (end exclusive) from BIO tags."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    kind = ""
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and start >= 0 and label == kind
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start = -1
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    if start >= 0:
        spans.append((start, len(tags), kind))
    return spans


def spans_to_mentions(
    text: str, tokens: Sequence[tuple[str, int, int]], tags: Sequence[str]
) -> list[Mention]:
    """Turn token BIO tags into mentions with exact character offsets into ``text``."""
    out: list[Mention] = []
    for first, last, kind in bio_spans(tags):
        start, end = tokens[first][1], tokens[last - 1][2]
        out.append(Mention(start, end, text[start:end], cast(EntityType, kind)))
    return out


def find_mentions(
    text: str, *, style: str = DEFAULT_STYLE, model_dir: Path | None = None
) -> tuple[Mention, ...]:
    """All PER/ORG/LOC mentions in ``text``, in order, with offsets into ``text``."""
    return find_mentions_many([text], style=style, model_dir=model_dir)[0]


def find_mentions_many(
    texts: Sequence[str], *, style: str = DEFAULT_STYLE, model_dir: Path | None = None
) -> list[tuple[Mention, ...]]:
    """:func:`find_mentions` of each text: the same mentions, faster than one text at a time
    because the sentences of all the texts are decoded together, so each Viterbi step (a few
    numpy calls, whatever the batch) serves more sentences (``bench/bench_ner.py``).

    >>> [[m.text for m in ms] for ms in find_mentions_many(["Budi tiba di Bandung.", ""])]
    [['Budi', 'Bandung'], []]
    """
    model = _model(model_dir)
    sentences = [(i, sent) for i, text in enumerate(texts) for sent in split_sentences(text)]
    matches = [list(_TOKEN.finditer(sent.text)) for _, sent in sentences]
    paths = model.decode([list(map(_MATCHED, found)) for found in matches], style)
    mentions: list[list[Mention]] = [[] for _ in texts]
    for (i, sent), found, spans in zip(sentences, matches, model.spans(paths), strict=True):
        text = texts[i]
        for first, last, kind in spans:
            start, end = sent.start + found[first].start(), sent.start + found[last - 1].end()
            mentions[i].append(Mention(start, end, text[start:end], cast(EntityType, kind)))
    return [tuple(m) for m in mentions]


# A match's text, called from C by map() so tokenising runs no Python per token.
_MATCHED = re.Match.group


_ASCII_SPACE = " \t\r\n\f\v"
# A column layout without tabs (idner-news-2k: "token UPOS BIO") ends in a BIO tag or a
# Universal Dependencies part of speech; any other space in a tab-less line is inside
# the token (a token-only copy of NERP: "salah satu").
_TAG_COLUMN = re.compile(
    r"O|[BIES][-_]\w+|ADJ|ADP|ADV|AUX|CCONJ|DET|INTJ|NOUN|NUM|PART|PRON|PROPN|PUNCT"
    r"|SCONJ|SYM|VERB|X|_"
)


def conll_token(line: str) -> str:
    """The token of one CoNLL line (no line ending), exactly as written.

    >>> conll_token("salah satu\\tO"), conll_token("Joko PROPN B-PER"), conll_token("salah satu")
    ('salah satu', 'Joko', 'salah satu')
    """
    if "\t" in line:
        return line.split("\t", 1)[0]
    fields = line.split(" ")
    words = [f for f in fields if f.strip(_ASCII_SPACE)]
    if len(words) >= 2 and _TAG_COLUMN.fullmatch(words[-1].strip(_ASCII_SPACE)):
        return words[0].strip(_ASCII_SPACE)
    return line.strip(_ASCII_SPACE)


def tag_conll(
    lines: Iterable[str], *, style: str = DEFAULT_STYLE, model_dir: Path | None = None
) -> Iterator[str]:
    """Tag a pre-tokenised CoNLL stream: yields ``token<TAB>tag`` lines and blank lines.

    The token is the first column, echoed exactly as written (:func:`conll_token`): with
    a tab in the line the columns are tab-separated, so a token holding spaces (NERP's
    "salah satu") comes back whole; a line without a tab is one token unless it ends in
    a tag column (``Joko PROPN B-PER``, idner-news-2k's layout), so a token-only file
    keeps its multi-word tokens too. Other columns are ignored. Every input blank line
    (empty or ASCII whitespace only) gives one output blank line, so line numbers stay
    aligned; the model sees each token without surrounding whitespace.
    """
    model = _model(model_dir)
    # Sentences are buffered and tagged in batches; output order is the input order.
    pending: list[list[str] | None] = []  # a sentence, or None for a blank line
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line.strip(_ASCII_SPACE):
            if not pending or pending[-1] is None:
                pending.append([])
            current = pending[-1]
            assert current is not None
            current.append(conll_token(line))
            continue
        pending.append(None)
        if len(pending) >= 2 * _BATCH:
            yield from _flush(model, pending, style)
            pending = []
    yield from _flush(model, pending, style)


def _flush(model: _Model, pending: list[list[str] | None], style: str) -> Iterator[str]:
    sentences = [s for s in pending if s is not None]
    words = [[t.strip(_ASCII_SPACE) for t in s] for s in sentences]
    tagged = iter(model.tag_batch(words, style))
    for item in pending:
        if item is None:
            yield ""
        else:
            for token, label in zip(item, next(tagged), strict=True):
                yield f"{token}\t{label}"
