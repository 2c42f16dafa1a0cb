"""Read the three NER corpora, score taggers on them at entity level, and time them.

Three CoNLL-style schemes are mapped onto warta's PER / ORG / LOC:

========== ============================== =====================================
scheme     file format                    labels
========== ============================== =====================================
``idner``  ``token UPOS BIO`` (spaces)    PER, ORG, LOC as is
``nergrit`` ``token<TAB>BIO``             PERSON→PER, ORGANISATION→ORG, PLACE→LOC
``nerp``   ``token<TAB>BIO`` (lower-case) PPL→PER, IND→ORG, PLC→LOC; EVT, FNB→O
========== ============================== =====================================

Scoring is the CoNLL convention: an entity counts as correct only when its span and its
type both match exactly. An ``I-`` tag that does not continue an entity of the same type
starts a new one (the lenient conlleval reading).

>>> gold = [[("Joko", "B-PER"), ("Widodo", "I-PER"), ("di", "O"), ("Solo", "B-LOC")]]
>>> pred = [[("Joko", "B-PER"), ("Widodo", "I-PER"), ("di", "O"), ("Solo", "B-ORG")]]
>>> score_entities(gold, pred)["overall"]["f1"]
0.5
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from warta.nlp.entities.ner import bio_spans as bio_spans  # re-exported for the scorers

Scheme = Literal["idner", "nergrit", "nerp"]
Tagger = Callable[[Sequence[str]], list[str]]

TYPES = ("PER", "ORG", "LOC")

_LABEL_MAP: dict[str, str | None] = {
    "PER": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "PERSON": "PER",
    "ORGANISATION": "ORG",
    "PLACE": "LOC",
    "PPL": "PER",
    "IND": "ORG",
    "PLC": "LOC",
    "EVT": None,  # events and food/beverage are outside warta's three types
    "FNB": None,
}

#: The dev split of each corpus, relative to the shared data directory. Never train on these.
DEV_SPLITS: dict[str, tuple[str, Scheme]] = {
    "idner-news-2k": ("idner-news-2k/dev.txt", "idner"),
    "nergrit": ("indonlu-ner/nergrit/valid.txt", "nergrit"),
    "nerp": ("indonlu-ner/nerp/valid.txt", "nerp"),
}

#: The shipped model's annotation style matching each split's guidelines.
SPLIT_STYLES = {"idner-news-2k": "idner", "nergrit": "nergrit", "nerp": "nerp"}


def map_tag(tag: str) -> str:
    """Map one corpus tag (``B-PERSON``, ``I-PLC``, ``O``) onto warta's BIO tags."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, label = tag.partition("-")
    mapped = _LABEL_MAP.get(label)
    if mapped is None or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{mapped}"


def read_conll(path: Path | str, scheme: Scheme) -> list[list[tuple[str, str]]]:
    """Read a CoNLL file into sentences of ``(token, tag)`` with tags mapped to PER/ORG/LOC.

    The token is the first column and the tag the last; blank lines separate sentences.
    ``scheme`` only documents the origin: the label map covers all three schemes.
    """
    if scheme not in ("idner", "nergrit", "nerp"):
        raise ValueError(f"unknown CoNLL scheme {scheme!r}: use 'idner', 'nergrit' or 'nerp'")
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            current.append((cols[0], map_tag(cols[-1].strip())))
    if current:
        sentences.append(current)
    return sentences


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": float(n_gold)}


def score_entities(
    gold_sents: Sequence[Sequence[tuple[str, str]]],
    pred_sents: Sequence[Sequence[tuple[str, str]]],
) -> dict[str, dict[str, float]]:
    """Entity-level precision, recall and F1 per type and micro-averaged ("overall").

    Both arguments are sentences of ``(token, tag)``, aligned one to one (same lengths).
    """
    if len(gold_sents) != len(pred_sents):
        raise ValueError(f"{len(gold_sents)} gold sentences but {len(pred_sents)} predicted")
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, predicted, gold
    for gold, pred in zip(gold_sents, pred_sents, strict=True):
        if len(gold) != len(pred):
            raise ValueError(f"sentence length differs: {len(gold)} gold, {len(pred)} predicted")
        g = set(bio_spans([t for _, t in gold]))
        p = set(bio_spans([t for _, t in pred]))
        for span in g:
            if span[2] in counts:
                counts[span[2]][2] += 1
        for span in p:
            if span[2] in counts:
                counts[span[2]][1] += 1
                if span in g:
                    counts[span[2]][0] += 1
    result = {t: _prf(*counts[t]) for t in TYPES}
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    result["overall"] = _prf(*total)
    return result


def evaluate_ner(
    data_dir: Path,
    tagger: Tagger | None = None,
    *,
    limit: int | None = None,
    style: str | None = None,
    model_dir: Path | None = None,
) -> dict[str, Any]:
    """Score a tagger on the three dev splits (idner-news-2k dev, NERGrit and NERP valid).

    ``tagger`` maps one sentence of tokens to BIO tags. By default the shipped CRF is used,
    batched (:func:`warta.nlp.entities.ner.tag_sentences`), in each split's own annotation style,
    or in ``style`` for all three when given (``model_dir``: another model directory).
    Returns ``{split: {"PER": {...}, "ORG": ..., "LOC": ..., "overall": {...},
    "sentences": n, "tokens": n, "tokens_per_s": x}}`` plus ``"tokens_per_s"`` over all
    splits: tokens per CPU-second of this process (one core; other load on the machine
    does not distort it). ``limit`` scores only the first ``limit``
    sentences of each split (a deterministic subset for quick gates).
    """
    report: dict[str, Any] = {}
    all_tokens = 0
    all_seconds = 0.0
    for name, (rel, scheme) in DEV_SPLITS.items():
        gold = read_conll(Path(data_dir) / rel, scheme)
        if limit is not None:
            gold = gold[:limit]
        words = [[tok for tok, _ in sent] for sent in gold]
        started = time.process_time()
        if tagger is None:
            from warta.nlp.entities.ner import tag_sentences

            split_style = style or SPLIT_STYLES[name]
            tagged = tag_sentences(words, style=split_style, model_dir=model_dir)
        else:
            tagged = [tagger(sent) for sent in words]
        seconds = time.process_time() - started
        pred = [list(zip(w, p, strict=True)) for w, p in zip(words, tagged, strict=True)]
        n_tokens = sum(len(s) for s in gold)
        scores: dict[str, Any] = dict(score_entities(gold, pred))
        scores["sentences"] = len(gold)
        scores["tokens"] = n_tokens
        scores["tokens_per_s"] = n_tokens / seconds if seconds else float("inf")
        report[name] = scores
        all_tokens += n_tokens
        all_seconds += seconds
    report["tokens_per_s"] = all_tokens / all_seconds if all_seconds else float("inf")
    return report
