"""A read-later app's Markdown export (Readwise Reader and its like): the article saved
under the app's own record of it.

The export opens with the headline as a Markdown heading ("# Judul"), maybe the cover
picture, then a "## Metadata" list ("- Author: [[Nama]]", "- Full Title: ...", "- URL:
...", "- Saved: ...", "- Summary: ..."), maybe the reader's "## Highlights" and notes, and
then the article itself under "## Full Document". The head is the app's, not the
article's: it is taken off the text, and its title, address and publication date become
the container's hints (as a JSONL record's fields would). The save date says when the
reader kept the page, never when it was published, so it dates nothing. Only the
document part is read as the page; its Markdown marks (heading marks, links, pictures)
are taken off so its lines read as the page printed them.

An export whose head has the metadata list but no document under it (only the
highlights were exported, or the document section is empty) holds no article:
:func:`split_read_later_export` raises :class:`~warta.errors.MalformedInputError` naming
the file and how to export the full text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.clean.frontmatter import strip_heading_marks
from warta.errors import MalformedInputError
from warta.ingest.markdown_inline import LINK_RE, link_labels, page_link_names

__all__ = ["ReadLaterExport", "split_read_later_export"]

# The headline heading opens the export; the metadata heading follows within this many
# lines (a blank line, the cover picture and blank lines between; Readwise puts it 4th).
METADATA_HEAD_MAX_LINES = 8
_TITLE_HEAD_RE = re.compile(r"^#[ \t]+(?P<title>\S.*?)\s*$")
_METADATA_HEAD_RE = re.compile(r"^#{2,3}[ \t]+(?:metadata|meta\s*data|info(?:rmasi)?)\s*$", re.I)
# The section holding the article: "## Full Document", "## Document", "## Full Text",
# "## Full Content", "## Dokumen Lengkap", "## Teks Lengkap".
_DOCUMENT_HEAD_RE = re.compile(
    r"^#{2,3}[ \t]+(?:full\s+(?:document|text|content|article)|document|content"
    r"|dokumen(?:\s+lengkap)?|teks\s+lengkap|isi\s+(?:lengkap|dokumen|artikel))\s*$",
    re.IGNORECASE,
)
_FIELD_RE = re.compile(r"^\s*[-*]\s+(?P<key>[A-Za-z][\w ]{0,30}?)\s*:\s*(?P<value>.*?)\s*$")
_TITLE_KEYS = ("full title", "title", "judul")
_URL_KEYS = ("url", "source url", "source", "link", "original url")
# The publication date only: "Saved", "Date Saved", "Last Highlighted" say when the
# reader kept or read it.
_DATE_KEYS = ("published date", "date published", "published", "publication date", "tanggal terbit")
_IMAGE_LINE_RE = re.compile(r"^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class ReadLaterExport:
    """What the export's head said (``None`` when a field is missing) and the head's text."""

    head: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


def _field_value(value: str) -> str:
    """A metadata value as text: "[[Nama]]" -> "Nama", "[teks](url)" -> the address."""
    value = page_link_names(value)
    link = LINK_RE.fullmatch(value.strip())
    return (link["url"] if link else value).strip()


def _metadata_at(lines: list[str]) -> int | None:
    """The index of the metadata heading under the export's headline heading, or ``None``
    when ``lines`` do not open so."""
    filled = [i for i, line in enumerate(lines[: METADATA_HEAD_MAX_LINES + 1]) if line.strip()]
    if not filled or not _TITLE_HEAD_RE.match(lines[filled[0]]):
        return None
    return next((i for i in filled[1:] if _METADATA_HEAD_RE.match(lines[i])), None)


def split_read_later_export(text: str, where: str) -> tuple[ReadLaterExport | None, str]:
    """The read-later export's head and the document under it, Markdown marks taken off;
    ``(None, text)`` when ``text`` is no such export (no "# Headline" over a "## Metadata"
    list). Raises :class:`MalformedInputError` naming ``where`` when the export holds no
    document under its head."""
    lines = text.lstrip("\ufeff").split("\n")
    meta_at = _metadata_at(lines)
    if meta_at is None:
        return None, text
    fields: dict[str, str] = {}
    for line in lines[meta_at + 1 :]:
        if line.startswith("#"):
            break
        m = _FIELD_RE.match(line)
        if m:
            fields.setdefault(m["key"].strip().lower(), _field_value(m["value"]))
    if not fields:
        return None, text  # a heading called "Metadata" over prose: an ordinary note
    doc_at = next(
        (i for i in range(meta_at + 1, len(lines)) if _DOCUMENT_HEAD_RE.match(lines[i])), None
    )
    document = "\n".join(lines[doc_at + 1 :]) if doc_at is not None else ""
    if not document.strip():
        raise MalformedInputError(
            f"{where}: a read-later app's Markdown export (a '# headline' over a '## Metadata' "
            "list) with no article under it: "
            + (
                "its '## Full Document' section is empty"
                if doc_at is not None
                else "only its metadata and highlights were exported"
            )
            + "; export it again with the full document included (Readwise Reader: Export, "
            "'Include full document content'), or save the article's page itself"
        )

    def first(keys: tuple[str, ...]) -> str | None:
        return next((fields[k] for k in keys if fields.get(k)), None)

    url = first(_URL_KEYS)
    head_end = doc_at + 1 if doc_at is not None else len(lines)
    export = ReadLaterExport(
        head="\n".join(line for line in lines[:head_end] if line.strip()),
        title=first(_TITLE_KEYS) or _headline(lines),
        url=url if url and re.match(r"https?://", url) else None,
        published=first(_DATE_KEYS),
    )
    return export, _plain_markdown(document)


def _headline(lines: list[str]) -> str | None:
    """The export's headline heading's text ("# Judul" -> "Judul")."""
    m = next((_TITLE_HEAD_RE.match(line) for line in lines if line.strip()), None)
    return m["title"] if m else None


def _plain_markdown(document: str) -> str:
    """The document's lines as a reader sees them: no heading marks, no picture lines,
    each link its text ("[Judul lain](https://...)" -> "Judul lain")."""
    document = _IMAGE_LINE_RE.sub("", document)
    document = link_labels(document)
    return strip_heading_marks(document)
