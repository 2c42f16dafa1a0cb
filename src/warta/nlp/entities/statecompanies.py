"""State-owned companies named with their legal form inside the name.

A state company's name carries "(Persero)" after the company's own name, and a unit of
the company goes on after it: "PT <Name> (Persero) Tbk", "PT <Name> (Persero) Unit
<Unit> <Region>". The press cites the company by its own name alone ("<Name>", "PT
<Name>") or by its initials. :func:`join_state_company_citations` makes those
citations the company named whole in the article.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.nlp.entities.spanrecord import Span

_STATE_FORM = "(Persero)"
_LEGAL_FORMS = frozenset({"PT", "PT."})


def _own_name(name: str) -> list[str]:
    """The words of a state company's own name: those before "(Persero)", the legal form
    before them left out ("PT <Name> (Persero) Tbk" -> the words of "<Name>"); empty
    when the name holds no "(Persero)" after a word of its own."""
    words = name.split()
    if _STATE_FORM not in words[1:]:
        return []
    own = words[: words.index(_STATE_FORM)]
    return own[1:] if own and own[0] in _LEGAL_FORMS else own


def join_state_company_citations(text: str, spans: Sequence[Span]) -> None:
    """Name, in place, each organisation span written as a state company's own name
    ("<Name>", "PT <Name>") or its initials (two words or more) after the company named
    whole with "(Persero)" in the article; a citation two companies share is neither's.

    >>> t = "PT Air Laut Nusa (Persero) Unit Timur berbenah. ALN dan PT Air Laut Nusa siap."
    >>> ss = [Span(0, 37, "ORG"), Span(48, 51, "ORG"), Span(56, 72, "ORG")]
    >>> join_state_company_citations(t, ss)
    >>> [s.entity for s in ss]
    [None, 'PT Air Laut Nusa (Persero) Unit Timur', 'PT Air Laut Nusa (Persero) Unit Timur']
    """
    cited: dict[str, str | None] = {}
    for s in spans:
        if s.type != "ORG" or s.place is not None:
            continue
        name = s.entity or " ".join(text[s.start : s.end].split())
        own = _own_name(name)
        if not own:
            continue
        forms = {" ".join(own), "PT " + " ".join(own)}
        if len(own) > 1:  # "<N> <A> <M>" cited as "NAM"
            forms.add("".join(w[0] for w in own if w[:1].isupper()))
        for form in forms:
            cited[form] = name if cited.get(form, name) == name else None
    if not cited:
        return
    for s in spans:
        if s.type == "ORG" and s.entity is None:
            full = cited.get(" ".join(text[s.start : s.end].split()))
            if full is not None:
                s.entity = full
