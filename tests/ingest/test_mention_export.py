"""A media-monitoring export (CSV): one article per row, its headline, date and address from
the columns the header names; a clear problem for a CSV that is no such export."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from warta.ingest import iter_documents
from warta.ingest.mention_export import looks_like_mention_export, read_mention_export
from warta.ingest.readers import InputProblem
from warta.records import RawDoc

_HEADER = "No,Tanggal Terindeks,Tanggal Terbit,Judul,Sumber,URL,Sentimen,Isi,Catatan Analis\n"
_ROWS = (
    '1,2027-05-03 06:00,2027-05-02 08:15,"Angin Kencang, Nelayan Pesisir Utara Tak Melaut",'
    "kabarpesisir.example,https://kabarpesisir.example/2027/05/02/angin-kencang/,Negatif,"
    '"Perahu-perahu di pesisir utara tertambat sejak pagi karena angin kencang.\n\n'
    '""Ombaknya setinggi rumah,"" ucap seorang nelayan.","Pantau harga ikan."\n'
    "2,2027-05-04 06:00,03/05/2027 10:00,Petani Dataran Tinggi Menanam Jagung,"
    "warta-tani.example,https://warta-tani.example/menanam-jagung,Positif,"
    '"Hujan pertama turun, dan petani di dataran tinggi langsung menanam jagung.",\n'
    "3,2027-05-04 10:00,2027-05-04 09:00,Judul Tanpa Isi,kosong.example,,Netral,,\n"
)


def _items(path: Path) -> tuple[list[RawDoc], list[InputProblem]]:
    items = list(iter_documents([str(path)]))
    return (
        [i for i in items if isinstance(i, RawDoc)],
        [i for i in items if isinstance(i, InputProblem)],
    )


def test_each_row_is_one_article_with_its_hints(tmp_path: Path) -> None:
    (tmp_path / "pantauan.csv").write_text(_HEADER + _ROWS, encoding="utf-8")
    docs, problems = _items(tmp_path / "pantauan.csv")
    assert problems == []
    assert [(d.title, d.published, d.url) for d in docs] == [
        (
            "Angin Kencang, Nelayan Pesisir Utara Tak Melaut",
            "2027-05-02",
            "https://kabarpesisir.example/2027/05/02/angin-kencang/",
        ),
        (
            "Petani Dataran Tinggi Menanam Jagung",
            "2027-05-03",
            "https://warta-tani.example/menanam-jagung",
        ),
    ]
    assert docs[0].content.startswith("Perahu-perahu di pesisir utara")
    assert '"Ombaknya setinggi rumah," ucap seorang nelayan.' in docs[0].content
    assert "Pantau harga ikan" not in docs[0].content
    assert [d.provenance.line for d in docs] == [1, 2]


def test_a_semicolon_export_and_a_gzip_one_are_read(tmp_path: Path) -> None:
    text = "Judul;Isi;Tanggal Terbit\nBanjir Surut;Air mulai surut pagi ini.;2027-01-09\n"
    (tmp_path / "a.csv.gz").write_bytes(gzip.compress(text.encode("utf-8")))
    docs, problems = _items(tmp_path / "a.csv.gz")
    assert problems == []
    assert [(d.title, d.published, d.content) for d in docs] == [
        ("Banjir Surut", "2027-01-09", "Air mulai surut pagi ini.")
    ]


def test_a_csv_without_an_exports_columns_is_a_clear_problem(tmp_path: Path) -> None:
    (tmp_path / "anggaran.csv").write_text("tahun,pos,nilai\n2027,jalan,120\n", encoding="utf-8")
    docs, problems = _items(tmp_path / "anggaran.csv")
    assert docs == [] and len(problems) == 1
    message = str(problems[0].error)
    assert "anggaran.csv" in message and "tahun, pos, nilai" in message
    assert problems[0].error.code == "malformed-input"


def test_a_folder_reads_an_export_and_passes_over_other_tables(tmp_path: Path) -> None:
    (tmp_path / "pantauan.csv").write_text(_HEADER + _ROWS, encoding="utf-8")
    (tmp_path / "catatan.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    docs, problems = _items(tmp_path)
    assert problems == []
    assert {Path(d.source).name for d in docs} == {"pantauan.csv"}
    assert len(docs) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Harga cabai naik, kata pedagang, pekan ini.\nIsi berita.",
        "Judul,Penulis,Editor\nSatu,Dua,Tiga\n",  # no text column
        "Judul,Isi,Penulis\nSatu,Dua,Tiga\n",  # neither an address nor a date
    ],
)
def test_other_texts_are_no_export(text: str) -> None:
    assert not looks_like_mention_export(text)
    assert read_mention_export(text) is None
