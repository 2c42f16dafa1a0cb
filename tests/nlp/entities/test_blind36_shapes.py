"""FE36: shapes of blind36's classes - a company with and without its legal form, a
regency recalled with the name it bore before and a blend of that, a Moluccan "negeri" and its
chief's title "Raja", the Acehnese honorific "Tgk." left out of a name, customs offices
named with their city, seas, straits and ports named after a region, and a weather
station named after its airport's hero (invented sentences; no seed or gold text)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import entity_of, people, references, resolve

# -- "PT <Name> Tbk" then "PT <Name>": one company --------------------------------------


@pytest.mark.parametrize(
    ("text", "whole", "bare"),
    [
        ("Kebun itu masuk konsesi PT Sawit Andalas Tbk. Manajer Humas PT Sawit Andalas, "
         "Dewi Lestari, mengatakan pagar sudah dipasang.", "PT Sawit Andalas Tbk",
         "PT Sawit Andalas"),
        ("Lahan itu dikuasai PT Bumi Karya Persada Tbk sejak 2010. Juru bicara PT Bumi Karya "
         "Persada, Andi Rahman, menolak berkomentar.", "PT Bumi Karya Persada Tbk",
         "PT Bumi Karya Persada"),
    ],
)
def test_company_with_and_without_its_legal_form_is_one(text: str, whole: str, bare: str) -> None:
    assert entity_of(text, bare) == (whole, "ORG"), references(text)


# -- "<Regency>, yang hingga <year> bernama <Old>", and a blend of the old name ----------


def test_former_name_of_a_regency_and_its_blend_are_the_regency() -> None:
    text = ("Banjir melanda Kabupaten Bandung Barat, yang hingga 2007 bernama Kabupaten "
            "Bandung Lembang dan oleh warga masih disebut Balem, Senin. Warga Balem mengungsi "
            "ke balai desa.")
    forms = {f for n, t, fs in references(text) if n == "Kabupaten Bandung Barat" for f in fs}
    assert {"Kabupaten Bandung Barat", "Kabupaten Bandung Lembang", "Balem"} <= forms, (
        references(text)
    )


# -- "Negeri <Name>" is a Moluccan village; "Raja Negeri <Name>" its chief's title --------


def test_customary_village_and_its_chief_title() -> None:
    text = ("Dua nelayan asal Negeri Lateri hilang di laut. Raja Negeri Lateri, Yusuf "
            "Latuconsina, mengatakan warga ikut mencari.")
    got = resolve(text, [("Negeri Lateri", "ORG"), ("Raja Negeri Lateri", "ORG"),
                         ("Yusuf Latuconsina", "PER")])
    villages = {(s, t) for s, t, _e in got if "Lateri" in s}
    assert villages == {("Negeri Lateri", "LOC")}, got


def test_state_court_keeps_negeri_in_its_name() -> None:
    assert entity_of("Hakim Pengadilan Negeri Masohi menunda sidang.", "Pengadilan Negeri Masohi") \
        == ("Pengadilan Negeri Masohi", "ORG")


# -- "Tgk. <Name>": the Acehnese honorific is no part of the name --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Keuchik Gampong Lam Ujong, Tgk. Hasbi, mengatakan warga resah.", "Hasbi"),
        ("Imam masjid itu, Tgk. Ridwan Syah, memimpin doa bersama warga.", "Ridwan Syah"),
    ],
)
def test_teungku_is_a_title_not_a_name(text: str, name: str) -> None:
    found = people(text)
    assert name in found, found
    assert not any(n.startswith("Tgk") for n in found), found


# -- customs offices named with their city ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Petugas Kantor Pengawasan Bea dan Cukai (KPBC) Dumai menyita rokok ilegal, Senin.",
         "Kantor Pengawasan Bea dan Cukai Dumai"),
        ("Kapal itu ditangkap Kantor Pelayanan Bea dan Cukai Tipe A Tanjung Priok di "
         "perairan utara.", "Kantor Pelayanan Bea dan Cukai Tipe A Tanjung Priok"),
    ],
)
def test_customs_office_named_with_its_city(text: str, office: str) -> None:
    assert any(n == office and t == "ORG" for n, t, _f in references(text)), references(text)


# -- "Laut/Selat/Teluk/Pelabuhan <Region>": the water or the port, no region --------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kapal pengangkut kayu itu tenggelam di Laut Sulawesi, Rabu.", "Laut Sulawesi"),
        ("Penyelundup membawa barang itu melalui Selat Karimata pada malam hari.",
         "Selat Karimata"),
        ("Antrean truk mengular di Pelabuhan Merak, Kota Cilegon, Jumat.", "Pelabuhan Merak"),
    ],
)
def test_water_or_port_named_after_a_region(text: str, place: str) -> None:
    assert entity_of(text, place) == (place, "LOC"), references(text)


def test_navy_command_keeps_its_own_name() -> None:
    text = "Prajurit TNI Angkatan Laut Sulawesi berjaga di dermaga."
    assert entity_of(text, "Laut Sulawesi") is None, references(text)


# -- "Stasiun Meteorologi <Hero> <City>": the station, no hero -----------------------------


def test_weather_station_named_after_its_airport() -> None:
    text = "Stasiun Meteorologi Raden Wirasena Kendari memperkirakan hujan lebat hingga Jumat."
    got = references(text)
    assert ("Stasiun Meteorologi Raden Wirasena Kendari", "ORG") in {(n, t) for n, t, _f in got}, got
    assert not any(t == "PER" for _n, t, _f in got), got
