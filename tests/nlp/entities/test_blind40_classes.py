"""FE40: shapes of blind40's classes - the holder of an office whose body is given with
its declared acronym, or of a post in a hospital named after a doctor; a badminton club
opened by "PB"; a rank, then the corps' acronym, then the name; a national body's acronym
declared with the state's ("<ACR> RI"); a place's name in the local language; a regional
enterprise with its legal form written out and its acronym declared, and its former
"PD" name (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, references, types

# -- "Ketua <Body> (<ACR>) <Region>, <Name>, mengatakan"; "RSUD dr. <Name>, dr. <Name>," -------


def test_holder_after_a_body_with_its_declared_acronym_is_a_person() -> None:
    text = ("Ketua Ikatan Petani Tembakau Seluruh Indonesia (IPTSI) Temanggung, Marwoto, "
            "mengatakan harga daun kering turun sejak bulan lalu.")
    assert "Marwoto" in people(text), references(text)


def test_holder_after_a_hospital_named_after_a_doctor_is_a_person() -> None:
    text = ("Kepala Bidang Keperawatan RSUD dr. Sudarso, dr. Ratna Kusumawati, mengatakan "
            "tiga pasien masih dirawat.")
    assert "Ratna Kusumawati" in people(text), references(text)


# -- "PB <Name>": a badminton club ---------------------------------------------------------


def test_badminton_club_opened_by_pb_is_an_organisation() -> None:
    text = "Gelar tunggal putra direbut Rizky Pratama (19) dari PB Tunas Harapan, Minggu."
    assert types(text).get("PB Tunas Harapan") == "ORG", references(text)


# -- "<Body> Republik Indonesia (<ACR> RI)", then "Letkol <ACR> <Name>" ------------------------


def test_state_acronym_and_corps_before_a_name() -> None:
    text = ("Badan Pengawas Perairan Republik Indonesia (Bapair RI) menahan sebuah kapal. "
            "Kapal patroli Bapair dipimpin Mayor Bapair Danu Wicaksono. \"Kapal itu kami "
            "kawal ke pelabuhan,\" kata Danu.")
    body = entity_of(text, "Badan Pengawas Perairan Republik Indonesia")
    assert body is not None and body[1] == "ORG", references(text)
    assert entity_of(text, "Bapair RI") == body, references(text)
    assert entity_of(text, "Danu Wicaksono") == ("Danu Wicaksono", "PER"), references(text)
    assert not any(name.startswith("Bapair") for name in people(text)), references(text)


# -- "<Place>, yang dalam bahasa setempat disebut <Other>" ----------------------------------


def test_name_in_the_local_language_is_the_place() -> None:
    text = ("Bagi nelayan Pulau Buru, yang dalam bahasa setempat disebut Bupolo, ikan asap "
            "adalah lauk sehari-hari.")
    place = entity_of(text, "Pulau Buru")
    assert place is not None and place[1] == "LOC", references(text)
    assert entity_of(text, "Bupolo") == place, references(text)


# -- "Perusahaan Umum Daerah (Perumda) Pasar <Name>", "dulu bernama PD Pasar <Name>" ----------


def test_regional_enterprise_with_its_form_written_out() -> None:
    text = ("Kios di blok itu disewa dari Perusahaan Umum Daerah (Perumda) Pasar Mekar Sari, "
            "yang semula bernama PD Pasar Mekar Sari. Direktur Perumda Pasar Mekar Sari, Joko "
            "Susilo, mengatakan kios akan dibangun lagi.")
    company = ("Perusahaan Umum Daerah Pasar Mekar Sari", "ORG")
    assert entity_of(text, "Perusahaan Umum Daerah (Perumda) Pasar Mekar Sari") == company, (
        references(text))
    assert entity_of(text, "PD Pasar Mekar Sari") == company, references(text)
    assert entity_of(text, "Perumda Pasar Mekar Sari") == company, references(text)
