"""Calendar words, Indonesian numerals and ISO 8601 values for time expressions.

The vocabulary and arithmetic that :mod:`warta.nlp.time.timex` and its readers share:

* ``MONTHS`` and ``WEEKDAYS`` - Indonesian month and weekday names, lower-case, to
  month number and ISO weekday index (Monday = 0), from :mod:`warta.lexicon`.
* :func:`parse_number` - the value of a cardinal in words or digits ("dua puluh lima").
* :func:`iso_period` - the first and last day an ISO value covers ("2023-W37", "200X").
* :func:`precision_rank` - day (0) to decade (4), to compare precisions.
* :func:`shift_month` - ``(year, month)`` moved by a number of months.
* :func:`shift_period` - an ISO value moved by days, weeks, months or years, at the
  coarser of its own precision and the step's ("the day before" a month is that month).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from warta.lexicon.indonesian import MONTHS, WEEKDAYS
from warta.records import Precision

__all__ = [
    "MONTHS",
    "STEP_PRECISION",
    "WEEKDAYS",
    "iso_period",
    "parse_number",
    "precision_rank",
    "shift_month",
    "shift_period",
]

_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
          "delapan": 8, "sembilan": 9}  # fmt: skip


def parse_number(word: str) -> int | None:
    """Value of an Indonesian cardinal written in words or digits; ``None`` if vague.

    >>> parse_number("dua puluh lima"), parse_number("seratus"), parse_number("8.000")
    (25, 100, 8000)
    """
    word = word.lower().strip()
    if word[:1].isdigit():
        return int(word.replace(".", "")) if "," not in word else None
    total, last = 0, 0
    for tok in re.split(r"[ -]+", word):
        if tok in _UNITS:
            last = _UNITS[tok]
        elif tok == "belas":
            total, last = total + last + 10, 0
        elif tok in ("puluh", "ratus", "ribu"):
            factor = {"puluh": 10, "ratus": 100, "ribu": 1000}[tok]
            total, last = (total + last) * factor if tok == "ribu" else total + last * factor, 0
        elif tok in ("sepuluh", "sebelas", "seratus", "seribu"):
            total += {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}[tok]
        else:
            return None
    return total + last


def shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}


def precision_rank(precision: str) -> int:
    """0 for day up to 4 for decade: a larger rank is a coarser precision."""
    return _RANK[precision]


@lru_cache(maxsize=1 << 16)  # pure; the timeline compares the same few dates millions of times
def iso_period(value: str) -> tuple[date, date]:
    """First and last day covered by an ISO value of any precision that
    :mod:`warta.nlp.time.timex` emits.

    >>> iso_period("2023-W37")
    (datetime.date(2023, 9, 11), datetime.date(2023, 9, 17))
    >>> iso_period("200X")
    (datetime.date(2000, 1, 1), datetime.date(2009, 12, 31))
    """
    if value.endswith("X"):
        start = int(value[:3]) * 10
        return date(start, 1, 1), date(start + 9, 12, 31)
    if "-W" in value:
        year, week = value.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return first, first + timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        y, mo = parts
        ny, nm = shift_month(y, mo, 1)
        return date(y, mo, 1), date(ny, nm, 1) - timedelta(days=1)
    day = date(parts[0], parts[1], parts[2])
    return day, day


def is_calendar_value(value: str) -> bool:
    """True when ``value`` is an ISO date value :func:`iso_period` can read, in years 1-9999.

    >>> is_calendar_value("2019-04"), is_calendar_value("-476"), is_calendar_value("2019-13")
    (True, False, False)
    """
    try:
        iso_period(value)
    except (ValueError, IndexError):
        return False
    return True


#: The precision a step of each unit gives (the units of :func:`shift_period`).
STEP_PRECISION: dict[str, Precision] = {"D": "day", "W": "week", "M": "month", "Y": "year"}
#: Each precision's mean length in days.
_MEAN_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}


def shift_period(
    value: str, precision: str, amount: int, unit: str
) -> tuple[str, Precision] | None:
    """``value`` (ISO at ``precision``: day, week, month or year) moved by ``amount``
    units (``D``, ``W``, ``M``, ``Y``), or ``None`` when the result leaves the calendar.

    The result has the coarser of the two precisions: a step of a month from a day is a
    month ("sebulan kemudian" after 12 March is April), and a step finer than the value
    moves it by the whole periods the step amounts to ("sehari sebelumnya" after "Maret
    2024" stays in March; 40 days move a month). The result lies within ``amount`` units
    plus one period of the coarser precision from ``value``.

    >>> shift_period("2024-03-12", "day", -1, "D"), shift_period("2024-03-12", "day", 1, "M")
    (('2024-03-11', 'day'), ('2024-04', 'month'))
    >>> shift_period("2024-03", "month", -1, "D"), shift_period("2024-03-12", "day", 2, "W")
    (('2024-03', 'month'), ('2024-W13', 'week'))
    """
    step: Precision = STEP_PRECISION[unit]
    try:
        if _RANK[precision] > _RANK[step]:  # the value is coarser: move it by whole periods
            periods = round(amount * _MEAN_DAYS[step] / _MEAN_DAYS[precision])
            out = _move(_representative_day(value, precision), periods, precision)
            return _format(out, precision), precision  # type: ignore[return-value]
        out = _move(_representative_day(value, precision), amount, step)
        return _format(out, step), step
    except (ValueError, OverflowError, IndexError):
        return None


def _representative_day(value: str, precision: str) -> date:
    """The day standing for a period: a week's Thursday (it names the week's month and
    ISO year), else the period's first day."""
    first = iso_period(value)[0]
    return first + timedelta(days=3) if precision == "week" else first


def _move(day: date, amount: int, precision: str) -> date:
    """``day`` moved by ``amount`` days, weeks, months or years (a month's last day
    where the target month is shorter)."""
    if precision == "day":
        return day + timedelta(days=amount)
    if precision == "week":
        return day + timedelta(days=7 * amount)
    months = amount if precision == "month" else 12 * amount
    y, m = shift_month(day.year, day.month, months)
    last = (date(*shift_month(y, m, 1), 1) - timedelta(days=1)).day
    return date(y, m, min(day.day, last))


def _format(day: date, precision: str) -> str:
    """ISO value of the period of ``precision`` holding ``day``."""
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"
