"""Short forms of states and bodies the tagger leaves out or mistypes (issue 17, blind9
and the relation and quote layers' needs; invented sentences):

* "<State or body> (ABC)", then "ABC" alone: the same entity;
* "Pemkab/Pemprov/Pemkot <Place>": the regional government, an organisation;
* "Satreskrim Polres <Place>": the police unit, found whole;
* "Bupati <ACR> <Given> <Surname>": the regency's acronym, then the person;
* "Ning", "Bagindo", "Datuk Seri", "Tan Sri" before a name: titles.
"""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _entities(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """``{entity name: (type, surface forms)}`` of ``text`` through the whole stage."""
    return {r.name: (r.type, tuple(r.mentions)) for r in resolve_article(text, find_mentions(text))[1]}


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Kerja sama dengan Uni Emirat Arab (UEA) diperluas tahun ini. Pemerintah "
            "berterima kasih kepada UEA atas bantuan itu.",
            "United Arab Emirates",
            "UEA",
        ),
        (
            "Bantuan dari Republik Demokratik Kongo (RDK) tiba di Makassar. Menurut RDK, "
            "kiriman kedua menyusul pekan depan.",
            "DR Congo",
            "RDK",
        ),
        (
            "Warga menolak kehadiran Gerakan Pemuda Tanah Leluhur (GPTL) di kampung itu. "
            "Polisi memanggil ketua GPTL untuk dimintai keterangan.",
            "Gerakan Pemuda Tanah Leluhur",
            "GPTL",
        ),
    ],
)
def test_an_acronym_declared_in_brackets_is_its_entity_alone(
    text: str, name: str, acronym: str
) -> None:
    found = _entities(text)
    assert name in found, found
    assert acronym in found[name][1], found
    assert acronym not in found, found


def test_a_one_word_place_before_brackets_declares_nothing() -> None:
    # "... Dana Kelautan Norwegia (DKN)": the tagger's last word is no declared name
    text = "Lembaga Dana Kelautan Norwegia (DKN) menyalurkan hibah. DKN menambah dana."
    found = _entities(text)
    assert "DKN" not in found.get("Norway", ("", ()))[1], found


@pytest.mark.parametrize(
    ("text", "name", "form"),
    [
        ("Pemkab Kerinci menyiapkan anggaran banjir tahun depan.", "Pemerintah Kabupaten Kerinci",
         "Pemkab Kerinci"),
        ("Gubernur mengatakan Pemprov Jambi siap membantu warga.", "Pemerintah Provinsi Jambi",
         "Pemprov Jambi"),
        ("Warga mendatangi kantor Pemkot Kediri pada Senin pagi.", "Pemerintah Kota Kediri",
         "Pemkot Kediri"),
        ("Bupati mengatakan Pemkab OKU akan membantu warga.", "Pemerintah Kabupaten OKU",
         "Pemkab OKU"),
    ],
)
def test_a_regional_government_short_form_is_the_government(
    text: str, name: str, form: str
) -> None:
    found = _entities(text)
    assert found.get(name, ("", ()))[0] == "ORG", found
    assert form in found[name][1], found


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Satreskrim Polres Lamongan menangkap tiga pelaku pencurian.", "Satreskrim Polres Lamongan"),
        ("Kasus itu ditangani Satresnarkoba Polresta Malang sejak Juli.",
         "Satresnarkoba Polresta Malang"),
        ("Penyidik Ditreskrimsus Polda Riau memeriksa dua saksi.", "Ditreskrimsus Polda Riau"),
    ],
)
def test_a_police_unit_with_its_command_is_one_organisation(text: str, unit: str) -> None:
    found = _entities(text)
    assert found.get(unit, ("", ()))[0] == "ORG", found


@pytest.mark.parametrize(
    ("text", "person", "territory"),
    [
        ("Bupati OKU Hendra Saputra meninjau lokasi banjir. Hendra meminta warga waspada.",
         "Hendra Saputra", "OKU"),
        ("Kesepakatan ditandatangani Bupati HSU Sahrujani Ahmad di Banjarbaru, Senin. "
         "Sahrujani mengatakan batas itu sudah jelas.", "Sahrujani Ahmad", "HSU"),
    ],
)
def test_a_territory_acronym_after_its_office_is_cut_from_the_holder(
    text: str, person: str, territory: str
) -> None:
    found = _entities(text)
    assert found.get(person, ("", ()))[0] == "PER", found
    assert found.get(territory, ("", ()))[0] == "LOC", found
    assert not any(n.startswith(territory + " ") for n in found), found


@pytest.mark.parametrize(
    ("text", "person", "title_form"),
    [
        ("Ning Khilma Anis membuka acara. Ning Khilma mengatakan santri harus membaca.",
         "Khilma Anis", "Ning Khilma"),
        ("Wakil Wali Kota Solok Budi Santoso, yang bergelar Bagindo, akrab disapa Bagindo "
         "Budi. \"Ramai,\" ujar Bagindo Budi.", "Budi Santoso", "Bagindo Budi"),
        ("Menteri Perdagangan Malaysia Datuk Seri Rahim Osman mengatakan ekspor naik. "
         "Rahim menambahkan harga stabil.", "Rahim Osman", "Rahim"),
        ("Pengusaha Tan Sri Halim Yusof meresmikan pabrik itu. Halim mengatakan produksi "
         "dimulai Juni.", "Halim Yusof", "Halim"),
    ],
)
def test_regional_and_malaysian_titles_are_no_part_of_the_name(
    text: str, person: str, title_form: str
) -> None:
    found = _entities(text)
    assert found.get(person, ("", ()))[0] == "PER", found
    assert title_form in found[person][1], found


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Ketua Duma Ivan Sergeyev mengatakan rancangan itu akan dibahas. Menurut Sergeyev, "
         "sidang digelar pekan depan. Sikap Duma tegas.", "Duma", "Ivan Sergeyev"),
        ("Ketua Dewan Rakyat Olga Smirnova mendukung sikap itu. Menurut Smirnova, majelis "
         "siap bersidang.", "Dewan Rakyat", "Olga Smirnova"),
        ("Ketua Rada Petro Stefanyshyn menuding Moskow menunda pertukaran. Rada menggelar "
         "sidang darurat. Menurut Stefanyshyn, daftar sudah dikirim.", "Rada",
         "Petro Stefanyshyn"),
    ],
)
def test_a_chair_named_with_the_body_is_cut_from_it(text: str, body: str, person: str) -> None:
    found = _entities(text)
    assert found.get(person, ("", ()))[0] == "PER", found
    assert found.get(body, ("", ()))[0] == "ORG", found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ketua Budi Santoso Hartono membuka rapat. Menurut Budi, rapat berlangsung lancar.",
         "Budi Santoso Hartono"),
        ("Ketua Dewan Pengawas Rina Kusuma Dewi hadir. Rina mengatakan laporan sudah rampung.",
         "Rina Kusuma Dewi"),
    ],
)
def test_a_chair_called_by_the_given_name_keeps_it(text: str, person: str) -> None:
    found = _entities(text)
    assert found.get(person, ("", ()))[0] == "PER", found


def test_a_body_whose_last_words_look_like_a_name_stays_whole() -> None:
    text = "Ketua Dewan Kehormatan Penyelenggara Pemilu hadir. Ia mengatakan Pemilu berjalan."
    found = _entities(text)
    assert not any(t == "PER" for t, _f in found.values()), found


@pytest.mark.parametrize(
    ("text", "person", "given"),
    [
        ("Presiden Georgia Mikheil Kavelashvili dan Presiden Armenia Vahagn Khachaturyan "
         "bertemu di Tbilisi.", "Vahagn Khachaturyan", "Vahagn"),
        ("Presiden Armenia Vahagn Khachaturyan tiba di Jakarta. Khachaturyan bertemu Prabowo.",
         "Vahagn Khachaturyan", "Vahagn"),
        ("Pada hari yang sama, Presiden Armenia Vahagn Khachaturyan berterima kasih kepada "
         "UEA.", "Vahagn Khachaturyan", "Vahagn"),
    ],
)
def test_a_given_name_after_title_and_state_is_no_person_of_its_own(
    text: str, person: str, given: str
) -> None:
    found = _entities(text)
    assert found.get(person, ("", ()))[0] == "PER", found
    assert given not in found, found


@pytest.mark.parametrize(
    ("text", "person", "forms"),
    [
        ("Di antara pedagang, Uni Fitri, pemilik warung nasi kapau di pasar itu, mengaku "
         "untung. \"Ramai sejak pagi,\" kata Fitri Handayani. Uni mengatakan harga cabai naik.",
         "Fitri Handayani", {"Uni Fitri", "Uni"}),
        ("Pemilik toko emas, Benny Wijaya Santoso, yang akrab disapa Koh Ben, mengatakan "
         "harga naik. \"Pembeli sepi,\" ujar Koh Ben.", "Benny Wijaya Santoso", {"Koh Ben"}),
    ],
)
def test_a_person_addressed_by_a_regional_form_is_a_person(
    text: str, person: str, forms: set[str]
) -> None:
    found = _entities(text)
    assert found.get(person, ("", ()))[0] == "PER", found
    assert forms <= set(found[person][1]), found


def test_unions_of_states_stay_places() -> None:
    found = _entities("Uni Eropa dan Uni Soviet disebut dalam pidato itu.")
    assert not any(t == "PER" for t, _f in found.values()), found


@pytest.mark.parametrize(
    ("text", "person", "nick"),
    [
        ("Direktur Utama Sinar, Hendrawan T. Gunadi, yang di kalangan pelaku pasar akrab "
         "disapa Koh Hen, menolak berkomentar. \"Belum final,\" ujar Hendrawan Tirta Gunadi.",
         "Hendrawan Tirta Gunadi", "Koh Hen"),
        ("Ketua kelompok tani, Sumarno, yang di antara petani setempat biasa dipanggil Pak De, "
         "menolak rencana itu. \"Kami keberatan,\" kata Pak De.", "Sumarno", "Pak De"),
    ],
)
def test_a_nickname_declared_among_a_group_is_its_bearer(
    text: str, person: str, nick: str
) -> None:
    found = _entities(text)
    assert nick in found.get(person, ("", ()))[1], found


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        ("Ketua Dewan Negara Olga Andriyenko mendukung sikap itu. Menurut Andrienko, majelis "
         "siap bersidang.", "Olga Andriyenko", "Andrienko"),
        ("Menteri Energi Ukraina Pavlo Kuliyev mengatakan pasokan aman. Kuliev menambahkan stok "
         "cukup.", "Pavlo Kuliyev", "Kuliev"),
    ],
)
def test_a_surname_spelt_without_its_soft_y_is_the_person(
    text: str, person: str, short: str
) -> None:
    found = _entities(text)
    assert short in found.get(person, ("", ()))[1], found
