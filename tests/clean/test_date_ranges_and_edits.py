"""Dates that must never be read as publication dates: a range of days written with two
separators ("4-5/10"), and a page's last edit given in the markup without its first
publication. Invented pages and lines."""

from __future__ import annotations

import pytest

from warta.clean.dates import find_dates
from warta.ingest.html import first_published
from warta.records import PartialDate


@pytest.mark.parametrize(
    "line",
    [
        "Sabtu-Minggu (7-8/6) lalu, panitia menggelar lomba perahu naga.",
        "Festival digelar Jumat-Sabtu (12-13/9) di alun-alun kota.",
        "Pameran berlangsung tiga hari, Kamis-Sabtu (2-4/11).",
        "Rapat kerja daerah, Senin-Selasa (1-2/12), diikuti 300 kader.",
    ],
)
def test_a_range_of_days_without_a_year_is_no_date(line: str) -> None:
    assert find_dates(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Musyawarah digelar Sabtu-Ahad (4-5/10/2025) di aula.", PartialDate(2025, 10, 5)),
        ("Turnamen berlangsung Jumat-Minggu (21-23/3/2025).", PartialDate(2025, 3, 23)),
        ("Diterbitkan Senin (3/2/25) pagi.", PartialDate(2025, 2, 3)),
        ("Rabu, 12.06.2024 pukul 10.00 WIB", PartialDate(2024, 6, 12)),
        ("Kamis (14-11-2024) dini hari", PartialDate(2024, 11, 14)),
    ],
)
def test_a_range_with_a_year_gives_a_day_of_that_year(line: str, expected: PartialDate) -> None:
    assert [f.date for f in find_dates(line)] == [expected]


_MODIFIED_TAGS = [
    '<meta property="article:modified_time" content="{d}T09:40:00+07:00">',
    '<meta property="og:updated_time" content="{d}T10:00:00+08:00">',
    '<script type="application/ld+json">{{"dateModified": "{d}T11:00:00Z"}}</script>',
    '<meta name="last-modified" content="{d}">',
]


@pytest.mark.parametrize("tag", _MODIFIED_TAGS)
def test_a_last_edit_alone_in_the_markup_is_not_the_publication(tag: str) -> None:
    page = "<html><head>" + tag.format(d="2025-03-07") + "</head><body>...</body></html>"
    assert first_published(page, "2025-03-07") is None


@pytest.mark.parametrize("tag", _MODIFIED_TAGS)
def test_a_publication_date_in_the_markup_stands(tag: str) -> None:
    page = (
        "<html><head>" + tag.format(d="2025-03-07")
        + '<meta property="article:published_time" content="2025-03-06T21:05:00+07:00">'
        + "</head></html>"
    )
    assert first_published(page, "2025-03-06") == "2025-03-06"
    same_day = page.replace("2025-03-06T21", "2025-03-07T08")
    assert first_published(same_day, "2025-03-07") == "2025-03-07"


def test_a_date_the_markup_does_not_give_is_kept() -> None:
    assert first_published("<html><body><time>...</time></body></html>", "2025-01-02") == (
        "2025-01-02"
    )
