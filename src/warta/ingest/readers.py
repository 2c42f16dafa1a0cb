"""Readers: one function per input format, each yielding :class:`RawDoc` or a problem.

A reader never raises for one bad record: it yields an :class:`InputProblem` naming the
file and line or offset, and carries on with the rest. Only :func:`read_path` decides
the format (by extension, then by sniffing).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from warta.errors import InputError, MalformedInputError, UnreadableInputError, WartaError
from warta.ingest.decode import MAX_DOCUMENT_BYTES, decode_bytes, is_binary
from warta.records import Provenance, RawDoc


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A file or record that could not be read, with the error that says why."""

    where: str
    error: WartaError


Item = RawDoc | InputProblem

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    for double in (".warc.gz", ".arc.gz", ".jsonl.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def read_document(data: bytes, where: str, provenance: Provenance, *, fmt: str) -> RawDoc:
    """One text or HTML document from its bytes (``fmt`` is "text", "html" or "auto")."""
    decoded = decode_bytes(data, where)
    if fmt == "auto":
        fmt = "html" if _looks_like_html(decoded.text) else "text"
    return RawDoc(
        provenance=provenance,
        content=decoded.text,
        format="html" if fmt == "html" else "text",
        url=provenance.url,
        encoding=decoded.encoding,
    )


def read_jsonl(handle: IO[bytes], path: str) -> Iterator[Item]:
    """Objects with ``text`` or ``html``, optional ``url``, ``title``, ``published``."""
    for number, raw in enumerate(handle, start=1):
        where = f"{path}:{number}"
        if not raw.strip():
            continue
        try:
            if len(raw) > MAX_DOCUMENT_BYTES:
                raise UnreadableInputError(
                    f"{where}: line is {len(raw) / 2**20:.0f} MiB, over the per-document "
                    "limit; split the record",
                    detail={"path": path, "line": number},
                )
            obj = _parse_json_object(raw, where)
            yield _doc_from_object(obj, path, number, where)
        except InputError as exc:
            yield InputProblem(where, exc)


def _parse_json_object(raw: bytes, where: str) -> dict[str, Any]:
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise MalformedInputError(
            f"{where}: not valid JSON ({exc}); each line must be one JSON object",
            detail={"where": where},
        ) from exc
    if not isinstance(obj, dict):
        raise MalformedInputError(
            f"{where}: a JSON {type(obj).__name__}, expected an object with 'text' or 'html'",
            detail={"where": where},
        )
    return obj


def _doc_from_object(obj: dict[str, Any], path: str, number: int, where: str) -> RawDoc:
    body = obj.get("html") or obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise MalformedInputError(
            f"{where}: no 'text' or 'html' string in the object (keys: "
            f"{', '.join(sorted(obj)) or 'none'}); add one of them",
            detail={"where": where},
        )
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    published = obj.get("published")
    return RawDoc(
        provenance=Provenance(path, line=number, url=url),
        content=body,
        format="html" if obj.get("html") else "text",
        url=url,
        title=title,
        published=str(published) if published else None,
    )


def read_warc(path: Path) -> Iterator[Item]:
    """HTML response records of a WARC file (gzip or not), via warcio."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        with path.open("rb") as handle:
            iterator = ArchiveIterator(handle)
            for record in iterator:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                # Read the payload before asking for the offset: warcio's offset call
                # moves the stream past the record's content.
                data = record.content_stream().read()
                offset = iterator.get_record_offset()
                where = f"{name}@{offset}"
                if _is_cut(record, data):
                    raise EOFError(f"record at offset {offset} ends early")
                try:
                    yield read_document(
                        data, where, Provenance(name, offset=offset, url=url), fmt="html"
                    )
                except InputError as exc:
                    yield InputProblem(where, exc)
    except (ArchiveLoadFailed, EOFError, OSError, gzip.BadGzipFile, ValueError) as exc:
        yield InputProblem(
            name,
            MalformedInputError(
                f"{name}: WARC archive is broken or truncated ({exc}); the records before "
                "the damage were read; re-fetch or repair the archive for the rest",
                detail={"path": name},
            ),
        )


def _is_cut(record: Any, data: bytes) -> bool:
    """True when a WARC record holds fewer bytes than its Content-Length promises.

    warcio reads a truncated gzip member without complaint; this is how a cut archive
    shows.
    """
    declared = record.rec_headers.get_header("Content-Length")
    headers_len = getattr(record.http_headers, "total_len", 0) or 0
    return bool(declared and declared.isdigit() and headers_len + len(data) < int(declared))


def read_path(path: Path, given: str | None = None) -> Iterator[Item]:
    """Every document in one file, chosen by its extension (sniffed when unknown)."""
    name = given or str(path)
    suffix = suffix_of(path)
    try:
        if suffix in WARC_SUFFIXES:
            yield from read_warc(path)
            return
        if suffix in JSONL_SUFFIXES or suffix == ".jsonl.gz":
            opener = gzip.open if suffix.endswith(".gz") else open
            with opener(path, "rb") as handle:
                yield from read_jsonl(handle, name)  # type: ignore[arg-type]
            return
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            # Checked before reading so a 200 MB file is never loaded into memory.
            raise UnreadableInputError(
                f"{name}: file is {size / 2**20:.0f} MiB, more than the "
                f"{MAX_DOCUMENT_BYTES // 2**20} MiB allowed for one document; split it "
                "or convert it to JSONL (one article per line)",
                detail={"path": name, "bytes": size},
            )
        data = path.read_bytes()
        if suffix in HTML_SUFFIXES:
            fmt = "html"
        elif suffix in TEXT_SUFFIXES:
            fmt = "text"
        else:
            if is_binary(data):
                raise UnreadableInputError(
                    f"{name}: unknown file type '{suffix or path.name}' and binary "
                    "content; warta reads .txt, .html, .jsonl and .warc(.gz) files",
                    detail={"path": name},
                )
            fmt = "auto"
        yield read_document(data, name, Provenance(name), fmt=fmt)
    except InputError as exc:
        yield InputProblem(name, exc)
    except OSError as exc:
        yield InputProblem(
            name,
            UnreadableInputError(
                f"{name}: cannot be read ({exc.strerror or exc}); check the path and permissions",
                detail={"path": name},
            ),
        )
