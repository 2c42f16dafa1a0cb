"""Quote shapes of issue 17 (``tests/eval/gold/quote_examples.json``), one invented
paragraph each (people, places and bodies are fictional): the reporting verbs and passive
cues that were missed, statements of institutions, and the wrong-speaker causes (a wire
agency of a credit or dateline, an agency read as its country, an organisation beside its
abbreviation, officials speaking in turn, an aide speaking about his leader, junk words
taken for a speaker).

Each gold quote gives its first words and its speaker (``aliases``: other accepted names,
but one name for all of that speaker's quotes); each document is checked on the bare text
and with the shipped NER's mentions (as a build runs it), and as a whole by the scorer of
:mod:`warta_eval.quotes`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warta.nlp.quotes.extract import extract_quotes
from warta_eval.quotes import (
    evaluate_quote_examples,
    normalise_quote_text,
    normalise_starts_with,
)

GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold" / "quote_examples.json"
DOCUMENTS: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]


def _mentions(text: str) -> list[Any]:
    from warta.nlp.entities.aliases import resolve_article
    from warta.nlp.entities.ner import find_mentions

    mentions, _ = resolve_article(text, find_mentions(text))
    return list(mentions)


@pytest.mark.parametrize("with_ner", [False, True], ids=["text", "ner"])
@pytest.mark.parametrize("doc_id", sorted(DOCUMENTS))
def test_quote_shape(doc_id: str, with_ner: bool) -> None:
    doc = DOCUMENTS[doc_id]
    text = doc["text"]
    quotes = extract_quotes(text, _mentions(text) if with_ner else ())
    got = [(q.text, q.speaker) for q in quotes]
    for gold in doc["quotes"]:
        names = [gold["speaker"], *gold.get("aliases", ())]
        want = normalise_starts_with(gold["starts_with"])
        hit = next((q for q in quotes if want in normalise_quote_text(q.text)), None)
        assert hit is not None, (gold["starts_with"], got)
        assert hit.speaker in names, (gold["starts_with"], got)
        assert text[hit.start : hit.end] == hit.text
        # One speaker, one name: an organisation and its abbreviation never split.
        assert len({q.speaker for q in quotes if q.speaker in names}) == 1, got
    for q in quotes:
        assert q.speaker not in doc["refuse"], got


def test_examples_score_in_full() -> None:
    figures = evaluate_quote_examples(GOLD)
    assert figures["recall"]["score"] == 1.0, figures["recall"]
    assert figures["speaker_accuracy"]["score"] == 1.0, figures["speaker_accuracy"]
    assert figures["refused_speakers"]["score"] == 0
    assert figures["split_speakers"]["score"] == 0
