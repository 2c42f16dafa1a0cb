"""Nicknames declared by "yang oleh <who, up to four words> (lebih akrab) disapa/dijuluki
"<Nick>"", ""<Nick>", begitu <Name> biasa disapa" and "<Nick>, sapaan (akrab|warga
kepada) <office>(nya)" (issue 17, blind6 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "nick"),
    [
        (
            "Kiper asal Argentina, Lucas Emiliano Ferreyra, tampil gemilang. Ferreyra, yang oleh "
            'pendukung di Makassar dijuluki "Si Tembok", menepis dua penalti. Si Tembok lalu '
            "menyalami penonton.",
            "Lucas Emiliano Ferreyra",
            "Si Tembok",
        ),
        (
            "Penjaga mercusuar, Sahabuddin Lamatta, yang oleh para nelayan lebih akrab disapa "
            "Wak Sahab, menyalakan lampu. Menurut Wak Sahab, ombak sedang tinggi.",
            "Sahabuddin Lamatta",
            "Wak Sahab",
        ),
        (
            'Acara itu dihadiri Wali Kota Tegal Ratna Kumalasari Dewi. "Bu Ratna", begitu '
            "Kumalasari biasa disapa warganya, menanam pohon. Bu Ratna lalu pulang.",
            "Ratna Kumalasari Dewi",
            "Bu Ratna",
        ),
        (
            "Bupati Magetan Suryo Wicaksono Adinegoro meninjau pasar bersama Kepala Dinas "
            "Perdagangan, Heru Santosa. Mas Suryo, sapaan akrab bupati, membeli sayur.",
            "Suryo Wicaksono Adinegoro",
            "Mas Suryo",
        ),
        (
            "Bupati Blora, Anindito, datang bersama Kepala Pelaksana BPBD, Wahyu Prasetyo "
            "Hadi. Menurut Kang Bup, sapaan warga kepada bupatinya, tanggul akan diperbaiki.",
            "Anindito",
            "Kang Bup",
        ),
    ],
)
def test_dubbed_nickname_is_the_person(text: str, name: str, nick: str) -> None:
    persons = _persons(text)
    assert nick in persons.get(name, set()), persons
    assert nick not in persons


def test_office_nobody_holds_declares_nothing() -> None:
    text = (
        "Kepala Dinas Perikanan, Hendra Gunawan Putra, meninjau sawah. Mas Camat, sapaan "
        "akrab camat, tidak datang."
    )
    persons = _persons(text)
    assert "Mas Camat" not in persons.get("Hendra Gunawan Putra", set()), persons
