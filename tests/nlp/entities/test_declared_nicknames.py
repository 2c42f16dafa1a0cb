"""A nickname the article declares is its bearer, never a second person or an
organisation: "X, yang akrab disapa Y", "Y, sapaan akrab X", "Y, begitu ia biasa
disapa". Invented sentences (the shipped NER runs: these are whole-pipeline outcomes)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "nick"),
    [
        ("Ketua DPRD Hendra Saputra, yang akrab disapa Bang Hendra, menolak usulan itu. "
         "Bang Hendra meminta pemerintah menunda rencana tersebut.",
         "Hendra Saputra", "Bang Hendra"),
        ("Kepala dinas Siti Rohana, yang oleh pegawainya biasa dipanggil Bu Ana, membuka "
         "pelatihan. Menurut Bu Ana, pelatihan digelar tiga hari.",
         "Siti Rohana", "Bu Ana"),
        ("Pengasuh pesantren Ahmad Muzakki atau biasa disapa Gus Zaki menghadiri acara "
         "itu. Gus Zaki berpesan agar santri tekun belajar.",
         "Ahmad Muzakki", "Gus Zaki"),
        ("Cak Nun, sapaan akrab Emha Ainun Nadjib, hadir di Yogyakarta. Emha Ainun Nadjib "
         "berbicara selama satu jam.",
         "Emha Ainun Nadjib", "Cak Nun"),
        ("Direktur Utama Wijaya Kusuma Lestari membuka rapat. Menurut Koh Wijaya, begitu "
         "ia biasa disapa, penjualan naik 12 persen.",
         "Wijaya Kusuma Lestari", "Koh Wijaya"),
    ],
)
def test_a_declared_nickname_is_its_bearer(text: str, name: str, nick: str) -> None:
    persons = _persons(text)
    holders = [n for n, forms in persons.items() if nick in forms]
    assert holders == [name]


def test_without_a_declaration_a_name_stays_apart() -> None:
    text = ("Bupati Joko Santoso meninjau jembatan. Mas Budi, pedagang di pasar, mengaku "
            "omzetnya turun.")
    persons = _persons(text)
    assert not any("Mas Budi" in forms for n, forms in persons.items() if n == "Joko Santoso")
