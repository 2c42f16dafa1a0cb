"""Named-entity recognition for Indonesian news: PER, ORG and LOC, offline, on one core.

The shipped model is a linear-chain CRF (python-crfsuite) over word, shape, affix,
context, word-cluster and gazetteer features; it lives in ``warta/models/ner/`` and is
rebuilt from the shared data by ``python scripts/train_ner.py`` (see ``MODEL_CARD.md``
there for data, figures and limits).

Contract:

* :func:`tokenize` -> ``[(token, start, end), ...]`` with ``text[start:end] == token``;
  hyphenated names ("Kim Jong-un") and numbers ("Rp10.000", "3,5") stay one token.
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

>>> [m.text for m in find_mentions("Presiden Joko Widodo bertemu Vladimir Putin di Moskow.")]
['Joko Widodo', 'Vladimir Putin', 'Moskow']
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from warta.errors import WartaError
from warta.nlp.sentences import split_sentences
from warta.records import EntityType, Mention

__all__ = [
    "MODEL_DIR",
    "FeatureExtractor",
    "ModelNotFoundError",
    "find_mentions",
    "load_resources",
    "spans_to_mentions",
    "tag",
    "tag_conll",
    "tokenize",
]

#: Where the shipped model lives: ``ner.crfsuite`` plus the cluster and gazetteer tables.
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
MODEL_FILE = "ner.crfsuite"
CLUSTERS_FILE = "clusters.tsv"
GAZETTEER_FILE = "gazetteer.tsv"

# Words keep internal hyphens and apostrophes (Jong-un, Ma'ruf) and numeric separators
# (Rp10.000, 3,5, 27/3); everything else that is not a space is a token of its own.
_TOKEN = re.compile(r"\w+(?:[-'’]\w+|[.,:/]\d+)*|[^\w\s]")
_DIGIT = re.compile(r"\d")
_CASE_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_CASELESS_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "a" * 52 + "d" * 10,
)
_SHORTEN = re.compile(r"(.)\1+")
# Bounded so a long-running process tagging an endless stream does not grow without end;
# 200k word types covers several million tokens of news before the cache is reset.
_CACHE_LIMIT = 200_000


class ModelNotFoundError(WartaError):
    """The shipped NER model files are missing (a source checkout without the model)."""

    code = "model-not-found"
    status = 500


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split ``text`` into ``(token, start, end)`` with exact character offsets.

    >>> tokenize("Kim Jong-un tiba di Seoul.")
    [('Kim', 0, 3), ('Jong-un', 4, 11), ('tiba', 12, 16), ('di', 17, 19), ('Seoul', 20, 25), ('.', 25, 26)]
    """
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True, slots=True)
class Resources:
    """Lookup tables the features read: word clusters and a name gazetteer."""

    clusters: dict[str, tuple[str, ...]]  # lower-cased word -> cluster ids, coarse to fine
    gazetteer: dict[str, str]  # lower-cased token n-gram -> types it names, e.g. "LOC|PER"
    max_ngram: int = 4


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
    return Resources(clusters, gazetteer, min(longest, 6))


class FeatureExtractor:
    """Turns a sentence of tokens into crfsuite attribute lists (one list per token).

    Features of a word type are computed once and cached, so tagging cost is dominated by
    list concatenation: a token gets its own features plus short views of its neighbours
    at offsets -2..+2, a bigram with its left neighbour and gazetteer-match tags.
    """

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self._cache: dict[tuple[str, bool], tuple[list[str], ...]] = {}

    def _word(self, word: str, caseless: bool) -> tuple[list[str], ...]:
        key = (word, caseless)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        low = word.lower()
        clusters = self.resources.clusters.get(low, ())
        if caseless:
            shape = _SHORTEN.sub(r"\1", word.translate(_CASELESS_SHAPE))
        else:
            shape = _SHORTEN.sub(r"\1", word.translate(_CASE_SHAPE))
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
            own.append("sx=" + word.translate(_CASE_SHAPE)[:6])
        if _DIGIT.search(word):
            own.append("digit")
        if "-" in word:
            own.append("hyph")
        if not clusters:
            own.append("c=none")
        own.extend("c%d=%s" % (i, c) for i, c in enumerate(clusters))
        views = []
        for off in ("-2", "-1", "+1", "+2"):
            near = off in ("-1", "+1")
            view = [off + "w=" + low, off + "s=" + shape]
            if clusters:
                view.extend(f"{off}c{i}={c}" for i, c in enumerate(clusters) if near or i < 2)
            views.append(view)
        entry = (own, *views)
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = entry
        return entry

    def _gazetteer(self, lows: Sequence[str]) -> list[list[str]]:
        """B-/I- tags of the longest gazetteer match covering each token (greedy, left first)."""
        gaz = self.resources.gazetteer
        out: list[list[str]] = [[] for _ in lows]
        if not gaz:
            return out
        n = len(lows)
        i = 0
        while i < n:
            matched = 0
            for size in range(min(self.resources.max_ngram, n - i), 0, -1):
                types = gaz.get(" ".join(lows[i : i + size]))
                if types is not None:
                    for j in range(i, i + size):
                        pos = "B" if j == i else "I"
                        out[j].extend(f"g{pos}={t}" for t in types.split("|"))
                        out[j].append(f"g{pos}")
                    matched = size
                    break
            i += matched or 1
        return out

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """The attribute lists of one sentence (caseless mode when it has no capital)."""
        caseless = not any(t != t.lower() for t in tokens)
        words = [self._word(t, caseless) for t in tokens]
        gaz = self._gazetteer([t.lower() for t in tokens])
        n = len(tokens)
        feats: list[list[str]] = []
        for i in range(n):
            own = words[i][0]
            f = ["bias", *own]
            if caseless:
                f.append("lcmode")
            if i == 0:
                f.append("BOS")
            else:
                f.extend(words[i - 1][2])
                f.append("bg=" + words[i - 1][0][0][2:] + "|" + own[0][2:])
                if i > 1:
                    f.extend(words[i - 2][1])
            if i == n - 1:
                f.append("EOS")
            else:
                f.extend(words[i + 1][3])
                if i < n - 2:
                    f.extend(words[i + 2][4])
            f.extend(gaz[i])
            feats.append(f)
        return feats


class _Model:
    """The loaded tagger and its feature extractor (crfsuite taggers are not thread-safe)."""

    def __init__(self, model_dir: Path) -> None:
        model_path = model_dir / MODEL_FILE
        if not model_path.exists():
            raise ModelNotFoundError(
                f"the NER model file is missing: {model_path}. warta ships it in "
                "warta/models/ner/; rebuild it with: python scripts/train_ner.py "
                "--data ../shared/data --out src/warta/models/ner/",
                detail={"path": str(model_path)},
            )
        import pycrfsuite

        self.tagger: Any = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self.features = FeatureExtractor(load_resources(model_dir))
        self.lock = threading.Lock()

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        xseq = self.features.sentence(tokens)
        with self.lock:
            return cast(list[str], self.tagger.tag(xseq))


_models: dict[Path, _Model] = {}
_models_lock = threading.Lock()


def _model(model_dir: Path | None = None) -> _Model:
    key = (model_dir or MODEL_DIR).resolve()
    with _models_lock:
        model = _models.get(key)
        if model is None:
            model = _models[key] = _Model(key)
        return model


def tag(tokens: Sequence[str], *, model_dir: Path | None = None) -> list[str]:
    """BIO tags (types PER/ORG/LOC) for one sentence of tokens.

    >>> tag(["Joko", "Widodo", "tiba", "di", "Bandung"])
    ['B-PER', 'I-PER', 'O', 'O', 'B-LOC']
    """
    return _model(model_dir).tag(tokens)


def spans_to_mentions(
    text: str, tokens: Sequence[tuple[str, int, int]], tags: Sequence[str]
) -> list[Mention]:
    """Turn token BIO tags into mentions with exact character offsets into ``text``."""
    from warta.eval.ner import bio_spans

    out: list[Mention] = []
    for first, last, kind in bio_spans(tags):
        start, end = tokens[first][1], tokens[last - 1][2]
        out.append(Mention(start, end, text[start:end], cast(EntityType, kind)))
    return out


def find_mentions(text: str, *, model_dir: Path | None = None) -> tuple[Mention, ...]:
    """All PER/ORG/LOC mentions in ``text``, in order, with offsets into ``text``."""
    model = _model(model_dir)
    mentions: list[Mention] = []
    for sentence in split_sentences(text):
        tokens = [(t, s + sentence.start, e + sentence.start) for t, s, e in tokenize(sentence.text)]
        if tokens:
            tags = model.tag([t for t, _, _ in tokens])
            mentions.extend(spans_to_mentions(text, tokens, tags))
    return tuple(mentions)


def tag_conll(lines: Iterable[str], *, model_dir: Path | None = None) -> Iterator[str]:
    """Tag a pre-tokenised CoNLL stream: yields ``token<TAB>tag`` lines and blank lines.

    The token is the first whitespace-separated column; other columns are ignored. Every
    input blank line gives one output blank line, so line numbers stay aligned.
    """
    model = _model(model_dir)
    sentence: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line.strip():
            sentence.append(line.split()[0])
            continue
        if sentence:
            for token, label in zip(sentence, model.tag(sentence), strict=True):
                yield f"{token}\t{label}"
            sentence = []
        yield ""
    if sentence:
        for token, label in zip(sentence, model.tag(sentence), strict=True):
            yield f"{token}\t{label}"
