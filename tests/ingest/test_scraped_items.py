"""A scraper's JSON export (Scrapy's feed: a list of items) saved as a page: read as the
article its one item holds, its text a list of paragraphs. Invented items only."""

from __future__ import annotations

import json

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.records import Provenance, RawDoc

_URL = "https://warta-pesisir.example/berita/nelayan-tanjung-karang-panen-rajungan"


def _item(**fields: object) -> dict[str, object]:
    item: dict[str, object] = {
        "url": _URL,
        "sumber": "warta-pesisir.example",
        "judul": "Nelayan Tanjung Karang Panen Rajungan Usai Cuaca Membaik",
        "penulis": "Dewi Lestari",
        "tanggal_terbit": None,
        "tag": ["nelayan", "rajungan"],
        "keterangan_gambar": "Nelayan memilah rajungan di dermaga. (Foto: Dewi)",
        "paragraf": [
            "Selasa, 14 Juli 2026 | 09:15 WIB",
            "Warta-Pesisir.example, Tanjung Karang - Nelayan di Tanjung Karang kembali "
            "memanen rajungan dalam jumlah besar, Selasa (14/7/2026), setelah cuaca di "
            "perairan setempat membaik sejak akhir pekan.",
            "Seorang nelayan mengatakan tangkapannya naik dua kali lipat dibanding pekan "
            "lalu, ketika gelombang tinggi membuat perahu kecil tidak berani melaut.",
            "Pengepul di dermaga membeli rajungan dengan harga yang lebih rendah karena "
            "pasokan melimpah, namun nelayan tetap bersyukur bisa kembali bekerja.",
        ],
        "diambil_pada": "2026-07-15T06:02:44+07:00",
        "spider": "pesisir_artikel",
    }
    item.update(fields)
    return item


def _page(content: str) -> RawDoc:
    return RawDoc(provenance=Provenance(path="item.txt"), content=content)


def test_the_one_item_is_read_as_its_article() -> None:
    article = clean_document(_page(json.dumps([_item()], ensure_ascii=False, indent=2)))
    assert article.title == "Nelayan Tanjung Karang Panen Rajungan Usai Cuaca Membaik"
    assert article.url == _URL
    assert "Nelayan di Tanjung Karang kembali" in article.text.splitlines()[0]
    assert "pesisir_artikel" not in article.text and "Dewi Lestari" not in article.text
    # the stated line dates it; the crawl's time never does
    assert article.published is not None and article.published.iso == "2026-07-14"


def test_a_feed_cut_short_is_a_clear_error() -> None:
    whole = json.dumps([_item(), _item(url=_URL + "-2")], ensure_ascii=False, indent=2)
    with pytest.raises(MalformedInputError, match=r"not valid JSON.*closing"):
        clean_document(_page(whole[: len(whole) // 2]))


def test_several_articles_as_one_page_is_a_clear_error() -> None:
    items = [_item(), _item(url=_URL + "-2", judul="Harga Rajungan Turun di Dermaga")]
    with pytest.raises(MalformedInputError, match="2 articles"):
        clean_document(_page(json.dumps(items)))
