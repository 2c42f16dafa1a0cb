"""FE23: classes of blind23's errors - a call name declared by a bare "sapaan <Name>", a
second name declared with the people it is of ("dengan nama Tionghoa <Name>") and a call
name given to that second name, a member named with an initial in apposition, health
facilities named after a titled person, a crew's name after its noun, a body's name with
an apostrophe inside a word, a road and the section of it named by a town (invented
sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, resolve

# -- call names and second names --------------------------------------------------------------


def test_a_call_name_declared_by_bare_sapaan_is_the_named_person() -> None:
    text = (
        "Bupati Sindangsari Herwanto Gunadi meresmikan jembatan baru. Ogi, sapaan "
        "Herwanto, meminta warga merawatnya. \"Jembatan ini milik bersama,\" kata Ogi."
    )
    person = entity_of(text, "Ogi")
    assert person is not None and person[1] == "PER"
    assert person == entity_of(text, "Herwanto Gunadi")


def test_a_second_name_of_a_people_is_declared_without_that_word() -> None:
    text = (
        "Toko roti milik Rudi Santoso (61), yang juga dikenal dengan nama Tionghoa "
        "Oey Tjin Bwee, ludes terbakar. Para langganan biasa memanggilnya Abwee. "
        "\"Semua resep ada di dalam,\" kata Rudi."
    )
    found = people(text)
    assert "Rudi Santoso" in found
    assert {"Oey Tjin Bwee", "Abwee"} <= set(found["Rudi Santoso"])
    assert not any(name.startswith("Tionghoa") for name in found)


def test_a_name_after_nama_without_a_people_word_keeps_its_first_word() -> None:
    text = (
        "Perajin gerabah Slamet Widodo (58), yang juga dikenal dengan nama Mbah Lurik, "
        "memamerkan karyanya. Menurut Slamet, tanah liatnya diambil dari sungai."
    )
    assert "Mbah Lurik" in people(text).get("Slamet Widodo", ())


# -- a member named with an initial -----------------------------------------------------------


def test_a_member_in_apposition_named_with_an_initial_is_a_person() -> None:
    text = (
        "Rapat itu alot. Anggota Komisi B lainnya, T. Saiful, mendesak kepolisian "
        "bertindak cepat."
    )
    assert entity_of(text, "T. Saiful") == ("T. Saiful", "PER")


# -- facilities named after people ------------------------------------------------------------


def test_a_hospital_named_after_a_doctor_is_one_organisation() -> None:
    text = (
        "Korban dirujuk ke Rumah Sakit Umum Daerah (RSUD) dr. Harsono Wibisono untuk "
        "dioperasi. Direktur RSUD Harsono Wibisono, Lestari Ayu, menyebut kondisinya membaik."
    )
    hospital = entity_of(text, "RSUD Harsono Wibisono")
    assert hospital == ("Rumah Sakit Umum Daerah dr. Harsono Wibisono", "ORG")
    assert "Harsono Wibisono" not in people(text)
    assert "Lestari Ayu" in people(text)


def test_a_doctor_named_without_a_facility_stays_a_person() -> None:
    text = "Pasien itu ditangani dr. Harsono Wibisono di ruang gawat darurat sejak pagi."
    assert entity_of(text, "Harsono Wibisono") == ("Harsono Wibisono", "PER")


def test_a_crew_named_after_its_noun_is_no_person_but_its_commander_is() -> None:
    text = (
        "Pemadaman dibantu regu Bhumi Geni dan warga setempat. Komandan regu Sutrisno "
        "Hadi mengatakan api menjalar ke kebun karet."
    )
    # the tagger's reading of both names: persons
    out = resolve(text, [("Bhumi Geni", "PER"), ("Sutrisno Hadi", "PER")])
    assert ("Bhumi Geni", "ORG", "Bhumi Geni") in out
    assert ("Sutrisno Hadi", "PER", "Sutrisno Hadi") in out


# -- words inside names -----------------------------------------------------------------------


def test_a_body_with_an_apostrophe_inside_a_word_is_not_cut_there() -> None:
    text = (
        "Perkara itu diputus Mahkamah Syar'iyah Lhoknga pekan lalu. Terdakwa tidak "
        "mengajukan banding."
    )
    # the tagger's reading: a person; a body's head opens it, and "iyah" is no verb
    out = resolve(text, [("Mahkamah Syar'iyah Lhoknga", "PER")])
    assert out == [("Mahkamah Syar'iyah Lhoknga", "ORG", "Mahkamah Syar'iyah Lhoknga")]


def test_a_road_and_its_section_are_two_places() -> None:
    text = (
        "Kabut asap mengganggu pengendara di Jalan Lintas Barito ruas Muara Teweh "
        "sejak pagi. Warga Muara Teweh diminta memakai masker."
    )
    road = entity_of(text, "Jalan Lintas Barito")
    town = entity_of(text, "Muara Teweh")
    assert road is not None and road[1] == "LOC"
    assert town is not None and town[1] == "LOC" and town != road
