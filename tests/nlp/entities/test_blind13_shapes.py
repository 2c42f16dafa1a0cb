"""FE13: shapes of blind13's classes - an all-caps dateline run into the first name of the
story, a person glued to the acronym of the body before him, a second name in brackets
(a Chinese name) and the call name made of it, ... (invented sentences; no seed or gold
text)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import people as _people
from tests.nlp.entities.resolved import resolve
from tests.nlp.entities.resolved import types as _types

# -- an all-caps dateline glued to the first name of the story -------------------------------


@pytest.mark.parametrize(
    ("text", "glued", "name", "kind", "place"),
    [
        ("KENDARI — Kepolisian Daerah Sulawesi Tenggara menahan tiga nelayan.",
         "KENDARI — Kepolisian Daerah Sulawesi Tenggara", "Kepolisian Daerah Sulawesi Tenggara",
         "ORG", "KENDARI"),
        ("PEKALONGAN — Dinas Perdagangan Kota Pekalongan menggelar pasar murah, Senin.",
         "PEKALONGAN — Dinas Perdagangan Kota Pekalongan", "Dinas Perdagangan Kota Pekalongan",
         "ORG", "PEKALONGAN"),
        ("MALANG — Arema FC menelan kekalahan kedua beruntun.", "MALANG — Arema FC",
         "Arema FC", "ORG", "MALANG"),
        ("BATAM - Universitas Riau Kepulauan membuka program baru.",
         "BATAM - Universitas Riau Kepulauan", "Universitas Riau Kepulauan", "ORG", "BATAM"),
    ],
)
def test_dateline_glued_to_first_name_is_cut_from_it(
    text: str, glued: str, name: str, kind: str, place: str
) -> None:
    out = resolve(text, [(glued, "LOC")])
    surfaces = {s: t for s, t, _e in out}
    assert surfaces.get(name) == kind, out
    assert surfaces.get(place) == "LOC", out
    assert glued not in surfaces, out


def test_capitalised_name_with_a_dash_inside_is_no_dateline() -> None:
    # not at a line start in capitals: "Tim SAR - Basarnas" stays as the tagger said
    out = resolve("Kemarin Tim SAR - Basarnas menyisir sungai.", [("Basarnas", "ORG")])
    assert ("Basarnas", "ORG") in {(s, t) for s, t, _e in out}, out
    kinds = _types("PONTIANAK — Warga Kota Pontianak memadati tepian sungai.")
    assert "PONTIANAK — Warga Kota Pontianak" not in kinds, kinds


# -- a person glued to the acronym of the body before him ------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "person", "body"),
    [
        ("Kepala BKKBN Ratna Dewi Kusumawati mengatakan angka kelahiran turun. \"Ini kerja "
         "bersama,\" kata Ratna.",
         [("BKKBN Ratna", "ORG"), ("Dewi Kusumawati", "PER"), ("Ratna", "PER")],
         "Ratna Dewi Kusumawati", "BKKBN"),
        ("Ketua LPSK Hendrik Wisnu Saputra menjamin saksi aman. Menurut Hendrik, saksi sudah "
         "dilindungi.",
         [("LPSK Hendrik", "ORG"), ("Wisnu Saputra", "PER"), ("Hendrik", "PER")],
         "Hendrik Wisnu Saputra", "LPSK"),
        ("Pendeta GKJ Samuel Wibisono memimpin doa. \"Kita bersaudara,\" kata Om Samuel, "
         "sapaan akrabnya.",
         [("GKJ Samuel Wibisono", "ORG")], "Samuel Wibisono", "GKJ"),
        ("Pastor KWI Antonius Lewar memberkati umat. Antonius datang sejak pagi.",
         [("KWI Antonius Lewar", "ORG"), ("Antonius", "PER")], "Antonius Lewar", "KWI"),
    ],
)
def test_person_glued_to_body_acronym_is_cut_from_it(
    text: str, tagged: list[tuple[str, str]], person: str, body: str
) -> None:
    out = resolve(text, tagged)
    assert (body, "ORG") in {(s, t) for s, t, _e in out}, out
    people = {e for s, t, e in out if t == "PER"}
    assert people == {person}, out


@pytest.mark.parametrize(
    ("text", "tagged", "unit", "unit_type", "person"),
    [
        # after an office over a territory the acronym is the territory's, not a body's
        ("Bupati HSU Ratna Dewi Lestari meninjau banjir. Ratna menyebut 40 rumah rusak.",
         [("HSU Ratna Dewi Lestari", "ORG"), ("Ratna", "PER")], "HSU", "LOC",
         "Ratna Dewi Lestari"),
        # a place after the acronym is the unit's place, no given name
        ("Kepala BPBD Garut Dadang Hermawan meninjau lokasi. Dadang tiba.",
         [("BPBD Garut", "ORG"), ("Dadang Hermawan", "PER"), ("Dadang", "PER")],
         "BPBD Garut", "ORG", "Dadang Hermawan"),
    ],
)
def test_acronym_before_territory_or_place_is_no_body_before_a_given_name(
    text: str, tagged: list[tuple[str, str]], unit: str, unit_type: str, person: str
) -> None:
    out = resolve(text, tagged)
    assert (unit, unit_type) in {(s, t) for s, t, _e in out}, out
    assert {e for _s, t, e in out if t == "PER"} == {person}, out


# -- a second name in brackets right after a name (a Chinese name) ---------------------------


@pytest.mark.parametrize(
    ("text", "person", "forms"),
    [
        ("Pemilik toko emas di Pasar Baru, Hendra Wijaya (Oei Kian Hong), menyumbang beras. "
         "\"Koh Kian Hong memang dermawan,\" kata seorang warga. Hendra tidak mau difoto.",
         "Hendra Wijaya", {"Oei Kian Hong", "Koh Kian Hong"}),
        ("Bendahara perkumpulan, Susanti Halim (Lim Siu Lan), mencatat semua sumbangan.",
         "Susanti Halim", {"Lim Siu Lan"}),
        ("Pengusaha Robert Santoso (Tan Bun Liong) membuka pabrik baru di Tangerang. "
         "Robert mengaku menyiapkan 300 lowongan.", "Robert Santoso", {"Tan Bun Liong"}),
    ],
)
def test_second_name_in_brackets_is_the_same_person(
    text: str, person: str, forms: set[str]
) -> None:
    people = _people(text)
    assert person in people, people
    assert forms <= set(people[person]), people
    assert not forms & set(people) - {person}, people


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Ketua tim, Budi Santoso (Jawa Barat), memimpin rapat.", "Jawa Barat"),
        ("Anggota dewan Rina Kartika (Partai Golkar) menolak usulan itu.", "Partai Golkar"),
        ("Warga, Andi Saputra (45), melapor ke polisi.", "45"),
        # the same words after two people: their team, no name of either
        ("Pebalap Marco Silvani (Tim Oke) finis kedua, disusul Luca Berti (Tim Oke).",
         "Tim Oke"),
        ("Juara kelas ringan, Dimas Prakoso (Honda Racing), naik podium.", "Honda Racing"),
    ],
)
def test_place_party_or_age_in_brackets_is_no_second_name(text: str, other: str) -> None:
    people = _people(text)
    assert not any(other in forms for forms in people.values()), people


# -- a ruler's regnal name cut to initials and numeral; a call name after "sapaan akrab <Title>"


@pytest.mark.parametrize(
    ("text", "tagged", "ruler", "short"),
    [
        ("Sri Paduka Paku Alam IX membuka pameran keris. Dalam sambutannya, PA IX meminta "
         "generasi muda merawat pusaka.",
         [("Sri Paduka Paku Alam IX", "PER"), ("PA IX", "PER")], "Sri Paduka Paku Alam IX",
         "PA IX"),
        ("Sultan Mahmud Badaruddin IV menerima rombongan menteri. Sultan MB IV lalu mengajak "
         "tamunya berkeliling keraton.",
         [("Mahmud Badaruddin IV", "PER"), ("MB IV", "PER")], "Mahmud Badaruddin IV", "MB IV"),
    ],
)
def test_regnal_name_cut_to_initials_and_numeral_is_the_ruler(
    text: str, tagged: list[tuple[str, str]], ruler: str, short: str
) -> None:
    out = resolve(text, tagged)
    assert {e for s, t, e in out if t == "PER"} == {ruler}, out


def test_initials_and_numeral_of_no_ruler_of_the_article_stay_apart() -> None:
    text = "Raja Mahmud Badaruddin IV hadir. Menurut panitia, PB XII tidak datang."
    out = resolve(text, [("Mahmud Badaruddin IV", "PER"), ("PB XII", "PER")])
    assert ("PB XII", "PER", "PB XII") in out, out


@pytest.mark.parametrize(
    ("text", "person", "call"),
    [
        ("Bupati Suryana Wijaya membuka festival. Abah Yana, sapaan akrab Bupati Suryana Wijaya, "
         "ikut menari.", "Suryana Wijaya", "Abah Yana"),
        ("Rektor Bambang Sudibyo Hartono melantik 400 wisudawan. Eyang Dibyo, sapaan akrab "
         "Rektor Bambang Sudibyo Hartono, berpesan agar lulusan tetap rendah hati.",
         "Bambang Sudibyo Hartono", "Eyang Dibyo"),
    ],
)
def test_call_name_declared_before_a_titled_name_is_that_person(
    text: str, person: str, call: str
) -> None:
    people = _people(text)
    assert person in people and call in people[person], people


# -- "<Office> <Province>" tagged as one place ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "place", "holder"),
    [
        ("Sementara itu, Gubernur Kalimantan Barat Hendra Saputra meminta warga tenang.",
         [("Gubernur Kalimantan Barat", "LOC"), ("Hendra Saputra", "PER")],
         "Kalimantan Barat", "Hendra Saputra"),
        ("Bupati Lombok Tengah Yusuf Mahendra meninjau bendungan.",
         [("Bupati Lombok Tengah", "LOC"), ("Yusuf Mahendra", "PER")],
         "Lombok Tengah", "Yusuf Mahendra"),
        ("Kemarin Wali Kota Pontianak Rudi Hartawan membuka pasar.",
         [("Wali Kota Pontianak", "LOC"), ("Rudi Hartawan", "PER")], "Pontianak", "Rudi Hartawan"),
    ],
)
def test_office_over_a_known_place_tagged_as_a_place_is_the_place(
    text: str, tagged: list[tuple[str, str]], place: str, holder: str
) -> None:
    out = resolve(text, tagged)
    assert any(s.endswith(place) and t == "LOC" for s, t, _e in out), out
    assert not any(s.startswith(tagged[0][0]) for s, t, _e in out if t == "LOC"), out
    assert any(e == holder for _s, t, e in out if t == "PER"), out


# -- a territory under its head, untagged or cut short ---------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "places"),
    [
        ("Banjir merendam 200 rumah di Kecamatan Sukaraja dan Cibeber Hilir, kemarin.", [],
         {"Kecamatan Sukaraja", "Cibeber Hilir"}),
        ("Warga Kelurahan Sei Rampah mengungsi ke masjid.", [("Kelurahan Sei", "LOC")],
         {"Kelurahan Sei Rampah"}),
        ("Ratusan warga Nagari Koto Baru menolak tambang.", [], {"Nagari Koto Baru"}),
    ],
)
def test_territory_untagged_or_cut_short_is_a_place(
    text: str, tagged: list[tuple[str, str]], places: set[str]
) -> None:
    out = resolve(text, tagged)
    assert places <= {s for s, t, _e in out if t == "LOC"}, out


def test_territory_tagged_without_its_head_or_before_its_holder_is_left() -> None:
    out = resolve("Warga Desa Sukamakmur mengungsi. Sukamakmur terendam.",
                  [("Sukamakmur", "LOC"), ("Sukamakmur", "LOC")])
    assert "Desa Sukamakmur" not in {s for s, _t, _e in out}, out
    out = resolve("Kepala Desa Mekarsari Budi Hartono hadir.", [("Budi Hartono", "PER")])
    assert ("Budi Hartono", "PER") in {(s, t) for s, t, _e in out}, out


# -- a resident by one name and age beside another with that name and another age -------------


@pytest.mark.parametrize(
    ("text", "alone", "full"),
    [
        ("Penjual sayur Sarwono (58) mengeluh sepi. \"Sepi sekali,\" kata pria yang akrab disapa "
         "Pak Wono itu. Tetangganya, Sarwono Adi (41), menyebut harga naik. Menurut Adi, pasokan "
         "berkurang.", "Sarwono", "Sarwono Adi"),
        ("Warga bernama Marni (63) kehilangan rumah. Di sebelahnya, Marni Lestari (35) ikut "
         "mengungsi.", "Marni", "Marni Lestari"),
    ],
)
def test_one_name_with_an_age_is_no_short_form_of_a_full_name_with_another(
    text: str, alone: str, full: str
) -> None:
    people = _people(text)
    assert alone in people and full in people, people
    assert alone not in people[full], people


def test_one_name_with_the_same_age_is_the_full_name() -> None:
    people = _people("Nelayan Darto Wiyono (50) melaut. Darto (50) pulang sore.")
    assert "Darto" not in people or "Darto Wiyono" not in people, people
