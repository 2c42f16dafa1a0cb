"""Places and bodies under two names and long official bodies (issue 17, blind35's classes;
invented sentences): a second name the article declares ("<Name>, yang oleh warga masih
disebut <Other>", "<Other>, sebutan <Name> dalam bahasa ..."), a state's formal name the
gazetteer does not list, an immigration office by class and checkpoint, a consulate, a
ministry's technical unit with its acronym before the region, a national body's chapter,
a service of a province written by its initials, and a person in an aged apposition whose
first word the tagger took for a place."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import _joined_persons, resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.records import Mention


def _entities(text: str) -> dict[str, tuple[str, set[str]]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: (r.type, set(r.mentions)) for r in refs}


@pytest.mark.parametrize(
    ("text", "name", "forms"),
    [
        (
            "Arus kendaraan di Jalan Pahlawan Revolusi, yang oleh penduduk masih disebut Jalan "
            "Kenari, tersendat sejak pagi. Pedagang di Jalan Kenari mengeluh sepi pembeli.",
            "Jalan Pahlawan Revolusi",
            {"Jalan Pahlawan Revolusi", "Jalan Kenari"},
        ),
        (
            "Rombongan tiba di Bandara Raden Wirasena, yang lebih dikenal sebagai Bandara "
            "Lembah Tua, pada Senin siang.",
            "Bandara Raden Wirasena",
            {"Bandara Raden Wirasena", "Bandara Lembah Tua"},
        ),
        (
            "Pawai dimulai dari Vihara Sinar Harapan, yang oleh warga setempat disebut Klenteng "
            "Tua Pek Kong, lalu berakhir di lapangan kota.",
            "Vihara Sinar Harapan",
            {"Vihara Sinar Harapan", "Klenteng Tua Pek Kong"},
        ),
    ],
)
def test_declared_second_name_is_the_same_place(text: str, name: str, forms: set[str]) -> None:
    entities = _entities(text)
    assert name in entities
    type_, found = entities[name]
    assert type_ == "LOC"
    assert forms <= found


def test_two_places_in_a_list_stay_apart() -> None:
    entities = _entities("Banjir merendam Desa Sukamaju dan Desa Sukamulya, Kabupaten Garut.")
    assert "Desa Sukamaju" in entities and "Desa Sukamulya" in entities


def test_formal_state_name_is_the_state() -> None:
    text = (
        "Delegasi Republik Demokratik Federal Nepal (RDFN) tiba di Jakarta. Delegasi RDFN "
        "membawa bantuan."
    )
    type_, forms = _entities(text)["Nepal"]
    assert type_ == "LOC"
    assert {"Republik Demokratik Federal Nepal", "RDFN"} <= forms


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kepala Kantor Imigrasi Kelas I TPI Sungai Lembu, Hardi Santoso, menahan dua orang.",
            "Kantor Imigrasi Kelas I TPI Sungai Lembu",
        ),
        (
            "Warga itu melapor ke Konsulat Jenderal Malaysia di Medan kemarin.",
            "Konsulat Jenderal Malaysia",
        ),
        (
            "Balai Besar Pelaksanaan Jalan Nasional (BBPJN) Jawa Timur mengirim dua alat berat.",
            "Balai Besar Pelaksanaan Jalan Nasional Jawa Timur",
        ),
        (
            "Data Dinas Perhubungan NTB mencatat kenaikan penumpang kapal.",
            "Dinas Perhubungan Nusa Tenggara Barat",
        ),
    ],
)
def test_long_official_body_is_one_organisation(text: str, body: str) -> None:
    entities = _entities(text)
    assert body in entities, sorted(entities)
    assert entities[body][0] == "ORG"


def test_aged_apposition_is_one_person() -> None:
    text = "Penjual ikan di Paciran, Sutrisno Wijaya (51), mengatakan harga turun."
    mentions = [
        Mention(16, 23, "Paciran", "LOC"),
        Mention(25, 33, "Sutrisno", "LOC"),
        Mention(34, 40, "Wijaya", "PER"),
    ]
    joined = _joined_persons(text, mentions)
    assert [(m.text, m.type) for m in joined] == [
        ("Paciran", "LOC"),
        ("Sutrisno Wijaya", "PER"),
    ]


def test_sports_hall_named_after_a_person_is_a_place() -> None:
    entities = _entities("Final kejuaraan digelar di GOR Ki Hajar Wibowo, Kota Kediri, Minggu.")
    assert entities["GOR Ki Hajar Wibowo"][0] == "LOC"
