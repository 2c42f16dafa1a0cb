"""Ingest: turn the user's inputs (files, folders, globs, stdin) into :class:`RawDoc`s.

>>> from warta.ingest import expand_inputs
>>> expand_inputs(["no/such/file.txt"])[1][0].error.code
'input-not-found'
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from typing import IO

from warta.errors import InputError, UnreadableInputError
from warta.ingest.decode import MAX_DOCUMENT_BYTES, mib
from warta.ingest.paths import STDIN, expand_inputs
from warta.ingest.readers import InputProblem, Item, read_document, read_jsonl, read_path
from warta.records import Provenance

__all__ = ["InputProblem", "Item", "expand_inputs", "iter_documents", "read_stdin"]

# Enough of standard input to tell JSONL from one document.
_PEEK = 1 << 16


def read_stdin(stream: IO[bytes], *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """Standard input: JSONL when it starts with ``{``, else one text or HTML document.

    JSONL is read line by line; one document is read up to ``max_bytes`` and refused
    beyond it, so a stream of any size never fills memory.
    """
    head = stream.read(_PEEK)
    source = io.BufferedReader(_Prepended(head, stream))
    if head.lstrip().startswith(b"{"):
        yield from read_jsonl(source, STDIN, max_bytes=max_bytes)
        return
    try:
        data = source.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise UnreadableInputError(
                f"standard input holds more than {mib(max_bytes)}, the limit for one "
                "document; give many articles as JSONL (one per line), or split the input",
                detail={"path": STDIN, "limit": max_bytes},
            )
        yield read_document(data, STDIN, Provenance(STDIN), fmt="auto", max_bytes=max_bytes)
    except InputError as exc:
        yield InputProblem(STDIN, exc)


class _Prepended(io.RawIOBase):
    """``head`` (already read) followed by the rest of ``stream``."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._stream.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def iter_documents(
    inputs: Sequence[str],
    stdin: IO[bytes] | None = None,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Item]:
    """Every document (or problem) from ``inputs``, in a deterministic order.

    ``max_bytes`` caps one document (a text or HTML file, a JSONL line, a WARC record,
    a gzip file's expansion).
    """
    paths, problems = expand_inputs(inputs, parquet=False)
    yield from problems
    for path, name in paths:
        yield from read_path(path, name, max_bytes=max_bytes)
    if STDIN in inputs and stdin is not None:
        yield from read_stdin(stdin, max_bytes=max_bytes)
