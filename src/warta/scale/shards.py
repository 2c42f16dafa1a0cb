"""Shard planning: cut the user's inputs into independent units of work.

A *shard* is a list of *pieces* (one text/HTML file, a byte range of a JSONL file, a
WARC file, a row range of a Parquet file) plus its rank in the plan. Shards know
nothing about the executor that runs them: :func:`read_shard` yields the shard's
documents (or input problems) exactly as :func:`warta.ingest.iter_documents` would for
the same files, with the same provenance, so article ids are identical.

Batch alignment. The cleaner looks at short lines repeated across the documents of one
batch (:func:`warta.clean.repeated_lines`), so a document's cleaning depends on its
batch. The local build cuts the input stream into batches of ``batch_size`` items
(documents and problems alike); the planner cuts shards at multiples of ``batch_size``
of that same stream and a shard is processed in ``batch_size`` batches, so every batch
holds the same documents as in the local build. WARC files cannot be counted without
reading them: each one is its own shard and the count restarts after it (their HTML
documents only see repeated lines of text documents in the same batch, so the
difference is confined to mixed WARC + text inputs).

>>> spec = Piece("jsonl", "a.jsonl", "a.jsonl", start=0, stop=120, first_line=1, items=3)
>>> spec.key()
'jsonl|a.jsonl|0|120|1'
"""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from warta.errors import ALL_ERRORS, InvalidParameterError, WartaError
from warta.ingest import InputProblem, expand_inputs
from warta.ingest.decode import MAX_DOCUMENT_BYTES
from warta.ingest.readers import (
    JSONL_SUFFIXES,
    WARC_SUFFIXES,
    Item,
    read_document,
    read_jsonl,
    read_path,
    read_warc,
    suffix_of,
)
from warta.ingest.streams import bounded_lines
from warta.records import Provenance

PARQUET_SUFFIXES = {".parquet", ".pq"}
# Rows of a Parquet file read at once: bounds a worker's memory on wide text columns.
PARQUET_READ_ROWS = 2048


@dataclass(frozen=True, slots=True)
class Piece:
    """A contiguous part of one input: the whole file, or a byte / row range of it.

    ``kind`` is "file" (one text/HTML document), "jsonl" (bytes ``start..stop``, whose
    first line is line ``first_line`` of the file), "jsonl.gz" and "warc" (whole file),
    or "parquet" (rows ``start..stop``). ``name`` is the path as the user gave it: it
    becomes the provenance, hence the article ids. ``items`` is -1 when unknown.
    """

    kind: str
    path: str
    name: str
    start: int = 0
    stop: int = -1
    first_line: int = 1
    items: int = 1

    def key(self) -> str:
        return f"{self.kind}|{self.name}|{self.start}|{self.stop}|{self.first_line}"


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``rank`` of ``world`` in a plan: pieces read in order, batched by ``batch_size``."""

    rank: int
    world: int
    pieces: tuple[Piece, ...]
    batch_size: int
    problems: tuple[tuple[str, str, str], ...] = field(default=())  # (where, code, message)

    @property
    def name(self) -> str:
        return f"{self.rank:05d}"

    def fingerprint(self) -> str:
        """Identifies the work: a finished shard with another fingerprint is redone."""
        text = "\n".join([str(self.batch_size), *(p.key() for p in self.pieces)])
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Shard:
        return cls(
            data["rank"],
            data["world"],
            tuple(Piece(**p) for p in data["pieces"]),
            data["batch_size"],
            tuple((w, c, m) for w, c, m in data.get("problems", ())),
        )


def is_url(name: str) -> bool:
    return "://" in name and not name.startswith("file://")


def plan_shards(
    inputs: Sequence[str], *, batch_size: int, shard_size: int
) -> tuple[list[Shard], list[InputProblem]]:
    """Cut ``inputs`` into shards of about ``shard_size`` items; return them and the problems.

    ``shard_size`` is rounded up to a multiple of ``batch_size``. Problems of inputs
    that cannot be found are returned (they take a place in the local build's first
    batch, so the planner counts them). Raises :class:`InvalidParameterError` for
    standard input, which a distributed build cannot share between workers.
    """
    if "-" in inputs:
        raise InvalidParameterError(
            "a distributed build cannot read standard input ('-'); write it to a file "
            "and give the file",
            detail={"input": "-"},
        )
    if batch_size < 1 or shard_size < 1:
        raise InvalidParameterError(
            f"batch size {batch_size} and shard size {shard_size} must be at least 1",
            detail={"batch_size": batch_size, "shard_size": shard_size},
        )
    per_shard = -(-shard_size // batch_size) * batch_size
    local = [i for i in inputs if not is_url(i)]
    paths, problems = expand_inputs(local)
    # Problems of missing inputs come first in the local stream: they take places.
    grouper = _Grouper(per_shard, filled=len(problems))
    for path, name in paths:
        _add_file(grouper, str(path), name)
    for given in local:
        if Path(given).is_dir():  # folders: Parquet files too (the local build skips them)
            for child in sorted(Path(given).rglob("*")):
                if suffix_of(child) in PARQUET_SUFFIXES and not child.name.startswith("."):
                    _add_file(grouper, str(child), str(child))
    for given in inputs:
        if is_url(given):
            _add_url(grouper, given)
    groups = grouper.finish()
    world = len(groups)
    shards = [Shard(rank, world, tuple(g), batch_size) for rank, g in enumerate(groups)]
    if shards and problems:
        first = shards[0]
        shards[0] = Shard(
            first.rank,
            first.world,
            first.pieces,
            first.batch_size,
            tuple((p.where, p.error.code, p.error.message) for p in problems),
        )
    return shards, problems


class _Grouper:
    """Collects pieces into shards of ``per_shard`` items of the local input stream."""

    def __init__(self, per_shard: int, filled: int = 0) -> None:
        self.per_shard = per_shard
        self.filled = filled  # items of the stream so far in the current shard
        self.current: list[Piece] = []
        self.groups: list[list[Piece]] = []

    def room(self) -> int:
        """Items the current shard still takes: a splittable file is cut there."""
        return self.per_shard - self.filled

    def add(self, piece: Piece) -> None:
        if piece.items < 0:  # unknown count: a shard of its own, then restart counting
            self._close()
            self.groups.append([piece])
            return
        self.current.append(piece)
        self.filled += piece.items
        if self.filled >= self.per_shard:
            self._close()

    def _close(self) -> None:
        if self.current:
            self.groups.append(self.current)
        self.current, self.filled = [], 0

    def finish(self) -> list[list[Piece]]:
        self._close()
        return self.groups


def _add_file(grouper: _Grouper, path: str, name: str) -> None:
    suffix = suffix_of(Path(path))
    if suffix in WARC_SUFFIXES:
        grouper.add(Piece("warc", path, name, items=-1))
    elif suffix == ".jsonl.gz":  # not seekable: one piece
        with gzip.open(path, "rb") as handle:
            # Lines read with a bound: a decompression bomb stops at the per-document
            # limit here too (the reader reports it).
            lines = bounded_lines(handle, MAX_DOCUMENT_BYTES, skip_oversized=False)
            count = sum(1 for _, line, _ in lines if line.strip())
        grouper.add(Piece("jsonl.gz", path, name, items=count))
    elif suffix in JSONL_SUFFIXES:
        with open(path, "rb") as handle:
            _add_jsonl(grouper, handle, path, name)
    elif suffix in PARQUET_SUFFIXES:
        _add_parquet(grouper, path, name)
    else:
        grouper.add(Piece("file", path, name))


def _add_jsonl(grouper: _Grouper, handle: Any, path: str, name: str) -> None:
    """Byte ranges of non-blank lines (the items the JSONL reader yields), cut where the
    current shard is full, so shards end exactly on batch boundaries."""
    start = offset = 0
    first_line = line_no = 1
    items = 0
    for line in handle:
        offset += len(line)
        line_no += 1
        if line.strip():
            items += 1
            if items >= grouper.room():
                grouper.add(Piece("jsonl", path, name, start, offset, first_line, items))
                start, first_line, items = offset, line_no, 0
    if items:
        grouper.add(Piece("jsonl", path, name, start, offset, first_line, items))


def _add_parquet(grouper: _Grouper, path: str, name: str) -> None:
    import fsspec
    import pyarrow.parquet as pq

    with fsspec.open(path, "rb") as handle:
        rows = pq.ParquetFile(handle).metadata.num_rows
    start = 0
    while start < rows:
        stop = min(rows, start + grouper.room())
        grouper.add(Piece("parquet", path, name, start, stop, items=stop - start))
        start = stop


def _add_url(grouper: _Grouper, url: str) -> None:
    """fsspec URLs (``s3://bucket/crawl/*.jsonl``, ``memory://x``): globbed, then planned."""
    import fsspec

    fs, _, paths = fsspec.get_fs_token_paths(url)
    for raw in sorted(paths or []):
        full = fs.unstrip_protocol(raw)  # the canonical URL: names the articles
        if fs.isdir(raw):
            continue
        suffix = suffix_of(Path(raw))
        if suffix in JSONL_SUFFIXES:
            with fsspec.open(full, "rb") as handle:
                _add_jsonl(grouper, handle, full, full)
        elif suffix in PARQUET_SUFFIXES:
            _add_parquet(grouper, full, full)
        elif suffix in WARC_SUFFIXES:
            grouper.add(Piece("warc", full, full, items=-1))
        else:
            grouper.add(Piece("file", full, full))


def read_shard(shard: Shard) -> Iterator[Item]:
    """The shard's documents and problems, in the order the local build reads them."""

    for where, code, message in shard.problems:
        cls = next((c for c in ALL_ERRORS if c.code == code), WartaError)
        yield InputProblem(where, cls(message))
    for piece in shard.pieces:
        yield from read_piece(piece)


def read_piece(piece: Piece) -> Iterator[Item]:
    """Documents of one piece, with the provenance the local readers give them."""
    import fsspec

    if piece.kind == "jsonl":
        with fsspec.open(piece.path, "rb") as handle:
            handle.seek(piece.start)
            data = handle.read(piece.stop - piece.start)
        # read_jsonl numbers lines from 1: blank lines (which it skips) stand in for
        # the lines before the range, so provenance keeps the file's line numbers.
        lines = itertools.chain(itertools.repeat(b"\n", piece.first_line - 1), io.BytesIO(data))
        yield from read_jsonl(lines, piece.name)
    elif piece.kind == "parquet":
        yield from _read_parquet(piece)
    elif not is_url(piece.path):
        yield from read_path(Path(piece.path), piece.name)
    elif piece.kind == "warc":
        yield from _read_remote_warc(piece)
    else:
        with fsspec.open(piece.path, "rb") as handle:
            data = handle.read()
        yield read_document(data, piece.name, Provenance(piece.name), fmt="auto")


def _read_parquet(piece: Piece) -> Iterator[Item]:
    """Rows with a ``text`` or ``html`` column (and optional url/title/published)."""
    import fsspec
    import pyarrow.parquet as pq

    with fsspec.open(piece.path, "rb") as handle:
        table = pq.ParquetFile(handle).read().slice(piece.start, piece.stop - piece.start)
    for offset in range(0, table.num_rows, PARQUET_READ_ROWS):
        for i, row in enumerate(table.slice(offset, PARQUET_READ_ROWS).to_pylist()):
            number = piece.start + offset + i + 1
            lines = [json.dumps(row, ensure_ascii=False, default=str).encode("utf-8")]
            # The JSONL reader holds the one rule for such objects (text or html, url,
            # title, published) and its error messages.
            padded = itertools.chain(itertools.repeat(b"\n", number - 1), lines)
            yield from read_jsonl(padded, piece.name)


def _read_remote_warc(piece: Piece) -> Iterator[Item]:
    import tempfile

    import fsspec

    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / Path(piece.path).name
        with fsspec.open(piece.path, "rb") as src, local.open("wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
        for item in read_warc(local):
            yield _renamed(item, str(local), piece.name)


def _renamed(item: Item, old: str, new: str) -> Item:
    if isinstance(item, InputProblem):
        return InputProblem(item.where.replace(old, new), item.error)
    return replace(item, provenance=replace(item.provenance, path=new))
