"""FE12: shapes of blind12's classes - a wife called by a regional form of address and her
husband's name, a full name declared after a call name ("bernama lengkap"), ... (invented
sentences; no seed or gold text)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import people as _people
from tests.nlp.entities.resolved import types as _types

# -- a wife by her husband's name under a regional form of address ---------------------------


@pytest.mark.parametrize(
    ("text", "wife", "form"),
    [
        ("Toko kelontong milik Haji Marzuki terbakar. Istrinya, yang dikenal tetangga sebagai "
         "Mpok Marzuki, selamat.", "Nyonya Marzuki", "Mpok Marzuki"),
        ("Warung Pak Darsono dan istrinya ramai. Istrinya, yang akrab disapa Teh Darsono, "
         "memasak sejak subuh.", "Nyonya Darsono", "Teh Darsono"),
        ("Kios Amaq Sardi roboh. Istrinya, yang dikenal warga sebagai Inaq Sardi, "
         "mengungsi ke rumah kerabat.", "Nyonya Sardi", "Inaq Sardi"),
    ],
)
def test_wife_called_by_regional_form_and_husband_name_is_her_own_person(
    text: str, wife: str, form: str
) -> None:
    people = _people(text)
    assert wife in people, people
    assert form in people[wife]


def test_regional_form_before_her_own_name_is_no_wife_by_husband() -> None:
    # "Teh <Word>" where no one named before holds the word: her own name
    people = _people("Ketua kelompok tani, Asep Kurniawan, hadir. Istrinya, Teh Euis, yang ikut "
                     "ke sawah, menimpali. \"Kami rugi,\" kata Teh Euis.")
    assert "Nyonya Euis" not in people, people


# -- a full name declared after a call name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "call"),
    [
        ("Kedai kopi milik Babe Juned ramai sejak pagi. Pria bernama lengkap H. Ahmad Juned "
         "Syahroni itu membuka kedainya pada 1990. \"Ane senang,\" kata Babe Juned.",
         "Ahmad Juned Syahroni", "Babe Juned"),
        ("Mpok Romlah menjual kue di pasar. Perempuan bernama lengkap Siti Romlah Hasanah itu "
         "sudah berjualan 20 tahun.", "Siti Romlah Hasanah", "Mpok Romlah"),
        ("Kepala dusun, Bang Rudi, menyambut tamu. Pria bernama lengkap Hendra Wijaya Kusuma "
         "itu lalu berpidato. \"Kami siap,\" kata Bang Rudi.", None, None),
    ],
)
def test_full_name_declared_after_call_name_is_that_person(
    text: str, person: str | None, call: str | None
) -> None:
    people = _people(text)
    if person is None:  # "Rudi" is no word of the full name: left alone, not guessed
        assert "Hendra Wijaya Kusuma" in people and "Bang Rudi" in people, people
        return
    assert person in people, people
    assert call in people[person], people
    assert not any(call in forms for name, forms in people.items() if name != person)


# -- "<Office> <Place> Hj. <Name>": the tagger's span run on to the honorific ----------------


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("Lurah Sukamaju Hj. Rosidah mengaku tidak pernah menerima laporan warga.",
         "Rosidah", None),
        ("Lurah Kebon Manggis Hj. Nurhayati mengaku belum menerima laporan.",
         "Nurhayati", None),
        ("Camat Ciawi Ir. Sunarti Wulandari menolak berkomentar.", "Sunarti Wulandari", "Ciawi"),
    ],
)
def test_name_after_honorific_closing_a_place_span_is_a_person(
    text: str, person: str, place: str | None
) -> None:
    types = _types(text)
    assert types.get(person) == "PER", types
    assert not any(name.endswith(("Hj", "Ir")) for name in types), types
    if place is not None:
        assert types.get(place) == "LOC", types


# -- a given name the tagger left out after a police or military rank -----------------------


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        ("Kapolsek Menteng Kompol Yudi Santoso Nainggolan mengatakan pelaku kabur. "
         "\"Kami kejar,\" kata Yudi.", "Yudi Santoso Nainggolan", "Yudi"),
        ("Kasat Reskrim Polres Bogor AKP Rendy Mulyana Siregar menyebut pelaku ditahan. "
         "Menurut Rendy, pelaku residivis.", "Rendy Mulyana Siregar", "Rendy"),
        ("Kapolsek Ciracas Kompol Dedi Kurniawan Tarigan mengatakan tiga orang ditangkap. "
         "\"Kami dalami,\" kata Dedi.", "Dedi Kurniawan Tarigan", "Dedi"),
    ],
)
def test_given_name_after_a_rank_joins_the_name(text: str, person: str, short: str) -> None:
    people = _people(text)
    assert person in people, people
    assert short in people[person], people
    assert len(people) == 1, people


# -- Kutai "Aji"/"Dayang" (and Bugis "Andi") after "<Office> <Territory>" ---------------------


@pytest.mark.parametrize(
    ("text", "person", "place", "call"),
    [
        ("Camat Loa Janan Aji Syahrul Fikriansyah menyebut dua desa terendam. \"Perahu kurang,\" "
         "kata Aji Fikri.", "Aji Syahrul Fikriansyah", "Loa Janan", "Aji Fikri"),
        ("Camat Sebulu Aji Syahrani Kusuma menyebut desa terendam. \"Kami siaga,\" kata Aji "
         "Syahrani.", "Aji Syahrani Kusuma", "Sebulu", "Aji Syahrani"),
        ("Lurah Tanjung Batu Andi Rusdi Pallawa mengaku belum menerima laporan. \"Kami cek,\" "
         "kata Andi Rusdi.", "Andi Rusdi Pallawa", None, "Andi Rusdi"),
    ],
)
def test_title_of_nobility_after_office_and_territory_opens_the_holder(
    text: str, person: str, place: str | None, call: str
) -> None:
    people = _people(text)
    assert person in people, people
    assert call in people[person], people
    assert len(people) == 1, people
    if place is not None:
        assert _types(text).get(place) == "LOC"


@pytest.mark.parametrize(
    ("text", "person", "call"),
    [
        ("Buku itu diserahkan kepada Dayang Siti Rahmawati, guru honorer. Dayang Rahmawati "
         "mengaku siap.", "Dayang Siti Rahmawati", "Dayang Rahmawati"),
        ("Pengurus yayasan, Aji Pangeran Hidayatullah, hadir. \"Kami bangga,\" kata Aji "
         "Hidayat.", "Aji Pangeran Hidayatullah", "Aji Hidayat"),
    ],
)
def test_kutai_title_with_a_later_word_is_the_person(text: str, person: str, call: str) -> None:
    people = _people(text)
    assert person in people, people
    assert call in people[person], people


# -- "<Office> <ACR> <Place> <Name>": a body's acronym and its place, then the holder ----------


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Kepala Pelaksana BPBD Sleman Joko Supriyanto Wibowo mengatakan warga mengungsi. "
         "\"Kami siaga,\" ujar Joko.", "Joko Supriyanto Wibowo", "BPBD Sleman"),
        ("Kepala Pelaksana BPBD Banyumas Sukirno mengatakan dua rumah roboh.", "Sukirno",
         "BPBD Banyumas"),
        ("Ketua KPU Garut Dadang Hermawan Saputra mengatakan logistik aman. Menurut Dadang, "
         "surat suara cukup.", "Dadang Hermawan Saputra", "KPU Garut"),
    ],
)
def test_body_acronym_and_place_after_an_office_then_the_holder(
    text: str, person: str, body: str
) -> None:
    types = _types(text)
    assert types.get(person) == "PER", types
    assert types.get(body) == "ORG", types


def test_a_province_written_with_its_acronym_stays_a_place() -> None:
    types = _types("Gubernur DKI Jakarta Pramono Anung meninjau banjir.")
    assert not any(t == "ORG" and name.startswith("DKI") for name, t in types.items()), types


# -- "<Given spelt like a city> <Given> da <Surname>" tagged a place, then "Da <Surname>" ----


@pytest.mark.parametrize(
    ("text", "person", "short", "city"),
    [
        ("Gol dicetak penyerang asal Portugal, Auckland Pereira da Costa, pada menit ke-10. "
         "Da Costa, yang akrab dipanggil Pepe, kini mencetak lima gol.",
         "Auckland Pereira da Costa", "Da Costa", "Auckland"),
        ("Bek asal Brasil, Brasilia Gomes dos Santos, diusir wasit. Dos Santos menolak "
         "berkomentar seusai laga.", "Brasilia Gomes dos Santos", "Dos Santos", "Brasilia"),
    ],
)
def test_particle_name_tagged_a_place_is_the_person_cited_by_its_tail(
    text: str, person: str, short: str, city: str
) -> None:
    types = _types(text)
    people = _people(text)
    assert person in people, people
    assert short in people[person], people
    assert city not in types and not any(
        t == "LOC" and city in name for name, t in types.items()
    ), types


# -- "<Name> alias "<Nick>"" the tagger left untagged ----------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Polisi juga memeriksa seorang penjaga malam, Darsim alias \"Darsim Gondrong\", yang "
         "pertama kali melihat api. Menurut polisi, Darsim sempat memadamkan api.", "Darsim"),
        ("Warga mengenal pedagang itu, Sukiman alias \"Kiman Bakso\", sejak lama.", "Sukiman"),
        ("Petugas menahan seorang juru parkir, Warsito alias Tole, di pasar.", "Warsito"),
    ],
)
def test_name_declared_with_alias_is_a_person(text: str, person: str) -> None:
    assert person in _people(text)


def test_alias_after_a_place_word_adds_no_person() -> None:
    people = _people("Banjir melanda kawasan Kampung Melayu alias \"kampung air\" lagi.")
    assert "Kampung Melayu" not in people, people
