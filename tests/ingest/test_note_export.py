"""A note app's JSON export of one note (Google Keep through Takeout and the like) saved as
a page: read as the page pasted into the note, at the attached link's address; the note's
label and its save stamps never title or date the story. Invented notes only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from warta.clean import clean_document
from warta.ingest.note_export import read_note_export
from warta.ingest.readers import read_path
from warta.records import Provenance, RawDoc

_URL = "https://kabarlembah.example/pasar-apung-dibuka-kembali-setelah-banjir-surut/"
_HEADLINE = "Pasar Apung Dibuka Kembali Setelah Banjir Surut"
_LEAD = (
    "LEMBAH, KABARLEMBAH.EXAMPLE – Pedagang sayur dan ikan kembali menggelar dagangan di "
    "atas perahu di pasar apung setelah air sungai surut pada Kamis pagi."
)
_LAST = "Pengelola pasar meminta pedagang tetap memakai pelampung selama berjualan."
_PASTED = "\n\n".join(
    [
        _HEADLINE,
        "Kabar Lembah",
        "Jumat, 9 Oktober 2026 - 10:25 WIB",
        "Penulis: Nita Sungai",
        _LEAD,
        "Selama sepekan pasar itu tutup karena arus sungai terlalu deras untuk perahu kecil.",
        _LAST,
        "(ns)",
        _URL,
    ]
)


def _note(**fields: Any) -> str:
    note = {
        "color": "DEFAULT",
        "isTrashed": False,
        "isPinned": False,
        "isArchived": False,
        "textContent": _PASTED,
        "title": "pasar apung - cek harga ikan minggu depan",
        "userEditedTimestampUsec": 1791800000000000,
        "createdTimestampUsec": 1791790000000000,
        "labels": [{"name": "Pantauan"}],
        "annotations": [
            {
                "description": "Pasar apung kembali ramai setelah banjir.",
                "source": "WEBLINK",
                "title": f"{_HEADLINE} - Kabar Lembah",
                "url": _URL,
            }
        ],
    }
    note.update(fields)
    return json.dumps(note, ensure_ascii=False)


def _clean(content: str) -> Any:
    return clean_document(RawDoc(Provenance("t.txt"), content))


def test_the_note_is_read_as_the_pasted_page() -> None:
    story = read_note_export(_note())
    assert story is not None
    assert story.text == _PASTED
    assert story.url == _URL


def test_the_article_comes_from_the_pasted_text_not_the_note_label() -> None:
    art = _clean(_note())
    assert art.title == _HEADLINE
    assert art.url == _URL
    # the lead's dateline is set aside as on any page
    assert art.text.startswith(_LEAD.split(" – ", 1)[1]) and art.text.endswith(_LAST)
    assert "DEFAULT" not in art.text and "WEBLINK" not in art.text


def test_the_date_is_the_pasted_page_s_not_the_note_s_save_time() -> None:
    art = _clean(_note())
    assert art.published is not None and art.published.iso == "2026-10-09"
    undated = _clean(_note(textContent=_PASTED.replace("Jumat, 9 Oktober 2026 - 10:25 WIB", "")))
    # the note was made and edited on 12 October (UTC): that day dates nothing
    assert undated.published is None or undated.published.iso != "2026-10-12"


def test_a_json_record_without_a_note_state_is_no_note() -> None:
    assert read_note_export(json.dumps({"title": _HEADLINE, "content": _PASTED})) is None
    assert read_note_export(_note(textContent="  ")) is None
    assert read_note_export("Bukan JSON sama sekali.") is None


def test_a_takeout_file_read_from_disk_is_the_pasted_page(tmp_path: Path) -> None:
    path = tmp_path / "catatan.json"
    path.write_text(_note(), encoding="utf-8")
    (doc,) = list(read_path(path))
    assert isinstance(doc, RawDoc)
    art = clean_document(doc)
    assert art.title == _HEADLINE and art.url == _URL
