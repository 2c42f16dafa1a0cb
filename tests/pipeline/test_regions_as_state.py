"""Indonesian regions stand for Indonesia in relations only where a foreign state acts."""

from __future__ import annotations

import pytest

from warta.pipeline.local import process

FOREIGN_AID_TO_REGION = [
    (
        "Pemerintah Korea Selatan mengirim bantuan kemanusiaan ke Kabupaten Cianjur, "
        "Jawa Barat, pada Senin (3/2/2025).",
        ("South Korea", "aid", "Indonesia"),
    ),
    (
        "Pemerintah Jepang mengirim bantuan darurat ke Kabupaten Sigi setelah gempa "
        "mengguncang wilayah itu, Rabu (5/2/2025).",
        ("Japan", "aid", "Indonesia"),
    ),
]

DOMESTIC = [
    "Pemerintah Kabupaten Bogor menggugat PT Sinar Abadi Lestari ke pengadilan negeri.",
    "Pemerintah Provinsi Jawa Tengah menandatangani nota kesepahaman dengan Bank Jateng.",
]


@pytest.mark.parametrize(("text", "triple"), FOREIGN_AID_TO_REGION)
def test_aid_from_a_foreign_state_to_a_region_reaches_indonesia(
    text: str, triple: tuple[str, str, str]
) -> None:
    article = process(text, published="2025-02-06")
    assert triple in [(r.source, r.action, r.target) for r in article.relations]
    # The stored mentions keep the region itself.
    assert all(m.referent != "Indonesia" for m in article.mentions)


@pytest.mark.parametrize("text", DOMESTIC)
def test_a_region_in_domestic_news_is_never_indonesia(text: str) -> None:
    article = process(text, published="2025-02-06")
    assert all("Indonesia" not in (r.source, r.target) for r in article.relations)
