"""A regional council's commission in the office of its member, and a body's unit in
the office of its head, for :func:`warta.nlp.entities.spans.merge`.

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

__all__ = ["body_of_unit_office", "council_of_commission_office"]

# An office held in a commission, right before it.
_OFFICE_BEFORE = re.compile(
    r"(?<![\w-])(?:Ketua|Wakil[ \t]+Ketua|Anggota|Sekretaris)[ \t]+$"
)
# A numbered commission of a regional council, written out or by the council's acronym:
# "Komisi II Dewan Perwakilan Rakyat Daerah", "Komisi III DPRD <Province>". (With the
# office before it only: a commission that acts, "Komisi B DPRD <Region> memanggil ...",
# is left to the relation layer, which finds the acts of the body so named.)
_COMMISSION_OF_COUNCIL = re.compile(
    r"Komisi[ \t]+(?:[IVX]{1,4}|[A-E]|\d{1,2})[ \t]+"
    r"(?=(?:Dewan[ \t]+Perwakilan[ \t]+Rakyat[ \t]+Daerah|DPRD)(?![\w-]))"
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
        council = text[commission.end() : s.end].split()
        if council[0] == "DPRD" and len(council) < 2:
            continue  # "Komisi D DPRD": the span says no region, the council is not named
        s.start = commission.end()
        if s.entity is not None and s.entity.startswith("Komisi "):
            s.entity = " ".join(s.entity.split()[2:])  # the name less "Komisi <N>"


# The head of a body's unit, right before it.
_HEAD_BEFORE = re.compile(
    r"(?<![\w-])(?:Kepala|Komandan|Direktur|Ketua|Wakil[ \t]+Ketua|Sekretaris|Panglima)[ \t]+$"
)
# A word of the unit's own name: capitalised, or a number ("Zona <Field> Barat",
# "Wilayah II").
_UNIT_WORD = re.compile(r"[A-Z][a-z]+|[IVX]{1,4}")


def body_of_unit_office(text: str, spans: Sequence[Span]) -> None:
    """Cut, in place, a unit's words off an organisation span written in the office of
    its head, where the rest of the span is a short form the article declared in
    brackets for a body ("<Full name> (<ACR> RI)"): the unit is part of the office, the
    body the one the article follows.

    >>> t = ("Badan Antariksa Republik Indonesia (Bantari RI) hadir. "
    ...      "Kepala Zona Timur Bantari RI, Dodi, datang.")
    >>> ss = [Span(0, 34, "ORG"), Span(62, 83, "ORG")]
    >>> body_of_unit_office(t, ss)
    >>> t[ss[1].start : ss[1].end]
    'Bantari RI'
    """
    for s in spans:
        if s.type != "ORG" or s.place is not None:
            continue
        if not _HEAD_BEFORE.search(text, max(0, s.start - 16), s.start):
            continue
        words = list(re.finditer(r"\S+", text[s.start : s.end]))
        for k, word in enumerate(words[1:], start=1):
            if not all(_UNIT_WORD.fullmatch(w.group()) for w in words[:k]):
                break
            rest = " ".join(w.group() for w in words[k:])
            if _declared_for_body(text, rest, spans):
                s.start += word.start()
                s.entity = None
                break


def _declared_for_body(text: str, short: str, spans: Sequence[Span]) -> bool:
    """Whether the article declares ``short`` in brackets right after an organisation's
    name ("<Full name> (<short>)"), not after a place's ("Kabupaten <Name> (<ACR>)")."""
    for m in re.finditer(rf"\({re.escape(short)}\)", text):
        if any(
            s.type == "ORG" and s.start < m.start() and m.start() - 2 <= s.end <= m.end()
            for s in spans
        ):
            return True
    return False
