"""Train the sentence scorer behind ``warta.analyze.summarize`` and write its weights.

Usage::

    python scripts/train_summary.py [DATA_DIR] [--out PATH] [-C 1.0]

``DATA_DIR`` defaults to /work/shared/data/indosum, ``--out`` to
``src/warta/models/summary/logreg.json``.

Reads the IndoSum dev folds (distinct articles; the folds overlap), keeps the training
half (``not is_held_out(id)``), computes :func:`warta.analyze.summarize.sentence_features`
on the dataset's own sentence split and fits a logistic regression
(scikit-learn, ``C=1.0``, standardised features and their pairwise products) to the
gold extractive labels. The held-out half is never read here;
``bench/bench_summary.py`` reports on it. Deterministic: same data, same weights.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from warta.analyze.summarize import FEATURES, expand_features, sentence_features
from warta.eval.indosum import load_indosum
from warta.eval.rouge import is_held_out

DEFAULT_DATA = Path("/work/shared/data/indosum")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/warta/models/summary/logreg.json"


def build_matrix(data: Path) -> tuple[np.ndarray, np.ndarray, int]:
    rows, labels, n_docs = [], [], 0
    for doc in load_indosum(data):
        if is_held_out(doc.id):
            continue
        pairs = [(p, s) for p, para in enumerate(doc.sentences) for s in para]
        flat_labels = [lab for para in doc.gold_labels for lab in para]
        if not pairs or len(pairs) != len(flat_labels):
            continue
        rows.append(expand_features(sentence_features(pairs)))
        labels.extend(flat_labels)
        n_docs += 1
    return np.vstack(rows), np.asarray(labels, dtype=int), n_docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("-C", type=float, default=1.0)
    args = parser.parse_args()
    x, y, n_docs = build_matrix(args.data)
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    model = LogisticRegression(C=args.C, max_iter=5000).fit((x - scaler.mean_) / scale, y)
    out = {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "trained_on": {
            "data": "IndoSum dev folds 01-04, distinct ids, training half (not is_held_out)",
            "articles": n_docs,
            "sentences": len(y),
            "positives": int(y.sum()),
            "C": args.C,
            "script": "scripts/train_summary.py",
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {n_docs} articles, {len(y)} sentences, {int(y.sum())} positive")
    for name, coef in zip(FEATURES, model.coef_[0][: len(FEATURES)], strict=True):
        print(f"  {name:16s} {coef:+.3f}")


if __name__ == "__main__":
    main()
