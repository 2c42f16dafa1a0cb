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

The decision list runs here (:func:`classify_lines`); its steps live beside it:
:mod:`~warta.clean.shapes` (the line record and its shapes), :mod:`~warta.clean.line_split`
(page text into lines), :mod:`~warta.clean.pattern_labels` (step 1's own labels),
:mod:`~warta.clean.boxes` (labels spread over a box or a card), :mod:`~warta.clean.title`
(step 2), :mod:`~warta.clean.body_start` and :mod:`~warta.clean.body_end` (step 3's passes
at either end of the body).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from warta.clean import patterns as P
from warta.clean.blocks import label_groups
from warta.clean.body_end import (
    _about_blurbs,
    _after_end_mark,
    _after_hashtags,
    _author_bios,
    _author_card,
    _boilerplate_below,
    _chapter_list,
    _clipping_sheet_tail,
    _closing_formula_of_report,
    _comment_thread,
    _contact_head,
    _desk_update_after_credit,
    _headings_in_foot,
    _listed_dates,
    _printed_page_furniture,
    _reporter_signed_close,
    _sign_off,
)
from warta.clean.body_start import (
    LEAD_CAPTION_MAX_WORDS,
    _after_lead_caption,
    _after_standfirst,
    _deck_over_picture,
    _is_placed_caption,
    _numbered_head_above,
    _standfirst_over_scroll_cue,
)
from warta.clean.boxes import (
    _contents_lists,
    _daily_boxes,
    _forward_wrapper,
    _labelled_boxes,
    _name_bar_bylines,
    _poll_boxes,
    _profile_roles,
    _ranked_lists,
    _verdict_boxes,
)
from warta.clean.channel import channel_posts
from warta.clean.pattern_labels import CHROME_MAX_WORDS, pattern_label
from warta.clean.shapes import (
    FOOTER_EVIDENCE,
    PROSE_MIN_WORDS,
    TITLE_CASE_MIN_WORDS,
    Labelled,
    Line,
    _is_teaser,
    ends_dangling,
    ends_terminal,
    is_prose,
    normalise,
    split_credit,
)
from warta.clean.title import find_title_lines

# Subheadings are short: 3..14 words (the seeds' longest is 8; IndoSum's up to 12).
SUBHEADING_WORDS = (3, 14)
# A short line naming a domain after the last paragraph is the site's footer.
FOOTER_DOMAIN_WORDS = 5


# A print view's running header: the print date and time, then the page's own title
# ("12/05/27 21.03   Judul Berita - Situs").
_PRINT_HEADER_TITLE_RE = re.compile(
    r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?P<title>\S.*)$"
)
# After the headline the header's title holds the site's name: a few words at most.
PRINT_SITE_MAX_WORDS = 4


def _print_named_headline(lines: list[Line], labels: list[str | None]) -> None:
    """A print view heads every sheet with the page's title (its ``<title>``: the headline
    and the site's name): the line over the story that reads as that headline is the
    headline, even when a box's label stands over it ("BERITA TERKINI" over the story
    reads as a related box's) and took it for the box's item. Its label is cleared (in
    place) so the title choice sees it."""
    headers = [
        _PRINT_HEADER_TITLE_RE.match(line.text)
        for line, label in zip(lines, labels, strict=True)
        if label == "page-counter"
    ]
    header = next((m for m in headers if m is not None), None)
    if header is None:
        return
    named = normalise(header.group("title")).split()
    for i, line in enumerate(lines):
        if labels[i] != "related" or line.words < TITLE_CASE_MIN_WORDS:
            continue
        words = normalise(line.text).split()
        if named[: len(words)] == words and len(named) - len(words) <= PRINT_SITE_MAX_WORDS:
            labels[i] = None
            return


def classify_lines(
    lines: list[Line], *, title_hint: str | None = None, repeated: Collection[str] = ()
) -> list[Labelled]:
    """Label every line (see the module docstring for the decision list)."""
    labels: list[str | None] = [pattern_label(line, repeated) for line in lines]
    label_groups(lines, labels)
    channel_posts(lines, labels)
    _forward_wrapper(lines, labels)
    _profile_roles(lines, labels)
    _name_bar_bylines(lines, labels)
    _verdict_boxes(lines, labels)
    _poll_boxes(lines, labels)
    _contents_lists(lines, labels)
    _ranked_lists(lines, labels)
    _labelled_boxes(lines, labels)
    _daily_boxes(lines, labels)
    _outlet_credited_captions(lines, labels)
    _print_named_headline(lines, labels)
    title_at = find_title_lines(lines, labels, title_hint)
    for n, i in enumerate(title_at):
        labels[i] = "title" if n == 0 else "repeated-title"
    if title_at:
        _share_prompts(lines, labels, normalise(lines[title_at[0]].text))
        _headline_led_captions(lines, labels, title_at[0])

    free = [i for i, lab in enumerate(labels) if lab is None]
    last_title = _last_title_over_story(lines, free, title_at)
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
        body_start = _deck_over_picture(lines, labels, body_start, last_title)
        body_start = _standfirst_over_scroll_cue(lines, labels, body_start)
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
    _reporter_signed_close(lines, labels)
    _headings_in_foot(lines, labels)
    _desk_update_after_credit(lines, labels)
    _after_end_mark(lines, labels, body_start)
    _clipping_sheet_tail(lines, labels, body_start)
    _comment_thread(lines, labels, body_start)
    _chapter_list(lines, labels, body_start)
    _author_card(lines, labels, body_start)
    _boilerplate_below(lines, labels, body_start)
    _about_blurbs(lines, labels, body_start)
    _contact_head(lines, labels)
    _pull_quotes(lines, labels)
    _stat_cards(lines, labels)
    _closing_formula_of_report(lines, labels)  # once the story's last line is known
    return [Labelled(line, label or "body") for line, label in zip(lines, labels, strict=True)]


def _share_prompts(lines: list[Line], labels: list[str | None], title: str) -> None:
    """A share prompt that repeats the headline ("Bagikan: <headline>", its buttons drawn
    as icons the text does not keep) is a button, never the story's first line."""
    for i, line in enumerate(lines):
        m = P.SHARE_PROMPT_RE.match(line.text)
        if labels[i] is None and m and normalise(m["rest"]) == title:
            labels[i] = "navigation"


# A caption that opens with the headline says a sentence or two more about the picture.
HEADLINE_CAPTION_MAX_SENTENCES = 2


def _headline_led_captions(lines: list[Line], labels: list[str | None], title: int) -> None:
    """A line under the headline that opens with the whole headline as its first sentence,
    then a sentence or two more ("<Headline>. Warga antre di depan balai desa, Senin
    (2/3/2026).") is the picture's caption as the content system writes it (the story's
    title, then the picture's description); a paragraph never repeats the headline so."""
    head = " ".join(lines[title].text.split()).casefold()
    for i in range(title + 1, len(lines)):
        if labels[i] is not None:
            continue
        text = " ".join(lines[i].text.split())
        if not text.casefold().startswith(head):
            continue
        rest = text[len(head) :]
        # the headline's own mark ends its sentence ("... Ditunda?"), else a full stop
        closed = re.match(r"\s+\S" if head.endswith(P.TERMINAL) else r"[.!?]\s+\S", rest)
        if closed is None or lines[i].words > lines[title].words + LEAD_CAPTION_MAX_WORDS:
            continue
        said = rest[closed.end() - 1 :]
        if len(re.findall(r"[.!?](?:\s|$)", said)) <= HEADLINE_CAPTION_MAX_SENTENCES:
            labels[i] = "caption"


def _last_title_over_story(lines: list[Line], free: list[int], title_at: list[int]) -> int:
    """The last copy of the headline above the story (-1 without a title): the body opens
    after it. A copy below the story's first paragraph (a latest-news box listing the
    headline under the story) stands over nothing of it; a teaser ("... kedua pemimpin…")
    between two copies is no part of the story."""
    if not title_at:
        return -1
    story = next(
        (i for i in free if i > title_at[0] and is_prose(lines[i]) and not _is_teaser(lines[i])),
        len(lines),
    )
    last = max(i for i in title_at if i < story)
    # A link preview (the page's title, its description) over the story pasted under it:
    # the headline's next copy, past a line or two of the preview's, still opens it.
    later = [i for i in title_at if i > last and _preview_between(lines, free, last, i)]
    return later[0] if later else last


# A link preview's lines between the headline's copies: its description, a lead-in.
PREVIEW_MAX_LINES = 3
PREVIEW_MAX_WORDS = 40


def _preview_between(lines: list[Line], free: list[int], first: int, copy: int) -> bool:
    """Whether only a link preview's lines stand between the headline at ``first`` and
    its copy at ``copy``: a few short free lines, and more prose under the copy than
    over it (a latest-news box listing the headline stands under the whole story)."""
    between = [i for i in free if first < i < copy]
    if len(between) > PREVIEW_MAX_LINES or any(lines[i].words > PREVIEW_MAX_WORDS for i in between):
        return False
    over = sum(lines[i].words for i in between)
    under = sum(lines[i].words for i in free if i > copy and is_prose(lines[i]))
    return under > over


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


def _header_label(line: Line) -> str:
    return "teaser" if _is_teaser(line) else "header"


def _body_label(
    line: Line, block: list[int], labels: list[str | None], uses_blocks: bool, is_last: bool
) -> str:
    """The label of a leftover body line; ``block`` holds the indices of its block's lines.

    A closing reporter's credit is no part of the line's shape: "Pendaftaran dibuka
    besok. (*)" ends with its full stop, as a paragraph does, not as a subheading; so does
    a sentence signed with what signs only a story's close ("... setempat. [adv.rud]",
    "... berizin. (K/R3/P1)"): a subheading never has a full stop before its bracket."""
    text = split_credit(line.text, closing=True)[0] or line.text
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


# A pull quote is a sentence or two lifted from the story, in quotation marks.
PULL_QUOTE_MAX_WORDS = 30
# ... and the story says the same words elsewhere: this share of its words at least.
PULL_QUOTE_SHARED = 0.8
_WHOLE_QUOTE_RE = re.compile(r'^\s*[“"«]([^“”"«»]{10,400})[”"»]\s*$')


# The lead's dateline naming the outlet in brackets: "Jakarta (Kabar Kita) –".
_BRACKET_DATELINE_RE = re.compile(
    r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s+\((?P<outlet>[A-Z][^()]{1,40})\)\s*[-–—]{1,3}\s"
)
# A picture's caption credited to the outlet: "... at the harbour. (Kabar Kita)".
_OUTLET_CREDIT_END_RE = re.compile(r"[.!?]\s*\((?P<outlet>[^()]{2,42})\)\s*$")
OUTLET_CAPTION_MAX_WORDS = 40
# The site's name is one of the page's first lines, a few words.
SITE_NAME_LINES = 5
SITE_NAME_MAX_WORDS = 5
# Paragraphs that follow a caption: a bracket closing the story's last paragraph signs it.
PARAGRAPHS_UNDER_CAPTION = 2


def _outlet_names(lines: list[Line]) -> set[str]:
    """The outlet's name as the page prints it: a site line at its top ("KABAR KITA") and
    the bracket of a lead's dateline ("Jakarta (Kabar Kita) –"), squeezed."""
    names = {
        _squeezed(line.text)
        for line in lines[:SITE_NAME_LINES]
        if line.words <= SITE_NAME_MAX_WORDS
    }
    for line in lines:
        m = _BRACKET_DATELINE_RE.match(line.text)
        if m:
            names.add(_squeezed(m.group("outlet")))
    return names - {""}


def _squeezed(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def _outlet_credited_captions(lines: list[Line], labels: list[str | None]) -> None:
    """A line closing with the outlet's own name in brackets ("... pagi hari. (Kabar Kita)",
    the name its top or its dateline prints) over two paragraphs or more is the picture's
    caption credited to the outlet: the same bracket closing the story's last paragraph
    signs it instead."""
    candidates = [
        i
        for i, line in enumerate(lines)
        if labels[i] is None
        and line.words <= OUTLET_CAPTION_MAX_WORDS
        and _OUTLET_CREDIT_END_RE.search(line.text)
    ]
    if not candidates:
        return
    names = _outlet_names(lines)
    # The unlabelled prose lines from the page's foot, as many as a caption needs under it:
    # a candidate has enough below if it stands above the highest of them (the loop only
    # labels candidates, above the ones still to come, so these stay as they are).
    foot: list[int] = []
    for j in range(len(lines) - 1, candidates[0], -1):
        if labels[j] is None and is_prose(lines[j]):
            foot.append(j)
            if len(foot) == PARAGRAPHS_UNDER_CAPTION:
                break
    for i in candidates:
        credit = _OUTLET_CREDIT_END_RE.search(lines[i].text)
        if (
            credit
            and _squeezed(credit.group("outlet")) in names
            and len(foot) == PARAGRAPHS_UNDER_CAPTION
            and i < foot[-1]
        ):
            labels[i] = "caption"


def _pull_quotes(lines: list[Line], labels: list[str | None]) -> None:
    """A pull quote set between paragraphs: a line that is only a quotation, no speaker,
    whose words another paragraph of the story says too ("Menurut X, <the same words>.").
    A quotation the story does not repeat is kept: a quote may run over paragraphs."""
    body = [i for i, lab in enumerate(labels) if lab in (None, "body")]
    quotes = []
    for i in body:
        m = _WHOLE_QUOTE_RE.match(lines[i].text)
        if m is None or lines[i].words > PULL_QUOTE_MAX_WORDS:
            continue
        words = _content_words(m.group(1))
        if len(words) >= 4:
            quotes.append((i, words))
    if not quotes:
        return
    # Each paragraph's words once, and which paragraphs hold each word: a paragraph that
    # shares enough of a quote's words holds one of its rarest ones (prefix filtering), so
    # each quote meets a few paragraphs, not all of them (a whole page was quadratic).
    said = {j: _content_words(lines[j].text) for j in body}
    holders: dict[str, list[int]] = {}
    for j, words in said.items():
        for w in words:
            holders.setdefault(w, []).append(j)
    for i, words in quotes:
        need = int(PULL_QUOTE_SHARED * len(words))  # at most the share asked: exact below
        rarest = sorted(words, key=lambda w: (len(holders[w]), w))[: len(words) - need + 1]
        met = {j for w in rarest for j in holders[w] if j != i}
        if any(len(words & said[j]) >= PULL_QUOTE_SHARED * len(words) for j in met):
            labels[i] = "caption"


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in P.WORD_RE.findall(text)} - P.FUNCTION_WORDS


# A stat card's description under its figure: a phrase of a line, never a sentence.
STAT_NOTE_MAX_WORDS = 30
_YEAR_RE = re.compile(r"^\s*(?:19|20)\d\d\s*$")


def _stat_cards(lines: list[Line], labels: list[str | None]) -> None:
    """A data story's stat card set between paragraphs: a figure alone ("12 ton", "Rp5
    juta+", "64%") over what it counts, a phrase opening in lower case with no full stop
    ("rata-rata jarak tempuh ..."). Both are the card's, not the story's prose."""
    for i in range(len(lines) - 1):
        if labels[i] not in (None, "body", "subheading") or labels[i + 1] not in (
            None,
            "body",
            "subheading",
        ):
            continue
        figure, note = lines[i].text.strip(), lines[i + 1].text.strip()
        if not P.STAT_FIGURE_RE.match(figure) or _YEAR_RE.match(figure):
            continue
        if (
            note[:1].islower()
            and not ends_terminal(note)
            and lines[i + 1].words <= STAT_NOTE_MAX_WORDS
        ):
            labels[i] = labels[i + 1] = "caption"
