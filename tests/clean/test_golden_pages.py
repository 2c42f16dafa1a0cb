"""Golden pages: one small page per reading shape of issue 16 (tests/clean/golden/), and
the labelled development pages of examples/pages, cleaned and checked against their labels.

Each golden case says what cleaning must give (``cases.json``): the title next to a
byline, caption, slogan, call to action or date line; the publication date and the start
of its evidence (stated, URL, crawler, inferred), or none; the body's first and last
words; the lines removed with their reason and the lines that must stay.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES

from warta.clean import clean_document, repeated_lines
from warta.records import Article, Provenance, RawDoc

GOLDEN = Path(__file__).parent / "golden"
CASES: dict[str, dict[str, Any]] = json.loads((GOLDEN / "cases.json").read_text("utf-8"))["cases"]
PAGES = EXAMPLES / "pages"


def _clean(name: str, text: str, **kw: Any) -> Article:
    return clean_document(RawDoc(Provenance(name), text, **kw))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def test_every_golden_page_has_a_case() -> None:
    assert sorted(p.name for p in GOLDEN.glob("*.txt")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_page(name: str) -> None:
    case = CASES[name]
    art = _clean(name, (GOLDEN / name).read_text("utf-8"))
    assert art.title == case["title"]
    assert (art.published.iso if art.published else None) == case["published"]
    if case.get("evidence"):
        assert (art.published_evidence or "").startswith(case["evidence"])
    if "page_date" in case:
        assert art.page_date is not None and art.page_date.iso == case["page_date"]
    body = _norm(art.text)
    assert body.startswith(_norm(case["first"])), art.text[:120]
    assert body.endswith(_norm(case["last"])), art.text[-120:]
    removed = {(r.reason, r.text) for r in art.removed}
    for reason, lines in case.get("removed", {}).items():
        for line in lines:
            assert (reason, line) in removed, (reason, line, sorted(removed))
    paragraphs = {_norm(p) for p in art.text.split("\n\n")}
    for line in case.get("not_in_body", []):
        assert _norm(line) not in paragraphs
    for line in case.get("in_body", []):
        assert _norm(line) in paragraphs


SYNDICATED = """{site}
Beranda Regional Nasional

Harga Cabai Turun Setelah Panen Raya di Dataran Tinggi

{chrome}

KARO, KABARTANI.com - Harga cabai merah di tingkat petani turun hingga separuhnya setelah panen raya di dataran tinggi Karo, Senin (3/3/2025).

Petani berharap harga kembali naik menjelang bulan puasa.
"""


def test_a_syndicated_headline_survives_the_repeated_line_rule() -> None:
    """Two copies of one article share their headline and lead: the headline is not
    chrome. A menu line shared by two different articles still is."""
    copies = [
        SYNDICATED.format(site="Kabar Tani", chrome="Kabartani.com - 03/03/2025, 10:00 WIB"),
        SYNDICATED.format(site="Warta Desa", chrome="Editor: Sri Wahyuni"),
    ]
    other = "Warta Desa\nBeranda Regional Nasional\n\nJudul Lain Sama Sekali\n\n" + (
        "Isi berita yang lain sama sekali, cukup panjang untuk menjadi paragraf pertama.\n"
    )
    repeated = repeated_lines([*copies, other])
    assert "harga cabai turun setelah panen raya di dataran tinggi" not in repeated
    assert "beranda regional nasional" in repeated
    for i, text in enumerate(copies):
        art = clean_document(RawDoc(Provenance(f"copy{i}.txt"), text), repeated=repeated)
        assert art.title == "Harga Cabai Turun Setelah Panen Raya di Dataran Tinggi"
        assert art.published is not None and art.published.iso == "2025-03-03"


def test_a_related_box_in_html_paragraphs_is_removed() -> None:
    """trafilatura gives one paragraph per block: the run crosses blocks there."""
    html = """<html><head><title>Warga Tanam Seribu Pohon di Lereng Bukit</title></head><body>
<article><h1>Warga Tanam Seribu Pohon di Lereng Bukit</h1>
<p>BOGOR - Warga menanam seribu pohon di lereng bukit yang gundul untuk mencegah longsor
saat musim hujan tiba, kata panitia kegiatan.</p>
<p>Artikel Terkait</p>
<p>Longsor Tutup Jalan Desa di Bogor Selatan</p>
<p>Relawan Bagikan Bibit Gratis kepada Warga</p>
<p>Kegiatan serupa akan digelar di tiga desa lain bulan depan, menurut kepala desa
setempat yang ikut menanam.</p>
</article></body></html>"""
    art = clean_document(RawDoc(Provenance("a.html"), html, "html"))
    assert "Longsor Tutup Jalan" not in art.text and "Relawan Bagikan" not in art.text
    assert "Kegiatan serupa akan digelar" in art.text


def _labelled_pages() -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = json.loads((PAGES / "labels.json").read_text("utf-8"))["pages"]
    return pages


def test_development_pages_read_right_by_the_cleaner_alone() -> None:
    """examples/pages, cleaned as one batch per split with no URL: titles, body ends and
    removed lines as labelled; every date the cleaner gives is the labelled one (dates a
    page leaves to the corpus, a bare "Kamis (12/9)", may stay empty here)."""
    pages = _labelled_pages()
    for split in ("dev",):  # the held-out split is scored by `warta eval pages` only
        chosen = [p for p in pages if p["file"].startswith(split + "/")]
        raws = [
            RawDoc(
                Provenance(p["file"]),
                (PAGES / p["file"]).read_text("utf-8"),
                "html" if ".html." in p["file"] else "text",
            )
            for p in chosen
        ]
        repeated = repeated_lines(r.content for r in raws if r.format == "text")
        for page, raw in zip(chosen, raws, strict=True):
            art = clean_document(raw, repeated=repeated)
            assert art.title == page["title"], page["file"]
            if art.published is not None or page["date_kind"] not in ("bare-weekday",):
                assert art.published is not None and art.published.iso == page["published"], (
                    page["file"],
                    art.published_evidence,
                )
            paragraphs = {_norm(x) for x in art.text.split("\n\n")}
            for item in page["not_in_body"]:
                assert _norm(item["text"]) not in paragraphs, (page["file"], item)
            assert _norm(art.text).endswith(_norm(page["last"])), page["file"]


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://jabar.example.com/2024/09/12/banjir-bandang", "2024-09-12"),
        ("https://ekonomi.example.com/read/20250305/9/1849123/judul", "2025-03-05"),
        ("https://www.example.com/ekonomi/20231107153012-92-1020345/judul", "2023-11-07"),
        ("https://www.example.com/news/20240912123456/judul", "2024-09-12"),
        ("https://www.example.com/berita-20240912-banjir.html", "2024-09-12"),
        ("https://www.example.com/berita/2023456789/20240912-judul", "2024-09-12"),
        ("https://daerah.example.com/read/1357924/701/gempa-1714045678", None),
        ("https://www.example.com/berita/d-7023456/harga-cabai", None),
    ],
)
def test_dates_in_urls(url: str, iso: str | None) -> None:
    from warta.clean.dates import date_from_url

    date = date_from_url(url)
    assert (date.iso if date else None) == iso


def test_a_related_run_stops_at_the_blank_line_in_a_page_dump() -> None:
    """In a dump the box is one block: the subheading after the blank line is the article."""
    page = """Beranda Regional

Petani Kopi Bangun Gudang Bersama di Lereng Gunung

TEMANGGUNG - Petani kopi di lereng gunung membangun gudang bersama agar biji kopi tidak lagi dijual murah saat panen raya.

Baca juga:
Harga Kopi Robusta Naik Tiga Bulan Berturut-turut

Koperasi Jadi Penyangga Harga

Koperasi desa akan membeli biji kopi anggota dengan harga di atas tengkulak selama gudang beroperasi.
"""
    art = _clean("kopi.txt", page)
    assert "Harga Kopi Robusta" not in art.text
    assert "Koperasi Jadi Penyangga Harga" in art.text.split("\n\n")
    assert art.text.endswith("selama gudang beroperasi.")
