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
  index into the given text and whose ``text == text[start:end]``.
* :func:`tag_conll` -> the CoNLL interface: pre-tokenised lines in (token in the first
  column, other columns ignored, blank line between sentences), ``token<TAB>tag`` out, in
  the same order and with the same blank lines.

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

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import cast

import numpy as np
from numpy.typing import NDArray

from warta.errors import InvalidParameterError, WartaError
from warta.nlp.entities.features import CACHE_LIMIT, FeatureExtractor, Resources, is_caseless
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
    "is_caseless",
    "load_resources",
    "spans_to_mentions",
    "tag",
    "tag_conll",
    "tag_sentences",
    "tokenize",
]

#: Where the shipped model lives: ``ner.npz`` plus the cluster and gazetteer tables.
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
MODEL_FILE = "ner.npz"
CLUSTERS_FILE = "clusters.tsv"
GAZETTEER_FILE = "gazetteer.tsv"
VECTORS_FILE = "vectors.npz"
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
# so batching amortises them (warm dev splits: ~129k tokens/s at 256 vs ~43k one by one).
_BATCH = 256


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


class _Model:
    """The linear-chain CRF, decoded in numpy with per-word-type score caching.

    The weights are crfsuite's (see ``scripts/train_ner.py``), exported to ``ner.npz``: a
    token's emission score is the sum of its attributes' weight rows, and since most
    attributes belong to one word type (its own features and its views as a neighbour),
    those sums are cached per word type and style; only bigram, position and gazetteer
    attributes are looked up per token. Viterbi decoding gives the same tags as crfsuite.
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
        self.features = FeatureExtractor(load_resources(model_dir))
        vectors = self.features.resources.vectors
        dims = 0 if vectors is None else vectors.shape[1]
        self._dense_ids = [self.index.get(f"e{d}", len(self.index)) for d in range(dims)]
        self.styles = tuple(sorted(k for k in self._parts if k != "general"))
        self._weights: dict[str, NDArray[np.float64]] = {}
        self._vectors: dict[str, dict[tuple[str, bool], NDArray[np.float64]]] = {}
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

    def _word_vector(
        self, w: NDArray[np.float64], word: str, caseless: bool
    ) -> NDArray[np.float64]:
        """Summed weights of a word's own features and of its four neighbour views."""
        views = self.features.word(word, caseless)
        unknown = len(self.index)
        ids = [self.index.get(a, unknown) for v in views for a in v]
        bounds = np.cumsum([0] + [len(v) for v in views[:-1]])
        vec = np.add.reduceat(w[ids], bounds, axis=0)
        res = self.features.resources
        row = res.vector_index.get(word.lower())
        if row is not None and res.vectors is not None:
            vec[0] += res.vectors[row] @ w[self._dense_ids]
        return cast("NDArray[np.float64]", vec)

    def emissions(self, tokens: Sequence[str], style: str) -> NDArray[np.float64]:
        """The (tokens x labels) emission scores of one sentence."""
        caseless = is_caseless(tokens)
        if style == "auto":
            style = "nerp" if caseless else "idner"
        w = self.weights(style)
        cache = self._vectors.setdefault(style, {})
        rows = []
        for t in tokens:
            vec = cache.get((t, caseless))
            if vec is None:
                vec = self._word_vector(w, t, caseless)
                if len(cache) > CACHE_LIMIT:
                    cache.clear()
                cache[(t, caseless)] = vec
            rows.append(vec)
        parts = np.stack(rows)  # (n, 5, labels): own, then views at -2, -1, +1, +2
        em = parts[:, 0].copy()
        em[1:] += parts[:-1, 2]
        em[2:] += parts[:-2, 1]
        em[:-1] += parts[1:, 3]
        em[:-2] += parts[2:, 4]
        extras = self.features.extras(tokens, caseless)
        unknown = len(self.index)
        ids = [self.index.get(a, unknown) for f in extras for a in f]
        owner = [i for i, f in enumerate(extras) for _ in f]
        np.add.at(em, owner, w[ids])
        return em

    def tag_batch(self, sentences: Sequence[Sequence[str]], style: str) -> list[list[str]]:
        """Viterbi-decode many sentences at once (numpy steps are shared by the batch)."""
        out: list[list[str]] = [[] for _ in sentences]
        # Sentences of similar length go together so little work is spent on padding.
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for first in range(0, len(order), _BATCH):
            chunk = order[first : first + _BATCH]
            with self.lock:
                ems = [self.emissions(sentences[i], style) for i in chunk]
            for i, path in zip(chunk, self._viterbi(ems), strict=True):
                out[i] = [self.labels[k] for k in path]
        return out

    def _viterbi(self, ems: list[NDArray[np.float64]]) -> list[list[int]]:
        size = len(self.labels)
        if len(ems) == 1:  # one sentence: the same recurrence without batch bookkeeping
            em = ems[0]
            back1 = np.empty((len(em), size), dtype=np.intp)
            delta1 = em[0]
            for t in range(1, len(em)):
                scores1 = delta1[:, None] + self.transitions
                back1[t] = scores1.argmax(0)
                delta1 = scores1.max(0) + em[t]
            path = [int(delta1.argmax())]
            for t in range(len(em) - 1, 0, -1):
                path.append(int(back1[t, path[-1]]))
            return [path[::-1]]
        lengths = np.array([len(e) for e in ems])
        batch, longest = len(ems), int(lengths.max())
        em = np.zeros((batch, longest, size))
        for b, e in enumerate(ems):
            em[b, : len(e)] = e
        back = np.empty((batch, longest, size), dtype=np.intp)
        back[:] = np.arange(size)  # padding positions point to themselves
        delta = em[:, 0]
        trans = self.transitions[None]
        for t in range(1, longest):
            scores = delta[:, :, None] + trans  # (batch, previous, current)
            best = scores.argmax(1)
            step = scores.max(1) + em[:, t]
            active = lengths > t
            back[active, t] = best[active]
            delta = np.where(active[:, None], step, delta)
        paths = np.empty((batch, longest), dtype=np.intp)
        paths[:, -1] = delta.argmax(1)
        rows = np.arange(batch)
        for t in range(longest - 1, 0, -1):
            paths[:, t - 1] = back[rows, t, paths[:, t]]
        return [paths[b, : lengths[b]].tolist() for b in range(batch)]

    def tag(self, tokens: Sequence[str], style: str) -> list[str]:
        return self.tag_batch([tokens], style)[0] if tokens else []


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
    sentences = [
        [(t, s + sent.start, e + sent.start) for t, s, e in tokenize(sent.text)]
        for sent in split_sentences(text)
    ]
    tagged = _model(model_dir).tag_batch([[t for t, _, _ in toks] for toks in sentences], style)
    mentions: list[Mention] = []
    for tokens, tags in zip(sentences, tagged, strict=True):
        mentions.extend(spans_to_mentions(text, tokens, tags))
    return tuple(mentions)


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
