"""A phone copy stitched from screenshots: the text of several screens read one after
another (OCR), each screen opening with the phone's status bar ("14.07 ◔ ▾◢ 71%") and
the browser's address bar ("ⓘ situs.id/kanal/judul"), and each screen repeating the last
lines of the one before it (the screens overlap as the reader scrolled).

The bars are the phone's, printed again on every screen: the first screen's are left for
the line classifier (header furniture over the page), the later ones are taken off. The
lines at an overlap are one passage: the later copy is taken off. The screens wrap the
page at the phone's width, a headline at a larger size: the wrapped lines are joined
again (:func:`_join_wrapped`), as a reader sees them, so a paragraph reads as one line.

A text with one status bar only is no stitched copy and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.clean.patterns import DANGLING_WORDS
from warta.clean.shapes import ends_terminal

__all__ = ["StitchedPage", "is_status_bar", "phone_address", "unstitch_screens"]

# A status bar: the clock, then icons and short network marks, then the battery's charge
# ("14.07 ◔ ▾◢ 71%", "09:41 📶 LTE 🔋 85%", "7.02 PM ▂▄▆ 4G 63 %").
_STATUS_BAR_RE = re.compile(
    r"^\s*[0-2]?\d[.:][0-5]\d(?:\s*[AP]M)?"
    r"(?:\s+(?:[^\w\s]+|[345]G\+?|LTE\+?|VoLTE|H\+|E|Wi-?Fi|\d{1,3}\s?%))*"
    r"\s+[^\w\s]*\d{1,3}\s?%[^\w\s]*\s*$",
    re.IGNORECASE,
)
# The address bar under it: a padlock or an info mark, then the page's address.
_ADDRESS_BAR_RE = re.compile(
    r"^\s*[^\w\s]{0,3}\s*(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?\s*$", re.IGNORECASE
)
# A stitched copy has two screens at least.
SCREENS_MIN = 2
# The first screen's status bar opens the copy (a line of a note may stand over it).
FIRST_BAR_MAX_LINE = 1
# Screens overlap by a few lines: a screen's height is some thirty.
OVERLAP_MAX_LINES = 12
# A headline's wrapped lines: two to four title-cased lines.
HEADLINE_MAX_LINES = 4
# A line was wrapped when the next word would have taken it this close to the width
# (characters; a phone's font is proportional, so its lines are ragged by a few).
WRAP_SLACK = 4


@dataclass(frozen=True)
class StitchedPage:
    """The screens read as one page, and what was taken off: the later screens' bars
    (``bars``) and the lines repeated at the overlaps (``overlaps``)."""

    text: str
    bars: tuple[str, ...]
    overlaps: tuple[str, ...]


def unstitch_screens(text: str) -> StitchedPage | None:
    """``text`` as one page when it is a copy stitched from screenshots: the later
    screens' status and address bars and the repeated lines at each overlap taken off,
    the wrapped lines joined; ``None`` when ``text`` has fewer than
    :data:`SCREENS_MIN` status bars or does not open with one."""
    lines = [line for line in text.split("\n") if line.strip()]
    heads = [i for i, line in enumerate(lines) if _STATUS_BAR_RE.match(line)]
    if len(heads) < SCREENS_MIN or heads[0] > FIRST_BAR_MAX_LINE:
        return None
    screens = [lines[: heads[1]]]
    bars: list[str] = []
    overlaps: list[str] = []
    for start, end in zip(heads[1:], [*heads[2:], len(lines)], strict=True):
        screen = lines[start:end]
        bar_lines = 2 if len(screen) > 1 and _ADDRESS_BAR_RE.match(screen[1]) else 1
        bars += screen[:bar_lines]
        screen = screen[bar_lines:]
        repeated = _overlap(screens[-1], screen)
        overlaps += screen[:repeated]
        screens.append(screen[repeated:])
    page = [line for screen in screens for line in screen]
    return StitchedPage("\n".join(_join_wrapped(page)), tuple(bars), tuple(overlaps))


def _norm(line: str) -> str:
    return " ".join(line.split())


def _overlap(before: list[str], after: list[str]) -> int:
    """How many lines opening ``after`` repeat the lines closing ``before`` (the longest
    such run, up to :data:`OVERLAP_MAX_LINES`)."""
    for k in range(min(OVERLAP_MAX_LINES, len(before), len(after)), 0, -1):
        if [_norm(x) for x in before[-k:]] == [_norm(x) for x in after[:k]]:
            return k
    return 0


def _join_wrapped(lines: list[str]) -> list[str]:
    """The screens' lines with the phone's wraps undone: a line that ends no sentence goes
    on on the next (:func:`_goes_on`); the bars are never joined. Above the first line that
    ends a sentence (the page's head), two to :data:`HEADLINE_MAX_LINES` capitalised lines
    in a row are the headline's, one line."""
    width = max((len(_norm(x)) for x in lines if not _is_bar(x)), default=0)
    out: list[str] = []
    last = ""  # the raw line the line being built ends with
    run = 0  # capitalised lines joined into the line being built
    in_head = True
    for line in map(_norm, lines):
        if not out or _is_bar(last) or _is_bar(line) or ends_terminal(last):
            in_head = in_head and not (out and ends_terminal(last))
            out.append(line)
            last, run = line, 1
            continue
        headline = (
            in_head and run < HEADLINE_MAX_LINES and _is_capitalised(last) and _is_capitalised(line)
        )
        if headline or _goes_on(last, line, width):
            out[-1] = f"{out[-1]} {line}"
            run += 1
        else:
            out.append(line)
            run = 1
        last = line
    return out


# A meta line's separators ("5 jam lalu · Oleh Nama"): no prose line holds them.
_META_SEP_RE = re.compile(r"\s[·•|]\s")
# A linked headline's label: "Baca juga: ...", "Simak juga: ...".
_READ_ALSO_RE = re.compile(
    r"^(?:baca|lihat|simak)\s+(?:juga|pula)\s*:\s*\S|^(?:artikel\s+terkait|read\s+also)\s*:\s*\S",
    re.IGNORECASE,
)
# A label opening a line ("Editor: Nama", "Baca Juga: ..."): a line of its own.
_LABEL_RE = re.compile(r"^[A-Z][\w]*(?:\s\w+)?\s*:")


def _goes_on(last: str, line: str, width: int) -> bool:
    """``line`` continues ``last`` (a line ending no sentence) on a narrow screen: it opens
    in lower case; or ``last`` ends on a comma or on a word no sentence ends on ("di",
    "dan"), or leaves a bracket open; or ``last`` is prose (not capitalised, no meta
    separator) and ``line``'s first word would have carried it past the screen's width, a
    label ("Editor:") opening no continuation."""
    words = last.split()
    if line[:1].islower() or last.endswith(",") or words[-1].lower() in DANGLING_WORDS:
        return True
    if last.count("(") > last.count(")"):
        return True
    if _READ_ALSO_RE.match(last) and _is_capitalised(line):
        return True  # a linked headline wrapped after its "Baca juga:" label
    first = line.split(None, 1)[0]
    return (
        not _is_capitalised(last)
        and not _META_SEP_RE.search(last)
        and not _LABEL_RE.match(line)
        and len(last) + 1 + len(first) > width - WRAP_SLACK
    )


# The address bar's page: a path under the host, not the host alone (the site's name).
_ADDRESS_PATH_RE = re.compile(r"(?P<url>(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/[^\s/]\S*)", re.I)


# An address the bar cut short ("situs.id/berita/..."): a part of the page's, not its own.
_CUT_ADDRESS_RE = re.compile(r"(?:\.{3}|…)$")


def phone_address(text: str) -> str | None:
    """The page's address a phone copy shows in its address bar, under the status bar it
    opens with ("09.41 📶 4G 80%" then "🔒 situs.id/2026/03/02/judul/"), or None. The
    address is the page's own, as a URL given with the page would be.

    >>> phone_address("09.41 ▾ 4G 80%\\nhttps://situs.id/2026/03/02/judul/\\nJudul")
    'https://situs.id/2026/03/02/judul/'
    >>> phone_address("09.41 ▾ 4G 80%\\nsitus.id\\nJudul") is None
    True
    >>> phone_address("09.41 ▾ 4G 80%\\nsitus.id/berita/...\\nJudul") is None
    True
    """
    head = text.lstrip().split("\n", FIRST_BAR_MAX_LINE + 2)[: FIRST_BAR_MAX_LINE + 2]
    lines = [line for line in head if line.strip()]
    if len(lines) < 2 or not _STATUS_BAR_RE.match(lines[0]) or not _ADDRESS_BAR_RE.match(lines[1]):
        return None
    m = _ADDRESS_PATH_RE.search(lines[1])
    if m is None or _CUT_ADDRESS_RE.search(m.group("url")):
        return None
    url = m.group("url")
    return url if re.match(r"https?://", url, re.IGNORECASE) else "https://" + url


def is_status_bar(line: str) -> bool:
    """``line`` is a phone's status bar (clock, icons, network, charge: "09.41 ▾ 4G 80%"),
    the screen's and never the page's: no headline.

    >>> is_status_bar("09.41 ▾ 4G 80%"), is_status_bar("Harga Cabai Naik 80%")
    (True, False)
    """
    return bool(_STATUS_BAR_RE.match(line))


def _is_bar(line: str) -> bool:
    return bool(_STATUS_BAR_RE.match(line) or _ADDRESS_BAR_RE.match(line))


# Words a headline leaves in lower case.
_SMALL_WORDS = frozenset("di ke dari dan atau yang untuk pada dengan oleh dalam bagi vs".split())
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _is_capitalised(line: str) -> bool:
    """A headline's line: two words at least, each capitalised but the small ones ("di",
    "dan"); not in capitals throughout (a site's name, a section's), no stop."""
    words = [w for w in _WORD_RE.findall(line) if w.lower() not in _SMALL_WORDS]
    return (
        len(line.split()) >= 2
        and bool(words)
        and all(w[:1].isupper() for w in words)
        and not line.isupper()
        and not ends_terminal(line)
    )
