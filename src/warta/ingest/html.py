"""HTML pages: main text and metadata through trafilatura.

trafilatura does the markup-aware part (boilerplate blocks, title, date, site name);
its output then goes through the same line classifier as page-text dumps, which
catches what markup does not tell (captions written as paragraphs, "Baca juga" lines).
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from warta.errors import MalformedInputError
from warta.ingest.feed_item import read_feed_item
from warta.ingest.json_feed import read_json_feed_item
from warta.ingest.wp_post import is_json, read_wp_post
from warta.records import RawDoc


def extract_html(raw: RawDoc) -> tuple[str, RawDoc]:
    """Main text of an HTML document, and the document with title/date/url hints set.

    A feed document holding one item (an RSS ``<item>``, an Atom ``<entry>`` saved as a
    file) is read as that item: its title, date, link and content
    (:mod:`warta.ingest.feed_item`), and so is a JSON Feed holding one item
    (:mod:`warta.ingest.json_feed`); a WordPress REST response holding one post, as that
    post (:mod:`warta.ingest.wp_post`).

    Raises :class:`MalformedInputError` when no article text can be found in the page.
    """
    import trafilatura

    item = (
        read_feed_item(raw.content) or read_json_feed_item(raw.content) or read_wp_post(raw.content)
    )
    if item is not None:
        return item.text, replace(
            raw,
            title=raw.title or item.title,
            published=raw.published or item.published,
            url=raw.url or item.url,
        )

    if is_json(raw.content):
        where = raw.provenance.locator()
        raise MalformedInputError(
            f"{where}: a JSON document, not an HTML page, and not one WordPress post "
            "(an index of several posts, or another API's response); save the article's "
            "page, or the API response for that one post",
            detail={"where": where},
        )
    doc = trafilatura.bare_extraction(
        without_note_dates(raw.content),
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        # Only a date the markup states (meta tags, <time>, the URL): the extensive search
        # guesses from any year in the page ("© 2024" gives 2024-01-01), and the page
        # text's date lines are read by the line classifier with their evidence.
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": LATEST_MARKUP_DATE,
        },
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        where = raw.provenance.locator()
        raise MalformedInputError(
            f"{where}: no article text found in the HTML (broken markup or a page "
            "without an article); check that it is a news article page",
            detail={"where": where},
        )
    hints = replace(
        raw,
        title=raw.title or headline_of_title_tag(raw.content, getattr(doc, "title", None)),
        published=raw.published or first_published(raw.content, getattr(doc, "date", None)),
        url=raw.url or getattr(doc, "url", None),
    )
    # trafilatura separates paragraphs by single newlines; the classifier reads blocks.
    return text.replace("\n", "\n\n"), hints


# A note app's page export (Notion and its like) keeps a properties table over the clipped
# story: the note's own dates say when the note was made, edited or saved, never when the
# story came out, yet the markup reader takes their <time> for the publication. A row is
# the note's when its class names such a field (Notion: "property-row-created_time") or
# its header cell says so ("Dibuat", "Created", "Last edited", "Disimpan", "Date added").
_TABLE_ROW_RE = re.compile(r"<tr\b(?P<attrs>[^>]*)>(?P<cells>.{0,2000}?)</tr\s*>", re.I | re.S)
_HEADER_CELL_RE = re.compile(r"<th\b[^>]*>(.{0,400}?)</th\s*>", re.I | re.S)
_NOTE_DATE_CLASS_RE = re.compile(r"\b(?:property-row-)?(?:created|last_edited)_time\b")
_NOTE_DATE_LABEL_RE = re.compile(
    r"^(?:dibuat|diedit|disunting|disimpan|diklip|ditambahkan|terakhir\s+(?:diedit|diubah)"
    r"|(?:tanggal|waktu)\s+(?:dibuat|disimpan|diklip|ditambahkan)"
    r"|created|created\s+(?:time|at|on)|last\s+edited(?:\s+time)?|edited|saved(?:\s+(?:at|on))?"
    r"|clipped(?:\s+(?:at|on))?|date\s+(?:added|saved|clipped|created))$",
    re.IGNORECASE,
)


# A word processor's page export (Word's "Save as Web Page") keeps the file's properties
# in its head: <o:Created>, <o:LastSaved>, <o:LastPrinted> say when the file was made and
# saved (a clipping's, a report's), never when the story it quotes came out.
_OFFICE_PROPERTIES_RE = re.compile(
    r"<o:DocumentProperties\b.{0,4000}?</o:DocumentProperties\s*>", re.IGNORECASE | re.DOTALL
)


def without_note_dates(html: str) -> str:
    """``html`` without the dates a note or a document file gives itself: the rows of a
    note's properties table that date the note (made, edited, saved: see
    :data:`_NOTE_DATE_LABEL_RE`; a row that dates the story, "Tanggal terbit",
    "Published", stays) and a word processor's document properties.

    >>> row = '<tr><th>Dibuat</th><td><time>@17 May 2026</time></td></tr>'
    >>> without_note_dates(f"<table>{row}</table>")
    '<table></table>'
    >>> without_note_dates("<table><tr><th>Terbit</th><td>15 May 2026</td></tr></table>")
    '<table><tr><th>Terbit</th><td>15 May 2026</td></tr></table>'
    >>> without_note_dates("<xml><o:DocumentProperties><o:Created>2026-05-17T01:00:00Z"
    ...     "</o:Created></o:DocumentProperties></xml>")
    '<xml></xml>'
    """
    if "DocumentProperties" in html:
        html = _OFFICE_PROPERTIES_RE.sub("", html)
    if "<tr" not in html and "<TR" not in html:
        return html
    return _TABLE_ROW_RE.sub(lambda m: "" if _dates_the_note(m) else m.group(0), html)


def _dates_the_note(row: re.Match[str]) -> bool:
    """The table row ``row`` holds one of the note's own dates (by its class or its label)."""
    if _NOTE_DATE_CLASS_RE.search(row.group("attrs")):
        return True
    header = _HEADER_CELL_RE.search(row.group("cells"))
    if header is None:
        return False
    label = " ".join(html_lib.unescape(_TAG_RE.sub(" ", header.group(1))).split()).rstrip(":")
    return bool(_NOTE_DATE_LABEL_RE.match(label))


# htmldate drops every date after the machine's today unless told otherwise, so a page
# read on the day before its markup's date got another date (or none) than on the day
# after: a build would depend on when it runs. Only the markup is read here (no guesses
# from years in the text), so its dates are bounded by a fixed far date instead.
LATEST_MARKUP_DATE = "2099-12-31"

# Markup that dates a page: its first publication, or its last change. trafilatura
# falls back on the last change when a page marks no publication date; that date is
# when the page was edited, never when the story came out.
_DATE_MARKUP_RE = re.compile(
    r"""["']?(?P<key>article:published_time|og:published_time|datePublished|pubdate|"""
    r"""publish[-_]?date|dc\.date\.issued|article:modified_time|og:updated_time|"""
    r"""dateModified|last[-_]modified|modified[-_]?(?:time|date)?)["']?"""
    r"""(?:\s*:\s*|[^<>]{0,80}?content\s*=\s*)["'](?P<date>\d{4}-\d{2}-\d{2})"""
    r"""(?:T(?P<clock>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?P<offset>Z|[+-]\d{2}:?\d{2})?)?""",
    re.IGNORECASE,
)
# An Indonesian desk dates its stories by its own clock; a timestamp the markup gives in
# another zone (WordPress writes "2025-03-09T19:42:10+00:00" for a story up at 02:42 WIB
# the next day) is read on Western Indonesian Time, UTC+7, the zone most desks keep (a
# desk on WITA/WIT differs only for stories up between 16:00 and 17:00 UTC, or 15:00).
DESK_UTC_OFFSET = timedelta(hours=7)


def first_published(html: str, date: str | None) -> str | None:
    """``date`` (what trafilatura read from the markup), unless the markup gives it only
    as the page's last change (``article:modified_time``, ``dateModified`` ...) and never
    as its publication: then None, and the page's text lines date the story.

    >>> page = '<meta property="article:modified_time" content="2025-08-19T09:40:00">'
    >>> first_published(page, "2025-08-19") is None
    True
    >>> first_published(page + '<meta property="article:published_time" '
    ...     'content="2025-08-19T08:00:00">', "2025-08-19")
    '2025-08-19'
    >>> first_published('{"dateModified": "2025-08-19", "datePublished": "2025-08-18"}',
    ...     "2025-08-18")
    '2025-08-18'
    """
    if not date:
        return date
    day = date[:10]
    published = modified = False
    local: str | None = None
    for m in _DATE_MARKUP_RE.finditer(html):
        if m.group("date") != day:
            continue
        key = m.group("key").lower()
        if "modif" in key or "updated" in key:
            modified = True
        else:
            published = True
            local = local or _desk_day(m)
    if modified and not published:
        return None
    return local if local and local != day else date


# A <time> element: its text is the page's machine-marked date even without an attribute.
_TIME_ELEMENT_RE = re.compile(r"<time\b[^>]*>([^<]{0,80})</time>", re.IGNORECASE)
# A list item linking to another story ("Berita Terkait", "Terpopuler"): a <time> in it
# dates that story, never the page's own.
_LINKED_LIST_ITEM_RE = re.compile(
    r"<li\b[^>]*>(?:(?!</?li\b).){0,600}?<a\b(?:(?!</?li\b).){0,600}?(?:</li\s*>|(?=<li\b|</[uo]l\s*>))",
    re.IGNORECASE | re.DOTALL,
)


def writes_day_for_machines(html: str, url: str | None, date: str) -> bool:
    """Whether the page writes the day of ``date`` (ISO) for machines: in digits in its
    markup ("2026-11-30", "2026/11/30", "20261130", "30-11-2026": a meta tag, a
    ``datetime`` attribute, an address in a link, JSON-LD in a script), in its URL, or as
    a ``<time>`` element's text (one in a list item linking to another story dates that
    story). When it does not, the markup reader found the day in the
    page's words (a line of the story's meta, or a sidebar's "29 Oktober 2026" or
    "07/03/2027" under another story's headline: digits a reader sees are words too).

    >>> writes_day_for_machines('<meta content="2026-11-30T08:00">', None, "2026-11-30")
    True
    >>> writes_day_for_machines("<p>Kamis, 29 Oktober 2026</p>", None, "2026-10-29")
    False
    >>> writes_day_for_machines("<li>Lain<small>07/03/2027</small></li>", None, "2027-03-07")
    False
    >>> writes_day_for_machines('<li><a href="/x">Lain</a> <time>7 Maret 2027</time></li>',
    ...     None, "2027-03-07")
    False
    """
    if len(date) < 10:
        return True  # a month or a year only: no day to look for
    year, month, day = date[:4], date[5:7], date[8:10]
    m, d = rf"0?{int(month)}", rf"0?{int(day)}"
    numeric = re.compile(
        rf"(?<!\d)(?:{year}(?P<a>[-/._]){m}(?P=a){d}|{year}{month}{day}"
        rf"|{d}(?P<b>[-/.]){m}(?P=b){year})(?!\d)"
    )
    if numeric.search(_machine_markup(html)) or (url and numeric.search(url)):
        return True
    return any(
        year in text and re.search(rf"(?<!\d){d}(?!\d)", text)
        for text in _TIME_ELEMENT_RE.findall(_LINKED_LIST_ITEM_RE.sub(" ", html))
    )


# A script's body (JSON-LD, a data layer): written for machines, though between tags.
_SCRIPT_RE = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)


def _machine_markup(html: str) -> str:
    """What of ``html`` no reader sees: its tags (with their attributes) and its scripts."""
    return "\n".join([*_SCRIPT_RE.findall(html), *_TAG_RE.findall(html)])


def _desk_day(m: re.Match[str]) -> str | None:
    """The day a markup timestamp with its zone falls on at the desk
    (:data:`DESK_UTC_OFFSET`); None without a clock and a zone.

    >>> _desk_day(_DATE_MARKUP_RE.search('"datePublished":"2025-03-09T19:42:10+00:00"'))
    '2025-03-10'
    >>> _desk_day(_DATE_MARKUP_RE.search('"datePublished":"2025-03-09T19:42:10+07:00"'))
    '2025-03-09'
    """
    if not m.group("clock") or not m.group("offset"):
        return None
    offset = m.group("offset").upper().replace("Z", "+00:00")
    if ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    clock = m.group("clock") if m.group("clock").count(":") == 2 else m.group("clock") + ":00"
    try:
        stamp = datetime.fromisoformat(f"{m.group('date')}T{clock}{offset}")
    except ValueError:
        return None
    return (stamp.astimezone(timezone(DESK_UTC_OFFSET))).date().isoformat()


# The separators a <title> puts between the headline and the site's name.
_TITLE_SEP_RE = re.compile(r"\s+(?:[-|–—·:•»]|::)\s+")
_TITLE_SEP_END_RE = re.compile(r"\s+(?:[-|–—·:•»]|::)\s+$")
_TAG_RE = re.compile(r"<[^>]+>")
# A headline's element holds a few hundred characters at most; the bound keeps an
# unclosed tag from making the search read the rest of the page for every heading.
_TAG_MAX_CHARS = 1000
_TITLE_TAG_RE = re.compile(
    rf"<title[^>]*>(.{{0,{_TAG_MAX_CHARS}}}?)</title>", re.IGNORECASE | re.DOTALL
)
_HEADING_RE = re.compile(
    rf"<h[1-3][^>]*>(.{{0,{_TAG_MAX_CHARS}}}?)</h[1-3]>", re.IGNORECASE | re.DOTALL
)


def _tag_texts(html: str, pattern: re.Pattern[str]) -> list[str]:
    """The text of every element matched by ``pattern`` (tags dropped, spaces folded)."""
    texts = []
    for m in pattern.finditer(html):
        text = html_lib.unescape(_TAG_RE.sub(" ", m.group(1)))
        texts.append(" ".join(text.split()))
    return texts


def headline_of_title_tag(html: str, title: str | None) -> str | None:
    """The headline a page's ``<title>`` gives, where ``title`` is what trafilatura read.

    trafilatura takes the first part of a ``<title>`` "A - B"; a site that writes its
    own name first ("Site Name - Headline of the Day") gets its name back as the title.
    When another part of the ``<title>`` is also a heading of the page (``<h1>``..``<h3>``)
    and ``title`` is not, that part is the headline.

    >>> page = "<title>Nama Situs - Judul Berita Ini</title><h2>Judul Berita Ini</h2>"
    >>> headline_of_title_tag(page, "Nama Situs")
    'Judul Berita Ini'
    >>> headline_of_title_tag(page, "Judul Berita Ini")
    'Judul Berita Ini'

    A social title (``og:title``, reworded for sharing) is not the headline either when
    the ``<title>`` opens or closes with a heading of the page, dashes inside the
    headline and all:

    >>> page = "<title>Kota X Tunda Tarif — Lagi — Tahun Ini | Situs</title>"
    >>> headline_of_title_tag(page + "<h1>Kota X Tunda Tarif — Lagi — Tahun Ini</h1>",
    ...     "Tarif Ditunda Lagi")
    'Kota X Tunda Tarif — Lagi — Tahun Ini'

    A social title that adds the site's name to a heading of the page, under a
    ``<title>`` that names only the site, gives that heading:

    >>> page = "<title>Kabar Kampus – Universitas X</title><h1>Dosen Raih Hibah Riset</h1>"
    >>> headline_of_title_tag(page, "Dosen Raih Hibah Riset – Kabar Kampus")
    'Dosen Raih Hibah Riset'
    """
    tags = _tag_texts(html, _TITLE_TAG_RE)
    if not title or not tags:
        return title
    heading_texts = _tag_texts(html, _HEADING_RE)
    headings = {h.lower() for h in heading_texts}
    if title.strip().lower() in headings:
        return title
    fuller = _fuller_main_heading(html, title)
    if fuller is not None:
        return fuller
    # The <title> first; then the title read (a social title, "og:title"), which may
    # carry the site's name after the headline when the <title> names the site alone.
    edge = _heading_at_title_edge(tags[0], heading_texts) or _heading_at_title_edge(
        title, heading_texts
    )
    if edge is not None:
        return edge
    parts = [p.strip() for p in _TITLE_SEP_RE.split(tags[0]) if p.strip()]
    part = next((p for p in parts if p.lower() in headings and p != title), None)
    if part is not None:
        return part
    return _sole_main_heading(html, tags[0], title) or _reworded_main_heading(html, title) or title


# The share of each one's words the other holds when a <title> rewords the page's <h1>.
REWORDED_SHARED_WORDS = 0.5
_WORD_RE = re.compile(r"\w+")


def _reworded_main_heading(html: str, title: str) -> str | None:
    """The page's one main heading (``<h1>``) when the title read (its ``<title>`` and
    social title) rewords it, for search engines and sharing: each holds at least half
    of the other's words ("Jembatan Desa Putus, Warga Naik Rakit" over "Jembatan Gantung
    Desa Putus, Warga Seberangi Sungai dengan Rakit"). The headline is the one the
    reader sees printed over the story. None when the page has no single ``<h1>`` of a
    headline's length, or when they share fewer words (another story, a site's name).

    >>> page = "<h1>Jembatan Gantung Desa Kali Putus, Warga Seberangi Sungai dengan Rakit</h1>"
    >>> _reworded_main_heading(page, "Jembatan Desa Kali Putus, Warga Naik Rakit")
    'Jembatan Gantung Desa Kali Putus, Warga Seberangi Sungai dengan Rakit'
    >>> _reworded_main_heading(page, "Harga Cabai Naik Jelang Lebaran") is None
    True
    """
    main = _tag_texts(html, _H1_RE)
    if len(main) != 1 or len(main[0].split()) < _HEADLINE_MIN_WORDS:
        return None
    heading = main[0]
    said, printed = (_WORD_RE.findall(t.lower()) for t in (title, heading))
    if not said or not printed:
        return None
    said_set, printed_set = set(said), set(printed)
    held = sum(w in printed_set for w in said) / len(said)
    back = sum(w in said_set for w in printed) / len(printed)
    return heading if min(held, back) >= REWORDED_SHARED_WORDS else None


_H1_RE = re.compile(rf"<h1[^>]*>(.{{0,{_TAG_MAX_CHARS}}}?)</h1>", re.IGNORECASE | re.DOTALL)
# Where a headline goes on after the words a <title> kept: a comma, a colon, a dash.
_HEADLINE_GOES_ON_RE = re.compile(r"^\s*(?:[,:;]|\s[-–—|]\s)\s*\S")


def _fuller_main_heading(html: str, title: str) -> str | None:
    """The page's main heading (``<h1>``) when it opens with ``title`` and goes on after a
    comma, a colon or a dash: a ``<title>`` or a social title keeps the headline's first
    clause for the browser's tab ("Kota X Catat 40 Kejadian" for "Kota X Catat 40
    Kejadian, Banjir Terbanyak"). None otherwise.

    >>> _fuller_main_heading("<h1>Kota X Catat 40 Kejadian, Banjir Terbanyak</h1>",
    ...     "Kota X Catat 40 Kejadian")
    'Kota X Catat 40 Kejadian, Banjir Terbanyak'
    >>> _fuller_main_heading("<h1>Kota X Catat 40 Kejadiannya</h1>", "Kota X Catat 40") is None
    True
    """
    key = " ".join(title.split()).lower()
    for heading in _tag_texts(html, _H1_RE):
        if heading.lower().startswith(key) and _HEADLINE_GOES_ON_RE.match(heading[len(key) :]):
            return heading
    return None


# A headline has a few words; a shorter <h1> is a section's or a logo's name.
_HEADLINE_MIN_WORDS = 4


def _sole_main_heading(html: str, tag: str, title: str) -> str | None:
    """The page's one main heading (``<h1>``) when neither the ``<title>`` text ``tag``
    nor the page's headings back the title read (a social title, ``og:title``): a
    ``<title>`` naming the site alone vouches for no headline, and a social title no
    heading of the page states is the site's sharing text, often another story's left
    by the site's template; the headline the reader sees is the one ``<h1>``. None
    when the page has no single ``<h1>`` of a headline's length, when it is the
    ``<title>``'s text (the site's name), or when the ``<title>`` holds the title read.

    >>> page = "<h1>Pemkot X Buka Pasar Murah di Lima Kelurahan</h1>"
    >>> _sole_main_heading(page, "Situs Resmi Kota X", "Wali Kota Ajak Warga Belanja Hemat")
    'Pemkot X Buka Pasar Murah di Lima Kelurahan'
    >>> _sole_main_heading(page, "Situs Resmi Kota X", "Situs Resmi Kota X") is None
    True
    """
    low_tag = " ".join(tag.split()).lower()
    if " ".join(title.split()).lower() in low_tag:
        return None
    main = _tag_texts(html, _H1_RE)
    if len(main) != 1 or len(main[0].split()) < _HEADLINE_MIN_WORDS:
        return None
    heading = main[0]
    return None if heading.lower() in low_tag else heading


# A section's label the <title> puts before the headline, with its colon: "Siaran Pers:
# ...", "Berita: ...", "Artikel: ..." (a word or three, then the headline with no separator).
_TITLE_SECTION_LABEL_RE = re.compile(r"^(?:\w+\s){0,2}\w+:\s+(?=\S)")


def _heading_at_title_edge(tag: str, headings: list[str]) -> str | None:
    """The longest heading of the page that the ``<title>`` text ``tag`` opens or closes
    with, a separator between it and the rest; the rest (the site's name) is the shorter
    part. None when no heading stands so. A section's label before the headline ("Siaran
    Pers: <headline> | Site") is no part of what the ``<title>`` opens with, when a
    heading of the page then opens it (a headline of its own that opens "Name: ..." is
    itself a heading, and matches whole first).

    >>> _heading_at_title_edge("Siaran Pers: Dinas X Buka Posko Banjir | Situs",
    ...     ["Dinas X Buka Posko Banjir"])
    'Dinas X Buka Posko Banjir'
    """
    low = " ".join(tag.split()).lower()
    found = []
    unlabelled = _TITLE_SECTION_LABEL_RE.sub("", low, count=1)
    for heading in headings:
        key = heading.lower()
        if not key or len(key) * 2 <= len(low):
            continue
        opens = any(
            text.startswith(key) and (text == key or _TITLE_SEP_RE.match(text[len(key) :]))
            for text in (low, unlabelled)
        )
        closes = low.endswith(key) and _TITLE_SEP_END_RE.search(low[: -len(key)])
        if low == key or opens or closes:
            found.append(heading)
    return max(found, key=len) if found else None
