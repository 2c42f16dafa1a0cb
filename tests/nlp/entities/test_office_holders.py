"""The holder after "<office> <place>" is a person, whole: a two-word city written apart
or joined ("Banjar Baru"/"Banjarbaru"), the tagger's span begun inside the place, a
holder cut short, typed an organisation or missed, a rank between place and name
(issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.ner import find_mentions


def _refs(text: str) -> dict[str, str]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.type for r in refs}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Wali Kota Padang Sidimpuan Rizal Efendi Lubis membuka festival.", "Rizal Efendi Lubis"),
        ("Wali Kota Banjar Baru Adi Mufti Rahman meninjau banjir.", "Adi Mufti Rahman"),
        ("Wali Kota Pangkalpinang Maulana Akbar meninjau pasar.", "Maulana Akbar"),
        ("Wali Kota Tanjung Balai Waris Halim hadir dalam acara itu.", "Waris Halim"),
        ("Bupati Tanah Datar Eko Saputra meresmikan jembatan.", "Eko Saputra"),
        ("Wali Kota Tanjung Pinang Lisa Darmawan hadir.", "Lisa Darmawan"),
        ("Kapolres Garut AKBP Fajar Nugraha hadir di lokasi.", "Fajar Nugraha"),
    ],
)
def test_holder_after_office_and_place_is_a_person(text: str, person: str) -> None:
    refs = _refs(text)
    assert refs.get(person) == "PER", refs
    assert not any(
        t == "PER" and n != person and n.split()[-1] == person.split()[-1] for n, t in refs.items()
    )


@pytest.mark.parametrize(
    ("written", "other"),
    [("Banjar Baru", "Banjarbaru"), ("Pangkalpinang", "Pangkal Pinang")],
)
def test_compound_city_written_apart_or_joined(written: str, other: str) -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.lookup(written) is not None
    assert gazetteer.lookup(written) == gazetteer.lookup(other)
