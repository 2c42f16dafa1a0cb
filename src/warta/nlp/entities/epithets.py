"""Royal epithets written alone: which ruler of the article "Ngarsa Dalem" stands for.

Javanese and Malay courts address a ruler by an epithet of majesty instead of his name
("Ngarsa Dalem" for a sultan, "Sri Paduka" for a prince regnant, "Baginda" for a king).
Written alone, the epithet refers back like a pronoun: to the ruler the article named
last before it. A ruler is a person whose name closes with a regnal number ("<Name> X").
:func:`royal_epithets` runs on an article's resolved spans, in place.
"""

from __future__ import annotations

import re

from warta.nlp.entities.spanrecord import Covered, Span

# Epithets of majesty that stand for a ruler and for no one else: Javanese "Ngarsa (Ngarso)
# Dalem", "Sampeyan Dalem", "Sinuhun", "Sri Paduka"; Malay "Baginda", "Sri Baginda".
_EPITHET = re.compile(
    r"(?<![\w-])(?:Ngars[ao][ \t]+Dalem|Sampeyan[ \t]+Dalem|Sinuhun|Sri[ \t]+Paduka"
    r"|(?:Sri[ \t]+)?Baginda)(?![\w-])"
)
_EPITHET_WORDS = ("Dalem", "Sinuhun", "Paduka", "Baginda")
# A regnal number closing a ruler's name.
_REGNAL_LAST = re.compile(r"\s[IVX]{1,5}$")


def _ruler_before(spans: list[Span], pos: int) -> str | None:
    """The entity of the last ruler (a person named with a regnal number) whose span ends
    before ``pos``; ``spans`` in text order."""
    ruler = None
    for s in spans:
        if s.end > pos:
            break
        if s.type == "PER" and s.entity and _REGNAL_LAST.search(s.entity):
            ruler = s.entity
    return ruler


def royal_epithets(text: str, spans: list[Span]) -> None:
    """Give each royal epithet written alone (:data:`_EPITHET`) the entity of the ruler
    named last before it, in place: a span that is the epithet exactly is retyped and
    renamed, an epithet no span covers gets a person span. With no ruler named before,
    the epithet is left as it is.

    >>> from warta.nlp.entities.aliases import resolve_article
    >>> from warta.nlp.entities.ner import find_mentions
    >>> text = ("Sultan Hamid Arta Wisesa VII membuka pameran keris. Menurut Sri Paduka, "
    ...     "pameran digelar tiap tahun.")
    >>> _, refs = resolve_article(text, find_mentions(text))
    >>> [r.name for r in refs if "Sri Paduka" in r.mentions]
    ['Hamid Arta Wisesa VII']
    """
    # a word of every epithet, looked for as a plain string first: most articles have none
    if not any(word in text for word in _EPITHET_WORDS) or _EPITHET.search(text) is None:
        return
    spans.sort(key=lambda s: s.start)
    kept = [s for s in spans if not s.nested]
    covered = Covered(kept)
    by_start = {(s.start, s.end): s for s in kept}
    added = False
    for m in _EPITHET.finditer(text):
        ruler = _ruler_before(kept, m.start())
        if ruler is None:
            continue
        span = by_start.get((m.start(), m.end()))
        if span is not None:
            span.type, span.entity, span.place = "PER", ruler, None
        elif not covered.overlaps(m.start(), m.end()):
            spans.append(Span(m.start(), m.end(), "PER", entity=ruler, annotated=True))
            covered.add(m.start(), m.end())
            added = True
    if added:
        spans.sort(key=lambda s: s.start)
