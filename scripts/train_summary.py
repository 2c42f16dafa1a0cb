"""Train the sentence scorer behind ``warta.analyze.summarize`` and write its weights.

Usage::

    python scripts/train_summary.py [DATA_DIR] [--out PATH] [-C 1.0] [--folds 5]

``DATA_DIR`` defaults to /work/shared/data/indosum, ``--out`` to
``src/warta/models/summary/logreg.json``.

Reads the IndoSum dev folds (distinct articles; the folds overlap) and keeps the training
half only (``not is_held_out(id)``): the held-out half is never read here, neither for
fitting nor for choosing features; ``bench/bench_summary.py`` reports on it afterwards.

1. **Feature and length choice by cross-validation inside the training half.** The
   training articles are split into ``--folds`` folds by the second byte of the SHA-1
   of their id (the first byte decides held-out). For each fold a model is fitted on
   the other folds, once on the 20 :data:`~warta.analyze.summarize.FEATURES` alone and
   once with their pairwise products (:func:`~warta.analyze.summarize.expand_features`),
   and each summarises the fold's articles exactly as ``summarize_article`` does, once
   per summary length in :data:`WORD_GRID` (``summary_words``: sentences are taken by
   score while that brings the summary nearer the length) and once with the former
   fixed 3 sentences (for the record only); mean ROUGE-1 F1 against IndoSum's
   abstractive summary decides. Each variant gets its best length; the products are
   kept only when they then win by more than 0.001 ROUGE-1 (otherwise the smaller
   model), and the length is the chosen variant's best.
2. **Fit** the chosen variant on the whole training half: scikit-learn
   ``LogisticRegression`` (``C=1.0``) on standardised features, to the gold extractive
   labels, on the dataset's own sentence split, and store the chosen length as
   ``summary_words``. The cross-validation figures are stored in the model file
   (``trained_on.cv``). Deterministic: same data, same weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.analyze.summarize import (
    FEATURES,
    check_model,
    expand_features,
    sentence_features,
    summarize_article,
)
from warta_eval.indosum import IndoSumDoc, load_indosum
from warta_eval.rouge import evaluate_summaries, is_held_out

DEFAULT_DATA = Path("/work/shared/data/indosum")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/warta/models/summary/logreg.json"


#: Pairwise products must beat the plain features by more than this mean ROUGE-1 in
#: cross-validation to be kept (a smaller model wins ties).
MIN_GAIN = 0.001

#: Summary lengths (words) tried by cross-validation. IndoSum's reference summaries are
#: 53-63 words for 80% of the training articles (median 60), whatever the article's
#: length, so the grid brackets that.
WORD_GRID = (50, 55, 60, 65, 70, 75, 80)

#: ``summary_words`` of a candidate that takes ``max_sentences`` whatever their length.
_NO_BUDGET = 1_000_000


def cv_fold(article_id: str, folds: int) -> int:
    """Cross-validation fold of a training article (second SHA-1 byte of its id)."""
    return hashlib.sha1(article_id.encode("utf-8")).digest()[1] % folds


def training_docs(data: Path) -> list[IndoSumDoc]:
    """The training half: distinct articles whose labels line up with their sentences."""
    out = []
    for doc in load_indosum(data):
        if is_held_out(doc.id):
            continue
        n_sents = sum(len(para) for para in doc.sentences)
        if n_sents and n_sents == sum(len(para) for para in doc.gold_labels):
            out.append(doc)
    return out


def doc_matrix(doc: IndoSumDoc, pairwise: bool) -> tuple[np.ndarray, list[bool]]:
    pairs = [(p, s) for p, para in enumerate(doc.sentences) for s in para]
    feats = sentence_features(pairs)
    return (expand_features(feats) if pairwise else feats), [
        lab for para in doc.gold_labels for lab in para
    ]


def fit(docs: list[IndoSumDoc], pairwise: bool, c: float, words: int) -> dict[str, Any]:
    """A model dict in the format of ``logreg.json`` fitted on ``docs``, aiming at
    ``words``-word summaries."""
    rows, labels = [], []
    for doc in docs:
        x, y = doc_matrix(doc, pairwise)
        rows.append(x)
        labels.extend(y)
    x_all, y_all = np.vstack(rows), np.asarray(labels, dtype=int)
    scaler = StandardScaler().fit(x_all)
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    model = LogisticRegression(C=c, max_iter=5000).fit((x_all - scaler.mean_) / scale, y_all)
    out: dict[str, Any] = {
        "features": list(FEATURES),
        "pairwise": pairwise,
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "summary_words": words,
        "trained_on": {"sentences": len(y_all), "positives": int(y_all.sum())},
    }
    check_model(out)
    return out


def rouge_of(
    model: dict[str, Any], docs: list[IndoSumDoc], *, max_sentences: int = 5, max_words: int
) -> dict[str, float]:
    """Mean ROUGE F1 of ``summarize_article`` with ``model`` and these options on ``docs``."""

    def summarise(doc: Any) -> str:
        found = summarize_article(
            doc.text, doc.id, model=model, max_sentences=max_sentences, max_words=max_words
        )
        return " ".join(s.text for s in found)

    system: dict[str, float] = evaluate_summaries(docs, summarise)["system"]
    return system


def _mean_of(per_fold: list[dict[str, float]]) -> dict[str, Any]:
    """Mean ROUGE-1/2/L over folds, and ROUGE-1 per fold."""
    n = len(per_fold)
    names = ("rouge1", "rouge2", "rougeL")
    means = {name: round(sum(f[name] for f in per_fold) / n, 4) for name in names}
    return means | {"rouge1_per_fold": [round(f["rouge1"], 4) for f in per_fold]}


def _cv_variant(docs: list[IndoSumDoc], folds: int, c: float, pairwise: bool) -> dict[str, Any]:
    """CV figures of one feature variant: per summary length, and for 3 sentences."""
    runs: dict[str, list[dict[str, float]]] = {}
    for k in range(folds):
        train = [d for d in docs if cv_fold(d.id, folds) != k]
        test = [d for d in docs if cv_fold(d.id, folds) == k]
        model = fit(train, pairwise, c, WORD_GRID[0])
        for words in WORD_GRID:
            scores = rouge_of(model, test, max_words=words)
            runs.setdefault(f"words={words}", []).append(scores)
        fixed = rouge_of(model, test, max_sentences=3, max_words=_NO_BUDGET)
        runs.setdefault("sentences=3", []).append(fixed)
        print(f"  cv pairwise={pairwise!s:5s} fold {k}: 3 sentences R1 {fixed['rouge1']:.4f}")
    out: dict[str, Any] = {run: _mean_of(per_fold) for run, per_fold in runs.items()}
    best = max(WORD_GRID, key=lambda w: (out[f"words={w}"]["rouge1"], -w))
    return out | {"best_words": best, "best": out[f"words={best}"]}


def cross_validate(docs: list[IndoSumDoc], folds: int, c: float) -> dict[str, Any]:
    """Mean ROUGE over ``folds`` folds of ``docs``, without and with pairwise products,
    for each summary length of :data:`WORD_GRID`; ``chosen`` and ``summary_words`` are
    the pick (see the module docstring)."""
    result: dict[str, Any] = {"folds": folds, "articles": len(docs)}
    for pairwise in (False, True):
        result["pairwise" if pairwise else "plain"] = _cv_variant(docs, folds, c, pairwise)
    gain = result["pairwise"]["best"]["rouge1"] - result["plain"]["best"]["rouge1"]
    result["chosen"] = "pairwise" if gain > MIN_GAIN else "plain"
    result["summary_words"] = result[result["chosen"]]["best_words"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("-C", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    docs = training_docs(args.data)
    cv = cross_validate(docs, args.folds, args.C)
    for name in ("plain", "pairwise"):
        for run in ("sentences=3", *(f"words={w}" for w in WORD_GRID)):
            r = cv[name][run]
            print(
                f"cv {name:8s} {run:11s} R1 {r['rouge1']:.4f}  R2 {r['rouge2']:.4f}  "
                f"RL {r['rougeL']:.4f}"
            )
    print(f"chosen: {cv['chosen']}, summary_words={cv['summary_words']}")
    out = fit(docs, cv["chosen"] == "pairwise", args.C, cv["summary_words"])
    out["trained_on"] = {
        "data": "IndoSum dev folds 01-04, distinct ids, training half (not is_held_out)",
        "articles": len(docs),
        **out["trained_on"],
        "C": args.C,
        "cv": cv,
        "script": "scripts/train_summary.py",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    t = out["trained_on"]
    print(
        f"wrote {args.out}: {len(docs)} articles, {t['sentences']} sentences, "
        f"{t['positives']} positive"
    )
    for name, coef in zip(FEATURES, out["coef"][: len(FEATURES)], strict=True):
        print(f"  {name:16s} {coef:+.3f}")


if __name__ == "__main__":
    main()
