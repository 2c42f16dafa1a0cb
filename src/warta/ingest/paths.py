"""From what the user typed (files, folders, globs) to the files to read.

Folders are walked recursively, following symbolic links to other folders; a link
that loops (to itself, or back to a folder above it) or points nowhere is reported,
never silently passed over, and so is a folder in which nothing can be read.

>>> from warta.ingest.paths import expand_inputs
>>> expand_inputs(["no/such/file.txt"])[1][0].error.code
'input-not-found'
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from warta.errors import InputNotFoundError, UnreadableInputError
from warta.ingest.readers import (
    CSV_SUFFIXES,
    FORMATS_READ,
    KNOWN_SUFFIXES,
    InputProblem,
    is_mention_export_file,
    suffix_of,
)

STDIN = "-"
_PARQUET = ".parquet"


def expand_inputs(
    inputs: Sequence[str], *, parquet: bool = True
) -> tuple[list[tuple[Path, str]], list[InputProblem]]:
    """Resolve files, folders and globs to ``(path, name as given)`` pairs, sorted.

    Folders are walked recursively for known extensions (hidden files skipped); a named
    file is always read whatever its extension. ``-`` (stdin) is handled by the caller.
    A folder with nothing to read is a problem; one holding only Parquet files is not
    when ``parquet`` is true (the Dask engine reads those), and is otherwise.
    """
    found: list[tuple[Path, str]] = []
    problems: list[InputProblem] = []
    for given in inputs:
        if given == STDIN:
            continue
        path = Path(given)
        if path.is_dir():
            files, walk_problems, others = _walk(path)
            problems.extend(walk_problems)
            found.extend((f, str(f)) for f in files)
            if not files and not (parquet and others[_PARQUET]):
                problems.append(_empty_folder(given, others, bool(walk_problems)))
        elif path.is_file():
            found.append((path, given))
        elif os.path.islink(given):
            problems.append(_bad_link(path, given))
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


def _walk(root: Path) -> tuple[list[Path], list[InputProblem], Counter[str]]:
    """Files of known formats under ``root`` (sorted), problems met, and the extensions
    of the other files (for the message when nothing is found)."""
    files: list[Path] = []
    problems: list[InputProblem] = []
    others: Counter[str] = Counter()
    root_stat = root.stat()
    root_key = (root_stat.st_dev, root_stat.st_ino)
    seen: set[tuple[int, int]] = {root_key}
    # (folder, the folders above it): a link back to one of them is a loop.
    stack: list[tuple[Path, frozenset[tuple[int, int]]]] = [(root, frozenset({root_key}))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            problems.append(_unreadable(folder, exc))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = folder / entry.name
            try:
                st = os.stat(child)  # follows links: a loop or a dangling link raises
            except OSError as exc:
                problems.append(
                    _bad_link(child, str(child)) if entry.is_symlink() else _unreadable(child, exc)
                )
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    problems.append(_loop(child))
                elif key not in seen:  # a folder reached twice through links is walked once
                    seen.add(key)
                    stack.append((child, ancestors | {key}))
            elif stat.S_ISREG(st.st_mode):
                if suffix_of(child) in KNOWN_SUFFIXES or (
                    suffix_of(child) in CSV_SUFFIXES and is_mention_export_file(child)
                ):
                    files.append(child)
                else:
                    others[suffix_of(child) or "(no extension)"] += 1
    problems.sort(key=lambda p: p.where)
    return sorted(files), problems, others


def _empty_folder(given: str, others: Counter[str], had_problems: bool) -> InputProblem:
    if others:
        listed = ", ".join(f"{n} {suffix}" for suffix, n in others.most_common(6))
        held = f"it holds {sum(others.values())} other files ({listed})"
        if others[_PARQUET]:
            held += "; Parquet is read by the distributed build only (--engine dask)"
    elif had_problems:
        held = "the links or folders in it could not be read (see the lines above)"
    else:
        held = "it is empty (hidden files are skipped)"
    return InputProblem(
        given,
        InputNotFoundError(
            f"{given}: no documents found in this folder: {held}; warta reads "
            f"{FORMATS_READ}; give another folder, or files by name (a named file is read "
            "whatever its extension)",
            detail={"path": given, "other_files": dict(others)},
        ),
    )


def _bad_link(path: Path, given: str) -> InputProblem:
    """A symbolic link that loops or points nowhere."""
    target = os.readlink(path) if os.path.islink(path) else "?"
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _loop(path, given)
    return InputProblem(
        given,
        InputNotFoundError(
            f"{given}: a symbolic link to {target}, which does not exist; skipped; fix or "
            "remove the link",
            detail={"path": given, "target": target},
        ),
    )


def _loop(path: Path, given: str | None = None) -> InputProblem:
    name = given or str(path)
    target = os.readlink(path) if os.path.islink(path) else "?"
    return InputProblem(
        name,
        UnreadableInputError(
            f"{name}: a symbolic link that loops (it points to {target}, which leads back "
            "to itself or to a folder above it); skipped, the rest of the folder is read; "
            "remove the link or point it elsewhere",
            detail={"path": name, "target": target},
        ),
    )


def _unreadable(path: Path, exc: OSError) -> InputProblem:
    return InputProblem(
        str(path),
        UnreadableInputError(
            f"{path}: cannot be read ({exc.strerror or exc}); skipped; check the permissions",
            detail={"path": str(path)},
        ),
    )


def _not_found(given: str, why: str) -> InputProblem:
    return InputProblem(
        given,
        InputNotFoundError(
            f"{given}: {why}; give files, folders or globs of .txt, .html, .jsonl, "
            ".warc(.gz) or saved feed (.xml, .rss, .atom) files, or - for standard input",
            detail={"path": given},
        ),
    )
