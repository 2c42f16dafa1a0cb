"""FE22: classes of blind22's errors - a name part printed as an initial and spelt out
later ("T. <Given> <Surname>", then "Teuku <Given>"), a second name declared after a
pronoun or on "nama <kind>-nya", rivers by their regional head, regional bodies named
across the acronym they declare ("<Name> (<ACR>) <Region>") and their internal units,
a national body's regional office ("Kantor Perwakilan ..."), hospitals written out,
territories given back their head and the later items of a list of districts (invented
sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, references

from warta.nlp.entities.names import sub_names

# -- an initial spelt out ---------------------------------------------------------------------


def test_a_name_spelling_out_the_initial_of_a_longer_name_is_that_person() -> None:
    text = (
        "Ketua panitia, T. Ridwan Hasballah, mengatakan lomba perahu tetap digelar. "
        "Menurut Teuku Ridwan, peserta datang dari sebelas kabupaten."
    )
    person = entity_of(text, "T. Ridwan Hasballah")
    assert person is not None and person[1] == "PER"
    assert entity_of(text, "Teuku Ridwan") == person


def test_a_spelt_out_word_matches_only_a_real_initial() -> None:
    # "Tono" is no initial: "Teuku Ridwan" is not a part of "Tono Ridwan Hasan"
    up = sub_names([("teuku", "ridwan"), ("tono", "ridwan", "hasan")], gaps=True)
    assert ("teuku", "ridwan") not in up
    up = sub_names([("teuku", "ridwan"), ("t", "ridwan", "hasan")], gaps=True)
    assert up[("teuku", "ridwan")] == ("t", "ridwan", "hasan")


# -- a second name declared -------------------------------------------------------------------


def test_a_name_declared_after_a_pronoun_and_on_the_kind_of_name_is_the_person() -> None:
    text = (
        "Bengkel itu milik Surya Atmaja (58). Di pasar, ia lebih dikenal sebagai Acong, "
        "panggilan dari nama Tionghoanya, Tan Kok Liang. \"Sejak muda saya di sini,\" "
        "kata Surya."
    )
    person = entity_of(text, "Surya Atmaja")
    assert person is not None
    assert entity_of(text, "Acong") == person
    assert entity_of(text, "Tan Kok Liang") == person


def test_a_relatives_name_is_no_name_of_the_person() -> None:
    text = (
        "Di depan pasar, Mbok Sarmi, penjual jamu, ikut menabung. Perempuan yang dikenal "
        "dengan nama suaminya, Karyono, itu menabung tiap pekan."
    )
    assert entity_of(text, "Karyono") != entity_of(text, "Mbok Sarmi")


# -- rivers by their regional head --------------------------------------------------------------


def test_a_river_by_its_regional_head_is_a_place_not_a_person() -> None:
    text = "Banjir merendam dua desa setelah Krueng Meuria dan Aek Sitonang meluap, Senin."
    assert entity_of(text, "Krueng Meuria") == ("Krueng Meuria", "LOC")
    assert entity_of(text, "Aek Sitonang") == ("Aek Sitonang", "LOC")


# -- regional bodies across their acronym -------------------------------------------------------


def test_a_regional_body_is_named_whole_across_the_acronym_it_declares() -> None:
    text = (
        "Kepala Dinas Pekerjaan Umum (DPU) Kota Tegal, Bambang Sutejo, meninjau jembatan. "
        "Badan Pusat Statistik (BPS) Provinsi Bengkulu merilis data inflasi pada hari itu."
    )
    assert entity_of(text, "Dinas Pekerjaan Umum (DPU) Kota Tegal") == (
        "Dinas Pekerjaan Umum Kota Tegal", "ORG")
    assert entity_of(text, "Badan Pusat Statistik (BPS) Provinsi Bengkulu") == (
        "Badan Pusat Statistik Provinsi Bengkulu", "ORG")


def test_a_body_speaking_across_its_acronym_is_named_whole_too() -> None:
    # the subject of a reporting verb is the same one body (the quote layer names the
    # speaker by the acronym and the region the sentence writes)
    text = "Badan Pusat Statistik (BPS) Provinsi Bengkulu menyatakan harga beras naik."
    assert entity_of(text, "Badan Pusat Statistik (BPS) Provinsi Bengkulu") == (
        "Badan Pusat Statistik Provinsi Bengkulu", "ORG")


def test_the_acronym_and_the_words_after_it_are_the_body() -> None:
    text = (
        "Rumah Sakit Umum Daerah (RSUD) Merpati Karangasem menambah ruang isolasi. "
        "Juru bicara RSUD Merpati, Dewi Lestari, menyebut pasien terus bertambah."
    )
    body = entity_of(text, "Rumah Sakit Umum Daerah (RSUD) Merpati Karangasem")
    assert body is not None and body[1] == "ORG"
    assert entity_of(text, "RSUD Merpati") == body


def test_a_unit_of_a_police_command_is_the_command() -> None:
    text = (
        "Kepolisian Resor (Polres) Blora menangkap dua penadah. Kepala Satuan Reserse "
        "Kriminal Polres Blora AKP Hendra Gunawan mengatakan barang bukti disita."
    )
    body = entity_of(text, "Kepolisian Resor (Polres) Blora")
    assert body == ("Kepolisian Resor Blora", "ORG")
    assert entity_of(text, "Polres Blora") == body
    names = [n for n, _t, _f in references(text)]
    assert not any(n.startswith("Satuan") for n in names)


def test_a_national_bodys_regional_office_is_named_with_its_region() -> None:
    text = "Kantor Perwakilan Ombudsman Provinsi Gorontalo menerima 40 laporan warga."
    assert entity_of(text, "Kantor Perwakilan Ombudsman Provinsi Gorontalo") == (
        "Kantor Perwakilan Ombudsman Provinsi Gorontalo", "ORG")


# -- facilities and territories -----------------------------------------------------------------


def test_a_hospital_written_out_is_an_organisation() -> None:
    text = "Korban dibawa ke Rumah Sakit Bhayangkara Sukasari untuk diperiksa."
    found = entity_of(text, "Rumah Sakit Bhayangkara Sukasari")
    assert found is not None and found[1] == "ORG"


def test_later_items_of_a_list_of_districts_share_its_head() -> None:
    text = "Warga paling banyak mengungsi dari Kecamatan Sukaraja, Cibeureum, dan Pasir Jambu."
    assert entity_of(text, "Cibeureum") == ("Kecamatan Cibeureum", "LOC")
    assert entity_of(text, "Pasir Jambu") == ("Kecamatan Pasir Jambu", "LOC")


def test_a_hierarchy_after_a_district_is_no_list_of_districts() -> None:
    text = "Longsor terjadi di Kecamatan Sukaraja, Kabupaten Sukabumi, dan Kota Bogor."
    names = {n for n, _t, _f in references(text)}
    assert "Kecamatan Kabupaten Sukabumi" not in names
    assert "Kecamatan Kota Bogor" not in names
