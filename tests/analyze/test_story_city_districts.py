"""Districts named after their city ("Palu Timur", "Kendari Barat"): a lead naming one
without "Kecamatan" places its news in that district (``stories.lead_villages``), and two
near reports of one city whose leads name such districts apart do not link at the town
bar (``story_clusters._same_town``): a robbery in the city's east and a poisoning in its
west, told the same days by one police chief.

Invented articles and places: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import sparse

from warta.analyze.stories import BARS, lead_regions, lead_villages
from warta.analyze.story_clusters import DISTRICT_MARK, UnitView, pair_link


def test_a_lead_names_a_district_by_its_city_and_a_compass_point() -> None:
    lead = "PALU - Gudang ban di Palu Timur terbakar, Senin (2/3/2026) dini hari."
    assert lead_villages(lead) == {f"{DISTRICT_MARK}Palu Timur"}
    assert f"{DISTRICT_MARK}Palu Timur" in lead_regions(lead)
    # With its kind word, the same district once.
    assert lead_villages("Gudang di Kecamatan Palu Timur, Palu, terbakar.") == {
        f"{DISTRICT_MARK}Palu Timur"
    }


def test_a_part_of_town_or_a_regency_named_whole_is_no_district() -> None:
    # No district of that city bears the name: a part of town, where a hospital is.
    assert lead_villages("Korban dirawat di sebuah klinik di Bandung Timur.") == set()
    # A regency of its own, not a district of another.
    assert lead_villages("Banjir merendam dua desa di Luwu Timur.") == set()
    # A name running on is another word: no district.
    assert lead_villages("Warga Palu Timurnya datang.") == set()


def _pair(places_a: set[str], places_b: set[str]) -> float | None:
    """Two reports a day apart whose texts are close enough for the town bar only."""
    cosine = (BARS.same_town_link_cosine + BARS.near_link_cosine) / 2
    x = sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))
    a = UnitView((100, 100), frozenset(), rep_places=frozenset(places_a))
    b = UnitView((101, 101), frozenset(), rep_places=frozenset(places_b))
    return pair_link([a, b], x, None, BARS, 0, 1)


def test_two_districts_of_one_city_do_not_link_at_the_town_bar() -> None:
    city = {"Sulawesi Tengah", "Sulawesi Tengah/Palu"}
    east = lead_regions("PALU - Toko ponsel di Palu Timur dibobol, Senin (2/3/2026).")
    west = lead_regions("PALU - Tiga warga Palu Barat tewas usai minum tuak, Selasa (3/3/2026).")
    same = lead_regions("PALU - Polisi menangkap pembobol toko ponsel di Palu Timur.")
    assert _pair(east, same) is not None  # one district: the town bar holds
    assert _pair(east, city) is not None  # a lead naming the city alone: still one town
    assert _pair(east, west) is None
