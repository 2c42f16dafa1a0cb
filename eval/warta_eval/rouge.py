"""ROUGE-1, ROUGE-2 and ROUGE-L F1 for summaries, and a small evaluation harness.

Implemented here (about 60 lines) rather than taken from ``rouge-score``: that package
tokenises on ``[a-z0-9]+`` after an English Porter stemmer, which is wrong for
Indonesian, and its dependencies (nltk, absl) are heavy for three formulas.

Text is lower-cased and tokenised on word characters (``\\w+``, Unicode-aware). ROUGE-N
counts clipped n-gram overlaps; ROUGE-L uses the longest common subsequence of the two
token sequences taken whole (the ``rougeL`` variant, not the per-sentence ``rougeLsum``).

>>> s = rouge("Kucing itu tidur di kasur.", "kucing tidur di kasur")
>>> round(s.rouge1, 3), round(s.rouge2, 3), round(s.rougeL, 3)
(0.889, 0.571, 0.889)
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

_TOKEN = re.compile(r"\w+")


def tokenize(text: str) -> list[str]:
    """Lower-cased word-character tokens.

    >>> tokenize("Rp 5,2 juta!")
    ['rp', '5', '2', 'juta']
    """
    return _TOKEN.findall(text.lower())


@dataclass(frozen=True, slots=True)
class RougeScore:
    """F1 scores in [0, 1]."""

    rouge1: float
    rouge2: float
    rougeL: float


def _f1(overlap: int, n_candidate: int, n_reference: int) -> float:
    if overlap == 0 or n_candidate == 0 or n_reference == 0:
        return 0.0
    precision = overlap / n_candidate
    recall = overlap / n_reference
    return 2 * precision * recall / (precision + recall)


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> float:
    """ROUGE-N F1 over token lists (clipped counts)."""
    cand, ref = _ngrams(candidate, n), _ngrams(reference, n)
    overlap = sum((cand & ref).values())
    return _f1(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (O(len(a) * len(b)) time, O(len(b)) memory)."""
    if not a or not b:
        return 0
    previous = [0] * (len(b) + 1)
    for token in a:
        current = [0]
        for j, other in enumerate(b):
            if token == other:
                current.append(previous[j] + 1)
            else:
                current.append(max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> float:
    """ROUGE-L F1 over token lists."""
    return _f1(lcs_length(candidate, reference), len(candidate), len(reference))


def rouge(candidate: str, reference: str, *, max_words: int | None = None) -> RougeScore:
    """ROUGE-1/2/L F1 of ``candidate`` against ``reference``.

    ``max_words`` truncates the candidate to that many tokens first (IndoSum papers cap
    the system summary at the gold length; pass ``len(tokenize(reference))`` for that).
    """
    cand = tokenize(candidate)
    if max_words is not None:
        cand = cand[:max_words]
    ref = tokenize(reference)
    return RougeScore(rouge_n(cand, ref, 1), rouge_n(cand, ref, 2), rouge_l(cand, ref))


class SummaryDoc(Protocol):
    """What :func:`evaluate_summaries` reads from a document (``IndoSumDoc`` fits)."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def sentences(self) -> tuple[tuple[str, ...], ...]: ...


def lead_k(doc: SummaryDoc, k: int = 3) -> str:
    """The first ``k`` sentences of ``doc`` (its own sentence split): the LEAD-k baseline."""
    flat = [s for paragraph in doc.sentences for s in paragraph]
    return " ".join(flat[:k])


def _mean(scores: Sequence[RougeScore]) -> dict[str, float]:
    n = max(len(scores), 1)
    return {
        "rouge1": sum(s.rouge1 for s in scores) / n,
        "rouge2": sum(s.rouge2 for s in scores) / n,
        "rougeL": sum(s.rougeL for s in scores) / n,
    }


def evaluate_summaries(
    docs: Iterable[SummaryDoc],
    summarizer: Callable[[SummaryDoc], str],
    *,
    cap_to_reference: bool = False,
) -> dict[str, Any]:
    """Mean ROUGE-1/2/L F1 of ``summarizer`` and of LEAD-3 on the same documents.

    ``summarizer`` maps a document to its summary text; the reference is ``doc.summary``.
    With ``cap_to_reference`` both systems are truncated to the gold length in tokens.

    >>> class D:
    ...     id, text, summary = "a", "A b. C d.", "a b"
    ...     sentences = (("A b.", "C d."),)
    >>> r = evaluate_summaries([D()], lambda d: "A b.")
    >>> r["n"], r["system"]["rouge1"], round(r["lead3"]["rouge1"], 3)
    (1, 1.0, 0.667)
    """
    system: list[RougeScore] = []
    lead: list[RougeScore] = []
    for doc in docs:
        cap = len(tokenize(doc.summary)) if cap_to_reference else None
        system.append(rouge(summarizer(doc), doc.summary, max_words=cap))
        lead.append(rouge(lead_k(doc, 3), doc.summary, max_words=cap))
    return {
        "n": len(system),
        "cap_to_reference": cap_to_reference,
        "system": _mean(system),
        "lead3": _mean(lead),
    }


def is_held_out(article_id: str) -> bool:
    """The deterministic half of IndoSum reported on (the other half trains the scorer).

    The dev folds overlap, so the split is by article id, never by fold: an article is
    held out when the first byte of the SHA-1 of its id is odd (1,390 of 2,809 articles).
    """
    return hashlib.sha1(article_id.encode("utf-8")).digest()[0] % 2 == 1
