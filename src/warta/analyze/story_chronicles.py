"""Whether a lead is a chronology: it names two or more days, in any form.

:func:`warta.analyze.stories.lead_days` reads the day a report tells of, so it skips
the forms that may name a day in passing: a weekday with no part of the day and no
"pada" ("Rabu, ... Sabtu, ..."), and a date with a month name ("pada 3 Maret").
A piece whose lead names several days in those forms states no day of its own, yet it is
no editorial on the story of the day before: it is a round-up walking through days (two
poisonings a week apart, a volcano's eruption and its floods later). :func:`lead_chronicle`
reads that; :func:`warta.analyze.story_clusters._recalls_running_story` keeps such a piece
out of the story it would otherwise follow.
"""

from __future__ import annotations

import re

#: Paragraphs of a lead read for its days (as :data:`warta.analyze.stories.LEAD_PARAGRAPHS`:
#: the title and the first two paragraphs).
CHRONICLE_PARAGRAPHS = 2

_WEEKDAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
_MONTHS = (
    "Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
    "November|Nopember|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sep|Sept|Okt|Nov|Des"
)
# A day named by its date: "(18/4)", "18/4/2026", "3 Maret", "4 dan 11 Juni",
# "8-10 Nov 2026". A range or a pair before one month names each of its days.
_DATE = re.compile(
    r"\(?\b(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\)?"
    rf"|\b(\d{{1,2}})(?:\s*(?:-|–|—|dan|hingga|sampai|s\.d\.?)\s*(\d{{1,2}}))?\s+({_MONTHS})\b"
)
_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "sep": 9, "okt": 10, "nov": 11, "nop": 11, "des": 12,
}  # fmt: skip
# A weekday, capitalised (lower-case "minggu" is a week), and the date that may follow it
# as the same day: "Sabtu (18/4)", "Rabu, 3 Maret".
_WEEKDAY = re.compile(rf"\b({_WEEKDAYS})\b")
_ATTACHED = re.compile(rf"[\s,]*(?:\(?\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS})\b)")


def lead_chronicle(title: str | None, text: str) -> bool:
    """Whether the title and first :data:`CHRONICLE_PARAGRAPHS` paragraphs name two or
    more distinct days: weekdays alone, dates with a month name or numbers, each with or
    without a year (a weekday followed by its date is one day).

    >>> lead_chronicle(None, "Pada Senin, warga mengeluh. Kamis, dinas datang.")
    True
    >>> lead_chronicle(None, "Banjir pertama terjadi 3 Maret, yang kedua 19 Maret.")
    True
    >>> lead_chronicle(None, "Rapat digelar Selasa (8/11/2026) di balai kota.")
    False
    >>> lead_chronicle(None, "Rabu, 3 Maret, rapat dibuka; Rabu, 30 warga datang.")
    False
    """
    paragraphs = [p for p in text.split("\n") if p.strip()][:CHRONICLE_PARAGRAPHS]
    lead = "\n".join([title or "", *paragraphs])
    return len(_named_days(lead)) >= 2


def _named_days(lead: str) -> set[str]:
    """The distinct days ``lead`` names: ``"d/m"`` for a date, the name for a weekday
    never followed by its date."""
    days: set[str] = set()
    for m in _DATE.finditer(lead):
        if m.group(1):
            days.add(f"{int(m.group(1))}/{int(m.group(2))}")
        else:
            month = _MONTH_NUMBER[m.group(5)[:3].lower()]
            days.update(f"{int(d)}/{month}" for d in (m.group(3), m.group(4)) if d)
    # A weekday named once with its date is that date wherever else it stands alone.
    named = list(_WEEKDAY.finditer(lead))
    dated = {m.group(1) for m in named if _ATTACHED.match(lead, m.end())}
    days.update(m.group(1) for m in named if m.group(1) not in dated)
    return days
