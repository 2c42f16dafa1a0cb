"""A company's brand, given as the name it trades under.

The press names a company by its legal name and then the brand it uses, in the same
clause: "<Company> ... kini memakai merek <Brand>", "<Company> beroperasi dengan merek
<Brand>", "<Company> ... bermerek <Brand>", "<Company> ... memakai nama <Brand>". The
brand (often English, which the tagger reads as a person's name) is the company for the
reader. :func:`join_trade_brands` makes each such brand, and every mention of it, the
company that opens the sentence - or, where that company is a parent the subject is
a subsidiary of ("anak usaha <Parent> itu memakai nama <Brand>"), the company named
last before the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.entities.spanrecord import Span

__all__ = ["join_trade_brands"]

# The words before a brand: "memakai merek", "dengan merek dagang", "bermerek".
_BRAND_CUE = re.compile(
    r"(?<![\w-])(?:(?:memakai|menggunakan|dengan|di[ \t]+bawah)[ \t]+merek|bermerek"
    r"|(?:memakai|menggunakan)[ \t]+nama)"
    r"(?:[ \t]+dagang)?[ \t]+"
)
# A subsidiary named by its parent: "anak usaha <Parent>", "anak perusahaan <Parent>".
_SUBSIDIARY_OF = re.compile(r"(?<![\w-])anak[ \t]+(?:usaha|perusahaan)[ \t]+$")
# Where a sentence ends.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?[ \t]*(?:\n|[ \t](?=[A-Z\"“]))|\n")


def _name(text: str, s: Span) -> str:
    return s.entity or " ".join(text[s.start : s.end].split())


def join_trade_brands(text: str, spans: Sequence[Span]) -> None:
    """Name every span of a brand the article gives for a company (:data:`_BRAND_CUE`
    right before it) after the company: the first organisation of the sentence, a company
    with its legal form ("PT", "CV").

    >>> t = "PT Sinar Laut Jaya kini memakai merek BlueWave Ferries. BlueWave Ferries rugi."
    >>> ss = [Span(0, 18, "ORG"), Span(38, 54, "PER"), Span(56, 72, "PER")]
    >>> join_trade_brands(t, ss)
    >>> [(s.type, s.entity) for s in ss[1:]]
    [('ORG', 'PT Sinar Laut Jaya'), ('ORG', 'PT Sinar Laut Jaya')]
    """
    if "merek" not in text and "nama" not in text:
        return
    starts = {s.start: s for s in spans if s.place is None}
    companies = [
        s for s in sorted(spans, key=lambda x: x.start)
        if s.type == "ORG" and text[s.start : s.end].split()[0] in {"PT", "CV"}
    ]
    brands: dict[str, str] = {}
    for m in _BRAND_CUE.finditer(text):
        brand = starts.get(m.end())
        if brand is None:
            continue
        begin = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        company = next((s for s in companies if begin <= s.start < m.start()), None)
        if company is not None and _SUBSIDIARY_OF.search(text, begin, company.start):
            # the subject is the parent's subsidiary, the company the story named before
            company = next((s for s in reversed(companies) if s.end <= begin), None)
        if company is not None:
            brands.setdefault(_name(text, brand), _name(text, company))
    for s in spans:
        if s.place is None and (company_name := brands.get(_name(text, s))) is not None:
            s.type, s.entity = "ORG", company_name
