"""The page a saved-page wrapper holds: its HTML and the address it came from.

A browser's single-file save (:mod:`warta.ingest.mhtml`), a "view-source:" dump
(:mod:`warta.ingest.view_source`) and a WARC record kept as text
(:mod:`warta.ingest.warc_text`) each give one; the cleaner reads it as an HTML page.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SavedPage"]


@dataclass(frozen=True)
class SavedPage:
    """The HTML a wrapper holds, decoded, and the address it was saved from (if stated)."""

    html: str
    url: str | None
