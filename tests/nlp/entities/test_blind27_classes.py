"""FE27: classes of blind27's errors - a second name declared of "<noun phrase> itu"
opening the sentence after a person, a surname-first name shortened to its given names
and typed a body, a body listed between bodies and typed a person, companies by their
legal form ("PO", "Perumda", "CV"), foundations, regional courts, councils, civil service
police and search and rescue offices, a region written "DKI <Name>", a hospital named
after a titled man with initials, a unit's span running into its regional command, a
command's short name with its territory (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, resolve, types

# -- persons ---------------------------------------------------------------------------------


def test_a_name_declared_of_a_noun_phrase_with_itu_is_the_person_named_before() -> None:
    text = (
        "Toko kelontong itu milik Hartono Wijaya (61). Pedagang beras itu di kalangan "
        'kerabatnya lebih dikenal dengan nama Tan Bun Liong. "Semua ludes," kata Hartono.'
    )
    found = people(text)
    owners = [name for name, forms in found.items() if "Hartono Wijaya" in forms]
    assert len(owners) == 1, found
    assert "Tan Bun Liong" in found[owners[0]], found


def test_a_surname_first_name_shortened_to_its_given_names_is_one_person() -> None:
    text = (
        "Rumah itu dihuni Liem Kiat Hong (70) bersama cucunya. Tetangga menggendong "
        "Kiat Hong keluar sebelum api membesar."
    )
    out = resolve(text, [("Liem Kiat Hong", "PER"), ("Kiat Hong", "ORG")])
    assert ("Kiat Hong", "PER", "Liem Kiat Hong") in out, out


def test_a_persons_short_form_needs_the_full_name_before_it() -> None:
    text = "Toko Kiat Hong tutup. Pemiliknya, Liem Kiat Hong (70), sedang sakit."
    out = resolve(text, [("Kiat Hong", "ORG"), ("Liem Kiat Hong", "PER")])
    assert out[0][:2] == ("Kiat Hong", "ORG"), out


# -- organisations ---------------------------------------------------------------------------


def test_a_bus_company_by_its_legal_form_is_one_organisation() -> None:
    text = "Bus milik PO Harapan Jaya Sentosa itu terguling di tikungan tajam."
    assert entity_of(text, "PO Harapan Jaya Sentosa") == ("PO Harapan Jaya Sentosa", "ORG")


def test_a_regional_enterprise_named_after_its_market_is_the_company() -> None:
    text = "Pemerintah kota menggandeng Perumda Pasar Kota Lama untuk memantau stok beras."
    found = entity_of(text, "Perumda Pasar Kota Lama")
    assert found is not None and found[1] == "ORG", types(text)


def test_a_foundation_before_its_chairman_is_one_organisation() -> None:
    text = "Ketua Yayasan Bina Kasih Lestari, Yohana Sari, mengatakan bantuan sudah dikirim."
    assert types(text).get("Yayasan Bina Kasih Lestari") == "ORG", types(text)
    assert "Yohana Sari" in people(text), people(text)


def test_a_regional_court_and_council_are_named_with_their_city() -> None:
    text = (
        "Putusan Mahkamah Syar'iyah Lhokseumawe dibacakan Senin. Majelis Adat Kota "
        "Lhokseumawe ikut hadir."
    )
    found = types(text)
    assert found.get("Mahkamah Syar'iyah Lhokseumawe") == "ORG", found
    assert found.get("Majelis Adat Kota Lhokseumawe") == "ORG", found


def test_a_search_and_rescue_office_and_its_short_name_are_one_body() -> None:
    text = (
        "Kantor Pencarian dan Pertolongan Kendari mengerahkan 20 personel. Selain itu, "
        "Basarnas Kendari menyiapkan perahu karet."
    )
    body = entity_of(text, "Kantor Pencarian dan Pertolongan Kendari")
    assert body is not None and body[1] == "ORG", types(text)
    assert entity_of(text, "Basarnas Kendari") == body, types(text)


def test_a_service_of_a_special_region_is_one_organisation() -> None:
    text = "Gubernur menugasi Dinas Sosial DKI Jakarta menyiapkan posko bagi pengungsi."
    found = entity_of(text, "Dinas Sosial DKI Jakarta")
    assert found is not None and found[1] == "ORG", types(text)


def test_a_hospital_named_after_a_man_with_initials_is_no_person() -> None:
    text = "Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) dr. R.M. Sutedjo Blora hingga sore."
    found = types(text)
    assert found.get("Rumah Sakit Umum Daerah dr. R.M. Sutedjo Blora") == "ORG", found
    assert not people(text), people(text)


def test_a_command_under_its_unit_is_named_whole() -> None:
    text = (
        "Kepala Satuan Reserse Kriminal Kepolisian Resor (Polres) Ketapang, AKP Yudha "
        "Pratama, mengatakan kasus itu masih diselidiki."
    )
    assert entity_of(text, "Kepolisian Resor (Polres) Ketapang") is not None, types(text)


def test_a_command_by_its_short_name_and_city_is_an_organisation() -> None:
    text = "Petugas turut bekerja sama dengan Polresta Batu Kota untuk memantau rombongan."
    found = entity_of(text, "Polresta Batu Kota")
    assert found is not None and found[1] == "ORG", types(text)


def test_a_command_stops_before_its_commanders_rank() -> None:
    text = "Kepala Polresta Kendari Kombes Yudi Hartanto mengatakan pelaku sudah ditahan."
    assert entity_of(text, "Polresta Kendari Kombes") is None, types(text)


def test_a_name_listed_between_bodies_is_a_body() -> None:
    text = "Personel dari BPBD Riau, Manggala Wira, TNI, dan Polri diterjunkan ke titik api."
    out = resolve(
        text, [("BPBD Riau", "ORG"), ("Manggala Wira", "PER"), ("TNI", "ORG"), ("Polri", "ORG")]
    )
    assert ("Manggala Wira", "ORG") in [x[:2] for x in out], out


def test_a_name_listed_beside_one_body_stays_a_person() -> None:
    text = "Tim dari BPBD Riau dan Manggala Wira meninjau lokasi kebakaran."
    out = resolve(text, [("BPBD Riau", "ORG"), ("Manggala Wira", "PER")])
    assert ("Manggala Wira", "PER") in [x[:2] for x in out], out
