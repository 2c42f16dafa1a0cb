"""Names an export gives the field that dates a story.

Monitoring services and chat bots hand articles over with their own fields: a CSV
column "Tanggal Terbit", a chat attachment's field "Published". One test of the name,
shared by every export reader, tells the story's publication from the service's own
dates (indexed, collected, posted), which never date the story.

>>> [is_publication_field(n) for n in ("Tanggal Terbit", "Published:", "tgl_tayang")]
[True, True, True]
>>> [is_publication_field(n) for n in ("datePublished", "publishedTime", "crawledAt")]
[True, True, False]
>>> [is_publication_field(n) for n in ("Tanggal Terindeks", "Sentimen", "Date indexed")]
[False, False, False]

A news crawler's record (news-please's) names its dates by what happened on them: the
page's publication, and its own download of the page, and the page's last change.

>>> [is_publication_field(n) for n in ("date_publish", "date_download", "date_modify")]
[True, False, False]
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = ["ExportedStory", "field_key", "is_publication_field", "iso_day"]


class ExportedStory(Protocol):
    """What an export reader gives for one article: its text, and its headline,
    publication date (as the export wrote it) and address when the export states them."""

    @property
    def text(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...


_PUBLICATION = re.compile(
    r"^(?:(?:tanggal|tgl\.?|waktu)(?: (?:terbit|tayang|publikasi|berita))?|terbit|tayang|"
    r"diterbitkan|dipublikasikan|published|publish(?:ed)? (?:at|on|date|time)|"
    r"publication date|date(?: publish(?:ed)?)?|pub ?date)$"
)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_DMY_DAY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
# Where a camel-case name's next word starts: a capital after a lower-case letter.
_CAMEL_HUMP_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# The service's own dates: when it indexed, fetched or collected the story.
_OWN_DATE_WORDS = re.compile(r"terindeks|indeks|diambil|dikumpulkan|index|crawl|collect|fetch")


def field_key(name: str) -> str:
    """A field's name as compared: lower case, ``_``/``-`` as spaces, the words of a
    camel-case name apart ("datePublished", "sourceURL": an API's JSON names its fields
    so), one space between words, no byte-order mark or closing colon.

    >>> field_key("datePublished"), field_key("sourceURL"), field_key("Tanggal_Terbit:")
    ('date published', 'source url', 'tanggal terbit')
    """
    cleaned = re.sub(r"[_\-]+", " ", name.strip().strip("\ufeff").rstrip(":"))
    cleaned = _CAMEL_HUMP_RE.sub(" ", cleaned)
    return " ".join(cleaned.lower().split())


def is_publication_field(name: str) -> bool:
    """Whether a field (a column, an attachment's field) named ``name`` holds the story's
    first publication, not a date of the service's own."""
    key = field_key(name)
    return _PUBLICATION.match(key) is not None and _OWN_DATE_WORDS.search(key) is None


def iso_day(value: str) -> str | None:
    """The ISO day a date field states ("2027-02-03 10:21", "03/02/2027"), or None."""
    m = _ISO_DAY.match(value)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = _DMY_DAY.match(value)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None
