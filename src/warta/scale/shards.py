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

from warta.errors import InvalidParameterError
from warta.ingest import InputProblem, expand_inputs
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
            tuple(tuple(p) for p in data.get("problems", ())),  # type: ignore[misc]
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
    pieces: list[Piece] = []
    for path, name in paths:
        pieces.extend(_pieces_of(str(path), name, per_shard))
    for given in local:
        if Path(given).is_dir():  # folders: Parquet files too (the local build skips them)
            for child in sorted(Path(given).rglob("*")):
                if suffix_of(child) in PARQUET_SUFFIXES and not child.name.startswith("."):
                    pieces.extend(_pieces_of(str(child), str(child), per_shard))
    for given in inputs:
        if is_url(given):
            pieces.extend(_url_pieces(given, per_shard))

    groups: list[list[Piece]] = []
    current: list[Piece] = []
    filled = len(problems)  # items of the stream so far in the current shard
    for piece in pieces:
        if piece.items < 0:  # unknown count: a shard of its own, then restart counting
            if current:
                groups.append(current)
            groups.append([piece])
            current, filled = [], 0
            continue
        current.append(piece)
        filled += piece.items
        if filled >= per_shard:
            groups.append(current)
            current, filled = [], 0
    if current:
        groups.append(current)
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


def _pieces_of(path: str, name: str, per_shard: int) -> list[Piece]:
    suffix = suffix_of(Path(path))
    if suffix in WARC_SUFFIXES:
        return [Piece("warc", path, name, items=-1)]
    if suffix == ".jsonl.gz":
        with gzip.open(path, "rb") as handle:
            count = sum(1 for line in handle if line.strip())
        return [Piece("jsonl.gz", path, name, items=count)]
    if suffix in JSONL_SUFFIXES:
        with open(path, "rb") as handle:
            return _jsonl_pieces(handle, path, name, per_shard)
    if suffix in PARQUET_SUFFIXES:
        return _parquet_pieces(path, name, per_shard)
    return [Piece("file", path, name)]


def _jsonl_pieces(handle: Any, path: str, name: str, per_shard: int) -> list[Piece]:
    """Byte ranges of ``per_shard`` non-blank lines (the items the JSONL reader yields).

    A range may end early so that the running item count meets the shard boundary; the
    planner then closes the shard exactly on a batch boundary.
    """
    pieces: list[Piece] = []
    start = offset = 0
    first_line = line_no = 1
    items = 0
    for line in handle:
        offset += len(line)
        line_no += 1
        if line.strip():
            items += 1
        if items >= per_shard:
            pieces.append(Piece("jsonl", path, name, start, offset, first_line, items))
            start, first_line, items = offset, line_no, 0
    if items or not pieces:
        pieces.append(Piece("jsonl", path, name, start, offset, first_line, items))
    return pieces


def _parquet_pieces(path: str, name: str, per_shard: int) -> list[Piece]:
    import fsspec
    import pyarrow.parquet as pq

    with fsspec.open(path, "rb") as handle:
        rows = pq.ParquetFile(handle).metadata.num_rows
    return [
        Piece(
            "parquet",
            path,
            name,
            start,
            min(start + per_shard, rows),
            items=min(per_shard, rows - start),
        )
        for start in range(0, max(rows, 1), per_shard)
    ]


def _url_pieces(url: str, per_shard: int) -> list[Piece]:
    """fsspec URLs (``s3://bucket/crawl/*.jsonl``, ``memory://x``): globbed, then planned."""
    import fsspec

    fs, _, paths = fsspec.get_fs_token_paths(url)
    found = sorted(paths) if paths else []
    if not found:
        return []
    protocol = url.split("://", 1)[0]
    pieces: list[Piece] = []
    for raw in found:
        full = raw if "://" in raw else f"{protocol}://{raw}"
        if fs.isdir(raw):
            continue
        suffix = suffix_of(Path(raw))
        if suffix in JSONL_SUFFIXES:
            with fsspec.open(full, "rb") as handle:
                pieces.extend(_jsonl_pieces(handle, full, full, per_shard))
        elif suffix in PARQUET_SUFFIXES:
            pieces.extend(_parquet_pieces(full, full, per_shard))
        elif suffix in WARC_SUFFIXES:
            pieces.append(Piece("warc", full, full, items=-1))
        else:
            pieces.append(Piece("file", full, full))
    return pieces


def read_shard(shard: Shard) -> Iterator[Item]:
    """The shard's documents and problems, in the order the local build reads them."""
    from warta.errors import ALL_ERRORS, WartaError

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
        yield from read_jsonl(lines, piece.name)  # type: ignore[arg-type]
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
            yield from read_jsonl(padded, piece.name)  # type: ignore[arg-type]


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
