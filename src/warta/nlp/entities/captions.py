"""A company's name run into the person after it, as all-caps captions write them
("FOTO: DIREKTUR PT <NAME> TBK <GIVEN> <SURNAME>"): no case tells where one ends.

:func:`split_company_then_person` cuts an organisation span after its legal form
("Tbk", "Ltd", "Sdn Bhd") when the words after it are, case aside, a person the
article names elsewhere; the rest becomes that person.
"""

from __future__ import annotations

import re

from warta.nlp.entities.names import name_key
from warta.nlp.entities.spanrecord import Span

# Legal forms that close a company's name (warta.nlp.entities.organisations' list).
_LEGAL_FORM = re.compile(r"(?<![\w-])(?:Tbk|Bhd|Berhad|Ltd|LLC|Inc|Corp|GmbH|Plc)\.?(?![\w-])",
                         re.IGNORECASE)
_WORD = re.compile(r"\S+")


def split_company_then_person(text: str, spans: list[Span]) -> None:
    """Cut "<Company> <Legal form> <Person>" organisation spans into the company and the
    person, in place, when the words after the legal form key like a person of the
    article ("STEFANUS ADI" of "Stefanus Adi"); the person span takes that entity.

    >>> t = "FOTO: PT SURYA GEMILANG TBK HENDRA WIJAYA. Hendra Wijaya hadir."
    >>> s = [Span(6, 41, "ORG"), Span(43, 56, "PER", entity="Hendra Wijaya")]
    >>> split_company_then_person(t, s)
    >>> [(t[x.start : x.end], x.type, x.entity) for x in s]
    [('PT SURYA GEMILANG TBK', 'ORG', None), ('HENDRA WIJAYA', 'PER', 'Hendra Wijaya'), \
('Hendra Wijaya', 'PER', 'Hendra Wijaya')]
    """
    people = {
        name_key(x.entity): x.entity
        for x in spans
        if x.type == "PER" and x.entity and " " in x.entity
    }
    if not people:
        return
    added: list[Span] = []
    for s in spans:
        if s.type != "ORG" or s.place is not None:
            continue
        # the last legal form: "Sdn Bhd" ends at "Bhd"
        form = max(_LEGAL_FORM.finditer(text, s.start, s.end), key=lambda f: f.end(), default=None)
        if form is None or form.end() >= s.end:
            continue
        rest = list(_WORD.finditer(text, form.end(), s.end))
        person = people.get(name_key(" ".join(w.group() for w in rest))) if rest else None
        if person is None:
            continue
        added.append(Span(rest[0].start(), rest[-1].end(), "PER", entity=person, annotated=True))
        if s.entity is not None and name_key(s.entity) == name_key(text[s.start : s.end]):
            s.entity = None  # named as written: now the company alone
        s.end = form.end()
    if added:
        spans.extend(added)
        spans.sort(key=lambda x: x.start)
