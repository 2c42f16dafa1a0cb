"""The passes that take furniture out of a labelled body (step 3, the end of the body).

They run once every line has its label and the body's start is known, and read the
labels and the lines around them: a social post's hashtags and picture text, listed
dates under listed headlines, a printed document's page furniture, author bios and
cards, a release's sign-off and end mark, a last paragraph signed with the reporter's
credit as a picture is (kept), the desk's dated update under the signed
story, a comment thread, an episode's chapter list, an organisation's boilerplate and
"About X" blurbs. Each changes ``labels`` in place.
"""

from __future__ import annotations

import itertools
import re

from warta.clean import patterns as P
from warta.clean.pattern_labels import _NAME_RE, _is_author_and_age, _is_reply_bar
from warta.clean.shapes import (
    _META_LABELS,
    FOOTER_EVIDENCE,
    KEEP,
    Line,
    ends_terminal,
    is_headline,
    is_prose,
    normalise,
    split_credit,
)

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
# "Nama adalah dosen ...", and the beat a reporter's bio gives: "Nama covers commodities
# for X", "Nama writes about ...", "Nama meliput isu ...", "Nama bergabung dengan X".
_BIO_VERB_RE = re.compile(
    r"\s+(?:adalah|merupakan|ialah|is|was|covers|has\s+covered|writes|reports|joined|"
    r"meliput|menulis|bergabung)\s+\S"
)
# What opens a byline before the author's name: "Oleh", "By", "Ditulis oleh", "Written
# by", "Penulis:", "Reporter:".
_BYLINE_OPENING_RE = re.compile(
    r"^(?:(?:ditulis|dilaporkan|diliput|written|reported|posted|diposting|cerita|tulisan)\s+)?"
    r"(?:oleh|by)\s*:?\s+|^(?:penulis|reporter|pewarta|kontributor|writer|author)\s*:\s*",
    re.IGNORECASE,
)


def _author_bios(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """A short paragraph in the body (a few sentences, :data:`BIO_MAX_SENTENCES`) that
    opens with the name of the author given in a byline or date line over the story, then
    "adalah"/"merupakan" ("Nama Penulis adalah dosen ilmu politik di Universitas X. Aktif
    menulis soal desa."): the author's bio, not the story's."""
    names = set()
    for i in range(min(body_start, len(lines))):
        if labels[i] in _META_LABELS:
            text = _BYLINE_OPENING_RE.sub("", lines[i].text.strip())
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
        # A bio may add a line or two on the author's work ("Aktif di komunitas X."): the
        # byline's name opening it with "adalah" says whose it is, however many sentences.
        if len(re.findall(r"[.!?](?:\s|$)", text)) > BIO_MAX_SENTENCES:
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


def _reporter_signed_close(lines: list[Line], labels: list[str | None]) -> None:
    """The line right under the story's last paragraph, taken for a caption by the
    "(Situs.com/Nama)" credit closing it, is the story's last paragraph when the name is
    the reporter the page's byline names ("Penulis: Nama"): a regional desk signs its
    story's close with the reporter's credit, the way a picture is credited. Under the
    story no picture follows it: the foot does (a picture over the story's end stays a
    caption, with text of the story under it)."""
    last_body = max((i for i, label in enumerate(labels) if label == "body"), default=-1)
    at = last_body + 1
    if last_body < 0 or at >= len(lines) or labels[at] != "caption":
        return
    if any(label in (None, "body") for label in labels[at + 1 :]):
        return
    credit = split_credit(lines[at].text, closing=True)[1]
    if not credit or not P.BRACKET_CREDIT_END_RE.search(credit):
        return
    name = " ".join(credit.strip("()[] .").rsplit("/", 1)[-1].split()).casefold()
    bylines = [
        " ".join(lines[i].text.split()).casefold()
        for i, label in enumerate(labels[:last_body])
        if label == "byline"
    ]
    if len(name.split()) >= 2 and any(name in byline for byline in bylines):
        labels[at] = "body"


# What opens the page's foot under the story: a list's heading and its listed headlines,
# the foot's links. A heading standing below one of these heads no text of the story.
_FOOT_LABELS = frozenset({"footer", "related"})


def _headings_in_foot(lines: list[Line], labels: list[str | None]) -> None:
    """A subheading below the story's last paragraph with the page's foot between (a
    "more from us" list's heading or headlines, the footer's lines) is a listed headline
    of the foot, even when it asks a question ("Mengapa Harga Naik?"): a subheading heads
    the text below it, and under the foot there is none. One sentence at most: a
    paragraph the classifier took for a heading ("... layak. (Sumber Data)") is left."""
    last_body = max((i for i, label in enumerate(labels) if label == "body"), default=-1)
    if last_body < 0:
        return
    in_foot = False  # a line of the foot stands between the last paragraph and line i
    for i in range(last_body + 1, len(labels)):
        if (
            labels[i] == "subheading"
            and in_foot
            and not any(c in lines[i].text.rstrip()[:-1] for c in P.TERMINAL)
        ):
            labels[i] = "related"
        in_foot = in_foot or labels[i] in _FOOT_LABELS


# The desk's note dated after the story's release: "Update: Sabtu (5/12) sore, ...",
# "Update Minggu (6/12): ...", "Pembaruan, Senin (7/12): ..." (a label and a day's date).
_DESK_UPDATE_RE = re.compile(
    r"^\W{0,3}(?:update|pembaruan|pemutakhiran)\s*[:,]?\s*(?:pada\s+)?"
    r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)",
    re.IGNORECASE,
)


def _desk_update_after_credit(lines: list[Line], labels: list[str | None]) -> None:
    """A dated update note closing the story, right under the paragraph the reporter
    signed with initials ("... setiap hari. (abc/def)" / "Update: Sabtu (5/12) ..."):
    the reporter's story ends at the initials, and the note is the desk's, not the
    story's (a live report, whose updates are the story, signs no paragraph so)."""
    kept = [i for i, label in enumerate(labels) if label in KEEP]
    if len(kept) < 2 or not _DESK_UPDATE_RE.match(lines[kept[-1]].text):
        return
    _, credit = split_credit(lines[kept[-2]].text)
    if credit is not None:
        labels[kept[-1]] = "byline"


# A release's contact block opens with its head alone on a line: "Informasi lebih lanjut:",
# "Untuk informasi lebih lanjut, silakan hubungi:", "Narahubung:", "Kontak media",
# "For further information, please contact:".
_CONTACT_HEAD_RE = re.compile(
    r"^\W{0,2}(?:(?:untuk\s+)?informasi\s+lebih\s+lanjut(?:\s*,?\s*(?:silakan\s+|dapat\s+)?"
    r"(?:hubungi|menghubungi))?|narahubung|kontak\s+(?:media|pers|humas)|"
    r"(?:media\s+)?contacts?(?:\s+person)?|(?:for\s+)?(?:further|more)\s+information"
    r"(?:\s*,?\s*(?:please\s+)?contact)?)\s*:?\s*$",
    re.IGNORECASE,
)
# The lines of the block under its head that are searched for its channels.
CONTACT_BLOCK_MAX_LINES = 4


def _contact_head(lines: list[Line], labels: list[str | None]) -> None:
    """A contact block closing the story under its head alone on a line ("Informasi lebih
    lanjut:" / "Biro Humas X" / "Telp. 1500 99 | Email: ..."): the head, then a few
    lines none of them a sentence of prose, with a channel (a number, an e-mail address,
    an account, the office's address) among the lines under the head, whether already
    set aside or not. The head and the block's lines still kept are the note a release
    closes with, not the story's. A head with no channel under it, or with a paragraph
    of prose after it, stays as it is labelled."""
    kept = [j for j, label in enumerate(labels) if label in KEEP]
    for k in range(max(len(kept) - 1 - CONTACT_BLOCK_MAX_LINES, 0), len(kept)):
        head = kept[k]
        if not _CONTACT_HEAD_RE.match(lines[head].text):
            continue
        block = kept[k + 1 :]
        below = range(head + 1, min(head + 1 + CONTACT_BLOCK_MAX_LINES, len(lines)))
        if any(j not in below or is_prose(lines[j]) for j in block):
            continue
        if any(P.CONTACT_CHANNEL_RE.search(lines[j].text) for j in below):
            for j in (head, *block):
                labels[j] = "contact"
        return


# A closing formula is a few words: "Wallahu a'lam bishawab.", "Wassalamu'alaikum wr. wb."
CLOSING_FORMULA_MAX_WORDS = 8


def _closing_formula_of_report(lines: list[Line], labels: list[str | None]) -> None:
    """A religious closing formula alone under a news report ("Wallahu a'lam bishawab.",
    :data:`~warta.clean.patterns.CLOSING_FORMULA_RE`) is the portal's furniture: a
    reporter's story, its lead opened by a dateline ("Situs.id – ...", "KOTA – ..."),
    tells and does not pray. Under an essay or a fatwa (no dateline), the writer closes
    his own argument with it, and it stays the text's last line."""
    from warta.clean.metadata import split_dateline  # metadata reads the labels made here

    kept = [i for i, label in enumerate(labels) if label in KEEP]
    if len(kept) < 2:
        return
    last = kept[-1]
    if lines[last].words > CLOSING_FORMULA_MAX_WORDS or not P.CLOSING_FORMULA_RE.match(
        lines[last].text
    ):
        return
    if split_dateline(lines[kept[0]].text)[0] is not None:
        labels[last] = "footer"


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


# A clipping sheet's head: "KLIPING BERITA HARIAN", "No. Kliping : 12/KLP/2026",
# "Media Monitoring Harian", "Tone : NEGATIF" (the sheet rates the story's tone).
_CLIPPING_HEAD_RE = re.compile(
    r"^\s*(?:kliping|clipping)\s+(?:berita|media|koran|pers|news)\b"
    r"|^\s*no(?:mor|\.)?\s*(?:kliping|clipping)\b"
    r"|^\s*(?:laporan\s+)?(?:media\s+monitoring|monitoring\s+media|pemantauan\s+media)\b"
    r"|^\s*(?:tone|sentimen|nada\s+berita)\s*:\s*(?:positif|negatif|netral|positive|negative"
    r"|neutral)\b",
    re.IGNORECASE,
)
# A rule drawn in characters across the sheet: "-----", "=====", "_____".
_RULE_RE = re.compile(r"^\s*(?:[-=_~*\u2500\u2501\u2014]\s?){10,}\s*$")


def _clipping_sheet_tail(lines: list[Line], labels: list[str | None], body_start: int) -> None:
    """A clipping sheet (a public office's media monitoring: its head numbers the clip
    and names the outlet and the tone) quotes the story between two rules: what stands
    under the rule closing it (the analyst's note, the officer's signature block, "Place,
    date", name, "NIP ...") is the sheet's, never the story's."""
    if body_start <= 0 or not any(
        _CLIPPING_HEAD_RE.match(lines[i].text) for i in range(body_start)
    ):
        return
    rule = next(
        (i for i in range(body_start + 1, len(lines)) if _RULE_RE.match(lines[i].text)), None
    )
    if rule is None:
        return
    for i in range(rule, len(lines)):
        if labels[i] in (None, *KEEP) or i == rule:
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
    r"|post\s+your\s+reply|tulis\s+balasan(?:mu|\s+anda)?|add\s+a\s+comment"
    # a forum's comment box under the post: "Tambah komentar", "Tulis komentar..."
    r"|(?:tambah(?:kan)?|tulis(?:kan)?)\s+komentar(?:mu|\s+(?:anda|kamu))?)\s*(?::|\.{3}|…)?\s*$",
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
    # What stands above line i, read on from the last head tried (nothing is labelled
    # before the return): the prose paragraphs, the last line of the text, the last stamp.
    above, read, last_paragraph, last_stamp = 0, start, start, -1
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
        for j in range(read, i):
            if labels[j] in KEEP:
                above += is_prose(lines[j])
                last_paragraph = j
            elif labels[j] in ("dateline", "post-meta"):
                last_stamp = j
        read = i
        # A social post is one paragraph; its bar stands under the post's time stamp, below
        # its last paragraph: the post's own bar, over the replies.
        needed = 1 if reply_bar and last_stamp > last_paragraph else None
        if above < (needed or COMMENTS_MIN_PARAGRAPHS_ABOVE):
            if reply_bar:
                continue  # the bar over a post, before the story
            return  # a counter in the meta block ("0 Komentar"), not the thread
        labels[i] = "navigation"
        for j in range(i + 1, len(lines)):
            if labels[j] in KEEP or labels[j] in ("byline", "dateline"):
                labels[j] = "footer"
        return


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
    # The story's text ends at its last kept line (the loop labels only the line it is
    # on, above the ones still to come, so that line stays the last for them).
    last_kept = next((j for j in range(len(lines) - 1, -1, -1) if labels[j] in KEEP), -1)
    for i in range(max(body_start, 0) + 1, len(lines)):
        if labels[i] not in KEEP or lines[i].words > BOILERPLATE_MAX_WORDS:
            continue
        if not P.ORG_BOILERPLATE_RE.match(lines[i].text):
            continue
        if len(re.findall(r"[.!?](?:\s|$)", lines[i].text)) > 1:
            continue
        if labels[i - 1] in _FURNITURE_ABOVE and i >= last_kept:
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
    # The story's last kept line: a blurb goes with nothing of the story under it.
    last_kept = next((j for j in range(len(lines) - 1, -1, -1) if labels[j] in KEEP), -1)
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
        if last_kept >= end:
            continue
        for j in range(head, end):
            labels[j] = "about"
        last_kept = next((j for j in range(head - 1, -1, -1) if labels[j] in KEEP), -1)
