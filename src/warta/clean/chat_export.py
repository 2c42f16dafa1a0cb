"""A chat channel exported as text (a Discord exporter's ``.txt``, LINE's chat history): the
story someone pasted.

Such an export opens with the server's and the channel's lines between rules of "=" signs
("Guild: ...", "Channel: ...", "Topic: ..."), then lists messages, each under its head
"[17/03/2026 21:05] nama.pengguna", with blocks of the exporter's own ("{Embed}",
"{Attachments}", "{Reactions}") and a closing "Exported 42 message(s)". A story pasted into
the channel is the longest message; the greetings, replies, link previews and reactions
around it are the channel's, never the story's. :func:`read_chat_export` returns the
longest message's lines, or ``None`` for a text that is no such export.

LINE's "Send chat history" writes another shape (:func:`_line_messages`): a head line
"[LINE] Chat history in <group>" (in the app's language), the day it was saved, then a
line per day ("2026/03/17(Sel)") and one per message, "21:05<TAB>Nama<TAB>text". A message
of many lines is written between double quotes, a quote inside it doubled (as a CSV cell
is); the analysts' replies under a pasted story are messages of their own.

>>> text = "\\n".join([
...     "Guild: Warga Kota", "Channel: kabar-kota",
...     "[01/02/2026 08:00] budi.s", "pagi, ini beritanya",
...     "[01/02/2026 08:01] budi.s",
...     "Jalan Baru Dibuka", "Pemerintah kota membuka jalan baru di tepi sungai pada Senin.",
...     "{Reactions}", "👍 (3)",
...     "[01/02/2026 08:05] sari_k", "mantap",
... ])
>>> print(read_chat_export(text))
Jalan Baru Dibuka
Pemerintah kota membuka jalan baru di tepi sungai pada Senin.
"""

from __future__ import annotations

import re

__all__ = ["read_chat_export"]

# A message's head: its date and clock in square brackets, then the author alone.
_MESSAGE_HEAD_RE = re.compile(
    r"^\s*\[(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})[ ,]+"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp][Mm])?\]\s+\S[^\n]{0,60}$"
)
# The exporter's blocks under a message: a word in braces alone on its line.
_EXPORT_BLOCK_RE = re.compile(
    r"^\s*\{(?:Embed|Attachments?|Reactions?|Stickers?|Poll|Thread)\}\s*$", re.IGNORECASE
)
# The export's own lines: the head's fields, its rules and its closing count.
_EXPORT_FRAME_RE = re.compile(
    r"^\s*(?:={10,}|(?:Guild|Server|Channel|Topic)\s*:.*|Exported\s+\d+\s+messages?(?:\(s\))?)\s*$",
    re.IGNORECASE,
)
# An export names its server or channel, or carries the exporter's blocks or count.
_EXPORT_MARK_RE = re.compile(
    r"^\s*(?:(?:Guild|Channel)\s*:\s*\S|\{(?:Embed|Attachments?|Reactions?)\}\s*$|"
    r"Exported\s+\d+\s+messages?)",
    re.IGNORECASE | re.MULTILINE,
)
# A post's head in a thread copied from an app's window: the author's name (capitalised
# words), a gap of two spaces or more, then when it was posted: a day ("28/10", "3 Nov",
# "kemarin") and a clock, or a clock alone.
_POST_HEAD_RE = re.compile(
    r"^\s*[A-Z][\w.'’-]*(?: [A-Z@][\w.'’-]*){0,4}(?: {2,}|\t)"
    r"(?:(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2} [A-Za-z]{3,9}\.?(?: \d{4})?|"
    r"[Kk]emarin|[Hh]ari ini|[Yy]esterday|[Tt]oday),? )?\d{1,2}[.:]\d{2}\s*$"
)
# A line of reactions under a post: emoji, each with its count.
_REACTIONS_RE = re.compile(r"^\s*(?:[^\w\s]{1,4}\s*\d{1,4}\s*){1,8}$")
# Fewest message heads an export shows: one head alone is a quoted post, not a channel.
MIN_MESSAGES = 2


# LINE's head line: the app's name in brackets, then "Chat history in ..." in any language.
_LINE_HEAD_RE = re.compile(r"^\ufeff?\[LINE\]\s+\S")
# A LINE message: its clock, a tab, the sender, a tab, the message's (first) line.
_LINE_MESSAGE_RE = re.compile(r"^\d{1,2}[:.]\d{2}\t[^\t]{1,80}\t(?P<text>.*)$")
# A LINE day line: "2026/03/17(Sel)" or "Sel, 17/03/2026" (the app's two date styles).
_LINE_DAY_RE = re.compile(
    r"^\s*(?:\d{4}/\d{1,2}/\d{1,2}\s*\(\w+\.?\)|\w+\.?,\s*\d{1,2}/\d{1,2}/\d{4})\s*$"
)


def read_chat_export(text: str) -> str | None:
    """The longest message of a chat export (its lines as posted, blank lines inside it
    kept), or ``None`` when ``text`` is not one: two message heads at least, and the
    exporter's marks (a "Guild:"/"Channel:" line, an "{Embed}" block or the closing count),
    LINE's head line and its messages, or a thread copied from a window (see
    :func:`_copied_thread`)."""
    lines = text.splitlines()
    if lines and _LINE_HEAD_RE.match(lines[0]):
        posted = _line_messages(lines)
        if len(posted) >= MIN_MESSAGES:
            return max(posted, key=lambda body: len(body.split())).strip() or None
    thread = _copied_thread(lines)
    if thread is not None:
        return thread
    heads = [i for i, line in enumerate(lines) if _MESSAGE_HEAD_RE.match(line)]
    if len(heads) < MIN_MESSAGES or not _EXPORT_MARK_RE.search(text):
        return None
    messages = [_message_lines(lines, start + 1) for start in heads]
    story = max(messages, key=lambda body: sum(len(line.split()) for line in body))
    return "\n".join(story).strip() or None


def _message_lines(lines: list[str], start: int) -> list[str]:
    """A message's own lines from ``start``: up to the next head, the exporter's next
    block or its frame."""
    body: list[str] = []
    for line in lines[start:]:
        if any(r.match(line) for r in (_MESSAGE_HEAD_RE, _EXPORT_BLOCK_RE, _EXPORT_FRAME_RE)):
            break
        body.append(line)
    return body


def _copied_thread(lines: list[str]) -> str | None:
    """The longest part of a thread copied from a chat or a record's window (a team
    channel's posts and replies, a database record's comments), or ``None`` when ``lines``
    hold fewer than two post heads. A post is the lines under its head up to the next
    head or a line of reactions; what stands over the first head (a channel's tab row, a
    record's fields and the article pasted in one) is a part too."""
    stamped = [i for i, line in enumerate(lines) if _POST_HEAD_RE.match(line)]
    # A post has words under its head: stamped lines one under another are a table (a
    # schedule's "Name   19.00" rows), never a thread's posts.
    taken = set(stamped)
    heads = [
        i for i in stamped if i + 1 < len(lines) and i + 1 not in taken and lines[i + 1].strip()
    ]
    if len(heads) < MIN_MESSAGES or len(heads) < len(stamped) - len(heads):
        return None
    parts = [lines[: heads[0]]]
    for start, end in zip(heads, [*heads[1:], len(lines)], strict=True):
        post = lines[start + 1 : end]
        cut = next((i for i, line in enumerate(post) if _REACTIONS_RE.match(line)), len(post))
        parts.append(post[:cut])
    story = max(parts, key=lambda part: sum(len(line.split()) for line in part))
    return "\n".join(story).strip() or None


def _line_messages(lines: list[str]) -> list[str]:
    """The messages of a LINE export, each with the lines under its head up to the next
    message or day line; a quoted message unquoted (its doubled quotes made single)."""
    messages: list[list[str]] = []
    for line in lines:
        head = _LINE_MESSAGE_RE.match(line)
        if head is not None:
            messages.append([head.group("text")])
        elif _LINE_DAY_RE.match(line):
            messages.append([])  # the day's line closes the message above it
        elif messages:
            messages[-1].append(line)
    return [_unquoted("\n".join(body).strip()) for body in messages if body]


def _unquoted(message: str) -> str:
    """A message LINE wrote between double quotes (one of many lines) as it was typed."""
    if len(message) >= 2 and message[0] == message[-1] == '"' and "\n" in message:
        return message[1:-1].replace('""', '"')
    return message
