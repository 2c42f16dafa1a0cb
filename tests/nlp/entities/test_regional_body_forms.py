"""Issue 17: one regional body under its usual forms - a council named by its short
name with and without the region's kind, a city's police command as "Polresta", and
no merge of a city's body with the regency's of the same name (invented sentences)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of


def test_council_with_and_without_the_region_kind_is_one_body() -> None:
    text = (
        "DPRD Kabupaten Gresik menggelar rapat paripurna. Ketua DPRD Gresik, Hadi "
        "Santoso, mengatakan anggaran disetujui. DPRD juga meminta laporan."
    )
    body = entity_of(text, "DPRD Kabupaten Gresik")
    assert body is not None and body[1] == "ORG"
    assert entity_of(text, "DPRD Gresik") == entity_of(text, "DPRD") == body


def test_city_police_command_written_polresta_is_the_command() -> None:
    text = "Kepolisian Resor Kota Malang menangkap dua pengedar. Polresta Malang memburu satu lagi."
    body = entity_of(text, "Kepolisian Resor Kota Malang")
    assert body is not None and entity_of(text, "Polresta Malang") == body


def test_city_and_regency_bodies_of_one_name_stay_apart() -> None:
    text = (
        "DPRD Kota Bogor dan DPRD Kabupaten Bogor menggelar rapat bersama. Ketua DPRD "
        "Bogor, Andi Pratama, menolak usul itu."
    )
    city, regency = entity_of(text, "DPRD Kota Bogor"), entity_of(text, "DPRD Kabupaten Bogor")
    assert city is not None and regency is not None and city != regency
    assert entity_of(text, "DPRD Bogor") not in (city, regency)


def test_regency_police_is_not_the_city_police() -> None:
    text = (
        "Kepolisian Resor Kota Malang dan Kepolisian Resor Malang berjaga. Polres Malang "
        "membuka posko."
    )
    assert entity_of(text, "Polres Malang") == entity_of(text, "Kepolisian Resor Malang")
    assert entity_of(text, "Polres Malang") != entity_of(text, "Kepolisian Resor Kota Malang")
