"""Wards and villages named in leads tell two happenings of one city apart
(:func:`warta.analyze.stories.lead_villages`, ``story_clusters._other_places``), and a
weekday inside a quotation is no lead day (:func:`warta.analyze.stories.lead_days`).

Invented sentences: none of them comes from a gold or blind set.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from warta.analyze.stories import lead_days, lead_regions, lead_villages
from warta.analyze.story_clusters import VILLAGE_MARK, _other_places, _regencies

DIY = "Daerah Istimewa Yogyakarta"


def test_a_lead_names_its_wards_and_villages_by_their_kind() -> None:
    lead = "SLEMAN - Dua rumah terbakar di Desa Wonorejo, Kecamatan Ngaglik, Selasa."
    assert lead_villages(lead) == {f"{VILLAGE_MARK}Wonorejo"}
    assert f"{VILLAGE_MARK}Wonorejo" in lead_regions(lead)
    assert lead_villages("Warga Kelurahan Mekar Sari Baru mengungsi.") == {
        f"{VILLAGE_MARK}Mekar Sari Baru"
    }
    # A village is neither a province nor a regency.
    assert _regencies(lead_regions(lead)) == {f"{DIY}/Sleman"}


def test_no_village_without_a_place_the_official_list_knows() -> None:
    # Villages complete a lead's places; they never place a lead naming none.
    assert lead_regions("Warga Desa Sumberagung memanen padi.") == set()


def _cluster(places: set[str], day_dated: bool = True) -> Any:
    return cast(Any, SimpleNamespace(places=frozenset(places), day_dated=day_dated))


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
