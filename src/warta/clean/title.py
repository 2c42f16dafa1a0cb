"""The title choice (step 2): which line is the article's headline, and its later copies.

:func:`find_title_lines` reads the lines and their pattern labels (and the container's
title hint) and returns the title's index and those of the lines that repeat it. Without
a hint the title is the last headline-shaped line above the prose core, unless the page
says otherwise: a later page's paged headline, a syndication note quoting the headline,
a fuller headline over a widget's label, a headline over its deck, a printed page's head.
"""

from __future__ import annotations

import re

from warta.clean import patterns as P
from warta.clean.boxes import is_daily_saying
from warta.clean.screens import is_status_bar
from warta.clean.shapes import (
    _META_LABELS,
    TITLE_CASE_MIN_WORDS,
    Line,
    _is_teaser,
    ends_terminal,
    is_headline,
    is_prose,
    is_title_case,
    normalise,
)


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
    overlaid = _headline_over_photo_text(lines, labels, candidates)
    if overlaid is not None:
        return overlaid
    if _is_deck_under(lines, labels, candidates[-2], last):
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
    n = len(candidates) - 1
    # the short lines under the headline: a widget's label, or the bare names of the
    # reporter and the photographer stacked there with no "Penulis:" before them
    while n > 0 and _short_under_headline(lines, candidates[n]):
        if any(
            (labels[j] is None and not _short_under_headline(lines, j)) or labels[j] == "navigation"
            for j in range(candidates[n - 1] + 1, candidates[n])
        ):
            return None
        n -= 1
    if n == len(candidates) - 1:
        return None
    above = candidates[n]
    if lines[above].words < FULL_HEADLINE_MIN_WORDS or lines[above].text.isupper():
        return None
    return above


# A person's bare name: two to four capitalised words, no digit ("Nama Lengkap Penulis").
BARE_NAME_MAX_WORDS = 4
_BARE_NAME_RE = re.compile(r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}")


# The unit of a regional government that posted a story on its site, named down to the
# government it serves: "Bagian Protokol dan Komunikasi Setda Kabupaten Contoh", "Dinas
# Kominfo Provinsi Contoh". The unit's kind, its capitalised name, then whose it is (the
# regional secretariat, the government, the region) and the region's name: no predicate,
# which a headline opening with an office's name ("Dinas Sosial Salurkan Bantuan") holds.
_OFFICE_UNIT_RE = re.compile(
    r"(?:Biro|Bagian|Subbagian|Bidang|Dinas|Badan|Kantor|Sekretariat|Humas|Tim)"
    r"(?:\s+(?:(?:dan|serta|&)\s+)?[A-Z][\w'.-]*){0,8}?"
    r"\s+(?:Setda|Setdakab|Setdako|Setdaprov|Sekretariat\s+Daerah|Pemprov|Pemkab|Pemkot|"
    r"Pemerintah|Provinsi|Kabupaten|Kab\.|Kota)(?:\s+[A-Z][\w'.-]*){1,2}"
)


def _short_under_headline(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a few words only (:data:`WIDGET_MAX_WORDS`), a person's bare name
    (:data:`BARE_NAME_MAX_WORDS` capitalised words at most, no digit, no stop), the
    name of the press office that wrote a public body's release ("Biro Humas Dinas
    Kota") or that of a regional government's unit that posted it
    (:data:`_OFFICE_UNIT_RE`), standing where a reporter's name would.

    >>> from warta.clean.shapes import Line
    >>> unit = "Biro Tata Usaha Pimpinan Setda Provinsi Contoh"
    >>> _short_under_headline([Line(0, unit, 0, 1, 7)], 0)
    True
    >>> headline = "Dinas Sosial Kota Contoh Salurkan Bantuan Pangan"
    >>> _short_under_headline([Line(0, headline, 0, 1, 8)], 0)
    False
    """
    text = lines[i].text.strip()
    return (
        lines[i].words <= WIDGET_MAX_WORDS
        or bool(P.CREDIT_DESK_RE.fullmatch(text))
        or bool(_OFFICE_UNIT_RE.fullmatch(text))
        or (
            lines[i].words <= BARE_NAME_MAX_WORDS
            and not re.search(r"\d", text)
            and bool(_BARE_NAME_RE.fullmatch(text))
        )
    )


# The text a phone copy prints over the photo: a shorter headline, most of its stems
# the headline's ("Pemkab Tata Ulang Pasar Apung" under "Pasar Apung Terancam ..., Pemkab
# Siapkan Penataan"). This share of its stems at least.
PHOTO_TEXT_SHARED = 0.5
# ... and the headline stands a few lines above it (a section kicker between).
PHOTO_TEXT_MAX_GAP = 3


def _headline_over_photo_text(
    lines: list[Line], labels: list[str | None], candidates: list[int]
) -> int | None:
    """The headline when the last headline-shaped line over the story is the text printed
    on the photo: it stands right over the picture's caption or credit, a longer headline
    a few lines above it (only short lines, a kicker, between) shares most of its stems.
    A deck would tell more, in more words; the photo's text repeats the headline, shorter."""
    last = candidates[-1]
    if last + 1 >= len(lines) or labels[last + 1] not in ("caption", "credit"):
        return None
    own = _stems(lines[last].text)
    if not own:
        return None
    for above in reversed(candidates[:-1]):
        if last - above > PHOTO_TEXT_MAX_GAP:
            return None
        if lines[above].words > lines[last].words and lines[above].words >= FULL_HEADLINE_MIN_WORDS:
            shared = len(own & _stems(lines[above].text))
            return above if shared >= PHOTO_TEXT_SHARED * len(own) else None
        if lines[above].words > WIDGET_MAX_WORDS:
            return None
    return None


def _is_deck_under(lines: list[Line], labels: list[str | None], above: int, last: int) -> bool:
    """Line ``last`` is the deck of the headline right above it: a summary written as a
    sentence ("Pedagang menyebut pasokan berkurang karena hujan") on the next line. Under
    a title-cased headline a sentence-cased line is its deck when it tells more of the
    same story (a word of the same stem in common) or stands right over the byline or the
    date line (a picture between them), as decks do; where the page writes headlines in
    sentence case too (an English paper), the deck is the longer of the two and shares a
    stem, unless the headline asks a question and the deck stands over the meta lines. A
    line ending no sentence over a picture over the lead is a deck too, even with the date
    line or the byline between it and the headline. A site's slogan over a headline shares
    none of its words and heads no byline."""
    head, deck = lines[above], lines[last]
    # only the date line or the byline may stand between a headline and its deck
    next_to = above == last - 1 or all(labels[j] in _META_LABELS for j in range(above + 1, last))
    if not next_to or head.words < FULL_HEADLINE_MIN_WORDS or head.text.isupper():
        return False
    if is_title_case(deck.text) or _BREADCRUMB_RE.search(head.text):
        return False
    if deck.text.rstrip().rstrip(P.CLOSERS).endswith("?"):
        return False  # a headline asking in sentence case, under a breadcrumb or a kicker
    shared = bool(_stems(head.text) & _stems(deck.text))
    pictured = _over_picture_over_lead(lines, labels, last)
    if head.text.rstrip().rstrip(P.CLOSERS).endswith("?") and (
        pictured or (above == last - 1 and _over_meta(labels, last))
    ):
        return True  # a headline asking in sentence case, its deck answering over the meta
    if not is_title_case(head.text):
        return deck.words > head.words and shared
    if above != last - 1:
        return pictured
    return shared or _over_meta(labels, last) or pictured


def _over_picture_over_lead(lines: list[Line], labels: list[str | None], i: int) -> bool:
    """Line ``i``, ending no sentence, stands over a picture's caption or credit that
    stands over the story's first prose: a deck printed over the picture, under the
    headline (a lead would end its sentence, and the picture would stand over it)."""
    if ends_terminal(lines[i].text):
        return False
    after = i + 1
    while after < len(labels) and labels[after] in ("caption", "credit"):
        after += 1
    return (
        after > i + 1 and after < len(labels) and labels[after] is None and is_prose(lines[after])
    )


def _over_meta(labels: list[str | None], i: int) -> bool:
    """Line ``i`` stands over the byline or the date line, or over a picture's caption
    and credit that stand over them (the picture may sit between a deck and the meta)."""
    after = i + 1
    while after < len(labels) and labels[after] in ("caption", "credit"):
        after += 1
    return after < len(labels) and labels[after] in _META_LABELS


# A trail of sections ("Beranda > Daerah > Jawa Tengah"): navigation, never a headline.
_BREADCRUMB_RE = re.compile(r"\s(?:>|›|»|/)\s")

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


def find_title_lines(
    lines: list[Line], labels: list[str | None], title_hint: str | None
) -> list[int]:
    """The indices of the title and of its later copies, top down (empty without one).

    The title is the line that reads as the container's hint (``title_hint``), else the
    headline chosen among the headline-shaped lines over the prose core; a line met only
    below the first paragraph is never the title. ``labels`` holds the pattern and
    group labels; it is read, not changed."""
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
            if i < first_prose
            and is_headline(lines[i])
            and not _is_teaser(lines[i])
            and not is_daily_saying(lines, i)
            and not is_status_bar(lines[i].text)
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
    if title_at:
        # A link preview heads the story with the page's title, the site's name after
        # it; the headline pasted under the preview, without that name, is a copy too.
        bare = _without_site_name(lines[title_at[0]].text)
        title_at += [
            i for i in titleable if i > title_at[0] and bare and normalise(lines[i].text) == bare
        ]
        title_at.sort()
    if title_at and title_at[0] > first_prose:
        # The headline stands above the article: a hint met only below its first
        # paragraph is another line that reads the same (a release's signature naming
        # the site the hint came from), and would throw the whole story into the header.
        title_at = []
    return title_at


# The separator before a site's name closing a page's title: "Headline - Site".
_SITE_SEPARATOR_RE = re.compile(r"\s+(?:\||-|–|—|::|•|»)\s+")
# A site's name after the separator is a word or a few.
SITE_NAME_MAX_WORDS = 4


def _without_site_name(title: str) -> str | None:
    """``title`` normalised without a site's name after its last separator ("Jalan Desa
    Diperbaiki - Kabar Hulu" -> "jalan desa diperbaiki"), or ``None`` without one."""
    seps = list(_SITE_SEPARATOR_RE.finditer(title))
    if not seps:
        return None
    head, site = title[: seps[-1].start()], title[seps[-1].end() :]
    if len(head.split()) < TITLE_CASE_MIN_WORDS or not 0 < len(site.split()) <= SITE_NAME_MAX_WORDS:
        return None
    return normalise(head)
