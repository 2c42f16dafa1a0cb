"""A company named with and without its legal form in one article.

The press names a listed or foreign company whole once ("PT Sinar Baja Tbk", "Orion
Data Ltd") and then drops the legal form ("PT Sinar Baja", "Orion Data"): the legal form
says how the firm is held, not which firm it is. :func:`join_legal_form_variants` makes
both writings the one company, named as the article wrote it whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.nlp.entities.organisations import _LEGAL_TAIL
from warta.nlp.entities.spanrecord import Span

__all__ = ["join_legal_form_variants", "without_legal_form"]


def without_legal_form(surface: str) -> str | None:
    """``surface`` without the legal forms that close it ("Tbk", "Sdn Bhd", "Co., Ltd."),
    or None when no legal form closes it or less than two words are left before it.

    >>> without_legal_form("PT Sinar Baja Tbk"), without_legal_form("Lestari Agro Sdn Bhd")
    ('PT Sinar Baja', 'Lestari Agro')
    >>> without_legal_form("PT Sinar Baja"), without_legal_form("PT Tbk")
    (None, None)
    """
    for tail in _LEGAL_TAIL.finditer(surface):
        if tail.end() == len(surface):
            bare = surface[: tail.start()].rstrip(" ,.")
            return bare if len(bare.split()) > 1 else None
    return None


def join_legal_form_variants(text: str, spans: Sequence[Span]) -> None:
    """Name, in place, every organisation span written as another's name without its
    legal form after that other ("PT Sinar Baja" of "PT Sinar Baja Tbk"). A bare name two
    companies share ("<Name> Ltd", "<Name> Inc") is left alone: which one it is is unsaid.

    >>> t = "Lahan milik PT Sinar Baja Tbk. Juru bicara PT Sinar Baja menolak."
    >>> ss = [Span(12, 29, "ORG"), Span(43, 56, "ORG")]
    >>> join_legal_form_variants(t, ss)
    >>> [(t[s.start : s.end], s.entity) for s in ss]
    [('PT Sinar Baja Tbk', None), ('PT Sinar Baja', 'PT Sinar Baja Tbk')]
    """
    whole: dict[str, str | None] = {}
    for s in spans:
        if s.type != "ORG":
            continue
        surface = " ".join(text[s.start : s.end].split())
        bare = without_legal_form(surface)
        if bare is not None:
            name = s.entity or surface
            key = bare.casefold()
            whole[key] = name if whole.get(key, name) == name else None
    if not whole:
        return
    for s in spans:
        surface = " ".join(text[s.start : s.end].split())
        company = whole.get(surface.casefold()) if s.type == "ORG" else None
        if company is not None and (s.entity or surface) == surface:
            s.entity = company
