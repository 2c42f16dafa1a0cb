"""Classes of relations fixed on the fifty-third blind set's wrong and missed triples,
each tested on invented sentences (never the blind set's text)."""

from __future__ import annotations

from tests.nlp.relations.coded import coded_triples


# 1. A crowd named with the body of members it belongs to ("petani Kelompok Tani X") acts
# as that body, and a demand told after the protest's day, set off by commas, is the
# crowd's, aimed at the side the protest is against.
def test_a_crowd_named_with_its_members_body_acts_as_the_body() -> None:
    coded = coded_triples(
        "Puluhan petani Kelompok Tani Sido Rukun berdemonstrasi di depan kantor PT Agro "
        "Lestari Nusantara, Kamis (5/3/2026), menuntut ganti rugi lahan yang tergusur.",
        "2026-03-06",
    )
    assert ("Kelompok Tani Sido Rukun", "disapprove", "PT Agro Lestari Nusantara") in coded
    assert ("Kelompok Tani Sido Rukun", "demand", "PT Agro Lestari Nusantara") in coded
    assert not any(s.startswith("petani ") for s, _, _ in coded)


def test_the_office_owner_before_the_day_is_not_who_demands() -> None:
    coded = coded_triples(
        "Ratusan pedagang berdemonstrasi di depan kantor PT Pasar Jaya Abadi, Senin "
        "(2/3/2026), menuntut PT Pasar Jaya Abadi menurunkan sewa kios.",
        "2026-03-03",
    )
    assert ("Ratusan pedagang", "demand", "PT Pasar Jaya Abadi") in coded
    assert not any(s == "PT Pasar Jaya Abadi" for s, _, _ in coded)


# 2. Workers named with their trade and their employer's short name in parentheses, in a
# union, strike against the employer; the union's next demand is aimed at it too.
def test_a_strike_by_a_union_of_a_firms_workers_is_against_the_firm() -> None:
    coded = coded_triples(
        "Sekitar 600 buruh pabrik semen PT Semen Karya Andalas (SKA) yang terhimpun dalam "
        "Serikat Pekerja Semen Padang Raya (SPSPR) mogok kerja sejak Rabu (4/3/2026). "
        "Mereka menuntut tunjangan hari raya dibayar penuh.",
        "2026-03-05",
    )
    assert ("Serikat Pekerja Semen Padang Raya", "disapprove", "PT Semen Karya Andalas") in coded
    assert ("Serikat Pekerja Semen Padang Raya", "demand", "PT Semen Karya Andalas") in coded


def test_workers_named_with_a_short_name_in_parentheses_strike_against_their_firm() -> None:
    coded = coded_triples(
        "Ribuan buruh PT Garmen Sentosa Makmur (GSM) mogok kerja sejak Selasa (3/3/2026).",
        "2026-03-04",
    )
    assert ("buruh PT Garmen Sentosa Makmur", "disapprove", "PT Garmen Sentosa Makmur") in coded


# 3. The two sides a go-between brings together may be named by those who run them
# ("pengurus A dan direksi B"): the go-between meets each, and they meet each other.
def test_sides_brought_together_named_by_their_boards() -> None:
    coded = coded_triples(
        "Dinas Tenaga Kerja Provinsi Riau mempertemukan pengurus Serikat Buruh Sawit "
        "Indragiri dan direksi PT Inti Sawit Perkasa di Pekanbaru, Jumat (6/3/2026).",
        "2026-03-07",
    )
    assert {
        ("Dinas Tenaga Kerja Provinsi Riau", "consult", "Serikat Buruh Sawit Indragiri"),
        ("Dinas Tenaga Kerja Provinsi Riau", "consult", "PT Inti Sawit Perkasa"),
        ("Serikat Buruh Sawit Indragiri", "consult", "PT Inti Sawit Perkasa"),
    } <= coded


# 4. Permits revoked of those a count describes and then names after a comma, and an
# allocation ("kuota") revoked of the one owning the outlet it is granted to.
def test_permits_revoked_of_firms_named_after_a_count() -> None:
    coded = coded_triples(
        "Kementerian Pariwisata mencabut izin tiga agen perjalanan wisata, PT Nusa Tour "
        "Gemilang dan PT Cakra Wisata Prima, yang menelantarkan ratusan turis.",
        "2026-03-07",
    )
    assert ("Kementerian Pariwisata", "sanction", "PT Nusa Tour Gemilang") in coded
    assert ("Kementerian Pariwisata", "sanction", "PT Cakra Wisata Prima") in coded


def test_a_subsidised_quota_revoked_sanctions_the_outlets_owner() -> None:
    coded = coded_triples(
        "Dinas Perindustrian Kota Depok mencabut kuota pupuk bersubsidi kios milik PT Tani "
        "Subur Sejahtera.",
        "2026-03-07",
    )
    assert ("Dinas Perindustrian Kota Depok", "sanction", "PT Tani Subur Sejahtera") in coded


# 5. A judgement that a body's work is weak censures it, however long the body's name
# before the word; "dinas itu" later in the sentence is the office just named.
def test_a_weak_oversight_judged_and_the_office_pressed_by_its_noun() -> None:
    coded = coded_triples(
        "Ikatan Nelayan Pesisir Lombok (INPL) menilai kinerja Dinas Lingkungan Hidup (DLH) "
        "Nusa Tenggara Barat lemah dan meminta dinas tersebut menindak pabrik pencemar.",
        "2026-03-07",
    )
    dkp = "Dinas Lingkungan Hidup Nusa Tenggara Barat"
    assert ("Ikatan Nelayan Pesisir Lombok", "disapprove", dkp) in coded
    assert ("Ikatan Nelayan Pesisir Lombok", "appeal", dkp) in coded


# 6. "kedua tetangganya" and "kedua ibu kota" stand for the two states at odds, and a
# mediator named before its verb ("X, yang … menengahi …") is never one of them.
_CLASH = (
    "Tentara Peru menembaki pos perbatasan Ekuador, Senin (2/3/2026). "
    "Quito memanggil Duta Besar Peru. "
)


def test_both_neighbours_are_the_two_states_at_odds() -> None:
    coded = coded_triples(_CLASH + "Brasil meminta kedua tetangganya berunding.", "2026-03-04")
    assert {("Brazil", "appeal", "Peru"), ("Brazil", "appeal", "Ecuador")} <= coded


def test_both_capitals_visited_are_the_two_states() -> None:
    coded = coded_triples(
        _CLASH + "Sekretaris Jenderal Komunitas Andes berencana mengunjungi kedua ibu kota "
        "bulan depan.",
        "2026-03-04",
    )
    assert {
        ("Komunitas Andes", "consult", "Peru"),
        ("Komunitas Andes", "consult", "Ecuador"),
    } <= coded


def test_a_mediator_named_before_its_verb_is_no_neighbour() -> None:
    coded = coded_triples(
        _CLASH + "Kolombia, yang dua tahun lalu menengahi sengketa kedua negara, mengundang "
        "delegasi Lima dan Quito ke Bogota. Chile meminta kedua tetangganya itu berdialog.",
        "2026-03-04",
    )
    assert {("Chile", "appeal", "Peru"), ("Chile", "appeal", "Ecuador")} <= coded
    assert ("Chile", "appeal", "Colombia") not in coded


# 7. An objection named back to an act by that act's noun ("keberatan atas pembekuan
# itu" after "membekukan izin …") answers the one who did it, not the last to act.
def test_an_objection_to_an_act_named_by_its_noun_answers_its_agent() -> None:
    coded = coded_triples(
        "Wali Kota Cilegon Agus Pranoto membekukan izin usaha PT Baja Pesisir Mandiri, "
        "Rabu (4/3/2026). Seorang mandor berinisial TK ditahan Polres Cilegon sejak Senin. "
        "Direksi PT Baja Pesisir Mandiri menyatakan keberatan atas pembekuan tersebut.",
        "2026-03-06",
    )
    assert ("PT Baja Pesisir Mandiri", "disapprove", "Agus Pranoto") in coded
    assert ("PT Baja Pesisir Mandiri", "disapprove", "Polres Cilegon") not in coded


# 8. A road vehicle colliding with another is an accident, never an attack; a ramming at
# sea stays one.
def test_a_truck_crash_is_no_attack() -> None:
    coded = coded_triples(
        "Bupati Kendal Dewi Lestari menghentikan izin operasional PT Tambang Pasir Utama, "
        "Senin (2/3/2026). Dua hari sebelumnya, sebuah truk perusahaan itu menabrak "
        "minibus dan melukai enam orang.",
        "2026-03-04",
    )
    assert not any(a == "fight" for _, a, _ in coded)


def test_a_ramming_at_sea_is_still_an_attack() -> None:
    coded = coded_triples(
        "Kapal milisi maritim China menabrak perahu nelayan Vietnam di perairan Kepulauan "
        "Paracel, Selasa (3/3/2026).",
        "2026-03-04",
    )
    assert ("China", "fight", "Vietnam") in coded


# 9. A counted group held and named by where it comes from, a place that is no state,
# takes the place in its name; "asal <state>" are the state's nationals.
def test_a_counted_group_held_is_named_with_its_home_region() -> None:
    coded = coded_triples(
        "Polres Sikka menangkap tujuh nelayan asal Kabupaten Flores Timur, Nusa Tenggara "
        "Timur, yang kedapatan meracuni ikan, Sabtu (7/3/2026).",
        "2026-03-08",
    )
    assert ("Polres Sikka", "sanction", "tujuh nelayan asal Kabupaten Flores Timur") in coded


def test_a_counted_group_from_a_state_is_that_states_nationals() -> None:
    coded = coded_triples(
        "Angkatan Laut Malaysia menangkap 12 nelayan asal Indonesia di Selat Malaka, "
        "Senin (2/3/2026).",
        "2026-03-04",
    )
    assert ("Angkatan Laut Malaysia", "sanction", "Indonesia") in coded
