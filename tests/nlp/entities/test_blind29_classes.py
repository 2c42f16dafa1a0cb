"""FE29: classes of blind29's errors - a given name spelt like a place after a form of
address, a court name declared with "dengan nama paringan", a regional hospital named
after a person, Yogyakarta's own names of its districts, villages and hamlets, a police
unit named by its field after its head's office, a church body with its acronym
(invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, references, resolve, types

# -- persons ---------------------------------------------------------------------------------


def test_a_form_of_address_before_a_given_name_spelt_like_a_country_is_the_person() -> None:
    text = (
        "Petani Peru Sitompul (52), yang biasa disapa Abah Peru, kehilangan kebunnya. "
        '"Semua hanyut," ujar Abah Peru.'
    )
    owner = entity_of(text, "Abah Peru")
    assert owner is not None and owner[1] == "PER" and "Sitompul" in owner[0], references(text)


def test_a_form_of_address_before_a_given_name_spelt_like_a_regency_is_the_person() -> None:
    text = (
        "Warga Sukamaju, Kendal Saputra (60), yang biasa disapa Pak Kendal, kehilangan "
        'sawah. "Habis semua," ujar Pak Kendal.'
    )
    assert entity_of(text, "Pak Kendal") == ("Kendal Saputra", "PER"), references(text)
    assert "Kabupaten Kendal" not in types(text)


def test_a_country_named_beside_a_titled_person_stays_the_country() -> None:
    text = "Rombongan dari Chad tiba di Jakarta. Pak Budi Santoso menyambut mereka di bandara."
    assert types(text).get("Chad") == "LOC", references(text)


def test_a_court_name_declared_with_dengan_nama_paringan_is_the_same_man() -> None:
    text = (
        "Sukiman (70), juga abdi dalem Keraton Surakarta dengan nama paringan Raden Ngabehi "
        "Purwo Diharjo, menjaga makam itu. Warga memanggilnya Mbah Purwo. "
        '"Saya sudah tua," kata Mbah Purwo.'
    )
    found = people(text)
    assert set(found) == {"Sukiman"}, found
    assert {"Raden Ngabehi Purwo Diharjo", "Mbah Purwo"} <= set(found["Sukiman"]), found


# -- organisations -----------------------------------------------------------------------------


def test_a_regional_hospital_named_after_a_person_is_one_body() -> None:
    text = (
        "Dua korban dibawa ke Rumah Sakit Umum Daerah (RSUD) Ratu Kencana Wibowo, "
        "tetapi satu tidak tertolong."
    )
    # the tagger's reading: the generic words a place, the hospital's own name a person
    out = resolve(text, [("Rumah Sakit Umum Daerah", "LOC"), ("Ratu Kencana Wibowo", "PER")])
    assert ("Rumah Sakit Umum Daerah (RSUD) Ratu Kencana Wibowo", "ORG") in {
        (surface, kind) for surface, kind, _e in out
    }, out
    assert not any(kind == "PER" for _s, kind, _e in out), out


def test_a_hospital_after_an_office_keeps_out_the_name_after_it() -> None:
    text = "Direktur Rumah Sakit Umum Daerah (RSUD) Ratu Kencana Wibowo mengatakan stok darah cukup."
    out = resolve(text, [("Rumah Sakit Umum Daerah", "LOC"), ("Ratu Kencana Wibowo", "PER")])
    # after an office the name may be its holder's: no hospital runs over it
    assert ("Rumah Sakit Umum Daerah (RSUD) Ratu Kencana Wibowo", "ORG") not in {
        (surface, kind) for surface, kind, _e in out
    }, out


def test_a_police_unit_named_by_its_field_after_its_heads_office_is_the_police() -> None:
    text = (
        "Kepolisian Daerah Jawa Tengah (Polda Jateng) menangkap dua orang. Direktur Reserse "
        "Narkoba Polda Jateng, Kombes Budi Santoso, mengatakan barang bukti disita."
    )
    # the tagger's reading: the unit's field and the police one organisation
    out = resolve(text, [("Reserse Narkoba Polda Jateng", "ORG"), ("Budi Santoso", "PER")])
    bodies = {entity for _s, kind, entity in out if kind == "ORG"}
    assert bodies == {"Kepolisian Daerah Jawa Tengah"}, out


def test_a_church_body_with_its_declared_acronym_is_an_organisation() -> None:
    text = "Atap kantor Gereja Protestan Maluku Utara (GPMU) di Ternate bocor. GPMU menggalang dana."
    out = resolve(text, [("Gereja Protestan Maluku Utara", "LOC")])  # the tagger's reading
    assert ("Gereja Protestan Maluku Utara", "ORG", "Gereja Protestan Maluku Utara") in out, out


# -- places ------------------------------------------------------------------------------------


def test_a_yogyakarta_village_with_and_without_its_kind_is_one_place() -> None:
    text = "Warga Kalurahan Wukirsari mengungsi ke balai. Barak di Wukirsari penuh sejak pagi."
    owner = entity_of(text, "Kalurahan Wukirsari")
    assert owner is not None and owner == entity_of(text, "Wukirsari"), references(text)


def test_a_yogyakarta_hamlet_by_its_kind_is_a_place() -> None:
    text = "Warga Padukuhan Sidorejo Lor, Kalurahan Wukirsari, mengungsi sejak Minggu."
    assert types(text).get("Padukuhan Sidorejo Lor") == "LOC", references(text)


def test_a_yogyakarta_district_heads_office_names_the_district() -> None:
    text = (
        "Warga Kapanewon Imogiri mengungsi. Panewu Imogiri, Sutopo Hadi, meninjau barak "
        "pengungsian di balai desa."
    )
    assert entity_of(text, "Imogiri") == entity_of(text, "Kapanewon Imogiri"), references(text)
