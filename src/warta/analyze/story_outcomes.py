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
# A verdict is told in three voices, all read: the passive ("divonis", "dijatuhi
# hukuman"), the active with the court as subject ("hakim memvonis", "menjatuhkan vonis",
# "menghukum terdakwa dengan pidana") and the noun, the verdict as a thing that exists
# ("vonis terhadap terdakwa", "vonis enam tahun", "putusan hakim"): a reaction piece or
# an appeal names the verdict by its noun, never by the verb.
_OUTCOME = re.compile(
    r"\b(?:(?:ditemukan|dievakuasi|diselamatkan)\s+(?:dalam\s+(?:keadaan|kondisi)\s+)?"
    r"(?:hidup|selamat)"
    r"|berhasil\s+(?:dievakuasi|diselamatkan|ditemukan)"
    r"|divonis|dijatuhi\s+(?:hukuman|vonis|pidana)"
    r"|memvonis|menghukum|menjatuhkan\s+(?:hukuman|vonis|pidana|putusan)"
    r"|vonis|putusan\s+(?:hakim|majelis|pengadilan))\b",
    re.IGNORECASE,
)
_NEGATION = frozenset("belum tidak tak bukan kunjung jangan".split())
# Words before a verdict's active verb or noun that put it ahead, not behind: awaited
# ("jelang vonis", "menunggu putusan hakim", "ancaman vonis") or asked for ("jaksa
# meminta majelis menjatuhkan hukuman", "menuntut agar hakim memvonis"). The opening's
# coverage names the verdict it awaits or demands; only a verdict read is an outcome.
_AHEAD = frozenset(
    "jelang menjelang menunggu menanti sebelum akan nanti jadwal dijadwalkan ancaman "
    "terancam tuntutan sidang pembacaan agenda "
    "minta meminta menuntut agar supaya mendesak berharap harap memohon".split()
)
# Words after a verdict's noun that put it ahead: "vonis dijadwalkan pekan depan",
# "putusan hakim akan dibacakan".
_AHEAD_AFTER = frozenset("akan dijadwalkan ditunda rencananya".split())
# Forms that state the outcome as done by themselves: the passive ("divonis",
# "dijatuhi hukuman", "ditemukan selamat") and "berhasil dievakuasi".
_STATED_FORMS = ("di", "berhasil")


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
        if any(_told(part, m) for m in _OUTCOME.finditer(part)):
            return True
    return False


def _told(part: str, m: re.Match[str]) -> bool:
    """Whether the outcome matched at ``m`` is stated as done: not negated and, for a
    verdict named by its active verb or its noun, neither awaited nor asked for."""
    before = {w.lower().strip(",.:;") for w in part[: m.start()].split()[-2:]}
    if _NEGATION & before:
        return False
    if m.group().lower().startswith(_STATED_FORMS):
        return True
    after = {w.lower().strip(",.:;") for w in part[m.end() :].split()[:2]}
    return not (_AHEAD & before or _AHEAD_AFTER & after)
