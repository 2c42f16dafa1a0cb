"""Labels a line earns from its neighbours: the furniture that comes in groups.

A line alone cannot say it is a related headline, an AI-summary bullet or a caption: a
related headline looks like any headline, a summary bullet like any sentence. Their
neighbours say it. Each rule here reads the pattern labels of :mod:`warta.clean.pattern_labels`
(``None`` for a line no pattern claimed) and labels the group around a line that
announces it:

* a related-box label alone on its line ("Artikel Terkait", "Baca Juga", "Rekomendasi")
  and the run of headlines below it → ``related``;
* a box label of other stories ("Kabar Lainnya") over teasers each closed by its link
  (a newsletter's other picks: a headline, a sentence of its dek, "Selengkapnya
  <https://...>") → ``related``, the dek with them;
* a topic box's label ("Dalam artikel ini:") and the topic names below it → ``navigation``;
* a disclaimer saying a summary was written by AI, with the bullets and the box label
  above it, or the plain sentences between it and its box label ("POIN PENTING") →
  ``ai-summary``;
* a line directly above a picture credit in the same block, or under a "Foto:" credit
  in a block of the two → ``caption``;
* a block of mail header fields ("From:", "Subject:", "To:") over a newsletter pasted
  from an e-mail → ``mail-header`` (the subject is the mail's, not the story's headline);
* a short line of capitalised names directly above a date line → ``byline`` (the
  author's name over the timestamp), with a one-sentence bio between them, or above
  another byline of its block ("Nama" over "Editor: Nama"), or over the role of an
  author's card ("Nama" over "Kontributor Kabar Kita");
* the short lines of a match's box around its scorers' or score line (the result "Tim A
  1-2 Tim B", the venue "Stadion X - Kota", the box's head in capitals) → ``scoreboard``.

Every rule works in place on ``labels`` and only ever labels lines no pattern claimed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from warta.clean import patterns as P


class Line(Protocol):
    """What the rules read of a line (:class:`warta.clean.shapes.Line`)."""

    @property
    def text(self) -> str: ...
    @property
    def words(self) -> int: ...
    @property
    def block(self) -> int: ...
    @property
    def block_size(self) -> int: ...


__all__ = ["label_groups"]

# A related box lists 2..8 headlines; a longer run of headline-shaped lines is something
# else (a list in the article), so the run stops there.
RELATED_RUN_MAX = 8
# Related headlines have 3..20 words (the pages in examples/pages: 3..12).
RELATED_WORDS = (3, 20)
# A topic name in a topic box: a few words ("Lombok", "Pasar Rakyat", "Pedagang Kaki Lima").
TOPIC_WORDS = 4
# An AI summary holds a handful of bullets (3..5 on the pages seen); the walk up from its
# disclaimer stops after this many lines.
SUMMARY_MAX_LINES = 10
# The box label over AI bullets is short ("Intinya Sih...", "Ringkasan Berita").
SUMMARY_LABEL_WORDS = 4
# An author's name over a date: 2..4 capitalised words.
AUTHOR_WORDS = (2, 4)
DATE_LABELS = frozenset({"date", "dateline", "updated"})
# An author's bio under the name is one short sentence (blog platforms print one).
BIO_MAX_WORDS = 25
# A credit line under a caption is short: "KOMPAS.com/IRFAN HAKIM", "Getty Images".
CREDIT_LINE_WORDS = 6


def label_groups(lines: Sequence[Line], labels: list[str | None]) -> None:
    """Label related boxes, AI-summary blocks, captions over credits, author lines and
    mail headers."""
    _mail_headers(lines, labels)
    _related_runs(lines, labels)
    _linked_teasers(lines, labels)
    _topic_boxes(lines, labels)
    _ai_summaries(lines, labels)
    _summary_heads(lines, labels)
    _captions_over_credits(lines, labels)
    _authors_over_dates(lines, labels)
    _match_boxes(lines, labels)


# A match box's line is short: a result, a venue, a head ("HASIL PERTANDINGAN").
MATCH_BOX_LINE_WORDS = 8
# A match box holds a handful of lines around its scorers' line.
MATCH_BOX_MAX_LINES = 4


def _match_boxes(lines: Sequence[Line], labels: list[str | None]) -> None:
    """The lines of a match's box next to its score or scorers' line (``scoreboard``),
    each short and unclaimed and a box's line by its shape
    (:data:`~warta.clean.patterns.MATCH_BOX_LINE_RE`, or a head in capitals): the
    result and the venue over "Gol: ..." are no headline."""
    boxes = [i for i, label in enumerate(labels) if label == "scoreboard"]
    for i in boxes:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= MATCH_BOX_MAX_LINES:
                if labels[j] == "scoreboard":
                    j += step
                    continue
                if labels[j] not in (None, "repeated") or not _is_match_box_line(lines[j]):
                    break
                labels[j] = "scoreboard"
                j += step


def _is_match_box_line(line: Line) -> bool:
    text = line.text.strip()
    if line.words > MATCH_BOX_LINE_WORDS or text.endswith(P.TERMINAL):
        return False
    return bool(P.MATCH_BOX_LINE_RE.match(text)) or (text.isupper() and line.words <= 4)


def _headline_like(line: Line) -> bool:
    low, high = RELATED_WORDS
    # A headline may ask or exclaim ("Mengapa banjir makin sering terjadi?"); a sentence
    # ending in a full stop is the article again.
    ends = line.text.rstrip().rstrip(P.CLOSERS).rstrip().endswith((".", "…"))
    return low <= line.words <= high and not ends


# A ranked list's item: "1. Judul", "2) Judul".
_RANK_RE = re.compile(r"^\s*\d{1,2}[.)]\s")


def _related_runs(lines: Sequence[Line], labels: list[str | None]) -> None:
    """The headlines under a related-box label (each may have its date under it). The run
    stays in the label's block, unless the page puts one line per block (HTML
    paragraphs): then it crosses blocks."""
    for i, line in enumerate(lines):
        if labels[i] != "related" or not P.RELATED_LABEL_RE.match(line.text):
            continue
        one_per_block = line.block_size == 1
        numbered = False
        for j in range(i + 1, min(len(lines), i + 1 + RELATED_RUN_MAX)):
            nxt = lines[j]
            if nxt.block != line.block and not (one_per_block and nxt.block_size == 1):
                break
            if numbered and not _RANK_RE.match(nxt.text):
                break  # a ranked list ends with its ranks: the article's head may follow
            if labels[j] == "related":
                continue  # a linked headline of its own ("Video: Judul") inside the box
            if labels[j] in DATE_LABELS and labels[j - 1] == "related" and j > i + 1:
                continue  # the date a blog prints under each linked post ("4 Desember 2026")
            if labels[j] not in (None, "repeated", "navigation") or not _headline_like(nxt):
                break
            labels[j] = "related"
            numbered = numbered or (j == i + 1 and bool(_RANK_RE.match(nxt.text)))


# A teaser: its headline, a sentence or two of its dek at most, then its link.
TEASER_MAX_LINES = 3
TEASER_DEK_MAX_WORDS = 40
TEASER_DEK_MAX_SENTENCES = 2


def _linked_teasers(lines: Sequence[Line], labels: list[str | None]) -> None:
    """The teasers under a box label of other stories ("Kabar Lainnya", "Berita
    Terkait"), one after another, each a headline, a short dek under it at most and the
    link that closes it ("Selengkapnya <https://...>"): a newsletter lists its other
    picks so. The link says the dek is the other story's, not the article's prose; a
    box item without its link ends the run."""
    for i, line in enumerate(lines):
        if labels[i] != "related" or not P.RELATED_LABEL_RE.match(line.text):
            continue
        start = i + 1
        while (link := _teaser_link(lines, labels, start)) is not None:
            for j in range(start, link):
                labels[j] = "related"
            start = link + 1


def _teaser_link(lines: Sequence[Line], labels: list[str | None], start: int) -> int | None:
    """The index of the link closing the teaser that opens at ``start`` (its lines one
    block, or one line a block each), or None when no teaser opens there."""
    for link in range(start + 1, min(len(lines), start + TEASER_MAX_LINES)):
        if labels[link] == "related" and P.READ_ON_LINK_RE.match(lines[link].text):
            break
    else:
        return None
    teaser = lines[start:link]
    blocks = {x.block for x in lines[start : link + 1]}
    if len(blocks) != 1 and any(x.block_size != 1 for x in lines[start : link + 1]):
        return None
    if any(labels[j] not in (None, "repeated") for j in range(start, link)):
        return None
    if not _headline_like(teaser[0]):
        return None
    return link if all(_is_dek(x) for x in teaser[1:]) else None


def _is_dek(line: Line) -> bool:
    """A teaser's dek: a sentence or two, short."""
    sentences = len(re.findall(r"[.!?](?:\s|$)", line.text))
    return line.words <= TEASER_DEK_MAX_WORDS and sentences <= TEASER_DEK_MAX_SENTENCES


def _topic_boxes(lines: Sequence[Line], labels: list[str | None]) -> None:
    """The topic names under a topic box's label ("Dalam artikel ini:"), in its block:
    a few words each, no sentence."""
    for i, line in enumerate(lines):
        if labels[i] != "navigation" or not P.TOPIC_BOX_RE.match(line.text):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + RELATED_RUN_MAX)):
            nxt = lines[j]
            if nxt.block != line.block or labels[j] is not None:
                break
            if nxt.words > TOPIC_WORDS or nxt.text.rstrip().endswith(P.TERMINAL):
                break
            labels[j] = "navigation"


def _ai_summaries(lines: Sequence[Line], labels: list[str | None]) -> None:
    """Bullets and their box label above an AI disclaimer; or, without bullet marks, the
    sentences between a box label ("POIN PENTING") and the disclaimer in its block."""
    for i, line in enumerate(lines):
        if labels[i] != "ai-summary" or not P.AI_DISCLAIMER_RE.match(line.text):
            continue
        box = _summary_box(lines, labels, i)
        if box is not None:
            for j in range(box, i):
                labels[j] = "ai-summary"
            continue
        for j in range(i - 1, max(-1, i - 1 - SUMMARY_MAX_LINES), -1):
            prev = lines[j]
            if labels[j] is not None and labels[j] != "ai-summary":
                break
            if P.BULLET_RE.match(prev.text):
                labels[j] = "ai-summary"
                continue
            if prev.words <= SUMMARY_LABEL_WORDS and j < i - 1:
                labels[j] = "ai-summary"  # the box label over the bullets
            break


# A summary box lists two points at least.
SUMMARY_MIN_BULLETS = 2


def _summary_heads(lines: Sequence[Line], labels: list[str | None]) -> None:
    """A summary box without a disclaimer: its head ("Ringkasan Berita", "Poin Penting")
    and the bullets right under it, two at least (a head over prose is a subheading).
    The head may recur on every page of the batch (labelled repeated): it is still the
    box's."""
    for i, line in enumerate(lines):
        if labels[i] not in (None, "repeated") or not P.SUMMARY_HEAD_RE.match(line.text):
            continue
        bullets = []
        for j in range(i + 1, min(len(lines), i + 1 + SUMMARY_MAX_LINES)):
            if labels[j] is not None or not P.BULLET_RE.match(lines[j].text):
                break
            bullets.append(j)
        if len(bullets) < SUMMARY_MIN_BULLETS:
            bullets = _summary_sentences_over_lead(lines, labels, i)
        if len(bullets) >= SUMMARY_MIN_BULLETS:
            for j in (i, *bullets):
                labels[j] = "ai-summary"


# A summary's point without its bullet is one short sentence.
SUMMARY_POINT_MAX_WORDS = 25
_LEAD_DATELINES = (P.DATELINE_RE, P.DATELINE_DATE_RE, P.DATELINE_GLUED_RE)


def _summary_sentences_over_lead(
    lines: Sequence[Line], labels: list[str | None], head: int
) -> list[int]:
    """The points of a summary box printed without bullets ("Ringkasan Berita:" / one
    short sentence a line / ...): they count only when the line right after them opens
    the lead with its dateline ("KOTA, SITUS.COM - ..."), which says where the story
    starts; otherwise the head is a subheading over the story's own sentences."""
    points: list[int] = []
    for j in range(head + 1, min(len(lines), head + 1 + SUMMARY_MAX_LINES + 1)):
        text = lines[j].text
        if labels[j] is None and any(r.match(text) for r in _LEAD_DATELINES):
            return points
        sentences = len(re.findall(r"[.!?](?:\s|$)", text))
        if labels[j] is not None or lines[j].words > SUMMARY_POINT_MAX_WORDS or sentences != 1:
            return []
        points.append(j)
    return []


def _summary_box(lines: Sequence[Line], labels: list[str | None], i: int) -> int | None:
    """The box label over the disclaimer on line ``i``, in its block, with only unclaimed
    sentences between (a summary printed without bullet marks), or ``None``."""
    for j in range(i - 1, max(-1, i - 1 - SUMMARY_MAX_LINES), -1):
        prev = lines[j]
        if prev.block != lines[i].block or labels[j] is not None:
            return None
        if P.BULLET_RE.match(prev.text):
            return None  # bullets: the walk over bullets reads this box
        if prev.words <= SUMMARY_LABEL_WORDS and not prev.text.rstrip().endswith(P.TERMINAL):
            return j if j < i - 1 else None
    return None


def _captions_over_credits(lines: Sequence[Line], labels: list[str | None]) -> None:
    """A line right over a picture credit in its block is the picture's caption; so is
    the line under a credit that opens a block of two ("Foto: ..." over the caption)."""
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if labels[i] is not None or nxt.block != line.block:
            continue
        bare_credit = nxt.words <= CREDIT_LINE_WORDS and (
            labels[i + 1] == "credit"
            or (labels[i + 1] == "caption" and bool(P.CAPTION_CREDIT_RE.match(nxt.text)))
        )
        if bare_credit and line.words <= 40:
            labels[i] = "caption"
    # A printed caption under its credit ("FOTO: NAMA/KORAN" over "SIAGA: Petugas ..."):
    # the two make a block of their own.
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        if (
            labels[i] is None
            and labels[i - 1] == "credit"
            and above.block == line.block
            and line.block_size == 2
            and line.words <= 40
            and P.CREDIT_RE.match(above.text)
        ):
            labels[i] = "caption"


# A role on an author's card is a few words: the role and the outlet or the beat.
ROLE_MAX_WORDS = 6


def _authors_over_dates(lines: Sequence[Line], labels: list[str | None]) -> None:
    """An author's name over a date line, or over another byline in its block ("Nama" over
    "Editor: Nama"); a one-sentence bio between the name and the date goes with it."""
    for i in range(len(lines) - 1):
        if labels[i] is not None or not _is_names(lines[i].text):
            continue
        after = labels[i + 1]
        if after in DATE_LABELS or (after == "byline" and lines[i + 1].block == lines[i].block):
            labels[i] = "byline"
        elif (
            after is None
            and lines[i + 1].words <= ROLE_MAX_WORDS
            and P.ROLE_LINE_RE.match(lines[i + 1].text)
        ):
            # An author's card: the name over the role ("Kontributor Kabar Kita"). The
            # role alone could open a headline ("Wartawan Dianiaya ..."): the name decides.
            labels[i] = labels[i + 1] = "byline"
        elif i + 2 < len(lines) and labels[i + 2] in DATE_LABELS and _is_bio(lines, labels, i):
            labels[i] = labels[i + 1] = "byline"


def _is_names(text: str) -> bool:
    """One or two names of 2..4 capitalised words ("Nama Penulis | Nama Editor")."""
    low, high = AUTHOR_WORDS
    names = [n.split() for n in re.split(r"\s+[|/•·]\s+", text.strip())]
    return len(names) <= 2 and all(
        low <= len(words) <= high and all(w[:1].isupper() and w.isalpha() for w in words)
        for words in names
    )


def _is_bio(lines: Sequence[Line], labels: list[str | None], i: int) -> bool:
    """Line ``i + 1`` is the author's bio under the name on line ``i``: one short sentence
    in the name's block ("Guru SD di Sumba, menulis tentang pendidikan."), closed by its
    full stop (a headline under a source's name, over the date, has none)."""
    bio = lines[i + 1]
    return (
        labels[i + 1] is None
        and bio.block == lines[i].block
        and bio.words <= BIO_MAX_WORDS
        and bio.text.rstrip().rstrip(P.CLOSERS).endswith(".")
        and len(re.findall(r"[.!?](?:\s|$)", bio.text)) <= 1
    )


# A mail header names its sender and its subject at least.
_MAIL_SENDER = frozenset({"from", "dari"})
_MAIL_SUBJECT = frozenset({"subject", "subjek", "perihal"})


def _mail_headers(lines: Sequence[Line], labels: list[str | None]) -> None:
    """The header fields of an e-mail in one block, with a sender and a subject among
    them: the mail client's furniture over a newsletter, whatever their values say."""
    by_block: dict[int, list[tuple[int, str]]] = {}
    for i, line in enumerate(lines):
        m = P.MAIL_HEADER_RE.match(line.text)
        if m:
            by_block.setdefault(line.block, []).append((i, m.group("field").lower()))
    for fields in by_block.values():
        names = {name for _, name in fields}
        if names & _MAIL_SENDER and names & _MAIL_SUBJECT:
            for i, _ in fields:
                labels[i] = "mail-header"
