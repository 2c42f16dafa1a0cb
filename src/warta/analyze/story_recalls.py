"""The day a follow-up's lead says the happening it follows took place on.

An event's first report tells of its day; the follow-ups of the next days tell of
their own days (the protest at the council, the removal of the other billboards, the
stalls set up for the traders) and point back to the first day's happening by a count
of days or by its weekday: "sehari setelah pabrik itu mengumumkan penutupan", "dua hari
pasca-kebakaran", "yang ditetapkan sehari sebelumnya", "kebakaran pasar, Sabtu lalu".
Once those follow-ups form a story, the first report is a lone piece whose day comes
before every day the story tells of, the shape of a run-up piece that is no coverage of
the story (:func:`warta.analyze.story_clusters._earlier_single`). The day the follow-ups
point back to is what tells the first report apart: it is the day its own news happened
on. :func:`lead_recalled_days` reads those days;
:func:`warta.analyze.story_clusters._followed_up` uses them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

#: Paragraphs of a lead read (as :data:`warta.analyze.stories.LEAD_PARAGRAPHS`: the title
#: and the first two paragraphs).
RECALL_PARAGRAPHS = 2

# "sehari setelah", "dua hari pasca", "tiga hari sesudah", "sehari sebelumnya": a count
# of days from the report's own day back to the happening it follows.
_COUNTED = re.compile(
    r"\b(se|satu|dua|tiga|empat|lima|enam)\s*hari\s+"
    r"(?:setelah|sesudah|usai|seusai|pasca|sebelumnya)\b",
    re.IGNORECASE,
)
_COUNT = {"se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
# A count after these is a duration, not a day ("dirawat dalam tiga hari setelah
# menenggak ...", "selama dua hari setelah banjir"): it places no day.
_DURATION_BEFORE = frozenset("dalam selama hingga sampai".split())
# "Sabtu lalu": the latest such weekday before the report's day. "Sabtu pekan lalu" is
# left out: whether it is last week's Saturday or the one just gone depends on the desk.
# A desk dating the weekday ("Sabtu (5/9/2026) lalu", "Sabtu (5/9) lalu") names the day
# itself: the date is read, the weekday not counted.
_WEEKDAY_GONE = re.compile(
    r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
    r"(?:\s+\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\))?\s+lalu\b"
)
# "akhir pekan lalu": the Saturday and Sunday just gone before the report's day (a
# Monday's follow-up on the weekend's arrest). Both days are recalled: the desk names no
# one of them.
_WEEKEND_GONE = re.compile(r"\b(?:akhir\s+pekan|akhir\s+minggu)\s+lalu\b", re.IGNORECASE)
_SUNDAY = 6
_WEEKDAY = {"Senin": 0, "Selasa": 1, "Rabu": 2, "Kamis": 3, "Jumat": 4, "Jum'at": 4}
_WEEKDAY |= {"Sabtu": 5, "Minggu": 6, "Ahad": 6}


def lead_recalled_days(title: str | None, text: str, published: str | None) -> frozenset[str]:
    """The ISO days the title and first :data:`RECALL_PARAGRAPHS` paragraphs say an
    earlier happening took place on, counted back from ``published`` (a date to the day;
    none otherwise): "N hari setelah/sesudah/usai/pasca ..." and "N hari sebelumnya" (N
    from "se-" to six; not a duration after "dalam" or "selama"), and a weekday followed
    by "lalu" (its date when the desk states one: "Sabtu (7/3/2026) lalu"), and the
    Saturday and Sunday before ``published`` for "akhir pekan lalu".

    >>> lead = "Buruh berdemo, sehari setelah pabrik tutup."
    >>> sorted(lead_recalled_days(None, lead, "2026-03-10"))
    ['2026-03-09']
    >>> sorted(lead_recalled_days(None, "Kebakaran pasar, Sabtu lalu, merugikan.", "2026-03-09"))
    ['2026-03-07']
    >>> sorted(lead_recalled_days(None, "Banjir pada Sabtu (7/3/2026) lalu.", "2026-03-10"))
    ['2026-03-07']
    >>> sorted(lead_recalled_days(None, "Penangkapan akhir pekan lalu.", "2026-03-10"))
    ['2026-03-07', '2026-03-08']
    >>> sorted(lead_recalled_days(None, "Ia wafat dalam dua hari setelah dirawat.", "2026-03-09"))
    []
    """
    if published is None or len(published) != len("2026-03-09"):
        return frozenset()  # undated, or dated to the month or year: no day to count from
    day = dt.date.fromisoformat(published).toordinal()
    paragraphs = [p for p in text.split("\n") if p.strip()][:RECALL_PARAGRAPHS]
    lead = "\n".join([title or "", *paragraphs])
    out: set[int] = set()
    for m in _COUNTED.finditer(lead):
        before = lead[: m.start()].split()[-1:]
        if not (before and before[0].lower() in _DURATION_BEFORE):
            out.add(day - _COUNT[m.group(1).lower()])
    for m in _WEEKDAY_GONE.finditer(lead):
        if m.group(2):
            stated = _stated_day(m.group(2), m.group(3), m.group(4), day)
            if stated is not None:
                out.add(stated)
            continue
        back = (dt.date.fromordinal(day).weekday() - _WEEKDAY[m.group(1)]) % 7
        out.add(day - (back or 7))  # "Sabtu lalu" in a Saturday paper: a week before
    if _WEEKEND_GONE.search(lead):
        sunday = day - ((dt.date.fromordinal(day).weekday() - _SUNDAY) % 7 or 7)
        out |= {sunday - 1, sunday}
    return frozenset(dt.date.fromordinal(d).isoformat() for d in out)


def _stated_day(day_of_month: str, month: str, year: str | None, published: int) -> int | None:
    """The ordinal of a recalled date "(5/9/2026)" or "(5/9)" (the year of ``published``),
    ``None`` when it is no date or lies after ``published`` (a recall looks back)."""
    try:
        stated = dt.date(
            int(year) if year else dt.date.fromordinal(published).year,
            int(month),
            int(day_of_month),
        ).toordinal()
    except ValueError:
        return None
    return stated if stated < published else None


def recalled_ordinals(days: Iterable[str]) -> frozenset[int]:
    """The ordinal days of ISO days (:func:`lead_recalled_days` of a unit's members)."""
    return frozenset(dt.date.fromisoformat(d).toordinal() for d in days)
