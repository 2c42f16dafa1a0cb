"""FE37: shapes of blind37's classes - Sasak scholars' titles in initials, an airport named
after a man and its former name, a landmark named after a place, a fort under three names,
a company renamed and the brand it trades under, a regional council's commission in its
member's office, bodies whose fields are listed with commas or whose short form has two
words, national parks, economic zones, power plants, agency posts, state companies'
units, community associations named after their place and venues named in English
(invented sentences; no seed or gold text)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import entity_of, people, references

# -- "TGH <Name>", "TGKH <Name>": a Sasak scholar's title, no organisation --------------


@pytest.mark.parametrize("title", ["TGH", "TGKH"])
def test_sasak_scholars_title_opens_a_person(title: str) -> None:
    text = (f"Pesantren itu didirikan oleh {title} Ahmad Fauzan Hamdani pada 1952. Santrinya "
            "kini ribuan orang.")
    assert "Ahmad Fauzan Hamdani" in people(text), references(text)


# -- "Bandara Internasional <Given> <Name>": the airport, and its former name ----------------


def test_international_airport_named_after_a_man_is_a_place() -> None:
    text = ("Pesawat itu mendarat di Bandara Internasional Sultan Hasanuddin, Kabupaten "
            "Maros, Senin pagi.")
    assert entity_of(text, "Bandara Internasional Sultan Hasanuddin") == (
        "Bandara Internasional Sultan Hasanuddin", "LOC"), references(text)


def test_airport_given_with_its_former_name_and_year_is_one_place() -> None:
    text = ("Penumpang memadati Bandara Internasional Sultan Hasanuddin, Senin. Bandara itu "
            "bernama Bandara Mandai (BMD) hingga 1985. Warga tua masih menyebutnya BMD.")
    name = entity_of(text, "Bandara Mandai")
    assert name is not None and name == entity_of(text, "Bandara Internasional Sultan Hasanuddin")
    assert name[1] == "LOC", references(text)


# -- a fort under three names; "Benteng <Place>" at a paragraph's start ---------------------


def test_fort_with_a_former_and_a_local_name_is_one_place() -> None:
    text = ("Wisatawan memadati Benteng Vredeburg, yang semula bernama Benteng Rustenburg dan "
            "oleh warga juga disebut Benteng Kompeni, pada Minggu.")
    name = ("Benteng Vredeburg", "LOC")
    assert entity_of(text, "Benteng Rustenburg") == name, references(text)
    assert entity_of(text, "Benteng Kompeni") == name, references(text)


# -- "PT <Old> sejak <time> menjadi PT <New>", "memakai merek <Brand>" ------------------------


def test_renamed_company_and_its_brand_are_the_company() -> None:
    text = ("Operator pelabuhan itu berganti nama. PT Dermaga Nusa Timur sejak awal 2025 "
            "menjadi PT Dermaga Nusa Raya setelah merger, dan kini memakai merek Nusa "
            "Harbour Group.")
    new = ("PT Dermaga Nusa Raya", "ORG")
    assert entity_of(text, "PT Dermaga Nusa Timur") == new, references(text)
    assert entity_of(text, "Nusa Harbour Group") == new, references(text)


# -- "Ketua Komisi <N> Dewan Perwakilan Rakyat Daerah (DPRD) Kota <City>, <Name>": the council


def test_commission_in_a_members_office_is_the_council() -> None:
    text = ("Ketua Komisi III Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bitung, Yohan Lumi, "
            "meminta pemadaman diumumkan.")
    name = "Dewan Perwakilan Rakyat Daerah Kota Bitung"
    assert entity_of(text, "Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bitung") == (
        name, "ORG"), references(text)


# -- regional bodies: fields listed with commas, a short form of two words --------------------


def test_service_with_fields_listed_with_commas_is_one_body() -> None:
    text = ("Kepala Dinas Pemuda, Olahraga dan Kebudayaan (Dispora) Provinsi Jambi, Rina "
            "Marlina, membuka lomba itu.")
    whole = "Dinas Pemuda, Olahraga dan Kebudayaan (Dispora) Provinsi Jambi"
    assert entity_of(text, whole) == (
        "Dinas Pemuda, Olahraga dan Kebudayaan Provinsi Jambi", "ORG"), references(text)


def test_civil_service_police_with_a_two_word_short_form() -> None:
    text = ("Satuan Polisi Pamong Praja (Satpol PP) Kota Kendari menertibkan lapak, Rabu. "
            "Kepala Satpol PP Kota Kendari, Anwar, mengatakan lapak mengganggu jalan.")
    name = ("Satuan Polisi Pamong Praja Kota Kendari", "ORG")
    assert entity_of(text, "Satpol PP Kota Kendari") == name, references(text)


# -- designations: a national park, an economic zone, a power plant, posts, units, venues -----


@pytest.mark.parametrize(
    ("text", "surface", "name", "kind"),
    [
        ("Rusa liar terlihat di kawasan Taman Nasional Sulawesi Tenggara Raya pekan lalu.",
         "Taman Nasional Sulawesi Tenggara Raya", "Taman Nasional Sulawesi Tenggara Raya",
         "LOC"),
        ("Investor melirik Kawasan Ekonomi Khusus (KEK) Tanjung Api, Sumatera Selatan.",
         "Kawasan Ekonomi Khusus (KEK) Tanjung Api", "Kawasan Ekonomi Khusus Tanjung Api",
         "LOC"),
        ("Dua mesin Pembangkit Listrik Tenaga Uap (PLTU) Sumberjaya rusak. PLTU Sumberjaya "
         "kini berhenti.", "PLTU Sumberjaya", "Pembangkit Listrik Tenaga Uap Sumberjaya",
         "LOC"),
        ("Pencarian melibatkan Pos SAR Wates dan warga.", "Pos SAR Wates",
         "Pos Pencarian dan Pertolongan Wates", "ORG"),
        ("Manajer PT Listrik Raya (Persero) Unit Layanan Pelanggan (ULP) Masohi, Yance, "
         "meminta maaf. Listrik Raya ULP Masohi menyewa genset.", "Listrik Raya ULP Masohi",
         "PT Listrik Raya (Persero) Unit Layanan Pelanggan Masohi", "ORG"),
        ("Penonton memadati Sentul International Circuit, Minggu.",
         "Sentul International Circuit", "Sentul International Circuit", "LOC"),
    ],
)
def test_designated_names_are_one_entity(text: str, surface: str, name: str, kind: str) -> None:
    assert entity_of(text, surface) == (name, kind), references(text)


# -- "Paguyuban <Trade> <Goods> <Place>": the association, its place last ------------------


def test_community_association_keeps_its_place() -> None:
    text = ("Ketua Paguyuban Pedagang Ikan Asin Kenjeran, Sumarni, meminta retribusi "
            "dihapus.")
    assert entity_of(text, "Paguyuban Pedagang Ikan Asin Kenjeran") == (
        "Paguyuban Pedagang Ikan Asin Kenjeran", "ORG"), references(text)


# -- "Kepala Stasiun <Science> <City> <Name>": the head, no namesake ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Stasiun Geofisika Ternate Yusran Malik menyebut gempa dipicu sesar lokal.",
        "Kepala Stasiun Klimatologi Maros Ridwan Lasut mengatakan hujan berkurang.",
    ],
)
def test_the_head_of_a_landmark_is_a_person(text: str) -> None:
    assert len(people(text)) == 1, references(text)
