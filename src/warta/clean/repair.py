"""Repair encoding damage before anything reads the text.

ftfy fixes the common cases (UTF-8 read as Windows-1252: "â€œ", "Â "). It cannot see a
single UTF-8 no-break space read as Windows-1257, which turns C2 A0 into "Ā" plus a
space ("kabarĀ dari"): one character is too little evidence for ftfy,
so warta has a rule of its own for it.

>>> repair_text("Warga menunggu kabar\\u0100 dari pemerintah daerah.")
('Warga menunggu kabar dari pemerintah daerah.', True)
"""

from __future__ import annotations

import re

import ftfy

# U+0100 is what Windows-1257 makes of 0xC2, the lead byte of a UTF-8 no-break space.
# It never occurs in Indonesian text, so between a letter and a space it is the damage.
_NBSP_AS_1257 = re.compile(r"(?<=\w)\u0100[\u00a0 ]?(?=\S)")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
# Mojibake always leaves Latin-1 / Latin Extended-A characters or U+FFFD behind; text
# without any is left to the cheap rules (ftfy costs ~1 ms per article).
_SUSPECT = re.compile("[\u0080-\u017f\ufffd]")


def _plain(text: str) -> str:
    """Whitespace and line endings normalised: changes here are not repairs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def repair_text(text: str) -> tuple[str, bool]:
    """Return the repaired text and whether an encoding repair was needed."""
    plain = _plain(text)
    fixed = _NBSP_AS_1257.sub(" ", plain)
    if _SUSPECT.search(fixed):
        fixed = _plain(ftfy.fix_text(fixed, uncurl_quotes=False, fix_line_breaks=False))
    return fixed, fixed != plain
