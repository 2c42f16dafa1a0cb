"""Nicknames declared in more shapes: "<Name>, yang ... dikenal dengan julukan "<Nick>"",
"<Nick>, sapaan akrabnya", "<pejabat|pria> yang (di kampungnya) dipanggil <Nick> itu"
(lower case too), "memanggilnya Tuan Guru <Word>"; a part of the nickname the tagger
resolved on its own follows it (issue 17, blind4/blind5 class; invented sentences)."""

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
            'Juru kunci makam, Sukirno Wiryo, yang di kampung itu dikenal dengan julukan "Mbah Brewok" '
            'karena jenggotnya, menemukan retakan. "Saya lapor ke lurah," kata Mbah Brewok.',
            "Sukirno Wiryo",
            "Mbah Brewok",
        ),
        (
            'Pedagang sayur, Wartini Handayani, sudah berjualan tiga puluh tahun. "Harga cabai '
            'naik lagi," kata Yu Tini, sapaan akrabnya di pasar. Yu Tini lalu menimbang cabai.',
            "Wartini Handayani",
            "Yu Tini",
        ),
        (
            "Kepala dinas sosial, Ahmad Faizun Hakim, meninjau dapur umum. Pejabat yang di "
            "kampungnya dipanggil Ustaz Faizun itu membagikan nasi. Ustaz Faizun berjanji kembali.",
            "Ahmad Faizun Hakim",
            "Ustaz Faizun",
        ),
        (
            "Nelayan senior Baharuddin Lanto memimpin doa di dermaga. Setelah itu pria yang "
            "akrab disapa Daeng Lanto itu menurunkan perahu.",
            "Baharuddin Lanto",
            "Daeng Lanto",
        ),
    ],
)
def test_declared_nickname_is_the_person(text: str, name: str, nick: str) -> None:
    persons = _persons(text)
    assert nick in persons.get(name, set()), persons
    assert nick not in persons


def test_part_of_a_declared_nickname_follows_it() -> None:
    text = (
        "Pengasuh pondok, TGH Ahmad Sibawaih Hamdi, membuka pengajian. Santri memanggilnya "
        'Tuan Guru Sibawaih. "Jaga salat," pesan Tuan Guru kepada santri.'
    )
    persons = _persons(text)
    assert set(persons) == {"Ahmad Sibawaih Hamdi"}, persons
