"""FE46: shapes of blind46's classes - a person's other names the article declares (a
Nias teknonym after "atau", a pen name, a stage name after an apposition) and the stage
name used alone in another article, a singer's management before her name, an ocean the
tagger takes for a body, a port named after an island, a district named after its
regency, a province's syllable short form declared after its head, an airport authority
named by an airport named after a person, a state Islamic campus named after a hero
with its acronym inside, its short form and its former name (invented sentences; no seed
or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, references, resolve

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.crossdoc import resolve_corpus
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.ner import find_mentions
from warta.nlp.entities.spanrecord import Span
from warta.nlp.entities.trusted import _place_ending_with

# -- "<Name> (49), atau Ina <Child>," ---------------------------------------------------


def test_a_nias_teknonym_declared_after_atau_is_the_same_woman() -> None:
    text = ("Warung milik Yustina Gea (52), atau Ina Rosa, ikut terendam banjir. "
            "Ina Rosa kini tinggal di rumah adiknya.")
    found = people(text)
    assert "Yustina Gea" in found, found
    assert "Ina Rosa" in found["Yustina Gea"], found
    assert "Ina Rosa" not in found, found


def test_a_nias_father_declared_after_atau_keeps_his_own_name() -> None:
    text = ("Nelayan Markus Zebua (60), atau Ama Tina, hilang di laut. Keluarga Ama Tina "
            "masih menunggu kabar.")
    found = people(text)
    assert "Ama Tina" in found.get("Markus Zebua", ()), found


def test_two_people_joined_by_atau_stay_two() -> None:
    text = "Yang datang Budi Harsono atau Andi Pratama, saksi belum yakin."
    found = people(text)
    assert not any("Andi Pratama" in forms for name, forms in found.items() if name != "Andi Pratama")


# -- "dengan nama pena <Name>", "dikenal dengan nama panggung <Name>" ---------------------


def test_a_pen_name_declared_after_the_verb_is_the_writer() -> None:
    text = ("Bambang Sutejo (58) menulis puisi perjuangan dengan nama pena Bima Laut. "
            "Kumpulan puisi Bima Laut terbit ulang tahun ini.")
    found = people(text)
    assert "Bima Laut" in found.get("Bambang Sutejo", ()), found
    assert "Bima Laut" not in found, found


def test_a_stage_name_after_an_apposition_naming_a_place_is_the_singer() -> None:
    text = ("Lagu itu dibawakan Sari Wulandari, penyanyi asal Kabupaten Banyumas yang lebih "
            "dikenal dengan nama panggung Ayu Senja. Ayu Senja tampil di alun-alun.")
    found = people(text)
    assert "Ayu Senja" in found.get("Sari Wulandari", ()), found
    assert "Ayu Senja" not in found, found


def test_a_stage_name_used_alone_in_another_article_is_the_singer() -> None:
    declared = ("Lagu itu dibawakan Sari Wulandari, penyanyi asal Kabupaten Banyumas yang "
                "lebih dikenal dengan nama panggung Ayu Senja. Ayu Senja tampil di alun-alun.")
    alone = "Penyanyi Ayu Senja membatalkan konsernya di Purwokerto. Ayu Senja mengaku sakit."
    refs = {
        doc: resolve_article(text, find_mentions(text))[1]
        for doc, text in (("a", declared), ("b", alone))
    }
    mapping, _table = resolve_corpus(refs)
    assert mapping["b"].get("Ayu Senja") == "Sari Wulandari", mapping


def test_a_two_word_name_declared_by_two_people_names_neither() -> None:
    first = "Rudi Hartawan (40) menulis cerpen dengan nama pena Anak Sungai."
    second = "Joko Prayitno (45) juga menulis dengan nama pena Anak Sungai."
    alone = "Cerpen karya Anak Sungai dimuat di koran minggu."
    refs = {
        doc: resolve_article(text, find_mentions(text))[1]
        for doc, text in (("a", first), ("b", second), ("c", alone))
    }
    mapping, _table = resolve_corpus(refs)
    assert mapping["c"].get("Anak Sungai") not in {"Rudi Hartawan", "Joko Prayitno"}, mapping


# -- "Manajemen <Singer> melapor" ------------------------------------------------------


def test_a_singers_management_before_her_name_is_her() -> None:
    text = ("Poster itu bergambar penyanyi Dewi Anggraini. Manajemen Dewi Anggraini sudah "
            "melapor ke polisi.")
    tagged = [("Dewi Anggraini", "PER"), ("Manajemen Dewi Anggraini", "ORG")]
    out = resolve(text, tagged)
    assert out == [("Dewi Anggraini", "PER", "Dewi Anggraini")] * 2, out


def test_the_management_of_a_body_stays_a_body() -> None:
    text = "Manajemen Persikab Raya membantah kabar itu."
    assert resolve(text, [("Manajemen Persikab Raya", "ORG")])[0][1] == "ORG"


# -- "gelombang Samudra <Name>", "Pelabuhan Pulau <Name>" -------------------------------


def test_an_ocean_the_tagger_takes_for_a_body_is_a_place() -> None:
    text = "Kapal ikan itu terbalik dihantam gelombang tinggi Samudra Pasifik, Sabtu malam."
    assert resolve(text, [("Samudra Pasifik", "ORG")])[0][:2] == ("Samudra Pasifik", "LOC")


def test_a_port_named_after_an_island_is_the_port() -> None:
    text = "Perahu nelayan berlabuh di Pelabuhan Pulau Tello, Kabupaten Nias Selatan."
    assert entity_of(text, "Pelabuhan Pulau Tello") == ("Pelabuhan Pulau Tello", "LOC"), (
        references(text))
    assert entity_of(text, "Pulau Tello") is None, references(text)


# -- "warga Distrik <Regency>" ---------------------------------------------------------


def test_a_district_named_after_its_regency_is_the_district() -> None:
    text = "Tersangka kedua, AM (29), warga Distrik Nabire, ditangkap di sebuah penginapan."
    assert entity_of(text, "Distrik Nabire") == ("Distrik Nabire", "LOC"), references(text)


def test_a_village_chief_before_a_city_name_is_left_to_the_office_rules() -> None:
    text = "Kepala Desa Kupang, Budi, meninjau sawah."
    assert entity_of(text, "Desa Kupang") is None, references(text)


# -- "Kepulauan <Province words> (<Blend>)" --------------------------------------------


def test_a_province_blend_declared_after_its_head_is_the_province() -> None:
    text = ("Harga lada di Kepulauan Bangka Belitung (Babel) turun. Petani di Babel "
            "menahan hasil panen.")
    name = "Kepulauan Bangka Belitung"
    assert entity_of(text, "Babel") == (name, "LOC"), references(text)


def test_the_place_an_acronym_spells_the_tail_of() -> None:
    place = load_gazetteer().lookup("Kepulauan Riau")
    assert _place_ending_with([(0, 14, place)], Span(10, 14, "ORG")) == place  # type: ignore[list-item]
    assert _place_ending_with([(0, 14, place)], Span(0, 14, "ORG")) is None  # type: ignore[list-item]


# -- "Unit Penyelenggara Bandar Udara (<ACR>) <Airport>" --------------------------------


def test_an_airport_authority_named_by_an_airport_named_after_a_person() -> None:
    text = ("Pesawat itu mendarat darurat di Bandara Tuan Rondahaim. Kepala Unit "
            "Penyelenggara Bandar Udara (UPBU) Tuan Rondahaim, Markus Tarigan, mengatakan "
            "landasan ditutup dua jam.")
    name = "Unit Penyelenggara Bandar Udara Tuan Rondahaim"
    assert entity_of(text, "Unit Penyelenggara Bandar Udara (UPBU) Tuan Rondahaim") == (
        name, "ORG"), references(text)
    assert entity_of(text, "Markus Tarigan") == ("Markus Tarigan", "PER")


# -- "Universitas Islam Negeri (<ACR>) <Hero> <City>", "<ACR> <City>", its former name --


def test_a_state_islamic_campus_named_after_a_hero_is_one_body() -> None:
    text = ("Tim peneliti Universitas Islam Negeri (UIN) Raden Intan Lampung meneliti "
            "sampah plastik. Kampus yang hingga 2017 bernama Institut Agama Islam Negeri "
            "(IAIN) Raden Intan Lampung itu punya laboratorium sendiri. Dosen UIN Lampung, "
            "Nur Aisyah, memimpin penelitian.")
    name = "Universitas Islam Negeri Raden Intan Lampung"
    refs = references(text)
    assert entity_of(text, "Universitas Islam Negeri (UIN) Raden Intan Lampung") == (
        name, "ORG"), refs
    assert entity_of(text, "UIN Lampung") == (name, "ORG"), refs
    assert entity_of(text, "Institut Agama Islam Negeri (IAIN) Raden Intan Lampung") == (
        name, "ORG"), refs
    assert not any(n == "Raden Intan" for n, t, _f in refs if t == "PER"), refs


def test_a_person_cited_after_a_campus_acronym_is_no_part_of_it() -> None:
    text = ("Mahasiswa Universitas Islam Negeri (UIN) Budi Santoso mengatakan kampus "
            "harus terbuka.")
    assert entity_of(text, "Budi Santoso") == ("Budi Santoso", "PER"), references(text)
