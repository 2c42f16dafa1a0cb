"""FE24: classes of blind24's errors - a Balinese birth-order word the tagger left out
before the given name, a nickname declared by "sebutan (populer) untuk <Name>", a title
name a court gave someone ("yang bergelar <Rank> <Name>"), the holder after an office
and a regency closed by a compass word, a service written "Dinas <ACR> <Region>", an
all-caps dateline naming a town the gazetteer does not know, mountains and Balinese
rivers by their head, temples, a police sector command by its district (invented
sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, references, types

from warta.nlp.entities.offices import _holder_after_office_place

# -- persons ---------------------------------------------------------------------------------


def test_a_balinese_name_keeps_the_birth_order_word_before_the_given_name() -> None:
    text = (
        "Dua bocah terluka. Ayahnya, I Wayan Sudira (50), dan adiknya, I Kadek Bayu "
        "Pramana (13), dibawa ke puskesmas."
    )
    assert {"I Wayan Sudira", "I Kadek Bayu Pramana"} <= set(people(text))


def test_initials_declared_by_sebutan_populer_untuk_are_the_named_person() -> None:
    text = (
        "Gubernur Banten Arif Sudarsono meninjau pasar induk pada Senin. ASD, sebutan "
        "populer untuk Kang Arif Sudarsono, berjanji memperbaiki atap los ikan."
    )
    found = entity_of(text, "ASD")
    assert found is not None and found[1] == "PER"
    assert found == entity_of(text, "Arif Sudarsono")


def test_a_title_name_given_by_a_court_is_the_person_named_before() -> None:
    text = (
        "Warga bergotong royong membersihkan pasar. Darmo (70), abdi dalem Keraton "
        "Surakarta yang bergelar Mas Ngabehi Joyo Pranoto, ikut menyapu halaman. "
        "\"Sudah kebiasaan sejak muda,\" kata Joyo Pranoto."
    )
    found = people(text)
    assert "Darmo" in found
    assert "Joyo Pranoto" in found["Darmo"]
    assert not any("Pranoto" in name for name in found if name != "Darmo")


def test_the_holder_after_an_office_and_a_regency_closed_by_a_compass_word() -> None:
    text = "Bupati Lombok Utara Budi Rahmat Santoso membuka pameran tenun di alun-alun."
    assert "Budi Rahmat Santoso" in people(text)
    assert not any(name.endswith("Budi") for name in types(text))



def test_a_place_span_after_an_office_gives_its_word_past_the_compass_to_the_holder() -> None:
    # the tagger's "<Regency> <Compass> <Given>" place before "<Middle> <Surname>"
    text = "Bupati Kolaka Timur Enda Saputra Lamusu menyebut 12 keluarga mengungsi."
    end = text.index(" Saputra")
    cut = _holder_after_office_place(text, 7, end)
    assert cut is not None
    assert (text[7 : cut[0]], text[cut[1] : end]) == ("Kolaka Timur", "Enda")


def test_a_place_span_without_a_compass_word_keeps_a_name_going_on() -> None:
    text = "Camat Medan Tuntungan Hasan Basri meninjau lokasi."
    assert _holder_after_office_place(text, 6, text.index(" Hasan")) is None


# -- bodies ----------------------------------------------------------------------------------


def test_a_service_written_head_acronym_region_is_the_service_written_out() -> None:
    text = (
        "Kepala Dinas Lingkungan Hidup Kabupaten Bantul, Hendra Lapasere, mengakui tumpukan "
        "sampah di pasar belum diangkut. Truk milik Dinas LH Bantul rusak sejak pekan lalu."
    )
    full = entity_of(text, "Dinas Lingkungan Hidup Kabupaten Bantul")
    assert full is not None and full[1] == "ORG"
    assert entity_of(text, "Dinas LH Bantul") == full


def test_a_police_sector_command_is_one_body_with_its_district() -> None:
    text = (
        "Kepala Kepolisian Sektor Tanjungrejo, AKP Wawan Setiadi, mengatakan dua saksi "
        "sudah diperiksa pada Selasa."
    )
    found = entity_of(text, "Kepolisian Sektor Tanjungrejo")
    assert found is not None and found[1] == "ORG"


# -- places ----------------------------------------------------------------------------------


def test_an_untagged_dateline_is_the_town_filed_from() -> None:
    text = "KARANGSEMBUNG – Hujan deras sejak sore membuat jalan desa tergenang setinggi lutut."
    found = entity_of(text, "KARANGSEMBUNG")
    assert found is not None and found[1] == "LOC"


def test_a_dateline_named_again_in_the_article_is_left_to_those_mentions() -> None:
    text = (
        "WATUBELAH – Hujan deras merendam pasar. Camat Watubelah meminta pedagang "
        "mengungsi ke balai desa."
    )
    assert not any(name.isupper() for name in types(text))


def test_a_mountain_by_its_head_and_its_bare_name_are_one_place() -> None:
    text = (
        "Gunung Lawangsari kembali meletus pada Kamis pagi. Status Lawangsari kini Siaga, "
        "dan warga di lereng timur diminta menjauh."
    )
    found = entity_of(text, "Gunung Lawangsari")
    assert found is not None and found[1] == "LOC"
    assert entity_of(text, "Lawangsari") == found


def test_a_balinese_river_by_its_head_is_a_place() -> None:
    text = "Tebing curam sepanjang Tukad Pangkung rawan longsor saat hujan turun deras."
    found = entity_of(text, "Tukad Pangkung")
    assert found is not None and found[1] == "LOC"


def test_a_temple_named_by_its_head_is_a_place() -> None:
    text = (
        "Pemangku Pura Dalem Tamansari, Jero Ketut Sudana, memimpin upacara di halaman "
        "pura pada Minggu."
    )
    kinds = {name: kind for name, kind, _forms in references(text) if "Tamansari" in name}
    assert kinds and all(kind == "LOC" for kind in kinds.values())
