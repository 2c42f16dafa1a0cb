"""FE45: shapes of blind45's classes - a river named after the town a story is filed from,
towns that are no region of their own (a regency seat, an oil town, a lakeside town), a
lake named after its regency, a wildlife reserve, a task force written in full with its
short name, a school-meal kitchen unit, the neighbours' border towns, the state's hajj
bodies named by the Saudi place they serve, an airport named after a king and a state
company known by its short name only (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, references, types

# -- "<TOWN> – ... Sungai <Town> ... di <Town>" -----------------------------------------


def test_bare_name_of_a_river_named_after_the_dateline_town_is_the_town() -> None:
    text = ("TELUKRAMBAI – Debit Sungai Telukrambai naik sejak Selasa. Pedagang di "
            "Telukrambai menutup lapak lebih awal.")
    assert entity_of(text, "TELUKRAMBAI") == ("Telukrambai", "LOC"), references(text)
    assert entity_of(text, "Sungai Telukrambai") == ("Sungai Telukrambai", "LOC")


# -- a regency seat, an oil town, a lakeside town ---------------------------------------


def test_towns_that_are_no_region_of_their_own_are_places() -> None:
    text = ("Harga cabai di Tembilahan naik. Pasokan dari Perawang dan Bangkinang "
            "tersendat karena jalan rusak.")
    for town in ("Tembilahan", "Perawang", "Bangkinang"):
        assert entity_of(text, town) == (town, "LOC"), references(text)


def test_a_town_is_the_district_of_its_name_where_the_article_writes_it() -> None:
    text = "Banjir melanda Kecamatan Tembilahan. Ribuan warga Tembilahan mengungsi ke masjid."
    assert entity_of(text, "Tembilahan") == entity_of(text, "Kecamatan Tembilahan"), (
        references(text))


# -- "Danau <Regency>", "Suaka Margasatwa <Name>" ----------------------------------------


def test_a_lake_named_after_its_regency_is_the_lake() -> None:
    text = "Wisatawan berperahu di Danau Poso, sementara hujan turun di Kabupaten Poso."
    assert entity_of(text, "Danau Poso") == ("Danau Poso", "LOC"), references(text)


def test_a_wildlife_reserve_is_one_place() -> None:
    text = "Harimau itu diduga keluar dari Suaka Margasatwa Bukit Rimbang ke kebun warga."
    assert entity_of(text, "Suaka Margasatwa Bukit Rimbang") == (
        "Suaka Margasatwa Bukit Rimbang", "LOC"), references(text)


# -- "Satuan Tugas <Field> (Satgas <Short>)" ---------------------------------------------


def test_a_task_force_written_in_full_with_its_short_name() -> None:
    text = ("Satuan Tugas Penertiban Tambang Liar (Satgas PETAL) menyegel 12 lokasi. "
            "Satgas PETAL juga menyita dua ekskavator.")
    name = "Satuan Tugas Penertiban Tambang Liar"
    assert entity_of(text, "Satgas PETAL") == (name, "ORG"), references(text)
    assert entity_of(text, name) == (name, "ORG")


# -- "Satuan Pelayanan Pemenuhan Gizi (SPPG) <Place>" ------------------------------------


def test_a_school_meal_kitchen_unit_is_named_with_its_place() -> None:
    text = ("Makanan dipasok Satuan Pelayanan Pemenuhan Gizi (SPPG) Sukaluyu, dapur di "
            "Kelurahan Sukaluyu. Kegiatan SPPG Sukaluyu dihentikan sementara.")
    name = "Satuan Pelayanan Pemenuhan Gizi Sukaluyu"
    assert entity_of(text, "SPPG Sukaluyu") == (name, "ORG"), references(text)


# -- the neighbours' border and migrant towns --------------------------------------------


def test_border_towns_of_the_neighbours_are_places() -> None:
    text = ("Pekerja migran itu ditahan di Sandakan dan Semporna, lalu dipulangkan. Dari "
            "Maliana, sebagian menyeberang ke Atambua.")
    for town in ("Sandakan", "Semporna", "Maliana"):
        assert types(text).get(town) == "LOC", references(text)


# -- the state's hajj bodies, a Saudi airport, a state company by its short name ---------


def test_hajj_bodies_are_named_with_the_saudi_place_they_serve() -> None:
    text = ("Kantor Kesehatan Haji Indonesia (KKHI) Madinah merawat 40 jemaah. Panitia "
            "Penyelenggara Ibadah Haji (PPIH) Arab Saudi mencatat kepulangan jemaah.")
    assert entity_of(text, "Kantor Kesehatan Haji Indonesia (KKHI) Madinah") == (
        "Kantor Kesehatan Haji Indonesia Madinah", "ORG"), references(text)
    assert entity_of(text, "Panitia Penyelenggara Ibadah Haji (PPIH) Arab Saudi") == (
        "Panitia Penyelenggara Ibadah Haji Arab Saudi", "ORG"), references(text)


def test_an_airport_named_after_a_king() -> None:
    text = "Jemaah tiba di Bandara Internasional King Fahd, Dammam, pada malam hari."
    assert entity_of(text, "Bandara Internasional King Fahd") == (
        "Bandara Internasional King Fahd", "LOC"), references(text)


def test_a_state_company_known_by_its_short_name() -> None:
    text = "Para penumpang menunggu kapal Pelni di pelabuhan sejak pagi."
    assert entity_of(text, "Pelni") == (
        "PT Pelayaran Nasional Indonesia (Persero)", "ORG"), references(text)
