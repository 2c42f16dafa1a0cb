"""Wards and villages named in leads tell two happenings of one city apart
(:func:`warta.analyze.stories.lead_villages`, ``story_clusters._other_places``), and a
weekday inside a quotation is no lead day (:func:`warta.analyze.stories.lead_days`).

Invented sentences: none of them comes from a gold or blind set.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from warta.analyze.stories import lead_days, lead_regions, lead_villages
from warta.analyze.story_clusters import (
    DISTRICT_MARK,
    VILLAGE_MARK,
    _other_places,
    _placed,
    _regencies,
)

DIY = "Daerah Istimewa Yogyakarta"


def test_a_lead_names_its_wards_and_villages_by_their_kind() -> None:
    lead = "SLEMAN - Dua rumah terbakar di Desa Wonorejo, Kecamatan Ngaglik, Selasa."
    assert lead_villages(lead) == {f"{VILLAGE_MARK}Wonorejo", f"{DISTRICT_MARK}Ngaglik"}
    assert f"{VILLAGE_MARK}Wonorejo" in lead_regions(lead)
    assert lead_villages("Warga Kelurahan Mekar Sari Baru mengungsi.") == {
        f"{VILLAGE_MARK}Mekar Sari Baru"
    }
    # A village is neither a province nor a regency.
    assert _regencies(lead_regions(lead)) == {f"{DIY}/Sleman"}


def test_a_lead_names_its_street_however_abbreviated() -> None:
    lead = "Sebuah apotek di Jl. Kenanga Raya, Kota Kediri, dibobol maling."
    assert lead_villages(lead) == {f"{VILLAGE_MARK}Jalan Kenanga Raya"}
    assert lead_villages("Apotek di Jalan Kenanga Raya dibobol.") == lead_villages(lead)
    # A sentence opening on the common word names no street.
    assert lead_villages("Jalan menuju dusun itu tertimbun longsor.") == frozenset()


def test_a_name_ends_where_the_next_place_kind_begins() -> None:
    lead = "Sumur warga di Desa Karangmojo Kecamatan Weru Kabupaten Sukoharjo mengering."
    assert lead_villages(lead) == {f"{VILLAGE_MARK}Karangmojo", f"{DISTRICT_MARK}Weru"}
    assert lead_villages("Jembatan di Kec. Sungai Ambawang putus.") == {
        f"{DISTRICT_MARK}Sungai Ambawang"
    }
    # A district is neither a village nor a regency.
    assert _regencies(lead_villages(lead)) == set()


def test_districts_apart_in_one_regency_are_other_places() -> None:
    regency = {"Jawa Tengah", "Jawa Tengah/Klaten"}
    flood = _cluster(regency | {f"{DISTRICT_MARK}Wedi"})
    fire = _cluster(regency | {f"{DISTRICT_MARK}Prambanan"})
    same = _cluster(regency | {f"{VILLAGE_MARK}Canan", f"{DISTRICT_MARK}Wedi"})
    assert _other_places(flood, fire)
    assert not _other_places(flood, same)
    assert not _other_places(flood, _cluster(regency))  # no district named: nothing told
    # A story's districts are those any of its leads names (the one naming the regency
    # alone changes nothing).
    fire.below = fire.below | {f"{DISTRICT_MARK}Wedi"}
    assert not _other_places(flood, fire)


def test_a_lead_naming_two_regencies_tells_no_district_apart() -> None:
    # A herd or a flood moving on into the next regency: its districts are no siblings.
    flood = _cluster({"Jawa Tengah", "Jawa Tengah/Klaten", f"{DISTRICT_MARK}Wedi"})
    downstream = {"Jawa Tengah", "Jawa Tengah/Klaten", "Jawa Tengah/Sukoharjo"}
    assert not _other_places(flood, _cluster(downstream | {f"{DISTRICT_MARK}Bulu"}))


def test_a_village_alone_anchors_a_lead_but_places_it_nowhere() -> None:
    # A lead naming only its village keeps it (what anchors a survivor's feature to the
    # reports naming that village), but it is placed in no province: no other place is
    # apart from it.
    alone = lead_regions("Warga Desa Sumberagung memanen padi.")
    assert alone == {f"{VILLAGE_MARK}Sumberagung"}
    assert not _placed(alone)
    assert not _other_places(_cluster(set(alone)), _cluster({"Jawa Timur", "Jawa Timur/Blitar"}))


def _cluster(places: set[str], day_dated: bool = True) -> Any:
    below = frozenset(p for p in places if p.startswith(VILLAGE_MARK))
    return cast(Any, SimpleNamespace(places=frozenset(places), day_dated=day_dated, below=below))


def test_wards_apart_in_one_city_are_other_places() -> None:
    city = {"Jawa Timur", "Jawa Timur/Surabaya"}
    north = _cluster(city | {f"{VILLAGE_MARK}Kalianyar"})
    south = _cluster(city | {f"{VILLAGE_MARK}Rungkut Lor"})
    same = _cluster(city | {f"{VILLAGE_MARK}Kalianyar"})
    unnamed = _cluster(city)
    assert _other_places(north, south)
    assert not _other_places(north, same)
    assert not _other_places(north, unnamed)  # a lead naming no ward tells nothing
    assert not _other_places(north, _cluster(set(south.places), day_dated=False))


def test_a_weekday_inside_a_quotation_is_no_lead_day() -> None:
    said = (
        'Pedagang itu rugi besar, Selasa (3/3/2026). "Barangnya mestinya dikirim hari '
        'Kamis," ujarnya.'
    )
    told = "Pedagang itu rugi besar, Selasa (3/3/2026). Barangnya dikirim pada hari Kamis."
    assert lead_days(None, said, "2026-03-03") == {"2026-03-03"}
    assert lead_days(None, told, "2026-03-03") == {"2026-03-03", "2026-02-26"}
