"""A date line naming its author after a separator ("6 Oktober 2025 · Oleh: Nama ·
dibaca 412 kali") is a byline that dates the story, and a picture's caption ending in a
bare credit ("... FOTO: ISTIMEWA") is a caption: neither is the headline. Invented pages."""

from __future__ import annotations

import pytest

from warta.pipeline.local import process

_LEAD = (
    "KOTA BARU, Warta Kita — Pemerintah kabupaten membuka posko pengungsian di tiga "
    "kecamatan setelah banjir merendam ratusan rumah sejak Selasa malam. Petugas masih "
    "mendata warga yang mengungsi ke rumah kerabat.\n\n"
    "Kepala pelaksana BPBD setempat mengatakan bantuan logistik tiba pada Rabu pagi dan "
    "dibagikan langsung ke posko-posko."
)
_HEADLINE = "Banjir Rendam Tiga Kecamatan, Pemkab Buka Posko Pengungsian"


@pytest.mark.parametrize(
    "byline",
    [
        "6 Oktober 2025   ·   Oleh: Siti Marlina   ·   dibaca 412 kali",
        "6 Oktober 2025 | Oleh Redaksi Warta Kita | 3 menit baca",
        "Senin, 6 Oktober 2025 • oleh Bagus Pratama",
    ],
)
def test_a_date_line_with_its_author_is_a_byline(byline: str) -> None:
    page = f"Warta Kita\nBeranda  Berita  Daerah\n\n{_HEADLINE}\n{byline}\n\n{_LEAD}\n"
    article = process(page)
    assert article.title == _HEADLINE
    assert article.published is not None and article.published.iso == "2025-10-06"


@pytest.mark.parametrize(
    "caption",
    [
        "Warga mengungsi ke posko di halaman kantor kecamatan. FOTO: ISTIMEWA",
        "Petugas membagikan bantuan kepada pengungsi di Kota Baru. Foto: Dok. BPBD",
        "Rumah warga terendam hingga atap di Desa Sukamaju. FOTO: HUMAS PEMKAB",
    ],
)
def test_a_caption_with_a_bare_credit_is_not_the_title(caption: str) -> None:
    page = (
        f"Warta Kita\nBeranda  Berita  Daerah\n\n{_HEADLINE}\nSelasa, 7 Oktober 2025 08:10 WIB"
        f"\n\n{caption}\n\n{_LEAD}\n"
    )
    article = process(page)
    assert article.title == _HEADLINE
    assert caption not in article.text


def test_by_a_body_sentence_is_not_a_byline() -> None:
    page = (
        f"{_HEADLINE}\nSelasa, 7 Oktober 2025\n\n{_LEAD}\n\n"
        "Jalan desa sempat ditutup oleh petugas gabungan hingga air surut pada sore hari.\n"
    )
    article = process(page)
    assert "ditutup oleh petugas gabungan" in article.text
