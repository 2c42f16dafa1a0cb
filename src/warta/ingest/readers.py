"""Readers: one function per input format, each yielding :class:`RawDoc` or a problem.

A reader never raises for one bad record: it yields an :class:`InputProblem` naming the
file and line or offset, and carries on with the rest. Only :func:`read_path` decides
the format (by extension, then by sniffing). No reader holds more than the per-document
limit (``max_bytes``, :data:`~warta.ingest.decode.MAX_DOCUMENT_BYTES` by default) of one
document in memory: compressed inputs are decompressed as a stream and stopped there.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from warta.errors import (
    InputError,
    MalformedInputError,
    UnreadableInputError,
    UnsupportedMediaTypeError,
    WartaError,
)
from warta.ingest.decode import (
    MAX_DOCUMENT_BYTES,
    Decoded,
    declared_charset,
    decode_bytes,
    is_binary,
    mib,
)
from warta.ingest.export_fields import ExportedStory
from warta.ingest.extractor_xml import looks_like_extractor_xml
from warta.ingest.feed_item import looks_like_feed, read_feed_items
from warta.ingest.issue_export import looks_like_issue_export
from warta.ingest.mention_export import (
    looks_like_mention_export,
    mention_export_error,
    read_mention_export,
)
from warta.ingest.ris import looks_like_ris, read_ris, ris_error
from warta.ingest.streams import (
    HeaderBudget,
    HeaderTooLarge,
    bounded_lines,
    is_gzip,
    open_maybe_gzip,
    read_at_most,
)
from warta.ingest.trello_export import read_card_export
from warta.records import Provenance, RawDoc


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A file or record that could not be read, with the error that says why."""

    where: str
    error: WartaError


Item = RawDoc | InputProblem
T = TypeVar("T")

# A wiki page's source saved as a file (".wiki", ".mediawiki") is text; the cleaner reads
# the article out of it (warta.ingest.wikitext), as it reads a word processor's document
# saved as flat XML (".fodt", warta.ingest.flat_odf).
TEXT_SUFFIXES = {".txt", ".text", ".md", ".txt.gz", ".wiki", ".wikitext", ".mediawiki", ".fodt"}
# A browser's single-file save (".mhtml", ".mht") holds an HTML page in MIME parts; the
# cleaner reads the page out of it (warta.ingest.mhtml).
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".mhtml", ".mht"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonl.gz"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rss.gz", ".xml.gz"}
# A reference manager's export (Zotero, EndNote): one item per record (warta.ingest.ris).
RIS_SUFFIXES = {".ris", ".ris.gz"}
# Enough of a text file to tell a RIS export by its first line.
RIS_SNIFF_BYTES = 256
KNOWN_SUFFIXES = (
    TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES | RIS_SUFFIXES
)
# A media-monitoring export: one mention (article) per row (warta.ingest.mention_export).
# Read when named; a folder's CSV files (data tables, mostly) only when their header row
# is an export's (:func:`is_mention_export_file`).
CSV_SUFFIXES = {".csv", ".csv.gz"}
# Enough of a CSV file to hold its header row.
CSV_HEADER_BYTES = 1 << 14
#: What the messages say warta reads.
FORMATS_READ = (
    ".txt, .html, .jsonl, .warc and saved RSS/Atom feed (.xml, .rss, .atom) files "
    "(also gzip-compressed: .txt.gz, .jsonl.gz, .warc.gz, .rss.gz; a browser's "
    "single-file page save, .mhtml; a media-monitoring export, .csv; and a reference "
    "manager's export, .ris; a wiki page's source, .wiki; a word processor's flat XML "
    "document, .fodt)"
)

_SURROGATE = re.compile("[\ud800-\udfff]")
_DOUBLE_SUFFIXES = tuple(s for s in KNOWN_SUFFIXES | CSV_SUFFIXES if s.count(".") == 2)
# Response status codes read as documents; redirects and errors carry no article.
_OK_STATUS = ("200", "203")


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    for double in _DOUBLE_SUFFIXES:
        if name.endswith(double):
            return double
    return path.suffix.lower()


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def read_document(
    data: bytes,
    where: str,
    provenance: Provenance,
    *,
    fmt: str,
    declared: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> RawDoc:
    """One text or HTML document from its bytes (``fmt`` is "text", "html" or "auto").

    ``declared`` is the charset a container names (a WARC record's ``Content-Type``);
    HTML is also searched for a ``<meta charset>``.
    """
    if fmt != "text" and declared is None:
        declared = declared_charset(data[:4096])
    decoded = decode_bytes(data, where, declared=declared, max_bytes=max_bytes)
    if fmt == "auto":
        fmt = "html" if _looks_like_html(decoded.text) else "text"
    return RawDoc(
        provenance=provenance,
        content=decoded.text,
        format="html" if fmt == "html" else "text",
        url=provenance.url,
        encoding=decoded.encoding,
        encoding_repairs=decoded.repairs,
    )


def read_jsonl(
    handle: Iterable[bytes],
    path: str,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    compressed: bool = False,
) -> Iterator[Item]:
    """Objects with ``text`` or ``html``, optional ``url``, ``title``, ``published``.

    Lines are read with a bound: a line over ``max_bytes`` is reported and skipped, or,
    in a ``compressed`` stream (where skipping it means decompressing all of it),
    reported and reading stops.
    """
    for number, raw, oversized in bounded_lines(handle, max_bytes, skip_oversized=not compressed):
        where = f"{path}:{number}"
        if oversized:
            yield InputProblem(where, _oversized_line(path, number, max_bytes, compressed))
            continue
        if not raw.strip():
            continue
        try:
            text = decode_bytes(raw, where, max_bytes=max_bytes)
            obj = _parse_json_object(text.text, where)
            yield _doc_from_object(obj, path, number, where, text.encoding, text.repairs)
        except InputError as exc:
            yield InputProblem(where, exc)


def _oversized_line(path: str, number: int, limit: int, compressed: bool) -> UnreadableInputError:
    if compressed:
        return UnreadableInputError(
            f"{path}:{number}: the record expands to more than {mib(limit)}, the limit for "
            "one document, so decompression stopped there (a decompression bomb, or a "
            f"record too big to be an article); {_lines_before(number)} read, the rest of "
            "the file was not. If the file is genuine, split that record, or decompress "
            "the file and build again: an uncompressed file skips only the oversized line",
            detail={"path": path, "line": number, "limit": limit},
        )
    return UnreadableInputError(
        f"{path}:{number}: line is over {mib(limit)}, the limit for one document; it was "
        "skipped (the other lines are read); split the record",
        detail={"path": path, "line": number, "limit": limit},
    )


def _lines_before(number: int) -> str:
    if number <= 1:
        return "there was no line before it to be"
    return "line 1 was" if number == 2 else f"lines 1-{number - 1} were"


def _text(value: object) -> str | None:
    """A JSON string as text that encodes: a lone surrogate escape (``"\\ud800"``) is
    valid JSON but no character, and would fail every later ``encode``."""
    if not isinstance(value, str):
        return None
    if _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def _parse_json_object(raw: str, where: str) -> dict[str, Any]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
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


def _doc_from_object(
    obj: dict[str, Any],
    path: str,
    number: int,
    where: str,
    encoding: str = "utf-8",
    repairs: tuple[int, ...] = (),
) -> RawDoc:
    body = obj.get("html") or obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise MalformedInputError(
            f"{where}: no 'text' or 'html' string in the object (keys: "
            f"{', '.join(sorted(obj)) or 'none'}); add one of them",
            detail={"where": where},
        )
    url = _text(obj.get("url"))
    title = _text(obj.get("title"))
    published = obj.get("published")
    return RawDoc(
        provenance=Provenance(path, line=number, url=url),
        content=_text(body) or body,
        format="html" if obj.get("html") else "text",
        url=url,
        title=title,
        published=_text(str(published)) if published else None,
        encoding=encoding,
        encoding_repairs=repairs,
    )


def read_warc(path: Path, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """HTML responses (and resources) of a WARC file (gzip or not), via warcio.

    Each record's payload is read up to ``max_bytes``: an oversized record is reported
    and skipped, or, in a gzip file, reported and reading stops (skipping it would mean
    decompressing all of it). Records that hold no document (requests, metadata) are
    passed over; responses that are not articles (images, scripts, redirects, errors) are
    counted and reported in one line per file.
    """
    name = str(path)
    skipped: Counter[str] = Counter()
    try:
        yield from _warc_records(path, name, max_bytes, skipped)
    except HeaderTooLarge:
        yield InputProblem(
            name,
            UnreadableInputError(
                f"{name}: a WARC record's headers run past {mib(max_bytes)} (a broken "
                "archive or a decompression bomb); reading stopped there, the records "
                "before it were read; re-fetch or repair the archive for the rest",
                detail={"path": name, "limit": max_bytes},
            ),
        )
    except (_BrokenArchive, OSError) as exc:
        yield InputProblem(
            name,
            MalformedInputError(
                f"{name}: WARC archive is broken or truncated ({exc}); the records before "
                "the damage were read; re-fetch or repair the archive for the rest",
                detail={"path": name},
            ),
        )
    if skipped:
        yield InputProblem(name, _skipped_records(name, skipped))


def _warc_records(path: Path, name: str, max_bytes: int, skipped: Counter[str]) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    compressed = is_gzip(path)
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        # Bound warcio's header parsing (it reads header lines without a limit).
        budget = HeaderBudget(iterator.reader, max_bytes)
        iterator.reader.readline = budget
        records = iter(iterator)
        read = 0  # documents read so far, for the message when reading stops
        while (record := _warcio(next, records, None)) is not None:
            budget.reset()
            offset = iterator.offset  # the record's start, known before it is read
            kind = _warc_kind(record)
            if kind is None:
                continue
            if kind != "html":
                skipped[kind] += 1
                continue
            where = f"{name}@{offset}"
            data = _warcio(read_at_most, record.content_stream(), max_bytes)
            if len(data) > max_bytes:
                yield InputProblem(where, _oversized_record(where, max_bytes, compressed, read))
                if compressed:
                    return
                continue
            if _is_cut(record, data):
                raise _BrokenArchive(f"record at offset {offset} ends early")
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                yield read_document(
                    data,
                    where,
                    Provenance(name, offset=offset, url=url),
                    fmt=kind,
                    declared=declared_charset(_content_type(record)),
                    max_bytes=max_bytes,
                )
                read += 1
            except InputError as exc:
                yield InputProblem(where, exc)


class _BrokenArchive(Exception):
    """warcio failed on the archive's bytes (its own exceptions, or any other)."""


def _warcio(call: Callable[..., T], *args: Any) -> T:
    """``call(*args)`` into warcio, whose failures on damaged bytes become one exception.

    warcio raises its own exceptions, zlib and OS errors, and on some damage plain
    AttributeError or IndexError (a record without WARC-Target-URI): all mean a broken
    archive, never a bug in warta.
    """
    try:
        return call(*args)
    except HeaderTooLarge:
        raise
    except Exception as exc:
        raise _BrokenArchive(str(exc) or type(exc).__name__) from exc


def _content_type(record: Any) -> str:
    if record.rec_type == "response":
        return str(record.http_headers.get_header("Content-Type") or "")
    return str(record.rec_headers.get_header("Content-Type") or "")


def _warc_kind(record: Any) -> str | None:
    """ "html" or "text" for a record holding a document; a reason for one that is
    skipped; None for records that are never documents (requests, metadata, warcinfo)."""
    if record.rec_type == "response":
        if record.http_headers is None:
            return "no HTTP headers"
        status = record.http_headers.get_statuscode() or ""
        if status not in _OK_STATUS:
            return f"HTTP {status or 'status missing'}"
    elif record.rec_type == "revisit":
        return "revisit (a copy of an earlier response)"
    elif record.rec_type != "resource":
        return None
    ctype = _content_type(record).split(";")[0].strip().lower()
    if "html" in ctype:
        return "html"
    # text/plain is robots.txt, ads.txt and the like in a crawl far more often than news.
    return ctype or "no Content-Type"


def _oversized_record(where: str, limit: int, compressed: bool, read: int) -> UnreadableInputError:
    if compressed:
        before = {0: "no document came before it", 1: "the 1 document before it was read"}
        done = before.get(read, f"the {read} documents before it were read")
        return UnreadableInputError(
            f"{where}: the record expands to more than {mib(limit)}, the limit for one "
            "document, so decompression stopped there (a decompression bomb, or a page "
            f"too big to be an article); {done}, the rest of the archive was not. If the "
            "archive is genuine, decompress it (gunzip) and build again: an uncompressed "
            "archive skips only the oversized record",
            detail={"where": where, "limit": limit},
        )
    return UnreadableInputError(
        f"{where}: the record is over {mib(limit)}, the limit for one document; it was "
        "skipped (the other records are read)",
        detail={"where": where, "limit": limit},
    )


def _skipped_records(name: str, skipped: Counter[str]) -> UnsupportedMediaTypeError:
    total = sum(skipped.values())
    kinds = ", ".join(f"{kind} ×{n}" for kind, n in skipped.most_common(8))
    more = ", ..." if len(skipped) > 8 else ""
    return UnsupportedMediaTypeError(
        f"{name}: {total} WARC response record{'s' if total != 1 else ''} skipped, "
        f"not an article ({kinds}{more}); warta reads HTML responses with status 200",
        detail={"path": name, "skipped": dict(skipped)},
    )


def _is_cut(record: Any, data: bytes) -> bool:
    """True when a WARC record holds fewer bytes than its Content-Length promises.

    warcio reads a truncated gzip member without complaint; this is how a cut archive
    shows.
    """
    declared = record.rec_headers.get_header("Content-Length")
    headers_len = getattr(record.http_headers, "total_len", 0) or 0
    if record.http_headers is not None:
        encoded = record.http_headers.get_header("Content-Encoding") or ""
        chunked = record.http_headers.get_header("Transfer-Encoding") or ""
        if encoded or chunked:  # the payload was decoded: its length says nothing
            return False
    return bool(declared and declared.isdigit() and headers_len + len(data) < int(declared))


def read_path(
    path: Path, given: str | None = None, *, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[Item]:
    """Every document in one file, chosen by its extension (sniffed when unknown)."""
    name = given or str(path)
    suffix = suffix_of(path)
    try:
        if suffix in WARC_SUFFIXES:
            yield from read_warc(path, max_bytes=max_bytes)
            return
        if suffix in JSONL_SUFFIXES:
            compressed = is_gzip(path)
            with open_maybe_gzip(path) as handle:
                yield from read_jsonl(handle, name, max_bytes=max_bytes, compressed=compressed)
            return
        if is_gzip(path):
            data = _read_gzip_document(path, name, max_bytes)
        else:
            data = _read_plain_document(path, name, max_bytes)
        if suffix in FEED_SUFFIXES:
            yield from read_feed(data, name, max_bytes=max_bytes)
            return
        if suffix in CSV_SUFFIXES:
            yield from read_csv_export(data, name, max_bytes=max_bytes)
            return
        if suffix in RIS_SUFFIXES or (suffix in TEXT_SUFFIXES and _opens_like_ris(data)):
            # a RIS export saved as text is still one item per record
            yield from read_ris_export(data, name, max_bytes=max_bytes)
            return
        if suffix not in HTML_SUFFIXES and data.lstrip()[:1] == b"{":
            cards = _board_cards(data, name, max_bytes=max_bytes)
            if cards is not None:
                yield from cards
                return
        if suffix in HTML_SUFFIXES:
            fmt = "html"
        elif suffix in TEXT_SUFFIXES:
            fmt = "text"
        else:
            if is_binary(data):
                raise UnreadableInputError(
                    f"{name}: unknown file type '{suffix or path.name}' and binary "
                    f"content; warta reads {FORMATS_READ}",
                    detail={"path": name},
                )
            fmt = "auto"
        yield read_document(data, name, Provenance(name), fmt=fmt, max_bytes=max_bytes)
    except InputError as exc:
        yield InputProblem(name, exc)
    except (gzip.BadGzipFile, zlib.error, EOFError) as exc:
        yield InputProblem(
            name,
            MalformedInputError(
                f"{name}: gzip data is broken or truncated ({exc}); re-fetch or "
                "re-compress the file",
                detail={"path": name},
            ),
        )
    except OSError as exc:
        yield InputProblem(
            name,
            UnreadableInputError(
                f"{name}: cannot be read ({exc.strerror or exc}); check the path and permissions",
                detail={"path": name},
            ),
        )


def read_feed(data: bytes, path: str, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """Every item of a saved RSS or Atom feed file as a document (``path:N`` for item N);
    an extractor's XML output saved as ``.xml`` as the one document it is.

    An item's headline, date and link are the document's hints; its text is the item's
    full content, or its description. A headline-only item is reported, not stored.
    """
    decoded = decode_bytes(data, path, declared=declared_charset(data[:4096]), max_bytes=max_bytes)
    if looks_like_extractor_xml(decoded.text) or looks_like_issue_export(decoded.text):
        # An extractor's XML output (trafilatura's <doc>) holds one article, and so does an
        # issue tracker's export of a ticket (an RSS item whose dates are the ticket's):
        # the cleaner reads them (warta.ingest.extractor_xml, warta.ingest.issue_export),
        # as it reads the other saved exports.
        yield read_document(data, path, Provenance(path), fmt="text", max_bytes=max_bytes)
        return
    if not looks_like_feed(decoded.text):
        raise MalformedInputError(
            f"{path}: not an RSS or Atom feed ({_xml_root(decoded.text)}); warta reads a "
            "saved feed's items from .xml/.rss/.atom files. For a sitemap, add its URL with "
            "`warta sources add URL --kind sitemap` and run `warta crawl`",
            detail={"path": path},
        )
    items = read_feed_items(decoded.text)
    if not items:
        raise MalformedInputError(
            f"{path}: the feed has no items; check that the file was saved whole",
            detail={"path": path},
        )
    for number, item in enumerate(items, start=1):
        where = f"{path}:{number}"
        if item is None:
            yield InputProblem(
                where,
                MalformedInputError(
                    f"{where}: the feed item has a headline but no text; to fetch the "
                    "articles a feed links to, add the feed's URL with `warta sources add "
                    "URL --kind feed` and run `warta crawl`",
                    detail={"where": where},
                ),
            )
            continue
        yield _numbered_doc(path, number, item, decoded)


def _numbered_doc(path: str, number: int, story: ExportedStory, decoded: Decoded) -> RawDoc:
    """The document of the ``number``-th story of the file ``path`` (``path:N``), its
    headline, date and address as hints."""
    return RawDoc(
        provenance=Provenance(path, line=number, url=story.url),
        content=story.text,
        format="text",
        url=story.url,
        title=story.title,
        published=story.published,
        encoding=decoded.encoding,
        encoding_repairs=decoded.repairs,
    )


def is_mention_export_file(path: Path) -> bool:
    """Whether the CSV file at ``path`` (gzip or not) opens with a monitoring export's
    header row; an unreadable file is left to the reader to report."""
    try:
        with open_maybe_gzip(path) as handle:
            head = read_at_most(handle, CSV_HEADER_BYTES)
    except (OSError, EOFError, zlib.error):
        return True
    return looks_like_mention_export(head.decode("utf-8", errors="replace"))


def read_csv_export(
    data: bytes, path: str, *, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[Item]:
    """Every mention of a media-monitoring export (a CSV file) as a document (``path:N``
    for the Nth row): its text, with the row's headline, date and address as hints."""
    decoded = decode_bytes(data, path, max_bytes=max_bytes)
    mentions = read_mention_export(decoded.text)
    if mentions is None:
        raise mention_export_error(path, decoded.text)
    for number, mention in enumerate(mentions, start=1):
        yield _numbered_doc(path, number, mention, decoded)


def read_ris_export(
    data: bytes, path: str, *, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[Item]:
    """Every record of a reference manager's RIS export (a ``.ris`` file) that holds an
    article, as a document (``path:N`` for the Nth record): the text of its note, with
    the record's headline, date and address as hints. A record holding no article's text
    (a reference with an abstract only) is reported, not stored."""
    decoded = decode_bytes(data, path, max_bytes=max_bytes)
    records = read_ris(decoded.text, path)
    if records is None:
        raise MalformedInputError(
            f"{path}: not a RIS export (its first line is no 'TY  - ' type line); warta "
            "reads a reference manager's .ris export of news items",
            detail={"path": path},
        )
    if not any(records):
        raise ris_error(path)
    for number, record in enumerate(records, start=1):
        where = f"{path}:{number}"
        if record is None:
            yield InputProblem(
                where,
                MalformedInputError(
                    f"{where}: the record holds no article text (only its fields, abstract "
                    "or keywords); save the article's text in a note of the record (N1)",
                    detail={"where": where},
                ),
            )
            continue
        yield _numbered_doc(path, number, record, decoded)


def _board_cards(data: bytes, path: str, *, max_bytes: int) -> list[Item] | None:
    """Every card of a board's JSON export that holds an article, as a document
    (``path:N`` for the Nth card), its headline and source as hints; a card with no
    article is reported. ``None`` for a file that is no export of several cards (one
    card is a document the cleaner reads as its article, as any saved export)."""
    decoded = decode_bytes(data, path, max_bytes=max_bytes)
    stories = read_card_export(decoded.text, path)
    if stories is None or len(stories) < 2:
        return None
    items: list[Item] = []
    for number, story in enumerate(stories, start=1):
        where = f"{path}:{number}"
        if story is None:
            problem = MalformedInputError(
                f"{where}: the card's description holds no article (empty, or the team's "
                "fields only); paste the article's text into it and export the board again",
                detail={"where": where},
            )
            items.append(InputProblem(where, problem))
            continue
        items.append(_numbered_doc(path, number, story, decoded))
    return items


def _opens_like_ris(data: bytes) -> bool:
    """Whether a file's first bytes open a RIS export's record ("TY  - NEWS")."""
    return looks_like_ris(data[:RIS_SNIFF_BYTES].decode("utf-8", errors="replace"))


def _xml_root(text: str) -> str:
    """What the document's root element is, for the message."""
    m = re.search(r"<([A-Za-z][\w:.-]*)", re.sub(r"<[?!][^>]*>", "", text[:4096]))
    return f"its root element is <{m.group(1)}>" if m else "no XML root element found"


def _read_plain_document(path: Path, name: str, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        # Checked before reading so a 200 MB file is never loaded into memory.
        raise UnreadableInputError(
            f"{name}: file is {mib(size)}, more than the {mib(max_bytes)} allowed for "
            "one document; split it or convert it to JSONL (one article per line)",
            detail={"path": name, "bytes": size, "limit": max_bytes},
        )
    with path.open("rb") as handle:
        return read_at_most(handle, max_bytes)  # the file may have grown since


def _read_gzip_document(path: Path, name: str, max_bytes: int) -> bytes:
    """A gzip-compressed document, decompressed as a stream and stopped at the limit."""
    with gzip.open(path, "rb") as handle:
        data = read_at_most(handle, max_bytes)
    if len(data) > max_bytes:
        raise UnreadableInputError(
            f"{name}: expands to more than {mib(max_bytes)}, the limit for one document, "
            "so decompression stopped there (a decompression bomb, or a file too big to "
            "be one article); nothing of it was read. If it holds many articles, convert "
            "it to JSONL (one article per line) or split it",
            detail={"path": name, "limit": max_bytes},
        )
    return data
