"""A note app's JSON export of one note (Google Keep through Takeout and the like), read
as the page pasted into it.

A reader who keeps a story in a note app pastes the page's text into a note; the app's
export writes the note as one JSON object: the note's state (``isTrashed``, ``isPinned``,
``isArchived``, its colour), the reader's own label for it (``title``), the pasted text
(``textContent``), when the note was made and edited (``createdTimestampUsec``), and the
link the app attached (``annotations``: the page's ``url`` and ``<title>``). Read as text,
that is one line of field names and quotes. The article is the pasted text, cleaned as any
page's text is (its headline, date line and credits are the page's own), at the link's
address. The note's label is the reader's, never the headline, and its stamps say when
the note was saved, never when the story was published: neither is read.

Some apps export all of the reader's notes as one object, the notes listed by their state
(Simplenote's ``{"activeNotes": [...], "trashedNotes": [...]}``, each note with its
``content``, ``creationDate``, ``lastModified``, ``pinned`` and ``tags``): an export
listing one kept note is read as that note; the bin's notes are the reader's discards.

>>> note = (
...     '{"color": "DEFAULT", "isTrashed": false, "isPinned": true,'
...     ' "textContent": "Jalan Baru Dibuka\\\\n\\\\nJalan baru dibuka pagi ini.",'
...     ' "title": "cek nanti", "createdTimestampUsec": 1767225600000000,'
...     ' "annotations": [{"source": "WEBLINK", "url": "https://kabar.example/jalan-baru"}]}'
... )
>>> story = read_note_export(note)
>>> story.text, story.url
('Jalan Baru Dibuka\\n\\nJalan baru dibuka pagi ini.', 'https://kabar.example/jalan-baru')
>>> read_note_export('{"title": "Bukan catatan", "content": "Teks."}') is None
True
>>> read_note_export(
...     '{"activeNotes": [{"content": "Jalan Baru Dibuka\\\\nJalan dibuka.", "pinned": false}],'
...     ' "trashedNotes": []}'
... ).text
'Jalan Baru Dibuka\\nJalan dibuka.'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warta.ingest.export_fields import field_key
from warta.ingest.json_document import json_value

__all__ = ["NotedStory", "read_note_export"]


@dataclass(frozen=True, slots=True)
class NotedStory:
    """The page pasted into a note, as pasted, and the address of the link attached to it."""

    text: str
    url: str | None


# A note's state as note apps export it (compared by :func:`field_key`): true or false,
# a field no article record has. One of them makes the object a note ("isPinned",
# "is_pinned", "pinned").
_STATE_KEYS = frozenset({"istrashed", "ispinned", "isarchived", "trashed", "pinned", "archived"})
# The field holding the note's text.
_TEXT_KEYS = ("textcontent", "text content", "content", "text", "body")
# The field of an export of all notes listing the ones the reader kept (compared by
# :func:`field_key`): Simplenote's "activeNotes" beside its "trashedNotes".
_NOTE_LIST_KEYS = frozenset({"active notes", "notes"})
# The list of links the app attached to the note, each with its address.
_LINK_LIST_KEYS = frozenset({"annotations", "links", "attachments"})


def read_note_export(content: str) -> NotedStory | None:
    """The page a note app's export of one note holds (alone, or the one kept note of an
    export of all notes: :func:`_one_note`), or ``None``: not JSON, not a note (no state
    flag), or a note with no text."""
    data = _one_note(json_value(content))
    if data is None:
        return None
    fields = {field_key(k): v for k, v in data.items()}
    text = next((fields[k] for k in _TEXT_KEYS if isinstance(fields.get(k), str)), "")
    if not text.strip():
        return None
    return NotedStory(text.replace("\r\n", "\n").strip(), _attached_url(data))


def _one_note(data: Any) -> dict[str, Any] | None:
    """``data`` when it is a note; else the one note an export of all notes lists as kept
    (:data:`_NOTE_LIST_KEYS`); else ``None`` (an export of several notes is the reader's
    notebook, no page)."""
    if isinstance(data, dict) and not _is_note(data):
        data = next(
            (v[0] for k, v in data.items() if field_key(k) in _NOTE_LIST_KEYS
             and isinstance(v, list) and len(v) == 1),
            None,
        )
    return data if isinstance(data, dict) and _is_note(data) else None


def _is_note(data: dict[str, Any]) -> bool:
    """An object with a note's state flag, true or false."""
    return any(
        field_key(k).replace(" ", "") in _STATE_KEYS and isinstance(v, bool)
        for k, v in data.items()
    )


def _attached_url(data: dict[str, Any]) -> str | None:
    """The address of the first web link attached to the note."""
    for key, links in data.items():
        if field_key(key) not in _LINK_LIST_KEYS or not isinstance(links, list):
            continue
        for link in links:
            url = link.get("url") if isinstance(link, dict) else None
            if isinstance(url, str) and url.startswith(("http://", "https://")):
                return url
    return None
