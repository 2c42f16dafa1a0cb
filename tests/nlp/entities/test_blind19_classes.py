"""FE19: classes of blind19's errors - a Makassarese title name written "Dg." inside the
full name, a shortened given name before "alias" in a court's legal name, call names
declared "<Nick>, panggilannya" and "<Nick>, sapaan akrab <description> (<ACR>) itu",
a village head's regional title before his village, villages, religious schools and
weather stations typed by their head, initials in a person's slot of an article that
names people by initials, a dateline naming a province's capital, and a police command's
syllabic short name (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, references

# -- "<Given> Dg. <Daeng name>", then "Daeng <Daeng name>" ------------------------------------


def test_daeng_name_written_short_is_one_person_with_its_spelt_out_call_name() -> None:
    text = (
        "Kepala Dinas Perikanan, Rahmat Dg. Lolo, menduga hujan menjadi penyebabnya. "
        "Daeng Lolo menambahkan, data nelayan rampung pekan depan. Kata Rahmat, panen gagal."
    )
    person = entity_of(text, "Rahmat Dg. Lolo")
    assert person is not None and person[1] == "PER"
    assert entity_of(text, "Daeng Lolo") == person
    assert entity_of(text, "Rahmat") == person


# -- a court's legal name "Moh. <Given> alias <Nick> bin <Father>" ---------------------------------


def test_shortened_given_name_before_alias_is_the_defendant() -> None:
    text = (
        "Hakim menghukum terdakwa Moh. Karim alias Kecot bin Salamun (40), Kamis. "
        "Menurut jaksa, Kecot menjual kayu curian. Pengacara menyebut Moh. Karim menyesal."
    )
    person = entity_of(text, "Moh. Karim")
    assert person is not None and person[1] == "PER"
    assert entity_of(text, "Kecot") == person


# -- call names declared after the name -----------------------------------------------------


def test_call_name_declared_by_panggilannya_is_the_person_before() -> None:
    text = (
        "Di posko, Siti Marlinawati (46) memasak nasi untuk pengungsi. Siti Mar, panggilannya, "
        "mengatakan beras cukup sampai Jumat. Sore itu Budi Santoso ikut membantu."
    )
    person = entity_of(text, "Siti Marlinawati")
    assert person is not None
    assert entity_of(text, "Siti Mar") == person


def test_call_name_declared_with_a_described_past_office_is_the_person_before() -> None:
    text = (
        "Bupati Harda Kiswaya meninjau tanggul. Gondrong, sapaan akrab mantan ketua Partai "
        "Rakyat Mandiri (PRM) itu, meminta warga tenang. Kata Gondrong, bantuan segera datang."
    )
    person = entity_of(text, "Harda Kiswaya")
    assert person is not None and person[1] == "PER"
    assert entity_of(text, "Gondrong") == person


# -- a village head's regional title, and a village by its rank ---------------------------


def test_village_head_title_names_the_village_not_a_person() -> None:
    text = (
        "Banjir merendam Gampong Lamteuba sejak Senin. Keuchik Lamteuba, Hasan Basri, "
        "menyebut warga mengungsi ke sekolah."
    )
    refs = references(text)
    assert all(t != "PER" for _n, t, ms in refs if any("Lamteuba" in m for m in ms))
    village = entity_of(text, "Gampong Lamteuba")
    assert village is not None and village[1] == "LOC"
    assert entity_of(text, "Lamteuba") == village
    assert entity_of(text, "Hasan Basri") == ("Hasan Basri", "PER")


def test_wali_nagari_names_the_nagari() -> None:
    text = (
        "Longsor menutup jalan di Nagari Koto Baringin. Wali Nagari Koto Baringin, Edi "
        "Marzuki, meminta alat berat."
    )
    assert all(t != "PER" for n, t, _ms in references(text) if "Koto Baringin" in n)


# -- institutions run at a place ---------------------------------------------------------------


def test_religious_school_and_weather_station_are_organisations() -> None:
    text = (
        "Pengungsi ditampung di Dayah Babul Ilmi, Kecamatan Peusangan. Menurut Stasiun "
        "Klimatologi Padang Pariaman, hujan masih turun sepekan. Kereta tertahan di Stasiun Tugu."
    )
    assert entity_of(text, "Dayah Babul Ilmi") == ("Dayah Babul Ilmi", "ORG")
    station = entity_of(text, "Stasiun Klimatologi Padang Pariaman")
    assert station is not None and station[1] == "ORG"
    railway = entity_of(text, "Stasiun Tugu")
    assert railway is None or railway[1] == "LOC"


# -- initials in a person's slot ---------------------------------------------------------------


def test_initials_listed_after_a_case_part_and_before_a_post_are_people() -> None:
    text = (
        "Jaksa menahan pejabat berinisial HK. Uang itu diserahkan QW selaku Direktur PT "
        "Tirta Sejahtera Abadi. Dua terdakwa lain, ZE dan FY, menjadi perantara."
    )
    for initials in ("HK", "QW", "ZE", "FY"):
        found = entity_of(text, initials)
        assert found is not None and found[1] == "PER", initials


def test_initials_slots_need_an_article_that_names_people_by_initials() -> None:
    text = "Saksi dari KPU dan BPS selaku penyedia data hadir di sidang."
    assert all(t != "PER" for _n, t, _ms in references(text))


# -- a dateline naming a province's capital, and a command's short name --------------------------


def test_dateline_of_a_province_named_like_its_capital_is_the_city() -> None:
    text = (
        "GORONTALO – Harga cabai di Kota Gorontalo naik dua kali lipat. Gubernur Gorontalo "
        "meminta pasar murah digelar."
    )
    assert entity_of(text, "GORONTALO") == ("Kota Gorontalo", "LOC")
    assert entity_of(text, "Gorontalo") == ("Gorontalo", "LOC")


def test_police_command_written_by_its_short_name_is_the_command() -> None:
    text = (
        "Kepolisian Daerah Sulawesi Tengah menangkap dua penambang. Kepala Bidang Humas "
        "Polda Sulteng Kombes Budi Hartono membenarkan penangkapan itu."
    )
    command = entity_of(text, "Kepolisian Daerah Sulawesi Tengah")
    assert command is not None and command[1] == "ORG"
    assert entity_of(text, "Polda Sulteng") == command
