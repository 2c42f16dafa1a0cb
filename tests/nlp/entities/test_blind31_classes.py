"""FE31: classes of blind31's errors - a resident with an age coordinated after another's
place of residence, a form of address dropped from a one-word name, a body's name after
a phrase of common nouns, a regency's declared acronym, a village or district cited bare
after its headed name, the untagged places of a list (invented sentences; no seed or
gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, references, resolve, types

# -- persons ---------------------------------------------------------------------------------


def test_an_aged_name_after_a_place_and_a_conjunction_is_a_person() -> None:
    text = (
        "Korban tewas adalah Sudarsono (61), warga Kabupaten Grobogan, dan Wulan Anggraeni "
        "(22), mahasiswi asal Kota Salatiga."
    )
    assert entity_of(text, "Wulan Anggraeni") == ("Wulan Anggraeni", "PER"), references(text)


def test_an_aged_name_listed_after_a_province_is_a_person() -> None:
    text = (
        "Tiga pekerja tewas: Rudi Hartawan (31) dari Kabupaten Gowa, Sulawesi Selatan, "
        "serta Wang Lihua (44), teknisi asal Provinsi Fujian."
    )
    assert entity_of(text, "Wang Lihua") == ("Wang Lihua", "PER"), references(text)


def test_a_form_of_address_is_dropped_when_the_name_is_cited_bare() -> None:
    text = (
        "Seorang penjual kopi, Uni Ratnasari (51), melihat air naik. "
        '"Kami lari ke bukit," kata Ratnasari.'
    )
    found = people(text)
    assert "Ratnasari" in found, found
    assert "Uni Ratnasari" in found["Ratnasari"], found


def test_a_form_of_address_stays_when_the_name_is_never_cited_bare() -> None:
    text = 'Seorang penjual kopi, Uni Ratnasari (51), melihat air naik. "Kami lari," katanya.'
    assert "Uni Ratnasari" in people(text), references(text)


def test_a_makassarese_adult_name_keeps_its_daeng() -> None:
    text = 'Nelayan tua, Daeng Sikura (66), menunggu angin. "Belum bisa melaut," kata Sikura.'
    assert "Sikura" not in people(text), references(text)


# -- organisations ------------------------------------------------------------------------------


def test_a_court_after_a_phrase_of_common_nouns_is_the_court_with_its_city() -> None:
    text = (
        "Para hakim Pengadilan Negeri (PN) Kuningan menjatuhkan vonis enam tahun kepada "
        "terdakwa, Kamis."
    )
    assert entity_of(text, "Pengadilan Negeri (PN) Kuningan") == (
        "Pengadilan Negeri Kuningan",
        "ORG",
    ), references(text)
    assert not any(name.startswith("Majelis") for name in types(text)), references(text)


# -- places ------------------------------------------------------------------------------------


def test_a_regency_declared_with_its_acronym_is_cited_by_it() -> None:
    text = (
        "Kabut asap dari Kabupaten Penukal Abab Lematang Ilir (PALI) menebal. Petugas di PALI "
        "memadamkan api sepanjang malam."
    )
    assert entity_of(text, "PALI") == ("Kabupaten Penukal Abab Lematang Ilir", "LOC"), references(text)


def test_a_city_before_a_wire_credit_takes_no_acronym() -> None:
    text = "JAKARTA (ANTARA) - Harga cabai naik di Pasar Kramat Jati. ANTARA mencatat kenaikan."
    assert entity_of(text, "ANTARA") != ("Indonesia", "LOC"), references(text)


def test_a_village_cited_bare_after_its_headed_name_is_the_village() -> None:
    text = (
        "Banjir merendam Kelurahan Rejomulyo, Kecamatan Tembalang. Menurut warga Rejomulyo, "
        "air datang tengah malam."
    )
    tagged = [("Kelurahan Rejomulyo", "LOC"), ("Kecamatan Tembalang", "LOC")]
    resolved = resolve(text, tagged)
    assert ("Rejomulyo", "LOC", "Kelurahan Rejomulyo") in resolved, resolved


def test_the_untagged_towns_of_a_list_after_an_island_are_places() -> None:
    text = (
        "Sekitar 400 penumpang tujuan Pulau Adonara, Waiwerang, dan Lewoleba tertahan di "
        "pelabuhan sejak Selasa."
    )
    found = types(text)
    assert found.get("Waiwerang") == "LOC" and found.get("Lewoleba") == "LOC", references(text)


def test_an_apposition_after_a_village_is_no_item_of_a_list() -> None:
    text = (
        "Kepala Desa Lamalera, Kecamatan Wulandoni, Yosefina Bataona, menyambut tim itu. "
        '"Kami senang," kata Yosefina.'
    )
    assert types(text).get("Yosefina Bataona") == "PER", references(text)
