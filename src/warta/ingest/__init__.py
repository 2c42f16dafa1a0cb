"""Ingest: turn the user's inputs (files, folders, globs, stdin) into :class:`RawDoc`s.

>>> from warta.ingest import expand_inputs
>>> expand_inputs(["no/such/file.txt"])[1][0].error.code
'input-not-found'
"""

from __future__ import annotations

import glob
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from warta.errors import InputError, InputNotFoundError
from warta.ingest.readers import (
    KNOWN_SUFFIXES,
    InputProblem,
    Item,
    read_document,
    read_jsonl,
    read_path,
    suffix_of,
)
from warta.records import Provenance

__all__ = ["InputProblem", "Item", "expand_inputs", "iter_documents", "read_stdin"]

STDIN = "-"


def expand_inputs(inputs: Sequence[str]) -> tuple[list[tuple[Path, str]], list[InputProblem]]:
    """Resolve files, folders and globs to ``(path, name as given)`` pairs, sorted.

    Folders are walked recursively for known extensions (hidden files skipped); a named
    file is always read whatever its extension. ``-`` (stdin) is handled by the caller.
    """
    found: list[tuple[Path, str]] = []
    problems: list[InputProblem] = []
    for given in inputs:
        if given == STDIN:
            continue
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.is_file() and suffix_of(child) in KNOWN_SUFFIXES:
                    found.append((child, str(child)))
        elif path.is_file():
            found.append((path, given))
        elif any(ch in given for ch in "*?["):
            matches = sorted(glob.glob(given, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                problems.append(_not_found(given, "the pattern matches no file"))
            found.extend((f, str(f)) for f in files)
        else:
            problems.append(_not_found(given, "no such file or folder"))
    # A file named twice (folder and glob) is read once.
    unique: dict[str, tuple[Path, str]] = {}
    for path, name in found:
        unique.setdefault(str(path.resolve()), (path, name))
    return list(unique.values()), problems


def _not_found(given: str, why: str) -> InputProblem:
    return InputProblem(
        given,
        InputNotFoundError(
            f"{given}: {why}; give files, folders or globs of .txt, .html, .jsonl or "
            ".warc(.gz) files, or - for standard input",
            detail={"path": given},
        ),
    )


def read_stdin(stream: IO[bytes]) -> Iterator[Item]:
    """Standard input: JSONL when it starts with ``{``, else one text or HTML document."""
    data = stream.read()
    if data.lstrip().startswith(b"{"):
        yield from read_jsonl(io.BytesIO(data), STDIN)
        return
    try:
        yield read_document(data, STDIN, Provenance(STDIN), fmt="auto")
    except InputError as exc:
        yield InputProblem(STDIN, exc)


def iter_documents(inputs: Sequence[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every document (or problem) from ``inputs``, in a deterministic order."""
    paths, problems = expand_inputs(inputs)
    yield from problems
    for path, name in paths:
        yield from read_path(path, name)
    if STDIN in inputs and stdin is not None:
        yield from read_stdin(stdin)
