"""Labels spread from one labelled line over the box or card it heads (after step 1).

Each pass reads the pattern labels and gives the lines grouped with a labelled line the
same label, so that no title or lead is taken from them: a fact-check's verdict box, a
reader poll, a table of contents, a most-read list under its ranks, what stands above a
forwarded mail's marker, a daily verse or saying, and an author's card (a name over a
role, a name and a bar and the outlet over the date line). Each changes ``labels`` in
place.
"""

from __future__ import annotations

import itertools
import re

from warta.clean import patterns as P
from warta.clean.pattern_labels import POLL_LINE_MAX_WORDS
from warta.clean.shapes import _META_LABELS, Line, chrome_ratio, ends_terminal, is_prose

POLL_MAX_LINES = 12
# A verdict box holds the rating and a sentence or two of summary: a few lines.
VERDICT_BOX_MAX_LINES = 6


# Quotation marks a daily box's saying opens with.
_OPENING_QUOTES = ('"', "\u201c", "\u2018", "'")


def is_daily_saying(lines: list[Line], i: int) -> bool:
    """Line ``i`` reads as the saying of a site's daily box: a quotation with its scripture
    reference ('"..." - Yesaya 41:10', '"..." (QS. Al-Insyirah: 5)'), or any quotation
    right under the box's label ("Ayat Hari Ini", "Kutipan Hari Ini", "Quote of the
    Day"). Never a headline (:func:`~warta.clean.title.find_title_lines`)."""
    text = lines[i].text
    if P.SCRIPTURE_QUOTE_RE.match(text):
        return True
    return (
        i > 0
        and text.lstrip().startswith(_OPENING_QUOTES)
        and bool(P.DAILY_BOX_LABEL_RE.match(lines[i - 1].text))
    )


def _daily_boxes(lines: list[Line], labels: list[str | None]) -> None:
    """A site's daily verse or saying box (its label and the quotation): a box of the
    site's, like a most-read list, never the headline nor the lead. A quoted verse with
    its reference is the box's above the page's first prose; below it, a paragraph
    quoting scripture is the story's unless the box's label heads it."""
    seen_prose = False
    for i, line in enumerate(lines):
        if labels[i] is not None:
            continue
        labelled = i > 0 and bool(P.DAILY_BOX_LABEL_RE.match(lines[i - 1].text))
        if is_daily_saying(lines, i) and (labelled or not seen_prose):
            labels[i] = "related"
            if labelled and labels[i - 1] is None:
                labels[i - 1] = "related"
        elif is_prose(line):
            seen_prose = True


def _verdict_boxes(lines: list[Line], labels: list[str | None]) -> None:
    """A fact-check's verdict box: the rating ("HASIL CEK FAKTA: KELIRU") and the short
    summary under it in its block, or inside a frame drawn in text ("╔═══╗" ... "╚═══╝"):
    the checker's label over the story, never its headline nor its lead."""
    for i, label in enumerate(labels):
        if label != "verdict":
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= VERDICT_BOX_MAX_LINES:
                if lines[j].block != lines[i].block or labels[j] not in (None, "box"):
                    break
                if labels[j] is None:
                    labels[j] = "verdict"
                j += step


def _poll_boxes(lines: list[Line], labels: list[str | None]) -> None:
    """A reader poll: under its head ("POLLING SITUS"), the rest of its block (the
    question, the options, the vote button, the count of votes) asks the reader, it tells
    no news. A page that puts one line per block (HTML paragraphs) runs it across blocks."""
    for i, label in enumerate(labels):
        if label != "poll":
            continue
        one_per_block = lines[i].block_size == 1
        for j in range(i + 1, min(len(lines), i + 1 + POLL_MAX_LINES)):
            same = lines[j].block == lines[i].block or (one_per_block and lines[j].block_size == 1)
            if not same or lines[j].words > POLL_LINE_MAX_WORDS or is_prose(lines[j]):
                break
            if labels[j] is None:
                labels[j] = "poll"


def _forward_wrapper(lines: list[Line], labels: list[str | None]) -> None:
    """A forwarded e-mail: what stands above its marker ("---------- Forwarded message
    ---------") is the forwarder's (the mail client's header, a note to a colleague),
    never the story, which is the message forwarded below."""
    marker = next((i for i, line in enumerate(lines) if P.FORWARDED_RE.match(line.text)), None)
    if marker is None:
        return
    for i in range(marker):
        if labels[i] is None or labels[i] == "repeated":
            labels[i] = "mail-header"


_PERSON_NAME_RE = re.compile(r"^[A-Z][a-z'.-]+(?:\s+[A-Z][a-z'.-]+){1,3}$")


def _is_person_name(text: str) -> bool:
    """Two to four capitalised words that may name a person: none of them the site's
    vocabulary (a section's banner "Berita Kampus", "Kabar Daerah" is no one's name, and a
    campus headline under it opens with a role: "Dosen ... Rancang ...")."""
    return bool(_PERSON_NAME_RE.match(text.strip())) and chrome_ratio(text) == 0


def _profile_roles(lines: list[Line], labels: list[str | None]) -> None:
    """A person's name alone on its line, then a role ("Rina Putri" over "Dosen Teknik
    Sipil Universitas X | Air Perkotaan"), then the date line or a bar-separated topic:
    an author's card, never the headline."""
    for i in range(1, len(lines)):
        if labels[i] is not None or not P.PROFILE_ROLE_RE.match(lines[i].text):
            continue
        if not _is_person_name(lines[i - 1].text) or ends_terminal(lines[i].text):
            continue
        below = labels[i + 1] if i + 1 < len(lines) else None
        if " | " in lines[i].text or below in _META_LABELS:
            labels[i - 1] = labels[i] = "byline"


# The outlet after an author's name and a bar: a word or three ("Suara.Com", "Beautynesia").
BYLINE_OUTLET_MAX_WORDS = 3


def _name_bar_bylines(lines: list[Line], labels: list[str | None]) -> None:
    """A person's name, a bar and the outlet ("Riki Chandra | Suara.Com") right over the
    date line: the author's byline in the network's shape, never the headline."""
    for i in range(len(lines) - 1):
        if labels[i] is not None or labels[i + 1] not in ("dateline", "date"):
            continue
        name, bar, outlet = lines[i].text.strip().partition(" | ")
        if (
            bar
            and _PERSON_NAME_RE.match(name.strip())
            and 0 < len(outlet.split()) <= BYLINE_OUTLET_MAX_WORDS
            and "|" not in outlet
        ):
            labels[i] = "byline"


RANKED_HEADLINE_MAX_WORDS = 20
_RANK_RE = re.compile(r"^\s*#?(?:[1-9]|1\d|20)\.?\s*$")


def _ranked_lists(lines: list[Line], labels: list[str | None]) -> None:
    """A list of most-read headlines under its head ("Terpopuler", "Berita Populer"),
    each headline under its rank alone on a line ("1" / "Judul ..."): the ranks and the
    headlines are the box's, however the last headline ends (a question mark, too)."""
    for i, line in enumerate(lines):
        if labels[i] != "related" or line.words > 4:
            continue
        j = i + 1
        while (
            j + 1 < len(lines)
            and _RANK_RE.match(lines[j].text)
            and lines[j + 1].words <= RANKED_HEADLINE_MAX_WORDS
            and not lines[j + 1].text.rstrip().endswith(".")
        ):
            labels[j] = labels[j + 1] = "related"
            j += 2


CONTENTS_ITEM_MAX_WORDS = 12
CONTENTS_MIN_ITEMS = 2


def _contents_lists(lines: list[Line], labels: list[str | None]) -> None:
    """A table of contents over a listicle: under its head ("Daftar isi", "Table of
    contents"), the short lines without a full stop that follow are links to the
    story's own subheadings, navigation. Left in, the last item reads as the headline
    nearest the prose and its twin below as the headline repeated. Two items at least;
    the list ends at the first line of prose or one already labelled."""
    for i, line in enumerate(lines):
        if not P.CONTENTS_HEAD_RE.match(line.text):
            continue
        items = list(
            itertools.takewhile(
                lambda j: (
                    labels[j] is None
                    and lines[j].words <= CONTENTS_ITEM_MAX_WORDS
                    and not lines[j].text.rstrip().endswith((".", ",", ";", ":"))
                ),
                range(i + 1, len(lines)),
            )
        )
        if len(items) >= CONTENTS_MIN_ITEMS:
            for j in (i, *items):
                labels[j] = "navigation"


# A box's label in capitals: a word or three ("HASIL PERTANDINGAN", "DATA SINGKAT").
BOX_LABEL_MAX_WORDS = 3
# The lines of such a box: short facts, never the story's sentences.
BOX_LINE_MAX_WORDS = 14
BOX_MAX_LINES = 8
# What a box may hold that a pattern already named: a row the bar-of-buttons rule read
# ("25-20 | 19-25  •  64 menit"), a count. A byline or a date ends the box (above it, the
# label in capitals was a kicker over the headline).
_BOX_FURNITURE = frozenset({"navigation", "counter"})


def _labelled_boxes(lines: list[Line], labels: list[str | None]) -> None:
    """A box under the article's meta lines, headed by a label in capitals ("HASIL
    PERTANDINGAN" over the score, the scorers, "Stadion: ..."): its lines, in the label's
    block, are the box's (labelled captions), never the headline nor the lead. Above the
    meta lines a line in capitals is a kicker over the headline, not a box."""
    seen_meta = False
    for i, line in enumerate(lines):
        if labels[i] in _META_LABELS:
            seen_meta = True
            continue
        if not seen_meta or labels[i] is not None or not _is_box_label(line):
            continue
        members: list[int] = []
        j = i + 1
        # A line of the box a pattern already named (the sets' scores read as a bar of
        # buttons: "25-20 | 19-25") stays the box's, under its own label.
        while (
            j < len(lines)
            and lines[j].block == line.block
            and j - i <= BOX_MAX_LINES
            and (labels[j] in _BOX_FURNITURE or (labels[j] is None and _box_line(lines[j])))
        ):
            if labels[j] is None:
                members.append(j)
            j += 1
        if members and (j >= len(lines) or lines[j].block != line.block):
            for k in (i, *members):
                labels[k] = "caption"


def _box_line(line: Line) -> bool:
    return line.words <= BOX_LINE_MAX_WORDS and not is_prose(line)


def _is_box_label(line: Line) -> bool:
    if not 0 < line.words <= BOX_LABEL_MAX_WORDS:
        return False  # before its letters are counted: most lines are a paragraph long
    text = line.text.strip().rstrip(":")
    return sum(c.isalpha() for c in text) >= 4 and text.isupper() and not ends_terminal(text)
