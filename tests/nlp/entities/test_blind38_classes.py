"""FE38: shapes of blind38's classes - cities known by an everyday name, a station named
after its city, a regency's bare name that is an everyday word, a bridge and its former
name, a company's brand declared after its parent, an office's class left out of its
short name, a border post by its acronym and another town, a state company's numbered
unit, a dateline's town longer than the regency it is named after, a fault, Palembang's
numbered wards and the ends of a route (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, references, resolve

# -- "Kota Solo", "Jogja": a city's everyday name ----------------------------------------------


def test_everyday_city_names_are_the_cities() -> None:
    text = ("Wali Kota Surakarta meresmikan pasar baru. Pedagang dari Kota Solo dan Jogja "
            "sudah mendaftar sejak Januari.")
    assert entity_of(text, "Kota Solo") == ("Kota Surakarta", "LOC"), references(text)
    assert entity_of(text, "Jogja") == ("Kota Yogyakarta", "LOC"), references(text)


# -- "Stasiun <City>": the station, no city -------------------------------------------------


def test_station_named_after_its_city_is_no_city() -> None:
    text = ("Ratusan pemudik memadati Stasiun Bandung, yang oleh warga dikenal sebagai "
            "Stasiun Hall, Jumat. Pemerintah Kota Bandung menambah petugas.")
    station = entity_of(text, "Stasiun Bandung")
    assert station == ("Stasiun Bandung", "LOC"), references(text)
    assert entity_of(text, "Stasiun Hall") == station, references(text)


# -- "Kabupaten <Word>" and then "<Word>": the regency's bare name ---------------------------


def test_regency_named_by_an_everyday_word_is_the_regency_alone_too() -> None:
    text = ("AGAM – Banjir bandang melanda Kabupaten Agam, Sumatera Barat. Kepala BPBD "
            "Agam, Yulius Datuk, menyebut warga Agam diminta waspada.")
    regency = ("Kabupaten Agam", "LOC")
    assert entity_of(text, "AGAM") == regency, references(text)
    assert entity_of(text, "Agam") == regency, references(text)


# -- "Jembatan <Name> ... itu semula bernama Jembatan <Old>" ---------------------------------


def test_bridge_and_its_former_name_are_one_place() -> None:
    text = ("Kapal melintas di bawah Jembatan Barelang. Jembatan yang dibangun pada 1997 itu "
            "semula bernama Jembatan Habibie.")
    assert entity_of(text, "Jembatan Habibie") == ("Jembatan Barelang", "LOC"), references(text)


# -- "anak usaha <Parent> itu memakai nama <Brand>": the subsidiary's brand -----------------


def test_brand_of_a_subsidiary_named_after_its_parent_is_the_subsidiary() -> None:
    text = ("Kapal itu dioperasikan PT Pelayaran Nusa Bahari (PNB). Sejak 2021, anak usaha "
            "PT Samudra Lestari (Persero) itu memakai nama SL Ferry. Juru bicara SL Ferry, "
            "Dewi Kartini, mengatakan jadwal normal.")
    company = ("PT Pelayaran Nusa Bahari", "ORG")
    assert entity_of(text, "SL Ferry") == company, references(text)
    assert entity_of(text, "PT Samudra Lestari (Persero)") == (
        "PT Samudra Lestari (Persero)", "ORG"), references(text)


# -- "Kantor Imigrasi Kelas I TPI <City>" and "Kantor Imigrasi <City>" ----------------------


def test_office_named_without_its_class_is_the_office() -> None:
    text = ("Kantor Imigrasi Kelas I Tempat Pemeriksaan Imigrasi (TPI) Bitung memeriksa awak "
            "kapal. Kepala Kantor Imigrasi Bitung, Hendra Lumi, mengatakan dokumen lengkap.")
    assert entity_of(text, "Kantor Imigrasi Bitung") == entity_of(
        text, "Kantor Imigrasi Kelas I Tempat Pemeriksaan Imigrasi (TPI) Bitung"), references(text)


# -- "Kawasan Ekonomi Khusus (KEK) <Name>", then "KEK <Other>" -----------------------------


def test_designation_acronym_with_another_name_is_another_of_its_kind() -> None:
    text = ("Investor melirik Kawasan Ekonomi Khusus (KEK) Tanjung Kelayang, Senin. Sebagian "
            "memilih KEK Morotai di Maluku Utara.")
    assert entity_of(text, "KEK Morotai") == (
        "Kawasan Ekonomi Khusus Morotai", "LOC"), references(text)


# -- "PT <Name> (Persero) <Unit> (<Acr>) 4 <Town>", "<Initials> <Acr> 4 <Town>" ---------------


def test_state_company_numbered_unit_and_its_initials() -> None:
    text = ("Manajer PT Kapal Laut Nusantara (Persero) Daerah Operasi (Daop) 4 Semarang, "
            "Rina Lestari, hadir. Dinas Perhubungan berkoordinasi dengan KLN Daop 4 Semarang.")
    unit = ("PT Kapal Laut Nusantara (Persero) Daerah Operasi 4 Semarang", "ORG")
    assert entity_of(text, "KLN Daop 4 Semarang") == unit, references(text)


# -- "MUARA <REGENCY> –": the dateline's town, no regency -----------------------------------


def test_dateline_town_longer_than_its_regency_is_the_town() -> None:
    text = "MUARA BUNGO – Kebakaran melanda pasar di Kabupaten Bungo, Jambi, Senin."
    assert entity_of(text, "MUARA BUNGO") == ("Muara Bungo", "LOC"), references(text)


def test_dateline_town_written_alone_again_is_the_town() -> None:
    text = ("WAIKABUBAK – Harga beras naik. Pedagang di Waikabubak mengeluh sepi pembeli "
            "sejak pekan lalu.")
    assert entity_of(text, "WAIKABUBAK") == ("Waikabubak", "LOC"), references(text)


# -- "Sesar <Town>-<Town>", "Kelurahan 9 Ilir" ------------------------------------------------


def test_fault_named_after_two_towns_is_a_place() -> None:
    text = "Gempa itu dipicu pergerakan Sesar Palu-Koro, kata peneliti."
    assert entity_of(text, "Sesar Palu-Koro") == ("Sesar Palu-Koro", "LOC"), references(text)


def test_numbered_ward_is_a_place() -> None:
    text = "Banjir merendam Kelurahan 9 Ilir, Kecamatan Ilir Timur II, Palembang."
    assert entity_of(text, "Kelurahan 9 Ilir") == ("Kelurahan 9 Ilir", "LOC"), references(text)


# -- "dari <City> ke <Town>": the town is a place --------------------------------------------


def test_route_end_the_tagger_read_as_a_body_is_a_place() -> None:
    text = "Kapal cepat dari Ambon ke Masohi berangkat dua kali sehari."
    out = resolve(text, [("Ambon", "LOC"), ("Masohi", "ORG")])
    assert ("Masohi", "LOC", "Masohi") in out, out
