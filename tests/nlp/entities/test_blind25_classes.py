"""FE25: classes of blind25's errors - Sasak teknonyms ("Amaq <Child>", "Inaq <Child>":
the child is another person), a company cited by the first two words of its name,
a regional hospital named after its quarter, an immigration detention house
with its declared acronym (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, types

from warta.nlp.entities.names import is_teknonym

# -- persons ---------------------------------------------------------------------------------


def test_a_sasak_teknonym_is_told_from_a_name_ending_in_the_same_word() -> None:
    assert is_teknonym(("inaq", "widia")) and is_teknonym("Amaq Widia".split())
    assert not is_teknonym(("ahmad", "widia"))


def test_the_child_named_in_his_fathers_teknonym_is_not_the_father() -> None:
    text = (
        "Pemilik warung, Ahmad Fauzan (50), yang di desanya dikenal sebagai Amaq Widia, "
        "selamat. Putra sulungnya, Widia (16), hilang saat banjir. Di posko, Inaq Widia "
        'menunggu kabar. "Dia terlepas," tutur Amaq Widia.'
    )
    found = people(text)
    assert "Widia" not in found.get("Ahmad Fauzan", ()), found
    assert "Amaq Widia" in found.get("Ahmad Fauzan", ()), found
    assert found.get("Widia") == ("Widia",), found
    assert found.get("Inaq Widia") == ("Inaq Widia",), found


# -- organisations ---------------------------------------------------------------------------


def test_a_person_after_a_company_of_three_words_stays_a_person() -> None:
    text = "Dirut PT Sinar Laut Makmur Andi Basri Latif menyebut pabrik merugi."
    assert "Andi Basri Latif" in people(text)


def test_a_company_cited_by_its_first_two_words_is_the_company() -> None:
    text = (
        "Dinas Kesehatan menyita ribuan botol jamu milik PT Sari Ayu Pertiwi di gudangnya. "
        "Manajemen Sari Ayu membantah menambahkan bahan kimia obat."
    )
    assert entity_of(text, "Sari Ayu") == ("PT Sari Ayu Pertiwi", "ORG")
    assert "Ayu" not in people(text)


def test_a_regional_hospital_named_after_its_quarter_is_one_organisation() -> None:
    text = "Korban dibawa ke Rumah Sakit Umum Daerah (RSUD) Sukamekar. Ia selamat."
    assert types(text).get("Rumah Sakit Umum Daerah Sukamekar") == "ORG", types(text)


def test_an_immigration_detention_house_with_its_acronym_is_one_organisation() -> None:
    text = "Dua turis itu menunggu di Rumah Detensi Imigrasi (Rudenim) Kupang sebelum dipulangkan."
    assert types(text).get("Rumah Detensi Imigrasi Kupang") == "ORG", types(text)
