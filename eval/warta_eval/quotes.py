"""Score extracted quotes against the seed gold annotations.

The gold (``shared/gold/seeds.json``) gives, per document, quotes with a ``speaker``
(canonical full name), a ``kind``, the first words of the quote (``starts_with``) and
an ``optional`` flag. A gold quote is *found* when some predicted quote's text contains
its ``starts_with`` after normalisation (quote marks dropped, whitespace collapsed,
lower case; punctuation at the end of ``starts_with`` dropped, since an extractor may trim
the comma before a closing quote mark); the first such prediction is the one whose speaker
is judged.

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
from pathlib import Path
from typing import Any

from warta.records import Quote
from warta_eval.figures import down4

__all__ = [
    "evaluate_dev_quotes",
    "evaluate_quote_examples",
    "extract_dev_quotes",
    "normalise_quote_text",
    "normalise_starts_with",
    "score_dev_quotes",
    "score_quotes",
]

_QUOTE_MARKS = re.compile(r"[\"“”„«»‘’'`]")


def normalise_quote_text(text: str) -> str:
    """Lower-case, drop quote marks and collapse whitespace.

    >>> normalise_quote_text('AS “melakukan  semua')
    'as melakukan semua'
    """
    return " ".join(_QUOTE_MARKS.sub(" ", text).lower().split())


_TRAILING_PUNCTUATION = ",.;:!?…"


def normalise_starts_with(text: str) -> str:
    """A gold ``starts_with`` as matched: :func:`normalise_quote_text`, then without
    punctuation at its end (a quote "Kami datang," is found in an extracted "Kami datang").

    >>> normalise_starts_with('“Kami utang kemenangan,')
    'kami utang kemenangan'
    """
    return normalise_quote_text(text).rstrip(_TRAILING_PUNCTUATION).rstrip()


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
        norm_gold = [normalise_starts_with(g["starts_with"]) for g in gold_quotes]
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


# -- the development set of issue 17 ------------------------------------------------------

#: Dev-set figures, per split: what each measures is in :func:`score_dev_quotes`.
DEV_FIGURES = ("recall", "speaker_accuracy", "precision", "refused_speakers", "split_speakers")


def _accepts(predicted: str | None, gold: Mapping[str, Any]) -> bool:
    if predicted is None:
        return False
    names = [gold["speaker"], *gold.get("aliases", ())]
    return predicted.casefold() in {n.casefold() for n in names}


def _classes(counter: Mapping[str, int]) -> str:
    """``{"menjawab": 2, "berujar": 1}`` as "menjawab:2 berujar:1" (largest first)."""
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return " ".join(f"{k}:{v}" for k, v in ranked) or "-"


def score_dev_quotes(
    predicted: Mapping[str, Sequence[Quote]], documents: Mapping[str, Any]
) -> dict[str, Any]:
    """Score quotes on the hand-labelled development set (``tests/nlp/quotes/dev_quotes.json``).

    ``documents`` maps a document id to ``{"quotes": [...], "refuse": [...]}``; each gold
    quote has ``starts_with``, ``speaker``, optional ``aliases`` (other accepted names),
    ``cue`` (the reporting verb or cue) and optional ``trap`` (the wrong-speaker cause the
    example tests: agency-credit, metonym, turn-taking, aide, junk, abbreviation, marks).
    A gold quote is found as in :func:`score_quotes`. Figures:

    * ``recall``, ``speaker_accuracy`` (speaker or an alias, case-insensitive),
      ``precision`` (predicted quotes matching a gold quote);
    * ``refused_speakers`` - predicted speakers listed in the document's ``refuse``
      (wire agencies of a credit, countries for their agencies, junk words): an upper
      bound, 0 wanted;
    * ``split_speakers`` - gold speakers whose found quotes got two or more different
      predicted names in one document (an organisation and its abbreviation): 0 wanted.

    The per-class reports: ``missed_by_cue`` (gold ``cue`` of each miss) and
    ``wrong_by_cause`` (gold ``trap`` of each wrong speaker, ``other`` without one).

    >>> docs = {"d": {"quotes": [{"starts_with": "harga naik", "speaker": "Badan Pusat Statistik",
    ...     "aliases": ["BPS"], "cue": "mencatat"}], "refuse": ["AFP"]}}
    >>> pred = {"d": [Quote("Harga naik lagi", "BPS", None, "indirect", "mencatat", 0, 0, 1)]}
    >>> r = score_dev_quotes(pred, docs)
    >>> r["recall"], r["speaker_accuracy"], r["refused_speakers"]
    (1.0, 1.0, 0)
    """
    gold_n = found = speaker_ok = n_pred = matched = refused = split = 0
    missed_by_cue: dict[str, int] = {}
    wrong_by_cause: dict[str, int] = {}
    missed: list[tuple[str, str, str]] = []
    wrong: list[tuple[str, str, str | None, str]] = []
    spurious: list[tuple[str, str, str | None]] = []
    bad: list[tuple[str, str]] = []
    for doc_id, quotes in predicted.items():
        entry = documents.get(doc_id)
        if entry is None:
            continue
        norm_pred = [normalise_quote_text(q.text) for q in quotes]
        gold_quotes = entry.get("quotes", [])
        norm_gold = [normalise_starts_with(g["starts_with"]) for g in gold_quotes]
        given: dict[str, set[str | None]] = {}
        for g, ng in zip(gold_quotes, norm_gold, strict=True):
            gold_n += 1
            hit = next((i for i, p in enumerate(norm_pred) if ng in p), None)
            cue = str(g.get("cue") or "none")
            if hit is None:
                missed_by_cue[cue] = missed_by_cue.get(cue, 0) + 1
                missed.append((doc_id, cue, g["starts_with"]))
                continue
            found += 1
            given.setdefault(g["speaker"], set()).add(quotes[hit].speaker)
            if _accepts(quotes[hit].speaker, g):
                speaker_ok += 1
            else:
                cause = str(g.get("trap") or "other")
                wrong_by_cause[cause] = wrong_by_cause.get(cause, 0) + 1
                wrong.append((doc_id, g["starts_with"], quotes[hit].speaker, g["speaker"]))
        split += sum(1 for names in given.values() if len(names) > 1)
        refuse = {r.casefold() for r in entry.get("refuse", ())}
        for q, p in zip(quotes, norm_pred, strict=True):
            n_pred += 1
            if any(ng in p for ng in norm_gold):
                matched += 1
            else:
                spurious.append((doc_id, q.text, q.speaker))
            if q.speaker is not None and q.speaker.casefold() in refuse:
                refused += 1
                bad.append((doc_id, q.speaker))
    return {
        "recall": _ratio(found, gold_n),
        "speaker_accuracy": _ratio(speaker_ok, found),
        "precision": _ratio(matched, n_pred),
        "refused_speakers": refused,
        "split_speakers": split,
        "counts": {
            "gold": gold_n,
            "found": found,
            "speaker_ok": speaker_ok,
            "predicted": n_pred,
            "matched": matched,
        },
        "missed_by_cue": _classes(missed_by_cue),
        "wrong_by_cause": _classes(wrong_by_cause),
        "missed": missed,
        "wrong_speaker": wrong,
        "spurious": spurious,
        "refused": bad,
    }


def extract_dev_quotes(documents: Mapping[str, Any]) -> dict[str, tuple[Quote, ...]]:
    """Quotes of each development document as a build finds them (shipped NER's mentions,
    resolved within the article, then :func:`~warta.nlp.quotes.extract.extract_quotes`)."""
    from warta.nlp.entities.aliases import resolve_article
    from warta.nlp.entities.ner import find_mentions
    from warta.nlp.quotes.extract import extract_quotes

    out: dict[str, tuple[Quote, ...]] = {}
    for doc_id, entry in documents.items():
        text = entry["text"]
        mentions, _ = resolve_article(text, find_mentions(text))
        out[doc_id] = extract_quotes(text, mentions)
    return out


def evaluate_dev_quotes(path: Path) -> dict[str, Any]:
    """The ``quotes_dev`` figures: :func:`score_dev_quotes` on the documents of each split
    of ``path`` (``dev``, ``heldout``; ``blind`` in a set written blind), reported apart
    (``dev_recall``, ``heldout_recall``, ...)."""
    import json

    documents: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8"))["documents"]
    predicted = extract_dev_quotes(documents)
    figures: dict[str, Any] = {}
    for split in sorted({v["split"] for v in documents.values()}):
        docs = {k: v for k, v in documents.items() if v["split"] == split}
        r = score_dev_quotes({k: predicted[k] for k in docs}, docs)
        c = r["counts"]
        figures[f"{split}_recall"] = {"score": down4(r["recall"]), "hits": c["found"],
                                      "total": c["gold"], "missed_by_cue": r["missed_by_cue"]}
        figures[f"{split}_speaker_accuracy"] = {
            "score": down4(r["speaker_accuracy"]), "hits": c["speaker_ok"],
            "total": c["found"], "wrong_by_cause": r["wrong_by_cause"]}
        figures[f"{split}_precision"] = {"score": down4(r["precision"]), "hits": c["matched"],
                                         "total": c["predicted"]}
        figures[f"{split}_refused_speakers"] = {"score": r["refused_speakers"]}
        figures[f"{split}_split_speakers"] = {"score": r["split_speakers"]}
    return figures  # fmt: skip


def evaluate_quote_examples(path: Path) -> dict[str, Any]:
    """Figures on the hand-written quote shapes of issue 17
    (``tests/eval/gold/quote_examples.json``: one invented paragraph per shape, same
    format as the development set without splits), scored by :func:`score_dev_quotes`:
    ``recall`` (with ``missed_by_cue``), ``speaker_accuracy`` (with ``wrong_by_cause``),
    ``precision``, ``refused_speakers`` and ``split_speakers``."""
    import json

    documents: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8"))["documents"]
    r = score_dev_quotes(extract_dev_quotes(documents), documents)
    c = r["counts"]
    return {
        "recall": {"score": down4(r["recall"]), "hits": c["found"], "total": c["gold"],
                   "missed_by_cue": r["missed_by_cue"]},
        "speaker_accuracy": {"score": down4(r["speaker_accuracy"]), "hits": c["speaker_ok"],
                             "total": c["found"], "wrong_by_cause": r["wrong_by_cause"]},
        "precision": {"score": down4(r["precision"]), "hits": c["matched"],
                      "total": c["predicted"]},
        "refused_speakers": {"score": r["refused_speakers"]},
        "split_speakers": {"score": r["split_speakers"]},
    }  # fmt: skip
