"""A form of address before a given name or its first syllables ("Koh Rudi", "Bang
Rasyid", "Mbah Karto" for Kartowiyono) is the one person of the article so named, not a
second person or an organisation (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _owner(text: str, form: str) -> list[tuple[str, str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return [(r.name, r.type) for r in refs if form in r.mentions]


@pytest.mark.parametrize(
    ("text", "form", "person"),
    [
        (
            "Pengusaha Rudi Santoso Halim membuka toko. Warga memanggilnya Koh Rudi. "
            "Koh Rudi tersenyum.",
            "Koh Rudi",
            "Rudi Santoso Halim",
        ),
        (
            "Kepala desa Ahmad Rasyid Lubis menyambut kami. Bang Rasyid mengatakan jalan rusak.",
            "Bang Rasyid",
            "Ahmad Rasyid Lubis",
        ),
        (
            "Kartowiyono sudah 70 tahun berjualan. Mbah Karto mengaku tetap sehat.",
            "Mbah Karto",
            "Kartowiyono",
        ),
        (
            "Pelatih Sutrisno Hadi Wibowo memuji timnya. Menurut Cak Sutris, lawan kuat.",
            "Cak Sutris",
            "Sutrisno Hadi Wibowo",
        ),
    ],
)
def test_addressed_name_is_its_person(text: str, form: str, person: str) -> None:
    assert _owner(text, form) == [(person, "PER")]


def test_addressed_name_shared_by_two_people_stays_apart() -> None:
    text = "Rudi Hartono dan Rudi Salim datang bersama. Koh Rudi lalu pulang lebih dulu."
    owners = _owner(text, "Koh Rudi")
    assert ("Rudi Hartono", "PER") not in owners and ("Rudi Salim", "PER") not in owners


def test_name_a_letter_short_of_another_is_another_person() -> None:
    text = (
        "Camat Andi Yusman meninjau pasar. Salah satu pedagang, Daeng Yusma (48), "
        "belum mendapat lapak."
    )
    assert ("Andi Yusman", "PER") not in _owner(text, "Daeng Yusma")
