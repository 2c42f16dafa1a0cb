"""Bounded reading: never hold more than the per-document limit of one input in memory.

A 1 MB gzip file can expand to 1 GiB (a decompression bomb), and one JSONL "line" can
be a whole disk. Everything here reads at most ``limit + 1`` bytes of a document, so a
reader can tell "over the limit" without ever holding more.

>>> import io
>>> [(n, len(line), over) for n, line, over in bounded_lines(io.BytesIO(b"ab\\n" + b"x" * 9), 4)]
[(1, 3, False), (2, 5, True)]
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

#: Bytes read per call while skipping the rest of an oversized line.
_CHUNK = 1 << 16


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


class _LineReadable(Protocol):
    def readline(self, size: int = ..., /) -> bytes: ...


def read_at_most(stream: _Readable, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of ``stream`` (one more than allowed tells "too big")."""
    parts: list[bytes] = []
    wanted = limit + 1
    while wanted > 0:
        chunk = stream.read(min(wanted, 1 << 20))
        if not chunk:
            break
        parts.append(chunk)
        wanted -= len(chunk)
    return b"".join(parts)


def bounded_lines(
    source: Iterable[bytes], limit: int, *, skip_oversized: bool = True
) -> Iterator[tuple[int, bytes, bool]]:
    """``(line number, line, oversized)`` for each line; an oversized line is cut.

    A line longer than ``limit`` comes back as its first ``limit + 1`` bytes with
    ``oversized`` True; its rest is then read and thrown away in small chunks (or, with
    ``skip_oversized=False``, reading stops there: skipping a line in a compressed file
    means decompressing all of it). ``source`` may also be a plain iterable of lines
    (already in memory), which is passed through.
    """
    if not hasattr(source, "readline"):
        for number, line in enumerate(source, start=1):
            yield number, line, len(line) > limit
        return
    readable: _LineReadable = source  # type: ignore[assignment]
    number = 0
    while True:
        line = readable.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line, False
            continue
        yield number, line, True
        if not skip_oversized:
            return
        while True:  # the rest of the oversized line
            rest = readable.readline(_CHUNK)
            if not rest or rest.endswith(b"\n"):
                break


def is_gzip(path: Path) -> bool:
    """True when the file starts with the gzip magic bytes (whatever its name)."""
    with path.open("rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


def open_maybe_gzip(path: Path) -> io.BufferedIOBase:
    """The file's bytes, decompressed as a stream when it is gzip."""
    if is_gzip(path):
        return gzip.open(path, "rb")
    return path.open("rb")


class HeaderBudget:
    """Caps the bytes a parser may read with ``readline`` before the next :meth:`reset`.

    warcio reads record headers line by line with no bound, so a record whose header is
    a gigabyte of zeros would be read into memory whole. Installed as the reader's
    ``readline``, this cuts lines at the budget and raises :class:`HeaderTooLarge` once
    it is spent.
    """

    def __init__(self, readline: _LineReadable, budget: int) -> None:
        self._readline = readline.readline
        self.budget = budget
        self.used = 0

    def reset(self) -> None:
        self.used = 0

    def __call__(self, length: int | None = None) -> bytes:
        room = self.budget - self.used
        if room < 0:
            raise HeaderTooLarge(self.budget)
        size = room + 1 if length is None or length < 0 else min(length, room + 1)
        line = self._readline(size)
        self.used += len(line)
        if self.used > self.budget:
            raise HeaderTooLarge(self.budget)
        return line


class HeaderTooLarge(Exception):
    """A WARC record's headers went over the budget (see :class:`HeaderBudget`)."""
