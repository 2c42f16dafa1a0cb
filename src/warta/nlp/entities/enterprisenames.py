"""A regional enterprise named with and without its line of business and its region.

A region's own company is named by its legal form, the business it runs, its own name
and the region it serves ("Perumda Air Minum Tirta <Name> <Regency>", "Perusda Pasar
<Name> <City>"); the press then cites it by the legal form and its own name alone
("Perumda Tirta <Name>"): the business and the region say what it does and where, not
which firm it is. :func:`join_enterprise_short_names` makes both writings one company,
named as the article wrote it whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.spanrecord import Span

__all__ = ["join_enterprise_short_names"]

#: The legal forms of a region's own enterprises (a regional public company, a regional
#: company, a regional drinking-water company).
_REGIONAL_FORMS = frozenset({"Perumda", "Perusda", "Perseroda", "PDAM"})
#: Words of a line of business written between the legal form and the company's own name.
_BUSINESS_WORDS = frozenset({"Air", "Minum", "Pasar", "Aneka", "Usaha", "Pembangunan", "Sarana"})


def _short_name(words: Sequence[str]) -> tuple[str, ...] | None:
    """The legal form and own name of a regional enterprise written whole (``words``:
    form, business words, own name, maybe the region at the end), or None when business
    words or a region are not both around an own name of one word or more.

    >>> _short_name("Perumda Air Minum Tirta Sari Kabupaten Lebak".split())
    ('Perumda', 'Tirta', 'Sari')
    >>> _short_name("Perumda Tirta Sari".split()) is None
    True
    """
    if len(words) < 3 or words[0] not in _REGIONAL_FORMS:
        return None
    k = 1
    while k < len(words) and words[k] in _BUSINESS_WORDS:
        k += 1
    gazetteer = load_gazetteer()
    end = next(
        (
            i
            for i in range(k + 1, len(words))
            if (place := gazetteer.lookup(" ".join(words[i:]))) is not None
            and place.type == "LOC"
        ),
        len(words),
    )
    if (k == 1 and end == len(words)) or end <= k:
        return None
    return (words[0], *words[k:end])


def _form_declared(words: Sequence[str]) -> Sequence[str]:
    """``words`` from the legal form's short name on where the name writes the form out
    and declares its short name in brackets ("Perusahaan Umum Daerah (Perumda) <Business>
    <Name> <City>" as "Perumda <Business> ..."), else ``words``.

    >>> _form_declared("Perusahaan Umum Daerah (Perumda) Aneka Usaha Sari".split())
    ['Perumda', 'Aneka', 'Usaha', 'Sari']
    """
    if words and words[0] == "Perusahaan":
        for i, w in enumerate(words[:5]):
            if w.startswith("(") and w.endswith(")") and w[1:-1] in _REGIONAL_FORMS:
                return [w[1:-1], *words[i + 1 :]]
    return words


def join_enterprise_short_names(text: str, spans: Sequence[Span]) -> None:
    """Name, in place, every organisation span written as a regional enterprise's legal
    form and own name (:func:`_short_name`) after that enterprise written whole (its form
    maybe written out before the short one: :func:`_form_declared`). A short name two
    enterprises share is left alone.

    >>> t = "Perumda Air Minum Tirta Sari Lebak memperbaiki pipa. Direktur Perumda Tirta Sari."
    >>> ss = [Span(0, 34, "ORG"), Span(62, 80, "ORG")]
    >>> join_enterprise_short_names(t, ss)
    >>> [s.entity for s in ss]
    [None, 'Perumda Air Minum Tirta Sari Lebak']
    """
    whole: dict[tuple[str, ...], str | None] = {}
    for s in spans:
        words = _form_declared(text[s.start : s.end].split())
        if s.type != "ORG" or words[0] not in _REGIONAL_FORMS:
            continue
        surface = " ".join(text[s.start : s.end].split())
        short = _short_name(words)
        if short is not None:
            name = s.entity or surface
            whole[short] = name if whole.get(short, name) == name else None
    if not whole:
        return
    for s in spans:
        if s.type != "ORG":
            continue
        company = whole.get(tuple(text[s.start : s.end].split()))
        if company is not None and s.entity in (None, " ".join(text[s.start : s.end].split())):
            s.entity = company
