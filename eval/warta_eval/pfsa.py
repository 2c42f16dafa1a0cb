"""Direct statements on PFSA-ID (Kompas news, development split): data warta was not
written against.

PFSA-ID (``../shared/data/pfsa-id/dev.txt``, CC BY-NC-SA 4.0: measured here, never
trained on) gives one token and one BIO-style tag per line, blank lines between
sentences; a sentence holding an ``ISSUE`` span starts a new article; ``STATEMENT`` spans
are direct speech. The tokenised text writes every quotation mark as ``”``, opening
ones included.

:func:`read_pfsa` rebuilds each article's text from the tokens (spaces by the usual
punctuation rules; a sentence starts a new paragraph unless a quotation is still open,
which the text alone tells) with the character span of every statement; with
``paired_marks`` the opening marks are written ``“``, which separates how well quotes are
found from how well a text with one kind of mark is read.
:func:`score_statements` runs :func:`warta.nlp.quotes.extract.extract_quotes` (with the
shipped NER's mentions) and counts a gold statement as found when a direct or mixed
quote covers at least half of it and lies at least half inside it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.quotes.extract import extract_quotes

QUOTE = "”"
_NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", ")", "]", "%", "…"}
_NO_SPACE_AFTER = {"(", "["}
_GLUE = {"/", "-"}  # tokens that join both neighbours: 13/04/2020, Covid-19


@dataclass(frozen=True, slots=True)
class PfsaArticle:
    text: str
    statements: tuple[tuple[int, int], ...]  # character spans of the gold statements


def _sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        token, _, tag = line.partition("\t")
        sentence.append((token, tag.strip()))
    if sentence:
        yield sentence


def _is_statement(tag: str) -> bool:
    return tag.endswith("-STATEMENT")


def _article(sentences: Sequence[list[tuple[str, str]]], paired_marks: bool) -> PfsaArticle:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    quote_open = False
    glue = True
    span_start: int | None = None
    span_end = 0
    for n, sentence in enumerate(sentences):
        if n and not glue:
            sep = " " if quote_open else "\n\n"  # an open quotation keeps the paragraph
            parts.append(sep)
            length += len(sep)
            glue = True
        for token, tag in sentence:
            closing = token == QUOTE and quote_open
            if not (glue or token in _NO_SPACE_BEFORE or token in _GLUE or closing):
                parts.append(" ")
                length += 1
            start = length
            written = "“" if paired_marks and token == QUOTE and not quote_open else token
            parts.append(written)
            length += len(written)
            if _is_statement(tag):
                span_start = start if span_start is None else span_start
                span_end = length
            elif span_start is not None:
                spans.append((span_start, span_end))
                span_start = None
            glue = token in _NO_SPACE_AFTER or token in _GLUE or (token == QUOTE and not quote_open)
            if token == QUOTE:
                quote_open = not quote_open
    if span_start is not None:
        spans.append((span_start, span_end))
    return PfsaArticle("".join(parts), tuple(spans))


def read_pfsa(path: Path, *, paired_marks: bool = False) -> list[PfsaArticle]:
    """The articles of a PFSA-ID file, text rebuilt, statements as character spans."""
    articles: list[PfsaArticle] = []
    current: list[list[tuple[str, str]]] = []
    for sentence in _sentences(path):
        if current and any(tag.endswith("-ISSUE") for _, tag in sentence):
            articles.append(_article(current, paired_marks))
            current = []
        current.append(sentence)
    if current:
        articles.append(_article(current, paired_marks))
    return articles


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _matches(gold: tuple[int, int], pred: tuple[int, int]) -> bool:
    shared = _overlap(gold, pred)
    return shared * 2 >= gold[1] - gold[0] and shared * 2 >= pred[1] - pred[0]


def score_statements(articles: Sequence[PfsaArticle], prefix: str = "") -> dict[str, Any]:
    """Statement recall, precision and F1 of warta's direct and mixed quotes; figure names
    start with ``prefix``."""
    gold_total = found = predicted = correct = 0
    for article in articles:
        mentions, _ = resolve_article(article.text, find_mentions(article.text))
        quotes = [
            (q.start, q.end)
            for q in extract_quotes(article.text, mentions)
            if q.kind in ("direct", "mixed")
        ]
        gold_total += len(article.statements)
        found += sum(1 for g in article.statements if any(_matches(g, p) for p in quotes))
        predicted += len(quotes)
        correct += sum(1 for p in quotes if any(_matches(g, p) for g in article.statements))
    recall = found / gold_total if gold_total else 0.0
    precision = correct / predicted if predicted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        f"{prefix}statement_recall": {
            "score": round(recall, 4),
            "hits": found,
            "total": gold_total,
        },
        f"{prefix}statement_precision": {
            "score": round(precision, 4),
            "hits": correct,
            "total": predicted,
        },
        f"{prefix}statement_f1": {"score": round(f1, 4), "articles": len(articles)},
    }


def evaluate_pfsa(path: Path) -> dict[str, Any]:
    """Figures on the text as given, then with paired quotation marks (``paired_*``)."""
    return {
        **score_statements(read_pfsa(path)),
        **score_statements(read_pfsa(path, paired_marks=True), prefix="paired_"),
    }
