"""FE39: shapes of blind39's classes - a thing's second name after the place it stands
in, a name given by the thing's head noun or by a verb of calling, a place called by its
people's name, a hospital named after a person opening a sentence, a regional water
company cited by its own name, a city's dateline over a regency named once, a dateline's
town written again only inside a district's name, a valley, a school built under a
presidential instruction, a customary village after its chief's title, a fishing port
with its declared acronym and a state enterprise's legal form before its declared blend
(invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, references

# -- "<Airport> di <Regency>, yang lebih dikenal sebagai Bandara <Other>" ---------------------


def test_second_name_after_the_place_it_stands_in_is_the_things() -> None:
    text = ("Penumpang turun di Bandara Internasional Sultan Thaha di Kabupaten Muaro Jambi, "
            "yang lebih dikenal sebagai Bandara Paal Merah, Senin.")
    airport = entity_of(text, "Bandara Internasional Sultan Thaha")
    assert airport is not None and airport[1] == "LOC", references(text)
    assert entity_of(text, "Bandara Paal Merah") == airport, references(text)
    assert entity_of(text, "Kabupaten Muaro Jambi") == (
        "Kabupaten Muaro Jambi", "LOC"), references(text)


# -- "jembatan tersebut dikenal sebagai Jembatan <Old>", "warga menyebutnya Jembatan <Other>" -


def test_names_given_by_the_head_noun_are_the_things() -> None:
    text = ("Anak-anak bermain di bawah Jembatan Sungai Lekok. Sebelum dipugar, jembatan "
            "tersebut dikenal sebagai Jembatan Pasar Lama, tetapi kini orang lebih suka "
            "menyebutnya Jembatan Biru.")
    bridge = entity_of(text, "Jembatan Sungai Lekok")
    assert bridge is not None, references(text)
    assert entity_of(text, "Jembatan Pasar Lama") == bridge, references(text)
    assert entity_of(text, "Jembatan Biru") == bridge, references(text)


def test_colonial_and_customary_names_of_a_city_are_the_city() -> None:
    text = ("Hujan deras mengguyur Kota Ternate sejak Senin. Warga Ternate menyebut kota "
            "mereka Limau Gapi, sebutan yang dipakai dalam upacara. Di zaman Belanda, kota "
            "tersebut bernama Gamalama Baai.")
    city = entity_of(text, "Kota Ternate")
    assert city == ("Kota Ternate", "LOC"), references(text)
    assert entity_of(text, "Limau Gapi") == city, references(text)
    assert entity_of(text, "Gamalama Baai") == city, references(text)


def test_place_called_by_its_peoples_name_is_the_place() -> None:
    text = ("Warga keturunan Tionghoa menyebut Pontianak dengan nama Pa Sin Liau, merujuk "
            "pada kampung nelayan lama.")
    town = entity_of(text, "Pontianak")
    assert town is not None and town[1] == "LOC", references(text)
    assert entity_of(text, "Pa Sin Liau") == town, references(text)


def test_second_name_after_an_apposition_is_the_places() -> None:
    text = ("Umat bersembahyang di Vihara Bodhi Mulia, vihara terbesar di pesisir timur, yang "
            "oleh penduduk lebih dikenal sebagai Kelenteng Ikan Mas.")
    temple = entity_of(text, "Vihara Bodhi Mulia")
    assert temple is not None, references(text)
    assert entity_of(text, "Kelenteng Ikan Mas") == temple, references(text)


# -- "Rumah Sakit Umum Daerah (RSUD) <Founder> <Town>" opening a sentence -----------------------


def test_hospital_named_after_a_person_opening_a_sentence_is_the_hospital() -> None:
    text = ("Kasus diare meningkat.\n\nRumah Sakit Umum Daerah (RSUD) Pongtiku Mamasa "
            "menambah ruang rawat. Direktur RSUD Pongtiku, dr. Markus Palinggi, mengatakan "
            "bangsal penuh.")
    hospital = ("Rumah Sakit Umum Daerah Pongtiku Mamasa", "ORG")
    assert entity_of(text, "Rumah Sakit Umum Daerah (RSUD) Pongtiku Mamasa") == hospital, (
        references(text))
    assert entity_of(text, "RSUD Pongtiku") == hospital, references(text)


# -- "Perumda Air Minum <Name> <Regency>", then "Perumda <Name>" -------------------------------


def test_regional_water_company_cited_by_its_own_name_is_the_company() -> None:
    text = ("Perumda Air Minum Tirta Mulia Pemalang memperbaiki pipa yang bocor. Direktur "
            "Perumda Tirta Mulia, Agus Widodo, mengatakan pasokan pulih besok.")
    company = entity_of(text, "Perumda Air Minum Tirta Mulia Pemalang")
    assert company is not None and company[1] == "ORG", references(text)
    assert entity_of(text, "Perumda Tirta Mulia") == company, references(text)


# -- "<CITY> –" over a regency named once to place a landmark ---------------------------------


def test_city_dateline_stays_the_city_beside_a_regency_named_once() -> None:
    text = ("MADIUN – Pesepeda menyelesaikan etape di Waduk Widas, Kabupaten Madiun, Jawa Timur.\n\n"
            "Para pesepeda berangkat dari Kota Madiun pada pagi hari.")
    assert entity_of(text, "MADIUN") == ("Kota Madiun", "LOC"), references(text)


# -- "<TOWN> –" written again only inside a district's longer name -----------------------------


def test_dateline_town_written_again_only_in_a_district_is_the_town() -> None:
    text = ("ATAMBUA – Kasus diare bertambah. Kepala Puskesmas, dr. Anita Bere, menyebut "
            "kebanyakan pasien datang dari Kecamatan Kota Atambua dan Kecamatan Tasifeto "
            "Barat.")
    assert entity_of(text, "ATAMBUA") == ("Atambua", "LOC"), references(text)


# -- "Lembah <Name>", "SD Inpres <Place>", "Raja Negeri <Village>, <Holder>" -------------------


def test_valley_school_and_customary_village_are_found() -> None:
    text = ("Petani di Lembah Kebar memanen wortel. Kepala SD Inpres Sowi, Ruth Mandacan, "
            "senang. Raja Negeri Tulehu, Abdul Ohorella, hadir.")
    assert entity_of(text, "Lembah Kebar") == ("Lembah Kebar", "LOC"), references(text)
    assert entity_of(text, "SD Inpres Sowi") == ("SD Inpres Sowi", "ORG"), references(text)
    assert entity_of(text, "Negeri Tulehu") == ("Negeri Tulehu", "LOC"), references(text)


# -- "Pelabuhan Perikanan Samudera (PPS) <Town>", "Perum <Field> (<Blend>)" ---------------------


def test_fishing_port_and_state_enterprise_with_their_declared_short_forms() -> None:
    text = ("Nelayan membongkar cakalang ke Pelabuhan Perikanan Samudera (PPS) Kendari pagi ini. "
            "Kepala PPS Kendari, Yusuf Laode, meminta Perum Garam Nusantara (Pergan) membantu. "
            "Pergan belum menjawab.")
    port = ("Pelabuhan Perikanan Samudera Kendari", "LOC")
    assert entity_of(text, "Pelabuhan Perikanan Samudera (PPS) Kendari") == port, references(text)
    assert entity_of(text, "PPS Kendari") == port, references(text)
    assert entity_of(text, "Pergan") == ("Perum Garam Nusantara", "ORG"), references(text)
