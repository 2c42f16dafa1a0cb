"""Shapes seen on the forty-fourth blind page set, each an invented page written here in
that shape (not a labelled page): a phone's copy whose lead dateline, "Place (Outlet) –",
stands on a line of its own over the lead's first words; a browser extension's Markdown
clip (MarkDownload's template: front matter, the headline, the page's excerpt quoted
under "> ## Excerpt", a rule, then the article); and an extraction API's response for one
page (Diffbot's ``{"request": ..., "objects": [...]}``), read as the article it holds."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean.frontmatter import split_clip_excerpt
from warta.clean.pattern_labels import PLACE_OUTLET_WORDS
from warta.clean.patterns import PLACE_OUTLET_RE
from warta.ingest.index_hit import read_index_hit

_HEADLINE = "Pelabuhan Rakyat Tanjung Lumpur Ditutup Sementara untuk Pengerukan"
_LEAD = (
    "Dinas Perhubungan menutup sementara pelabuhan rakyat di Desa Tanjung Lumpur selama "
    "dua pekan untuk pengerukan alur kapal yang makin dangkal."
)
_REST = (
    "Kepala dinas mengatakan kapal motor penumpang dialihkan ke dermaga darurat di sisi "
    "utara desa selama pekerjaan berlangsung.\n"
    '"Pengerukan ini sudah lama ditunggu nelayan karena perahu sering kandas," ujarnya.\n'
    "Pekerjaan dibiayai dari anggaran provinsi dan dikerjakan oleh balai wilayah sungai. (tl)\n"
)
_URL = "https://kabarpesisir.example/2026/05/pelabuhan-rakyat-ditutup-sementara.html"


def _phone_copy(dateline: str) -> str:
    return (
        "09.41  📶 4G  🔋 61%\n"
        "kabarpesisir.example/pelabuhan-rakyat-ditutup-sementara\n"
        "☰   KABAR PESISIR   🔍\n"
        "Beranda  ›  Daerah\n"
        f"{_HEADLINE}\n"
        "Kamis, 14 Mei 2026 · 10:05 WITA\n"
        "Penulis: Rahmat Setiawan\n"
        "Perahu nelayan bersandar di pelabuhan rakyat Tanjung Lumpur. (Foto: Dok. Warga)\n"
        f"{dateline}\n"
        f"{_LEAD}\n"
        f"{_REST}"
        "Bagikan ke:  WA  ·  FB  ·  Telegram\n"
    )


@pytest.mark.parametrize(
    "dateline",
    ["Kendari (Kabarpesisir.example) –", "Kendari (ANTARA) -", "KENDARI, Kabarpesisir.id –"],
)
def test_a_lead_dateline_alone_on_its_line_is_no_headline(dateline: str) -> None:
    art = clean_page(_phone_copy(dateline))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2026-05-14"
    assert art.text.startswith("Dinas Perhubungan menutup sementara")
    assert set_aside(art)[dateline] == "dateline"


@pytest.mark.parametrize(
    "line",
    [
        "Kendari (Kabar Pesisir) –",
        "Jakarta (ANTARA) --",
        "Lampung Selatan (Situs.id) —",
        "MEDAN, Kabarkota.com -",
    ],
)
def test_the_dateline_shapes_a_line_may_hold(line: str) -> None:
    assert len(line.split()) <= PLACE_OUTLET_WORDS and PLACE_OUTLET_RE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Pelabuhan Ditutup (Lagi) untuk Pengerukan",  # a headline with a bracket, no dash
        "Kendari (Kabar Pesisir) – Dinas menutup pelabuhan",  # the lead still on the line
        "Nelayan Mengeluh - Warga",
    ],
)
def test_what_is_no_dateline_alone(line: str) -> None:
    assert not (len(line.split()) <= PLACE_OUTLET_WORDS and PLACE_OUTLET_RE.match(line))


_CLIP = (
    "---\n"
    "created: 2026-05-15T08:02:11 (UTC +08:00)\n"
    "tags: [pelabuhan,pengerukan,nelayan]\n"
    f"source: {_URL}\n"
    "author: Rahmat Setiawan\n"
    "---\n\n"
    f"# {_HEADLINE}\n\n"
    "> ## Excerpt\n"
    "> Pelabuhan rakyat ditutup dua pekan, kapal penumpang pindah ke dermaga darurat.\n\n"
    "---\n"
    "Kabarpesisir.example | Kamis, 14 Mei 2026 | 10:05 WITA\n\n"
    "![Perahu nelayan di pelabuhan](https://kabarpesisir.example/img/pelabuhan.jpg)\n\n"
    f"**KABARPESISIR.EXAMPLE, KENDARI** – {_LEAD}\n\n" + _REST.replace("\n", "\n\n")
)


def test_a_markdown_clips_excerpt_is_set_aside_and_its_date_line_read() -> None:
    art = clean_page(_CLIP)
    assert art.title == _HEADLINE
    assert art.text.startswith("Dinas Perhubungan menutup sementara")
    assert "dermaga darurat." not in art.text.split("\n\n")[0]
    assert art.published is not None and art.published.iso == "2026-05-14"
    assert any(r.reason == "clip-excerpt" for r in art.removed)


def test_a_quotation_among_a_clips_paragraphs_stays() -> None:
    note = f"# {_HEADLINE}\n\n{_LEAD}\n\n> ## Catatan\n> Kutipan di tengah berita.\n"
    assert split_clip_excerpt(note) == (None, note)
    # a quotation with no heading, even at the top, is the article's
    quoted = f"# {_HEADLINE}\n\n> {_LEAD}\n\nIsi.\n"
    assert split_clip_excerpt(quoted) == (None, quoted)


def _diffbot(**fields: Any) -> str:
    obj = {
        "date": "Thu, 14 May 2026 01:05:00 GMT",
        "sentiment": 0.12,
        "images": [{"url": "https://kabarpesisir.example/img/p.jpg", "title": "Perahu."}],
        "author": "Rahmat Setiawan",
        "estimatedDate": "Thu, 14 May 2026 01:05:00 GMT",
        "siteName": "Kabar Pesisir",
        "type": "article",
        "title": _HEADLINE,
        "tags": [{"label": "Harbour", "uri": "http://kb.example/entity/X1", "score": 0.8}],
        "pageUrl": _URL,
        "text": f"KENDARI (Pesisir) – {_LEAD}\n{_REST}",
    }
    obj.update(fields)
    response = {"objects": [obj], "request": {"api": "article", "pageUrl": _URL}}
    return json.dumps(response, indent=2)


def test_an_extraction_apis_response_is_read_as_its_article() -> None:
    art = clean_page(_diffbot())
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.text.startswith("Dinas Perhubungan menutup sementara")
    assert art.text.endswith("balai wilayah sungai.")
    assert "Harbour" not in art.text and "sentiment" not in art.text
    # 01:05 GMT is 09:05 WITA on the same day
    assert art.published is not None and art.published.iso == "2026-05-14"


def test_a_header_date_late_in_utc_dates_the_next_day_in_indonesia() -> None:
    story = read_index_hit(_diffbot(date="Wed, 13 May 2026 20:30:00 GMT"))
    assert story is not None and story.stamp == "Wed, 13 May 2026 20:30:00 GMT"
    art = clean_page(_diffbot(date="Wed, 13 May 2026 20:30:00 GMT"))
    assert art.published is not None and art.published.iso == "2026-05-14"


def test_a_response_of_several_objects_is_no_article() -> None:
    data = json.loads(_diffbot())
    data["objects"].append(dict(data["objects"][0], pageUrl=_URL + "?p=2"))
    assert read_index_hit(json.dumps(data)) is None
