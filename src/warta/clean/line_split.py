"""Page text into :class:`~warta.clean.shapes.Line` records, for the line classifier.

:func:`split_lines` keeps the page's blank-line blocks, takes markdown links and whole-line
emphasis off (:func:`unmark`), joins hard-wrapped paragraphs and printed columns (a broken
word mended), and drops a social post's furniture that opens or closes its lines: the
account's name over the caption, a thread's post numbers ("(1/5)").
"""

from __future__ import annotations

import itertools
import re

from warta.clean import patterns as P
from warta.clean.shapes import Line, count_words, ends_terminal, is_title_case

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
    numbered = _has_link_numbers(text)
    for raw in text.split("\n"):
        stripped = unmark(raw.strip())
        if numbered and "[" in stripped:
            stripped = _LINK_NUMBER_RE.sub("", stripped)
        if not stripped:
            if raw_blocks[-1]:
                raw_blocks.append([])
            continue
        raw_blocks[-1].append(stripped)
    width = _wrap_width([line for block in raw_blocks for line in block])
    blocks = [_rejoin(block, width) for block in raw_blocks if block]
    blocks = _strip_handles(blocks)
    blocks = _strip_thread_counters(blocks)
    lines: list[Line] = []
    for b, block in enumerate(blocks):
        for text_line in block:
            lines.append(Line(len(lines), text_line, b, len(block), count_words(text_line)))
    return lines


# A text-mode browser's link number, glued before the link's words: "[15]Nama Penulis",
# "[19]Baca Juga: ...". A footnote's number follows a word ("laporan[1]"), never this.
_LINK_NUMBER_RE = re.compile(r"(?<![\w\]])\[\d{1,4}\](?=[^\s\d\]])")
# A dump numbers every link of the page: a few of them at least.
LINK_NUMBERS_MIN = 3


def _has_link_numbers(text: str) -> bool:
    """``text`` is a text-mode browser's dump (lynx, w3m) numbering its links: "[3]Home",
    "[15]Nama Penulis", with their addresses listed at the end. The numbers are markup,
    not the page's words.

    >>> _has_link_numbers("[1]Beranda [2]Berita [3]Nama Penulis Isi berita.")
    True
    >>> _has_link_numbers("Menurut laporan itu[1], angka naik.[2]")
    False
    """
    return len(set(_LINK_NUMBER_RE.findall(text))) >= LINK_NUMBERS_MIN


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text-mode browser wrapped the page's prose at, or None when the page
    is not hard-wrapped: its longest prose line (six words at least, no address), with
    many prose lines close to it, all short of :data:`WRAP_MAX_WIDTH` characters."""
    prose = [len(line) for line in lines if count_words(line) >= 6 and "://" not in line]
    if not prose:
        return None
    width = max(prose)
    near = sum(1 for n in prose if n >= width - WRAP_SLACK)
    return width if width <= WRAP_MAX_WIDTH and near >= WRAP_MIN_LINES else None


# A text-mode dump (lynx, w3m) wraps prose at 70-80 columns; a page without hard wraps
# has paragraphs far longer.
WRAP_MAX_WIDTH = 100
# ... and many of its prose lines end within a word or two of that width.
WRAP_SLACK = 10
WRAP_MIN_LINES = 5
# A wrap by hand leaves each line's end a few columns short of the width.
WRAP_RAGGED = 5


def _wrapped_before(line: str, nxt: str, width: int | None) -> bool:
    """``line`` was cut by the page's wrap (see :func:`_wrap_width`): the first word of
    the next line would have carried it past the width (a hand-wrapped page is ragged by
    a few columns), it ends no sentence and reads as prose, not as a title-cased head;
    the next line is then its continuation, whatever case it opens in ("... di Kota
    Ende," over "Flores bagian tengah, mulai ..."). A title-cased line is prose too when it
    ends on a lower-case word (:func:`_ends_lower`)."""
    first = nxt.split(None, 1)[0] if nxt.strip() else ""
    return (
        width is not None
        and len(line) + 1 + len(first) >= width - WRAP_RAGGED
        and not ends_terminal(line)
        and count_words(line) >= 6
        and not (is_title_case(line) and not _ends_lower(line))
    )


def _ends_lower(line: str) -> bool:
    """``line`` ends on a lower-case word: a headline capitalises its last word, so a line
    of many names cut before its verb's object ("Ketua Paguyuban Nelayan Kota, Nama,
    menyebut pelelangan") is prose, however many capitals it holds."""
    words = P.WORD_RE.findall(line)
    return bool(words) and words[-1][:1].islower()


def _rejoin(block: list[str], width: int | None = None) -> list[str]:
    """The lines of one block with hard-wrapped paragraphs joined (see :func:`split_lines`).

    A printed column (an e-paper's text) breaks words at its edge ("mo-" over "si"):
    such a block is one paragraph, whatever its lines start with, and the broken words
    are mended (:func:`_join_column`). On a page a text-mode browser wrapped at
    ``width`` columns, a line cut at the width goes on on the next line
    (:func:`_wrapped_before`)."""
    if _is_column(block):
        # A picture's credit heading its caption ("FOTO: NAMA/KORAN" over the caption's
        # column) is a line of its own, not the column's first words.
        if count_words(block[0]) <= CREDIT_HEAD_WORDS and P.CREDIT_RE.match(block[0]):
            return [block[0], _join_column(block[1:])]
        return [_join_column(block)]
    joined: list[str] = []
    last_raw = ""
    for line in block:
        lower_next = (
            not ends_terminal(joined[-1] if joined else ".")
            and line[:1].islower()
            and count_words(joined[-1]) >= 6
        )
        if (
            joined
            and (lower_next or _wrapped_before(last_raw, line, width))
            and not _BARE_DOMAIN_RE.match(line)
            and not _DOMAIN_DATELINE_RE.match(line)
            and not _byline_under_headline(joined[-1], line)
            and not _link_under_headline(joined[-1], line)
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
        last_raw = line
    return joined


# A site's address alone on a line under its headline ("situs.co"): the site's name as a
# reader app prints it, not the wrapped rest of the line above.
_BARE_DOMAIN_RE = re.compile(r"^(?:[a-z0-9-]+\.)+(?:co\.id|com|co|id|net|org|news)/?$")
# A lead opening with the outlet's address as its dateline ("kabarkita.com – Kota. ...",
# "kabarkita.com, Kota – ...", or with no dash, over the lead's capitalised first word:
# "kabarkita.com Warga ..."; a day's name there is the address as the sentence's subject,
# "situs.id Senin (2/11) menghubungi ..."): a paragraph of its own, never the rest of the
# line above (a date line over it, a caption ending in its photo's credit).
_DOMAIN_DATELINE_RE = re.compile(
    r"^(?:[a-z0-9-]+\.)+(?:co\.id|com|co|id|net|org|news)"
    r"(?:\s*[-–—]{1,2}\s|,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*[-–—]{1,2}\s|\s+(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b)"
    r"(?=[A-Z][a-z]+[\s,]))"
)
# A byline in lower case under the headline: "by Redaksi Kabar Laut", "oleh Nama Penulis"
# (the word, then a name of one to five capitalised words and nothing else).
_LOWER_BYLINE_RE = re.compile(r"^(?:by|oleh)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s*$")


def _byline_under_headline(above: str, line: str) -> bool:
    """``line`` is a byline ("by Nama Redaksi") under a title-cased headline: a line of its
    own, though it opens in lower case (a wrapped sentence goes on in running words, not in
    a bare name under a title-cased line)."""
    return bool(_LOWER_BYLINE_RE.match(line)) and is_title_case(above)


# A web address alone on its line: "https://situs.example/2026/11/19/judul-berita".
_BARE_URL_RE = re.compile(r"^https?://\S+$")


def _link_under_headline(above: str, line: str) -> bool:
    """``line`` is the page's address alone under a title-cased headline (a reader pastes
    a story into a note with its link under the headline): a line of its own, though it
    opens in lower case (a wrapped sentence may end on an address, never a headline).

    >>> _link_under_headline("Jembatan Gantung Desa Hulu Kembali Dibuka untuk Warga",
    ...                      "https://kabar.example/jembatan-gantung-dibuka")
    True
    >>> _link_under_headline("Jadwal dan syarat pendaftaran dapat dilihat di laman",
    ...                      "https://kabar.example/daftar")
    False
    """
    return bool(_BARE_URL_RE.match(line)) and is_title_case(above)


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
