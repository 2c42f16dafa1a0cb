"""Score dated events against the seeds gold and the tagger against its vector table.

* :func:`score_events` — recall of the gold's dated events: a gold event of a
  document is *found* when the document has a predicted event with the same date.
  Dates compare as ISO strings, with one allowance: the gold never uses weeks, so
  a predicted week ("2023-W37", from "pekan ini") is read as the month holding its
  Thursday (the ISO-8601 rule for which month/year a week belongs to). Both the
  strict and this count are reported; ``recall`` is the latter. Target ≥ 0.9.
* :func:`score_timex_vectors` — on ``tests/vectors/timex.json``, the share of
  vectors whose expressions come out exactly as expected (text, value, precision,
  type, in order), plus expression-level precision and recall.

>>> from warta.records import Event
>>> gold = {"documents": {"d.txt": {"events": [{"date": "2023-09", "what": "x"}]}}}
>>> e = Event("2023-W37", "week", "…", (), False, "2023-09-13")
>>> score_events({"d.txt": [e]}, gold)["recall"]
1.0
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from warta.nlp.time.timex import iso_period, tag_time
from warta.records import Event, PartialDate

__all__ = ["score_events", "score_timex_vectors"]


def _as_month(value: str) -> str:
    """ "2023-W37" → "2023-09" (the month of the week's Thursday); others unchanged."""
    if "-W" not in value:
        return value
    thursday = iso_period(value)[0] + timedelta(days=3)
    return f"{thursday.year:04d}-{thursday.month:02d}"


def score_events(predicted: Mapping[str, Sequence[Event]], gold: dict[str, Any]) -> dict[str, Any]:
    """Recall of the gold's dated events (``gold["documents"][doc]["events"]``).

    ``predicted`` maps the same document keys ("002_dc909485f31bc26a.txt") to events.
    Gold events with ``date: null`` are not counted. Returns ``gold_events``,
    ``found``, ``found_strict``, ``recall``, ``recall_strict`` and ``missed`` (a list
    of ``{"doc", "date", "what"}``).
    """
    total = found = strict = 0
    missed: list[dict[str, str]] = []
    for doc, ann in sorted(gold.get("documents", {}).items()):
        dates = {e.date for e in predicted.get(doc, ())}
        loose = dates | {_as_month(d) for d in dates}
        for g in ann.get("events", []):
            if not g.get("date"):
                continue
            total += 1
            if g["date"] in dates:
                strict += 1
            if g["date"] in loose:
                found += 1
            else:
                missed.append({"doc": doc, "date": g["date"], "what": g.get("what", "")})
    return {
        "gold_events": total,
        "found": found,
        "found_strict": strict,
        "recall": found / total if total else 0.0,
        "recall_strict": strict / total if total else 0.0,
        "missed": missed,
    }


def score_timex_vectors(path: Path | str) -> dict[str, Any]:
    """Run :func:`tag_time` over a vector table and report exact-match accuracy.

    Each vector is ``{"text", "anchor", "expected": [{"text", "value", "precision",
    "type"}]}``; a vector passes when the predicted list equals ``expected``.
    Returns ``vectors``, ``passed``, ``accuracy``, expression ``precision`` and
    ``recall``, and ``failures`` (the first 20 failing vectors with the output).
    """
    vectors = json.loads(Path(path).read_text(encoding="utf-8"))
    passed = tp = n_pred = n_gold = 0
    failures: list[dict[str, Any]] = []
    for v in vectors:
        anchor = PartialDate.parse(v["anchor"]) if v.get("anchor") else None
        got = [
            {"text": t.text, "value": t.value, "precision": t.precision, "type": t.type}
            for t in tag_time(v["text"], anchor)
        ]
        want = v["expected"]
        n_pred += len(got)
        n_gold += len(want)
        tp += sum(1 for g in got if g in want)
        if got == want:
            passed += 1
        elif len(failures) < 20:
            failures.append({"text": v["text"], "anchor": v.get("anchor"), "got": got,
                             "expected": want})  # fmt: skip
    return {
        "vectors": len(vectors),
        "passed": passed,
        "accuracy": passed / len(vectors) if vectors else 0.0,
        "precision": tp / n_pred if n_pred else 1.0,
        "recall": tp / n_gold if n_gold else 1.0,
        "failures": failures,
    }
