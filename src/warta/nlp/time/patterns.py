"""The expressions :func:`warta.nlp.time.timex.tag_time` looks for, and how each resolves.

``PATTERNS`` lists ``(pattern, handler, classes)``: a compiled regular expression run on
the lower-cased text, the handler that turns one of its matches into a ``Candidate`` (or
``None`` to reject it), and the classes of "hot" token (the bit flags ``Y``, ``N``,
``D``, ``MO``, ``WDC``, ``REL``, ``U``, ``SE``, ``SET``) that every match contains, so
the tagger can run each pattern only near such tokens.

A ``Candidate`` is ``(start, end, priority, type, value, precision, needs_anchor)``;
handlers resolve relative expressions against the anchor in ``Ctx`` and nothing else,
except those relative to the narrative ("sehari sebelumnya", "pada hari yang sama"):
their value is a step from a date the text tells before them, which only the tagger
knows once matches are selected, so their handler gives the step as a ``value`` that
starts with :data:`NARRATIVE` (see :func:`narrative_step`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from warta.nlp.time.calendar import (
    MONTHS,
    STEP_PRECISION,
    WEEKDAYS,
    parse_number,
    shift_month,
)
from warta.records import PartialDate, Precision, TimexType

__all__ = [
    "CLAUSE_STEP",
    "EVENT_STEP",
    "MO",
    "NAR",
    "NARRATIVE",
    "PATTERNS",
    "REL",
    "SE",
    "SET",
    "WDC",
    "Candidate",
    "Ctx",
    "D",
    "Handler",
    "N",
    "U",
    "Y",
    "is_narrative",
    "narrative_step",
]

_VAGUE = {"beberapa", "puluhan", "belasan", "ratusan", "bertahun-tahun", "berbulan-bulan",
          "berhari-hari", "berminggu-minggu", "berpekan-pekan", "berjam-jam"}  # fmt: skip

# --- pattern pieces
# Patterns run on the lower-cased text (case-insensitive matching is several times
# slower in Python's re); handlers check capitals on the original where they matter
# ("Minggu" the day against "minggu" the week, "April" the month against a name).
# An abbreviation's dot is part of the date only before a year ("6 Okt. 2025"); a
# sentence-final "pada 5 Jan." keeps its period.
_MON_ANY = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?:\.(?=\s*\d))?"
_MON_FULL = (  # capitalised in the text: checked by the handler
    r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september"
    r"|oktober|november|nopember|desember)\b"
)
_WD = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\b"
_NUMW = (
    r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus"
    r"|seribu)(?:[ -](?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|belas|puluh"
    r"|ratus|ribu)\b)*"
)
_NUM = rf"(?:\d+(?:\.\d{{3}})*(?:,\d+)?|(?:{_NUMW}|beberapa|puluhan|belasan|ratusan))"
_UNIT = r"(?:tahun|bulan|pekan|minggu|hari|jam|menit|detik|dekade|abad|windu)\b"
_TIME = r"(?:,?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?!\d)(?:\s*(?:wib|wita|wit))?)?"
_MOD_SPAN = r"(?:awal|akhir|pertengahan|medio)"
_POD = r"(?:pagi|siang|sore|malam|petang|dini\s+hari)"

Candidate = tuple[int, int, int, TimexType, str | None, Precision | None, bool]
# (start, end, priority, type, value, precision, needs_anchor); lower priority wins ties.


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_P_ISO = _c(r"\b(\d{4})-(\d{2})-(\d{2})\b(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")
_P_DMY = _c(
    rf"(?:(?P<wd>{_WD}),?\s+)?(?:(?:tanggal|tgl\.?)\s+)?\b(?P<d>\d{{1,2}})\s+"
    rf"(?P<m>{_MON_ANY})\s+(?P<y>\d{{4}})\b{_TIME}"
)
_P_NUM = _c(
    rf"(?:(?P<wd>{_WD}),?\s*)?(?P<open>\()?\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
    rf"(?:/(?P<y>\d{{4}}|\d{{2}}))?\b(?!/)(?P<close>\))?{_TIME}"
)
_P_NUM_DASH = _c(r"\b(\d{1,2})([-.])(\d{1,2})\2(\d{4})\b")
_P_DM = _c(
    rf"(?:(?P<wd>{_WD}),?\s+)?(?:(?:tanggal|tgl\.?)\s+)?\b(?P<d>\d{{1,2}})\s+"
    rf"(?P<m>{_MON_ANY})(?!\s*\d)(?:\s+(?P<mod>(?:tahun\s+(?:lalu|ini|depan|kemarin)"
    r"|lalu|kemarin|mendatang|depan|nanti|yang\s+lalu))\b)?"
)
_P_MY = _c(
    rf"(?:(?P<span>{_MOD_SPAN})\s+)?(?:(?:bulan)\s+)?\b(?P<m>{_MON_ANY})\s+"
    r"(?:(?:tahun)\s+)?(?P<y>\d{4})\b(?!-an)(?:\s+(?:lalu|silam))?"
)
_P_MREL = _c(
    rf"(?:(?P<span>{_MOD_SPAN})\s+)?(?:(?P<bulan>(?:bulan))\s+)?\b(?P<m>{_MON_FULL})"
    r"(?!\s*\d)(?:\s+(?P<mod>(?:tahun\s+(?:lalu|ini|depan|kemarin)|lalu|silam|kemarin"
    r"|mendatang|depan|nanti|ini))\b)?"
)
_P_WD = _c(
    rf"\b(?P<wd>{_WD})(?:\s+(?P<pod>{_POD}))?(?:\s+(?P<mod>(?:lalu|kemarin|depan"
    r"|mendatang|ini|nanti))\b)?"
)
_P_REL = _c(
    rf"(?:(?P<span>{_MOD_SPAN})\s+)?\b(?P<w>(?:kemarin\s+lusa|kemarin|lusa|besok|esok"
    r"(?:\s+hari)?|hari\s+ini|malam\s+ini|pagi\s+ini|siang\s+ini|sore\s+ini|tadi\s+malam"
    r"|tadi\s+pagi|semalam))\b(?:\s+(?P<pod>" + _POD + r"))?"
)
_P_RELU = _c(
    rf"(?:(?P<span>{_MOD_SPAN})\s+)?\b(?P<u>(?:tahun|bulan|pekan|minggu))\s+"
    r"(?P<mod>(?:ini|lalu|kemarin|depan|mendatang))\b"
)
_P_RELN = _c(rf"\b(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?:(?:yang)\s+)?(?P<dir>(?:lalu|silam|lagi))\b")
_P_DUR = _c(rf"\b(?P<n>{_NUM})\s+(?P<u>{_UNIT})(?!\s+\d{{4}})")
_P_DUR1 = _c(
    r"\b(?:se(?P<u>tahun|bulan|pekan|minggu|hari|jam|dekade|abad|windu)(?!-)"  # not sehari-hari
    r"|(?P<v>bertahun-tahun|berbulan-bulan|berhari-hari|berminggu-minggu|berpekan-pekan"
    r"|berjam-jam))\b"
)
_P_YEAR = _c(
    rf"(?:(?P<span>{_MOD_SPAN})\s+)?(?:(?P<tahun>(?:tahun))\s+)?\b(?P<y>(?:19|20)\d{{2}})\b"
    r"(?!-an|[.,]\d|\s*/\d|-\d)(?:\s+(?:lalu|silam))?"
)
_P_DECADE = _c(
    rf"(?:(?P<span>{_MOD_SPAN})\s+)?(?:(?P<tahun>(?:tahun|era|dekade))\s+)?"
    r"\b(?:(?P<y>(?:19|20)\d)0|'?(?P<yy>[1-9])0)-?an\b"
)
_P_SET = _c(rf"\b(?:setiap|tiap|saban)\s+(?P<u>(?:hari|pekan|minggu|bulan|tahun)\b|{_WD})")
# Relative to a date the text has just told, not to the anchor. A count of units and a
# direction ("dua hari kemudian", "sehari sebelumnya") is a duration's match going on
# with the direction (_NARR_AFTER, looked at by the duration handlers: no pattern of its
# own to run); the next day ("keesokan harinya"), the unit before or after ("bulan
# sebelumnya") and the same day or period ("malam harinya", "hari itu", "pada tahun yang
# sama") are _P_NARR's, the unit and pointer checked by its handler.
_NARR_DIR = r"(?:sebelumnya|kemudian|setelahnya|sesudahnya|berikutnya|berselang)"
_NARR_AFTER = re.compile(rf"\s+(?P<dir>{_NARR_DIR})\b", re.IGNORECASE)
_P_NARR = _c(
    r"\b(?:(?P<next>keesokan(?:\s+(?:hari|pagi|siang|sore|malam)(?:nya)?)?|esok\s+harinya)"
    r"|(?P<u>hari|pekan|minggu|bulan|tahun|malam|pagi|siang|sore|petang|dini\s+hari)\s+"
    r"(?P<cue>sebelumnya|berikutnya|harinya|itu|yang\s+sama))\b"
)
# A count of days or weeks before or after an event the text tells ("Sehari sebelum
# penangkapan", "dua hari setelah pertemuan itu"): a step from that event's day, not a
# duration. The event is a lower-case noun (or verb); "sebelum 17 Agustus" or "setelah
# Lebaran" name a day of their own and are not steps.
_EVENT_DIR = r"(?:sebelum|setelah|sesudah|seusai|usai|pasca)"
_EVENT_AFTER = re.compile(
    rf"\s+(?P<dir>{_EVENT_DIR})\s+(?P<event>[a-z]{{4,}})\b(?:\s+(?:itu|tersebut|ini)\b)?"
)
#: "<count> <unit> setelah|sebelum <Name> <verb>": the distance to an act a clause tells
#: (its subject capitalised), which that clause's act lies the count away from.
_CLAUSE_AFTER = re.compile(
    r"\s+(?P<dir>sebelum|setelah|sesudah)(?=\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*\s+me)"
)
#: Units an event step counts in: a day's or a week's distance names a day.
_EVENT_UNITS = frozenset(("hari", "pekan", "minggu"))
#: Words after "sebelum"/"setelah" that are no event.
_NOT_EVENTS = frozenset(
    "itu ini tanggal hari bulan tahun pukul jam akhir awal pertengahan masa periode".split()
)
# The whole text of a narrative expression, to tell one (is_narrative).
_P_NARR_COUNT = _c(
    rf"(?:{_NUM}\s+{_UNIT}|se(?:tahun|bulan|pekan|minggu|hari|jam|dekade|abad|windu))"
    rf"\s+(?:{_NARR_DIR}|{_EVENT_DIR}\s+[a-z]+(?:\s+(?:itu|tersebut|ini))?)"
)

# Words that, just before a bare year, month or weekday, make it a time expression.
_TRIGGERS = frozenset(
    {
        "pada", "sejak", "hingga", "sampai", "awal", "akhir", "pertengahan", "menjelang",
        "jelang", "mulai", "medio", "selama", "tahun", "bulan", "hari", "dari", "sebelum",
        "setelah", "usai", "sepanjang", "per", "di", "dalam", "periode",
    }
)  # fmt: skip
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*$")
#: Words before "dua hari berikutnya" that make it a stretch of time, not a date.
_SPAN_OPENERS = frozenset("selama dalam sepanjang untuk hingga sampai".split())
_LAW_NUMBER = re.compile(r"(?i:\bno\.?|\bnomor)\s*(?:\d+\s*)?$")
_FUTURE = re.compile(r"\b(?i:akan|bakal|dijadwalkan|direncanakan|berencana|rencananya)\b")
#: Verbs of inviting or planning: a bare month after them in their sentence is the
#: month of what is invited or planned, so the next such month ("mengundang X
#: menghadiri … pada September"), never the last one.
_PLANNED = re.compile(r"\b(?i:mengundang|diundang|menjadwalkan|merencanakan|hendak|berniat)\b")
#: Words that open or mark a past clause between a verb of planning and a month.
_PAST_CLAUSE = re.compile(r"\b(?i:usai|seusai|setelah|sesudah|sejak|telah|sudah|pernah|lalu)\b")
_SENT_END = re.compile(r"[.!?\n](?=\s)")
_DUR_UNITS = {"tahun": "Y", "bulan": "M", "pekan": "W", "minggu": "W", "hari": "D",
              "jam": "TH", "menit": "TM", "detik": "TS", "dekade": "Y", "abad": "Y",
              "windu": "Y"}  # fmt: skip
_DUR_FACTOR = {"dekade": 10, "abad": 100, "windu": 8}


class Ctx:
    """Per-call state: the text and the anchor split into what it can resolve.

    ``memo`` keeps what handlers ask of the text alone (the word before an offset,
    whether a sentence speaks of the future): several anchors resolving one text's
    matches (:class:`warta.nlp.time.timex.TimeScan`) share it, so each is looked up once.
    """

    __slots__ = ("anchor", "day", "memo", "text")

    def __init__(
        self,
        text: str,
        anchor: PartialDate | None,
        memo: dict[tuple[str, int], object] | None = None,
    ) -> None:
        self.text = text
        self.anchor = anchor
        self.memo = {} if memo is None else memo
        self.day = (
            date(anchor.year, anchor.month, anchor.day)
            if anchor is not None and anchor.month is not None and anchor.day is not None
            else None
        )

    def prev_word(self, start: int) -> str:
        key = ("prev", start)
        hit = self.memo.get(key)
        if hit is None:
            m = _PREV_WORD.search(self.text, max(0, start - 24), start)
            hit = self.memo[key] = m.group(1).lower() if m else ""
        return str(hit)

    def future(self, start: int) -> bool:
        """True when the sentence around ``start`` speaks of the future ("akan")."""
        key = ("future", start)
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = self._future(start)
        return bool(hit)

    def planned(self, start: int) -> bool:
        """True when the sentence around ``start`` speaks of the future ("akan") or a
        verb of inviting or planning stands before ``start`` in it ("mengundang")."""
        if self.future(start):
            return True
        lo = max(0, start - 300)
        ends = [m.end() for m in _SENT_END.finditer(self.text, lo, start)]
        verbs = list(_PLANNED.finditer(self.text, ends[-1] if ends else lo, start))
        if not verbs:
            return False
        verb = verbs[-1]  # the last verb of planning before the month
        # "berniat kembali usai mengalami cedera pada April": the month of a past clause
        return _PAST_CLAUSE.search(self.text, verb.end(), start) is None

    def _future(self, start: int) -> bool:
        lo = max(0, start - 300)
        ends = [m.end() for m in _SENT_END.finditer(self.text, lo, start)]
        lo = ends[-1] if ends else lo
        m = _SENT_END.search(self.text, start)
        hi = m.start() if m else len(self.text)
        return _FUTURE.search(self.text, lo, hi) is not None


def _ymd(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _month_of(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _pick_year(ctx: Ctx, m: int, d: int | None, mod: str, future: bool) -> int | None:
    """Year of a day/month written without one, from the anchor and the wording.

    "tahun lalu/ini/depan" name the year; "lalu" means the last such date before the
    anchor, "depan"/"mendatang" the next; otherwise the last not after the anchor (the
    next on or after it when the sentence is in the future tense, "akan").
    """
    a = ctx.anchor
    if a is None:
        return None
    if "tahun" in mod:
        back = "lalu" in mod or "kemarin" in mod
        return a.year + (-1 if back else 1 if "depan" in mod else 0)
    if a.month is None:
        return None
    if d is None or a.day is None:  # compare at month precision
        here, there = (a.month, 0), (m, 0)
    else:
        here, there = (a.month, a.day), (m, d)
    # A day in the anchor's own month, when the anchor has no day, cannot be ordered:
    # news about "9 Mei lalu" dated May is taken to be the same May.
    same_ok = there == here and d is not None
    if mod in ("lalu", "silam", "kemarin", "yang lalu"):
        return a.year if there < here or same_ok else a.year - 1
    if mod in ("depan", "mendatang", "nanti"):
        return a.year if there > here or same_ok else a.year + 1
    if future:
        return a.year if there >= here else a.year + 1
    return a.year if there <= here else a.year - 1


def _date_cand(m: re.Match[str], y: int, mo: int, d: int) -> Candidate | None:
    day = _ymd(y, mo, d)
    return None if day is None else (m.start(), m.end(), 0, "date", day.isoformat(), "day", False)


def _h_iso(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    return _date_cand(m, int(m[1]), int(m[2]), int(m[3]))


def _h_dmy(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    return _date_cand(m, int(m["y"]), _month_of(m["m"]), int(m["d"]))


def _h_num_dash(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    return _date_cand(m, int(m[4]), int(m[3]), int(m[1]))


def _day_month(
    m: re.Match[str], ctx: Ctx, d: int, mo: int, mod: str, start: int, end: int
) -> Candidate | None:
    """A day and month without a year ("21 Juni", "Senin (18/04)")."""
    if _ymd(2000, mo, d) is None:  # 2000 is a leap year: 29/2 stays valid
        return None
    y = _pick_year(ctx, mo, d, mod, ctx.future(start))
    wd = m["wd"]
    if y is not None and wd is not None:
        # The weekday names the year when the anchor's guess disagrees (Rabu (19/6)).
        want = WEEKDAYS[wd.lower()]
        for cand in (y, y - 1, y + 1):
            day = _ymd(cand, mo, d)
            if day is not None and day.weekday() == want:
                y = cand
                break
    day = _ymd(y, mo, d) if y is not None else None
    if y is not None and day is None:
        return None
    value = day.isoformat() if day is not None else None
    return (start, end, 0, "relative", value, "day" if value else None, True)


def _h_num(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    d, mo = int(m["d"]), int(m["m"])
    paren = m["open"] is not None and m["close"] is not None
    if m["wd"] is None and not paren and (m["y"] is None or len(m["y"]) == 2):
        return None  # a bare "25/4" is too often a score or a fraction
    if (m["open"] is None) != (m["close"] is None) and m["wd"] is not None:
        return None
    start, end = m.start(), m.end()
    if m["wd"] is None and paren:  # "(25/04)": report the date without its brackets
        start, end = m.start("d"), m.end("y") if m["y"] else m.end("m")
    if m["y"] is not None:
        y = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        day = _ymd(y, mo, d)
        return None if day is None else (start, end, 0, "date", day.isoformat(), "day", False)
    return _day_month(m, ctx, d, mo, "", start, end)


def _h_dm(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    mod = " ".join((m["mod"] or "").lower().split())
    return _day_month(m, ctx, int(m["d"]), _month_of(m["m"]), mod, m.start(), m.end())


def _h_my(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    return (m.start(), m.end(), 0, "date", f"{int(m['y']):04d}-{_month_of(m['m']):02d}",
            "month", False)  # fmt: skip


def _h_mrel(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    mod = " ".join((m["mod"] or "").lower().split())
    if not ctx.text[m.start("m")].isupper():
        return None  # month names are capitalised; "mei" or "maret" in lower case is not
    if not (m["bulan"] or mod or m["span"] or ctx.prev_word(m.start()) in _TRIGGERS):
        return None  # a bare "April" may be a name
    mo = _month_of(m["m"])
    y = _pick_year(ctx, mo, None, mod, ctx.planned(m.start()))
    value = f"{y:04d}-{mo:02d}" if y is not None else None
    return (m.start(), m.end(), 1, "relative", value, "month" if value else None, True)


#: What stands before a weekday set off as an aside: a comma ("X, Rabu, mengecam") or
#: a sentence's start ("Senin, Kedutaan …"); and what closes it: a comma or full stop.
_ASIDE_OPEN = re.compile(r"(?:^|[,.!?\n])\s*$")
_ASIDE_CLOSE = re.compile(r"\s*[,.]")


def _set_off(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` stands alone as an aside of its
    sentence ("Juru bicara X, Rabu, membantah …", "Senin, Kedutaan … menyerahkan",
    "…,” katanya, Selasa."): news tells the day of an act that way, with no "pada"."""
    return (
        _ASIDE_OPEN.search(text, max(0, start - 3), start) is not None
        and _ASIDE_CLOSE.match(text, end) is not None
    )


def _h_wd(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    if not ctx.text[m.start()].isupper():
        return None  # "minggu" in lower case is a week, not Sunday
    mod = m["mod"] or ""
    prev = ctx.prev_word(m.start())
    aside = not (m["pod"] or mod or prev in _TRIGGERS)
    if aside and not _set_off(ctx.text, m.start(), m.end()):
        return None
    if prev in ("setiap", "tiap", "saban"):
        return None
    if m["wd"] == "minggu" and mod in ("ini", "lalu", "depan", "mendatang", "kemarin"):
        return None  # "Minggu lalu" is "last week" (handled by _h_relu)
    value: str | None = None
    if ctx.day is not None:
        a = ctx.day
        want = WEEKDAYS[m["wd"].lower()]
        back = (a.weekday() - want) % 7
        ahead = (want - a.weekday()) % 7
        if mod in ("lalu", "kemarin"):
            day = a - timedelta(days=back or 7)
        elif mod in ("depan", "mendatang", "nanti"):
            day = a + timedelta(days=ahead or 7)
        elif mod == "ini":
            day = a + timedelta(days=want - a.weekday())
        elif ctx.future(m.start()) and not aside:
            # an aside's weekday ("kata X, Kamis.") tells when it was said or done
            day = a + timedelta(days=ahead)
        else:
            day = a - timedelta(days=back)
        value = day.isoformat()
    return (m.start(), m.end(), 1, "relative", value, "day" if value else None, True)


_REL_DAYS = {"kemarin lusa": -2, "kemarin": -1, "lusa": 2, "besok": 1, "esok": 1,
             "esok hari": 1, "hari ini": 0, "malam ini": 0, "pagi ini": 0, "siang ini": 0,
             "sore ini": 0, "tadi malam": -1, "tadi pagi": 0, "semalam": -1}  # fmt: skip


def _h_rel(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    if m["span"]:
        return None  # "akhir kemarin" is not Indonesian; let the word stand alone
    w = " ".join(m["w"].lower().split())
    if w == "semalam" and ctx.prev_word(m.start()) == "selama":
        return None  # "selama semalam" is a duration
    value = None
    if ctx.day is not None:
        value = (ctx.day + timedelta(days=_REL_DAYS[w])).isoformat()
    return (m.start(), m.end(), 0, "relative", value, "day" if value else None, True)


_REL_DIR = {"ini": 0, "lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}


def _h_relu(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    unit, step = m["u"].lower(), _REL_DIR[m["mod"].lower()]
    a = ctx.anchor
    value: str | None = None
    prec: Precision
    if unit == "tahun":
        prec = "year"
        if a is not None:
            value = f"{a.year + step:04d}"
    elif unit == "bulan":
        prec = "month"
        if a is not None and a.month is not None:
            y, mo = shift_month(a.year, a.month, step)
            value = f"{y:04d}-{mo:02d}"
    else:
        prec = "week"
        if ctx.day is not None:
            value = _week(ctx.day + timedelta(days=7 * step))
    return (m.start(), m.end(), 0, "relative", value, prec if value else None, True)


def _h_reln(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    n = parse_number(m["n"])
    unit = m["u"].lower()
    if n is None or n > 5000:
        return None
    step = -n if m["dir"].lower() in ("lalu", "silam") else n
    a, value = ctx.anchor, None
    prec: Precision
    if unit in ("tahun", "dekade", "abad", "windu"):
        prec = "year"
        if a is not None:
            value = f"{a.year + step * _DUR_FACTOR.get(unit, 1):04d}"
    elif unit == "bulan":
        prec = "month"
        if a is not None and a.month is not None:
            y, mo = shift_month(a.year, a.month, step)
            value = f"{y:04d}-{mo:02d}"
    elif unit in ("pekan", "minggu"):
        prec = "week"
        if ctx.day is not None:
            value = _week(ctx.day + timedelta(days=7 * step))
    else:
        prec = "day"
        if ctx.day is not None:
            value = (ctx.day + timedelta(days=step if unit == "hari" else 0)).isoformat()
    return (m.start(), m.end(), 0, "relative", value, prec if value else None, True)


#: The prefix of a narrative step's value: "~-1D" is "a day before the date just told".
NARRATIVE = "~"
#: After NARRATIVE, marks a step from an event's day ("~@-1D": "sehari sebelum
#: penangkapan"), which steps from the last date an event was told on, not a statement.
EVENT_STEP = "@"
#: After EVENT_STEP, marks a step to the act of the clause it opens ("~@^-7D": "sepekan
#: setelah Washington menyetujui …"): that act's day, never the day a later "pada hari
#: yang sama" means.
CLAUSE_STEP = "^"
_STEP_UNIT = {"tahun": "Y", "bulan": "M", "pekan": "W", "minggu": "W", "hari": "D",
              "malam": "D", "pagi": "D", "siang": "D", "sore": "D", "petang": "D",
              "dini hari": "D"}  # fmt: skip
#: The pointers each unit of _P_NARR takes: "bulan sebelumnya" but not "malam
#: sebelumnya" (the night before: a time of day this tagger does not step), "malam
#: harinya" but not "tahun harinya", "minggu" (the week) not with "itu" (Sunday).
_DAY_CUES = frozenset(("sebelumnya", "berikutnya", "itu", "yang sama"))
_TIME_OF_DAY_CUES = frozenset(("harinya", "itu", "yang sama"))
_UNIT_CUES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("hari", "pekan", "bulan", "tahun"), _DAY_CUES),
    "minggu": _DAY_CUES - {"itu"},
    **dict.fromkeys(("malam", "pagi", "siang", "sore", "petang"), _TIME_OF_DAY_CUES),
    "dini hari": frozenset(("itu",)),
}
_STEP_YEARS = {"dekade": 10, "abad": 100, "windu": 8}
_PER_DAY = {"jam": 24}  # minutes and seconds never step (_CLOCK_UNITS)
#: Units too fine to date anything: "lima menit kemudian" counts a match's or a chase's
#: clock, and the day it falls on is whatever the report is about (stays a duration).
_CLOCK_UNITS = frozenset(("menit", "detik"))


def narrative_step(value: str) -> tuple[int, str]:
    """``(amount, unit)`` of a narrative step value made by the tagger's handlers.

    >>> narrative_step("~-1D"), narrative_step("~0Y"), narrative_step("~@2D")
    ((-1, 'D'), (0, 'Y'), (2, 'D'))
    >>> narrative_step("~@^-7D")
    (-7, 'D')
    """
    return int(value[len(NARRATIVE) : -1].lstrip(EVENT_STEP + CLAUSE_STEP)), value[-1]


def is_narrative(expression: str) -> bool:
    """Whether the text of a time expression is relative to the narrative.

    >>> is_narrative("Sehari sebelumnya"), is_narrative("kemarin")
    (True, False)
    """
    low = expression.lower()
    return _P_NARR.fullmatch(low) is not None or _P_NARR_COUNT.fullmatch(low) is not None


def _count_step(raw: str, unit: str, sign: int) -> tuple[int, str] | None:
    """The step of "<count> <unit> kemudian/sebelumnya"; ``None`` for a vague count of
    days or longer ("beberapa hari kemudian" names no day). Hours count in whole days
    ("beberapa jam kemudian" is the same day)."""
    if unit in _PER_DAY:
        n = 0 if raw in _VAGUE else parse_number(raw)
        return None if n is None else (sign * (n // _PER_DAY[unit]), "D")
    n = None if raw in _VAGUE else parse_number(raw)
    if n is None or n > 5000:
        return None
    if unit in _STEP_YEARS:
        return sign * n * _STEP_YEARS[unit], "Y"
    return sign * n, _STEP_UNIT[unit]


def _narrative(start: int, end: int, step: tuple[int, str] | None) -> Candidate:
    """The candidate of a narrative expression: its value is the step (``NARRATIVE`` +
    amount + unit), resolved by the tagger once matches are selected; ``None`` when the
    expression names no step ("beberapa hari kemudian")."""
    if step is None:
        return (start, end, 0, "relative", None, None, True)
    amount, unit = step
    return (start, end, 0, "relative", f"{NARRATIVE}{amount}{unit}", STEP_PRECISION[unit], True)


def _narrative_count(m: re.Match[str], ctx: Ctx, raw: str, unit: str) -> Candidate | None:
    """ "<count> <unit>" (a duration's match ``m``) going on with a direction ("dua hari
    kemudian"), else ``None``."""
    if unit in _CLOCK_UNITS:
        return None  # "lima menit kemudian": a match report's clock, left a duration
    after = _NARR_AFTER.match(ctx.text, m.end())
    if after is None:
        return _event_count(m, ctx, raw, unit)
    direction = after["dir"].lower()
    if direction == "berikutnya" and ctx.prev_word(m.start()) in _SPAN_OPENERS:
        return None  # "dalam dua hari berikutnya": a stretch of time, not a date
    step = _count_step(raw, unit, -1 if direction == "sebelumnya" else 1)
    return _narrative(m.start(), after.end(), step)


def _event_count(m: re.Match[str], ctx: Ctx, raw: str, unit: str) -> Candidate | None:
    """ "<count> <unit>" (a duration's match ``m``) going on with "sebelum"/"setelah"
    and an event ("Sehari sebelum penangkapan"): a step from that event's day (value
    ``~@<amount><unit>``), else ``None``. "Selama dua hari setelah banjir" is a stretch
    of time."""
    if unit not in _EVENT_UNITS or ctx.prev_word(m.start()) in _SPAN_OPENERS:
        return None
    after = _EVENT_AFTER.match(ctx.text, m.end())
    if after is None:
        return _clause_count(m, ctx, raw, unit)
    if after["event"] in _NOT_EVENTS:
        return None
    step = _count_step(raw, unit, -1 if after["dir"] == "sebelum" else 1)
    if step is None:
        return _narrative(m.start(), after.end(), None)
    amount, code = step
    if code == "W":  # "sepekan setelah banjir": seven days after the flood's day
        amount, code = 7 * amount, "D"
    value = f"{NARRATIVE}{EVENT_STEP}{amount}{code}"
    return (m.start(), after.end(), 0, "relative", value, STEP_PRECISION[code], True)


def _clause_count(m: re.Match[str], ctx: Ctx, raw: str, unit: str) -> Candidate | None:
    """ "<count> <unit> setelah <Name> me…" (a duration's match ``m``): the day of the
    act the clause after it tells, counted back from the last date told ("…, Rabu
    (21/10). Langkah itu diambil sepekan setelah Washington menyetujui …": the approval
    was seven days before that Wednesday); forward after "sebelum". The expression
    covers the count and the conjunction only, so it dates the clause it opens."""
    after = _CLAUSE_AFTER.match(ctx.text, m.end())
    if after is None:
        return None
    step = _count_step(raw, unit, 1 if after["dir"] == "sebelum" else -1)
    if step is None:
        return None
    amount, code = step
    if code == "W":
        amount, code = 7 * amount, "D"
    value = f"{NARRATIVE}{EVENT_STEP}{CLAUSE_STEP}{amount}{code}"
    return (m.start(), after.end(), 0, "relative", value, STEP_PRECISION[code], True)


def _h_narr(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    """The next day ("keesokan harinya"), the unit before or after ("bulan sebelumnya"),
    the same day or period ("malam itu", "pada hari yang sama"), relative to the date the
    text has just told."""
    if m["next"]:
        return _narrative(m.start(), m.end(), (1, "D"))
    unit, cue = " ".join(m["u"].split()), " ".join(m["cue"].split())
    if cue not in _UNIT_CUES[unit]:
        return None
    if m.start() > 0 and ctx.text[m.start() - 1] == "-":
        return None  # "hari-hari itu": those days, no one date
    if cue == "berikutnya" and ctx.prev_word(m.start()) in _SPAN_OPENERS:
        return None  # "selama tahun berikutnya": a stretch of time
    sign = {"sebelumnya": -1, "berikutnya": 1}.get(cue, 0)
    return _narrative(m.start(), m.end(), (sign, _STEP_UNIT[unit]))


def _duration(qty: str, unit: str) -> str:
    code = _DUR_UNITS[unit]
    if unit in _DUR_FACTOR and qty != "X":
        qty = f"{float(qty) * _DUR_FACTOR[unit]:g}"
    return f"PT{qty}{code[1]}" if code.startswith("T") else f"P{qty}{code}"


def _h_dur(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    if _LAW_NUMBER.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "UU No. 5 Tahun 2019"
    raw = m["n"].lower()
    narrative = _narrative_count(m, ctx, raw, m["u"].lower())
    if narrative is not None:
        return narrative
    if raw in _VAGUE:
        qty = "X"
    elif "," in raw:  # "1,5 tahun" → P1.5Y
        qty = raw.replace(".", "").replace(",", ".")
    else:
        n = parse_number(raw)
        if n is None:
            return None
        qty = str(n)
    return (m.start(), m.end(), 2, "duration", _duration(qty, m["u"].lower()), None, False)


def _h_dur1(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    if m["u"]:
        narrative = _narrative_count(m, ctx, "satu", m["u"].lower())
        if narrative is not None:
            return narrative
        return (m.start(), m.end(), 2, "duration", _duration("1", m["u"].lower()), None, False)
    unit = m["v"].lower()[3:].split("-")[0]
    return (m.start(), m.end(), 2, "duration", _duration("X", unit), None, False)


def _h_year(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    if not (m["tahun"] or m["span"] or ctx.prev_word(m.start()) in _TRIGGERS):
        return None
    if _LAW_NUMBER.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None
    return (m.start(), m.end(), 1, "date", m["y"], "year", False)


def _h_decade(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    if m["y"]:
        return (m.start(), m.end(), 0, "date", f"{m['y']}X", "decade", False)
    if not m["tahun"]:
        return None  # "90-an" alone may be a count ("90-an orang")
    return (m.start(), m.end(), 0, "date", f"19{m['yy']}X", "decade", False)


def _h_set(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    unit = m["u"].lower()
    if unit in WEEKDAYS and ctx.text[m.start("u")].isupper():
        value = f"XXXX-WXX-{WEEKDAYS[unit] + 1}"
    else:
        value = {"hari": "P1D", "pekan": "P1W", "minggu": "P1W", "bulan": "P1M",
                 "tahun": "P1Y"}[unit]  # fmt: skip
    return (m.start(), m.end(), 0, "set", value, None, False)


# Classes of hot token, as bit flags: a year, a day/month number, a decade ("90-an"), a
# month name, a weekday name, a relative-day word, a unit, a "se-"/"ber-" unit, a "setiap",
# a word only narrative expressions hold ("keesokan", and "petang" not hot before).
Y, N, D, MO, WDC, REL, U, SE, SET, NAR = (1 << i for i in range(10))

Handler = Callable[[re.Match[str], Ctx], Candidate | None]
# (pattern, handler, classes of hot token any of its matches contains)
PATTERNS: tuple[tuple[re.Pattern[str], Handler, int], ...] = (
    (_P_ISO, _h_iso, Y), (_P_DMY, _h_dmy, MO), (_P_NUM, _h_num, N),
    (_P_NUM_DASH, _h_num_dash, N), (_P_DM, _h_dm, MO), (_P_MY, _h_my, MO),
    (_P_MREL, _h_mrel, MO), (_P_WD, _h_wd, WDC), (_P_REL, _h_rel, REL | U),
    (_P_RELU, _h_relu, U | WDC), (_P_RELN, _h_reln, U | WDC),
    (_P_DUR, _h_dur, U | WDC), (_P_DUR1, _h_dur1, SE), (_P_YEAR, _h_year, Y),
    (_P_DECADE, _h_decade, Y | D), (_P_SET, _h_set, SET),
    (_P_NARR, _h_narr, U | WDC | REL | NAR),
)  # fmt: skip
