"""FE42: shapes of blind42's classes - a scorer named between his shot and its minute, a
hospital named after a doctor with initials and no stops (whatever the tagger took the
name for) and its short form, a border post named by its bare town, an airport written
out "Bandar Udara", a service of two fields joined by a loan noun, a river by its
regional word named after a regency, a state railway's operation area numbered without
a declared acronym, and an area after "kawasan" (invented sentences; no seed or gold
text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import people, references, resolve, types

# -- "lewat sundulan <Name> pada menit ke-N" ---------------------------------------------------


def test_scorer_between_his_shot_and_the_minute_is_a_person() -> None:
    text = ("Tim tamu membalas lewat tendangan Yogi Pranata pada menit ke-61. Laga itu "
            "berakhir imbang.")
    assert "Yogi Pranata" in people(text), references(text)


def test_a_club_scoring_before_the_minute_is_no_person() -> None:
    text = "Tuan rumah kebobolan lewat gol Bintang United di menit ke-12."
    assert "Bintang United" not in people(text), references(text)


# -- "RSUD dr. <XY> <Surname> <Town>", then "RSUD <XY> <Surname>" -------------------------------


def test_hospital_named_after_a_doctor_with_bare_initials_is_one_body() -> None:
    text = ("Korban dibawa ke Rumah Sakit Umum Daerah (RSUD) dr. KR Wanggai Sorong, tetapi "
            "meninggal. Dokter di RSUD KR Wanggai menyebut lukanya parah.")
    got = resolve(text, [("Rumah Sakit Umum Daerah", "LOC"), ("KR Wanggai Sorong", "ORG"),
                         ("RSUD KR Wanggai", "LOC")])
    names = {entity for _s, kind, entity in got if kind == "ORG"}
    assert names == {"Rumah Sakit Umum Daerah dr. KR Wanggai Sorong"}, got
    assert not [s for s, kind, _e in got if kind == "PER"], got


# -- "Pos Lintas Batas Negara (PLBN) <Town>", then "di <Town>" ---------------------------------


def test_border_post_named_by_its_bare_town_is_the_post() -> None:
    text = ("Warga menyeberang melalui Pos Lintas Batas Negara (PLBN) Wekatimun, Kabupaten "
            "Malaka. Petugas imigrasi berjaga di Wekatimun sejak pagi.")
    got = resolve(text, [("Pos Lintas Batas Negara", "LOC"), ("Wekatimun", "LOC"),
                         ("Kabupaten Malaka", "LOC"), ("Wekatimun", "LOC")])
    posts = [s for s, _k, entity in got if entity == "Pos Lintas Batas Negara Wekatimun"]
    assert "Wekatimun" in posts, got


# -- "Bandar Udara Sultan <Name>" ---------------------------------------------------------------


def test_airport_written_out_and_named_after_a_sultan_is_a_place() -> None:
    text = "Bandar Udara Sultan Mahmud Alam ditutup karena kabut asap pekat."
    assert types(text).get("Bandar Udara Sultan Mahmud Alam") == "LOC", references(text)


# -- "Dinas Tanaman Pangan dan Hortikultura Kabupaten <Regency>" -------------------------------


def test_service_of_food_crops_and_horticulture_is_one_body() -> None:
    text = ("Kepala Dinas Tanaman Pangan dan Hortikultura Kabupaten Boven Digoel, Markus "
            "Kambu, mengatakan panen mundur.")
    assert types(text).get(
        "Dinas Tanaman Pangan dan Hortikultura Kabupaten Boven Digoel") == "ORG", references(text)


# -- "Tukad <Regency>" --------------------------------------------------------------------------


def test_river_by_its_regional_word_named_after_a_regency_is_a_place() -> None:
    text = "Hujan semalam membuat Tukad Badung meluap ke permukiman warga."
    assert types(text).get("Tukad Badung") == "LOC", references(text)


# -- "PT <Name> (Persero) Daerah Operasi <N> <Town>", then "<ABC> Daop <N> <Town>" -------------


def test_railway_operation_area_numbered_without_an_acronym_and_its_short_form() -> None:
    text = ("Juru bicara PT Kereta Api Indonesia (Persero) Daerah Operasi 7 Madiun, Rina "
            "Lestari, mengatakan jadwal kembali normal. Perlintasan di wilayah KAI Daop 7 "
            "Madiun akan diperiksa.")
    forms = dict((n, f) for n, _t, f in references(text))
    unit = "PT Kereta Api Indonesia (Persero) Daerah Operasi 7 Madiun"
    assert "KAI Daop 7 Madiun" in forms.get(unit, ()), references(text)


# -- "kawasan <Name>" ---------------------------------------------------------------------------


def test_area_after_kawasan_is_a_place() -> None:
    text = "Penonton memadati kawasan Tegalrejo seusai pertandingan."
    assert types(text).get("Tegalrejo") == "LOC", references(text)
