"""A kanban card's JSON export (Trello's "Export JSON" of a card or a board): the article
pasted in the card.

A monitoring team that files each clipping as a card exports it as a JSON object: the
card's ``"id"``, its ``"name"`` (the clipping's title, often "Outlet – headline"), its
``"desc"`` in Markdown (the team's fields, "**Sumber:** URL", over a rule, then the pasted
article), its ``"labels"``, ``"due"`` date, ``"dateLastActivity"``, ``"attachments"``,
``"checklists"`` and the ``"actions"`` (comments, creation) with their dates. A board's
export is an object whose ``"cards"`` list holds such cards.

None of the card's dates is the story's: they say when the team filed, moved, commented
or is due to handle it; the pasted story's own date line dates it. :func:`read_card`
gives the article: the description's paragraphs under the team's fields (Markdown marks
off; the page rules still set aside the date line, the caption and the credits), the
headline its text opens with (else the card's name), and the source the fields name.

>>> card = {
...     "id": "c1", "name": "Kabar Hulu – Jembatan desa diperbaiki", "idList": "l1",
...     "due": "2027-01-05T02:00:00.000Z", "labels": [{"name": "Desa"}],
...     "desc": "**Sumber:** https://kabarhulu.example/jembatan\\n\\n---\\n\\n"
...     "# Jembatan Desa Diperbaiki Warga\\n\\nWarga memperbaiki jembatan desa.",
... }
>>> import json
>>> story = read_card_export(json.dumps(card), "k.json")[0]
>>> story.title, story.url, story.published
('Jembatan Desa Diperbaiki Warga', 'https://kabarhulu.example/jembatan', None)
>>> story.text.split("\\n\\n")
['Jembatan Desa Diperbaiki Warga', 'Warga memperbaiki jembatan desa.']
>>> read_card_export('{"id": "x", "name": "Bukan kartu"}', "k.json") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from warta.errors import MalformedInputError
from warta.ingest.json_document import json_value
from warta.ingest.markdown_inline import markdown_paragraphs, without_emphasis

__all__ = ["CardStory", "card_export_error", "looks_like_card_export", "read_card_export"]


@dataclass(frozen=True, slots=True)
class CardStory:
    """The article a card holds: its text as paragraphs separated by blank lines, its
    headline and its source's address (``None`` where none). ``published`` is always
    ``None``: a card's dates are the team's (the field is there for the readers' protocol).
    """

    text: str
    title: str | None
    url: str | None
    published: str | None = None


# The keys that tell a card from any other JSON object: its list and board ids beside a
# name and a description (a board's cards carry the same).
_CARD_KEYS = ("name", "desc")
_CARD_ID_KEYS = ("idList", "idBoard", "shortUrl", "idShort")
# A Markdown rule line ("---", "***", "___") between the team's fields and the article.
_RULE_RE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.MULTILINE)
# A field line of the team's: "**Sumber:** https://...", "Media: ..." (a name of a word or
# three, then a colon).
_FIELD_LINE_RE = re.compile(r"^\s*(?:\*\*|__)?[^\s:*_][^:\n]{0,30}:(?:\*\*|__)?\s*\S")
# The field that names the source's address: its name, then a URL.
_SOURCE_FIELD_RE = re.compile(
    r"^\s*(?:\*\*|__)?(?:sumber|source|link|tautan|url)\s*:?(?:\*\*|__)?\s*:?\s*"
    r"<?(?P<url>https?://\S+?)>?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADING_RE = re.compile(r"^\s*#{1,6}\s+(?P<text>\S.*)$", re.MULTILINE)
# An outlet's name before the headline in a card's name: "Kabar Hulu – ..." or, a tag
# the team sets in brackets, "[Kabar Hulu] ...".
_OUTLET_PREFIX_RE = re.compile(r"^(?:[^–—:-]{2,40}\s[–—-]\s+|\[[^\]\n]{2,40}\]\s*)")
# The article's first line set wholly in bold: the headline its editor did not mark as a
# heading.
_BOLD_LINE_RE = re.compile(r"^\s*(?P<mark>\*\*|__)(?P<text>[^*_\n]\S.*?)(?P=mark)\s*$")


# A card's own keys near the top of a file that does not parse: a card export cut short
# or edited by hand.
_CARD_KEY_RE = re.compile(r'"(?:idList|idBoard|shortUrl)"\s*:')
_SNIFF_CHARS = 4096


def _cards(content: str, where: str = "") -> list[dict[str, Any]] | None:
    """The cards of an export (one card's object, or a board's ``"cards"``), or ``None``
    when ``content`` is no card export. Raises :class:`MalformedInputError` (naming
    ``where``) for one that opens like a card but is not valid JSON."""
    data = json_value(content)
    if data is None and content.lstrip()[:1] == "{" and _CARD_KEY_RE.search(content[:_SNIFF_CHARS]):
        raise card_export_error(where, "it is not valid JSON (cut short or edited?)")
    if not isinstance(data, dict):
        return None
    board = data.get("cards")
    cards: list[Any] = board if isinstance(board, list) else [data]
    found = [c for c in cards if isinstance(c, dict) and _is_card(c)]
    return found or None


def _is_card(obj: dict[str, Any]) -> bool:
    return all(k in obj for k in _CARD_KEYS) and any(k in obj for k in _CARD_ID_KEYS)


def looks_like_card_export(content: str) -> bool:
    """Whether ``content`` is a card's or a board's JSON export (see the module); one that
    opens like a card but does not parse is one, for its reader to report."""
    try:
        return _cards(content) is not None
    except MalformedInputError:
        return True


def read_card_export(content: str, where: str) -> list[CardStory | None] | None:
    """The article of each card of the export ``content`` (``None`` for a card whose
    description holds no text), or ``None`` when ``content`` is no card export.

    Raises :class:`MalformedInputError`, naming ``where``, for an export none of whose
    cards holds an article."""
    cards = _cards(content, where)
    if cards is None:
        return None
    stories = [_story(card) for card in cards]
    if not any(stories):
        raise card_export_error(where, "no card's description holds an article")
    return stories


def _story(card: dict[str, Any]) -> CardStory | None:
    """The article of one card, from its description; ``None`` when it holds none."""
    desc = card.get("desc")
    if not isinstance(desc, str):
        return None
    fields, article = _split_fields(desc)
    # Card writers mark captions and fields with single "*" and "_" too.
    text = markdown_paragraphs(article, single=True)
    if not text:
        return None
    source = _SOURCE_FIELD_RE.search(fields) if fields else None
    url = source.group("url") if source else _attachment_url(card)
    return CardStory(text=text, title=_headline(card, article, text), url=url)


def _split_fields(desc: str) -> tuple[str, str]:
    """The team's field lines over the description's first rule, and the rest (the
    article). Without a rule, or when what stands over it is not field lines, the whole
    description is the article."""
    rule = _RULE_RE.search(desc)
    if rule is None:
        return "", desc
    head = [line for line in desc[: rule.start()].splitlines() if line.strip()]
    if head and all(_FIELD_LINE_RE.match(line) for line in head):
        return "\n".join(head), desc[rule.end() :]
    return "", desc


def _headline(card: dict[str, Any], article: str, text: str) -> str | None:
    """The article's own Markdown heading or its first line set wholly in bold, else the
    card's name less an outlet's name in brackets before it, or before a dash when the
    text gives the headline without it."""
    heading = _HEADING_RE.search(article)
    if heading:
        return " ".join(without_emphasis(heading.group("text"), single=True).split())
    first = next((line for line in article.splitlines() if line.strip()), "")
    bold = _BOLD_LINE_RE.match(first)
    if bold:
        return " ".join(bold.group("text").split())
    name = " ".join(str(card.get("name") or "").split())
    outlet = _OUTLET_PREFIX_RE.match(name)
    if outlet and (name.startswith("[") or name[outlet.end() :] in text):
        # a bracketed tag is never a headline's words; a name before a dash may be
        return name[outlet.end() :]
    return name or None


def _attachment_url(card: dict[str, Any]) -> str | None:
    """The address of the card's first link attachment off the board's own site."""
    for attachment in card.get("attachments") or []:
        url = attachment.get("url") if isinstance(attachment, dict) else None
        if isinstance(url, str) and url.startswith("http") and "trello.com/" not in url:
            return url
    return None


def card_export_error(where: str, problem: str) -> MalformedInputError:
    """The error for a card export that cannot be read or holds no article."""
    return MalformedInputError(
        f"{where}: a card's JSON export, but {problem}; the article is read from a card's "
        "description: paste its text there and export the card again, saved whole",
        detail={"where": where},
    )
