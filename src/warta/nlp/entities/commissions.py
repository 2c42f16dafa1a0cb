"""A regional council's commission in the office of its member, for
:func:`warta.nlp.entities.spans.merge`.

A member of a regional council is introduced by his office in one of its numbered
commissions: "Ketua Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kota <City>,
<Name>,". The commission there is part of his office, as "Ketua" is; the body he speaks
for is the council. :func:`council_of_commission_office` makes such a span the
council's. A commission that acts ("Komisi IV DPRD <Province> memanggil ...") stays the
commission, and so do the national parliament's, which the press follows as bodies of
their own ("Komisi III DPR").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.entities.spanrecord import Span

__all__ = ["council_of_commission_office"]

# An office held in a commission, right before it.
_OFFICE_BEFORE = re.compile(
    r"(?<![\w-])(?:Ketua|Wakil[ \t]+Ketua|Anggota|Sekretaris)[ \t]+$"
)
# A numbered commission of a regional council written out: "Komisi II Dewan Perwakilan
# Rakyat Daerah". (Not yet "Komisi B DPRD <Region>": the relation layer finds acts of the
# council so named, and dates them by the article, not by the day the sentence before
# tells.)
_COMMISSION_OF_COUNCIL = re.compile(
    r"Komisi[ \t]+(?:[IVX]{1,4}|[A-E]|\d{1,2})[ \t]+"
    r"(?=Dewan[ \t]+Perwakilan[ \t]+Rakyat[ \t]+Daerah(?![\w-]))"
)


def council_of_commission_office(text: str, spans: Sequence[Span]) -> None:
    """Cut, in place, "Komisi <N>" off an organisation span of a regional council's
    commission written in the office of a member before it, and name the span after the
    council.

    >>> t = "Ketua Komisi III Dewan Perwakilan Rakyat Daerah Kota Bitung, Yohan Lumi, hadir."
    >>> ss = [Span(6, 59, "ORG", entity="Komisi III Dewan Perwakilan Rakyat Daerah Kota Bitung")]
    >>> council_of_commission_office(t, ss)
    >>> t[ss[0].start : ss[0].end] == ss[0].entity == "Dewan Perwakilan Rakyat Daerah Kota Bitung"
    True
    """
    for s in spans:
        if s.type != "ORG" or s.place is not None:
            continue
        commission = _COMMISSION_OF_COUNCIL.match(text, s.start, s.end)
        if commission is None or not _OFFICE_BEFORE.search(text, max(0, s.start - 20), s.start):
            continue
        s.start = commission.end()
        if s.entity is not None and s.entity.startswith("Komisi "):
            s.entity = " ".join(s.entity.split()[2:])  # the name less "Komisi <N>"
