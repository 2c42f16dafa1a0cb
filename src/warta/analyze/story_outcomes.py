"""Whether a lead tells an outcome: the people sought found, the accused sentenced.

A search, a trial or a manhunt opens with one event (a boat loses contact, a trial
opens) and ends with another days or weeks later (the crew found alive abroad, the
verdict). The ending's coverage recaps the opening (the same people, places and
officials), so its words sit close to the opening's; what tells them apart is that its
lead states the outcome and the opening's coverage cannot. :func:`lead_outcome` reads
that statement; :func:`warta.analyze.story_clusters._later_outcome` uses it.
"""

from __future__ import annotations

import re

#: Paragraphs of a lead read for an outcome (as for its days: the title and the first
#: two paragraphs).
OUTCOME_PARAGRAPHS = 2

# "ditemukan (dalam keadaan) hidup/selamat", "berhasil dievakuasi", "divonis 5 tahun",
# "dijatuhi hukuman": the ending of a search or a trial. "Ditemukan tewas/mati" is left
# out: a body found is as often the opening event (a killing, a poached animal). A
# negation before it ("belum ditemukan", "tak kunjung ditemukan") is the search going on.
_OUTCOME = re.compile(
    r"\b(?:(?:ditemukan|dievakuasi|diselamatkan)\s+(?:dalam\s+(?:keadaan|kondisi)\s+)?"
    r"(?:hidup|selamat)"
    r"|berhasil\s+(?:dievakuasi|diselamatkan|ditemukan)"
    r"|divonis|dijatuhi\s+(?:hukuman|vonis|pidana))\b",
    re.IGNORECASE,
)
_NEGATION = frozenset("belum tidak tak bukan kunjung jangan".split())


def lead_outcome(title: str | None, text: str) -> bool:
    """Whether the title or the first :data:`OUTCOME_PARAGRAPHS` paragraphs state an
    outcome (found alive, evacuated, sentenced), not negated.

    >>> lead_outcome("Enam Nelayan Ditemukan Selamat", "Kabar gembira dari Maluku.")
    True
    >>> lead_outcome("Nelayan Hilang", "Hingga sore, korban belum ditemukan selamat.")
    False
    """
    paragraphs = [p for p in text.split("\n") if p.strip()][:OUTCOME_PARAGRAPHS]
    for part in (title or "", *paragraphs):
        for m in _OUTCOME.finditer(part):
            before = [w.lower() for w in part[: m.start()].split()[-2:]]
            if not _NEGATION & set(before):
                return True
    return False
