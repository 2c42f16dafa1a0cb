"""Direct statements on PFSA-ID (Kompas news, development split): data warta was not
written against.

PFSA-ID (``../shared/data/pfsa-id/dev.txt``, CC BY-NC-SA 4.0: measured here, never
trained on) gives one token and one BIO-style tag per line, blank lines between
sentences; a sentence holding an ``ISSUE`` span starts a new article; ``STATEMENT`` spans
are direct speech. The tokenised text writes nearly every quotation mark as ``”``,
opening ones included; the few ``“`` (115 of 3,134 in dev.txt) are always opening.

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

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.quotes.extract import extract_quotes

QUOTE = "”"
OPENING = "“"  # 115 of the 3,134 marks of dev.txt: always an opening one
_NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", ")", "]", "%", "…"}
_NO_SPACE_AFTER = {"(", "["}
_GLUE = {"/", "-"}  # tokens that join both neighbours: 13/04/2020, Covid-19
_SENTENCE_BREAK = re.compile(r"[.!?] +[A-Z”“]")


@dataclass(frozen=True, slots=True)
class PfsaArticle:
    text: str
    statements: tuple[tuple[int, int], ...]  # character spans of the gold statements
    cues: tuple[str, ...] = ()  # per statement: its gold CUE words (nearest), or "none"


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
    cues: list[tuple[int, str]] = []  # (offset, words) of each gold CUE span
    for n, sentence in enumerate(sentences):
        if n and not glue:
            sep = " " if quote_open else "\n\n"  # an open quotation keeps the paragraph
            parts.append(sep)
            length += len(sep)
            glue = True
        for token, tag in sentence:
            closing = token == QUOTE and quote_open
            opening = token == OPENING or (token == QUOTE and not quote_open)
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
            if tag.endswith("-CUE") and tag[0] in "BU":
                cues.append((start, written.lower()))
            elif tag.endswith("-CUE") and cues:
                cues[-1] = (cues[-1][0], f"{cues[-1][1]} {written.lower()}")
            glue = token in _NO_SPACE_AFTER or token in _GLUE or opening
            if token in (QUOTE, OPENING):
                quote_open = opening
    if span_start is not None:
        spans.append((span_start, span_end))
    return PfsaArticle("".join(parts), tuple(spans), tuple(_nearest_cue(s, cues) for s in spans))


def _nearest_cue(span: tuple[int, int], cues: Sequence[tuple[int, str]]) -> str:
    """The gold cue of a statement: the nearest CUE span within 120 characters (after the
    statement's end, or before its start), else "none"."""
    best, far = "none", 121
    for at, words in cues:
        gap = at - span[1] if at >= span[1] else span[0] - at if at < span[0] else 0
        if 0 <= gap < far:
            best, far = words, gap
    return best


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


def _miss_cause(gold: tuple[int, int], preds: Sequence[tuple[int, int]]) -> str:
    """Why a gold statement was not matched: no quote touches it (``not_found``), the best
    overlapping quote covers less than half of it (``cut``: a quote stopped early, e.g. at
    a sentence break), or covers it but runs on outside it (``overlong``)."""
    best = max(preds, key=lambda p: _overlap(gold, p), default=None)
    if best is None or _overlap(gold, best) == 0:
        return "not_found"
    return "cut" if _overlap(gold, best) * 2 < gold[1] - gold[0] else "overlong"


def _top(counter: dict[str, int], n: int = 8) -> str:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return " ".join(f"{k}:{v}" for k, v in ranked) or "-"


def score_statements(articles: Sequence[PfsaArticle], prefix: str = "") -> dict[str, Any]:
    """Statement recall, precision and F1 of warta's direct and mixed quotes; figure names
    start with ``prefix``.

    The recall figure also reports its misses by class: ``missed_by_cause`` (see
    :func:`_miss_cause`; ``multi_sentence`` counts the missed statements holding a
    sentence break) and ``missed_by_cue`` (the gold CUE word nearest each miss, the
    eight commonest).
    """
    gold_total = found = predicted = correct = 0
    by_cause: dict[str, int] = {}
    by_cue: dict[str, int] = {}
    for article in articles:
        mentions, _ = resolve_article(article.text, find_mentions(article.text))
        quotes = [
            (q.start, q.end)
            for q in extract_quotes(article.text, mentions)
            if q.kind in ("direct", "mixed")
        ]
        gold_total += len(article.statements)
        cues = article.cues or ("none",) * len(article.statements)
        for g, cue in zip(article.statements, cues, strict=True):
            if any(_matches(g, p) for p in quotes):
                found += 1
                continue
            for cause in (_miss_cause(g, quotes),) + (
                ("multi_sentence",) if _SENTENCE_BREAK.search(article.text, g[0], g[1]) else ()
            ):
                by_cause[cause] = by_cause.get(cause, 0) + 1
            by_cue[cue] = by_cue.get(cue, 0) + 1
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
            "missed_by_cause": _top(by_cause),
            "missed_by_cue": _top(by_cue),
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
