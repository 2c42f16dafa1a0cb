"""Shapes seen on the thirty-sixth blind page set, each an invented page written here in
that shape (not a labelled page): a caption whose template sets the photo credit off
with a bar ("... | Foto: Nama/Situs") under the headline, and a page saved with the news
whose only date is the lead's bare "Weekday (d/m)", the year printed nowhere but in the
site's copyright line. (The other two shapes, a kanban card's JSON export and an
outliner's Markdown page, are tested in tests/ingest/test_trello_export.py and
tests/ingest/test_outline_page.py.)"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import patterns as P

_HEADLINE = "Dua Kapal Penyeberangan Ditambah Selama Musim Angin Barat di Pulau Kecil"
_CAPTION = "Kapal penyeberangan bersandar di dermaga utama pulau. | Foto: Dodi Saputra/Kabar Hulu"
# 2 December 2027 is a Thursday ("Kamis"); so is 2 December 2021, but not in 2026.
_LEAD = (
    "Kabar Hulu, Muara – Pemerintah kabupaten menambah dua kapal penyeberangan untuk "
    "melayani warga pulau kecil, Kamis (2/12). Kapal mulai berlayar pekan depan."
)
_MIDDLE = (
    "Kepala dinas perhubungan mengatakan kapal tambahan akan berlayar setiap pagi dan "
    "sore dari dermaga utama menuju tiga pulau berpenghuni."
)
_LAST = "Warga diminta memeriksa jadwal keberangkatan di pos pelabuhan sebelum berangkat."


def _page(copyright_line: str) -> str:
    return "\n".join(
        [
            "Kabar Hulu",
            "Beranda   Daerah   Ekonomi   Olahraga",
            "Oleh: Dodi Saputra",
            _HEADLINE,
            _CAPTION,
            _LEAD,
            _MIDDLE,
            _LAST,
            "Editor: Rina Wulandari",
            "Tentang Kami  |  Redaksi  |  Kontak",
            copyright_line,
        ]
    )


@pytest.mark.parametrize(
    "caption",
    [
        _CAPTION,
        "Petani memanen padi di sawah desa. • Foto: Rina/Kabar Kita",
        "Warga antre di depan balai desa. | FOTO: Dok. Pemdes",
    ],
)
def test_a_credit_set_off_by_a_bar_or_bullet_ends_a_caption(caption: str) -> None:
    assert P.CAPTION_SOURCE_RE.search(caption)


def test_a_sentence_naming_a_photo_is_no_caption() -> None:
    sentence = "Panitia lomba memajang karya peserta di balai desa | foto terbaik dipilih juri."
    assert not P.CAPTION_SOURCE_RE.search(sentence)


def test_the_barred_caption_under_the_headline_is_set_aside() -> None:
    art = clean_page(_page("© 2027 Kabar Hulu. All Rights Reserved."))
    assert art.title == _HEADLINE
    assert set_aside(art).get(_CAPTION) == "caption"
    # the body opens with the lead (its dateline or not), the caption gone from over it
    assert "Pemerintah kabupaten menambah" in art.text.split("\n\n")[0]
    assert "Foto:" not in art.text


def test_the_copyright_year_dates_a_bare_weekday_lead_when_the_weekday_fits() -> None:
    art = clean_page(_page("© 2027 Kabar Hulu. All Rights Reserved."))
    assert art.published is not None and art.published.iso == "2027-12-02"
    assert "copyright" in (art.published_evidence or "")


def test_a_copyright_year_the_weekday_does_not_fit_dates_nothing() -> None:
    # 2 December 2026 is a Wednesday: the lead's "Kamis" was written in another year
    art = clean_page(_page("© 2026 Kabar Hulu. All Rights Reserved."))
    assert art.published is None


def test_a_copyright_line_without_a_year_dates_nothing() -> None:
    art = clean_page(_page("© Kabar Hulu. All Rights Reserved."))
    assert art.published is None
