"""A WARC record kept under another name (a crawler's record copied into "berita.html",
a JSONL line's text) read as the page its response holds: invented records, saved with LF
line ends (their lengths then count nothing) or framed as warcio writes them (CRLF, true
lengths), a warcinfo record before the response, the crawler's and the server's dates a
few days after the story's."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest.readers import read_path
from warta.ingest.warc_text import looks_like_warc, read_warc_text
from warta.records import Provenance, RawDoc

_URL = "https://www.kabupatenlestari.go.id/berita/posyandu-remaja-dibuka-di-12-desa"
_HEADLINE = "Posyandu Remaja Dibuka di 12 Desa, Pemkab Lestari Sasar Pencegahan Anemia"


def _page_html() -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        "<title>Kabar Daerah - Situs Resmi Kabupaten Lestari</title>"
        '<meta property="article:published_time" content="2025-12-08T09:30:00+07:00">'
        "</head><body>"
        '<header><p class="site">PEMERINTAH KABUPATEN LESTARI</p>'
        '<nav><a href="/">Depan</a> » <a href="/kabar">Kabar</a></nav></header>'
        f'<main><article><h1 class="entry-title">{_HEADLINE}</h1>'
        '<p class="meta">Senin, 08 Desember 2025 | 09:30 WIB | Oleh: Admin Kominfo</p>'
        "<p>Lestari – Pemerintah Kabupaten Lestari membuka posyandu remaja di 12 desa untuk "
        "memeriksa kadar hemoglobin pelajar dan membagikan tablet tambah darah.</p>"
        "<p>Sekretaris dinas kesehatan setempat mengatakan satu dari lima remaja putri yang "
        "diperiksa tahun lalu mengalami anemia.</p>"
        "<p>Posyandu remaja buka setiap Sabtu pagi di balai desa masing-masing.</p>"
        "</article></main><footer>Hak Cipta © 2025 Kabupaten Lestari</footer></body></html>"
    )


def _http(html: str) -> str:
    return (
        "HTTP/1.1 200 OK\n"
        "Date: Thu, 11 Dec 2025 02:10:00 GMT\n"
        "Server: nginx\n"
        "Last-Modified: Wed, 10 Dec 2025 01:00:00 GMT\n"
        "Content-Type: text/html; charset=UTF-8\n"
        "Content-Length: 99\n\n"
        f"{html}\n"
    )


def _saved_as_text(with_info: bool) -> str:
    """A record (after a warcinfo record) as a text editor keeps it: LF ends, wrong lengths."""
    info = (
        "WARC/1.0\nWARC-Type: warcinfo\nWARC-Date: 2025-12-11T02:10:00Z\n"
        "Content-Type: application/warc-fields\nContent-Length: 80\n\n"
        "software: Wget/1.21.4\nformat: WARC File Format 1.0\noperator: Arsip Daerah\n\n\n"
    )
    response = (
        "WARC/1.0\nWARC-Type: response\nWARC-Date: 2025-12-11T02:10:00Z\n"
        f"WARC-Target-URI: {_URL}\n"
        "Content-Type: application/http; msgtype=response\nContent-Length: 1234\n\n"
        f"{_http(_page_html())}\n\n"
    )
    return (info if with_info else "") + response


def _framed() -> str:
    """The same record framed as a crawler writes it: CRLF header lines, true lengths."""
    http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + _page_html()
    block = http.encode("utf-8")
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2025-12-11T02:10:00Z\r\n"
        f"WARC-Target-URI: {_URL}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head + http + "\r\n\r\n"


@pytest.mark.parametrize(
    "record",
    [_saved_as_text(with_info=True), _saved_as_text(with_info=False), _framed()],
    ids=["lf-with-warcinfo", "lf-response-only", "crlf-framed"],
)
@pytest.mark.parametrize("fmt", ["html", "text"])
def test_a_warc_record_is_read_as_its_page(record: str, fmt: str) -> None:
    art = clean_document(RawDoc(Provenance("berita.html"), record, format=fmt))
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.published is not None and art.published.iso == "2025-12-08"
    assert art.text.startswith("Pemerintah Kabupaten Lestari membuka posyandu remaja")
    assert "WARC" not in art.text and "HTTP/1.1" not in art.text


def test_a_warc_record_saved_as_an_html_file_is_read_through_the_ingest(tmp_path: Path) -> None:
    path = tmp_path / "posyandu-remaja.html"
    path.write_text(_saved_as_text(with_info=True), "utf-8")
    docs = list(read_path(path))
    assert len(docs) == 1 and isinstance(docs[0], RawDoc)
    art = clean_document(docs[0])
    assert art.title == _HEADLINE and art.url == _URL


@pytest.mark.parametrize("charset", ["ISO-8859-1", "windows-1252", "UTF-8"])
@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
def test_the_text_is_kept_whatever_charset_the_response_declared(charset: str, crlf: bool) -> None:
    # The saved record is text already decoded: a declared Latin charset must not turn
    # "Café" and the dash into mojibake.
    html = "<html><body><p>Kafé Ibu Sarmini – buka sejak pukul 06.00 WIB.</p></body></html>"
    http = f"HTTP/1.1 200 OK\nContent-Type: text/html; charset={charset}\n\n{html}\n"
    record = (
        "WARC/1.0\nWARC-Type: response\n"
        f"WARC-Target-URI: {_URL}\nContent-Type: application/http; msgtype=response\n"
        f"Content-Length: 7\n\n{http}\n\n"
    )
    if crlf:
        record = record.replace("\n", "\r\n")
    page = read_warc_text(record, "kafe.html")
    assert page is not None
    assert "Kafé Ibu Sarmini – buka" in page.html


def test_a_record_with_no_html_response_says_so() -> None:
    request = (
        "WARC/1.0\nWARC-Type: request\n"
        f"WARC-Target-URI: {_URL}\nContent-Type: application/http; msgtype=request\n"
        "Content-Length: 10\n\nGET /berita HTTP/1.1\nHost: kabupatenlestari.go.id\n\n"
    )
    with pytest.raises(MalformedInputError, match=r"berita\.html: a WARC record"):
        read_warc_text(request, "berita.html")


@pytest.mark.parametrize(
    "text",
    [
        "<html><body><p>WARC/1.0 adalah format arsip web.</p></body></html>",
        "WARC/1.0 adalah format arsip web yang dipakai perpustakaan nasional.",
        "WARC/1.1\n\nFormat arsip ini dibahas dalam lokakarya pustakawan.",
    ],
)
def test_a_page_about_the_format_is_no_record(text: str) -> None:
    assert not looks_like_warc(text)
    assert read_warc_text(text, "a.txt") is None
