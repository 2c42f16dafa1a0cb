"""A search engine's cache copy of a news page (saved as text): the banner over it is
crawler furniture, its capture date never dates the story, and the copied page's own
address gives the host and, when it carries one, the date. Invented pages."""

from __future__ import annotations

import pytest

from warta.pipeline.local import process

_BANNERS = [
    (
        "Ini adalah cache Google dari {url}. Ini adalah cuplikan laman seperti yang "
        "ditampilkan pada 9 Mar 2025 08:12:40 GMT.\n"
        "Laman terkini mungkin telah berubah sejak saat itu. Pelajari lebih lanjut.\n"
        "Versi lengkap   Versi teks saja   Lihat sumber\n"
        "Tips: Untuk menemukan istilah penelusuran Anda di laman ini dengan cepat, tekan "
        "Ctrl+F.\n"
    ),
    (
        "This is Google's cache of {url}. It is a snapshot of the page as it appeared on "
        "Mar 9, 2025 08:12:40 GMT.\n"
        "The current page could have changed in the meantime. Learn more.\n"
        "Full version   Text-only version   View source\n"
        "Tip: To quickly find your search term on this page, press Ctrl+F.\n"
    ),
    "Ini adalah versi cache Bing dari {url}.\n",
]

_PAGE = """
Kabar Selatan
Minggu, 9 Maret 2025
Beranda  Daerah  Ekonomi  Olahraga

Daerah
Jembatan Gantung Desa Sukaresmi Putus, Ratusan Pelajar Memutar 12 Kilometer

Penulis: Dimas Prakoso
Sabtu, 8 Maret 2025 | 16:40 WIB

SUKARESMI, KABARSELATAN - Jembatan gantung yang menghubungkan Desa Sukaresmi dan Desa \
Cibeureum putus diterjang arus sungai yang meluap pada Jumat malam. Ratusan pelajar \
kini harus memutar sejauh 12 kilometer untuk sampai ke sekolah.

Kepala Desa Sukaresmi mengatakan pemerintah desa sudah melaporkan kerusakan itu ke \
pemerintah kabupaten dan meminta jembatan darurat segera dibangun.

Warga berharap perbaikan dilakukan sebelum musim hujan mencapai puncaknya bulan depan.
"""

_URL = "https://kabarselatan.id/2025/03/08/jembatan-gantung-sukaresmi-putus/"


@pytest.mark.parametrize("banner", _BANNERS)
def test_a_cache_copy_reads_as_the_page_it_copies(banner: str) -> None:
    article = process(banner.format(url=_URL) + _PAGE)
    assert article.title == (
        "Jembatan Gantung Desa Sukaresmi Putus, Ratusan Pelajar Memutar 12 Kilometer"
    )
    assert article.published is not None and article.published.iso == "2025-03-08"
    assert article.text.startswith("Jembatan gantung yang menghubungkan")
    assert "cache" not in article.text.lower()
    assert article.host_site == "kabarselatan.id"


def test_the_capture_date_alone_never_dates_the_story() -> None:
    undated_url = "https://kabarselatan.id/daerah/jembatan-gantung-sukaresmi-putus"
    page = _PAGE.replace("Sabtu, 8 Maret 2025 | 16:40 WIB\n", "")
    article = process(_BANNERS[0].format(url=undated_url) + page)
    assert article.published is None or article.published.iso != "2025-03-09"
