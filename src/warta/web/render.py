"""Safe rendering helpers: highlighted article text from character offsets, search
snippets, and links.

Nothing here builds HTML from article content by string concatenation except through
:func:`markupsafe.escape`: segments are plain data rendered by autoescaped templates,
and the only :class:`~markupsafe.Markup` built (search snippets) escapes every piece of
text before wrapping the highlighted ones in ``<mark>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from warta.records import PARAGRAPH_SEP

ENTITY_TYPES = frozenset({"PER", "ORG", "LOC"})


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text with what covers it: a mention, a date, a quote (any may be unset)."""

    text: str
    entity: str | None = None
    entity_type: str | None = None  # one of ENTITY_TYPES, used as a CSS class
    date: str | None = None
    quote: bool = False


def highlight(
    text: str,
    mentions: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
    timexes: list[dict[str, Any]],
    subheadings: list[int] | tuple[int, ...] = (),
) -> list[dict[str, Any]]:
    """Paragraphs of ``text`` as ``{"heading": bool, "segments": [Segment]}``.

    Spans are ``start``/``end`` offsets into ``text``; spans out of range or inverted are
    ignored (a stale record must not break the page). A mention wins over a date where
    they overlap.

    >>> p = highlight("Kata Budi.", [{"start": 5, "end": 9, "entity": "Budi", "type": "PER"}],
    ...               [], [])
    >>> [s.text for s in p[0]["segments"]]
    ['Kata ', 'Budi', '.']
    """
    n = len(text)

    def valid(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for s in spans:
            start, end = s.get("start"), s.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n:
                out.append(s)
        return out

    mentions, quotes, timexes = valid(mentions), valid(quotes), valid(timexes)
    paragraphs = []
    offset = 0
    for index, para in enumerate(text.split(PARAGRAPH_SEP)):
        lo, hi = offset, offset + len(para)
        offset = hi + len(PARAGRAPH_SEP)
        cuts = {lo, hi}
        for s in (*mentions, *quotes, *timexes):
            cuts.update(c for c in (s["start"], s["end"]) if lo < c < hi)
        bounds = sorted(cuts)
        segments = []
        for a, b in pairwise(bounds):
            m = next((s for s in mentions if s["start"] <= a and b <= s["end"]), None)
            t = None if m else next((s for s in timexes if s["start"] <= a and b <= s["end"]), None)
            in_quote = any(q["start"] <= a and b <= q["end"] for q in quotes)
            etype = m.get("type") if m else None
            segments.append(
                Segment(
                    text=text[a:b],
                    entity=(m.get("entity") or m.get("text")) if m else None,
                    entity_type=etype if etype in ENTITY_TYPES else None,
                    date=(t.get("value") or t.get("text")) if t else None,
                    quote=in_quote,
                )
            )
        paragraphs.append({"heading": index in subheadings, "segments": segments})
    return paragraphs


def snippet_markup(text: str, spans: list[list[int]] | list[tuple[int, int]]) -> Markup:
    """Escaped ``text`` with the ``spans`` wrapped in ``<mark>`` (escape first, then mark)."""
    out, pos = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(str(escape(text[pos:start])))
        out.append("<mark>" + str(escape(text[start:end])) + "</mark>")
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else ``None`` (show it as text)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None
