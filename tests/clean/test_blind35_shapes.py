"""Shapes seen on the thirty-fifth blind page set, each an invented page written here in
that shape (not a labelled page): a radio station's page whose player calls the reader to
its live stream under the story's meta lines, a campus news page whose headline opens
with a role ("Dosen ...", "Peneliti ...") under the section's banner, an empty comment
box's note under the story, and a document downloaded from a word processor as plain
text with its comments' anchors and the comments listed at the end. (The fifth shape,
a wiki page's source, is tested in tests/ingest/test_wikitext.py.)"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import patterns as P
from warta.clean.doc_comments import split_doc_comments

_LEAD = (
    "Pemerintah kabupaten menambah dua kapal penyeberangan untuk melayani warga pulau "
    "kecil sepanjang musim angin barat ketika ombak sedang tinggi."
)
_MIDDLE = (
    "Kepala dinas perhubungan mengatakan kapal tambahan akan berlayar setiap pagi dan "
    "sore dari dermaga utama menuju tiga pulau berpenghuni."
)
_LAST = "Warga diminta memeriksa jadwal keberangkatan di pos pelabuhan sebelum berangkat."


@pytest.mark.parametrize(
    "call",
    [
        "Dengarkan siaran Radio Suara Pesisir FM 98.7 Kendari",
        "Dengarkan live streaming Radio Kita 101.2 FM",
        "Dengarkan siaran langsung Suara Kota Pro 2",
    ],
)
def test_a_stations_call_to_its_live_stream_is_a_player(call: str) -> None:
    assert P.BROADCAST_CALL_RE.match(call)


@pytest.mark.parametrize(
    "line",
    [
        "Siaran Radio Komunitas di Pulau Kecil Dihentikan Sementara",
        "Dengarkan siaran radio itu, kata kepala desa kepada warganya.",
        "Dengarkan Radio Tiap Pagi, Warga Desa Tak Pernah Ketinggalan Kabar",
        "Simak Live Streaming Final Liga Desa Malam Ini",
    ],
)
def test_a_headline_or_a_sentence_about_a_broadcast_is_no_player(line: str) -> None:
    assert not P.BROADCAST_CALL_RE.match(line)


def test_the_headline_is_not_the_radio_stations_stream_call_under_its_meta() -> None:
    headline = "Pemkab Tambah Dua Kapal Penyeberangan Selama Musim Angin Barat"
    page = "\n".join(
        [
            "Radio Suara Pesisir",
            "Beranda   Daerah   Ekonomi   Podcast   Radio Streaming",
            "DAERAH",
            headline,
            "Kamis, 5 Maret 2026 - 09:20 WITA",
            "Reporter: Rudi Hartanto  |  Editor: Wulan Sari",
            "Dengarkan siaran Radio Suara Pesisir FM 98.7 Kendari",
            "Kapal penyeberangan bersandar di dermaga utama. (Suara Pesisir/Rudi)",
            f"Kendari - {_LEAD}",
            _MIDDLE,
            _LAST,
            "Tag:   kapal   pelabuhan",
        ]
    )
    art = clean_page(page)
    assert art.title == headline
    assert "Dengarkan siaran" not in art.text
    assert art.text.startswith(_LEAD[:40])


def test_a_campus_headline_opening_with_a_role_is_no_authors_card() -> None:
    # "Berita Kampus" over "Dosen ..." reads like a name over a role; a banner of the
    # site's words names no one
    headline = "Dosen Teknik Sipil Rancang Tanggul Bambu untuk Desa Rawan Abrasi"
    page = "\n".join(
        [
            "Universitas Pesisir Raya",
            "Akademik   Riset   Pengabdian   Kemahasiswaan   Alumni   Kontak",
            "Beranda  >  Berita  >  Riset",
            "Berita Kampus",
            headline,
            "Humas  |  4 Maret 2026  |  Dibaca 210 kali",
            "Tim dosen memeriksa tanggul bambu di pantai desa. (Foto: Humas)",
            f"Kendari – {_LEAD}",
            _MIDDLE,
            _LAST,
            "Kategori: Riset",
        ]
    )
    art = clean_page(page)
    assert art.title == headline


def test_a_name_over_a_role_is_still_an_authors_card() -> None:
    page = "\n".join(
        [
            "Kolom Warga",
            "Rina Kusumawati",
            "Dosen Teknik Sipil Universitas Pesisir | Air Perkotaan",
            "Tanggul Bambu Bisa Jadi Jawaban Abrasi di Desa Pesisir",
            "Senin, 2 Maret 2026",
            _LEAD,
            _MIDDLE,
            _LAST,
        ]
    )
    removed = set_aside(clean_page(page))
    assert removed.get("Rina Kusumawati") == "byline"


@pytest.mark.parametrize(
    "note",
    [
        "Belum ada komentar untuk berita ini. Jadilah orang pertama yang berkomentar!",
        "Belum ada tanggapan di sini",
        "Jadilah orang pertama yang mengomentari berita ini!",
        "No comments yet. Be the first to comment.",
    ],
)
def test_an_empty_comment_boxs_note_is_set_aside(note: str) -> None:
    art = clean_page(
        "\n".join(["Kapal Tambahan Melayani Pulau Kecil", _LEAD, _MIDDLE, _LAST, note])
    )
    assert art.text.rstrip().endswith(_LAST)
    assert note not in art.text


def test_a_story_saying_no_one_has_commented_keeps_the_sentence() -> None:
    sentence = "Belum ada komentar dari pengelola pelabuhan terkait jadwal kapal tambahan itu."
    art = clean_page("\n".join(["Kapal Tambahan Melayani Pulau Kecil", _LEAD, _MIDDLE, sentence]))
    assert art.text.rstrip().endswith(sentence)


_DOC_HEADLINE = "Kapal Tambahan Layani Warga Pulau Kecil Selama Musim Angin Barat"


def _document_download() -> str:
    return "\n".join(
        [
            "\ufeffKLIPING HARIAN – PERHUBUNGAN LAUT",
            "Tim Pemantau Media Laut Biru | Dokumen kerja",
            "Tanggal kliping: Jumat, 6 Maret 2026",
            "",
            "No. 07",
            "Sumber: https://kabarpesisir.example/2026/03/05/kapal-tambahan[a]",
            "Tonalitas: positif",
            "",
            f"{_DOC_HEADLINE}[b]",
            "Penulis: Rudi Hartanto | Editor: Wulan Sari",
            "Kamis, 5 Maret 2026 09:20 WITA",
            f"KABARPESISIR.EXAMPLE, KENDARI - {_LEAD}",
            f"{_MIDDLE}[c]",
            _LAST,
            "",
            "________________",
            "[a]Sari Dewi: Tautan masih aktif.",
            "[b]Andi Pratama: Judul dipakai untuk ringkasan klien.",
            "[c]Sari Dewi: Cek nama dermaganya.",
        ]
    )


def test_a_documents_comments_and_their_anchors_are_no_part_of_the_story() -> None:
    art = clean_page(_document_download())
    assert art.title == _DOC_HEADLINE
    assert art.text.rstrip().endswith(_LAST)
    assert "[c]" not in art.text and "Cek nama" not in art.text
    assert any(r.reason == "doc-comments" for r in art.removed)


def test_brackets_of_the_story_itself_stay() -> None:
    # no comment list under a rule: the brackets are the story's
    text = "Tabel memuat kolom [a] dan [b].\n\nDaftar[a] disusun panitia."
    assert split_doc_comments(text) == (None, text)


def test_only_the_listed_comments_marks_are_taken_off() -> None:
    text = "Jalan rusak[a] diperbaiki, kata warga[z].\n\n__________\n[a]Sari: cek."
    assert split_doc_comments(text)[1] == "Jalan rusak diperbaiki, kata warga[z]."
