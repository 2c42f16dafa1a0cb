"""A database dump of an articles table saved as a page: read as the row's article, its
headline, date and address from the columns the table names. Invented dumps only."""

from __future__ import annotations

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest.sql_dump import read_sql_dump
from warta.records import Provenance, RawDoc

_URL = "https://suaralembah.example/daerah/jembatan-gantung-desa-hulu-diperbaiki/"
_BODY = (
    "SuaraLembah.example, Muara Hulu – Jembatan gantung yang menghubungkan dua dusun di "
    "Desa Hulu Baru kembali dapat dilintasi warga, Kamis (5/3/2026), setelah diperbaiki "
    "selama tiga pekan.\\n\\nJembatan itu putus ketika arus sungai meluap pada awal "
    "Februari dan membuat anak sekolah harus memutar sejauh delapan kilometer.\\n\\n"
    "Baca Juga: Warga Hulu Baru Gotong Royong Bersihkan Saluran Irigasi\\n\\n"
    "Kepala desa mengatakan perbaikan dibiayai dana desa dan swadaya warga yang "
    "menyumbang kayu serta tenaga. (sl)"
)


def _dump(rows: str, *, table: str = "artikel_pantauan") -> str:
    return (
        "-- MySQL dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)\n--\n"
        "-- Host: 127.0.0.1    Database: pantauan\n\n"
        "/*!40101 SET NAMES utf8mb4 */;\n\n"
        f"DROP TABLE IF EXISTS `{table}`;\n"
        f"CREATE TABLE `{table}` (\n"
        "  `id` int unsigned NOT NULL AUTO_INCREMENT,\n"
        "  `sumber` varchar(100) NOT NULL,\n"
        "  `judul` varchar(300) NOT NULL,\n"
        "  `url` varchar(500) NOT NULL,\n"
        "  `tgl_terbit` datetime DEFAULT NULL,\n"
        "  `keterangan_foto` text,\n"
        "  `isi` mediumtext,\n"
        "  `sentimen` varchar(10) DEFAULT NULL,\n"
        "  `diambil_pada` datetime NOT NULL,\n"
        "  PRIMARY KEY (`id`),\n"
        "  KEY `idx_tgl` (`tgl_terbit`)\n"
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n"
        f"LOCK TABLES `{table}` WRITE;\n"
        f"INSERT INTO `{table}` VALUES {rows};\n"
        "UNLOCK TABLES;\n"
    )


_ROW = (
    "(311,'SuaraLembah','Jembatan Gantung Desa Hulu Baru Kembali Dilintasi','" + _URL + "',"
    "'2026-03-05 09:12:00','Warga melintasi jembatan gantung yang baru diperbaiki. "
    "(Foto: Dok. Warga)','" + _BODY + "','positif','2026-03-06 06:40:11')"
)


def _page(content: str) -> RawDoc:
    return RawDoc(provenance=Provenance(path="artikel.txt"), content=content)


def test_the_row_gives_the_headline_date_and_address_never_the_desks_columns() -> None:
    rows = read_sql_dump(_dump(_ROW), "artikel.sql")
    assert rows is not None and len(rows) == 1
    row = rows[0]
    assert row.title == "Jembatan Gantung Desa Hulu Baru Kembali Dilintasi"
    assert row.published == "2026-03-05"  # tgl_terbit, never diambil_pada
    assert row.url == _URL
    assert row.text.startswith("SuaraLembah.example, Muara Hulu")
    assert "\n\nJembatan itu putus" in row.text  # the literal's \n read as line breaks
    assert "Foto: Dok. Warga" not in row.text  # the caption column is no part of it


def test_a_page_holding_the_dump_is_read_as_its_article() -> None:
    article = clean_document(_page(_dump(_ROW)))
    assert article.title == "Jembatan Gantung Desa Hulu Baru Kembali Dilintasi"
    assert article.url == _URL
    assert article.published is not None and article.published.iso == "2026-03-05"
    assert "INSERT INTO" not in article.text and "MySQL dump" not in article.text
    assert "Jembatan gantung yang menghubungkan dua dusun" in article.text
    assert "positif" not in article.text


def test_columns_listed_by_the_insert_and_quotes_doubled_are_read() -> None:
    dump = (
        "-- phpMyAdmin SQL Dump\n"
        "INSERT INTO news (title, link, published, content) VALUES "
        "('Pasar Apung Kembali Ramai', 'https://kabarsungai.example/pasar-apung', "
        "'2026-07-19', 'Pedagang di pasar apung berkata ''laris'' sejak pagi.');\n"
    )
    rows = read_sql_dump(dump, "news.sql")
    assert rows is not None
    assert [(r.title, r.published, r.url) for r in rows] == [
        ("Pasar Apung Kembali Ramai", "2026-07-19", "https://kabarsungai.example/pasar-apung")
    ]
    assert rows[0].text == "Pedagang di pasar apung berkata 'laris' sejak pagi."


def test_a_dump_cut_short_is_a_clear_error() -> None:
    cut = _dump(_ROW).split("Kepala desa", 1)[0]
    with pytest.raises(MalformedInputError, match="cut short"):
        clean_document(_page(cut))


def test_a_dump_of_several_articles_as_one_page_is_a_clear_error() -> None:
    second = _ROW.replace("(311,", "(312,")
    with pytest.raises(MalformedInputError, match="2 articles"):
        clean_document(_page(_dump(f"{_ROW},{second}")))


def test_a_dump_of_another_table_is_a_clear_error() -> None:
    dump = (
        "-- MySQL dump 10.13\n"
        "CREATE TABLE `pengguna` (\n  `id` int NOT NULL,\n  `nama` varchar(50),\n"
        "  `surel` varchar(80)\n);\n"
        "INSERT INTO `pengguna` VALUES (1,'Rahmat','rahmat@contoh.example');\n"
    )
    with pytest.raises(MalformedInputError, match=r"no article.*pengguna"):
        read_sql_dump(dump, "pengguna.sql")


def test_prose_is_no_dump() -> None:
    text = "Insert into the report: harga cabai naik, kata pedagang, pekan ini."
    assert read_sql_dump(text, "p.txt") is None
