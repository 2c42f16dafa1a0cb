"""FE41: shapes of blind41's classes - a nickname declared after a person's apposition
without "yang", one declared in the next sentence by a noun for a person and a relative
clause, a call name among a reduplicated group, a firm's office written in English before
its holder, a body listed before forces named by common nouns, a body renamed "sebelum
<year>", a city's everyday name that is a word too, a mountain and a Papuan district
the tagger read without their head, a detention depot abroad named by its town, a
landmark named after a ranked hero and the untagged end of a route (invented sentences;
no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, references, resolve, types

# -- "<Name> (41), asal <Place>, lebih dikenal sebagai <Nick>" --------------------------------


def test_nickname_declared_after_an_apposition_without_yang() -> None:
    text = ("Nelayan lain, Bernardus Tukan Lewar (52), asal Kabupaten Lembata, lebih dikenal "
            "sebagai Benny di kampungnya. Menurut Benny, ombak tahun ini lebih tinggi.")
    assert "Benny" in people(text).get("Bernardus Tukan Lewar", ()), references(text)


def test_two_people_given_two_names_declare_none_to_one() -> None:
    text = ("Pasangan pedagang, Ahmad Sukri (50) dan Salmiah (47), lebih dikenal tetangga "
            "sebagai Amaq Dedi dan Inaq Dedi. Amaq Dedi membuka lapak sejak subuh.")
    assert "Amaq Dedi" not in people(text).get("Salmiah", ()), references(text)


# -- "<Name> ... . Ulama yang oleh warga dikenal dengan julukan <Nick> itu ..." --------


def test_nickname_declared_by_a_noun_for_a_person_in_the_next_sentence() -> None:
    text = ("Pengasuh pesantren di Kabupaten Pidie, Tgk. H. Ridwan Syahputra, meminta warga "
            "berhemat. Ulama yang oleh warga dikenal dengan julukan Abu Keumala itu "
            "menyebut sedekah lebih utama. \"Berbagilah,\" kata Abu Keumala.")
    assert "Abu Keumala" in people(text).get("Ridwan Syahputra", ()), references(text)


def test_a_place_known_by_another_name_is_no_persons_nickname() -> None:
    text = ("Kepala desa, Sumarno Hadi, mengajak warga bergotong royong. Kawasan yang oleh "
            "warga dikenal sebagai Kampung Naga itu kini ramai pengunjung.")
    assert "Kampung Naga" not in people(text).get("Sumarno Hadi", ()), references(text)


# -- "<Name> (52), tukang parkir yang di kalangan kawan-kawannya dipanggil <Nick>" -----------


def test_call_name_among_a_reduplicated_group() -> None:
    text = ("Suharjo (47), tukang parkir yang di kalangan kawan-kawannya dipanggil Kribo, "
            "mengaku penghasilannya naik. \"Ramai sekali,\" kata Kribo.")
    assert "Kribo" in people(text).get("Suharjo", ()), references(text)


# -- "Manager Public Relations <Firm>, <Name>, mengatakan" -----------------------------------


def test_holder_after_an_office_written_in_english_is_a_person() -> None:
    text = ("Manager Public Relations Trans Nusa Ferry, Larasati Wulandari, mengatakan "
            "jadwal kapal ditambah selama libur.")
    assert types(text).get("Larasati Wulandari") == "PER", references(text)


# -- "petugas <Body>, <Name>, polisi, tentara, dan warga" -------------------------------------


def test_name_listed_between_a_body_and_forces_is_a_body() -> None:
    text = ("Pencarian melibatkan petugas BPBD Sintang, Wira Gahana, polisi, tentara, "
            "dan relawan setempat.")
    tagged = [("BPBD Sintang", "ORG"), ("Wira Gahana", "PER")]
    assert ("Wira Gahana", "ORG", "Wira Gahana") in resolve(text, tagged)


def test_holder_after_a_body_before_a_sentence_on_forces_stays_a_person() -> None:
    text = "Menurut BPBD Sintang, Wira Gahana, polisi dan tentara sudah tiba."
    tagged = [("BPBD Sintang", "ORG"), ("Wira Gahana", "PER")]
    assert ("Wira Gahana", "PER", "Wira Gahana") in resolve(text, tagged)


# -- "<New> (<ACR>), lembaga yang sebelum <year> bernama <Old> (<ACR>)" -----------------------


def test_body_renamed_before_a_year_is_one_body() -> None:
    text = ("Data itu dihimpun Kementerian Ekonomi Kreatif Nasional (KEKN), lembaga yang "
            "sebelum 2023 bernama Badan Ekonomi Kreatif Nasional (BEKN), pekan lalu.")
    new = entity_of(text, "Kementerian Ekonomi Kreatif Nasional")
    assert new is not None, references(text)
    assert entity_of(text, "Badan Ekonomi Kreatif Nasional") == new, references(text)


# -- "Solo" alone beside "Kota Surakarta" -------------------------------------------------------


def test_everyday_city_name_alone_is_the_city_named_in_full() -> None:
    text = ("Pedagang batik di Kota Surakarta, Jawa Tengah, kebanjiran pembeli. Banyak "
            "wisatawan datang ke Solo dari Semarang.")
    assert entity_of(text, "Solo") == ("Kota Surakarta", "LOC"), references(text)


# -- "Gunung <Name>", "Distrik <Name>" tagged without the head --------------------------------


def test_mountain_and_district_keep_their_head() -> None:
    text = ("Bandara ditutup setelah Gunung Dukono menyemburkan abu, menurut Pos "
            "Pengamatan Gunung Api Dukono. Banjir melanda Distrik Muting. Warga Distrik "
            "Muting, Yakobus (44), mengungsi.")
    assert entity_of(text, "Gunung Dukono") == ("Gunung Dukono", "LOC"), references(text)
    assert entity_of(text, "Distrik Muting") == ("Distrik Muting", "LOC"), references(text)


# -- "Depot Tahanan Imigresen (<ACR>) <Town>" ---------------------------------------------------


def test_detention_depot_abroad_is_named_with_its_town() -> None:
    text = ("Para pekerja migran dipulangkan dari Depot Tahanan Imigresen (DTI) Sandakan "
            "setelah tiga bulan.")
    assert entity_of(text, "Depot Tahanan Imigresen (DTI) Sandakan") == (
        "Depot Tahanan Imigresen Sandakan",
        "ORG",
    ), references(text)


# -- "Stadion Kapten <Name> <Name> <Name>" ------------------------------------------------------


def test_landmark_named_after_a_ranked_hero_keeps_the_whole_name() -> None:
    text = "Laga digelar di Stadion Letnan I Made Suarsa, Tabanan, Sabtu malam."
    assert entity_of(text, "Stadion Letnan I Made Suarsa") is not None, references(text)


# -- "dari <Place> ke <Town>", "lintas <City>–<Town>" -----------------------------------------


def test_untagged_end_of_a_route_is_a_place() -> None:
    text = ("Kapal cepat dari Ambon ke Wahai tetap berlayar. Bus lintas Ambon–Hila "
            "juga beroperasi.")
    assert types(text).get("Wahai") == "LOC", references(text)
    assert types(text).get("Hila") == "LOC", references(text)
