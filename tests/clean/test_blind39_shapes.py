"""Shapes seen on the thirty-ninth blind page set (and a thread left from the
thirty-seventh), each an invented page written here in that shape (not a labelled page):
a team channel's thread copied as text (post heads "Name   dd/mm hh.mm", a link preview
with the page's title and description over the pasted article, reactions, replies); a
database record copied as text (its fields one name a line over its value, a stamp under
"Tanggal masuk", the article in a long-text field, then its attachments, status and
comments). (The Confluence page exported to HTML is tested in
tests/ingest/test_confluence_page.py, a card whose name carries the outlet in brackets
in tests/ingest/test_trello_export.py.)"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page

from warta.clean.chat_export import read_chat_export

_HEADLINE = "Perahu Penyeberangan Danau Kembali Beroperasi Usai Dermaga Diperbaiki"
_DATE_LINE = "Kamis, 4 Maret 2027 16:20 WIB"
_LEAD = (
    "KOTASENJA.COM, TEPIAN - Perahu penyeberangan di danau itu kembali beroperasi pada "
    "Kamis (4/3/2027) pagi setelah dermaga kayu yang lapuk selesai diperbaiki warga."
)
_MIDDLE = (
    "Selama sebulan perbaikan, warga dua desa di seberang danau harus memutar sejauh dua "
    "puluh kilometer melalui jalan tanah untuk sampai ke pasar kecamatan."
)
_LAST = (
    "Pengelola penyeberangan akan menambah satu perahu lagi pada pekan depan untuk "
    "melayani anak sekolah pada jam berangkat pagi."
)
_URL = "https://kotasenja.id/2027/03/04/perahu-penyeberangan-danau-kembali-beroperasi/"


def _article() -> list[str]:
    return [_HEADLINE, "Penulis: Rudi Hartono", _LEAD, _MIDDLE, _LAST]


def _thread() -> str:
    return "\n".join(
        [
            "Pantau Media Danau > Kabupaten Tepian",
            "Postingan   File   Catatan   +",
            "Sinta Mulyani   05/03 08.10",
            "Artikel untuk rekap layanan publik, tolong dicek @Bagas Wirawan",
            _URL,
            "kotasenja.id",
            f"{_HEADLINE} - Kota Senja",
            "Perahu penyeberangan kembali melayani warga dua desa setelah dermaga diperbaiki.",
            "Salinan teks dari situs:",
            *_article(),
            "👍 3   ❤️ 2",
            "2 balasan dari Bagas Wirawan dan Sinta Mulyani",
            "Bagas Wirawan   05/03 09.00",
            "Sudah saya cek, nadanya positif dan sudah masuk rekap baris tujuh.",
            "Sinta Mulyani   05/03 09.04",
            "Terima kasih, nanti foto dermaganya saya unggah ke folder bersama.",
            "Balas",
        ]
    )


def test_a_copied_thread_reads_as_the_article_pasted_in_its_post() -> None:
    art = clean_page(_thread())
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD[len("KOTASENJA.COM, TEPIAN - ") :][:40])
    assert art.text.rstrip().endswith(_LAST)
    for chatter in ("rekap baris", "folder bersama", "balasan dari", "kembali melayani warga"):
        assert chatter not in art.text
    # the lead's day dates the story; the posts' clocks date nothing
    assert art.published is not None and art.published.iso == "2027-03-04"


def test_a_thread_needs_two_post_heads() -> None:
    page = "\n".join([_HEADLINE, "Rudi Hartono   04/03 16.20", _LEAD, _MIDDLE, _LAST])
    assert read_chat_export(page) is None


def _record(stamp_field: str) -> str:
    return "\n".join(
        [
            "Kliping Media Danau   ›   Artikel Masuk   ›   Semua artikel",
            "Kota Senja – perahu penyeberangan danau",
            "Judul asli",
            _HEADLINE,
            "Media",
            "Kota Senja",
            "Tautan",
            _URL,
            stamp_field,
            "5/3/2027 08:15",
            "Tonalitas",
            "Positif",
            "Teks lengkap",
            _DATE_LINE,
            *_article()[1:],
            "Lampiran",
            "tangkapan-layar-dermaga.png",
            "Status",
            "✔ Masuk laporan harian",
            "Komentar",
            "Sinta Mulyani   5 Mar 08:20",
            "Angka penumpang beda dengan data dinas perhubungan, tolong dipantau lagi besok.",
            "Bagas Wirawan   5 Mar 09:02",
            "Baik, nanti saya tambahkan catatan kecil di laporan mingguan.",
            "Tambahkan komentar...",
        ]
    )


@pytest.mark.parametrize("stamp_field", ["Tanggal masuk", "Diunggah", "Date added"])
def test_a_records_stamp_under_its_own_field_never_dates_the_story(stamp_field: str) -> None:
    art = clean_page(_record(stamp_field))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2027-03-04"


def test_a_records_comments_are_no_part_of_its_article() -> None:
    art = clean_page(_record("Tanggal masuk"))
    assert art.text.rstrip().endswith(_LAST)
    for chatter in ("dinas perhubungan", "laporan mingguan", "tangkapan-layar"):
        assert chatter not in art.text


def test_a_table_of_names_and_clocks_is_no_thread() -> None:
    rows = ["Kapal Harapan   07.30", "Kapal Bahari   09.45", "Kapal Samudra   13.15"]
    page = "\n".join([_HEADLINE, _LEAD, "Jadwal penyeberangan:", *rows, _MIDDLE, _LAST])
    assert read_chat_export(page) is None
