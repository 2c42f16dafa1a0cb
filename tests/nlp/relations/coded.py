"""Helpers of the relation tests: what the pipeline codes in an invented text."""

from __future__ import annotations

from warta.pipeline.local import process
from warta.records import Relation


def relations(text: str, published: str = "2024-06-05") -> list[Relation]:
    """The relations of ``text`` analysed as an article published on ``published``."""
    return list(process(text, published=published).relations)


def triples(text: str) -> list[tuple[str, str, str]]:
    """``(source, action, target)`` of each relation of ``text``."""
    return [(r.source, r.action, r.target) for r in relations(text)]


def coded_triples(text: str, published: str) -> set[tuple[str, str, str]]:
    """``(source, action, target)`` of each relation of ``text`` published on ``published``."""
    return {(r.source, r.action, r.target) for r in relations(text, published)}


def dated_triples(text: str, published: str) -> set[tuple[str, str, str, str | None]]:
    """``(source, action, target, date)`` of each relation of ``text`` published on
    ``published``."""
    return {(r.source, r.action, r.target, r.date) for r in relations(text, published)}
