"""The line record and the shapes read off one line's text, for every step of the classifier.

:class:`Line` is what :mod:`warta.clean.lines` labels and :class:`Labelled` what it returns.
The predicates here decide from a line's text alone whether it is a sentence of the story
(:func:`is_prose`), shaped like a headline (:func:`is_headline`), title-cased, a teaser,
ending on a dangling word, or closed by a reporter's credit (:func:`split_credit`); the
label sets (:data:`KEEP`, :data:`FOOTER_EVIDENCE`) are shared by the passes that read labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.clean import patterns as P

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


# A "prose" line anchors the article body: a sentence of at least this many words that
# ends with terminal punctuation. 10 words separates the shortest real paragraphs in the
# seeds and IndoSum (>= 11 words) from headlines and captions labels (<= 9 words).
PROSE_MIN_WORDS = 10
# Title case: at least 70% of the words of 4+ letters capitalised, over 4+ such words.
# Headlines on the pages in examples/pages score 0.8..1.0; their lead sentences 0.1..0.4.
TITLE_CASE_MIN_LEN = 4
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.7


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


def is_credit(inner: str, *, square: bool = False, closing: bool = False) -> bool:
    """The text inside a closing credit's brackets: "*", "js", "ton/r5", "Ded", "Suci
    Wulandari/kotapost", or a wire's name ("Antara", "ant/afp"); see
    :data:`~warta.clean.patterns.CREDIT_HANDLE_RE` for the shapes.

    >>> [is_credit(x) for x in ("*", "ton/r5", "Suci Wulandari/kotapost", "Antara")]
    [True, True, True, True]
    >>> is_credit("HUMAS KEMENTAN/RA"), is_credit("*/Ab"), is_credit("*/Dinas Kota")
    (True, True, False)
    >>> [is_credit(x) for x in ("DPR", "2/12", "Rp 5 juta", "Badan Pusat Statistik")]
    [False, False, False, False]

    In square brackets, as a desk signs its stories, the initials may be capitals:
    "[AB/CDE]" (round brackets hold a photo's source so: "(BPS/KLB)").

    >>> is_credit("AB/CDE", square=True), is_credit("AB/CDE")
    (True, False)

    After the last sentence of the story (``closing``), a reporter's initials in capitals
    alone sign it too: "... akhir tahun. (RBT)"; inside the story such a group is a body's
    name ("(DPR)").

    >>> is_credit("RBT", closing=True), is_credit("RBT")
    (True, False)
    >>> is_credit("KB-AR", closing=True), is_credit("KB-AR")
    (True, False)
    >>> is_credit("HKS-3", closing=True), is_credit("HKS-3"), is_credit("COVID-19", closing=True)
    (True, False, False)

    So does a desk's one-letter code in lower case: "... akhir tahun.(u)", and a public
    office's desk signing its release with its name run into one lower-case word
    ("... pekan depan. (humaskab)", "(dinkominfo)").

    >>> is_credit("u", closing=True), is_credit("u")
    (True, False)
    >>> is_credit("humaskab", closing=True), is_credit("humaskab")
    (True, False)
    >>> is_credit("humas pemkot lama", closing=True), is_credit("Humas Pemkot Lama")
    (True, False)
    """
    inner = inner.strip()
    if square and _SQUARE_INITIALS_RE.fullmatch(inner):
        return True
    if closing and _CLOSING_INITIALS_RE.fullmatch(inner):
        return True
    if closing and (
        _DESK_LETTER_RE.fullmatch(inner)  # a desk's one-letter code: "... pekan depan.(u)"
        or _closing_site_and_name(inner)
        or _DESK_CODES_RE.fullmatch(inner)
        or _HYPHENED_INITIALS_RE.fullmatch(inner)
        or _DOTTED_HANDLES_RE.fullmatch(inner)
        or _DESK_WORD_RE.fullmatch(inner)
    ):
        return True
    if closing and _signed_to_desk(inner):
        return True
    if closing and P.CREDIT_DESK_RE.fullmatch(inner):
        return True  # a press office signing in words: "... pekan depan. (Humas Pemkot X)"
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
    if P.CREDIT_STAR_RE.fullmatch(parts[0]) and all(
        P.CREDIT_HANDLE_RE.fullmatch(part) for part in parts[1:]
    ):
        return True  # the unnamed writer's star, then the editor's handle: "*/Rz", "*/ab"
    shapes = (P.CREDIT_HANDLE_RE, P.CREDIT_SITE_RE, P.CREDIT_NAME_RE)
    # One lower-case part makes it a credit: "BP/Suci Wulandari" is a photo's source. A
    # desk's one-letter code may follow the reporter's handle: "(ddn/b)".
    return all(
        any(r.fullmatch(part) for r in shapes) or (k > 0 and _DESK_LETTER_RE.fullmatch(part))
        for k, part in enumerate(parts)
    ) and any(P.CREDIT_SITE_RE.fullmatch(part) for part in parts)


# The newsroom a reporter files to, last in a sign-off: "Red" for "redaksi".
_DESK_NAMES = frozenset({"red", "redaksi"})
# Or the editor who passed the story, by role and name: "Editor: Nama", "Ed: ab".
_EDITOR_SIGN_RE = re.compile(
    r"(?i:editor|ed|penyunting|redaktur)\s*[:.]\s*"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[a-z]{2,5})"
)
# A site's name with a hyphen among the sign-off's parts: "Kabar-Online", "RB-News".
_HYPHENED_SITE_RE = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+")


def _signed_to_desk(inner: str) -> bool:
    """A reporter's sign-off to the desk after the story's last sentence: the reporter's
    initials or name (the desk's code, the site's name may follow), then the newsroom
    ("Ab/Red", "abc/red", "AB/RED", "Nama/Redaksi") or the editor by role and name
    ("Nama Kita/R3/Kabar-Online/Editor: Dani").

    >>> [_signed_to_desk(x) for x in ("Ab/Red", "abc/red", "Nama Kita/Redaksi", "BPS/KLB")]
    [True, True, True, False]
    >>> _signed_to_desk("Nama Kita/R3/Kabar-Online/Editor: Dani"), _signed_to_desk("ab/Ed: cd")
    (True, True)
    >>> _signed_to_desk("Dinas Kota/Editor baru"), _signed_to_desk("Editor: Dani")
    (False, False)
    """
    *who, desk = [part.strip() for part in inner.split("/")]
    shapes = (
        P.CREDIT_HANDLE_RE,
        P.CREDIT_INITIALS_RE,
        P.CREDIT_NAME_RE,
        P.CREDIT_DOMAIN_RE,
        _HYPHENED_SITE_RE,
    )
    return (
        (desk.lower() in _DESK_NAMES or bool(_EDITOR_SIGN_RE.fullmatch(desk)))
        and 0 < len(who) < P.CREDIT_MAX_PARTS
        and all(any(r.fullmatch(part) for r in shapes) for part in who)
    )


def _closing_site_and_name(inner: str) -> bool:
    """The outlet's address and its reporter's name, "Situskita.com/Nama Reporter": after
    the story's last sentence a signature (under a picture, the same shape is its credit,
    so only the closing paragraph is read so).

    >>> _closing_site_and_name("Kabarkita.com/Nama Penulis"), _closing_site_and_name("BPS/Data")
    (True, False)
    """
    parts = [part.strip() for part in inner.split("/")]
    return (
        len(parts) == 2
        and bool(P.CREDIT_DOMAIN_RE.fullmatch(parts[0]))
        and bool(P.CREDIT_NAME_RE.fullmatch(parts[1]))
    )


_DESK_LETTER_RE = re.compile(r"[a-z]")
# A public office's desk signing its release, its unit's name shortened and run into one
# lower-case word: "humaskab", "dinkominfo", "prokopim" (a handle, up to six letters, is
# read anywhere; a longer word only after the story's last sentence).
_DESK_WORD_RE = re.compile(r"[a-z]{2,14}")
# A desk's codes signing the last paragraph, letters and numbers by slashes, one numbered at
# least: "(K/R3/P1)", "(AB/R2)".
_DESK_CODES_RE = re.compile(r"(?=[^)]*\d)[A-Z]{1,3}\d{0,2}(?:/[A-Z]{1,3}\d{0,2}){1,3}")
# A reporter's and an editor's initials in capitals, by slashes: "AB/CDE", "IK/RS/TW".
_SQUARE_INITIALS_RE = re.compile(r"[A-Z]{2,3}(?:/[A-Z]{2,3}){1,2}")
# A reporter's initials in capitals alone, signing the story's last paragraph: "RBT".
_CLOSING_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
# The outlet's initials and its reporter's joined by a hyphen, in capitals, closing the
# story: "(KB-AR)" for "Kabar Bahari, Ahmad Rais"; or the outlet's and the reporter's
# number on its desk: "(HKS-3)" (the one- and two-letter codes, "S-39", are handles).
_HYPHENED_INITIALS_RE = re.compile(r"[A-Z]{2,4}-(?:[A-Z]{2,4}|\d{1,2})")
# A desk's code and the editor's handle joined by a dot, closing the story: "adv.rud" (an
# advertorial's), "ril.ana", "humas.dit" (lower case, as handles are written).
_DOTTED_HANDLES_RE = re.compile(r"[a-z]{2,6}\.[a-z]{2,6}")


#: The last character of what :data:`~warta.clean.patterns.END_MARK_RE` matches.
_END_MARK_LAST = frozenset("■□▪◼◾◆♦*]")


def split_credit(paragraph: str, *, closing: bool = False) -> tuple[str, str | None]:
    """``paragraph`` without the reporter/editor credit that closes it, and the credit.

    A credit stands after the last sentence ("... akhir bulan. (ton/r5)") or alone; a
    bracket before the full stop belongs to the sentence ("... di Jakarta, Senin (2/12).").

    >>> split_credit("Banjir surut pada sore hari. (ton/r5)")
    ('Banjir surut pada sore hari.', '(ton/r5)')
    >>> split_credit("Rapat digelar di gedung dewan (DPR).")
    ('Rapat digelar di gedung dewan (DPR).', None)

    An end mark closing the story ("... hari. ■", "... hari.*") is set aside the same way,
    and so is a credit without brackets, of handles joined by slashes ("... hari. ab/cd").
    The story's last paragraph (``closing``) may be signed with initials in capitals alone
    ("... hari. (RBT)", see :func:`is_credit`).

    >>> split_credit("Banjir surut pada sore hari. ■"), split_credit("Air surut. rni/rdn")
    (('Banjir surut pada sore hari.', '■'), ('Air surut.', 'rni/rdn'))

    A star before the outlet's name and its reporter's, joined by a hyphen, signs it too:

    >>> split_credit("Banjir surut pada sore hari. *Kabarhulu-Dedi")
    ('Banjir surut pada sore hari.', '*Kabarhulu-Dedi')
    """
    # Each of these patterns closes the paragraph (white space at most after it): a
    # paragraph whose last character, or whose characters, cannot close one is not
    # searched, since a search tries every position of a long paragraph.
    last = paragraph.rstrip()[-1:]
    mark = P.END_MARK_RE.search(paragraph) if last in _END_MARK_LAST else None
    if mark:
        head = paragraph[: mark.start()].rstrip()
        if not head or _ends_terminal(head):
            return head, paragraph[mark.start() :].strip()
    m = (
        (P.TAIL_GROUP_RE.search(paragraph) if last in (")", "]") else None)
        or (P.BARE_CREDIT_RE.search(paragraph) if "/" in paragraph else None)
        or (P.STAR_CREDIT_RE.search(paragraph) if "*" in paragraph else None)
    )
    square = bool(m and m.groupdict().get("sq"))
    signed = bool(m and m.groupdict().get("signed"))  # "*Kabarnusa-Dedi": the star says it
    inner = m.group("inner") or m.groupdict().get("sq") or "" if m else ""
    if not m or not (signed or is_credit(inner, square=square, closing=closing)):
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
    if not (3 <= line.words <= 25) or text.endswith((".", ":")):
        return False
    if ends_dangling(text) and not _ends_on_name(text):
        return False
    if _CAPITALS_CREDIT_RE.search(text):
        return False  # "Sentence. (SITUS)": a caption and its picture's source
    if _is_site_dated_lead(text, line.words):
        return False  # "SITUS.NET-Pebulu tangkis asal ...": a lead under its site's dateline
    # A fact-check's rating may open it in brackets: "[SALAH] Video Banjir ...".
    first = text.lstrip("\"'“‘#[")[:1]
    return first.isupper() or first.isdigit()


def _ends_on_name(text: str) -> bool:
    """A headline written in title case the standard way (its small words, "di", "dan",
    left in lower case) that closes on a capitalised small word after another capitalised
    word: the word is a place name's last ("Banjir Rob Rendam Kampung di Pulau Dalam"),
    not a preposition left dangling by a cut ("Peran Pemuda Dalam").

    >>> _ends_on_name("Banjir Rob Rendam Kampung di Pulau Dalam")
    True
    >>> _ends_on_name("Peran Pemuda Dalam"), _ends_on_name("Warga di Kampung Bertahan dengan")
    (False, False)
    >>> _ends_on_name("Diperiksa oleh dr. Nama Dokter, Sp.A")
    False
    """
    words, tokens = P.WORD_RE.findall(text), text.split()
    return (
        len(words) > 2
        and len(tokens) > 2
        and tokens[-1] == words[-1]  # a word of its own, not a title's "Sp.A"
        and words[-1][:1].isupper()
        and tokens[-2][:1].isupper()
        and any(word in P.DANGLING_WORDS for word in words[1:-2])
    )


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


# The labels of an article's meta block: its author and its date lines.
_META_LABELS = frozenset({"byline", "dateline", "date", "updated"})
# A picture's source in capitals in brackets after the caption's sentence: "...
# Balikpapan Tengah. (KABARKITA)", "... di kantornya. (ISTIMEWA)", "(DOK. PRIBADI)".
# The outlet's name and the photographer's initials are a source too: "... (Kabar Kita/abc)".
_CAPITALS_CREDIT_RE = re.compile(
    r"[.!?]\s*\((?:[A-Z][A-Z0-9.&/ -]{2,40}|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}/[a-z]{2,5})\)\s*$"
)


def _is_teaser(line: Line) -> bool:
    return line.text.rstrip().endswith(("…", "..."))
