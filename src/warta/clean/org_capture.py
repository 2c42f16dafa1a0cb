"""A page captured into an Emacs Org-mode file (org-capture, org-protocol): the article
quoted under an entry that records where it came from.

The file opens with its keywords ("#+TITLE: ...", "#+FILETAGS: ..."), then an entry's
heading ("* TODO Headline - Site :tag:") and its property drawer (":PROPERTIES:" /
":URL: https://..." / ":CAPTURED: [2026-01-05 Mon 07:48]" / ":END:"), then the pasted
page, often inside "#+BEGIN_QUOTE" / "#+END_QUOTE", with the reader's own notes under it.
The keywords, the heading, the drawer and the notes are the reader's, not the story's:
they are taken off, and the drawer's address becomes the container's hint, as a JSONL
record's ``url`` would. The capture stamp says when the page was kept, never when the
story was published, so no date is read from the drawer.

>>> org = (
...     "#+TITLE: Catatan\\n* TODO Jalan Putus\\n:PROPERTIES:\\n"
...     ":URL: https://situs.id/2026/01/05/jalan-putus\\n:CAPTURED: [2026-01-06 Tue 08:00]\\n"
...     ":END:\\n#+BEGIN_QUOTE\\nJalan Putus\\nIsi berita.\\n#+END_QUOTE\\n** Catatan saya\\n"
... )
>>> front, story = split_org_capture(org)
>>> front.url, front.published, story
('https://situs.id/2026/01/05/jalan-putus', None, 'Jalan Putus\\nIsi berita.')
>>> split_org_capture("Judul\\n\\nIsi berita.")[0] is None
True
"""

from __future__ import annotations

import re

from warta.clean.frontmatter import FrontMatter

__all__ = ["split_org_capture"]

# The entry's head stands at the top of the file: its keywords, heading and drawer.
ORG_HEAD_MAX_LINES = 30
# "#+TITLE: ...", "#+STARTUP: overview": a file keyword. "* TODO Judul": an entry heading.
_KEYWORD_RE = re.compile(r"^#\+[A-Za-z_]+:")
_HEADING_RE = re.compile(r"^\*+\s+\S")
_DRAWER_OPEN_RE = re.compile(r"^\s*:PROPERTIES:\s*$", re.IGNORECASE)
_DRAWER_END_RE = re.compile(r"^\s*:END:\s*$", re.IGNORECASE)
# ":URL:      https://...": the properties org-protocol and capture templates write for the
# page's address (":ROAM_REFS:" is org-roam's).
_ADDRESS_PROPERTY_RE = re.compile(
    r"^\s*:(?:URL|LINK|SOURCE|SOURCE_URL|ROAM_REFS):\s+(?P<url>https?://\S+)\s*$", re.IGNORECASE
)
# A heading's parts: stars, a state keyword (Org's defaults and the usual custom ones), a
# priority cookie, the title, and tags closing it (":isu:kota:").
_HEADING_PARTS_RE = re.compile(
    r"^\*+\s+(?:(?:TODO|DONE|NEXT|WAIT|WAITING|HOLD|STARTED|SOMEDAY|CANCELLED|CANCELED|READ"
    r"|TOREAD)\s+)?(?:\[#[A-Z0-9]\]\s+)?(?P<title>.*?)(?:\s+:[\w@#%:]+:)?\s*$"
)
_QUOTE_OPEN_RE = re.compile(r"^\s*#\+BEGIN_QUOTE\b", re.IGNORECASE)
_QUOTE_CLOSE_RE = re.compile(r"^\s*#\+END_QUOTE\b", re.IGNORECASE)


def split_org_capture(text: str) -> tuple[FrontMatter | None, str]:
    """The capture's record (its address; the head, drawer and notes as the block) and the
    page it quotes, or ``(None, text)`` when ``text`` does not open with an Org entry's
    head: keywords or a heading, then a property drawer."""
    lines = text.lstrip("\ufeff").split("\n")
    drawer = _drawer_at_head(lines)
    if drawer is None:
        return None, text
    opened, closed = drawer
    url = next(
        (m["url"] for line in lines[opened:closed] if (m := _ADDRESS_PROPERTY_RE.match(line))),
        None,
    )
    title = next((_heading_title(line) for line in lines[:opened] if _HEADING_RE.match(line)), None)
    quote = _quote_block(lines, closed + 1)
    if quote is None:
        # No quote block: the page was pasted under the drawer as it is.
        block, story = lines[: closed + 1], lines[closed + 1 :]
    else:
        start, end = quote
        block, story = lines[: start + 1] + lines[end:], lines[start + 1 : end]
    return FrontMatter(block="\n".join(block), title=title, url=url), "\n".join(story)


def _heading_title(line: str) -> str | None:
    """The page's title an entry's heading holds ("* TODO [#A] Judul - Situs :tag:" gives
    "Judul - Situs"): org-protocol names the entry by the page's <title>; the stars, the
    state keyword, the priority cookie and the tags are Org's."""
    m = _HEADING_PARTS_RE.match(line)
    return m["title"].strip() or None if m else None


def _quote_block(lines: list[str], after: int) -> tuple[int, int] | None:
    """Where the first quote block at or below line ``after`` opens and closes."""
    start = next((i for i in range(after, len(lines)) if _QUOTE_OPEN_RE.match(lines[i])), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if _QUOTE_CLOSE_RE.match(lines[i])), None)
    return None if end is None else (start, end)


def _drawer_at_head(lines: list[str]) -> tuple[int, int] | None:
    """Where the first entry's property drawer opens and closes, when only the file's
    keywords, an entry heading and blank lines stand over it (a heading among them)."""
    heading = False
    for i, line in enumerate(lines[:ORG_HEAD_MAX_LINES]):
        if _DRAWER_OPEN_RE.match(line):
            if not heading:
                return None
            closed = next(
                (j for j in range(i + 1, len(lines)) if _DRAWER_END_RE.match(lines[j])), None
            )
            return None if closed is None else (i, closed)
        if _HEADING_RE.match(line):
            heading = True
        elif line.strip() and not _KEYWORD_RE.match(line):
            return None
    return None
