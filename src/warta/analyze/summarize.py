"""Extractive summaries of one article or of a story (several articles).

:func:`summarize_article` scores each sentence with a logistic regression over 20 features
(position in the text and in the paragraph, length, TF-IDF centrality, similarity to the
lead, share of capitalised words, the article's sentence count) and, when the model says so
(``pairwise``), their pairwise products, then takes the best sentences until the summary
is about as long as a news summary (``summary_words``, 65 words: the count of top-ranked
sentences whose running word total lies nearest it). Weights and length ship in
``models/summary/logreg.json``. ``scripts/train_summary.py`` chose the products and the
length by cross-validation inside the training half of the IndoSum dev folds (split by
article id), fitted the model on that half, and the other half measures it; see
``models/summary/README.md`` for the figures. Only numpy is needed at run time.

:func:`summarize_story` picks sentences across articles by maximal marginal relevance
(MMR): centrality in the story minus similarity to what is already picked, so two wires
repeating one fact give one sentence. Every sentence cites its article id.

Abstractive summaries from an LLM server the user runs are in
:mod:`warta.analyze.llm_summary`, behind the ``llm`` extra.

>>> text = "Gempa mengguncang Cianjur. Ratusan rumah rusak. Warga mengungsi ke tenda."
>>> [s.position for s in summarize_article(text, "a1", max_sentences=2)]
[0, 1]
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from warta import settings
from warta.errors import InvalidParameterError
from warta.lexicon.indonesian import CONTENT_STOP_WORDS
from warta.nlp.sentences import split_sentences
from warta.records import SummarySentence

Vector = npt.NDArray[np.float64]

_WORD = re.compile(r"\w+")
# Function words that carry no topic (warta.lexicon): kept out of centrality so "yang"/
# "dan" don't make every long sentence look central. The ranking is barely sensitive to
# the list: the lexicon's (38 words longer than the old hand list) moves ROUGE-1 on the
# training half of IndoSum by +0.0001.
STOPWORDS = CONTENT_STOP_WORDS

FEATURES = (
    "pos0", "pos1", "pos2", "pos3", "pos4", "relpos", "para_first", "para_index",
    "log_len", "short", "centrality", "centrality_rank", "sim_lead", "quote", "question",
    "digits", "capitals", "para_position", "log_sentences", "long",
)  # fmt: skip


def content_tokens(text: str) -> list[str]:
    """Lower-cased word tokens without stop words or one-letter tokens."""
    return [t for t in _WORD.findall(text.lower()) if t not in STOPWORDS and len(t) > 1]


@dataclass(frozen=True, slots=True)
class _Rows:
    """L2-normalised TF-IDF rows, stored sparse: entry ``k`` is ``val[k]`` at
    ``(row[k], col[k])``, row ``i`` is entries ``ptr[i]:ptr[i + 1]``.

    Sparse because a dense sentences x vocabulary matrix grows with the square of the
    text: 9,000 sentences and 30,000 words (a 1 MB text) take 2 GB and minutes.
    """

    row: npt.NDArray[np.intp]
    col: npt.NDArray[np.intp]
    val: Vector
    ptr: npt.NDArray[np.intp]
    width: int  # vocabulary size (at least 1)

    def __len__(self) -> int:
        return len(self.ptr) - 1

    def dot(self, vector: Vector) -> Vector:
        """``rows @ vector`` for a dense ``vector`` of the vocabulary's width."""
        out = np.bincount(self.row, weights=self.val * vector[self.col], minlength=len(self))
        return np.asarray(out, dtype=np.float64)

    def dense(self, i: int) -> Vector:
        """Row ``i`` as a dense vector."""
        out = np.zeros(self.width)
        lo, hi = self.ptr[i], self.ptr[i + 1]
        out[self.col[lo:hi]] = self.val[lo:hi]
        return out

    def total(self) -> Vector:
        """The sum of the rows (dense)."""
        return np.asarray(np.bincount(self.col, weights=self.val, minlength=self.width), np.float64)


def _tfidf_rows(token_lists: Sequence[Sequence[str]]) -> _Rows:
    """L2-normalised TF-IDF rows, with the sentences themselves as the IDF collection."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    tfs: list[float] = []
    ptr = [0]
    for i, tokens in enumerate(token_lists):
        for t, c in Counter(tokens).items():
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
            tfs.append(1.0 + math.log(c))
        ptr.append(len(cols))
    n, width = len(token_lists), max(len(vocab), 1)
    row, col = np.asarray(rows, dtype=np.intp), np.asarray(cols, dtype=np.intp)
    df = np.bincount(col, minlength=width)
    val = np.asarray(tfs, dtype=np.float64) * (np.log((1 + n) / (1 + df)) + 1.0)[col]
    norms = np.sqrt(np.bincount(row, weights=val * val, minlength=n))
    val /= np.where(norms == 0, 1.0, norms)[row]
    return _Rows(row, col, val, np.asarray(ptr, dtype=np.intp), width)


def sentence_features(sentences: Sequence[tuple[int, str]]) -> Vector:
    """Feature rows (see :data:`FEATURES`) for ``(paragraph index, sentence)`` pairs."""
    n = len(sentences)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    tokens = [content_tokens(s) for _, s in sentences]
    rows = _tfidf_rows(tokens)
    centroid = rows.total()
    norm = float(np.linalg.norm(centroid))
    centrality = rows.dot(centroid / norm) if norm else np.zeros(n)
    rank = np.empty(n)
    rank[np.argsort(-centrality, kind="stable")] = np.arange(n)
    sim_lead = rows.dot(rows.dense(0))
    out = np.zeros((n, len(FEATURES)))
    previous_para = -1
    in_para = 0  # index of the sentence within its paragraph
    for i, (para, text) in enumerate(sentences):
        words = _WORD.findall(text)
        in_para = in_para + 1 if para == previous_para else 0
        if i < 5:
            out[i, i] = 1.0
        out[i, 5] = i / n
        out[i, 6] = 1.0 if para != previous_para else 0.0
        out[i, 7] = min(para, 10) / 10
        out[i, 8] = math.log1p(len(words))
        out[i, 9] = 1.0 if len(words) < 6 else 0.0
        out[i, 10] = centrality[i]
        out[i, 11] = min(rank[i], 10) / 10
        out[i, 12] = sim_lead[i]
        out[i, 13] = 1.0 if re.search(r"[\"“”]", text) else 0.0
        out[i, 14] = 1.0 if text.rstrip("\"”’' ").endswith("?") else 0.0
        # map() over builtins: a generator here was the costliest line of the summarizer.
        out[i, 15] = sum(map(str.isdigit, text)) / max(len(text), 1)
        # Share of capitalised words after the first: names (people, places, bodies).
        out[i, 16] = sum(map(str.isupper, [w[0] for w in words[1:]])) / max(len(words) - 1, 1)
        out[i, 17] = min(in_para, 5) / 5
        out[i, 18] = math.log(n)  # a document-level feature: products make it a modifier
        out[i, 19] = 1.0 if len(words) > 35 else 0.0
        previous_para = para
    return out


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The shipped sentence scorer: ``{"features", "pairwise", "mean", "scale", "coef",
    "intercept", "summary_words"}`` (``summary_words``: the summary length aimed at)."""
    path = resources.files("warta") / "models" / "summary" / "logreg.json"
    model: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    check_model(model)
    return model


def check_model(model: Mapping[str, Any]) -> None:
    """Raise when ``model`` does not fit :data:`FEATURES` (and its ``pairwise`` flag) or
    lacks a positive ``summary_words``."""
    n = len(FEATURES)
    width = n + n * (n + 1) // 2 if model.get("pairwise", True) else n
    if tuple(model["features"]) != FEATURES or len(model["coef"]) != width:
        raise InvalidParameterError(
            f"models/summary/logreg.json was trained on features {model['features']} "
            f"({len(model['coef'])} weights), this code computes {list(FEATURES)} "
            f"({width} weights): rebuild it with scripts/train_summary.py"
        )
    words = model.get("summary_words")
    if not isinstance(words, int) or words < 1:
        raise InvalidParameterError(
            f"models/summary/logreg.json gives summary_words={words!r}, expected a positive "
            "integer (the summary length in words): rebuild it with scripts/train_summary.py"
        )


def expand_features(feats: Vector) -> Vector:
    """The features and all their pairwise products (degree-2 terms, upper triangle).

    Products let the linear model say "early *and* central". Whether the shipped model
    uses them (its ``pairwise`` flag) is chosen by 5-fold cross-validation inside the
    training half of IndoSum (``scripts/train_summary.py``), never on the held-out half.
    """
    i, j = np.triu_indices(feats.shape[1])
    return np.hstack([feats, (feats[:, :, None] * feats[:, None, :])[:, i, j]])


def score_sentences(
    sentences: Sequence[tuple[int, str]], *, model: Mapping[str, Any] | None = None
) -> Vector:
    """Probability that each sentence belongs in the summary.

    ``model`` defaults to the shipped one (:func:`load_model`); training scripts pass a
    candidate to cross-validate it.
    """
    m = load_model() if model is None else model
    feats = sentence_features(sentences)
    if not len(feats):
        return np.zeros(0)
    if m.get("pairwise", True):
        feats = expand_features(feats)
    z = ((feats - np.asarray(m["mean"])) / np.asarray(m["scale"])) @ np.asarray(m["coef"])
    return np.asarray(1.0 / (1.0 + np.exp(-(z + float(m["intercept"])))), dtype=np.float64)


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


# A summary sentence is a full statement: at least this many words and ending in "." or
# "!" (before closing quotes/brackets). This keeps out what page dumps put between
# sentences: headlines, page dates, menus, photo credits, subheading questions.
MIN_SUMMARY_WORDS = settings.integer("summary.min_words")
_STATEMENT_END = re.compile(r"[.!][\"'”’)\]]*$")


def is_statement(text: str) -> bool:
    """True for a sentence fit for a summary: ``is_statement("Go Top") is False``."""
    return len(_WORD.findall(text)) >= MIN_SUMMARY_WORDS and bool(_STATEMENT_END.search(text))


def summary_size(word_counts: Sequence[int], words: int) -> int:
    """How many of the ranked sentences to take: the count whose running word total is
    nearest ``words`` (ties: the shorter summary); at least one when there is any.

    ROUGE F1 rewards a summary as long as the reference, and IndoSum's references are
    about the same length whatever the article (a median 60 words, 53-63 for 80% of
    them), so a word budget beats a fixed sentence count (models/summary/README.md).

    >>> summary_size([30, 25, 40], 65), summary_size([70, 10], 65), summary_size([], 65)
    (2, 1, 0)
    """
    if not word_counts:
        return 0
    running = np.cumsum(np.asarray(word_counts))
    return int(np.argmin(np.abs(running - words))) + 1


def summarize_article(
    text: str,
    article_id: str,
    *,
    max_sentences: int = 5,
    title: str | None = None,
    model: Mapping[str, Any] | None = None,
    max_words: int | None = None,
) -> tuple[SummarySentence, ...]:
    """The best sentences of ``text``, about ``max_words`` words long, in document order.

    Sentences are taken by score, as many as bring the summary nearest ``max_words``
    words (:func:`summary_size`; default the model's ``summary_words``, 65) and at most
    ``max_sentences``. ``position`` is the sentence index in ``split_sentences(text)``. A
    sentence that just repeats ``title`` (page dumps often carry the headline in the
    body) is never picked, nor, while others are left, one that is not a statement
    (:func:`is_statement`). ``model`` is for training scripts (see
    :func:`score_sentences`).

    >>> text = ("Gempa mengguncang Cianjur pada Senin siang. Ratusan rumah warga rusak berat. "
    ...         "Warga mengungsi ke tenda darurat.")
    >>> [len(summarize_article(text, "x", max_words=words)) for words in (12, 18)]
    [2, 3]
    """
    if max_sentences < 1:
        raise InvalidParameterError(
            f"max_sentences must be at least 1, got {max_sentences}: pass 1 or more"
        )
    if max_words is not None and max_words < 1:
        raise InvalidParameterError(
            f"max_words must be at least 1, got {max_words}: pass 1 or more, or None"
        )
    found = split_sentences(text)
    skip = _norm(title) if title else None
    keep = [i for i, s in enumerate(found) if not skip or _norm(s.text) != skip]
    if not keep:
        return ()
    # Fall back to any sentence when nothing reads as a statement (a list, a headline).
    keep = [i for i in keep if is_statement(found[i].text)] or keep
    m = load_model() if model is None else model
    scores = score_sentences([(found[i].paragraph, found[i].text) for i in keep], model=m)
    order = np.argsort(-scores, kind="stable")[:max_sentences]
    budget = int(m["summary_words"]) if max_words is None else max_words
    size = summary_size([len(_WORD.findall(found[keep[int(j)]].text)) for j in order], budget)
    chosen = sorted(keep[int(j)] for j in order[:size])
    return tuple(SummarySentence(found[i].text, article_id, i) for i in chosen)


# MMR trade-off between relevance and novelty, in the usual 0.5-0.8 range; not tuned
# (no multi-document gold). Calibration notes: warta.settings.
MMR_LAMBDA = settings.value("summary.mmr_lambda")
# Sentences closer than this (TF-IDF cosine) to a picked one are repeats whatever their
# score (an identical sentence from another wire scores 1.0).
MMR_DUPLICATE = settings.value("summary.mmr_duplicate")


def summarize_story(
    articles: Sequence[tuple[str, str]], *, max_sentences: int = 5
) -> tuple[SummarySentence, ...]:
    """A multi-document extract: up to ``max_sentences`` sentences over ``(id, text)`` pairs.

    Relevance = the sentence's within-article score (so leads are favoured) times its
    TF-IDF centrality in the whole story; MMR then penalises similarity to the sentences
    already picked, so repeated facts appear once. Output is ordered by relevance.

    >>> lead = "Banjir besar melanda Jakarta Timur pagi ini."
    >>> story = [("a", lead + " Kucing tetangga itu lucu sekali."),
    ...          ("b", lead + " Air setinggi satu meter merendam rumah warga.")]
    >>> [(s.article_id, s.position) for s in summarize_story(story, max_sentences=3)]
    [('a', 0), ('b', 1), ('a', 1)]
    """
    if max_sentences < 1:
        raise InvalidParameterError(
            f"max_sentences must be at least 1, got {max_sentences}: pass 1 or more"
        )
    items: list[tuple[str, int, str]] = []
    local: list[float] = []
    for article_id, text in sorted(articles):
        found = split_sentences(text)
        scores = score_sentences([(s.paragraph, s.text) for s in found])
        for i, s in enumerate(found):
            items.append((article_id, i, s.text))
            local.append(float(scores[i]))
    if not items:
        return ()
    rows = _tfidf_rows([content_tokens(t) for _, _, t in items])
    eligible = {i for i, (_, _, t) in enumerate(items) if is_statement(t)}
    centroid = rows.total()
    norm = float(np.linalg.norm(centroid))
    centrality = rows.dot(centroid / norm) if norm else np.zeros(len(items))
    relevance = np.asarray(local) * (0.5 + centrality)
    picked: list[int] = []
    similar: list[Vector] = []  # each picked row's similarity to every row
    candidates = eligible or set(range(len(items)))
    while candidates and len(picked) < max_sentences:
        best, best_value = -1, -math.inf
        for i in sorted(candidates):
            redundancy = max((float(sim[i]) for sim in similar), default=0.0)
            value = MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * redundancy
            if redundancy >= MMR_DUPLICATE:
                value = -math.inf
            if value > best_value:
                best, best_value = i, value
        if best < 0 or best_value == -math.inf:
            break
        picked.append(best)
        similar.append(rows.dot(rows.dense(best)))
        candidates.discard(best)
    return tuple(SummarySentence(items[i][2], items[i][0], items[i][1]) for i in picked)
