"""Decompression bombs and oversized records: stopped at the limit, in bounded memory.

Issue 19, item 3: a 1.1 MB ``.jsonl.gz`` or ``.warc.gz`` expanding to 1.1 GiB was read
whole before the 20 MiB check (peak RSS 2.4 GB). The bombs here expand to 200 MB and
the limit is lowered to 1 MiB, so a reader that decompresses past the limit shows as a
``tracemalloc`` peak hundreds of times the limit.
"""

from __future__ import annotations

import io
import json
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from warta.ingest import iter_documents, read_stdin
from warta.ingest.readers import InputProblem
from warta.records import RawDoc

T = TypeVar("T")
LIMIT = 1 << 20  # 1 MiB
EXPANDED = 200 << 20  # what each bomb expands to
# Reading keeps at most a couple of copies of one document (the bytes, the decoded text)
# plus the decompressor's buffers.
PEAK_BOUND = 8 * LIMIT
# warcio inflates 16 KiB of compressed input at a time, which deflate's 1:1032 ratio at most
# turns into 16.1 MiB: a constant, whatever the limit or the bomb.
WARC_PEAK_BOUND = PEAK_BOUND + 17 * 2**20
PAGE = "Isi berita yang cukup panjang untuk menjadi satu paragraf utuh di sini, kata dia."


def _bomb(path: Path, prefix: bytes, suffix: bytes, size: int = EXPANDED) -> None:
    """A gzip file: ``prefix``, ``size`` zero bytes, ``suffix``, compressed as a stream."""
    zeros = b"0" * (1 << 20)
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)  # 31: gzip container
    with path.open("wb") as out:
        out.write(packer.compress(prefix))
        for _ in range(size >> 20):
            out.write(packer.compress(zeros))
        out.write(packer.compress(suffix))
        out.write(packer.flush())


def _peak(work: Callable[[], T]) -> tuple[T, int]:
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _split(items: list[RawDoc | InputProblem]) -> tuple[list[RawDoc], list[InputProblem]]:
    return ([i for i in items if isinstance(i, RawDoc)],
            [i for i in items if isinstance(i, InputProblem)])


def _line(n: int) -> bytes:
    return (json.dumps({"text": f"{PAGE} ({n})", "url": f"https://x.id/{n}"}) + "\n").encode()


def test_jsonl_gz_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "feed.jsonl.gz"
    _bomb(bomb, _line(1) + b'{"text": "', b'"}\n' + _line(3))
    assert bomb.stat().st_size < 2 << 20
    other = tmp_path / "other.txt"
    other.write_text(f"Judul\n\n{PAGE}\n", encoding="utf-8")

    items, peak = _peak(lambda: list(iter_documents([str(bomb), str(other)], max_bytes=LIMIT)))

    docs, problems = _split(items)
    assert peak < PEAK_BOUND, f"peak {peak / 2**20:.0f} MiB for a 1 MiB limit"
    # The complete document before the bomb is read, and so is the other input.
    assert [d.url for d in docs] == ["https://x.id/1", None]
    assert docs[1].source == str(other)
    [problem] = problems
    assert problem.where == f"{bomb}:2" and problem.error.code == "unreadable-input"
    message = problem.error.message
    assert str(bomb) in message and "1 MiB" in message and "decompression stopped" in message
    assert "line 1 was read" in message and "split that record" in message


# warcio's record writer (used here only to make test archives) leaves temporary files
# for the garbage collector.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_warc_gz_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    html = f"<html><body><article><p>{PAGE}</p><p>{PAGE}</p></article></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://x.id/1", "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    first = buf.getvalue()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
    tail = b"</p></body></html>"
    length = len(http) + EXPANDED + len(tail)
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.id/2\r\n"
              b"WARC-Record-ID: <urn:uuid:2>\r\nContent-Type: application/http; msgtype=response\r\n"
              b"Content-Length: " + str(length).encode() + b"\r\n\r\n" + http)
    path = tmp_path / "crawl.warc.gz"
    _bomb(path, record, tail + b"\r\n\r\n")
    path.write_bytes(first + path.read_bytes())

    items, peak = _peak(lambda: list(iter_documents([str(path)], max_bytes=LIMIT)))

    docs, problems = _split(items)
    assert peak < WARC_PEAK_BOUND, f"peak {peak / 2**20:.0f} MiB for a 1 MiB limit"
    assert [d.url for d in docs] == ["https://x.id/1"]
    [problem] = problems
    assert problem.where == f"{path}@{len(first)}" and problem.error.code == "unreadable-input"
    assert "1 MiB" in problem.error.message and "the 1 document before it was read" in problem.error.message


def test_warc_header_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "headers.warc.gz"
    _bomb(path, b"WARC/1.0\r\nWARC-Type: response\r\nX-Padding: ", b"\r\n\r\n")

    items, peak = _peak(lambda: list(iter_documents([str(path)], max_bytes=LIMIT)))

    assert peak < WARC_PEAK_BOUND
    [problem] = items
    assert isinstance(problem, InputProblem) and "headers run past 1 MiB" in problem.error.message


def test_gzip_text_bomb_is_refused_and_the_build_goes_on(tmp_path: Path) -> None:
    bomb = tmp_path / "a.txt.gz"
    _bomb(bomb, b"Judul\n\n", b"\n")
    other = tmp_path / "b.txt"
    other.write_text(f"Judul\n\n{PAGE}\n", encoding="utf-8")

    items, peak = _peak(lambda: list(iter_documents([str(tmp_path)], max_bytes=LIMIT)))

    docs, problems = _split(items)
    assert peak < PEAK_BOUND
    assert [Path(d.source).name for d in docs] == ["b.txt"]
    [problem] = problems
    assert problem.where == str(bomb)
    assert "expands to more than 1 MiB" in problem.error.message
    assert "JSONL" in problem.error.message  # what to do


def test_gzip_text_under_the_limit_is_read(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(f"<html><body><p>{PAGE}</p></body></html>".encode()))
    docs, problems = _split(list(iter_documents([str(path)])))
    assert problems == [] and docs[0].format == "html" and PAGE in docs[0].content


def test_oversized_plain_jsonl_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(_line(1) + b'{"text": "' + b"x" * (3 * LIMIT) + b'"}\n' + _line(3))

    items, peak = _peak(lambda: list(iter_documents([str(path)], max_bytes=LIMIT)))

    docs, problems = _split(items)
    assert peak < PEAK_BOUND
    assert [d.provenance.line for d in docs] == [1, 3]
    assert problems[0].where == f"{path}:2" and "skipped" in problems[0].error.message


def test_stdin_over_the_limit_is_refused_in_bounded_memory() -> None:
    stream = io.BufferedReader(io.BytesIO(b"Judul\n\n" + b"kata " * (LIMIT // 2)))
    [item] = read_stdin(stream, max_bytes=LIMIT)
    assert isinstance(item, InputProblem) and "more than 1 MiB" in item.error.message
    feed = io.BytesIO(_line(1) + _line(2))
    assert [type(i).__name__ for i in read_stdin(feed, max_bytes=LIMIT)] == ["RawDoc", "RawDoc"]
