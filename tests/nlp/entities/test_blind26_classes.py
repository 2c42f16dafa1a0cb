"""FE26: classes of blind26's errors - a relative clause naming a person again ("<Name>,
yang dalam <document> bernama <Other>"), a suspect's initials that spell a degree,
regional bodies whose head or name words the rule did not know (an inspectorate, a
health laboratory, an authority's provincial office, a field "Desa", a region written
short, a hospital named after a titled man), a crew whose noun opens a sentence, a
market the tagger missed (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, resolve, types

# -- persons ---------------------------------------------------------------------------------


def test_a_relative_clause_naming_a_person_again_gives_one_person() -> None:
    text = (
        "Gudang milik Tan Bun Hok (61), yang dalam akta kelahirannya bernama Hendra "
        "Gunawan, ludes terbakar. Hendra mengaku rugi ratusan juta rupiah. Menurut Hendra "
        "Gunawan, api muncul dari dapur."
    )
    found = people(text)
    owners = [name for name, forms in found.items() if "Tan Bun Hok" in forms]
    assert len(owners) == 1, found
    assert "Hendra Gunawan" in found[owners[0]], found


def test_a_clause_naming_someone_elses_name_keeps_two_people() -> None:
    # the subject of "bernama" is "anaknya", the child: no second name of the mother
    text = (
        "Sumarti Wulandari (52), yang anaknya bernama Joko Priyanto, menunggu di posko. "
        "Joko Priyanto masih dicari tim gabungan."
    )
    found = people(text)
    assert "Joko Priyanto" not in found.get("Sumarti Wulandari", ()), found


def test_a_suspects_initials_are_no_degree_of_his_lawyer() -> None:
    text = (
        "Polisi menahan kepala desa berinisial MS (45). Pengacara MS, Budi Pranoto, "
        "mengajukan penangguhan penahanan. MS disebut kooperatif."
    )
    found = people(text)
    assert "MS" not in found.get("Budi Pranoto", ()), found
    assert found.get("MS") == ("MS",), found


# -- organisations ---------------------------------------------------------------------------


def test_a_regencys_inspectorate_is_one_organisation() -> None:
    text = "Kasus itu terungkap dari audit Inspektorat Kabupaten Blitar tahun lalu."
    assert types(text).get("Inspektorat Kabupaten Blitar") == "ORG", types(text)


def test_a_health_laboratory_with_its_acronym_and_province_is_one_organisation() -> None:
    text = "Sampel makanan diuji Laboratorium Kesehatan Daerah (Labkesda) Jawa Tengah."
    assert types(text).get("Laboratorium Kesehatan Daerah Jawa Tengah") == "ORG", types(text)


def test_an_authoritys_provincial_office_is_one_organisation() -> None:
    text = "Deputi Otoritas Jasa Keuangan (OJK) Provinsi Jambi, Rudi Santosa, memberi imbauan."
    assert types(text).get("Otoritas Jasa Keuangan Provinsi Jambi") == "ORG", types(text)


def test_village_as_a_field_of_a_regional_service() -> None:
    text = (
        "Bupati menugasi Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Tegal "
        "mendampingi para kepala desa."
    )
    name = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Tegal"
    assert types(text).get(name) == "ORG", types(text)


def test_a_body_after_and_is_not_a_field_of_a_regional_government() -> None:
    text = "Pemerintah Provinsi NTB dan Kementerian Sosial mendirikan posko pengungsian di Mataram."
    found = types(text)
    assert found.get("Kementerian Sosial") == "ORG", found
    assert not any("dan Kementerian" in name for name in found), found


def test_a_hospital_named_after_a_titled_man_and_its_short_form_are_one_body() -> None:
    text = (
        "Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) dr. Hartono Wiryo Kendari. "
        "Direktur RSUD Hartono Wiryo memastikan biaya ditanggung pemerintah. Keluarga "
        "menunggu di lobi RSUD dr. Hartono Wiryo sejak pagi."
    )
    name = "Rumah Sakit Umum Daerah dr. Hartono Wiryo Kendari"
    assert entity_of(text, "RSUD Hartono Wiryo") == (name, "ORG")
    assert entity_of(text, "RSUD dr. Hartono Wiryo") == (name, "ORG")


def test_a_crew_whose_noun_opens_the_sentence_is_a_group_not_a_person() -> None:
    text = "Api menjalar ke kebun. Regu Elang Hitam dan warga dikerahkan memadamkan api."
    # the tagger's reading: a person, with the crew's noun inside
    out = resolve(text, [("Regu Elang Hitam", "PER")])
    assert out == [("Elang Hitam", "ORG", "Elang Hitam")], out


# -- places ----------------------------------------------------------------------------------


def test_a_market_the_tagger_missed_is_a_place() -> None:
    text = "Sumirah (70), yang berdagang di Pasar Gede Timur dan disapa Mbah Sum, mengungsi."
    # the tagger's reading: the woman only
    out = resolve(text, [("Sumirah", "PER")])
    assert ("Pasar Gede Timur", "LOC", "Pasar Gede Timur") in out, out
