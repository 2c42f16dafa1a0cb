"""An organisation the article gives under its present and a former name ("<New>, yang
sebelumnya bernama <Old>"; "ketika kementerian tersebut masih bernama <Old>"; "lembaga itu
dulu bernama <Old>") is one entity under the present name (issue 17, blind3-blind7
class; invented sentences)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve


def _entities(text: str, tagged: list[tuple[str, str]]) -> dict[str, str | None]:
    return {surface: entity for surface, _t, entity in resolve(text, tagged)}


@pytest.mark.parametrize(
    ("text", "present", "former"),
    [
        (
            "Kementerian Ekonomi Kreatif, yang sebelumnya bernama Kementerian Pariwisata "
            "dan Ekonomi Kreatif, meluncurkan program baru.",
            "Kementerian Ekonomi Kreatif",
            "Kementerian Pariwisata dan Ekonomi Kreatif",
        ),
        (
            "Kementerian Kelautan Terpadu menambah kapal patroli. Program itu dimulai "
            "ketika kementerian tersebut masih bernama Kementerian Perikanan Laut.",
            "Kementerian Kelautan Terpadu",
            "Kementerian Perikanan Laut",
        ),
        (
            "Badan Riset Antariksa mencatat tiga peluncuran. Pada 1998, lembaga itu dulu "
            "bernama Pusat Kajian Dirgantara dan belum punya satelit.",
            "Badan Riset Antariksa",
            "Pusat Kajian Dirgantara",
        ),
        (
            "Direktur Otoritas Pelabuhan Timur bicara kepada wartawan. Sejak otoritasnya "
            "semula bernama Otoritas Dermaga Timur, tarif tidak naik.",
            "Otoritas Pelabuhan Timur",
            "Otoritas Dermaga Timur",
        ),
    ],
)
def test_a_former_name_is_the_present_organisation(text: str, present: str, former: str) -> None:
    assert _entities(text, [(present, "ORG"), (former, "ORG")])[former] == present


def test_a_ministry_anaphor_needs_a_ministry() -> None:
    text = (
        "Badan Gizi Daerah membagikan makanan. Saat kementerian itu masih bernama "
        "Kementerian Bina Sosial, bantuan belum ada."
    )
    tagged = [("Badan Gizi Daerah", "ORG"), ("Kementerian Bina Sosial", "ORG")]
    assert _entities(text, tagged)["Kementerian Bina Sosial"] == "Kementerian Bina Sosial"


def test_a_name_without_a_past_word_is_not_former() -> None:
    text = "Kementerian Ekonomi Kreatif menggandeng perusahaan bernama Kreasi Nusa Digital."
    tagged = [("Kementerian Ekonomi Kreatif", "ORG"), ("Kreasi Nusa Digital", "ORG")]
    assert _entities(text, tagged)["Kreasi Nusa Digital"] == "Kreasi Nusa Digital"
