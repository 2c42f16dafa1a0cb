"""Rotating WARC files of everything the crawler received (warcio).

Two streams per archive folder, so that ``warta build DIR/pages-*.warc.gz`` reads
articles only:

* ``pages-<time>-<n>.warc.gz``: the 200 HTML answers of article URLs; each stored
  article's provenance is ``<file>@<offset>`` of its record here;
* ``other-<time>-<n>.warc.gz``: every other response (robots.txt, feeds, sitemaps,
  redirects, errors, 304s, refused content types).

Each response record is preceded by its request record (``WARC-Concurrent-To``). Bodies
are stored decoded (gzip and br removed as they streamed in), so the records' HTTP headers
lose ``Content-Encoding`` / ``Transfer-Encoding`` and get the decoded ``Content-Length``;
the original encoding is kept as ``X-Warta-Original-Content-Encoding``. A file is closed
and a new one started past ``max_bytes``; every record is flushed when written, so a
killed crawl leaves whole records behind.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal

from warta.crawl.fetch import Exchange

Stream = Literal["pages", "other"]
_DROPPED = {"content-encoding", "transfer-encoding", "content-length"}
_counter = itertools.count()


@dataclass(frozen=True, slots=True)
class WarcRef:
    """Where a response record was written."""

    path: str
    offset: int
    record_id: str


class WarcArchive:
    """Writes :class:`Exchange`s into rotating gzip WARC files under ``folder``."""

    def __init__(self, folder: str | Path, *, max_bytes: int = 100 * 1024 * 1024) -> None:
        self.folder = Path(folder).absolute()
        self.max_bytes = max_bytes
        self._open: dict[str, tuple[IO[bytes], Any, Path]] = {}
        #: Files written by this instance, per stream, in order.
        self.files: dict[str, list[Path]] = {"pages": [], "other": []}

    def write(self, exchange: Exchange, stream: Stream = "other") -> WarcRef:
        from warcio.statusandheaders import StatusAndHeaders

        handle, writer, path = self._writer(stream)
        headers = [(k, v) for k, v in exchange.headers if k.lower() not in _DROPPED]
        encoding = exchange.header("content-encoding")
        if encoding:
            headers.append(("X-Warta-Original-Content-Encoding", encoding))
        headers.append(("Content-Length", str(len(exchange.body))))
        http = StatusAndHeaders(
            f"{exchange.status} {exchange.reason}".strip(), headers, protocol="HTTP/1.1"
        )
        warc_date = exchange.date.replace("+00:00", "Z")
        response = writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=len(exchange.body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": warc_date},
        )
        record_id = str(response.rec_headers.get_header("WARC-Record-ID"))
        path_part = exchange.url.split("://", 1)[-1].split("/", 1)
        target = "/" + (path_part[1] if len(path_part) > 1 else "")
        request = writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                f"GET {target} HTTP/1.1", list(exchange.request_headers), is_http_request=True
            ),
            warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": record_id},
        )
        offset = handle.tell()
        writer.write_record(response)
        writer.write_record(request)
        handle.flush()
        if handle.tell() >= self.max_bytes:
            self._close(stream)
        return WarcRef(str(path), offset, record_id)

    def _writer(self, stream: str) -> tuple[IO[bytes], Any, Path]:
        if stream not in self._open:
            from warcio.warcwriter import WARCWriter

            self.folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
            while True:
                path = self.folder / f"{stream}-{stamp}-{next(_counter):05d}.warc.gz"
                if not path.exists():
                    break
            handle = path.open("xb")
            writer = WARCWriter(handle, gzip=True)
            writer.write_record(
                writer.create_warcinfo_record(
                    path.name, {"software": "warta crawl", "format": "WARC File Format 1.1"}
                )
            )
            handle.flush()
            self._open[stream] = (handle, writer, path)
            self.files[stream].append(path)
        return self._open[stream]

    def _close(self, stream: str) -> None:
        handle, _writer, _path = self._open.pop(stream)
        handle.close()

    def rotate(self, stream: Stream) -> None:
        """Close ``stream``'s current file; its next record starts a new one."""
        if stream in self._open:
            self._close(stream)

    def close(self) -> None:
        for stream in list(self._open):
            self._close(stream)

    def __enter__(self) -> WarcArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
