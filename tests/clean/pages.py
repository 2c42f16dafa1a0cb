"""Helpers of the page-shape tests: clean an invented page, read what was set aside."""

from __future__ import annotations

from warta.clean import clean_document
from warta.records import Article, Provenance, RawDoc


def clean_page(text: str, url: str | None = None) -> Article:
    """``text`` cleaned as a page file (``t.txt``) found at ``url``."""
    return clean_document(RawDoc(Provenance("t.txt", url=url), text, url=url))


def set_aside(art: Article) -> dict[str, str]:
    """Each line set aside from ``art``'s body, with the reason."""
    return {r.text: r.reason for r in art.removed}
