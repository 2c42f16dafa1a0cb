"""Where the story opens (step 3, the top of the body), past what stands over the lead.

The classifier finds the first prose line after the title; these passes move that start
down past a standfirst (a summary with the meta lines under it), the picture's credit and
caption under the meta lines, or a caption printed over the lead, labelling the lines
they pass over; and a numbered item's head over the first paragraph of a later page is
taken in. Each returns the new start and labels in place.
"""

from __future__ import annotations

import re

from warta.clean import patterns as P
from warta.clean.dates import find_bare_dates, find_dates
from warta.clean.shapes import (
    _CAPITALS_CREDIT_RE,
    _META_LABELS,
    Line,
    ends_terminal,
    is_headline,
    is_prose,
)

# A standfirst (the summary under a headline) is a sentence or two.
STANDFIRST_MAX_WORDS = 40


# What stands under an article's meta lines, over its lead: the picture's caption and
# credit, the picture's alt text repeating the headline, the page's buttons (or a line
# every page of the batch repeats there), a reading time ("Waktu baca: 4 menit").
_UNDER_META_LABELS = frozenset(
    {"caption", "credit", "repeated-title", "navigation", "repeated", "counter", "scoreboard"}
)


def _after_standfirst(lines: list[Line], labels: list[str | None], start: int) -> int:
    """Where the story opens when the paragraph at ``start`` is a standfirst: a short
    summary under the headline with the author's byline or the date under it, then the
    story's prose ("Ringkasan singkat." / "Oleh Nama · 14 Agustus 2025" / "Lead ...").
    The standfirst is labelled so; otherwise ``start`` itself."""
    meta = start + 1
    # A summary box may stand where the meta lines do, under the standfirst; but a lead
    # (its dateline, its day of the news) over the box is the story's first paragraph.
    # A name no pattern knows ("Nama Penulis (Harian X)") may stand over a date line
    # there, and the picture's caption under the meta lines, over the lead, with the
    # page's buttons (a share bar, an audio player) under the caption or the meta lines.
    while meta < len(lines) and (
        labels[meta] in _META_LABELS
        or labels[meta] == "ai-summary"
        or _unlabelled_name_over_date(lines, labels, meta)
        or (
            labels[meta] in _UNDER_META_LABELS
            and meta > start + 1
            and labels[meta - 1] in _META_LABELS | _UNDER_META_LABELS
        )
        or _picture_over_meta(labels, start, meta)
    ):
        meta += 1
    if not any(
        labels[j] in _META_LABELS or labels[j] == "ai-summary" for j in range(start + 1, meta)
    ):
        return start
    meta = _past_picture(lines, labels, meta)
    boxed = any(labels[j] == "ai-summary" for j in range(start + 1, meta))
    if boxed and (_opens_with_dateline(lines[start].text) or _names_the_day(lines[start].text)):
        return start
    if (
        meta == start + 1
        or meta >= len(lines)
        or labels[meta] is not None
        or not is_prose(lines[meta])
        or lines[start].words > STANDFIRST_MAX_WORDS
    ):
        return start
    labels[start] = "standfirst"
    return meta


# What a deck's picture is made of, between the deck and the lead.
_PICTURE_LABELS = frozenset({"caption", "credit"})


def _deck_over_picture(
    lines: list[Line], labels: list[str | None], start: int, last_title: int
) -> int:
    """Where the story opens when the paragraph at ``start`` is a deck printed right under
    the headline with the picture under it, over the lead ("Judul" / "Ringkasan tanpa
    titik" / "Keterangan foto. (Foto: X)" / "Lead ..."): the deck ends no sentence, a
    lead cut short would not stand over a picture and then more prose. A print view puts
    the author's bare name between the deck and the picture, and its deck may end a
    sentence: then the lead must open with its dateline, and the deck must not (nor name
    the day of the news, as a lead does). The deck is labelled ``standfirst`` (the name
    ``byline``); otherwise ``start`` itself."""
    if (
        last_title < 0
        or start <= last_title
        or labels[start] is not None
        or any(labels[j] is None for j in range(last_title + 1, start))
        or lines[start].words > STANDFIRST_MAX_WORDS
        or lines[start].text.rstrip().endswith((":", ",", "…", "..."))
    ):
        return start
    named = _is_bare_author_name(lines, labels, start + 1)
    j = start + 2 if named else start + 1
    while j < len(lines) and labels[j] in _PICTURE_LABELS | _UNDER_META_LABELS:
        j += 1
    pictured = any(labels[k] in _PICTURE_LABELS for k in range(start + 1, j))
    if not pictured or j >= len(lines) or labels[j] is not None or not is_prose(lines[j]):
        return start
    deck = lines[start].text
    if (named or ends_terminal(deck)) and not _deck_over_datelined_lead(deck, lines[j].text):
        return start
    labels[start] = "standfirst"
    if named:
        labels[start + 1] = "byline"
    return j


# An author's bare name under a print view's deck: two to four capitalised words.
BARE_NAME_MAX_WORDS = 4
_BARE_NAME_RE = re.compile(r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}")


def _is_bare_author_name(lines: list[Line], labels: list[str | None], i: int) -> bool:
    """Line ``i`` is unlabelled and holds only a person's name ("Nama Penulis"): two to
    :data:`BARE_NAME_MAX_WORDS` capitalised words, no digit, no stop."""
    return (
        i < len(lines)
        and labels[i] is None
        and lines[i].words <= BARE_NAME_MAX_WORDS
        and not re.search(r"\d", lines[i].text)
        and bool(_BARE_NAME_RE.fullmatch(lines[i].text.strip()))
    )


# A deck is a sentence or two.
DECK_MAX_SENTENCES = 2


def _deck_over_datelined_lead(deck: str, lead: str) -> bool:
    """``deck``, a sentence or two with no dateline and no day of the news, stands over a
    ``lead`` that opens with its dateline: the story opens there, not at the deck."""
    return (
        len(re.findall(r"[.!?](?:\s|$)", deck)) <= DECK_MAX_SENTENCES
        and _opens_with_dateline(lead)
        and not _opens_with_dateline(deck)
        and not _names_the_day(deck)
    )


# A chapter's head over its first paragraph: "Bagian 2", "Musim yang Bergeser".
CHAPTER_HEAD_MAX_WORDS = 8


def _standfirst_over_scroll_cue(lines: list[Line], labels: list[str | None], start: int) -> int:
    """Where a scroll story opens when the paragraph at ``start`` is its standfirst: a
    sentence or two under the headline with the cue to scroll under it ("Scroll ke bawah
    ↓"), then the chapters' list and the first chapter's head over the first paragraph.
    The standfirst is labelled so and the story opens at that paragraph; otherwise
    ``start`` itself."""
    if labels[start] is not None or lines[start].words > STANDFIRST_MAX_WORDS:
        return start
    j, cued = start + 1, False
    while j < len(lines) and (
        labels[j] in _UNDER_META_LABELS
        or (
            labels[j] is None
            and lines[j].words <= CHAPTER_HEAD_MAX_WORDS
            and not ends_terminal(lines[j].text)
        )
    ):
        cued = cued or bool(P.SCROLL_CUE_RE.match(lines[j].text))
        j += 1
    if not cued or j >= len(lines) or labels[j] is not None or not is_prose(lines[j]):
        return start
    labels[start] = "standfirst"
    return j


def _picture_over_meta(labels: list[str | None], start: int, at: int) -> bool:
    """Line ``at`` is the caption or credit of a picture standing right under the
    standfirst at ``start``, over the byline or the date line (some pages put the
    picture between the deck and the meta lines)."""
    j = at
    while j < len(labels) and labels[j] in ("caption", "credit"):
        j += 1
    return (
        j > at
        and all(lab in ("caption", "credit") for lab in labels[start + 1 : at])
        and j < len(labels)
        and labels[j] in _META_LABELS
    )


# A picture under the meta lines: its credit, its caption and the page's buttons.
PICTURE_MAX_LINES = 4
# ... and with a summary box and buttons among them, a dozen lines at most.
PICTURE_SPAN_MAX_LINES = 12


def _past_picture(lines: list[Line], labels: list[str | None], at: int) -> int:
    """Where the lead stands when the lines at ``at`` are a picture's credit and caption
    (a sentence at most each, with the page's buttons among them) over a lead that opens
    with its dateline ("KABARKITA.COM/NAMA" / "Petugas menurunkan perahu ..." / "KOTA -
    ..."); those lines are labelled captions. Otherwise ``at``."""
    j, unlabelled = at, 0
    while (
        j < len(lines)
        and unlabelled < PICTURE_MAX_LINES
        and j - at < PICTURE_SPAN_MAX_LINES
        and _in_picture(lines, labels, j)
    ):
        if _opens_with_dateline(lines[j].text) and not _datelined_lead_below(lines, labels, j):
            break  # the lead itself; a caption whose words open like one ("KATA KUNCI - ...")
        unlabelled += labels[j] is None  # the picture's own lines (boxes do not count)
        j += 1  # stands over the lead, which follows below
    if j == at or j >= len(lines) or labels[j] is not None:
        return at
    if not (is_prose(lines[j]) and _opens_with_dateline(lines[j].text)):
        return at
    for k in range(at, j):
        if labels[k] is None:
            labels[k] = "caption"
    return j


_CAPS_PREFIX_RE = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3} [-–—] ")


def _keyword_caption(text: str, lead: Line) -> bool:
    """A caption in the agency's style, keywords in capitals before a dash ("DERMAGA RUSAK
    - Warga melihat ..."), over a longer lead that opens with its own dateline: two
    datelines in a row, and the first, shorter one, without a digit, is the caption's."""
    m = _CAPS_PREFIX_RE.match(text)
    return m is not None and m.group().isupper() and lead.words > len(text.split())


# What may stand between a caption and the lead it is over: a summary box, buttons.
_BETWEEN_CAPTION_AND_LEAD = frozenset({"ai-summary", *_UNDER_META_LABELS})


def _in_picture(lines: list[Line], labels: list[str | None], j: int) -> bool:
    """Line ``j`` may be part of a picture's block: a credit, a caption of a sentence at
    most, the page's buttons, or a summary box under the picture."""
    if labels[j] in _BETWEEN_CAPTION_AND_LEAD:
        return True
    return (
        labels[j] is None
        and lines[j].words <= LEAD_CAPTION_MAX_WORDS
        and len(re.findall(r"[.!?](?:\s|$)", lines[j].text)) <= 1
    )


def _datelined_lead_below(lines: list[Line], labels: list[str | None], j: int) -> bool:
    """A paragraph that opens with a dateline stands below line ``j``, past only a
    summary box and buttons: line ``j``, one sentence opening like a dateline, is then a
    caption written in the agency's style ("ANTREAN TRUK - Deretan truk ...")."""
    k = j + 1
    while k < len(lines) and labels[k] in _BETWEEN_CAPTION_AND_LEAD:
        k += 1
    return (
        k < len(lines)
        and labels[k] is None
        and is_prose(lines[k])
        and _opens_with_dateline(lines[k].text)
        and lines[k].words > lines[j].words
    )


# An author's name with the outlet after it: a few words, never a sentence.
META_NAME_MAX_WORDS = 7


def _unlabelled_name_over_date(lines: list[Line], labels: list[str | None], i: int) -> bool:
    """Line ``i`` is a short unlabelled line with no full stop right over a date line
    (``dateline``/``date``): the author's name in a shape no byline pattern knows
    ("Nama Penulis (The Daily X)"), part of the article's meta block."""
    text = lines[i].text.strip()
    words = text.split()
    capitalised = sum(1 for w in words if w.lstrip("(\"'")[:1].isupper())
    return (
        labels[i] is None
        and lines[i].words <= META_NAME_MAX_WORDS
        and not ends_terminal(text)
        and not text.endswith(":")  # "Berikut kronologinya:" announces the story's list
        and capitalised * 3 >= len(words) * 2  # a name is capitalised, a sentence is not
        and i + 1 < len(lines)
        and labels[i + 1] in ("dateline", "date")
    )


def _names_the_day(text: str) -> bool:
    """The paragraph names a day of the news, as a lead does: "Selasa (20/5/2025)",
    "Kamis (3/12)"."""
    return bool(find_bare_dates(text)) or any(found.has_weekday for found in find_dates(text))


# A picture's caption over the lead is a sentence or two of a few dozen words.
LEAD_CAPTION_MAX_WORDS = 50
# Where the people in a picture stand, as captions say: "(kiri)", "(kedua dari kanan)",
# "(tengah)", "(ki-ka)", "(dari kiri ke kanan)".
_POSITION_RE = re.compile(
    r"\((?:paling\s+|(?:ke)?(?:dua|tiga|empat|lima)\s+(?:dari\s+)?|dari\s+)?"
    r"(?:kiri|kanan|tengah)(?:\s+ke\s+(?:kanan|kiri))?(?:\s*,[^()]{1,40})?\)"
    r"|\((?:ki-ka|ka-ki|kiri-kanan|kanan-kiri)\)",
    re.IGNORECASE,
)
# The dateline opening a lead: "Semarang –", "JAKARTA, KOMPAS.com -", "Kota (ANTARA) -".
# (Not "Kota: ...": a paragraph of an interview opens "Name: answer" the same way.)
_LEAD_DATELINE_RES = (P.DATELINE_RE, P.DATELINE_DATE_RE, P.DATELINE_GLUED_RE)


def _after_lead_caption(lines: list[Line], labels: list[str | None], start: int) -> int:
    """Where the story opens when the paragraph at ``start`` is a picture's caption
    printed over the lead: a sentence or two, then the lead's prose, and either the
    caption says where people stand in the picture ("(kiri)"), or it ends with the
    picture's source in capitals ("... (KABARKITA)"), or the lead below opens with its
    dateline ("Semarang – ...") and the line above is one sentence without one: a story
    opens with its dateline, so a sentence over it is not the story's. The caption is
    labelled so; otherwise ``start`` itself."""
    if start >= len(lines) or labels[start] is not None:
        return start
    lead = next((j for j in range(start + 1, len(lines)) if labels[j] is None), None)
    if lead is None or not is_prose(lines[lead]):
        return start
    text = lines[start].text
    sentences = len(re.findall(r"[.!?](?:\s|$)", text))
    if lines[start].words > LEAD_CAPTION_MAX_WORDS or sentences > 2:
        return start
    shown = bool(_POSITION_RE.search(text) or _CAPITALS_CREDIT_RE.search(text))
    under_dateline = (
        sentences <= 1
        and _opens_with_dateline(lines[lead].text)
        and (not _opens_with_dateline(text) or _keyword_caption(text, lines[lead]))
    )
    if not (shown or under_dateline):
        return start
    labels[start] = "caption"
    return lead


def _numbered_head_above(
    lines: list[Line], labels: list[str | None], start: int, last_title: int
) -> int:
    """A paginated story's later page opens on a numbered item's head ("3. Mudah lelah")
    right over the first paragraph, below the headline and its meta lines: the item's
    head is the body's first line (a subheading), not header chrome."""
    j = start - 1
    if j <= last_title or last_title < 0 or labels[j] is not None:
        return start
    line = lines[j]
    if P.NUMBERED_HEAD_RE.match(line.text) and is_headline(line) and not ends_terminal(line.text):
        return j
    return start


def _is_placed_caption(line: Line) -> bool:
    """A sentence that says where people stand in a picture ("Bupati (kanan) menyerahkan
    bantuan kepada warga."): news prose never places its people so, captions do. One
    sentence of at most :data:`LEAD_CAPTION_MAX_WORDS` words."""
    return (
        line.words <= LEAD_CAPTION_MAX_WORDS
        and len(re.findall(r"[.!?](?:\s|$)", line.text)) <= 1
        and bool(_POSITION_RE.search(line.text))
    )


def _opens_with_dateline(text: str) -> bool:
    return any(r.match(text) for r in _LEAD_DATELINE_RES)
