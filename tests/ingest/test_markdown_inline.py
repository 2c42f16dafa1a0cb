"""Markdown's inline marks, as each export reader that uses them reads them."""

from __future__ import annotations

from warta.clean.read_later import split_read_later_export
from warta.ingest.markdown_inline import (
    link_labels,
    page_link_names,
    without_emphasis,
    without_pictures,
)
from warta.ingest.outline_page import read_outline_page
from warta.ingest.trello_export import read_card_export


def test_link_forms() -> None:
    assert link_labels("[Dinas](https://d.example/a)") == "Dinas"
    assert link_labels('[Dinas](https://d.example/a "judul")') == "Dinas"
    assert link_labels("[kosong]()") == "kosong"
    assert link_labels("![foto](https://d.example/f.jpg)") == "![foto](https://d.example/f.jpg)"
    assert without_pictures("a ![foto](https://d.example/f.jpg) b") == "a   b"
    assert page_link_names("[[Kabar Pesisir]] dan [[Nov 2nd, 2026]]") == (
        "Kabar Pesisir dan Nov 2nd, 2026"
    )


def test_emphasis_single_marks_only_when_asked() -> None:
    line = "**Tegas** kata _redaksi_ dan file_name_x"
    assert without_emphasis(line) == "Tegas kata _redaksi_ dan file_name_x"
    assert without_emphasis(line, single=True) == "Tegas kata redaksi dan filenamex"


def test_card_reader_drops_pictures_and_single_marks() -> None:
    card = (
        '{"name": "Pasar banjir", "idList": "l1", "idBoard": "b1", "desc": '
        '"**Sumber:** https://pesisir.example/pasar\\n\\n---\\n\\n'
        "Pedagang pasar ikan memindahkan lapak setelah air pasang masuk ke los "
        "[pasar lama](https://pesisir.example/los) sejak pagi. "
        "![los](https://pesisir.example/los.jpg) *Foto: redaksi*\\n\\n"
        'Pengelola pasar menyiapkan pompa air tambahan untuk dua hari ke depan."}'
    )
    (story,) = read_card_export(card, "card.json") or [None]
    assert story is not None
    assert "pasar lama sejak pagi" in story.text
    assert "![" not in story.text and "](" not in story.text
    assert "Foto: redaksi" in story.text and "*" not in story.text


def test_outline_reader_keeps_single_marks() -> None:
    page = (
        "title:: Kliping pasar\nsource:: https://pesisir.example/p\n\n"
        "- Pedagang di [[Pasar Ikan]] memindahkan lapak ke [los baru](https://p.example/l) "
        "setelah **air pasang** masuk, kata pengelola_pasar yang berjaga sejak pagi.\n"
        "- ![foto](https://p.example/f.jpg) Pompa air tambahan disiapkan untuk dua hari."
    )
    story = read_outline_page(page)
    assert story is not None
    assert "Pedagang di Pasar Ikan memindahkan lapak ke los baru setelah air pasang" in story.text
    assert "pengelola_pasar" in story.text
    assert story.text.split("\n\n")[1] == "Pompa air tambahan disiapkan untuk dua hari."


def test_read_later_reader_takes_a_linked_value_as_its_address() -> None:
    text = (
        "# Pasar ikan pindah\n\n## Metadata\n"
        "- URL: [pesisir.example](https://pesisir.example/pasar)\n"
        "- Author: [[Redaksi Pesisir]]\n\n"
        "## Full Document\n\nPedagang memindahkan lapak ke [los baru](https://p.example/l)."
    )
    export, body = split_read_later_export(text, "pasar.md")
    assert export is not None and export.url == "https://pesisir.example/pasar"
    assert "ke los baru." in body
