"""A kanban card's JSON export (Trello's), read as the article an analyst pasted into the
card's description: invented cards whose own dates (activity, due, attachment, comments)
fall days after the story, whose name carries the outlet before a dash, whose
description holds the team's fields over a rule and then the article in Markdown; a
broken card refused with the file's name; a board's export read one card a document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest.readers import InputProblem, read_path
from warta.ingest.trello_export import looks_like_card_export, read_card_export
from warta.records import Provenance, RawDoc

_URL = "https://kabarhulu.example/daerah/881/pasar-apung-dibuka-lagi-setelah-direnovasi"
_HEADLINE = "Pasar Apung Dibuka Lagi Setelah Direnovasi Selama Empat Bulan"
_LEAD = (
    "Pasar apung di tepi sungai kota kembali dibuka untuk pedagang dan pembeli setelah "
    "renovasi dermaga kayu selesai pada Rabu (3/3) pagi."
)
_MIDDLE = (
    "Sebanyak delapan puluh perahu pedagang sayur dan ikan kini bisa merapat sekaligus di "
    "dermaga baru yang lebih lebar."
)
_LAST = "Pengelola pasar akan memasang lampu tambahan di sepanjang dermaga bulan depan."

_DESC = "\n".join(
    [
        f"**Sumber:** {_URL}",
        "**Media:** Kabar Hulu (daring)",
        "**Isu:** ekonomi daerah",
        "",
        "---",
        "",
        f"# {_HEADLINE}",
        "",
        "Rabu, 3 Maret 2027 | 14.20 WIB",
        "Penulis: Dodi Saputra | Editor: Rina Wulandari",
        "",
        "*Pedagang menata sayur di atas perahu di dermaga baru. (Dodi Saputra/Kabar Hulu)*",
        "",
        f"MUARA, Kabar Hulu – {_LEAD}",
        "",
        _MIDDLE,
        "",
        "Baca Juga: Sungai Meluap, Dua Dusun Sempat Terputus",
        "",
        f"{_LAST} (dds/rw)",
        "",
        "#pasarapung #Muara",
    ]
)


def _card(desc: str = _DESC, number: int = 7) -> dict[str, Any]:
    return {
        "id": f"card{number}",
        "name": f"Kabar Hulu – Pasar apung dibuka lagi ({number})",
        "desc": desc,
        "closed": False,
        "dateLastActivity": "2027-03-06T03:27:41.118Z",
        "due": "2027-03-08T02:00:00.000Z",
        "idBoard": "board1",
        "idList": "list1",
        "labels": [{"id": "l1", "name": "Kalimantan", "color": "blue"}],
        "shortUrl": f"https://trello.com/c/abc{number}",
        "url": f"https://trello.com/c/abc{number}/{number}-kabar-hulu-pasar-apung",
        "attachments": [{"name": "kabarhulu.example", "url": _URL, "date": "2027-03-05T01:00:00Z"}],
        "checklists": [{"name": "Langkah berikut", "checkItems": [{"name": "Cek data dinas"}]}],
        "actions": [
            {
                "type": "commentCard",
                "date": "2027-03-05T02:35:06.771Z",
                "data": {"text": "Sudah dicek, prioritas rendah."},
                "memberCreator": {"fullName": "Sari Analis"},
            }
        ],
    }


def test_a_card_reads_as_the_article_pasted_into_its_description() -> None:
    (story,) = read_card_export(json.dumps(_card()), "kartu.json") or [None]
    assert story is not None
    # the article's own heading, not the card's name with the outlet before a dash
    assert story.title == _HEADLINE
    assert story.url == _URL
    assert story.published is None
    for leftover in ("Sumber:", "**", "# ", "Sudah dicek", "Langkah berikut", "Kalimantan"):
        assert leftover not in story.text


def test_a_card_cleans_to_the_story_on_its_own_day() -> None:
    art = clean_document(RawDoc(Provenance("kartu.txt"), json.dumps(_card(), indent=2)))
    assert art.title == _HEADLINE
    assert art.url == _URL
    # the story's date line, never the card's activity, due, attachment or comment day
    assert art.published is not None and art.published.iso == "2027-03-03"
    assert art.text.startswith(_LEAD[:40])
    assert art.text.rstrip().endswith(_LAST)
    for leftover in ("Penulis:", "Baca Juga", "#pasarapung", "dermaga baru. (Dodi", '"due"'):
        assert leftover not in art.text


def test_a_card_without_fields_or_heading_takes_its_name_less_the_outlet() -> None:
    card = _card(desc=f"{_HEADLINE}\n\n{_LEAD}\n\n{_MIDDLE}")
    card["name"] = f"Kabar Hulu – {_HEADLINE}"
    (story,) = read_card_export(json.dumps(card), "kartu.json") or [None]
    assert story is not None and story.title == _HEADLINE
    assert story.url == _URL  # the link attached to the card


def test_an_outlet_in_brackets_before_the_cards_name_is_no_part_of_the_headline() -> None:
    card = _card(desc=f"{_LEAD}\n\n{_MIDDLE}\n\n{_LAST}")
    card["name"] = f"[Kabar Hulu] {_HEADLINE}"
    (story,) = read_card_export(json.dumps(card), "kartu.json") or [None]
    assert story is not None and story.title == _HEADLINE


def test_an_article_opened_by_a_bold_line_takes_it_as_its_headline() -> None:
    card = _card(desc=f"**{_HEADLINE}**\n\n{_LEAD}\n\n{_MIDDLE}\n\n{_LAST}")
    (story,) = read_card_export(json.dumps(card), "kartu.json") or [None]
    assert story is not None and story.title == _HEADLINE


def test_a_boards_export_is_read_one_card_a_document(tmp_path: Path) -> None:
    board = {
        "id": "board1",
        "name": "Kliping",
        "cards": [_card(number=1), _card("", 2), _card(number=3)],
    }
    saved = tmp_path / "papan.json"
    saved.write_text(json.dumps(board), encoding="utf-8")
    items = list(read_path(saved))
    assert [type(i).__name__ for i in items] == ["RawDoc", "InputProblem", "RawDoc"]
    first = items[0]
    assert isinstance(first, RawDoc) and first.provenance.locator() == f"{saved}:1"
    assert first.title == _HEADLINE and first.url == _URL
    problem = items[1]
    assert isinstance(problem, InputProblem) and f"{saved}:2" in str(problem.error)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (json.dumps(_card(), indent=2)[:-40], "not valid JSON"),
        (json.dumps(_card(desc="")), "holds an article"),
        (json.dumps({"cards": [_card(number=1), _card(number=2)]}), "holds 2 cards"),
    ],
)
def test_a_broken_card_is_refused_with_the_files_name(content: str, problem: str) -> None:
    with pytest.raises(MalformedInputError, match=rf"rusak\.txt.*{problem}"):
        clean_document(RawDoc(Provenance("rusak.txt"), content))


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "Rapat redaksi", "desc": "Agenda rapat."}',  # no card's ids
        '{"title": "Berita", "content": "Isi berita."}',
        "Kartu nama dibagikan kepada wartawan.",
    ],
)
def test_other_documents_are_no_card_export(text: str) -> None:
    assert not looks_like_card_export(text)
    assert read_card_export(text, "lain.txt") is None
