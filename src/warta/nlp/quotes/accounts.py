"""The person behind a social-media handle, when the story names him.

A story built on posts quotes them by handle ('akun @x menulis, "..."') and often names
the owner later, to quote him again in his own name: "Pemilik akun @x, Budi Santoso
(30), mengatakan ...", "Budi Santoso, pemilik akun @x, ...", "akun Instagram @x milik
Budi Santoso". One person keeps one name: the handle's words are the owner's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["owners_named"]

_HANDLE = r"@[\w.]*\w"
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
_PLATFORM = r"(?:[ \t]+(?:Instagram|TikTok|Facebook|X|Twitter|Threads|YouTube))?"

#: "Pemilik akun @x, Budi Santoso" (the handle, then its owner's name in apposition).
_OWNER_AFTER = re.compile(
    rf"\b[Pp]emilik[ \t]+akun{_PLATFORM}[ \t]+(?P<handle>{_HANDLE})[ \t]*,[ \t]*(?P<name>{_NAME})"
)
#: "Budi Santoso, pemilik akun @x" and "akun @x milik Budi Santoso".
_OWNER_BEFORE = re.compile(
    rf"(?P<name>{_NAME})[ \t]*(?:\(\d{{1,3}}\))?[ \t]*,[ \t]*pemilik[ \t]+akun{_PLATFORM}"
    rf"[ \t]+(?P<handle>{_HANDLE})"
)
_OWNED = re.compile(
    rf"\bakun{_PLATFORM}[ \t]+(?P<handle>{_HANDLE})[ \t]+milik[ \t]+(?P<name>{_NAME})"
)


def owners_named(names: Sequence[str | None], text: str) -> list[str | None]:
    """``names`` with each handle the article ``text`` gives an owner's name replaced by
    that name (the first naming, when the article names two).

    >>> t = 'Akun @dita.run menulis, "Panas sekali." Pemilik akun @dita.run, Dita Lestari, ...'
    >>> owners_named(["@dita.run", "Rudi"], t)
    ['Dita Lestari', 'Rudi']
    """
    if "@" not in text:
        return list(names)
    owners: dict[str, str] = {}
    for pattern in (_OWNER_AFTER, _OWNER_BEFORE, _OWNED):
        for m in pattern.finditer(text):
            owners.setdefault(m.group("handle"), m.group("name"))
    return [owners.get(n, n) if n else n for n in names]
