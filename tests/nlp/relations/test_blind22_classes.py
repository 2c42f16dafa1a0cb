"""Classes fixed against blind22's false relations (issue 18), tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, relations

PUBLISHED = "2026-04-20"


_coded = partial(coded_triples, published=PUBLISHED)


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in relations(text, PUBLISHED)}


# P1. A state's name after a place noun names the place ("Rumah Sakit Yordania"); the
# attack is still told, so "mengecam serangan itu" censures its agent
PLACES_NAMED_AFTER_STATES = [
    (
        "SANAA - Kelompok Houthi membombardir Rumah Sakit Kuwait di Marib, Senin "
        "(13/4/2026), menewaskan tujuh pasien. Amnesty International mengecam "
        "serangan itu sehari kemudian.",
        "Kuwait",
    ),
    (
        "GAZA - Pasukan Israel menembaki Rumah Sakit Indonesia di Beit Lahia, Selasa "
        "(14/4/2026), dan melukai dua perawat.",
        "Indonesia",
    ),
    (
        "IDLIB - Pasukan Rusia menggempur Sekolah Turki di Idlib, Rabu (15/4/2026).",
        "Turkey",
    ),
]


@pytest.mark.parametrize(("text", "state"), PLACES_NAMED_AFTER_STATES)
def test_state_naming_a_place_is_not_attacked(text: str, state: str) -> None:
    assert not any(state in pair for pair in _pairs(text))


def test_attack_on_a_named_place_is_still_censured() -> None:
    text = PLACES_NAMED_AFTER_STATES[0][0]
    assert ("Amnesty International", "disapprove", "Houthi") in _coded(text)


# A1. The act charged after "menuduh/menuding X" is the accuser's claim, not a told act
ACCUSED_ACTS = [
    (
        "ADDIS ABABA - Pemerintah Ethiopia, Kamis (16/4/2026), menuduh Mesir memasok "
        "senjata kepada Eritrea lalu menarik duta besarnya dari Kairo.",
        ("Ethiopia", "disapprove", "Egypt"),
    ),
    (
        "KINSHASA - Pemerintah Kongo, Senin (13/4/2026), menuding Rwanda memasok amunisi "
        "kepada pemberontak M23.",
        ("Congo", "disapprove", "Rwanda"),
    ),
    (
        "KABUL - Taliban, Jumat (17/4/2026), menuduh Pakistan memberikan bantuan kepada ISIS.",
        ("Taliban", "disapprove", "Pakistan"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ACCUSED_ACTS)
def test_charged_act_is_not_coded_as_done(text: str, wanted: tuple) -> None:
    coded = _coded(text)
    assert wanted in coded
    assert not [c for c in coded if c[0] == wanted[2]]  # the accused does nothing told


# W1. "kedua pihak yang bertikai" are the sides of a fight told, never the last two named
WARRING_SIDES = [
    (
        "NAIROBI - Pemerintah Sudan Selatan menuduh Uganda mendanai milisi oposisi. "
        "Kementerian Luar Negeri Uganda membantah tuduhan itu. Kenya dan Tanzania "
        "mendesak kedua pihak yang bertikai segera berunding di Arusha.",
        {"Kenya", "Tanzania"},
    ),
    (
        "DOHA - Iran memprotes Bahrain, Senin (13/4/2026). Kementerian Luar Negeri "
        "Bahrain membantah protes itu. Qatar dan Oman dalam pernyataan bersama meminta "
        "kedua pihak yang berperang di Yaman menghentikan serangan.",
        {"Qatar", "Oman"},
    ),
]


@pytest.mark.parametrize(("text", "callers"), WARRING_SIDES)
def test_warring_sides_are_no_last_two_names(text: str, callers: set) -> None:
    assert not [r for r in relations(text, PUBLISHED) if r.source in callers]


def test_warring_sides_are_those_who_fought() -> None:
    text = (
        "MOGADISHU - Militer Somalia menyerang posisi Al-Shabaab di Jilib, Senin "
        "(13/4/2026). Ethiopia dan Kenya mendesak kedua pihak yang bertikai menahan diri."
    )
    targets = {r.target for r in relations(text, PUBLISHED) if r.source == "Kenya"}
    assert "Somalia" in targets


# M1. A promise to pass a message on is not made to whom it is passed on to
PASSED_ON = [
    (
        "PALU - Ribuan pekerja anggota Konfederasi Serikat Pekerja Seluruh Indonesia (KSPSI) "
        "Sulawesi Tengah berdemonstrasi di depan Kantor Gubernur Sulawesi Tengah, Senin "
        "(13/4/2026). Mereka ditemui Wakil Gubernur Reny Lamadjido. Reny berjanji "
        "meneruskan aspirasi para pekerja kepada Gubernur Anwar Hafid.",
        "Anwar Hafid",
    ),
    (
        "PADANG - Anggota DPR Andre Rosiade berjanji meneruskan keluhan nelayan itu "
        "kepada Kementerian Kelautan dan Perikanan, Selasa (14/4/2026).",
        "Kementerian Kelautan dan Perikanan",
    ),
]


@pytest.mark.parametrize(("text", "hearer"), PASSED_ON)
def test_promise_to_pass_on_is_not_to_the_hearer(text: str, hearer: str) -> None:
    rels = relations(text, PUBLISHED)
    assert not [r for r in rels if r.action == "intend" and r.target == hearer]
    assert not [r for r in rels if r.action == "intend" and r.target.startswith("Kantor")]


def test_promise_to_pass_on_answers_the_one_who_asked() -> None:
    text = (
        "MANADO - Duta Besar Korea Selatan Lee Jae-min diterima Gubernur Sulawesi Utara "
        "Yulius Selvanus, Senin (13/4/2026). Yulius meminta Seoul menambah beasiswa bagi "
        "pelajar Sulut. Lee berjanji meneruskan usulan tersebut kepada Kementerian "
        "Pendidikan Korea Selatan."
    )
    coded = _coded(text)
    assert ("Lee Jae-min", "intend", "Yulius Selvanus") in coded
    assert not [c for c in coded if c[1] == "intend" and c[2].startswith("Kementerian")]
