"""Shapes seen on the twenty-ninth blind page set, each an invented page written here in
that shape (not a labelled page): a share row whose network icons are letters of a
mathematical font ("𝕏") over the story; a blog's category line with a preposition
("Dalam kategori: A, B") under the headline; a lead dateline glued by a typed em dash
("KOTA--Warga ..."); the outlet's name in square brackets opening the lead; a government
site's date line that carries the admin's name and the page's view counter; a read-later
service's JSON export of one saved article; a note app's raw export whose record (the
clipped page's address, the save times) closes the file."""

from __future__ import annotations

import json

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean.frontmatter import split_end_matter
from warta.clean.metadata import split_dateline
from warta.ingest.index_hit import read_index_hit

_HEADLINE = "Dermaga Apung Baru Mempercepat Bongkar Muat Ikan di Teluk Kecil"
_LEAD = (
    "Nelayan di pesisir utara kini bisa membongkar hasil tangkapan lebih cepat setelah "
    "dermaga apung sepanjang delapan puluh meter mulai dipakai pekan ini."
)
_SECOND = (
    "Sebelumnya perahu harus menunggu air pasang agar bisa merapat ke dermaga lama yang "
    "dangkal dan sering rusak dihantam ombak."
)
_LAST = "Dinas perikanan berencana menambah satu dermaga serupa di kampung sebelah tahun depan."


# --- a share row drawn with a mathematical font's letters ---------------------------------


@pytest.mark.parametrize("row", ["Bagikan  f  𝕏  WA  ✉", "Share  𝐟  𝕏  🔗", "Bagikan: 𝕗 𝕩"])
def test_a_share_row_of_icon_letters_is_no_headline(row: str) -> None:
    page = "\n".join(
        [
            "Kabar Pesisir",
            "Beranda   Daerah   Ekonomi   Olahraga",
            "EKONOMI",
            _HEADLINE,
            "SELASA, 03 NOVEMBER 2026 | 10:15 WIB",
            "Ditulis oleh Rina Kumalasari",
            row,
            _LEAD,
            _SECOND,
            _LAST,
        ]
    )
    art = clean_page(page)
    assert art.title == _HEADLINE
    assert set_aside(art)[" ".join(row.split())] != "title"
    assert art.published is not None and art.published.iso == "2026-11-03"


# --- a category line with a preposition ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Dalam kategori: Daerah, Kabar Paroki",
        "Di kategori: Ekonomi",
        "Posted in: News, Coastal",
        "Diposting dalam: Berita Desa",
    ],
)
def test_a_category_line_under_the_byline_is_no_headline(line: str) -> None:
    page = "\n".join(
        [
            "Lewati ke konten",
            "KABAR PESISIR",
            "🖨 Cetak   🔊 Dengar",
            _HEADLINE,
            "Oleh  Rina Kumalasari   |   3 November 2026",
            line,
            _LEAD,
            _SECOND,
            _LAST,
        ]
    )
    art = clean_page(page)
    assert art.title == _HEADLINE
    assert set_aside(art)[" ".join(line.split())] == "related"


def test_a_sentence_naming_a_category_stays_in_the_story() -> None:
    page = "\n".join(
        [
            _HEADLINE,
            "3 November 2026",
            _LEAD,
            "Dalam kategori ini, dermaga kecil mendapat bantuan paling besar dari provinsi.",
            _LAST,
        ]
    )
    assert "Dalam kategori ini" in clean_page(page).text


# --- a dateline glued by a double hyphen, or the outlet in square brackets -----------------


@pytest.mark.parametrize(
    ("para", "dateline", "rest"),
    [
        ("BIMA--Nelayan membongkar ikan.", "BIMA--", "Nelayan membongkar ikan."),
        ("TELUK DALAM--Harga ikan turun.", "TELUK DALAM--", "Harga ikan turun."),
        ("[Warta Kampus Kita] Tim mahasiswa.", "[Warta Kampus Kita]", "Tim mahasiswa."),
        ("[KABARPESISIR.ID] Pelelangan dibuka.", "[KABARPESISIR.ID]", "Pelelangan dibuka."),
    ],
)
def test_a_glued_or_bracketed_dateline_is_set_aside(para: str, dateline: str, rest: str) -> None:
    assert split_dateline(para) == (dateline, rest)


@pytest.mark.parametrize(
    "para",
    [
        "KPK-Polri menandatangani nota kesepahaman baru.",
        "[Foto di atas] diambil saat perahu merapat.",
        "Jalur pantura--yang rusak--diperbaiki bulan ini.",
    ],
)
def test_a_lead_without_such_a_dateline_is_kept_whole(para: str) -> None:
    assert split_dateline(para) == (None, para)


def test_the_bracketed_name_leaves_the_first_paragraph() -> None:
    page = "\n".join(
        [_HEADLINE, "Senin, 2 November 2026", f"[Warta Kampus Kita] {_LEAD}", _SECOND, _LAST]
    )
    assert clean_page(page).text.startswith("Nelayan di pesisir utara")


# --- a date line with the admin's name and the view counter --------------------------------


def test_a_date_line_with_the_admin_and_the_view_counter_dates_the_story() -> None:
    page = "\n".join(
        [
            "Senin, 9 November 2026",
            "PEMERINTAH KABUPATEN CONTOH",
            "Beranda   Profil   Berita   Layanan   Kontak",
            "Beranda / Berita / Perikanan",
            "Bupati meninjau dermaga apung bersama kelompok nelayan. (Foto: Humas)",
            _HEADLINE,
            "Kamis, 5 November 2026 | Admin Humas | dibaca 2.048 kali",
            f"TELUK KECIL - {_LEAD}",
            _SECOND,
            _LAST,
        ]
    )
    art = clean_page(page)
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2026-11-05"


# --- a read-later service's export of one saved article ------------------------------------


def _saved_entry() -> str:
    content = (
        "<figure><img src='x.jpg'/><figcaption>Perahu nelayan merapat di dermaga apung. "
        "FOTO: ARSIP KABAR PESISIR</figcaption></figure>"
        f"<p><strong>TELUK KECIL, KABARPESISIR.ID</strong> – {_LEAD}</p>"
        f"<p>{_SECOND}</p><p><strong>Baca Juga: Harga Solar Nelayan Naik Lagi</strong></p>"
        f"<p>{_LAST}</p><p>(rk/a)</p>"
    )
    entry = {
        "is_archived": 0,
        "tags": ["pantau-pesisir"],
        "id": 512,
        "title": _HEADLINE,
        "url": "https://kabarpesisir.id/daerah/dermaga-apung-baru/",
        "given_url": "https://kabarpesisir.id/daerah/dermaga-apung-baru/?utm_source=wa",
        "content": content,
        "created_at": "2026-11-07T09:12:00+08:00",
        "updated_at": "2026-11-07T09:20:00+08:00",
        "published_at": "2026-11-04T15:00:00+08:00",
        "annotations": [{"text": "cek ke dinas", "quote": "delapan puluh meter"}],
        "reading_time": 2,
        "domain_name": "kabarpesisir.id",
    }
    return json.dumps([entry], ensure_ascii=False, indent=4)


def test_a_read_later_export_is_read_as_the_article_it_saved() -> None:
    art = clean_page(_saved_entry())
    assert art.title == _HEADLINE
    assert art.url == "https://kabarpesisir.id/daerah/dermaga-apung-baru/"
    # the service's save times (created_at, updated_at) are not the publication
    assert art.published is not None and art.published.iso == "2026-11-04"
    assert art.text.startswith("Nelayan di pesisir utara")
    assert art.text.endswith("tahun depan.")
    assert "cek ke dinas" not in art.text and "pantau-pesisir" not in art.text


@pytest.mark.parametrize(
    "records",
    [
        [{"id": 1, "title": "Daftar Harga Ikan", "content": "Tongkol 30 ribu sekilo."}],
        [{"title": "A", "url": "https://a.id/1", "content": "Satu."}, {"title": "B"}],
    ],
)
def test_json_without_one_whole_saved_article_is_not_read_as_one(records: list[dict]) -> None:
    assert read_index_hit(json.dumps(records)) is None


# --- a note app's raw export: the record at the end --------------------------------------

_NOTE_RECORD = "\n".join(
    [
        "id: 0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "parent_id: 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "created_time: 2026-11-10T03:00:00.000Z",
        "updated_time: 2026-11-10T03:05:00.000Z",
        "is_conflict: 0",
        "author: ",
        "source_url: https://kabarpesisir.id/2026/11/06/dermaga-apung-baru",
        "source: notes-desktop",
        "is_todo: 0",
        "markup_language: 1",
        "type_: 1",
    ]
)


def test_a_note_exports_record_at_the_end_gives_the_address_not_the_date() -> None:
    note = "\n\n".join([_HEADLINE, f"**TELUK KECIL** - {_LEAD}", _SECOND, _LAST, _NOTE_RECORD])
    art = clean_page(note + "\n")
    assert art.title == _HEADLINE
    assert art.url == "https://kabarpesisir.id/2026/11/06/dermaga-apung-baru"
    # the address's day, never the note's save time (created_time: the 10th)
    assert art.published is not None and art.published.iso == "2026-11-06"
    assert art.text.endswith("tahun depan.")
    assert "parent_id" not in art.text


def test_a_story_ending_in_a_short_list_of_fields_keeps_them() -> None:
    text = "\n\n".join([_LEAD, "harga: naik\nstok: cukup\ncuaca: cerah"])
    front, rest = split_end_matter(text)
    assert front is None and rest == text
