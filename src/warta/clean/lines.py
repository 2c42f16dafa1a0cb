"""The line classifier that separates an article from the page chrome around it.

Page-text dumps have no markup, so each line is described by features (length,
punctuation, position relative to the article's prose core and to the title, casing,
credit / call-to-action / attribution patterns, block structure, repetition across
documents) and labelled by an ordered decision list:

1. *Pattern labels* a line carries by itself: pagination and a print view's sheet
   counter, related links and box labels, bylines (with or without "Label:", or inside a
   date line), update and publication lines, AI-summary
   disclaimers, a press release's contact note, calls to action (donations too), reader
   notes (an aggregator's disclaimer, "Cerita berlanjut"), copyright, cookie notices,
   source attributions, wire credits, photo credits and captions, date-only lines and
   relative ages ("2 jam lalu", after an author's name too), counters and reading times,
   a text-to-speech player's label, a "Place, Outlet" dateline, chrome (mostly navigation /
   CTA vocabulary, menus between bars), and short lines repeated across documents; a
   video's or podcast's furniture (a player's controls, a broadcast note, credits by
   roles, a production note, other episodes' links), share and reply bars, a mail
   sender's line and a forwarded message's marker, a release's number line, a
   print-to-PDF's running lines, tag lines, a letter's closing formula, a live report's
   time stamps. Then *group labels* (:mod:`warta.clean.blocks`): the headlines under a
   related-box label, the bullets over an AI disclaimer, a caption over its credit, an
   author over a date; and what a forwarded mail's marker leaves above it, and a
   person's name over a profile role (an author's card).
2. *The title*: the last headline-shaped line above the prose core, free or repeated
   across the batch (or the container's title hint); every later copy of it is a
   repeated title. A title-cased question is a headline, not prose.
3. *Zones*: the header (everything above the first prose line after the last title),
   the body, and the footer (after the last prose line). Header leftovers are teasers
   or header chrome; body leftovers are captions (short or in a credit block),
   subheadings (kept and marked) or paragraphs. A release's end mark ("- SELESAI -")
   closes the body: what stands below it is footer; so does a comment thread's heading
   or a reply bar under the story. An episode's chapter list, an author's card and an
   organisation's boilerplate among the footer furniture leave the body too.

``body`` and ``subheading`` lines make the article; every other label is a removal
reason, kept with the text so the cleaning can be audited.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass

from warta.clean import patterns as P
from warta.clean.blocks import label_groups
from warta.clean.dates import (
    HIJRI_DATE_RE,
    MONTHS,
    WEEKDAYS,
    find_bare_dates,
    find_dates,
    is_date_only,
)

KEEP = frozenset({"body", "subheading"})
FOOTER_EVIDENCE = frozenset(
    {
        "navigation",
        "copyright",
        "cookie",
        "attribution",
        "related",
        "repeated",
        "wire-credit",
        "contact",
    }
)
# A press release's contact note is a paragraph of a few sentences at most.
CONTACT_MAX_WORDS = 80

# A "prose" line anchors the article body: a sentence of at least this many words that
# ends with terminal punctuation. 10 words separates the shortest real paragraphs in the
# seeds and IndoSum (>= 11 words) from headlines and captions labels (<= 9 words).
PROSE_MIN_WORDS = 10
# Subheadings are short: 3..14 words (the seeds' longest is 8; IndoSum's up to 12).
SUBHEADING_WORDS = (3, 14)
# Chrome when at least half of a short line's content words are chrome vocabulary.
CHROME_RATIO = 0.5
CHROME_MAX_WORDS = 12
# Title case: at least 70% of the words of 4+ letters capitalised, over 4+ such words.
# Headlines on the pages in examples/pages score 0.8..1.0; their lead sentences 0.1..0.4.
TITLE_CASE_MIN_LEN = 4
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.7
# A menu: segments between at least MENU_MIN_BARS " | " bars, each of a few words.
MENU_MIN_BARS = 2
MENU_SEGMENT_WORDS = 4
# A short line naming a domain after the last paragraph is the site's footer.
FOOTER_DOMAIN_WORDS = 5
# A date line may carry the site's name and a clock ("Situs.id | Kamis, 12 September 2024
# - 11:34 WIB"): at most DATED_LINE_MAX_WORDS words, of which at most DATED_LINE_REST_WORDS
# are neither the date nor the clock (a site name split at its dot counts two).
DATED_LINE_MAX_WORDS = 14
DATED_LINE_REST_WORDS = 3
# A date line naming its reporter and editor holds a few names: at most this many words.
DATED_BYLINE_MAX_WORDS = 16
# An author's name next to the story's age: "Nama Penulis · 2 jam yang lalu".
AUTHOR_AGE_MAX_WORDS = 10
_AUTHOR_SEP_RE = re.compile(r"\s+[·•|]\s+")
_BY_RE = re.compile(r"^(?:oleh|by)\s*:?\s+", re.IGNORECASE)
_ROLE_LABEL_RE = re.compile(
    r"^(?:reporter|penulis|pewarta|editor|kontributor|writer|author)\s*:\s*", re.IGNORECASE
)
_NAME_RE = re.compile(r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4}")
# Who posted a dated line, after the date: "Senin, 9 Desember 2024 | 07:20 oleh Redaksi".
_POSTED_BY_RE = re.compile(r"(?<=\d|B|A|T)\s+(?:oleh|by)\s+[A-Z][^.!?]{0,50}$")
# A dateline alone on its line ("Jakarta, NU Online") has a few words only.
PLACE_OUTLET_WORDS = 5
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:WIB|WITA|WIT|UTC|GMT|pukul)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    text: str
    block: int  # index of the blank-line-separated block
    block_size: int  # lines in that block
    words: int


@dataclass(frozen=True, slots=True)
class Labelled:
    line: Line
    label: str


def normalise(text: str) -> str:
    """Lower-case, quotes and punctuation dropped, spaces folded: for comparing lines."""
    return " ".join(P.WORD_RE.findall(text.lower()))


def count_words(text: str) -> int:
    return len(text.split())


def ends_terminal(text: str) -> bool:
    """Ends a sentence, closing quotes and brackets aside; a reporter's credit after the
    sentence ("... kata dia. (ton/r5)", :func:`split_credit`) does not hide its end."""
    if _ends_terminal(text):
        return True
    head, credit = split_credit(text)
    return credit is not None and bool(head)


def _ends_terminal(text: str) -> bool:
    stripped = text.rstrip().rstrip(P.CLOSERS).rstrip()
    return stripped.endswith(P.TERMINAL)


def ends_dangling(text: str) -> bool:
    """Ends on a word a complete sentence or headline never ends on ("dengan")."""
    if ends_terminal(text) or text.rstrip().endswith((")", "]")):  # "(Antara)": a credit
        return False
    tokens = text.split()
    if tokens and not any(ch.isalpha() for ch in tokens[-1]):
        return False  # "... Merger hingga 2027": a number closes the line, not "hingga"
    words = P.WORD_RE.findall(text)
    return bool(words) and words[-1].lower() in P.DANGLING_WORDS


def is_credit(inner: str) -> bool:
    """The text inside a closing credit's brackets: "*", "js", "ton/r5", "Ded", "Suci
    Wulandari/kotapost", or a wire's name ("Antara", "ant/afp"); see
    :data:`~warta.clean.patterns.CREDIT_HANDLE_RE` for the shapes.

    >>> [is_credit(x) for x in ("*", "ton/r5", "Suci Wulandari/kotapost", "Antara")]
    [True, True, True, True]
    >>> is_credit("HUMAS KEMENTAN/RA")
    True
    >>> [is_credit(x) for x in ("DPR", "2/12", "Rp 5 juta", "Badan Pusat Statistik")]
    [False, False, False, False]
    """
    inner = inner.strip()
    if P.CREDIT_STAR_RE.fullmatch(inner) or inner.lower() in P.WIRES:
        return True
    if P.CREDIT_DOMAIN_RE.fullmatch(inner):
        return True  # the outlet's address: "(Situskita.com)"
    parts = [part.strip() for part in inner.split("/")]
    if len(parts) == 1:
        return bool(P.CREDIT_HANDLE_RE.fullmatch(inner))
    if len(parts) > P.CREDIT_MAX_PARTS:
        return False
    if P.CREDIT_DESK_RE.fullmatch(parts[0]) and all(
        P.CREDIT_INITIALS_RE.fullmatch(part) for part in parts[1:]
    ):
        return True  # a press office's signature: "HUMAS SETKAB/UN"
    shapes = (P.CREDIT_HANDLE_RE, P.CREDIT_SITE_RE, P.CREDIT_NAME_RE)
    # One lower-case part makes it a credit: "BP/Suci Wulandari" is a photo's source. A
    # desk's one-letter code may follow the reporter's handle: "(ddn/b)".
    return all(
        any(r.fullmatch(part) for r in shapes) or (k > 0 and _DESK_LETTER_RE.fullmatch(part))
        for k, part in enumerate(parts)
    ) and any(P.CREDIT_SITE_RE.fullmatch(part) for part in parts)


_DESK_LETTER_RE = re.compile(r"[a-z]")


def split_credit(paragraph: str) -> tuple[str, str | None]:
    """``paragraph`` without the reporter/editor credit that closes it, and the credit.

    A credit stands after the last sentence ("... akhir bulan. (ton/r5)") or alone; a
    bracket before the full stop belongs to the sentence ("... di Jakarta, Senin (2/12).").

    >>> split_credit("Banjir surut pada sore hari. (ton/r5)")
    ('Banjir surut pada sore hari.', '(ton/r5)')
    >>> split_credit("Rapat digelar di gedung dewan (DPR).")
    ('Rapat digelar di gedung dewan (DPR).', None)

    An end mark closing the story ("... hari. ■", "... hari.*") is set aside the same way,
    and so is a credit without brackets, of handles joined by slashes ("... hari. ab/cd").

    >>> split_credit("Banjir surut pada sore hari. ■"), split_credit("Air surut. rni/rdn")
    (('Banjir surut pada sore hari.', '■'), ('Air surut.', 'rni/rdn'))
    """
    mark = P.END_MARK_RE.search(paragraph)
    if mark:
        head = paragraph[: mark.start()].rstrip()
        if not head or _ends_terminal(head):
            return head, paragraph[mark.start() :].strip()
    m = (
        P.TAIL_GROUP_RE.search(paragraph)
        or P.BARE_CREDIT_RE.search(paragraph)
        or P.STAR_CREDIT_RE.search(paragraph)
    )
    if not m or not is_credit(m.group("inner") or m.groupdict().get("sq") or ""):
        return paragraph, None
    head = paragraph[: m.start()].rstrip()
    if head and not _ends_terminal(head):
        return paragraph, None
    return head, paragraph[m.start() :].strip()


def chrome_ratio(text: str) -> float:
    words = [w.lower() for w in P.WORD_RE.findall(text)]
    content = [w for w in words if w not in P.FUNCTION_WORDS]
    if not content:
        return 0.0
    score = sum(
        1.0 if w in P.CHROME_WORDS else 0.5 if w in P.WEAK_CHROME_WORDS else 0.0 for w in content
    )
    return score / len(content)


def is_title_case(text: str) -> bool:
    """Most longer words capitalised, as headlines are written ("Apa Penyebab Inflasi
    Mei 2025 Turun ke Level Terendah?"); running text capitalises few."""
    words: list[str] = [w for w in P.WORD_RE.findall(text) if len(w) >= TITLE_CASE_MIN_LEN]
    if len(words) < TITLE_CASE_MIN_WORDS:
        return False
    return sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def is_prose(line: Line) -> bool:
    """A sentence of the article: long enough and ending a sentence. A title-cased line
    ending in "?" or "!" is a headline asking or exclaiming, not prose."""
    if line.words < PROSE_MIN_WORDS or not ends_terminal(line.text):
        return False
    stripped = line.text.rstrip().rstrip(P.CLOSERS)
    return stripped.endswith((".", "…")) or not is_title_case(line.text)


def is_headline(line: Line) -> bool:
    """Shaped like a headline: 3..25 words, no closing period, capitalised, complete."""
    text = line.text.strip()
    # A line ending in ":" announces what follows ("Dalam artikel ini:"): a box label.
    if not (3 <= line.words <= 25) or text.endswith((".", ":")) or ends_dangling(text):
        return False
    if _CAPITALS_CREDIT_RE.search(text):
        return False  # "Sentence. (SITUS)": a caption and its picture's source
    if _is_site_dated_lead(text, line.words):
        return False  # "SITUS.NET-Pebulu tangkis asal ...": a lead under its site's dateline
    # A fact-check's rating may open it in brackets: "[SALAH] Video Banjir ...".
    first = text.lstrip("\"'“‘#[")[:1]
    return first.isupper() or first.isdigit()


# A lead opening on its site's dateline: "SITUS.NET-Pebulu ...", "Kabar.com - Warga ...".
_SITE_DATELINE_OPEN_RE = re.compile(
    r"^[A-Za-z][\w-]*\.(?:com|net|co\.id|id|co|tv|news|online)\s*[-–—]", re.IGNORECASE
)
# A lead is longer than most headlines (IndoSum's site-prefixed headlines: <= 12 words).
SITE_DATED_LEAD_MIN_WORDS = 15


def _is_site_dated_lead(text: str, words: int) -> bool:
    """A lead under its site's dateline, its full stop lost: "SITUS.NET-Pebulu tangkis asal
    India ... pada 2018" (long, in sentence case); "Situs.com-Kado Indah Untuk Kapten" is
    a headline with the site's prefix."""
    m = _SITE_DATELINE_OPEN_RE.match(text)
    return (
        m is not None and words >= SITE_DATED_LEAD_MIN_WORDS and not is_title_case(text[m.end() :])
    )


# Emphasis around a whole line, as chat forwards and markdown dumps write it: "*Judul*",
# "**Baca Juga:** ...", "_Yuk gabung ..._". The markers carry no words of their own.
_WRAPPED_RE = re.compile(r"^(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?=\s|$)")
# A markdown link "[Judul](https://...)": its words are the line, the URL is markup.
# (An image "![...](...)" is left whole: a caption rule reads it.)
_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")


def unmark(text: str) -> str:
    """``text`` without markdown links and without emphasis markers around its start.

    >>> unmark("**Baca Juga:** [Harga Cabai Naik](https://x.id/a)")
    'Baca Juga: Harga Cabai Naik'
    >>> unmark("*Judul Kabar Hari Ini*"), unmark("* butir daftar")
    ('Judul Kabar Hari Ini', '* butir daftar')
    """
    if "[" in text:
        text = _LINK_RE.sub(r"\1", text)
    if text[:1] in "*_":
        text = _WRAPPED_RE.sub(r"\2", text, count=1)
    return text


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their block structure; hard-wrapped paragraphs re-joined.

    A line that does not end a sentence, followed in the same block by a line opening in
    lower case, is the same paragraph wrapped by the page: the two are joined. Markdown
    links and whole-line emphasis are unwrapped first (:func:`unmark`), and a social
    post's caption loses the account name that opens it (:func:`_strip_handles`).
    """
    raw_blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        stripped = unmark(raw.strip())
        if not stripped:
            if raw_blocks[-1]:
                raw_blocks.append([])
            continue
        raw_blocks[-1].append(stripped)
    blocks = [_rejoin(block) for block in raw_blocks if block]
    blocks = _strip_handles(blocks)
    blocks = _strip_thread_counters(blocks)
    lines: list[Line] = []
    for b, block in enumerate(blocks):
        for text_line in block:
            lines.append(Line(len(lines), text_line, b, len(block), count_words(text_line)))
    return lines


def _rejoin(block: list[str]) -> list[str]:
    """The lines of one block with hard-wrapped paragraphs joined (see :func:`split_lines`).

    A printed column (an e-paper's text) breaks words at its edge ("mo-" over "si"):
    such a block is one paragraph, whatever its lines start with, and the broken words
    are mended (:func:`_join_column`)."""
    if _is_column(block):
        # A picture's credit heading its caption ("FOTO: NAMA/KORAN" over the caption's
        # column) is a line of its own, not the column's first words.
        if count_words(block[0]) <= CREDIT_HEAD_WORDS and P.CREDIT_RE.match(block[0]):
            return [block[0], _join_column(block[1:])]
        return [_join_column(block)]
    joined: list[str] = []
    for line in block:
        if (
            joined
            and not ends_terminal(joined[-1])
            and line[:1].islower()
            and count_words(joined[-1]) >= 6
            and not _BARE_DOMAIN_RE.match(line)
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


# A site's address alone on a line under its headline ("situs.co"): the site's name as a
# reader app prints it, not the wrapped rest of the line above.
_BARE_DOMAIN_RE = re.compile(r"^(?:[a-z0-9-]+\.)+(?:co\.id|com|co|id|net|org|news)/?$")
# A word broken at a column's edge: a letter and a hyphen ending the line ("mo-").
_BROKEN_RE = re.compile(r"[^\W\d_]-$")
# A photo credit heading a caption names the photographer and the paper: a few words.
CREDIT_HEAD_WORDS = 6
# A printed column holds three lines at least.
COLUMN_MIN_LINES = 3


def _is_column(block: list[str]) -> bool:
    """A hard-wrapped printed column: a word broken at a line's end, its rest opening the
    next line in lower case."""
    return len(block) >= COLUMN_MIN_LINES and any(
        _BROKEN_RE.search(line) and nxt[:1].islower() for line, nxt in itertools.pairwise(block)
    )


def _join_column(block: list[str]) -> str:
    """One paragraph from a column's lines; a broken word is mended ("mo-" + "si" is
    "mosi"), a doubled word keeps its hyphen ("hati-" + "hati" is "hati-hati", "berhati-"
    + "hati" is "berhati-hati", "anak-" + "anaknya" is "anak-anaknya").

    >>> _join_column(["Warga me-", "nunggu dengan hati-", "hati di Ja-", "karta."])
    'Warga menunggu dengan hati-hati di Jakarta.'
    """
    out = block[0]
    for line in block[1:]:
        if _BROKEN_RE.search(out) and line[:1].islower():
            stem = out.rsplit(None, 1)[-1][:-1].lower()
            rest = P.WORD_RE.match(line)
            word = rest.group(0).lower() if rest else ""
            doubled = len(stem) >= 3 and (word.startswith(stem) or stem.endswith(word))
            out = out if doubled else out[:-1]
            out += line
        else:
            out = f"{out} {line}"
    return out


# A social-media account name: one lower-case token of letters, digits, "." and "_".
_HANDLE_RE = re.compile(r"^(?=[a-z0-9._]*[a-z])[a-z0-9][a-z0-9._]{2,29}$")


# A thread's post number after the post's last sentence: "... kelurahan. (1/5)", "... 2/5".
_THREAD_COUNTER_RE = re.compile(r"(?<=[.!?\"”])\s+\(?(\d{1,2})/(\d{1,2})\)?\s*$")
# A thread numbers two posts at least, of one count ("(1/5)" ... "(5/5)").
THREAD_MIN_POSTS = 2


def _strip_thread_counters(blocks: list[list[str]]) -> list[list[str]]:
    """A social thread's posts without their numbers ("... kelurahan. (1/5)"): when two
    lines at least end in a number of the same count, distinct and within it, they are a
    thread's furniture, like the account's name. One such tail alone may be a date
    ("(2/12)") and stays."""
    counters: dict[str, set[int]] = {}
    for block in blocks:
        for line in block:
            m = _THREAD_COUNTER_RE.search(line)
            if m and 1 <= int(m.group(1)) <= int(m.group(2)):
                counters.setdefault(m.group(2), set()).add(int(m.group(1)))
    counts = {count for count, posts in counters.items() if len(posts) >= THREAD_MIN_POSTS}
    if not counts:
        return blocks
    out: list[list[str]] = []
    for block in blocks:
        kept = []
        for line in block:
            m = _THREAD_COUNTER_RE.search(line)
            if m and m.group(2) in counts:
                line = line[: m.start()]
            kept.append(line)
        out.append(kept)
    return out


def _strip_handles(blocks: list[list[str]]) -> list[list[str]]:
    """A post's caption without the account name that opens it.

    A social post copied as text prints the account alone on a line, then the caption
    opening with the account again ("akunberita Polisi Gagalkan ..."): there the name is
    the platform's furniture, and the caption's first line is the post's headline.
    """
    handles = {line for block in blocks for line in block if _HANDLE_RE.match(line)}
    if not handles:
        return blocks
    out: list[list[str]] = []
    for block in blocks:
        kept: list[str] = []
        for line in block:
            head, _, rest = line.partition(" ")
            if head in handles and rest[:1].isupper():
                line = rest
            kept.append(line)
        out.append(kept)
    return out


def pattern_label(line: Line, repeated: Collection[str]) -> str | None:
    """The label a line earns on its own, before position is considered."""
    text, words = line.text, line.words
    if P.PAGINATION_RE.search(text):
        return "pagination"
    if _is_print_counter(text):
        return "page-counter"  # a browser's print view numbers its sheets: "2 / 3"
    if P.PRINT_HEADER_RE.match(text) or P.PRINT_FOOTER_RE.match(text):
        return "page-counter"  # a print-to-PDF's running lines: "5/9/24, 10:05 PM  Judul"
    if P.RELATED_RE.search(text) or (words <= 4 and P.RELATED_LABEL_RE.match(text)):
        return "related"
    if words <= 8 and P.VIDEO_BOX_HEAD_RE.match(text):
        return "related"  # "Saksikan Video Pilihan di Bawah Ini:": the linked video's title follows
    media = _media_label(text, words)
    if media:
        return media
    if words <= 60 and P.AI_DISCLAIMER_RE.match(text):
        return "ai-summary"
    if words <= 12 and P.BYLINE_RE.search(text):
        return "byline"
    if words <= WIRE_STAFF_MAX_WORDS and P.WIRE_STAFF_RE.match(text):
        return "byline"  # "Pelaporan oleh Nama; Penyuntingan oleh Nama": the wire's desk
    if words <= WIRE_STAFF_MAX_WORDS and P.EDITORIAL_STANDARDS_RE.match(text):
        return "footer"  # "Our Standards: ...": the agency's principles, linked
    if words <= 14 and P.BYLINE_FREE_RE.search(text) and not ends_terminal(text):
        return "byline"
    if words <= DATED_BYLINE_MAX_WORDS and P.BYLINE_INSIDE_RE.search(text) and find_dates(text):
        return "byline"  # "Rabu, 3 Maret 2021 10:05 Reporter: Nama Editor: Nama"
    if words <= AUTHOR_AGE_MAX_WORDS + SITE_PART_MAX_WORDS and _is_author_and_age(text):
        return "byline"  # "Nama Penulis · 2 jam yang lalu", "Situs · by Nama · 2 hours ago"
    if words <= READER_TOOLBAR_MAX_WORDS and _is_reader_toolbar(text):
        return "navigation"  # "Mark as read  Read later  View original (situs.com)"
    if words <= 50 and P.SERIES_NOTE_RE.match(text):
        return "byline"  # "Liputan ini merupakan bagian dari serial ...": the credits' note
    if _is_contact_note(text, words) or (words <= 12 and P.CONTACT_LINE_RE.match(text)):
        return "contact"
    if words <= 80 and P.DISCLOSURE_RE.search(text):
        return "byline"  # the author's statement of interests: about the author, not news
    if words <= 16 and P.SAVED_LINE_RE.match(text) and find_dates(text):
        return "saved"  # "Saved Jan 9, 2025": when a reader app kept it, never published
    if words <= 16 and P.FOLIO_PAGE_RE.search(text) and find_dates(text):
        return "folio"  # "KORAN KITA | RABU, 5 MARET 2025 | HAL. 4": a printed folio
    if (
        words <= 16
        and P.UPDATED_RE.match(text)
        and (find_dates(text) or P.RELATIVE_AGE_RE.match(P.UPDATED_RE.sub("", text)))
    ):
        return "updated"  # "Diperbarui 2 jam yang lalu": a revision's age, no headline
    if words <= 16 and P.PUBLISHED_LINE_RE.match(text) and find_dates(text):
        return "dateline"
    if words <= 16 and P.VIEWS_LINE_RE.match(text):
        # The day a video went up dates its page; a count alone is a counter.
        return "dateline" if find_dates(text) else "navigation"
    # "Diposting pada Selasa oleh admin — Kategori: ..." without a full date: who posted.
    if words <= 24 and P.PUBLISHED_LINE_RE.match(text) and re.search(r"\b(?:oleh|by)\s", text):
        return "byline"
    if P.TOPIC_BOX_RE.match(text) or P.SHARE_BAR_RE.match(text) or P.SHARE_ROW_RE.match(text):
        return "navigation"
    if words <= 45 and P.CTA_RE.search(text):
        return "navigation"
    if words <= 45 and P.READER_NOTE_RE.search(text):
        return "navigation"
    if words <= 40 and P.COPYRIGHT_RE.search(text):
        return "copyright"
    if words <= 80 and P.COOKIE_RE.search(text) and P.CONSENT_RE.search(text):
        return "cookie"
    if P.ATTRIBUTION_RE.match(text) and (words <= 12 or (words <= 40 and P.TITLED_RE.search(text))):
        return "attribution"
    wire = P.WIRE_LINE_RE.match(text)
    if wire and any(w.strip().lower() in P.WIRES for w in re.split(r"[,/&]", wire["wires"])):
        return "wire-credit"
    if P.INITIALS_RE.match(text) or split_credit(text)[0] == "":
        return "initials"  # a reporter's credit alone on a line: "(ard)", "(*)", "(Ded)"
    if words <= 12 and P.CREDIT_RE.search(text):
        return "credit"
    # A reporter's credit closing a paragraph ("... kata dia. (HUMAS X/ab)") is no photo's.
    if _is_hijri_only(text):
        return "hijri-date"  # "Ahad, 14 Rajab 1446 H": a date line with no Gregorian date
    if P.POST_META_RE.match(text) and find_dates(text):
        return "post-meta"  # "7:40 PM · Mar 9, 2025 · 3.1K Views": a post's time stamp
    if P.AT_HANDLE_RE.match(text):
        return "byline"  # "@akun_berita": the account that posted
    if _POST_DAY_RE.match(text) or _SEPARATOR_ONLY_RE.match(text):
        return "post-meta"  # "Dec 4", "·": a post's short date and the dot before it
    if P.EMBED_SIGNATURE_RE.match(text) and find_dates(text):
        return "caption"  # "— Nama (@akun) December 1, 2026": an embedded post's signature
    if words <= POLL_LINE_MAX_WORDS and P.POLL_HEAD_RE.match(text):
        return "poll"  # "POLLING SITUS": a reader poll's box, its question and options below
    if words <= UPDATE_NOTE_MAX_WORDS and P.UPDATE_NOTE_RE.match(text):
        return "update-note"  # "*Artikel ini telah diperbarui ...": the desk's note, no news
    if words <= GREETING_MAX_WORDS and P.GREETING_RE.match(text):
        return "greeting"  # "Halo, Kawan Kabar!": a newsletter greets its readers
    if P.BOX_BORDER_RE.match(text):
        return "box"  # "╔═════╗": a box drawn in text, its frame
    if words <= LIVE_LINE_MAX_WORDS and P.VERDICT_RE.match(text):
        return "verdict"  # "Hasil cek fakta: KELIRU": a fact-check's rating box
    if words <= NEWSLETTER_LINE_MAX_WORDS and P.NEWSLETTER_FURNITURE_RE.search(text):
        return "mail-header"  # a mailing service's "view in browser" and opt-out lines
    if words <= LIVE_LINE_MAX_WORDS and P.LIVE_BADGE_RE.match(text):
        return "navigation"  # "🔴 LIVE · laman ini diperbarui berkala"
    if words <= LIVE_LINE_MAX_WORDS * 3 and P.SCORE_BOX_RE.match(text) and not ends_terminal(text):
        return "scoreboard"  # "Skor Akhir: Tim A 1-2 Tim B | Gol: ...": the match's box
    if P.LINEUP_RE.match(text):
        return "lineup"  # "Tim A (4-3-3): Kiper; Bek, ...": the players, no story
    if words <= LIVE_LINE_MAX_WORDS * 2 and P.NEXT_MATCH_RE.match(text):
        return "related"  # "Jadwal Berikutnya: Tim A vs Tim B, Minggu ..."
    if P.MEDIA_LINK_RE.match(text):
        return "caption"  # "Foto - https://...": a release's picture, linked
    shown = split_credit(text)[0] or text
    if P.CAPTION_TAIL_RE.search(shown) or P.CAPTION_CREDIT_RE.search(shown):
        return "caption"
    if words <= 40 and (P.CAPTION_HEAD_RE.match(shown) or P.CAPTION_SOURCE_RE.search(shown)):
        return "caption"
    lowered = [w.lower().strip(".") for w in text.split()]
    if words <= 4 and all(w in P.CREDIT_WORDS for w in lowered):
        return "credit"
    if P.LIVE_STAMP_RE.match(text):
        return "timestamp"  # a live report's "22.10 WIB" over an entry, no credit
    if is_date_only(text):
        return "date"
    if P.RELATIVE_AGE_RE.match(text):
        return "dateline"  # "2 jam lalu": the page's age of the story, never its headline
    if words <= 8 and not ends_terminal(text) and find_dates(text):
        return "dateline"
    if words <= DATED_LINE_MAX_WORDS and not ends_terminal(text) and _is_dated_furniture(text):
        return "dateline"  # "Indozone.id | Kamis, 12 September 2024 - 11:34 WIB"
    if P.COUNTER_RE.match(text) or P.READING_TIME_RE.match(text) or P.COUNTS_ROW_RE.match(text):
        return "counter"
    if P.AUDIO_PLAYER_RE.match(text):
        return "navigation"  # "Dengarkan artikel ini ▶ 03:12": a text-to-speech player
    if words <= PLACE_OUTLET_WORDS and P.PLACE_OUTLET_RE.match(text):
        return "dateline"  # "Jakarta, NU Online" over the lead: where and who, no headline
    if words <= CHROME_MAX_WORDS and chrome_ratio(text) >= CHROME_RATIO:
        return "navigation"
    segments = text.split(" | ")
    if len(segments) > MENU_MIN_BARS and all(
        count_words(x) <= MENU_SEGMENT_WORDS for x in segments
    ):
        return "navigation"
    # Repetition across documents marks chrome only for short unpunctuated lines: full
    # sentences repeat legitimately between duplicate articles.
    if words <= 10 and not ends_terminal(text) and normalise(text) in repeated:
        return "repeated"
    return None


# A printed sheet's number among the sheets, alone on its line: "2 / 3", "3/3".
_SHEET_RE = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*$")


def _is_print_counter(text: str) -> bool:
    """A print view's sheet counter, "2 / 3" (sheet 2 of 3) at a page break: the sheet
    is at most the count, and there are two sheets at least."""
    m = _SHEET_RE.match(text)
    return m is not None and 1 <= int(m.group(1)) <= int(m.group(2)) and int(m.group(2)) >= 2


def _is_contact_note(text: str, words: int) -> bool:
    """A press release's closing note: further information from a named channel (an
    e-mail address, a hotline, a number), not a sentence merely mentioning one."""
    return (
        words <= CONTACT_MAX_WORDS
        and bool(P.CONTACT_RE.search(text))
        and bool(P.CONTACT_CHANNEL_RE.search(text))
    )


def _is_author_and_age(text: str) -> bool:
    """An author's name and the story's age, by a dot or a bar: "Nama Penulis · 2 jam
    yang lalu", "3 hari lalu | Nama Penulis". A reader app puts the site first, and
    then the name says it is the author's: "Situs Kita · by Nama Penulis · 2 hours ago"."""
    parts = [part.strip() for part in _AUTHOR_SEP_RE.split(text)]
    if len(parts) == 3 and len(parts[0].split()) <= SITE_PART_MAX_WORDS and _BY_RE.match(parts[1]):
        parts = parts[1:]  # the site's name, then "by Name" and the age
    if len(parts) != 2:
        return False
    ages = [bool(P.RELATIVE_AGE_RE.match(part)) for part in parts]
    name = parts[ages.index(True) ^ 1] if any(ages) else ""
    name = _BY_RE.sub("", name)  # "3 jam lalu · oleh Nama Penulis"
    name = _ROLE_LABEL_RE.sub("", name)  # "5 jam lalu · Penulis: Nama Penulis"
    return any(ages) and bool(_NAME_RE.fullmatch(name))


# A thread's reply gives its day without the year ("Dec 4", "4 Des"); a lone dot parts it
# from the account's name.
_POST_DAY_RE = re.compile(
    rf"^\s*(?:(?:{_MONTH_NAMES})\.?\s+[0-3]?\d|[0-3]?\d\s+(?:{_MONTH_NAMES})\.?)\s*$", re.IGNORECASE
)
_SEPARATOR_ONLY_RE = re.compile(r"^\s*[·•]\s*$")
# A live report's badge, a match's score box and its next fixture are short lines.
LIVE_LINE_MAX_WORDS = 10
NEWSLETTER_LINE_MAX_WORDS = 25
GREETING_MAX_WORDS = 6
# A poll's lines are short: a question, its options, a button, a count of votes.
POLL_LINE_MAX_WORDS = 20
POLL_MAX_LINES = 12
UPDATE_NOTE_MAX_WORDS = 60
# A verdict box holds the rating and a sentence or two of summary: a few lines.
VERDICT_BOX_MAX_LINES = 6
# A site's name before a reader app's byline: a few words ("Kabar Kita - Situs.com").
SITE_PART_MAX_WORDS = 4
# A reader app's toolbar holds a handful of actions, two at least, and next to nothing
# else: the saved page's address, a separator.
READER_TOOLBAR_MAX_WORDS = 20
READER_TOOLBAR_MIN_ACTIONS = 2
READER_TOOLBAR_REST_WORDS = 1
_ADDRESS_RE = re.compile(r"\(?\b(?:https?://)?(?:[\w-]+\.)+[a-z]{2,6}\b[^\s)]*\)?", re.IGNORECASE)


def _is_reader_toolbar(text: str) -> bool:
    """A reader app's row of actions over a saved story ("Read later · Send to Kindle ·
    View original (situs.com)", "Simpan · Bagikan · Buka asli"): two
    actions at least (:data:`~warta.clean.patterns.READER_ACTION_RE`) and, once they and
    the page's address are taken out, a word at most left."""
    actions = P.READER_ACTION_RE.findall(text)
    if len(actions) < READER_TOOLBAR_MIN_ACTIONS:
        return False
    rest = _ADDRESS_RE.sub(" ", P.READER_ACTION_RE.sub(" ", text))
    return len(P.WORD_RE.findall(rest)) <= READER_TOOLBAR_REST_WORDS


# A programme's credits: two roles at least ("Host: Nama | Tamu: Nama"), by bars or dots.
CREDITS_MIN_ROLES = 2
CREDITS_ROLE_MAX_WORDS = 12
MEDIA_LINE_MAX_WORDS = 16
EPISODE_LINK_MAX_WORDS = 20
TAG_LINE_MAX_WORDS = 20
SIGN_OFF_MAX_WORDS = 30
ACTION_BAR_MAX_WORDS = 12
_ACTION_SPLIT_RE = re.compile(r"[\s:·•|/,]+")


def _media_label(text: str, words: int) -> str | None:
    """The label of a video's, podcast's or mail's furniture line, if it is one: a
    player's controls, a broadcast note, credits by roles, a production note, another
    episode's link, a share/reply bar, a sender's address, a forwarded message's marker,
    a release's number line, a tag line, a letter's closing formula."""
    if words <= MEDIA_LINE_MAX_WORDS and P.MEDIA_PLAYER_RE.search(text) and not ends_terminal(text):
        return "navigation"  # "▶ 00:00 / 04:18  Layar penuh": a player's controls
    if words <= MEDIA_LINE_MAX_WORDS and P.BROADCAST_NOTE_RE.match(text):
        return "caption"  # "Tayang di program X, Senin malam": where the video was shown
    if _is_credits_row(text) or (words <= 40 and P.PRODUCTION_NOTE_RE.match(text)):
        return "byline"
    if words <= EPISODE_LINK_MAX_WORDS and P.EPISODE_LINK_RE.match(text) and not find_dates(text):
        return "related"  # "Ep. 12 · Judul": another episode
    if words <= ACTION_BAR_MAX_WORDS and _is_action_bar(text):
        return "navigation"
    if P.MAIL_ADDRESS_LINE_RE.match(text) or P.FORWARDED_RE.match(text):
        return "mail-header"
    if P.RELEASE_NUMBER_RE.match(text):
        return "release-number"  # "Nomor: 12/SP/Humas/XI/2025"
    if words <= TAG_LINE_MAX_WORDS and P.TAG_LINE_RE.match(text) and not ends_terminal(text):
        return "related"  # "Tag: banjir  cuaca  Kota": the topics, linked
    if words <= TAG_LINE_MAX_WORDS and P.OTHER_LANGUAGE_RE.match(text):
        return "related"  # the same story in the outlet's other language, linked
    if words <= SIGN_OFF_MAX_WORDS and P.LETTER_CLOSING_RE.match(text):
        return "sign-off"  # "Demikian ... kami sampaikan", "Atas perhatian Bapak/Ibu, terima kasih"
    return None


def _is_credits_row(text: str) -> bool:
    """Credits by roles, two at least, each "Role: Name" between bars or dots ("Host:
    Nama | Tamu: Nama (warga)", "Produser: Nama · Penyunting audio: Nama")."""
    parts = [part for part in _AUTHOR_SEP_RE.split(text) if part.strip()]
    return len(parts) >= CREDITS_MIN_ROLES and all(
        P.CREDIT_ROLE_RE.match(part) and count_words(part) <= CREDITS_ROLE_MAX_WORDS
        for part in parts
    )


def _is_action_bar(text: str) -> bool:
    """A row of buttons: share, reaction and reply actions and the networks' names, two at
    least and nothing else ("Like  Komentari  Kirim", "Share: FB WA Line", "Kutip
    Balas")."""
    tokens = [t.lower() for t in _ACTION_SPLIT_RE.split(text) if t]
    return len(tokens) >= 2 and all(t in P.ACTION_WORDS for t in tokens)


def _is_reply_bar(text: str) -> bool:
    """An action bar with a reply or a comment among its buttons: the bar under a post,
    over the replies to it."""
    if not _is_action_bar(text):
        return False
    tokens = {t.lower() for t in _ACTION_SPLIT_RE.split(text)}
    return bool(tokens & P.REPLY_WORDS) or bool(
        tokens & P.COMMENT_WORDS and tokens & P.REACTION_WORDS
    )


_WEEKDAY_WORDS = frozenset({*WEEKDAYS, "ahad"})


def _is_hijri_only(text: str) -> bool:
    """A line that is a Hijri date and nothing else, a weekday aside ("Ahad, 14 Rajab 1446
    H"): an Islamic portal's date line with its Gregorian date on another line."""
    if len(text) > HIJRI_LINE_MAX_CHARS or not HIJRI_DATE_RE.search(text):
        return False
    rest = P.WORD_RE.findall(HIJRI_DATE_RE.sub(" ", text))
    return all(w.lower() in _WEEKDAY_WORDS for w in rest)


HIJRI_LINE_MAX_CHARS = 60


def _is_dated_furniture(text: str) -> bool:
    """A date with at most a site name and a clock around it: what is left once the
    dates, times and time zones are taken out has at most :data:`DATED_LINE_REST_WORDS`
    words ("Indozone.id", "WIB"). Who posted it may follow ("... 07:20 oleh Redaksi X"):
    the date line of a blog's post, with its author. A Hijri date beside the Gregorian
    one ("Kamis, 14 Rajab 1446 H / 16 Januari 2025") is part of the date."""
    text = HIJRI_DATE_RE.sub(" ", _POSTED_BY_RE.sub("", text))
    dates = find_dates(text)
    if not dates:
        return False
    rest, end = [], 0
    for found in dates:
        rest.append(text[end : found.start])
        end = found.end
    rest.append(text[end:])
    leftover = _CLOCK_RE.sub(" ", " ".join(rest))
    return len(P.WORD_RE.findall(leftover)) <= DATED_LINE_REST_WORDS


def classify_lines(
    lines: list[Line], *, title_hint: str | None = None, repeated: Collection[str] = ()
) -> list[Labelled]:
    """Label every line (see the module docstring for the decision list)."""
    labels: list[str | None] = [pattern_label(line, repeated) for line in lines]
    label_groups(lines, labels)
    _forward_wrapper(lines, labels)
    _profile_roles(lines, labels)
    _name_bar_bylines(lines, labels)
    _verdict_boxes(lines, labels)
    _poll_boxes(lines, labels)
    _contents_lists(lines, labels)
    _ranked_lists(lines, labels)
    free = [i for i, lab in enumerate(labels) if lab is None]

    # The title: the container's hint, else the first headline above the prose core.
    title_norm = normalise(title_hint) if title_hint else None
    titleable = [i for i, lab in enumerate(labels) if lab in (None, "repeated")]
    first_prose = next(
        (i for i in free if is_prose(lines[i]) and not _asks_over_meta(lines, labels, i)),
        len(lines),
    )
    if title_norm is None:
        # The headline stands closest above the article: take the last headline-shaped
        # line before the prose core (menus and section names stand higher up).
        # A line repeated across the batch is a candidate too: a syndicated article's
        # headline repeats on every copy, and another article's related box may list it.
        candidates = [
            i
            for i in titleable
            if i < first_prose and is_headline(lines[i]) and not _is_teaser(lines[i])
        ]
        # A story's later page marks its headline with the page ("Judul - Halaman 2"); a
        # numbered item of the list it goes on with ("3. Gejala ...") is no headline.
        paged = [i for i in candidates if P.PAGE_SUFFIX_RE.search(lines[i].text)]
        # A numbered item's head ("2. Oleskan tipis-tipis") is a subheading of a listicle,
        # never its headline while a headline without a number stands above the prose.
        unnumbered = [i for i in candidates if not P.NUMBERED_HEAD_RE.match(lines[i].text)]
        if unnumbered and not paged:
            candidates = unnumbered
        stated = _stated_headline(lines, labels, candidates)
        if paged:
            title_norm = normalise(lines[paged[-1]].text)
        elif stated is not None:
            title_norm = normalise(lines[stated].text)
        elif candidates:
            title_norm = normalise(lines[_printed_headline(lines, labels, candidates)].text)
    title_at = [i for i in titleable if title_norm and normalise(lines[i].text) == title_norm]
    if title_at and title_at[0] > first_prose:
        # The headline stands above the article: a hint met only below its first
        # paragraph is another line that reads the same (a release's signature naming
        # the site the hint came from), and would throw the whole story into the header.
        title_at = []
    for n, i in enumerate(title_at):
        labels[i] = "title" if n == 0 else "repeated-title"

    last_title = title_at[-1] if title_at else -1
    free = [i for i, lab in enumerate(labels) if lab is None]
    # The body opens with the first prose line after the title; a long line cut
    # mid-sentence (a truncated lead) opens it too, but a teaser ending in "…" does not.
    body_start = next(
        (
            i
            for i in free
            if i > last_title
            and (
                is_prose(lines[i])
                or (lines[i].words >= PROSE_MIN_WORDS and not _is_teaser(lines[i]))
            )
        ),
        None,
    )
    if body_start is None:  # no prose at all: keep every free line below the title
        body_start = next((i for i in free if i > last_title), len(lines))
    else:
        body_start = _after_standfirst(lines, labels, body_start)
        body_start = _after_lead_caption(lines, labels, body_start)
        body_start = _numbered_head_above(lines, labels, body_start, last_title)
    body_end = max((i for i in free if is_prose(lines[i])), default=len(lines) - 1)
    uses_blocks = len({line.block for line in lines}) >= 3
    # Short lines after the last paragraph are footer chrome only when chrome follows
    # them (a list of results closing a sports report is content).
    chrome_after = max((i for i, lab in enumerate(labels) if lab in FOOTER_EVIDENCE), default=-1)
    # ... and every short line below the first chrome after the last paragraph is footer.
    chrome_below = min(
        (i for i, lab in enumerate(labels) if lab in FOOTER_EVIDENCE and i > body_end),
        default=len(lines),
    )
    blocks: dict[int, list[int]] = {}  # block -> its line indices, so a lookup is O(block)
    for i, line in enumerate(lines):
        blocks.setdefault(line.block, []).append(i)

    for i, line in enumerate(lines):
        label = labels[i]
        if (
            label is None
            and i > 0
            and labels[i - 1] == "related"
            and lines[i - 1].text.rstrip().endswith(":")
            and not ends_terminal(line.text)
        ):
            # "Baca juga:" on its own line announces the linked headline on the next.
            label = labels[i] = "related"
            continue
        if label == "dateline" and i > body_start and not P.PUBLISHED_LINE_RE.match(line.text):
            # A dated line inside the body is content (a list item, a table row), not
            # the page's dateline; only a bare date there is furniture.
            label = labels[i] = None
        if label == "date":
            labels[i] = (
                "page-date"
                if i < max(body_start, 0) and (last_title < 0 or i < last_title)
                else "dateline"
            )
            continue
        if label is not None:
            continue
        if i < body_start:
            labels[i] = _header_label(line)
        elif _in_footer(i, line, body_end, chrome_after, chrome_below):
            labels[i] = "footer"
        elif i > body_start and _is_placed_caption(line):
            labels[i] = "caption"  # a picture between paragraphs: "X (kiri) menyerahkan ..."
        else:
            members = blocks[line.block]
            labels[i] = _body_label(line, members, labels, uses_blocks, i == body_end)
    _after_hashtags(lines, labels)
    _listed_dates(lines, labels, body_end)
    _printed_page_furniture(lines, labels, body_start)
    _author_bios(lines, labels, body_start)
    _sign_off(lines, labels)
    _after_end_mark(lines, labels, body_start)
    _comment_thread(lines, labels, body_start)
    _chapter_list(lines, labels, body_start)
    _author_card(lines, labels, body_start)
    _boilerplate_below(lines, labels, body_start)
    _about_blurbs(lines, labels, body_start)
    return [Labelled(line, label or "body") for line, label in zip(lines, labels, strict=True)]


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


_LISTED_LABELS = frozenset({"related", "footer", "subheading"})
# A listed story's headline has a few words at least ("Fotografer: Nama" is a credit).
LISTED_HEADLINE_MIN_WORDS = 5


def _listed_dates(lines: list[Line], labels: list[str | None], body_end: int) -> None:
    """A date line under the story, right below a listed headline ("Siaran pers lainnya"
    / "Judul lain" / "14 Okt, 2025, 10:00 WIB", "Judul" / "5 jam lalu"), dates that other
    story: it is part of the list, never the article's date line."""
    for i in range(max(body_end, 0) + 1, len(lines)):
        if labels[i] not in ("dateline", "date") or labels[i - 1] not in _LISTED_LABELS:
            continue
        if P.PUBLISHED_LINE_RE.match(lines[i].text):
            continue  # "Dipublikasikan 14 November 2025": the story's own, under its credits
        if is_headline(lines[i - 1]) and lines[i - 1].words >= LISTED_HEADLINE_MIN_WORDS:
            labels[i] = "related"
            if labels[i - 1] == "subheading":
                labels[i - 1] = "related"  # a listed headline between two listed dates


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


def _profile_roles(lines: list[Line], labels: list[str | None]) -> None:
    """A person's name alone on its line, then a role ("Rina Putri" over "Dosen Teknik
    Sipil Universitas X | Air Perkotaan"), then the date line or a bar-separated topic:
    an author's card, never the headline."""
    for i in range(1, len(lines)):
        if labels[i] is not None or not P.PROFILE_ROLE_RE.match(lines[i].text):
            continue
        if not _PERSON_NAME_RE.match(lines[i - 1].text.strip()) or ends_terminal(lines[i].text):
            continue
        below = labels[i + 1] if i + 1 < len(lines) else None
        if " | " in lines[i].text or below in _META_LABELS:
            labels[i - 1] = labels[i] = "byline"


def _stated_headline(
    lines: list[Line], labels: list[str | None], candidates: list[int]
) -> int | None:
    """The candidate the page names as its headline: a syndication note ("Artikel ini telah
    tayang di Situs.com dengan judul <headline>, https://...") quotes it, and a deck or a
    caption standing nearer the story then cannot pass for it."""
    for line, label in zip(lines, labels, strict=True):
        if label != "attribution":
            continue
        stated = P.STATED_TITLE_RE.search(line.text)
        if stated is None:
            continue
        named = normalise(line.text[stated.end() :])
        for i in reversed(candidates):
            headline = normalise(lines[i].text)
            if lines[i].words >= TITLE_CASE_MIN_WORDS and named.startswith(headline):
                return i
    return None


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


def _printed_headline(lines: list[Line], labels: list[str | None], candidates: list[int]) -> int:
    """The headline among the headline-shaped lines over the story (the last of them). On
    a printed page (its folio gives the page number) a headline stands over its deck, the
    smaller second headline of the same block: there the first of the two is the title."""
    last = candidates[-1]
    if len(candidates) < 2:
        return last
    fuller = _fuller_headline_above(lines, labels, candidates)
    if fuller is not None:
        return fuller
    if _is_deck_under(lines, candidates[-2], last):
        return candidates[-2]
    if not _is_printed(lines, labels):
        return last
    above = candidates[-2]
    same_block = lines[above].block == lines[last].block and above == last - 1
    return above if same_block and lines[above].words >= TITLE_CASE_MIN_WORDS else last


# A line of a few words under the headline, over the story, is a widget's label ("Simpan
# Untuk Nanti", "Mode Baca Cepat"), not a headline: headlines run longer.
WIDGET_MAX_WORDS = 3
# ... than a headline of this many words at least, standing above it in the same article
# block (no menu between).
FULL_HEADLINE_MIN_WORDS = 6


def _fuller_headline_above(
    lines: list[Line], labels: list[str | None], candidates: list[int]
) -> int | None:
    """The headline when the last headline-shaped line over the story is a few words only
    and a full headline stands above it, with only labelled lines (the byline, the date,
    buttons) between and no menu: the short line is page furniture no rule names."""
    last = candidates[-1]
    if lines[last].words > WIDGET_MAX_WORDS:
        return None
    above = candidates[-2]
    if lines[above].words < FULL_HEADLINE_MIN_WORDS or lines[above].text.isupper():
        return None
    between = range(above + 1, last)
    if any(labels[j] is None or labels[j] == "navigation" for j in between):
        return None
    return above


def _is_deck_under(lines: list[Line], above: int, last: int) -> bool:
    """Line ``last`` is the deck of the headline right above it: a summary written as a
    sentence ("Pedagang menyebut pasokan berkurang karena hujan") on the next line, telling
    more of the same story (a word of the same stem in common). Over a title-cased
    headline any sentence-cased line is a deck; where the page writes headlines in
    sentence case too (an English paper), the deck is the longer of the two. A site's
    slogan over a headline shares none of its words."""
    head, deck = lines[above], lines[last]
    if above != last - 1 or head.words < FULL_HEADLINE_MIN_WORDS or head.text.isupper():
        return False
    if is_title_case(deck.text):
        return False
    if not is_title_case(head.text) and deck.words <= head.words:
        return False
    return bool(_stems(head.text) & _stems(deck.text))


# Words of this many letters at least carry a story's substance (names, things, acts);
# their first letters stand for the stem ("price"/"prices", "penumpang"/"penumpangnya").
STEM_LEN = 5


def _stems(text: str) -> set[str]:
    words = P.WORD_RE.findall(text.lower())
    return {w[:STEM_LEN] for w in words if len(w) >= STEM_LEN and w not in P.FUNCTION_WORDS}


def _is_printed(lines: list[Line], labels: list[str | None]) -> bool:
    """The text of a printed page: a folio line with the page number ("... | HALAMAN 4"),
    or a first block holding a date and a page number alone on its line ("7")."""
    if "folio" in labels:
        return True
    head = [i for i, line in enumerate(lines) if line.block == 0]
    return any(labels[i] == "date" for i in head) and any(
        lines[i].text.strip().isdigit() and len(lines[i].text.strip()) <= 3 for i in head
    )


# The labels of an article's meta block: its author and its date lines.
_META_LABELS = frozenset({"byline", "dateline", "date", "updated"})
# A standfirst (the summary under a headline) is a sentence or two.
STANDFIRST_MAX_WORDS = 40


def _asks_over_meta(lines: list[Line], labels: list[str | None], i: int) -> bool:
    """Line ``i`` is a headline asking or exclaiming in sentence case ("Dermaga baru untuk
    pasar apung: siapa yang diuntungkan?"), not the lead: it stands right over the
    article's byline or date line, where no paragraph of the story stands."""
    stripped = lines[i].text.rstrip().rstrip(P.CLOSERS)
    return (
        stripped.endswith(("?", "!"))
        and is_headline(lines[i])
        and i + 1 < len(lines)
        and (labels[i + 1] in _META_LABELS or _no_headline_between_menu_and(lines, labels, i))
    )


def _no_headline_between_menu_and(lines: list[Line], labels: list[str | None], i: int) -> bool:
    """No headline-shaped line stands between the site's menu and line ``i``, so ``i`` is
    the first line of the article block (section names and an author's card of a few
    words aside): a question there is the headline (the byline,
    the date or the deck may stand anywhere around it), not the lead, which never opens
    an article above its headline. Without a menu on the page nothing is concluded."""
    menu = max((j for j in range(i) if labels[j] == "navigation"), default=-1)
    if menu < 0:
        return False
    # A section name or an author's card (a name, a role) is a few words; a headline more.
    return not any(
        labels[j] in (None, "repeated") and is_headline(lines[j]) and lines[j].words > 4
        for j in range(menu + 1, i)
    )


# What stands under an article's meta lines, over its lead: the picture's caption and credit, the
# page's buttons.
_UNDER_META_LABELS = frozenset({"caption", "credit", "navigation"})


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


# A picture under the meta lines: its credit, its caption and the page's buttons.
PICTURE_MAX_LINES = 4


def _past_picture(lines: list[Line], labels: list[str | None], at: int) -> int:
    """Where the lead stands when the lines at ``at`` are a picture's credit and caption
    (a sentence at most each, with the page's buttons among them) over a lead that opens
    with its dateline ("KABARKITA.COM/NAMA" / "Petugas menurunkan perahu ..." / "KOTA -
    ..."); those lines are labelled captions. Otherwise ``at``."""
    j = at
    while (
        j < len(lines)
        and j - at < PICTURE_MAX_LINES
        and (labels[j] is None or labels[j] in _UNDER_META_LABELS)
        and lines[j].words <= LEAD_CAPTION_MAX_WORDS
        and len(re.findall(r"[.!?](?:\s|$)", lines[j].text)) <= 1
        and not _opens_with_dateline(lines[j].text)
    ):
        j += 1
    if j == at or j >= len(lines) or labels[j] is not None:
        return at
    if not (is_prose(lines[j]) and _opens_with_dateline(lines[j].text)):
        return at
    for k in range(at, j):
        if labels[k] is None:
            labels[k] = "caption"
    return j


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
# A picture's source in capitals in brackets after the caption's sentence: "...
# Balikpapan Tengah. (KABARKITA)", "... di kantornya. (ISTIMEWA)", "(DOK. PRIBADI)".
# The outlet's name and the photographer's initials are a source too: "... (Kabar Kita/abc)".
_CAPITALS_CREDIT_RE = re.compile(
    r"[.!?]\s*\((?:[A-Z][A-Z0-9.&/ -]{2,40}|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}/[a-z]{2,5})\)\s*$"
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
        sentences <= 1 and _opens_with_dateline(lines[lead].text) and not _opens_with_dateline(text)
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


# A social post's tag line: hashtags and nothing else ("#Banjir #SiagaBencana #Kota").
_HASHTAGS_RE = re.compile(r"^\s*#\w+(?:[\s,]+#\w+)+\s*$")
# The description of a post's picture, printed under the post: a sentence of a few words.
PICTURE_TEXT_MAX_WORDS = 25


def _after_hashtags(lines: list[Line], labels: list[str | None]) -> None:
    """A social post closes with its hashtags: the tag line is the platform's furniture,
    and the short single sentences below it, before the reactions, describe the post's
    picture (its alt text), unless a real paragraph follows (then the story goes on)."""
    tags = [i for i, line in enumerate(lines) if _HASHTAGS_RE.match(line.text)]
    if not tags:
        return
    for i in tags:
        labels[i] = "navigation"
    if not any(is_prose(lines[i]) for i in range(tags[-1])):
        # Tags over the headline (a site's topic line) close no post: the story follows.
        return
    below = [i for i in range(tags[-1] + 1, len(lines)) if labels[i] in KEEP]
    if all(
        lines[i].words <= PICTURE_TEXT_MAX_WORDS
        and len(re.findall(r"[.!?](?:\s|$)", lines[i].text)) <= 1
        for i in below
    ):
        for i in below:
            labels[i] = "caption"


# A printed page's counter: "Halaman 2 dari 3", "Page 2 of 3".
_PAGE_OF_RE = re.compile(r"^\s*(?:halaman|page)\s+\d+\s*(?:dari|of)\s*\d+\s*$", re.IGNORECASE)
# What a page break of a printed document leaves in its text: a running line, a
# letterhead. Never a sentence.
_FURNITURE_LABELS = frozenset({"subheading", "body", "credit", "caption"})


def _printed_page_furniture(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """A document printed on pages (a release turned from PDF) repeats its furniture at
    every page break: the running line in the block of the page counter ("Kementerian X |
    Siaran Pers No. 12" over "Halaman 2 dari 3") and the letterhead of the first page
    ("KEMENTERIAN X") atop the next. Below the story's start, such lines that are no
    sentence are page furniture."""
    if not any(_PAGE_OF_RE.match(line.text) for line in lines):
        return
    counter_blocks = {line.block for line in lines if _PAGE_OF_RE.match(line.text)}
    letterhead = {normalise(lines[i].text) for i in range(max(body_start, 0)) if lines[i].words > 1}
    for i in range(max(body_start, 0), len(lines)):
        line = lines[i]
        if labels[i] not in _FURNITURE_LABELS or ends_terminal(line.text):
            continue
        if line.block in counter_blocks or normalise(line.text) in letterhead:
            labels[i] = "pagination"


# An author's bio closing an opinion piece is one sentence of a few dozen words.
BIO_MAX_WORDS = 40
_BIO_VERB_RE = re.compile(r"\s+(?:adalah|merupakan|ialah|is|was)\s+\S")


def _author_bios(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """A one-sentence paragraph in the body that opens with the name of the author given
    in a byline or date line over the story, then "adalah"/"merupakan" ("Nama Penulis
    adalah dosen ilmu politik di Universitas X."): the author's bio, not the story's."""
    names = set()
    for i in range(min(body_start, len(lines))):
        if labels[i] in _META_LABELS:
            text = _BY_RE.sub("", lines[i].text.strip())
            m = _NAME_RE.match(text)
            if m and len(m.group(0).split()) >= 2:
                names.add(m.group(0))
    if not names:
        return
    for i in range(max(body_start, 0) + 1, len(lines)):
        text = lines[i].text
        if _is_named_bio(lines, labels, i, names):
            # The author's name alone over a bio ("Nama Penulis" / "Penulis gaya hidup. Suka
            # ..."): an author box, however the bio opens.
            labels[i] = labels[i + 1] = "byline"
            continue
        if labels[i] != "body" or lines[i].words > BIO_MAX_WORDS:
            continue
        if len(re.findall(r"[.!?](?:\s|$)", text)) > 1:
            continue
        if any(text.startswith(n) and _BIO_VERB_RE.match(text, len(n)) for n in names):
            labels[i] = "byline"


# An author box's bio runs a sentence or three.
BIO_MAX_SENTENCES = 3


def _is_named_bio(lines: list[Line], labels: list[str | None], i: int, names: set[str]) -> bool:
    """Line ``i`` in the body is the byline's name alone, over a short paragraph."""
    if labels[i] not in ("subheading", "body") or lines[i].text.strip() not in names:
        return False
    if i + 1 >= len(lines) or labels[i + 1] != "body":
        return False
    bio = lines[i + 1]
    sentences = len(re.findall(r"[.!?](?:\s|$)", bio.text))
    return bio.words <= BIO_MAX_WORDS and sentences <= BIO_MAX_SENTENCES


def _sign_off(lines: list[Line], labels: list[str | None]) -> None:
    """Short lines after the last paragraph that read as subheadings and hold no sentence
    end are a sign-off (a release's signature: the office, the bureau, the institution):
    a subheading heads the text below it, and these have none. A line with a sentence in
    it ("... layak. (Sumber Data)") stays, as the paragraph it is."""
    for i in range(len(labels) - 1, -1, -1):
        if labels[i] == "body":
            return
        if labels[i] == "subheading":
            if any(c in lines[i].text for c in P.TERMINAL):
                return
            labels[i] = "footer"


# A release's end mark on its own line: "- SELESAI -", "--selesai--", "(selesai)", "###".
_END_LINE_RE = re.compile(
    r"^\s*(?:(?:[-–—=#*]+|\()\s*(?:selesai|tamat|end)\s*(?:[-–—=#*]+|\))|#{3,})\s*$",
    re.IGNORECASE,
)


def _after_end_mark(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """A press release marks where its text ends ("- SELESAI -"): the mark is furniture,
    and what follows (the contact block, the boilerplate "Tentang X" paragraph on the
    issuer) is no part of the story."""
    ends = [
        i
        for i in range(max(body_start, 0) + 1, len(lines))
        if _END_LINE_RE.match(lines[i].text) and labels[i] in (None, *KEEP)
    ]
    if not ends:
        return
    labels[ends[0]] = "end-mark"
    for i in range(ends[0] + 1, len(lines)):
        if labels[i] in KEEP:
            labels[i] = "footer"


# The heading of a page's comment thread, alone on its line: "2 Komentar", "Komentar (3)",
# "Komentar Pembaca", "Tanggapan Pembaca", "Leave a Reply". A bare "Komentar" is not one:
# it is also a share bar's button, which may stand between two paragraphs.
_COMMENTS_HEAD_RE = re.compile(
    r"^\s*(?:\d+\s+(?:komentar|tanggapan|comments?|balasan|responses?)"
    r"|(?:komentar|tanggapan|comments?|responses?|balasan)\s*\(\d+\)"
    r"|(?:komentar|tanggapan)\s+pembaca|reader\s+comments"
    r"|tinggalkan\s+(?:balasan|komentar)|leave\s+a\s+(?:reply|comment)"
    # a social thread's reply box: "Post your reply", "Tulis balasanmu"
    r"|post\s+your\s+reply|tulis\s+balasan(?:mu|\s+anda)?|add\s+a\s+comment)\s*:?\s*$",
    re.IGNORECASE,
)
# The story stands above its comment thread: a few paragraphs at least.
COMMENTS_MIN_PARAGRAPHS_ABOVE = 2


_BARE_COMMENTS_RE = re.compile(r"^\s*(?:komentar|tanggapan|comments?|diskusi)\s*:?\s*$", re.I)


def _bare_comments_head(lines: list[Line], labels: list[str | None], i: int) -> bool:
    """ "Komentar" alone, right over a commenter's name and the comment's age ("Nama ·
    22 jam lalu"): the thread's heading, though it counts nothing (a bare "Komentar" is
    a button elsewhere)."""
    if not _BARE_COMMENTS_RE.match(lines[i].text) or i + 1 >= len(lines):
        return False
    return labels[i + 1] == "byline" and _is_author_and_age(lines[i + 1].text)


def _comment_thread(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """Readers' comments under a story: below the thread's heading, after the story's
    prose, every line is a comment or its author and time, no part of the story (a
    comment is written like a paragraph, so only the heading tells)."""
    start = max(body_start, 0)
    for i in range(start + 1, len(lines)):
        # A reply bar under the story ("Like  Komentari  Kirim", "Kutip  Balas") heads
        # the replies as a thread's heading does.
        reply_bar = _is_reply_bar(lines[i].text)
        if not (
            reply_bar
            or _COMMENTS_HEAD_RE.match(lines[i].text)
            or _bare_comments_head(lines, labels, i)
        ):
            continue
        above = sum(labels[j] in KEEP and is_prose(lines[j]) for j in range(start, i))
        if above < COMMENTS_MIN_PARAGRAPHS_ABOVE:
            if reply_bar:
                continue  # the bar over a post, before the story
            return  # a counter in the meta block ("0 Komentar"), not the thread
        labels[i] = "navigation"
        for j in range(i + 1, len(lines)):
            if labels[j] in KEEP or labels[j] in ("byline", "dateline"):
                labels[j] = "footer"
        return


# A wire's desk line names a few reporters and editors.
WIRE_STAFF_MAX_WORDS = 30
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


def _chapter_list(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """An episode's chapter list: under its label ("Daftar isi episode:", "Chapters"),
    the lines that open with a timestamp ("12:40  Judul bagian") are the player's
    navigation, whatever they say (a chapter's title may end in "?")."""
    for i in range(max(body_start, 0), len(lines)):
        if not P.CHAPTER_LABEL_RE.match(lines[i].text):
            continue
        items = list(
            itertools.takewhile(
                lambda j: bool(P.TIMESTAMP_ITEM_RE.match(lines[j].text)), range(i + 1, len(lines))
            )
        )
        if items:
            for j in (i, *items):
                labels[j] = "navigation"


AUTHOR_CARD_MAX_LINES = 3


def _author_card(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """An author's card after the story: under its head ("Tentang Penulis", "Written by
    Nama"), the short lines that follow (the name with a one-sentence bio, the
    followers, the role) are about the author, not the story."""
    for i in range(max(body_start, 0) + 1, len(lines)):
        if not P.AUTHOR_CARD_RE.match(lines[i].text):
            continue
        labels[i] = "byline"
        for j in range(i + 1, min(i + 1 + AUTHOR_CARD_MAX_LINES, len(lines))):
            if lines[j].words > BIO_MAX_WORDS:
                break
            if labels[j] in (None, *KEEP):  # a counter or a button stays as it is labelled
                labels[j] = "byline"
        return


BOILERPLATE_MAX_WORDS = 40
_FURNITURE_ABOVE = FOOTER_EVIDENCE | {"footer", "byline", "end-mark", "sign-off"}


def _boilerplate_below(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """An organisation's one-sentence boilerplate ("Lembaga X adalah lembaga nirlaba yang
    ...") standing among the page's furniture after the story (a contact line, a
    copyright, the related box above it): the site telling of itself, not the story. The
    same sentence between paragraphs is the story's."""
    for i in range(max(body_start, 0) + 1, len(lines)):
        if labels[i] not in KEEP or lines[i].words > BOILERPLATE_MAX_WORDS:
            continue
        if not P.ORG_BOILERPLATE_RE.match(lines[i].text):
            continue
        if len(re.findall(r"[.!?](?:\s|$)", lines[i].text)) > 1:
            continue
        if labels[i - 1] in _FURNITURE_ABOVE and all(
            labels[j] not in KEEP for j in range(i + 1, len(lines))
        ):
            labels[i] = "footer"


ABOUT_HEAD_MAX_WORDS = 10
ABOUT_BLURB_MAX_WORDS = 150


def _about_blurbs(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """A press release's closing blurbs: under a head ("Tentang PT X", "About X"), the
    paragraphs telling what the company is ("PT X adalah ..."), with nothing of the story
    below them (other blurbs, contacts, the wire's furniture). Read from the bottom up, so
    that several blurbs in a row all go; a head over a story paragraph stays."""
    heads = [
        i
        for i in range(max(body_start, 0) + 1, len(lines) - 1)
        if labels[i] in KEEP
        and lines[i].words <= ABOUT_HEAD_MAX_WORDS
        and P.ABOUT_HEAD_RE.match(lines[i].text)
        and not P.AUTHOR_CARD_RE.match(lines[i].text)
    ]
    for head in reversed(heads):
        if labels[head + 1] not in KEEP or not P.ABOUT_BLURB_RE.match(lines[head + 1].text):
            continue
        # The blurb: the rest of the head's block, or the one block under a lone head.
        block = lines[head + 1].block
        end = head + 1
        while (
            end < len(lines)
            and lines[end].block == block
            and labels[end] in KEEP
            and lines[end].words <= ABOUT_BLURB_MAX_WORDS
            and (end == head + 1 or not P.ABOUT_HEAD_RE.match(lines[end].text))
        ):
            end += 1
        if any(labels[j] in KEEP for j in range(end, len(lines))):
            continue
        for j in range(head, end):
            labels[j] = "about"


def _in_footer(i: int, line: Line, body_end: int, chrome_after: int, chrome_below: int) -> bool:
    """Below the last paragraph: a short unfinished line with chrome still to follow (a
    list of results closing a sports report has none), any short unfinished line below
    the first chrome (or one that exclaims: a promotion, "Cek Gizi Anak dengan Kalkulator
    Kami!"), or a short line naming a domain ("Blog di WordPress.com.")."""
    if i <= body_end:
        return False
    unfinished = not ends_terminal(line.text)
    exclaims = line.text.rstrip().rstrip(P.CLOSERS).endswith("!")
    return (
        (unfinished and line.words <= 8 and i < chrome_after)
        or ((unfinished or exclaims) and line.words <= CHROME_MAX_WORDS and i > chrome_below)
        or (line.words <= FOOTER_DOMAIN_WORDS and bool(P.DOMAIN_RE.search(line.text)))
    )


def _is_teaser(line: Line) -> bool:
    return line.text.rstrip().endswith(("…", "..."))


def _header_label(line: Line) -> str:
    return "teaser" if _is_teaser(line) else "header"


def _body_label(
    line: Line, block: list[int], labels: list[str | None], uses_blocks: bool, is_last: bool
) -> str:
    """The label of a leftover body line; ``block`` holds the indices of its block's lines.

    A closing reporter's credit is no part of the line's shape: "Pendaftaran dibuka
    besok. (*)" ends with its full stop, as a paragraph does, not as a subheading."""
    text = split_credit(line.text)[0] or line.text
    if line.words <= 2 and not ends_terminal(text):
        lowered = [w.lower().strip(".") for w in text.split()]
        if all(w in P.CREDIT_WORDS for w in lowered) or text.isupper():
            return "credit"
        # One word alone ("Banjir", "Infografis") labels a picture; two ("Babak Pertama") can
        # head a section and are kept as a subheading when body text follows.
        if line.words == 1 or is_last:
            return "caption"
        return "subheading"
    if uses_blocks and line.block_size <= 4 and line.words <= 30:
        neighbours = [labels[j] for j in block]
        if any(lab in ("credit", "caption") for lab in neighbours):
            return "caption"
    low, high = SUBHEADING_WORDS
    if (
        low <= line.words <= high
        and not is_last
        and not text.rstrip().rstrip(P.CLOSERS).endswith((".", "…", ",", ";", ":"))
        and not ends_dangling(text)
    ):
        return "subheading"
    return "body"
