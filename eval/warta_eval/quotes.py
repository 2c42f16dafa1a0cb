"""Score extracted quotes against the seed gold annotations.

The gold (``shared/gold/seeds.json``) gives, per document, quotes with a ``speaker``
(canonical full name), a ``kind``, the first words of the quote (``starts_with``) and
an ``optional`` flag. A gold quote is *found* when some predicted quote's text contains
its ``starts_with`` after normalisation (quote marks dropped, whitespace collapsed,
lower case); the first such prediction is the one whose speaker is judged.

* ``recall`` = found / non-optional gold quotes;
* ``speaker_accuracy`` = found non-optional quotes whose predicted speaker, passed
  through ``alias``, equals the gold speaker (case-insensitive) / found;
* ``precision`` = predicted quotes that match any gold quote (optional ones included)
  / predicted quotes;
* ``kind_accuracy`` (informative, no target) = found quotes whose ``kind`` agrees.

>>> from warta.records import Quote
>>> gold = {"documents": {"d": {"quotes": [
...     {"speaker": "Andrei Lankov", "kind": "direct", "starts_with": "Situasi buruk"}]}}}
>>> pred = {"d": [Quote("“Situasi  buruk,” ", "Lankov", None, "direct", "kata", 0, 0, 1)]}
>>> r = score_quotes(pred, gold, alias={"Lankov": "Andrei Lankov"}.get)
>>> r["recall"], r["speaker_accuracy"], r["precision"]
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from warta.records import Quote

__all__ = ["normalise_quote_text", "score_quotes"]

_QUOTE_MARKS = re.compile(r"[\"“”„«»‘’'`]")


def normalise_quote_text(text: str) -> str:
    """Lower-case, drop quote marks and collapse whitespace.

    >>> normalise_quote_text('AS “melakukan  semua')
    'as melakukan semua'
    """
    return " ".join(_QUOTE_MARKS.sub(" ", text).lower().split())


def _same_speaker(predicted: str | None, gold: str, alias: Callable[[str], str | None]) -> bool:
    if predicted is None:
        return False
    canonical = alias(predicted) or predicted
    return canonical.casefold() == gold.casefold()


def score_quotes(
    predicted: Mapping[str, Sequence[Quote]],
    gold: Mapping[str, Any],
    alias: Callable[[str], str | None] | None = None,
) -> dict[str, Any]:
    """Recall, speaker accuracy and precision of ``predicted`` against ``gold``.

    ``gold`` is the parsed seeds file (``{"documents": {doc_id: {"quotes": [...]}}}``) or
    its ``documents`` mapping; only documents present in ``predicted`` are scored.
    ``alias`` canonicalises predicted speaker names (``None`` from it keeps the name);
    it stands in for cross-article alias resolution. The result also has per-document
    figures under ``"documents"`` and the misses under ``"missed"``, ``"wrong_speaker"``
    and ``"spurious"``.
    """
    canon: Callable[[str], str | None] = alias or (lambda name: name)
    docs: Mapping[str, Any] = gold.get("documents", gold)
    totals = {"gold": 0, "found": 0, "speaker_ok": 0, "kind_ok": 0, "predicted": 0, "matched": 0}
    per_doc: dict[str, dict[str, int]] = {}
    missed: list[tuple[str, str]] = []
    wrong: list[tuple[str, str, str | None, str]] = []
    spurious: list[tuple[str, str]] = []
    for doc_id, quotes in predicted.items():
        entry = docs.get(doc_id)
        if entry is None:
            continue
        norm_pred = [normalise_quote_text(q.text) for q in quotes]
        gold_quotes = entry.get("quotes", [])
        norm_gold = [normalise_quote_text(g["starts_with"]) for g in gold_quotes]
        counts = dict.fromkeys(totals, 0) | {"predicted": len(quotes)}
        for g, ng in zip(gold_quotes, norm_gold, strict=True):
            hit = next((i for i, p in enumerate(norm_pred) if ng in p), None)
            if g.get("optional"):
                continue
            counts["gold"] += 1
            if hit is None:
                missed.append((doc_id, g["starts_with"]))
                continue
            counts["found"] += 1
            counts["kind_ok"] += quotes[hit].kind == g.get("kind")
            if _same_speaker(quotes[hit].speaker, g["speaker"], canon):
                counts["speaker_ok"] += 1
            else:
                wrong.append((doc_id, g["starts_with"], quotes[hit].speaker, g["speaker"]))
        for q, p in zip(quotes, norm_pred, strict=True):
            if any(ng in p for ng in norm_gold):
                counts["matched"] += 1
            else:
                spurious.append((doc_id, q.text))
        per_doc[doc_id] = counts
        for key, value in counts.items():
            totals[key] += value
    return {
        "recall": _ratio(totals["found"], totals["gold"]),
        "speaker_accuracy": _ratio(totals["speaker_ok"], totals["found"]),
        "precision": _ratio(totals["matched"], totals["predicted"]),
        "kind_accuracy": _ratio(totals["kind_ok"], totals["found"]),
        "counts": totals,
        "documents": per_doc,
        "missed": missed,
        "wrong_speaker": wrong,
        "spurious": spurious,
    }


def _ratio(num: int, den: int) -> float:
    """``num / den``, and 1.0 for an empty denominator (nothing to get wrong)."""
    return num / den if den else 1.0
