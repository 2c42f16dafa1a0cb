"""Article metadata from labelled lines: dates, host site, sources, credits, flags.

The publication date and the page date are kept apart by where a date stands: a
date-only line above the title is the site header's "today" date (``page_date``; on an
HTML page, whose text leaves the header out, the line over its menu, read off the markup
and passed in); a date in a kicker or dateline below the title, in the first paragraph's
dateline, in the URL or in the container's metadata is the publication date, with its
evidence.
A lead's bare "Kamis (12/9)" takes its year from a full date the page states elsewhere
for that day, else from the page's "today" date (or, when it has none, the header's clock)
when that lies within a week on the same weekday (``inferred:``); a crawler's ``date
YYYY-MM-DD`` prefix or a reader service's "Published Time:" is evidence too (``crawler:``).
A printed page's folio (the paper's date over the page number) dates it too. A URL that
gives the month only takes its day from a date line or the lead's full date of that
month. A revision line ("Diperbarui 04 Okt 2024") never dates the article, nor does a header
clock standing over the site's menu, nor a web archive's capture stamp in its URL (the
captured URL is read instead).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from warta.clean import patterns as P
from warta.clean.dates import (
    BareDate,
    FoundDate,
    crawler_date,
    date_from_url,
    find_bare_dates,
    find_dates,
    make_date,
    original_url,
    parse_date_string,
)
from warta.clean.shapes import Labelled, chrome_ratio, ends_dangling
from warta.ingest.export_fields import is_publication_field
from warta.records import PartialDate, RawDoc

_ID_WORDS = frozenset(
    """
    yang dan di ke dari ini itu dengan untuk tidak akan pada juga dalam adalah bahwa oleh
    karena atau sudah telah kata para saat bisa ada mereka kami
    """.split()
)
_EN_WORDS = frozenset(
    """
    the and of to in is that for on with as was are by at this from be it an have has said
    not but they their
    """.split()
)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None
    published: PartialDate | None
    published_evidence: str | None
    page_date: PartialDate | None
    host_site: str | None
    original_source: str | None
    wire_credits: tuple[str, ...]
    author_initials: str | None


def detect_language(text: str) -> str:
    """``id``, ``en`` or ``und`` by the share of each language's commonest words."""
    words = [w.lower() for w in P.WORD_RE.findall(text[:2000])]
    if len(words) < 5:
        return "und"
    ind = sum(w in _ID_WORDS for w in words)
    eng = sum(w in _EN_WORDS for w in words)
    if max(ind, eng) < 0.03 * len(words):
        return "und"
    return "id" if ind >= eng else "en"


def host_from_url(url: str | None) -> str | None:
    """The site of ``url`` without "www."; an archive's capture is read by the URL it
    captured (:func:`~warta.clean.dates.original_url`)."""
    url = original_url(url)
    if not url:
        return None
    host = urlparse(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """``("SURABAYA, KOMPAS.com —", "Pemerintah kota ...")`` or ``(None, paragraph)``.

    A site's prefix may precede the place and date: ``"KONTAN.CO.ID - JAKARTA, 19
    November 2024. Harga ..."`` gives the whole ``"KONTAN.CO.ID - JAKARTA, 19 November
    2024."``."""
    end = 0
    for _ in range(2):
        rest = paragraph[end:]
        # after a site's prefix, only a place + date, or the day of the news
        m = P.DATELINE_DATE_RE.match(rest) or (
            _place_after_site(rest, paragraph[:end]) if end else None
        )
        if not end:
            m = (
                m
                or P.DATELINE_RE.match(rest)
                or _colon_dateline(rest)
                or P.DATELINE_SITE_RE.match(rest)
                or _site_place_dateline(rest)
                or P.DATELINE_GLUED_RE.match(rest)
                or P.DATELINE_BRACKET_RE.match(rest)
                or _period_dateline(rest)
            )
        if not m:
            break
        end += m.end()
    if not end:
        return None, paragraph
    return paragraph[:end].strip(), paragraph[end:]


def _place_after_site(rest: str, prefix: str) -> re.Match[str] | None:
    """After a site's prefix: the day of the news ("Kamis (3/12/2026), ...") or, after a
    bare address ("situs.com –"), the place closed by a full stop ("Sumba Barat. ...",
    :data:`~warta.clean.patterns.DATELINE_PLACE_PERIOD_RE`), which is no word a sentence
    opens with."""
    m = P.DATELINE_DAY_RE.match(rest)
    if m is not None:
        return m
    site = prefix.strip().rstrip("-–—").strip()
    if " " in site or not P.DOMAIN_RE.fullmatch(site):
        return None
    m = P.DATELINE_PLACE_PERIOD_RE.match(rest)
    if m is None or m.group().split()[0].lower() in P.NOT_A_PLACE | P.FUNCTION_WORDS:
        return None
    return m


def _site_place_dateline(paragraph: str) -> re.Match[str] | None:
    """ "Situsku.com, Sumba Barat. Warga ...": the site, then the place closed by a full
    stop (:data:`~warta.clean.patterns.DATELINE_SITE_PLACE_RE`); the place is no word a
    sentence opens with ("Situs.id, Benar. ..." is a quote), and the lead does not point
    back at it: "Situs.net-Persija Jakarta. Klub ini ..." names the story's subject, which
    "klub ini" then takes up, not where the story was filed.

    >>> _site_place_dateline("Situs.net-Persija Jakarta. Klub ini kembali menang.") is None
    True
    >>> _site_place_dateline("Situs.com-Pematang Siantar. Harga beras naik.").group("place")
    'Pematang Siantar'
    """
    m = P.DATELINE_SITE_PLACE_RE.match(paragraph)
    if m is None or m.group("place").split()[0].lower() in P.NOT_A_PLACE | P.FUNCTION_WORDS:
        return None
    if _POINTS_BACK.match(paragraph, m.end()):
        return None
    return m


#: A lead opening on a noun and a demonstrative ("Klub ini", "Kota tersebut"): it takes
#: up the words just before it.
_POINTS_BACK = re.compile(r"[A-Z][a-z]+\s+(?:ini|itu|tersebut)\b")


def _colon_dateline(paragraph: str) -> re.Match[str] | None:
    """ "KUDUS (Kabar Kita): ...": the place and the outlet in brackets, closed by a colon
    (:data:`~warta.clean.patterns.DATELINE_COLON_RE`). Words in brackets whose initials
    spell the capitals before them expand an acronym ("BMKG (Badan Meteorologi Klimatologi
    Geofisika): ..."): a body's name, no place."""
    m = P.DATELINE_COLON_RE.match(paragraph)
    if m is None or "(" not in m.group():
        return m
    before, inside = m.group().split("(", 1)
    initials = "".join(word[0] for word in inside.split() if word[0].isupper())
    return None if initials.upper() == before.strip().upper() else m


def _period_dateline(paragraph: str) -> re.Match[str] | None:
    """ "Jakarta. The government ...": a place closed by a full stop over a lead of
    several words (:data:`~warta.clean.patterns.DATELINE_PERIOD_RE`), as English-language
    papers write it; an Indonesian lead may open on a one-word sentence ("Kecewa.
    Perasaan itu ..."), which is no place."""
    m = P.DATELINE_PERIOD_RE.match(paragraph)
    if m is None or m.group("place").split()[0].lower() in P.NOT_A_PLACE:
        return None
    if detect_language(paragraph[m.end() :]) != "en":
        return None
    if len(paragraph[m.end() :].split()) < PERIOD_DATELINE_LEAD_WORDS:
        return None
    return m


# The lead after a full-stop dateline is a paragraph's sentence: many words.
PERIOD_DATELINE_LEAD_WORDS = 12


def wires_in(text: str) -> list[str]:
    names = []
    for part in re.split(r"[,/&]| dan | and ", text):
        key = part.strip().strip(".").lower()
        if key in P.WIRES:
            names.append(P.WIRES[key])
    return names


def _published(
    raw: RawDoc,
    labelled: list[Labelled],
    first_paragraph: str | None,
    dateline: str | None,
    *,
    page_date: PartialDate | None = None,
    crawler: str | None = None,
) -> tuple[PartialDate | None, str | None]:
    """The publication date and its evidence, strongest evidence first: the container's
    metadata, a date line on the page (a dateline, a byline with its timestamp, a
    publication line), the URL, the lead's own date; then, for a lead that gives only
    "Weekday (d/m)", the full date the page states elsewhere for that day, a crawler's
    date prefix, or the page's "today" date a few days later on the same weekday."""
    if raw.published:
        date = parse_date_string(raw.published)
        # A date the extractor read off the page's revision line ("Diperbarui ...") is
        # when the story was updated, not published: the page's other evidence decides.
        if date and not _is_revision_date(date, labelled):
            return date, f"metadata: {raw.published}"
    # A site header's clock ("Kamis, 28 Nov 2024 08:11 WIB") stands above the headline
    # too, so a date line below the title is the article's; above it, only the line right
    # over the title (bylines and share buttons aside) dates the article: a date further
    # up, over the menu and the section name, is the header's "today", which only says
    # when the page was seen. Above, it counts only when the URL gives no date.
    title_at = next((i for i, x in enumerate(labelled) if x.label == "title"), -1)
    lines = [
        (i, item, dates[0].date)
        for i, item in enumerate(labelled)
        if item.label in ("dateline", "byline", "post-meta")
        or (item.label == "page-date" and _has_time(item.line.text))
        or (item.label == "page-date" and _beside_byline(i, labelled))
        or (item.label == "page-date" and _under_account(i, title_at, labelled))
        or (item.label == "page-date" and _under_kicker(i, title_at, labelled))
        or (item.label == "page-date" and _under_header_date(i, title_at, labelled))
        or (
            item.label == "page-date"
            and _over_title(i, title_at, labelled)
            and _clock_only_byline(labelled)
        )
        or (item.label == "attribution" and P.PUBLISHED_WORD_RE.search(item.line.text))
        if (dates := find_dates(item.line.text))
    ]
    lines = [s for s in lines if not _named_other_date(s[0], labelled)]
    below = [s for s in lines if s[0] > title_at]
    if below:
        return below[0][2], f"stated: {below[0][1].line.text}"
    folio = _folio(labelled)
    if folio is not None:
        return find_dates(folio)[0].date, f"stated: {folio} (a printed page's folio)"
    lines = [s for s in lines if _over_title(s[0], title_at, labelled)]
    date = date_from_url(raw.url)
    stated_lead = _lead_date(first_paragraph, dateline)
    if stated_lead and page_date and _later_than(stated_lead[0], page_date):
        # The page was seen before that day: the lead names a day still to come.
        stated_lead = None
    if date and date.day is None:
        # A URL gives the month only (".../2024/08/slug"): a date line of that month on
        # the page (a blog's date header) gives the day, without contradicting the URL,
        # and so does the lead's own full date of that month ("..., Rabu (5/3/2025)").
        for item in labelled:
            if item.label != "page-date":
                continue
            for found in find_dates(item.line.text):
                if (found.date.year, found.date.month) == (date.year, date.month):
                    return found.date, f"url: {raw.url} + stated: {item.line.text}"
        if stated_lead and (stated_lead[0].year, stated_lead[0].month) == (date.year, date.month):
            return stated_lead[0], f"url: {raw.url} + {stated_lead[1]}"
    if date:
        return date, f"url: {raw.url}"
    if lines:
        return lines[-1][2], f"stated: {lines[-1][1].line.text}"
    if stated_lead:
        return stated_lead
    lead = _first_sentence(first_paragraph)
    bare = find_bare_dates(f"{dateline or ''} {lead}")
    if bare:
        stated = _stated_elsewhere(bare[0], labelled)
        if stated:
            return stated[0], f"stated: {bare[0].text} = {stated[1]}"
    if crawler:
        date = crawler_date(crawler)
        if date:
            return date, f"crawler: {crawler}"
    if bare and page_date is not None:
        date = _shortly_before(bare[0], page_date)
        if date:
            return date, f"inferred: weekday '{bare[0].text}' + page date {page_date.iso}"
    if bare and page_date is None:
        dated = _in_copyright_year(bare[0], labelled)
        if dated is not None:
            return dated
    if not bare:
        in_year = _dateline_day_in_page_year(dateline, labelled)
        if in_year[0] is None and page_date is not None:
            return _opening_weekday_before(labelled, page_date)
        return in_year
    return None, None


# The story's age in days as a page prints it under the headline: "1 hari lalu", "2 hari
# yang lalu · 1.204 kali dibaca".
_AGE_IN_DAYS_RE = re.compile(r"^\s*(?P<days>\d{1,2}|se|satu)\s*hari\s+(?:yang\s+)?lalu\b", re.I)
# The story's opening paragraphs searched for its "Weekday (d/m)".
OPENING_PARAGRAPHS = 2


def _opening_weekday_before(
    labelled: list[Labelled], page_date: PartialDate
) -> tuple[PartialDate | None, str | None]:
    """The day of a "Weekday (d/m)" in the story's opening paragraphs
    (:data:`OPENING_PARAGRAPHS`) when the page's age line over the story ("1 hari lalu")
    counts back from its "today" date to that very day, on its weekday. Either alone
    leaves the day open: the weekday may name the news before the story was written, and
    an age counted in whole days may fall a day off; together they agree on the day."""
    first_body = next((i for i, x in enumerate(labelled) if x.label == "body"), len(labelled))
    age = next(
        (m for x in labelled[:first_body] if (m := _AGE_IN_DAYS_RE.match(x.line.text))), None
    )
    if age is None or page_date.day is None or page_date.month is None:
        return None, None
    days = 1 if age["days"].lower() in ("se", "satu") else int(age["days"])
    written = datetime.date(page_date.year, page_date.month, page_date.day) - datetime.timedelta(
        days=days
    )
    body = [x.line.text for x in labelled if x.label == "body"][:OPENING_PARAGRAPHS]
    for bare in find_bare_dates(" ".join(body)):
        date = _shortly_before(bare, page_date)
        if date is not None and date.iso == written.isoformat():
            return date, (
                f"inferred: weekday '{bare.text}' + page date {page_date.iso} - {age.group(0)}"
            )
    return None, None


def _later_than(date: PartialDate, seen: PartialDate) -> bool:
    """``date`` falls after the day ``seen`` (as far as both are known)."""
    if date.year != seen.year or date.month is None or seen.month is None:
        return date.year > seen.year
    if date.month != seen.month or date.day is None or seen.day is None:
        return date.month > seen.month
    return date.day > seen.day


def _beside_byline(i: int, labelled: list[Labelled]) -> bool:
    """Line ``i`` stands next to the author's byline: the article's meta block ("Oleh
    Nama" / "Nov 14, 2024"), not the site header's "today" date over the menu."""
    return any(0 <= j < len(labelled) and labelled[j].label == "byline" for j in (i - 1, i + 1))


# An account's handle as a social platform prints it: lower case, no spaces
# ("kabarkota", "kabar.kota_id").
_HANDLE_RE = re.compile(r"^@?[a-z0-9][a-z0-9._]{2,29}$")


def _under_account(i: int, title_at: int, labelled: list[Labelled]) -> bool:
    """Line ``i`` is a post's date: right over the post's first line (the title), under
    the account that posted it, its handle within the two lines above ("kabarkota" /
    "Kabar Kota" / "02/12/26"). A site header's date never stands under a handle."""
    if title_at != i + 1:
        return False
    return any(
        0 <= j < len(labelled) and _HANDLE_RE.match(labelled[j].line.text.strip())
        for j in (i - 1, i - 2)
    )


# A phone's collapsed menu: its icon opening the header's line ("☰  Situs  🔍").
_COLLAPSED_MENU_RE = re.compile(r"^\s*[☰≡]")


def _under_kicker(i: int, title_at: int, labelled: list[Labelled]) -> bool:
    """Line ``i`` is the story's date: right over the title and right under the story's
    section name (a kicker), the site's menu (or a phone's collapsed menu, "☰") above
    both, or right under the story's breadcrumb trail. The header's "today" date stands
    over the menu, never between the story's section name and its headline."""
    if title_at != i + 1 or i < 1:
        return False
    if P.HOME_TRAIL_RE.match(labelled[i - 1].line.text):
        # The story's breadcrumb trail ("Home » Ekonomi") names its section from the
        # site's home: it stands under the menu, so a date under it is the story's.
        return True
    if not _is_rubric(labelled[i - 1]):
        return False
    return any(
        x.label == "navigation" or _COLLAPSED_MENU_RE.match(x.line.text) for x in labelled[: i - 1]
    )


def _under_header_date(i: int, title_at: int, labelled: list[Labelled]) -> bool:
    """Line ``i`` is the story's date: right over the title, with the site's menu and
    another date line above it. A header prints one "today", over its menu; a second date
    under the menu, against the headline, is the story's own."""
    if title_at != i + 1:
        return False
    header = next((j for j in range(i) if labelled[j].label == "page-date"), None)
    return header is not None and any(
        x.label == "navigation" for x in labelled[header + 1 : i]
    )


def _clock_only_byline(labelled: list[Labelled]) -> bool:
    """A byline gives the time of posting without its day ("Diposting oleh Admin di
    15.30"): a blog's post, whose day is the date header right over its title."""
    return any(
        x.label == "byline" and _CLOCK_RE.search(x.line.text) and not find_dates(x.line.text)
        for x in labelled
    )


# A time of day: "15.30", "09:05" (not a number such as "2.500").
_CLOCK_RE = re.compile(r"\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.,]\d)")


def _named_other_date(i: int, labelled: list[Labelled]) -> bool:
    """Whether line ``i`` is the value of a record's field named for a date other than
    the publication ("Tanggal masuk", "Diunggah", "Date added" on the line over it): a
    record copied from a database or a form gives each date under its field's name, and
    the day an item was entered, clipped or edited is the team's, never the story's."""
    if i == 0:
        return False
    name = labelled[i - 1].line.text.strip()
    if len(name.split()) > _FIELD_NAME_WORDS or not _DATE_FIELD_RE.search(name):
        return False
    if re.search(r"[\d.,;!?]", name.rstrip(":")):
        return False
    return not is_publication_field(name)


# A record's field name: a few words, naming a date (a day, a time, an upload).
_FIELD_NAME_WORDS = 3
_DATE_FIELD_RE = re.compile(
    r"^(?:tanggal|tgl|waktu|date|diunggah|dibuat|diubah|created|modified|added|"
    r"uploaded)\b",
    re.IGNORECASE,
)


def _is_revision_date(date: PartialDate, labelled: list[Labelled]) -> bool:
    """``date`` is the day of a revision line ("Diperbarui 4 Okt 2024") on the page."""
    return any(
        x.label == "updated" and any(d.date == date for d in find_dates(x.line.text))
        for x in labelled
    )


def _first_sentence(paragraph: str | None) -> str:
    return re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0] if paragraph else ""


def _lead_date(first_paragraph: str | None, dateline: str | None) -> tuple[PartialDate, str] | None:
    """The full date the lead states for the news, with its evidence, or ``None``.

    The first sentence of a news lead names the day of the news: "..., Kamis
    (14/3/2024)." Accepted with a weekday or a dateline, so that a date quoted later in
    the lead ("sejak 2019") is not taken for the publication date."""
    for found in find_dates(dateline or ""):
        return found.date, f"stated: {dateline}"  # "JAKARTA, Kamis (12/9/2024) —"
    sentence = _first_sentence(first_paragraph)
    for found in find_dates(sentence):
        if (found.has_weekday or dateline) and not announces(sentence, found):
            evidence = f"{dateline} ... {found.text}" if dateline else found.text
            return found.date, f"stated: {evidence}"
    # A dated lead may name the day in its second sentence ("BANJAR (KL) - Polisi membongkar
    # komplotan ... . Empat orang ditangkap Rabu (5/3/2025)."): under a dateline, the
    # lead paragraph's first weekday with a full date is the day of the news.
    if dateline:
        for found in find_dates(first_paragraph or ""):
            if (
                found.has_weekday
                and found.date.day is not None
                and not announces(first_paragraph or "", found)
            ):
                return found.date, f"stated: {dateline} ... {found.text}"
    return None


# The words that make a date in the lead the day of something still to come: a tariff
# that applies "mulai Senin (14/12)", a rule due "paling lambat 1 Maret", a visit that
# "akan" take place, a match "Sabtu (12/12) mendatang" or "pekan depan". The news is told
# before that day, so that date is never the day of publication. "Hingga/sampai Kamis"
# stays: a lead says so of the news day ("Hingga Kamis (3/12) pagi, banjir belum surut"),
# and "mulai" only right before the date ("warga mulai mengungsi Kamis (3/12)" is news).
_COMING_BEFORE_RE = re.compile(
    r"(?:\b(?:mulai|lambat|tenggat|starting|until)\W*"
    r"|\b(?:akan|dijadwalkan|direncanakan|rencananya|will)\W+(?:\w+\W+){0,2})$",
    re.IGNORECASE,
)
_COMING_AFTER_RE = re.compile(
    r"^\W*(?:(?:pekan|minggu|bulan|tahun)\s+depan|mendatang|nanti)\b", re.IGNORECASE
)


def announces(sentence: str, found: FoundDate) -> bool:
    """``found`` (a date in ``sentence``) is the day of something still to come.

    >>> from warta.clean.dates import find_dates
    >>> s = "Tarif bus kota naik mulai Senin (14/12/2026) minggu depan."
    >>> announces(s, find_dates(s)[0])
    True
    >>> s = "Banjir merendam 300 rumah di Kota Baru, Rabu (2/12/2026)."
    >>> announces(s, find_dates(s)[0])
    False
    """
    return bool(
        _COMING_BEFORE_RE.search(sentence[: found.start])
        or _COMING_AFTER_RE.match(sentence[found.end :])
    )


# A printed page's number, alone on its line in the folio: "7", "12"; the folio holds the
# paper's name, the date, the section and the number.
FOLIO_MAX_LINES = 5
_PAGE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*$")


def _folio(labelled: list[Labelled]) -> str | None:
    """The date line of a printed page's folio, the edition's date: an e-paper's text
    opens with the paper's name, the date, the section and the page number in one block
    ("KORAN KITA / KAMIS, 5 DESEMBER 2024 / NASIONAL / 7"). A web page's header date says
    when the page was seen; a folio's is the day the story was printed."""
    # A folio on one line: the paper, the date and "HALAMAN 4" (its label says so).
    line = next((x.line.text for x in labelled if x.label == "folio"), None)
    if line is not None:
        return line
    # The folio heads the page: only the first block is read, and it is a few lines.
    block = [x for x in labelled if x.line.block == labelled[0].line.block] if labelled else []
    if len(block) > FOLIO_MAX_LINES or not any(_PAGE_NUMBER_RE.match(x.line.text) for x in block):
        return None
    return next(
        (x.line.text for x in block if x.label == "page-date" and not _has_time(x.line.text)),
        None,
    )


# What may stand between a date line and the headline it dates, above it: the author's
# name and other date lines of the article's meta block.
# (A newsletter's greeting to its readers stands between its issue line and the story.)
_OVER_TITLE_LABELS = frozenset({"byline", "dateline", "updated", "greeting"})
# Share and comment buttons sit in the article's meta block with its date and author;
# the site's menu and section name sit under the header's clock. A button is a line of
# a few words, all chrome vocabulary ("Bagikan", "Komentar").
_BUTTON_WORDS = 3


def _over_title(i: int, title_at: int, labelled: list[Labelled]) -> bool:
    """Line ``i`` stands right over the title, with only bylines, date lines or share
    buttons between (no menu), and at most one section name when the menu is above it."""
    if not 0 <= i < title_at:
        return False
    between = labelled[i + 1 : title_at]
    if all(x.label in _OVER_TITLE_LABELS or _is_button(x) for x in between):
        return True
    # One section name between (a kicker) is allowed when the site's menu stands above
    # the date: the header's clock stands over the menu, the article's date under it.
    rubrics = [x for x in between if _is_rubric(x)]
    if (
        len(rubrics) == 1
        and all(x.label in _OVER_TITLE_LABELS or _is_button(x) or _is_rubric(x) for x in between)
        and any(x.label == "navigation" for x in labelled[:i])
    ):
        return True
    # Or when the date carries its revision line right under it ("Update: ..."): a header's
    # clock is never revised, so the pair is the story's own, a section name under it.
    sections = [x for x in between[1:] if _is_rubric(x) or _is_section_link(x)]
    return (
        bool(between)
        and between[0].label == "updated"
        and 1 <= len(sections) <= _SECTIONS_UNDER_REVISION
        and all(
            x.label in _OVER_TITLE_LABELS or _is_button(x) or x in sections for x in between[1:]
        )
    )


# A section and its sub-section may stand between a revised date and the headline.
_SECTIONS_UNDER_REVISION = 2


# A section's link over the headline: a word or a few with no trail's separators.
_SECTION_LINK_RE = re.compile(r"^[^›>»/|·•]+$")


def _is_section_link(item: Labelled) -> bool:
    """A section name the menu's words made navigation ("Berita Daerah"): a few words,
    no trail's separators, no sentence."""
    return (
        item.label == "navigation"
        and item.line.words <= _RUBRIC_MAX_WORDS
        and bool(_SECTION_LINK_RE.match(item.line.text))
        and not item.line.text.rstrip().endswith((".", ":", "?", "!"))
    )


# A section name is a word or a few ("Hukum & Kriminal", "EKONOMI").
_RUBRIC_MAX_WORDS = 4


def _is_rubric(item: Labelled) -> bool:
    """A section name over the headline (a kicker): a short header line, no sentence."""
    return (
        item.label == "header"
        and item.line.words <= _RUBRIC_MAX_WORDS
        and not item.line.text.rstrip().endswith((".", ":", "?", "!"))
    )


def _is_button(item: Labelled) -> bool:
    return (
        item.label == "navigation"
        and item.line.words <= _BUTTON_WORDS
        and (chrome_ratio(item.line.text) >= 1.0 or bool(_SHARE_PROMPT_RE.match(item.line.text)))
    )


# A share button's prompt in the meta block: "Bagikan artikel ini", "Share this story".
_SHARE_PROMPT_RE = re.compile(
    r"^\s*(?:bagikan|share)\s+(?:artikel|berita|tulisan|this)(?:\s+(?:ini|article|story))?\s*:?\s*$",
    re.IGNORECASE,
)


# A page's "today" date dates a bare "Weekday (d/m)" lead only when the two are this close
# (days): a page saved within a week of the news. Later captures (archives) leave it
# undated; the weekday must match as well, which a wrong year does 1 time in 7.
PAGE_DATE_WINDOW_DAYS = 7


def _stated_elsewhere(bare: BareDate, labelled: list[Labelled]) -> tuple[PartialDate, str] | None:
    """A full date anywhere on the page for the day of ``bare``, on its weekday: the page
    states the year the lead leaves out. Two different years leave it undecided."""
    hits: dict[PartialDate, str] = {}
    for item in labelled:
        for found in find_dates(item.line.text):
            d = found.date
            if d.day == bare.day and d.month == bare.month and bare.in_year(d.year) == d:
                hits.setdefault(d, item.line.text)
    if len(hits) != 1:
        return None
    return next(iter(hits.items()))


# The year a copyright line ends with: "© 2026 Situs", "Copyright © 2019-2026 Situs".
_COPYRIGHT_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _in_copyright_year(bare: BareDate, labelled: list[Labelled]) -> tuple[PartialDate, str] | None:
    """``bare`` in the year the page's copyright line ends with, when its weekday falls
    so. A site prints its current year there: the year the page was served, which for a
    page saved with the news (no archive's date over it) is the story's own; the weekday
    must fit that year as well, which a wrong year does 1 time in 7."""
    line = next((x.line.text for x in labelled if x.label == "copyright"), None)
    years = _COPYRIGHT_YEAR_RE.findall(line or "")
    if not years:
        return None
    date = bare.in_year(int(years[-1]))
    if date is None:
        return None
    return date, f"inferred: weekday '{bare.text}' + copyright year: {line}"


def _shortly_before(bare: BareDate, page_date: PartialDate) -> PartialDate | None:
    """``bare`` in the year that puts it shortly before ``page_date``, on its weekday."""
    year = _year_shortly_before(bare.day, bare.month, page_date)
    return bare.in_year(year) if year is not None else None


# A dateline's day and month with neither weekday nor year, as market desks write it:
# "Kabarbursa, (12/9) -".
_DATELINE_DAY_MONTH_RE = re.compile(r"\(\s*(?P<day>[0-3]?\d)\s*/\s*(?P<month>[01]?\d)\s*\)")


def _dateline_day_in_page_year(
    dateline: str | None, labelled: list[Labelled]
) -> tuple[PartialDate | None, str | None]:
    """A dateline's "(d/m)" dated by the page's own full dates: the day falls in the one year
    that puts it within :data:`PAGE_DATE_WINDOW_DAYS` before a date the page states (its
    "today" in the header, a day the story names), the page being written or seen within
    that week. No such date, or dates giving two years, leave it undated: the year is
    never guessed against the page."""
    m = _DATELINE_DAY_MONTH_RE.search(dateline or "")
    if m is None:
        return None, None
    years: dict[int, str] = {}
    for item in labelled:
        for found in find_dates(item.line.text):
            year = _year_shortly_before(int(m["day"]), int(m["month"]), found.date)
            if year is not None:
                years.setdefault(year, item.line.text)
    if len(years) != 1:
        return None, None
    year, line = next(iter(years.items()))
    return make_date(year, int(m["month"]), int(m["day"])), f"inferred: {dateline} + {line}"


def _year_shortly_before(day: int, month: int, seen: PartialDate) -> int | None:
    """The year in which ``day``/``month`` lies 0 to :data:`PAGE_DATE_WINDOW_DAYS` days
    before the full date ``seen``, or None."""
    import datetime

    if seen.month is None or seen.day is None:
        return None
    today = datetime.date(seen.year, seen.month, seen.day)
    for year in (seen.year, seen.year - 1):
        date = make_date(year, month, day)
        if date is None or date.month is None or date.day is None:
            continue
        if 0 <= (today - datetime.date(year, date.month, date.day)).days <= PAGE_DATE_WINDOW_DAYS:
            return year
    return None


def _has_time(text: str) -> bool:
    dates = find_dates(text)
    return bool(dates) and dates[0].has_time


def extract_metadata(
    raw: RawDoc,
    labelled: list[Labelled],
    first_paragraph: str | None,
    dateline: str | None,
    *,
    crawler: str | None = None,
    header_day: str | None = None,
) -> Metadata:
    """Metadata of one document from its labelled lines and its first body paragraph.
    ``header_day`` (ISO) is the site header's "today" date read off the markup when the
    page's text leaves it out (an HTML page's): the page's date when no line gives one."""
    title = next((x.line.text for x in labelled if x.label == "title"), None) or raw.title
    title = strip_site_suffix(title, labelled, raw.url)
    title = strip_subject_label(title)
    title = strip_page_suffix(title)
    title = strip_trailing_symbols(title)
    page_date = None
    for i, item in enumerate(labelled):
        # A clock-less date beside the byline is the article's (see :func:`_published`).
        if (
            item.label == "page-date"
            and not _has_time(item.line.text)
            and not _beside_byline(i, labelled)
        ):
            page_date = find_dates(item.line.text)[0].date
            break
    # A reader app's save date ("Saved Jan 9, 2025") says when the page was seen, as a
    # header's date does: the page's date, never the publication date.
    saved = next((x for x in labelled if x.label == "saved"), None)
    if page_date is None and saved is not None:
        page_date = find_dates(saved.line.text)[0].date
    if page_date is None and header_day:
        page_date = parse_date_string(header_day)
    # A header clock ("Selasa, 3 Desember 2024 - 09:18 WIB" over the menu) is not the
    # page's date line, but it says when the page was seen just as well: it bounds a bare
    # "Weekday (d/m)" lead when the page has no clock-less date line.
    seen = page_date or next(
        (find_dates(x.line.text)[0].date for x in labelled if x.label == "page-date"), None
    )
    published, evidence = _published(
        raw, labelled, first_paragraph, dateline, page_date=seen, crawler=crawler
    )

    host = host_from_url(raw.url)
    if host is None:
        for item in labelled:
            if item.label == "copyright":
                m = P.COPYRIGHT_HOST_RE.search(item.line.text)
                if m:
                    host = m.group("host")
                    break
    if host is None and dateline:
        m = P.DOMAIN_RE.search(dateline)
        if m:
            host = m.group(1).lower()

    original = None
    for item in labelled:
        if item.label == "attribution":
            m = P.ATTRIBUTION_RE.match(item.line.text)
            if m:
                original = m.group("source").strip(" .")
                break

    wires: list[str] = []
    initials = None
    for item in labelled:
        if item.label == "wire-credit":
            m = P.WIRE_LINE_RE.match(item.line.text)
            if m:
                wires.extend(wires_in(m.group("wires")))
                initials = initials or m.group("initials")
    if dateline:
        wires.extend(wires_in(" ".join(re.findall(r"\(([^)]+)\)", dateline))))
    last_body = next((x.line.text for x in reversed(labelled) if x.label == "body"), "")
    tail = P.WIRE_TAIL_RE.search(last_body)
    if tail:
        wires.extend(wires_in(tail.group("wires")))
    return Metadata(
        title=title,
        published=published,
        published_evidence=evidence,
        page_date=page_date,
        host_site=host,
        original_source=original,
        wire_credits=tuple(dict.fromkeys(wires)),
        author_initials=initials,
    )


# The separators a site puts between a headline and its own name ("Judul | Situs",
# "Judul - situs.com", "Judul — SITUS"): spaced, so a hyphenated word is not one.
_SUFFIX_SEP_RE = re.compile(r"\s+(?:\||-|–|—|::|•|»)\s+")
_DOMAIN_ONLY_RE = re.compile(r"^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2}$")
# A host's address alone on a line, its labels hyphenated or not ("kabar.situs-induk.com").
_ADDRESS_LINE_RE = re.compile(r"^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+){0,3}\.[A-Za-z]{2,6}$")
# A reader app's saved title: the site's address printed after the headline with a
# space only ("Judul Berita situs.com"), lower case as addresses are written.
_GLUED_ADDRESS_RE = re.compile(r"\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,6}){1,2}\s*$")
# A site's name is a few words; a headline's second clause is longer.
SITE_SUFFIX_MAX_WORDS = 4
# A site's channel is named by the site's name and more ("detikKota" at detik.com): read
# only against a host label of this many characters (a mobile "m." names no site).
CHANNEL_HOST_MIN_CHARS = 4
# A headline keeps at least this many words once the site's name is cut off.
TITLE_MIN_WORDS = 3


# A letter's subject field standing for its headline: "Perihal : X", "Hal: X", "Subject: X".
_SUBJECT_LABEL_RE = re.compile(r"^\s*(?:perihal|hal|subjek|subject)\s*:\s*(?=\S)", re.IGNORECASE)


def strip_subject_label(title: str | None) -> str | None:
    """``title`` without the field name of a letter's subject line: a disclosure letter or
    a circular gives its headline as "Perihal : Rencana Pengambilalihan ...", and the
    headline is what follows the colon.

    >>> strip_subject_label("Perihal : Pemberitahuan Jadwal Rapat Umum")
    'Pemberitahuan Jadwal Rapat Umum'
    >>> strip_subject_label("Hal: Penting")
    'Hal: Penting'
    >>> strip_subject_label("Halte Baru: Warga Senang")
    'Halte Baru: Warga Senang'
    """
    if not title:
        return title
    m = _SUBJECT_LABEL_RE.match(title)
    if m is None or len(title[m.end() :].split()) < SUBJECT_MIN_WORDS:
        return title
    return title[m.end() :]


SUBJECT_MIN_WORDS = 3


def strip_trailing_symbols(title: str | None) -> str | None:
    """``title`` without the emoji and pictographs a post puts after its headline.

    >>> strip_trailing_symbols("Banjir Rob Rendam Pesisir, 200 Warga Mengungsi 🧵👇")
    'Banjir Rob Rendam Pesisir, 200 Warga Mengungsi'
    >>> strip_trailing_symbols("Harga Naik 5%")
    'Harga Naik 5%'
    >>> strip_trailing_symbols("BUS TERGULING DI TANJAKAN 😢 #berita #subang")
    'BUS TERGULING DI TANJAKAN'
    >>> strip_trailing_symbols("* Bus Kota Tambah Rute ke Pantai")
    'Bus Kota Tambah Rute ke Pantai'
    """
    if not title:
        return title
    import unicodedata

    # A post's hashtags after its headline go with the emoji: "JUDUL 😢 #berita #kota".
    tagged = _TRAILING_HASHTAGS_RE.search(title)
    if tagged and len(title[: tagged.start()].split()) >= TITLE_MIN_WORDS:
        title = title[: tagged.start()]
    end = len(title)
    while end and (
        unicodedata.category(title[end - 1]) in ("So", "Sk", "Mn", "Cf") or title[end - 1].isspace()
    ):
        end -= 1
    title = title[:end] if end else title
    # A list's marker before the headline (a contents list repeating it): "* Judul".
    return _LEADING_MARKER_RE.sub("", title)


_TRAILING_HASHTAGS_RE = re.compile(r"(?:\s+#[\w]+)+\s*$")
_LEADING_MARKER_RE = re.compile(r"^\s*[*•·▪►-]\s+(?=\S)")


def strip_page_suffix(title: str | None) -> str | None:
    """``title`` without the page number a paginated story puts after its headline.

    >>> strip_page_suffix("Lima Cara Menabung Air di Musim Kemarau - Halaman 2")
    'Lima Cara Menabung Air di Musim Kemarau'
    >>> strip_page_suffix("Harga Cabai Naik (Halaman 3)")
    'Harga Cabai Naik'
    >>> strip_page_suffix("Warga Menanti Halaman 2")
    'Warga Menanti Halaman 2'
    """
    if not title:
        return title
    m = P.PAGE_SUFFIX_RE.search(title)
    if m is None or len(title[: m.start()].split()) < SUBJECT_MIN_WORDS:
        return title
    return title[: m.start()].rstrip()


def strip_site_suffix(title: str | None, labelled: list[Labelled], url: str | None) -> str | None:
    """``title`` without the site's name its page or feed appended to it.

    The last part after a spaced separator is the site's name when it is a few words and
    reads as one: an address ("situs.com"), a name in capitals after a headline that is
    not ("Judul Berita — KABAR KITA"), the name the URL's host spells ("Kabar Kita" at
    kabarkita.id), a line the page prints elsewhere (its masthead, its copyright), or any
    short part after a bar "|", which a headline never uses as punctuation. Otherwise the
    title is left whole (a headline may join two clauses with a dash). A lower-case
    address glued after the headline by a space (a reader app's saved title) goes too.

    >>> strip_site_suffix("Harga Cabai Naik Lagi | Kabar Kita", [], None)
    'Harga Cabai Naik Lagi'
    >>> strip_site_suffix("Wali Kota - Warga Bertemu di Balai Desa", [], None)
    'Wali Kota - Warga Bertemu di Balai Desa'
    """
    if not title:
        return title
    glued = _GLUED_ADDRESS_RE.search(title)
    if glued:
        head = title[: glued.start()].rstrip(" |-–—·:•»")
        if len(head.split()) >= TITLE_MIN_WORDS:
            return head
    seps = list(_SUFFIX_SEP_RE.finditer(title))
    if not seps:
        return title
    head, suffix = title[: seps[-1].start()], title[seps[-1].end() :].strip()
    if len(head.split()) < TITLE_MIN_WORDS or not 0 < len(suffix.split()) <= SITE_SUFFIX_MAX_WORDS:
        return title
    if _is_site_name(suffix, head, seps[-1].group().strip(), labelled, url):
        return head.strip()
    return title


def _is_site_name(
    suffix: str, head: str, sep: str, labelled: list[Labelled], url: str | None
) -> bool:
    """``suffix`` (cut off a headline ``head`` at ``sep``) names the site (see
    :func:`strip_site_suffix`)."""
    if sep == "|" or _DOMAIN_ONLY_RE.match(suffix):
        return True
    letters = [c for c in suffix if c.isalpha()]
    if len(letters) >= 3 and suffix.isupper() and not head.isupper():
        return True
    squashed = re.sub(r"[^a-z0-9]", "", suffix.lower())
    hosts = _site_host_names(labelled, url)
    if squashed and squashed in hosts:
        return True
    if " " not in suffix.strip() and any(
        len(h) >= CHANNEL_HOST_MIN_CHARS and squashed.startswith(h) for h in hosts
    ):
        return True  # a site's channel: its name then the region's ("detikKota" at detik.com)
    key = " ".join(re.findall(r"\w+", suffix.lower()))
    return any(
        x.label not in ("title", "body")
        and key
        and (
            key == " ".join(re.findall(r"\w+", x.line.text.lower()))
            or (x.label == "copyright" and key in x.line.text.lower())
        )
        for x in labelled
    )


def _site_host_names(labelled: list[Labelled], url: str | None) -> set[str]:
    """The first labels of the hosts the page is at: its URL's, and an address printed
    alone on a line set aside (a reader view heads the story with its site's address,
    "kabarkita.situs-induk.com"), squashed to letters and digits."""
    hosts = [host_from_url(url)]
    hosts += [
        x.line.text.strip()
        for x in labelled
        if x.label not in ("title", "body") and _ADDRESS_LINE_RE.match(x.line.text.strip())
    ]
    return {
        re.sub(r"[^a-z0-9]", "", h.lower().removeprefix("www.").split(".")[0]) for h in hosts if h
    }


def is_truncated(paragraphs: list[str], subheadings: set[int]) -> bool:
    """Text cut mid-sentence: a paragraph ending on a word no sentence ends on
    ("... pertama kalinya dengan"), or a last paragraph that stops without punctuation.

    Mid-body paragraphs without a full stop are common and legitimate (list items,
    table rows, lines ending in ":"), so only the dangling-word test applies to them.
    """
    body = [p for i, p in enumerate(paragraphs) if i not in subheadings]
    if any(ends_dangling(p) for p in body):
        return True
    if body:
        last = body[-1].rstrip()
        if last.endswith(("…", "...")):
            return True
        if len(last.split()) >= 8 and last[-1:].isalpha() and last[-1:].islower():
            return True
    return False
