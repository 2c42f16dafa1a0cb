"""A Jupyter notebook (``.ipynb`` JSON) read as the article one of its cells printed:
invented notebooks of a desk that fetches a story with a script, prints a head of fields
("judul", "terbit", the HTTP status), a rule and the story's paragraphs, then saves a row
whose fetch time dates nothing, between markdown cells of the team's notes; a broken
notebook and one that printed no article refused with the file's name."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest import notebook
from warta.ingest.notebook import looks_like_notebook, read_notebook
from warta.ingest.readers import read_path
from warta.records import Provenance, RawDoc

_URL = "https://warta-lembah.example/sumur-bor-desa-kering"
_HEADLINE = "Sumur Bor Baru Diresmikan, Warga Desa Kering Tak Lagi Antre Air"
_LEAD = (
    "Sebuah sumur bor yang dibangun dengan dana desa mulai mengalirkan air ke rumah "
    "warga di dusun paling ujung, setelah kemarau panjang membuat sungai kecil mengering."
)
_MIDDLE = (
    "Selama tiga bulan terakhir warga harus membeli air bersih dari truk tangki dengan harga "
    "yang terus naik setiap pekan."
)
_LAST = "Pemerintah desa berencana menambah satu pompa cadangan sebelum musim kemarau berikutnya."
_NOTE = "Catatan tim: bandingkan dengan laporan dinas pekan lalu."


def _lines(*lines: str) -> list[str]:
    return [line + "\n" for line in lines[:-1]] + [lines[-1]]


def _notebook(printed: list[str] | None = None) -> str:
    if printed is None:
        printed = _lines(
            f"judul  : {_HEADLINE}",
            "terbit : 2027-02-11T09:15:00+07:00",
            "status : 200 90211 byte",
            "-" * 40,
            f"LEMBAH, Warta Lembah – {_LEAD}",
            _MIDDLE,
            "Baca Juga: Debit Mata Air di Lereng Gunung Menyusut",
            _LAST,
            "Penulis: Yuni Kartika",
        )
    cells: list[dict[str, Any]] = [
        {"cell_type": "markdown", "metadata": {}, "source": [_NOTE]},
        {
            "cell_type": "code",
            "execution_count": 3,
            "metadata": {},
            "outputs": [{"name": "stdout", "output_type": "stream", "text": printed}],
            "source": _lines(
                "import requests",
                f'url = "{_URL}"',
                "r = requests.get(url, timeout=20)",
                'print("judul  :", judul)',
            ),
        },
        {
            "cell_type": "code",
            "execution_count": 4,
            "metadata": {},
            "outputs": [
                {
                    "output_type": "execute_result",
                    "execution_count": 4,
                    "metadata": {},
                    "data": {
                        "text/plain": ["{'diambil': '2027-02-12 08:00', 'terbit': '2027-02-11'}"]
                    },
                }
            ],
            "source": ["baris"],
        },
    ]
    notebook = {
        "cells": cells,
        "metadata": {"kernelspec": {"display_name": "Python 3", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(notebook, ensure_ascii=False, indent=1)


def test_a_notebook_is_read_as_the_article_its_cell_printed() -> None:
    art = clean_document(RawDoc(Provenance("n.txt"), _notebook()))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2027-02-11"
    assert art.url == _URL
    assert art.text.startswith(_LEAD[:60])
    assert art.text.rstrip().endswith(_LAST)


def test_the_code_notes_head_and_fetch_time_are_no_part_of_the_body() -> None:
    art = clean_document(RawDoc(Provenance("n.txt"), _notebook()))
    for kept_out in (_NOTE, "import requests", "status :", "diambil", "----", "python3"):
        assert kept_out not in art.text


def test_without_a_publication_field_the_notebook_states_no_day() -> None:
    printed = _lines(f"judul : {_HEADLINE}", "status : 200", "=" * 20, _LEAD, _MIDDLE, _LAST)
    story = read_notebook(_notebook(printed), "n.ipynb")
    assert story is not None and story.published is None
    assert story.title == _HEADLINE


def test_an_output_without_a_head_is_all_text() -> None:
    printed = _lines(_LEAD, _MIDDLE, _LAST)
    story = read_notebook(_notebook(printed), "n.ipynb")
    assert story is not None and story.title is None
    assert story.text.split("\n\n") == [_LEAD, _MIDDLE, _LAST]


def test_a_cell_naming_several_addresses_gives_none() -> None:
    page = _notebook().replace("import requests", "api = 'https://api.example/v1'")
    story = read_notebook(page, "n.ipynb")
    assert story is not None and story.url is None


def test_a_broken_notebook_is_refused_with_its_name() -> None:
    with pytest.raises(MalformedInputError, match=r"pantau-3\.ipynb.*JSON is broken"):
        read_notebook(_notebook()[:-40], "pantau-3.ipynb")


def test_a_notebook_that_printed_no_article_is_refused() -> None:
    with pytest.raises(MalformedInputError, match="no cell printed an article"):
        read_notebook(_notebook(_lines("status : 200", "selesai")), "kosong.ipynb")


@pytest.mark.parametrize(
    "text",
    [
        '{"cells": [], "title": "bukan notebook"}',
        "Warga menulis nbformat dan cells di catatan.",
        '{"nbformat": 4, "isi": "tanpa sel"}',
    ],
)
def test_other_texts_are_no_notebook(text: str) -> None:
    assert not looks_like_notebook(text) or read_notebook(text, "x") is None


def test_an_ipynb_file_is_read_as_the_printed_article(tmp_path: Path) -> None:
    path = tmp_path / "pantau-3.ipynb"
    path.write_text(_notebook(), encoding="utf-8")
    [doc] = list(read_path(path))
    assert isinstance(doc, RawDoc)
    assert clean_document(doc).title == _HEADLINE


def test_the_modules_examples_hold() -> None:
    assert doctest.testmod(notebook).failed == 0


def _scraper_notebook() -> str:
    """A notebook whose first cell sets the page's address, whose second prints a
    newspaper parser's fields (title, publish date, authors, top image) and whose third
    prints the text alone, then a summary and keywords."""
    fields = _lines(
        f"Title        : {_HEADLINE}",
        "Publish date : 2027-02-11 00:00:00",
        "Authors      : ['Yuni Kartika']",
        "Top image    : https://warta-lembah.example/img/sumur.jpg",
    )
    text = _lines(f"LEMBAH, Warta Lembah – {_LEAD}", "", _MIDDLE, "", _LAST)
    tail = _lines("Ringkasan: Sumur bor baru mengalirkan air ke dusun.", "Kata kunci: ['air']")

    def code(source: str, printed: list[str]) -> dict[str, Any]:
        outputs = [{"name": "stdout", "output_type": "stream", "text": printed}]
        return {"cell_type": "code", "metadata": {}, "outputs": outputs, "source": [source]}

    cells: list[dict[str, Any]] = [
        {"cell_type": "markdown", "metadata": {}, "source": [_NOTE]},
        {"cell_type": "code", "metadata": {}, "outputs": [], "source": [f'url = "{_URL}"']},
        code("art = Article(url); art.download(); art.parse(); print(art.title)", fields),
        code("print(art.text)", text),
        code("art.nlp(); print(art.summary)", tail),
    ]
    return json.dumps({"cells": cells, "nbformat": 4, "nbformat_minor": 5}, ensure_ascii=False)


def test_fields_printed_in_a_cell_of_their_own_head_the_text_printed_after() -> None:
    story = read_notebook(_scraper_notebook(), "n.ipynb")
    assert story is not None
    assert story.title == _HEADLINE
    assert story.published == "2027-02-11 00:00:00"
    assert story.url == _URL  # the address the first cell set for the cells after it
    assert story.text.split("\n\n")[1:] == [_MIDDLE, _LAST]
    art = clean_document(RawDoc(Provenance("n.txt"), _scraper_notebook()))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2027-02-11"
    for kept_out in ("Ringkasan", "Kata kunci", "Top image", "Authors", _NOTE):
        assert kept_out not in art.text


def test_an_output_of_fields_without_a_headline_heads_nothing() -> None:
    page = _scraper_notebook().replace("Title        :", "Status       :")
    story = read_notebook(page, "n.ipynb")
    assert story is not None and story.title is None and story.published is None
