"""Readers: every format, and a clear problem (never a crash) for every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.ingest import expand_inputs, iter_documents, read_stdin
from warta.ingest.readers import InputProblem, read_jsonl
from warta.records import RawDoc

PAGE = "Judul Berita\n\nIsi berita yang cukup panjang untuk menjadi satu paragraf utuh di sini.\n"


def _items(*inputs: str) -> tuple[list[RawDoc], list[InputProblem]]:
    items = list(iter_documents(list(inputs)))
    return ([i for i in items if isinstance(i, RawDoc)],
            [i for i in items if isinstance(i, InputProblem)])


def test_text_html_jsonl_from_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{PAGE}</p></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": PAGE, "url": "https://x.id/a"}) + "\n")
    (tmp_path / ".hidden.txt").write_text(PAGE)
    (tmp_path / "notes.csv").write_text("a,b\n")
    docs, problems = _items(str(tmp_path))
    assert problems == []
    assert [(Path(d.source).name, d.format) for d in docs] == [
        ("a.txt", "text"), ("b.html", "html"), ("c.jsonl", "text")]
    assert docs[2].url == "https://x.id/a" and docs[2].provenance.line == 1


def test_glob_and_missing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE)
    docs, problems = _items(str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"),
                            str(tmp_path / "*.none"))
    assert len(docs) == 1
    assert [p.error.code for p in problems] == ["input-not-found", "input-not-found"]
    assert "nope.txt" in problems[0].error.message


def test_binary_empty_and_latin1(tmp_path: Path) -> None:
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    latin = "Café di Jakarta buka hingga malam hari ini.".encode("cp1252")
    (tmp_path / "latin.txt").write_bytes(latin)
    docs, problems = _items(str(tmp_path))
    codes = {Path(p.where).name: p.error.code for p in problems}
    assert codes == {"img.txt": "unreadable-input", "empty.txt": "empty-input",
                     "blank.txt": "empty-input"}
    assert "binary" in next(p for p in problems if "img" in p.where).error.message
    assert docs[0].content.startswith("Café") and docs[0].encoding != "utf-8"


def test_huge_file_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    _, problems = _items(str(big))
    assert problems[0].error.code == "unreadable-input"
    assert "200 MiB" in problems[0].error.message and "split" in problems[0].error.message


def test_malformed_jsonl_lines_are_named_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": PAGE}),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"title": "no body"}),
        json.dumps({"html": "<p>x</p>", "published": "2024-01-02"}),
    ]) + "\n")
    docs, problems = _items(str(path))
    assert [d.provenance.line for d in docs] == [1, 5]
    assert docs[1].format == "html" and docs[1].published == "2024-01-02"
    assert [(p.where.rsplit(":", 1)[1], p.error.code) for p in problems] == [
        ("2", "malformed-input"), ("3", "malformed-input"), ("4", "malformed-input")]


def _warc(records: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    return buf.getvalue()


# warcio's record writer (used here only to make test archives) leaves temporary files
# for the garbage collector.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_warc_records_and_truncated_archive(tmp_path: Path) -> None:
    html = f"<html><body><article><p>{PAGE * 3}</p></article></body></html>"
    data = _warc([("https://a.id/1", html), ("https://a.id/2", html)])
    (tmp_path / "ok.warc.gz").write_bytes(data)
    docs, problems = _items(str(tmp_path / "ok.warc.gz"))
    assert problems == []
    assert [d.url for d in docs] == ["https://a.id/1", "https://a.id/2"]
    assert docs[1].provenance.offset and docs[1].provenance.offset > 0
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 40])
    docs, problems = _items(str(tmp_path / "cut.warc.gz"))
    assert len(docs) == 1
    assert problems[0].error.code == "malformed-input" and "truncated" in problems[0].error.message


def test_stdin_text_and_jsonl() -> None:
    docs = list(read_stdin(io.BytesIO(PAGE.encode())))
    assert isinstance(docs[0], RawDoc) and docs[0].source == "-"
    feed = (json.dumps({"text": PAGE}) + "\n" + json.dumps({"text": PAGE}) + "\n").encode()
    assert len([d for d in read_stdin(io.BytesIO(feed)) if isinstance(d, RawDoc)]) == 2


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": PAGE}) + "\n")
    paths, _ = expand_inputs([str(path)])
    docs, problems = _items(str(path))
    assert len(paths) == 1 and len(docs) == 1 and problems == []


@given(st.binary(max_size=400))
def test_jsonl_reader_never_raises(data: bytes) -> None:
    for item in read_jsonl(io.BytesIO(data), "x.jsonl"):
        assert isinstance(item, (RawDoc, InputProblem))


_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Warta Pesisir - Daerah</title>
<item><title>Jembatan Gantung di Hulu Sungai Diresmikan</title>
<link>https://pesisir.example/daerah/2026/11/30/jembatan</link>
<pubDate>Mon, 30 Nov 2026 21:15:00 +0700</pubDate>
<content:encoded><![CDATA[<p>Bupati meresmikan jembatan gantung sepanjang 120 meter.</p>
<p>Warga kini tak perlu menyeberang dengan perahu.</p>]]></content:encoded></item>
<item><title>Harga Cabai Turun</title><link>https://pesisir.example/ekonomi/cabai</link>
<pubDate>Tue, 01 Dec 2026 07:00:00 +0700</pubDate></item>
<item><title>Nelayan Kembali Melaut</title><link>https://pesisir.example/daerah/melaut</link>
<description>&lt;p&gt;Cuaca membaik sejak Selasa pagi, dan nelayan kembali melaut.&lt;/p&gt;</description>
</item></channel></rss>"""


def test_a_saved_feed_gives_one_document_per_item(tmp_path: Path) -> None:
    (tmp_path / "daerah.xml").write_text(_FEED, encoding="utf-8")
    docs, problems = _items(str(tmp_path / "daerah.xml"))
    assert [(d.provenance.line, d.title, d.published, d.url) for d in docs] == [
        (1, "Jembatan Gantung di Hulu Sungai Diresmikan", "2026-11-30",
         "https://pesisir.example/daerah/2026/11/30/jembatan"),
        (3, "Nelayan Kembali Melaut", None, "https://pesisir.example/daerah/melaut"),
    ]
    assert docs[0].content == (
        "Bupati meresmikan jembatan gantung sepanjang 120 meter.\n\n"
        "Warga kini tak perlu menyeberang dengan perahu.")
    # The headline-only item is reported under its number, and the others still read.
    assert [p.where for p in problems] == [f"{tmp_path / 'daerah.xml'}:2"]
    assert "headline but no text" in str(problems[0].error)


def test_a_feed_file_is_found_in_a_folder_and_gzip(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "kanal.rss.gz", "wt", encoding="utf-8") as handle:
        handle.write(_FEED)
    (tmp_path / "kanal.atom").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        "<entry><title>Satu</title><link href='https://a.example/1'/>"
        "<published>2026-12-02T08:00:00+07:00</published>"
        "<content type='html'>&lt;p&gt;Isi berita pertama.&lt;/p&gt;</content></entry>"
        "</feed>", encoding="utf-8")
    docs, _problems = _items(str(tmp_path))
    assert sorted((Path(d.source).name, d.title) for d in docs) == [
        ("kanal.atom", "Satu"),
        ("kanal.rss.gz", "Jembatan Gantung di Hulu Sungai Diresmikan"),
        ("kanal.rss.gz", "Nelayan Kembali Melaut"),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
         "<url><loc>https://a.example/1</loc></url></urlset>", "<urlset>"),
        ("<?xml version='1.0'?><catatan>bukan umpan</catatan>", "<catatan>"),
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>Kosong</title>'
         "</channel></rss>", "has no items"),
    ],
)
def test_an_xml_file_that_is_no_feed_gets_a_clear_problem(
    tmp_path: Path, content: str, expected: str
) -> None:
    (tmp_path / "umpan.xml").write_text(content, encoding="utf-8")
    docs, problems = _items(str(tmp_path / "umpan.xml"))
    assert docs == [] and len(problems) == 1
    message = str(problems[0].error)
    assert "umpan.xml" in message and expected in message
