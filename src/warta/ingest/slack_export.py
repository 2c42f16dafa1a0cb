"""A chat channel's JSON export (Slack's, and its API's history): the article posted in it.

Slack exports a channel's day as a JSON list of message objects (``"type": "message"``,
a ``"ts"`` stamp, the ``"text"``, a ``"user"`` or a ``"bot_id"``); the API's history is the
same list under ``"messages"``. A media-monitoring bot posts each mention as a message
whose attachment carries the article: its ``title``, its address (``title_link``), its
``text``, and ``fields`` the service fills, the publication date among them ("Terbit",
"Published"); the message's own text is the bot's line ("Sebutan baru | Nada: ...")
and the analysts' replies follow in its thread. The article is the longest text of the
export, an attachment's or a message's own (a story pasted into the channel); the stamps
say when it was posted, never when it was published, so they date nothing.

>>> export = (
...     '[{"type": "message", "subtype": "bot_message", "ts": "1700000000.1",'
...     ' "text": "Sebutan baru", "attachments": [{"title": "Judul Berita",'
...     ' "title_link": "https://kabar.example/judul", "text": "' + "Kalimat berita. " * 40
...     + '", "fields": [{"title": "Terbit", "value": "3 Mar 2026 10:00 WIB"}]}]},'
...     ' {"type": "message", "user": "U1", "ts": "1700000100.2", "text": "sudah dicatat"}]'
... )
>>> story = read_slack_export(export)
>>> story.title, story.published, story.url
('Judul Berita', '3 Mar 2026 10:00 WIB', 'https://kabar.example/judul')
>>> looks_like_slack_export('[{"type": "message", "ts": "1.0", "text": "halo"}]')
True
>>> read_slack_export('[{"type": "message", "ts": "1.0", "text": "halo"}]') is None
True
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from typing import Any

from warta.errors import MalformedInputError
from warta.ingest.export_fields import is_publication_field
from warta.ingest.json_document import json_value

__all__ = ["SlackStory", "looks_like_slack_export", "read_slack_export", "slack_export_error"]


@dataclass(frozen=True, slots=True)
class SlackStory:
    """The article an export carries: its text as paragraphs, and its headline, its
    publication date as the service wrote it (parsed by the cleaner) and its address."""

    text: str
    title: str | None
    published: str | None
    url: str | None


# The fewest words of an article: a link preview's summary or a chat line is shorter.
STORY_MIN_WORDS = 60
# Slack's markup in a text: a link "<https://x|label>" (the label is what was written), a
# bare link "<https://x>", a mention "<@U123>" or "<!here>", and emphasis marks.
_LABELLED_LINK_RE = re.compile(r"<((?:https?|mailto):[^|>\s]+)\|([^>]*)>")
_BARE_LINK_RE = re.compile(r"<((?:https?|mailto):[^|>\s]+)>")
_MENTION_RE = re.compile(r"<[@#!][^>]*>")
_EMPHASIS_RE = re.compile(r"(?<![\w*_~])([*_~])(\S(?:[^\n]*?\S)?)\1(?![\w*_~])")


def _messages(content: str) -> list[dict[str, Any]] | None:
    """The messages of an export, or None when ``content`` is none: a JSON list (or an
    object's ``"messages"`` list) whose items are all messages with their stamps."""
    data = json_value(content)
    if isinstance(data, dict):
        data = data.get("messages")
    if not isinstance(data, list) or not data:
        return None
    if not all(isinstance(m, dict) and m.get("type") == "message" and "ts" in m for m in data):
        return None
    return data


def looks_like_slack_export(content: str) -> bool:
    """Whether ``content`` is a chat channel's JSON export (see the module's docstring)."""
    return _messages(content) is not None


def read_slack_export(content: str) -> SlackStory | None:
    """The article of the export ``content``: the longest text of its messages and their
    attachments, with the attachment's headline, date field and address; None when
    ``content`` is no export, or holds no text of :data:`STORY_MIN_WORDS` words."""
    messages = _messages(content)
    if messages is None:
        return None
    candidates = [story for message in messages for story in _stories(message)]
    best = max(candidates, key=lambda s: len(s.text.split()), default=None)
    if best is None or len(best.text.split()) < STORY_MIN_WORDS:
        return None
    return best


def _stories(message: dict[str, Any]) -> list[SlackStory]:
    """The texts one message carries: its own, and each attachment's with its fields."""
    stories = [SlackStory(_plain(_string(message.get("text"))), None, None, None)]
    for attachment in message.get("attachments") or []:
        if not isinstance(attachment, dict):
            continue
        title = " ".join(_plain(_string(attachment.get("title"))).split()) or None
        url = (
            _string(attachment.get("title_link"))
            or _string(attachment.get("from_url"))
            or _string(attachment.get("original_url"))
            or None
        )
        published = _published_field(attachment.get("fields"))
        stories.append(SlackStory(_plain(_string(attachment.get("text"))), title, published, url))
    return stories


def _published_field(fields: Any) -> str | None:
    """The value of the attachment's field that dates the story, as written."""
    for field in fields if isinstance(fields, list) else []:
        if not isinstance(field, dict):
            continue
        value = _string(field.get("value")).strip()
        if value and is_publication_field(_string(field.get("title"))):
            return value
    return None


def _plain(text: str) -> str:
    """A Slack text as plain paragraphs (one a line as posted, blank lines between them
    or not): links by their labels, mentions and emphasis marks dropped, Slack's escapes
    (``&amp;``, ``&lt;``, ``&gt;``) undone."""
    text = _LABELLED_LINK_RE.sub(r"\2", text)
    text = _BARE_LINK_RE.sub(r"\1", text)
    text = _MENTION_RE.sub("", text)
    text = _EMPHASIS_RE.sub(r"\2", text)
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*", html_lib.unescape(text)))
    return "\n\n".join(p for p in paragraphs if p)


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def slack_export_error(where: str) -> MalformedInputError:
    """The error for a chat export that carries no article."""
    return MalformedInputError(
        f"{where}: a chat channel's JSON export holding no article (no message nor "
        f"attachment of {STORY_MIN_WORDS} words or more: chat lines and link previews "
        "only); export the channel's day on which the article was posted, or save the "
        "article's page",
        detail={"where": where},
    )
