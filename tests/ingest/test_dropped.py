"""Every input that is not read gets a line saying which and why (issue 19, item 8).

Symbolic-link loops, a WARC record without article text, responses that are not
articles and an empty input folder used to vanish without a word.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.ingest import expand_inputs, iter_documents
from warta.ingest.readers import InputProblem
from warta.pipeline.local import build, process_documents
from warta.pipeline.stages import article_stages
from warta.records import RawDoc

PAGE = "Judul Berita\n\nIsi berita yang cukup panjang untuk menjadi satu paragraf utuh di sini.\n"


def _problems(*inputs: str) -> tuple[list[RawDoc], dict[str, str]]:
    items = list(iter_documents(list(inputs)))
    docs = [i for i in items if isinstance(i, RawDoc)]
    return docs, {Path(p.where).name: p.error.message for p in items if isinstance(p, InputProblem)}


def test_symlink_loops_and_dangling_links_are_reported(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(PAGE)
    (root / "sub" / "b.txt").write_text(PAGE)
    os.symlink("self", root / "self")  # a link to itself
    os.symlink("..", root / "sub" / "up")  # back to a folder above
    os.symlink("missing", root / "gone")  # points nowhere
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.txt").write_text(PAGE)
    os.symlink(elsewhere, root / "linked")  # a link to another folder is followed

    docs, problems = _problems(str(root), str(root / "self"))

    assert sorted(Path(d.source).name for d in docs) == ["a.txt", "b.txt", "c.txt"]
    assert set(problems) == {"self", "up", "gone"}
    assert "loops" in problems["self"] and "loops" in problems["up"]
    assert "does not exist" in problems["gone"] and "missing" in problems["gone"]
    named = [p for p in iter_documents([str(root / "self")]) if isinstance(p, InputProblem)]
    assert "loops" in named[0].error.message  # named directly: not "no such file"


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    others = tmp_path / "others"
    others.mkdir()
    (others / "notes.csv").write_text("a,b\n")
    (others / "scan.pdf").write_bytes(b"%PDF-1.4")
    _, problems = expand_inputs([str(empty), str(others)], parquet=False)
    messages = [p.error.message for p in problems]
    assert [p.error.code for p in problems] == ["input-not-found"] * 2
    assert "no documents found" in messages[0] and ".txt, .html, .jsonl" in messages[0]
    assert "1 .csv" in messages[1] and "1 .pdf" in messages[1]
    # A folder of Parquet files is read by the Dask engine: not a problem for its planner.
    (tmp_path / "pq").mkdir()
    (tmp_path / "pq" / "part-0.parquet").write_bytes(b"PAR1")
    assert expand_inputs([str(tmp_path / "pq")])[1] == []
    assert "--engine dask" in expand_inputs([str(tmp_path / "pq")], parquet=False)[1][0].error.message


def test_build_of_an_empty_folder_warns(tmp_path: Path) -> None:
    from warta.cli.main import app

    empty = tmp_path / "empty"
    empty.mkdir()
    report = build([str(empty)], tmp_path / "w.db", embeddings=False)
    assert [p.where for p in report.problems] == [str(empty)]
    assert "no documents found" in report.to_dict()["problems"][0]["message"]  # type: ignore[index]
    result = CliRunner().invoke(app, ["build", str(empty), "--db", str(tmp_path / "c.db")])
    # Nothing was read: the same exit as a glob that matches nothing.
    assert result.exit_code == 1 and "no documents found" in result.output


def _warc(records: list[tuple[str, str, str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, status, ctype, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body.encode()), http_headers=headers))
    return buf.getvalue()


# warcio's record writer (used here only to make test archives) leaves temporary files
# for the garbage collector.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_warc_records_without_article_text_are_reported(tmp_path: Path) -> None:
    article = f"<html><body><article><p>{PAGE * 3}</p></article></body></html>"
    chrome = "<html><body><nav><a href='/'>Beranda</a></nav><p>Baca juga</p></body></html>"
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([
        ("https://a.id/1", "200 OK", "text/html", article),
        ("https://a.id/menu", "200 OK", "text/html; charset=utf-8", chrome),
        ("https://a.id/logo.png", "200 OK", "image/png", "PNG"),
        ("https://a.id/old", "301 Moved Permanently", "text/html", "<a href='/new'>moved</a>"),
        ("https://a.id/robots.txt", "200 OK", "text/plain", "User-agent: *"),
    ]))
    items = list(iter_documents([str(path)]))
    docs = [i for i in items if isinstance(i, RawDoc)]
    [skipped] = [i for i in items if isinstance(i, InputProblem)]
    assert [d.url for d in docs] == ["https://a.id/1", "https://a.id/menu"]
    assert skipped.where == str(path) and skipped.error.code == "unsupported-media-type"
    message = skipped.error.message
    assert "3 WARC response records skipped" in message
    assert "image/png ×1" in message and "HTTP 301 ×1" in message and "text/plain ×1" in message

    stats: Counter[str] = Counter()
    articles, problems = process_documents(docs, article_stages(), stats=stats)
    assert [a.url for a in articles] == ["https://a.id/1"]
    [problem] = problems  # the menu page: named, not silently dropped
    assert problem.where == f"{path}@{docs[1].provenance.offset}"
    assert "no article text" in problem.error.message and "navigation" in problem.error.message
    assert stats["dropped.no-article-text"] == 1
