"""FE28: classes of blind28's errors - the holder of a long office named between commas
before a reporting verb, pseudonyms the article declares, a head's office read into its
body's name, a state company's "(Persero)" inside its name and its citations, places and
bodies named by a head noun the tagger left untagged, a landmark's rank between its head
and the person it is named after, a field of a body ending in "-asi" and a long blended
acronym (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, resolve, types

# -- persons ---------------------------------------------------------------------------------


def test_the_holder_of_a_long_office_before_a_reporting_verb_is_a_person() -> None:
    text = (
        "Kepala Seksi Intelijen Kejaksaan Negeri Sleman, Hari Kuncoro, menjelaskan berkas "
        "perkara sudah lengkap. Menurut Hari, sidang digelar pekan depan."
    )
    found = people(text)
    assert any("Hari Kuncoro" in forms for forms in found.values()), found


def test_a_name_between_commas_without_an_office_before_it_is_left_alone() -> None:
    text = "Di ujung gang itu, Pohon Besar, menyebut warga, tumbang semalam."
    assert "Pohon Besar" not in people(text)


def test_pseudonyms_declared_after_a_list_are_each_a_person() -> None:
    text = (
        "Polisi menyebut kedua saksi anak itu Kenanga dan Seruni, bukan nama sebenarnya. "
        "Kenanga kini tinggal bersama neneknya, sedangkan Seruni dirawat pamannya."
    )
    found = people(text)
    assert "Kenanga" in found and "Seruni" in found, found


def test_a_pseudonym_after_sebut_saja_is_a_person() -> None:
    text = "Seorang korban, sebut saja Anyelir, masih trauma. Anyelir berusia 14 tahun."
    out = resolve(text, [])  # the tagger's mentions left out: the formula alone says it
    assert [t for s, t, _e in out if s == "Anyelir"] == ["PER", "PER"], out


# -- bodies and places ---------------------------------------------------------------------


def test_a_heads_office_is_no_part_of_its_bodys_name() -> None:
    text = "Kepala Stasiun Meteorologi Maritim Bitung, Ratna Sari, meminta nelayan waspada."
    out = resolve(
        text, [("Kepala Stasiun Meteorologi Maritim Bitung", "LOC"), ("Ratna Sari", "PER")]
    )
    bodies = [(s, t) for s, t, _e in out if "Stasiun" in s]
    assert bodies == [("Stasiun Meteorologi Maritim Bitung", "ORG")], out


def test_a_state_company_runs_on_over_persero_and_its_short_name_is_the_company() -> None:
    text = (
        "PT Tirta Sejahtera (Persero) Unit Induk Wilayah Timur memadamkan listrik. "
        "Menurut Tirta Sejahtera, perbaikan selesai besok."
    )
    out = resolve(
        text, [("PT Tirta Sejahtera", "ORG"), ("Persero", "ORG"), ("Tirta Sejahtera", "ORG")]
    )
    full = "PT Tirta Sejahtera (Persero) Unit Induk Wilayah Timur"
    assert (full, "ORG", full) in out, out
    assert ("Tirta Sejahtera", "ORG", full) in out, out


def test_untagged_islands_roads_and_health_centres_are_named_by_their_head() -> None:
    text = (
        "Perahu itu berangkat dari Pulau Sangiang menuju Jalan Cempaka. Pasien dirujuk "
        "ke Puskesmas Karangrejo, Senin."
    )
    out = resolve(text, [])  # as if the tagger had missed them all
    found = {s: t for s, t, _e in out}
    assert found.get("Pulau Sangiang") == "LOC", out
    assert found.get("Jalan Cempaka") == "LOC", out
    assert found.get("Puskesmas Karangrejo") == "ORG", out


def test_a_groups_name_after_its_kind_is_a_body() -> None:
    text = "Bantuan diserahkan kepada Kelompok Tani Sumber Makmur di desa itu."
    assert types(text).get("Kelompok Tani Sumber Makmur") == "ORG"


def test_a_place_name_inside_a_companys_name_stays_the_companys() -> None:
    text = "PT Semen Bukit Kapur Tbk menambah produksi. Direksi Bukit Kapur menyebut pasar membaik."
    assert types(text).get("Bukit Kapur") != "LOC"


def test_a_mosque_with_its_rank_is_named_after_the_name_that_follows() -> None:
    text = "Warga mengungsi ke Masjid Agung Baitul Rahman sejak Minggu malam."
    out = resolve(text, [("Masjid Agung", "LOC"), ("Baitul Rahman", "PER")])
    assert ("Masjid Agung Baitul Rahman", "LOC", "Masjid Agung Baitul Rahman") in out, out


def test_a_field_ending_in_asi_and_a_long_blend_keep_a_regional_body_whole() -> None:
    text = "Dinas Koperasi dan Transmigrasi (Diskoptrans) Kabupaten Bogor membuka pendaftaran."
    found = entity_of(text, "Dinas Koperasi dan Transmigrasi (Diskoptrans) Kabupaten Bogor")
    assert found == ("Dinas Koperasi dan Transmigrasi Kabupaten Bogor", "ORG"), found
