"""Shapes seen on the fifty-first blind page set, each an invented page written here in
that shape (not a labelled page): a notes app's export of all its notes (Simplenote's
``activeNotes``) holding one note, the story pasted into it with its link under the
headline and the reader's own remark after it; an article extractor's JSON output whose
lead opens with the site's address in bold glued to the first word by a hyphen
("SITUS.com-Warga ..."); and a portal's closing call for readers' tips ("Punya kabar
...? Kirim ke redaksi ...") kept under the story."""

from __future__ import annotations

import json

from tests.clean.pages import clean_page, set_aside

from warta.clean.metadata import split_dateline

_URL = "https://kabarlembah.example/2026/08/14/jembatan-gantung-desa-hulu-kembali-dibuka"
_HEADLINE = "Jembatan Gantung Desa Hulu Kembali Dibuka untuk Pejalan Kaki"
_LEAD = (
    "Jembatan gantung yang menghubungkan Desa Hulu dan Desa Seberang kembali dibuka setelah "
    "diperbaiki selama dua bulan."
)
_MIDDLE = (
    "Selama jembatan ditutup, warga harus menyeberang sungai dengan perahu kecil yang hanya "
    "muat empat orang."
)
_LAST = "Pemerintah desa meminta warga tidak melintas bersamaan lebih dari sepuluh orang."
_REMARK = "tanya pak kades soal anggaran perbaikan minggu depan"


def _simplenote_export(notes: int = 1) -> str:
    pasted = "\n".join(
        [
            _HEADLINE,
            _URL,
            "",
            "Jumat, 14 Agustus 2026 09:10 WITA",
            "Penulis: Sari Muara | Editor: Bima",
            "",
            f"HULU, KABARLEMBAH.EXAMPLE - {_LEAD}",
            "",
            _MIDDLE,
            "",
            f"{_LAST} (*)",
            "",
            "---",
            _REMARK,
        ]
    )
    note = {
        "id": "3c9a",
        "content": pasted,
        "creationDate": "2026-08-16T02:00:00.000Z",
        "lastModified": "2026-08-17T03:30:00.000Z",
        "pinned": False,
        "markdown": False,
        "tags": ["pantau-jembatan"],
    }
    return json.dumps(
        {"activeNotes": [note] * notes, "trashedNotes": []}, ensure_ascii=False, indent=2
    )


def test_a_notes_export_holding_one_note_is_read_as_the_pasted_story() -> None:
    art = clean_page(_simplenote_export())
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2026-08-14"
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    for furniture in (_URL, _REMARK, "creationDate", "pantau-jembatan", "{"):
        assert furniture not in art.text


def test_the_note_s_save_stamps_date_nothing() -> None:
    undated = _simplenote_export().replace("Jumat, 14 Agustus 2026 09:10 WITA", "")
    art = clean_page(undated)
    assert art.published is None or art.published.iso not in ("2026-08-16", "2026-08-17")


def test_an_export_of_several_notes_is_no_one_story() -> None:
    assert clean_page(_simplenote_export(notes=2)).title != _HEADLINE


def test_the_site_s_address_glued_to_the_lead_by_a_hyphen_is_its_dateline() -> None:
    assert split_dateline("KABARLEMBAH.com-Warga desa mengungsi ke balai desa.") == (
        "KABARLEMBAH.com-",
        "Warga desa mengungsi ke balai desa.",
    )
    # glued to a place in capitals, the address is the first part of a longer dateline
    assert split_dateline("Kabarlembah.com-HULU - Warga desa mengungsi.")[1] == (
        "Warga desa mengungsi."
    )
    # an address is never glued inside a sentence's first word
    assert split_dateline("Warga-warga desa mengungsi.")[0] is None


def test_an_extractor_s_output_with_the_bold_address_glued_to_the_lead() -> None:
    output = json.dumps(
        {
            "title": _HEADLINE,
            "content": f"<div><p><strong>KABARLEMBAH.com-</strong>{_LEAD}</p>"
            f"<p>{_MIDDLE}</p><p>{_LAST} (sm/bm)</p></div>",
            "author": "Sari Muara",
            "date_published": "2026-08-14T01:10:00.000Z",
            "url": _URL,
            "domain": "kabarlembah.example",
            "excerpt": "Jembatan kembali dibuka.",
            "word_count": 60,
            "direction": "ltr",
            "total_pages": 1,
            "rendered_pages": 1,
        },
        ensure_ascii=False,
    )
    art = clean_page(output)
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)


def test_a_portal_s_closing_call_for_readers_tips_leaves_the_body() -> None:
    tip = "Punya kabar atau foto kejadian di sekitarmu? Kirim ke redaksi lewat menu Hubungi Kami."
    page = "\n".join(
        [
            "KABAR LEMBAH",
            _HEADLINE,
            "Jumat, 14 Agustus 2026 - 09:10 WITA",
            f"HULU, KABARLEMBAH.COM – {_LEAD}",
            _MIDDLE,
            _LAST,
            "Berita Terkait",
            "Perahu Penyeberangan Desa Hulu Ditambah",
            tip,
            "Tentang Kami   Redaksi   Pedoman Media Siber   Kontak",
            "© 2026 Kabarlembah.com",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith(_LAST)
    assert tip in set_aside(art)
