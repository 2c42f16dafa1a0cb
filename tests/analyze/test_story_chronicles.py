"""A lead that walks through two or more days is a chronology
(:func:`warta.analyze.story_chronicles.lead_chronicle`).

Invented leads: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import pytest

from warta.analyze.story_chronicles import lead_chronicle


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Bare weekdays heading each happening, counts after them.
        (
            "Dua Kebakaran Pasar dalam Sepekan",
            "Pekan ini dua pasar di Kota Lorem terbakar. Rabu, 12 kios hangus di Pasar "
            "Timur. Sabtu, giliran Pasar Barat kehilangan 30 los.\nPetugas menduga korsleting.",
        ),
        # Dates with a month name and no year, "pada" before each.
        (
            "Banjir dan Longsor Susul-menyusul",
            "Pada 3 Maret, sungai meluap di dua desa. Lalu pada 19 Maret, tebing di hulu "
            "runtuh menimpa jalan kabupaten.",
        ),
        # Two days before one month, in the second paragraph.
        (
            "Gardu Induk Kembali Padam",
            "Warga Kecamatan Ipsum kembali mengeluh.\nListrik padam pada 4 dan 11 Juni "
            "hingga malam.",
        ),
        # A dated weekday and a bare other weekday.
        (
            None,
            "Sidang pertama digelar Senin (2/6/2025); Kamis pekan berikutnya saksi ahli didengar.",
        ),
    ],
)
def test_a_lead_naming_two_days_is_a_chronology(title: str | None, text: str) -> None:
    assert lead_chronicle(title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # An editorial naming no day.
        (
            "Tajuk: Jembatan yang Menunggu Runtuh",
            "Retakan di pilar itu sudah terlihat bertahun-tahun. Kita terlalu sering "
            "menunggu korban sebelum bertindak.",
        ),
        # One day, named as a weekday with its date and again alone.
        (
            None,
            "Rapat dibuka Selasa, 8 Juli 2025, di aula. Selasa sore, 40 warga datang "
            "menyampaikan keberatan.",
        ),
        # One day named as a weekday with its numeric date.
        (None, "Gudang itu terbakar Jumat (14/3) dini hari."),
        # A weekday before a count is no date: still one day.
        (None, "Minggu, 25 pedagang mengungsi ke lapangan desa."),
        # Lower-case "minggu" is a week, not Sunday.
        (None, "Dua minggu setelah tanggul jebol pada Rabu, warga masih mengungsi."),
    ],
)
def test_a_lead_naming_one_day_or_none_is_no_chronology(title: str | None, text: str) -> None:
    assert not lead_chronicle(title, text)


def test_only_the_lead_is_read() -> None:
    # Days named after the first two paragraphs are the body's, not the lead's.
    text = "Warga memadati posko.\nBantuan terus datang.\nSenin dan Jumat, truk tiba."
    assert not lead_chronicle("Posko Pengungsi Penuh", text)


def test_the_store_keeps_a_leads_chronology_with_its_terms() -> None:
    # The store reads a doc's chronology from its stored terms, as the index reads it
    # from the text (warta.corpus.stories._text_terms).
    from warta.corpus.stories import _text_terms

    walk = "Pada 3 Maret sungai meluap. Pada 19 Maret tebing runtuh."
    assert _text_terms("Banjir dan Longsor", walk, None).chronicle
    assert not _text_terms("Tajuk: Tebing Rapuh", "Kita terlalu lama menunggu.", None).chronicle
