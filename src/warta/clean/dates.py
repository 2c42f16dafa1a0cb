"""Absolute dates in page furniture: header dates, datelines, kickers, URLs.

Only the forms that state a full or partial calendar date by themselves are parsed here
("Selasa, 2 Juli 2024", "14/3/2024", "2022-11-08", "19/04/2019, 22:28 WIB",
"/2019/04/19/" in a URL). Relative and anchored expressions belong to
:mod:`warta.nlp.time.timex`.

>>> find_dates("#Laporan Khusus | 2022-11-08")[0].date.iso
'2022-11-08'
>>> find_dates("Kamis (14/3/2024)")[0].date.iso
'2024-03-14'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lexicon import indonesian as lexicon
from warta.records import PartialDate

#: Month and weekday names, Indonesian and English (page furniture uses both).
MONTHS = {**lexicon.MONTHS, **lexicon.MONTHS_EN}
WEEKDAYS = {**lexicon.WEEKDAYS, **lexicon.WEEKDAYS_EN}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

_DATE_RE = re.compile(
    rf"(?P<weekday>\b(?:{_WEEKDAY_ALT})\b,?\s*\(?)?"
    r"(?:"
    r"(?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)\b)"
    # One separator twice: "4-5/10" is a range of days (the 4th and 5th of October),
    # never the 4th of May 2010.
    # Not the tail of a reference number ("Nomor: SP. 12/HUMAS/HMS.3/10/2026", a letter's or
    # a release's code ending in its month and year): digits glued to a code's "/" or "."
    # date nothing.
    r"|(?P<num>(?<!\w[/.])\b(?P<nd>[0-3]?\d)(?P<sep>[/.-])(?P<nm>[01]?\d)(?P=sep)"
    r"(?P<ny>(?:19|20)\d\d|\d\d)\b)"
    # "03 Des, 2026": a wire's date line puts a comma between the month and the year.
    rf"|(?P<long>\b(?P<ld>[0-3]?\d)\s+(?P<lm>{_MONTH_ALT})\.?,?\s+(?P<ly>(?:19|20)\d\d)\b)"
    rf"|(?P<ml>\b(?P<mm>{_MONTH_ALT})\.?\s+(?P<md>[0-3]?\d),?\s+(?P<my>(?:19|20)\d\d)\b)"
    r")\)?"
    # The clock may follow a comma, a bar or a dash ("... 2024 | 10:05 WIB", "... 2024 -
    # 11:34 WIB"); "(?!\d)" keeps a number ("2024, 10.000 warga") from reading as one.
    r"(?P<time>(?:\s*[,|–-]\s*|\s*)(?:pukul\s*)?\d{1,2}[:.]\d{2}(?!\d)"
    r"(?:\s*(?:WIB|WITA|WIT|UTC|GMT))?)?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# A Hijri date beside the Gregorian one on an Islamic portal's date line ("Kamis, 14
# Rajab 1446 H / 16 Januari 2025"): the months in their Indonesian spellings, a
# year of the Hijri era (13xx-15xx) and its mark. It states no Gregorian date itself.
_HIJRI_MONTHS = (
    r"muharr?am|safar|shafar|rabi(?:'|u)?(?:ul|ul|l)?[\s-]*(?:awal|akhir|tsani|ula|al[\s-]*awwal)"
    r"|jumad(?:il|al|a)?[\s-]*(?:awal|akhir|ula|tsaniyah|ats[\s-]*tsaniyah|al[\s-]*akhirah)"
    r"|rajab|sya'?ban|sha'?ban|ramad(?:h)?an|syawal|syawwal|shawwal"
    r"|(?:dzu|zu)l?[\s-]*(?:q|k)a'?(?:i)?dah|(?:dzu|zu)l?[\s-]*hij?jah"
)
HIJRI_DATE_RE = re.compile(
    rf"\b[0-3]?\d\s+(?:{_HIJRI_MONTHS})\s+1[345]\d\d\s*(?:H\b|AH\b|Hijriah\b|Hijriyah\b)?",
    re.IGNORECASE,
)
_URL_DATE_RE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]\d)(?:[/-](?P<d>[0-3]\d))?(?:/|$|-)"
    # YYYYMMDD as a path segment, an id's head ("/20240912123456-4-571234/") or a slug
    # part ("/berita-20240912-banjir.html").
    r"|[/_-](?P<cy>(?:19|20)\d\d)(?P<cm>[01]\d)(?P<cd>[0-3]\d)\d*(?=[/_.-]|$)"
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: PartialDate
    start: int
    end: int
    text: str
    has_weekday: bool
    has_time: bool


def make_date(year: int, month: int, day: int | None) -> PartialDate | None:
    """A valid :class:`PartialDate` or ``None`` (31 February is not a date)."""
    import calendar

    if not (1 <= month <= 12) or not (1900 <= year <= 2100):
        return None
    if day is not None and not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return PartialDate(year, month, day)


# An XML namespace or schema declaration: its URI names a vocabulary, and the date in it
# ("http://iptc.org/std/nar/2006-10-01/") is the vocabulary's version, never the story's.
_NAMESPACE_RE = re.compile(
    r"\b(?:xmlns(?::[\w.-]+)?|(?:\w+:)?(?:noNamespaceS|s)chemaLocation)\s*=\s*"
    r"(?:\"[^\"]*\"|'[^']*')",
    re.IGNORECASE,
)


def _namespace_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` declares XML namespaces or schemas (see :data:`_NAMESPACE_RE`)."""
    if "xmlns" not in text and "chemaLocation" not in text:
        return []
    return [m.span() for m in _NAMESPACE_RE.finditer(text)]


def find_dates(text: str) -> list[FoundDate]:
    """Every absolute calendar date written in ``text``, in order."""
    found: list[FoundDate] = []
    if not _DIGIT.search(text):  # every absolute date has digits; skip the costly regex
        return found
    names = _namespace_spans(text)
    for m in _DATE_RE.finditer(text):
        if any(start <= m.start() < end for start, end in names):
            continue
        if m.group("iso"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        elif m.group("num"):
            y, mo, d = int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))
            if y < 100:
                y += 2000 if y < 70 else 1900
        elif m.group("long"):
            y, mo, d = int(m.group("ly")), MONTHS[m.group("lm").lower()], int(m.group("ld"))
        else:
            y, mo, d = int(m.group("my")), MONTHS[m.group("mm").lower()], int(m.group("md"))
        date = make_date(y, mo, d)
        if date is None:
            continue
        found.append(
            FoundDate(
                date,
                m.start(),
                m.end(),
                m.group(0).strip(" ,("),
                bool(m.group("weekday")),
                bool(m.group("time")),
            )
        )
    return found


def is_date_only(line: str) -> bool:
    """True for a line that is a date and nothing else ("Selasa, 2 Juli 2024")."""
    if len(line) > 60:
        return False
    dates = find_dates(line)
    if len(dates) != 1:
        return False
    rest = (line[: dates[0].start] + line[dates[0].end :]).strip(" ,|-()")
    return not re.search(r"\w", rest)


# A URL carrying another page's full URL in its path: a web archive's capture
# ("https://web.archive.org/web/20241105023311/https://situs.co/..."), a proxy or a
# reader service ("https://r.jina.ai/https://..."). The page is the embedded one. Only
# the path counts: a URL in the query ("?ref=https://...") is where the reader came from.
_EMBEDDED_URL_RE = re.compile(
    r"^https?://[^/?#]+/[^?#]*?(?P<inner>https?:/{1,2}[^/?#].*)$", re.IGNORECASE
)


def original_url(url: str | None) -> str | None:
    """The page's own URL: the URL embedded in an archive's or a proxy's, else ``url``.

    >>> original_url("https://web.archive.org/web/20241105023311/https://situs.co/a/b")
    'https://situs.co/a/b'
    >>> original_url("https://situs.co/2024/03/06/a?ref=https://x.com/")
    'https://situs.co/2024/03/06/a?ref=https://x.com/'
    """
    if not url:
        return url
    m = _EMBEDDED_URL_RE.match(url)
    if not m:
        return url
    inner = m.group("inner")
    # An archive may squeeze "https://" to "https:/" in its path.
    return re.sub(r"^(https?):/(?!/)", r"\1://", inner, flags=re.IGNORECASE)


def date_from_url(url: str | None) -> PartialDate | None:
    """A date written in a URL path: ``/2019/04/19/``, ``/2019-04-19-``, ``/20190419``,
    an id starting with one (``/20190419123456-4-571234/``), a slug part (``-20190419-``).
    An archive's capture is read by the URL it captured, never by its capture stamp.

    >>> date_from_url("https://x.co.id/read/20240912123456-4-571234/judul").iso
    '2024-09-12'
    >>> date_from_url("https://web.archive.org/web/20241105023311/https://x.co/judul")
    """
    url = original_url(url)
    if not url:
        return None
    for m in _URL_DATE_RE.finditer(url):
        if m.group("y"):
            day = int(m.group("d")) if m.group("d") else None
            date = make_date(int(m.group("y")), int(m.group("m")), day)
        else:
            date = make_date(int(m.group("cy")), int(m.group("cm")), int(m.group("cd")))
        if date is not None:  # an id that only looks like a date ("/2023456789/") is not
            return date
    return None


def parse_date_string(value: str) -> PartialDate | None:
    """A container's ``published`` field: ISO (with or without time) or a written date."""
    m = re.match(r"\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", value)
    if m:
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if month is None:
            return PartialDate(int(m.group(1)))
        return make_date(int(m.group(1)), month, day)
    dates = find_dates(value)
    return dates[0].date if dates else None


_CRAWLER_PREFIX_RE = re.compile(r"\A\s*date\s+(?:19|20)\d\d-[01]\d-[0-3]\d\b[ \t]*")
#: A reader service's header over a page turned into markdown: "Title: ...", "URL Source:
#: ...", "Published Time: 2024-12-02T16:20:00+07:00", ..., "Markdown Content:".
_READER_HEADER_RE = re.compile(
    r"\A\s*(?:(?:Title|URL Source|Published Time|Description|Warning)\s*:[^\n]*\n){1,6}"
    r"Markdown Content\s*:[ \t]*(?:\n|\Z)"
)
_READER_PUBLISHED_RE = re.compile(r"^Published Time\s*:\s*(\S+)", re.MULTILINE)
#: A search engine's cache banner over the copy of a page it keeps: "Ini adalah cache
#: Google dari <URL>. Ini adalah cuplikan laman seperti yang ditampilkan pada <date>."
#: (or the English "This is Google's cache of <URL>. It is a snapshot ...") and the lines
#: under it (the page may have changed, full/text-only version, a search tip). Its date
#: is when the copy was taken, never the story's.
_CACHE_BANNER_RE = re.compile(
    r"\A\s*(?:Ini adalah (?:versi )?cache \w+ dari|This is \w+(?:'s)? cache of)"
    r"\s+(?P<url>https?://\S+?)\.?(?:\s[^\n]*)?\n"
    r"(?:[ \t]*(?:(?:Laman terkini|Halaman saat ini|The current page)[^\n]*"
    r"|(?:Versi lengkap|Full version)[^\n]*|Tips?\s*:[^\n]*)?[ \t]*\n)*",
    re.IGNORECASE,
)

# A browser's address bar printed as the page's first line, a path under the host
# ("situs.com/2026/12/02/judul-berita-123/", "https://www.situs.id/berita/123"): the
# page's own address. A host alone ("situs.com") is the site's name, not an address.
_ADDRESS_LINE_RE = re.compile(
    r"\A\s*(?P<url>(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
    r"/[^\s/]\S*)[ \t]*\n",
    re.IGNORECASE,
)


def split_crawler_prefix(text: str) -> tuple[str | None, str]:
    """A crawler's ``" date YYYY-MM-DD "`` prefix on the page's first line, or a reader
    service's header lines down to "Markdown Content:", and the rest.

    >>> split_crawler_prefix(" date 2024-09-12 Judul Berita\\nIsi")
    ('date 2024-09-12', 'Judul Berita\\nIsi')
    >>> split_crawler_prefix("Title: Judul\\nMarkdown Content:\\nJudul")
    ('Title: Judul\\nMarkdown Content:', 'Judul')
    >>> split_crawler_prefix("Judul Berita")
    (None, 'Judul Berita')
    """
    m = (
        _CRAWLER_PREFIX_RE.match(text)
        or _READER_HEADER_RE.match(text)
        or _CACHE_BANNER_RE.match(text)
        or _ADDRESS_LINE_RE.match(text)
    )
    if not m:
        return None, text
    return m.group(0).strip(), text[m.end() :]


def crawler_url(prefix: str | None) -> str | None:
    """The URL of the page a search engine's cache banner (:func:`split_crawler_prefix`)
    keeps a copy of: the page's own address.

    >>> crawler_url("Ini adalah cache Google dari https://situs.id/2026/01/05/judul/. "
    ...     "Ini adalah cuplikan laman seperti yang ditampilkan pada 6 Jan 2026.")
    'https://situs.id/2026/01/05/judul/'
    >>> crawler_url("date 2024-09-12") is None
    True
    >>> crawler_url("situs.id/2026/01/05/judul-berita/")
    'https://situs.id/2026/01/05/judul-berita/'
    """
    m = (
        (_CACHE_BANNER_RE.match(prefix + "\n") or _ADDRESS_LINE_RE.match(prefix + "\n"))
        if prefix
        else None
    )
    if not m:
        return None
    url = m.group("url")
    return url if re.match(r"https?://", url, re.IGNORECASE) else "https://" + url


def crawler_date(prefix: str) -> PartialDate | None:
    """The date a crawler's prefix (:func:`split_crawler_prefix`) gives the page.

    >>> crawler_date("Title: X\\nPublished Time: 2024-12-02T16:20:00+07:00").iso
    '2024-12-02'
    """
    m = _READER_PUBLISHED_RE.search(prefix)
    if m:
        return parse_date_string(m.group(1))
    if prefix.startswith("date"):
        return parse_date_string(prefix.removeprefix("date").strip())
    return None


_ID_WEEKDAY_ALT = "|".join(sorted(lexicon.WEEKDAYS, key=len, reverse=True))
_BARE_WEEKDAY_RE = re.compile(
    rf"\b(?P<weekday>{_ID_WEEKDAY_ALT})\s*,?\s*\(\s*(?P<day>[0-3]?\d)\s*/\s*(?P<month>[01]?\d)\s*\)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class BareDate:
    """A weekday with day and month but no year, as news leads write it: "Kamis (12/9)"."""

    weekday: int  # Monday = 0, as :meth:`datetime.date.weekday`
    day: int
    month: int
    text: str

    def in_year(self, year: int) -> PartialDate | None:
        """The date in ``year`` if it falls on the stated weekday there, else ``None``."""
        import datetime

        date = make_date(year, self.month, self.day)
        if date is None or date.day is None or date.month is None:
            return None
        weekday = datetime.date(year, date.month, date.day).weekday()
        return date if weekday == self.weekday else None


def find_bare_dates(text: str) -> list[BareDate]:
    """Every "Weekday (d/m)" without a year in ``text``, in order.

    >>> [(b.weekday, b.day, b.month) for b in find_bare_dates("kata dia, Kamis (12/9).")]
    [(3, 12, 9)]
    """
    return [
        BareDate(
            lexicon.WEEKDAYS[m.group("weekday").lower()],
            int(m.group("day")),
            int(m.group("month")),
            m.group(0),
        )
        for m in _BARE_WEEKDAY_RE.finditer(text)
    ]
