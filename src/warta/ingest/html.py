"""HTML pages: main text and metadata through trafilatura.

trafilatura does the markup-aware part (boilerplate blocks, title, date, site name);
its output then goes through the same line classifier as page-text dumps, which
catches what markup does not tell (captions written as paragraphs, "Baca juga" lines).
"""

from __future__ import annotations

from dataclasses import replace

from warta.errors import MalformedInputError
from warta.records import RawDoc


def extract_html(raw: RawDoc) -> tuple[str, RawDoc]:
    """Main text of an HTML document, and the document with title/date/url hints set.

    Raises :class:`MalformedInputError` when no article text can be found in the page.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        raw.content,
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        # Only a date the markup states (meta tags, <time>, the URL): the extensive search
        # guesses from any year in the page ("© 2024" gives 2024-01-01), and the page
        # text's date lines are read by the line classifier with their evidence.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        where = raw.provenance.locator()
        raise MalformedInputError(
            f"{where}: no article text found in the HTML (broken markup or a page "
            "without an article); check that it is a news article page",
            detail={"where": where},
        )
    hints = replace(
        raw,
        title=raw.title or getattr(doc, "title", None),
        published=raw.published or getattr(doc, "date", None),
        url=raw.url or getattr(doc, "url", None),
    )
    # trafilatura separates paragraphs by single newlines; the classifier reads blocks.
    return text.replace("\n", "\n\n"), hints
