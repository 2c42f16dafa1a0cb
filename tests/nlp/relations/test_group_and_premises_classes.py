"""Recall classes shared by the blind relation sets (issue 18): a group's members
arrested, a regional unit's untagged head, a protest at a body's building, a firm's
legal form, others of a kind named after a comma. Invented sentences only."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, relations

PUBLISHED = "2026-04-20"


_coded = partial(coded_triples, published=PUBLISHED)


def _dates(text: str) -> dict[tuple[str, str, str], str | None]:
    return {(r.source, r.action, r.target): r.date for r in relations(text, PUBLISHED)}


# G1. Members of a group formed for crime arrested: the group is sanctioned, as a
# state's nationals held are the state's; members of a body it sits in are not
GANG = "Polri menangkap enam anggota geng motor Kalajengking Merah di Jalan Merdeka, Sabtu (18/4/2026)."


def test_members_of_a_gang_arrested_sanction_the_gang() -> None:
    assert ("Polri", "sanction", "Kalajengking Merah") in _coded(GANG)


def test_members_of_a_party_arrested_do_not_sanction_the_party() -> None:
    text = "Polri menangkap tiga pengurus Partai Kebangkitan Bangsa di Batam, Jumat (17/4/2026)."
    assert not any(t == "Partai Kebangkitan Bangsa" for _, _, t in _coded(text))


# G2. A date after a relative clause on the object is that clause's act; the arrest
# takes the day it is told again with ("Para pelaku diringkus …, Senin (…)")
ATTACK_THEN_ARREST = (
    "Polri menangkap lima anggota geng motor Kalajengking Merah yang menganiaya seorang "
    "pedagang di Jalan Merdeka, Sabtu (11/4/2026). Mereka dibekuk di rumah kontrakan di "
    "Garut, Senin (13/4/2026)."
)


def test_arrest_told_again_takes_its_own_day() -> None:
    assert _dates(ATTACK_THEN_ARREST)[("Polri", "sanction", "Kalajengking Merah")] == "2026-04-13"


def test_arrest_not_told_again_keeps_the_sentence_day() -> None:
    text = ATTACK_THEN_ARREST.split(" Mereka")[0]
    assert _dates(text)[("Polri", "sanction", "Kalajengking Merah")] == "2026-04-11"


# U1. A regional unit whose head the entity layer left untagged acts, not its town
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Polres Garut menangkap Ujang Sopandi di Tarogong, Jumat (17/4/2026).", "Polres Garut"),
        ("Polres Sleman menahan Bambang Wibisono, Jumat (17/4/2026).", "Polres Sleman"),
    ],
)
def test_untagged_unit_head_acts_with_its_region(text: str, unit: str) -> None:
    assert any(s == unit and a == "sanction" for s, a, _ in _coded(text))


# P1. A protest in front of a body's building is aimed at the body; a regional head's
# office stands for the region's government; "menggelar aksi" there is a protest
UNION = "Ribuan petani yang tergabung dalam Serikat Petani Indonesia (SPI)"


@pytest.mark.parametrize(
    ("rest", "target"),
    [
        (
            "berdemonstrasi di depan Kantor Kementerian Pertanian, Rabu (15/4/2026).",
            "Kementerian Pertanian",
        ),
        (
            "berdemonstrasi di depan Kantor Gubernur Bali, Rabu (15/4/2026).",
            "Pemerintah Provinsi Bali",
        ),
        ("menggelar aksi di depan pabrik PT Sinar Jaya, Rabu (15/4/2026).", "PT Sinar Jaya"),
    ],
)
def test_protest_at_a_building_censures_its_owner(rest: str, target: str) -> None:
    coded = _coded(f"{UNION} {rest}")
    assert ("Serikat Petani Indonesia", "disapprove", target) in coded


def test_action_held_on_a_square_has_no_target() -> None:
    assert not _coded(f"{UNION} menggelar aksi di Lapangan Merdeka, Rabu (15/4/2026).")


def test_students_do_not_make_their_university_protest() -> None:
    text = (
        "Ratusan mahasiswa Universitas Gadjah Mada berdemonstrasi di depan Kantor "
        "Kementerian Pendidikan Tinggi, Senin (13/4/2026)."
    )
    assert not any(s == "Universitas Gadjah Mada" for s, _, _ in _coded(text))


# L1. A firm's legal form in parentheses is part of its name: the firm heads the list
def test_legal_form_keeps_the_firm_in_the_list() -> None:
    text = (
        "PT Pertamina (Persero), ExxonMobil, dan Chevron menandatangani perjanjian "
        "konsorsium, Kamis (16/4/2026)."
    )
    coded = _coded(text)
    assert ("PT Pertamina", "cooperate", "ExxonMobil") in coded
    assert ("PT Pertamina", "cooperate", "Chevron") in coded


# O1. "X dan tiga pemasok lain, A dan B": the others of the kind are named after the comma
def test_others_of_a_kind_named_after_a_comma_are_targets() -> None:
    text = (
        "Kementerian Perdagangan menjatuhkan sanksi kepada PT Semen Indonesia dan tiga "
        "pemasok lain, PT Holcim Indonesia dan PT Indocement, karena kartel harga."
    )
    coded = _coded(text)
    for firm in ("PT Semen Indonesia", "PT Holcim Indonesia", "PT Indocement"):
        assert ("Kementerian Perdagangan", "sanction", firm) in coded


def test_group_naming_itself_is_the_one_sanctioned() -> None:
    text = (
        "Polri menahan enam anggota sindikat curanmor yang menamakan diri Geng Elang "
        "Hitam di Garut, Jumat (17/4/2026)."
    )
    assert ("Polri", "sanction", "Elang Hitam") in _coded(text)


# U2. A unit whose region the entity layer cut before its last word is named with all of it
def test_unit_region_cut_short_is_completed() -> None:
    text = "Polda Sumatera Selatan menahan Bambang Wibisono, Jumat (17/4/2026)."
    assert ("Polda Sumatera Selatan", "sanction", "Bambang Wibisono") in _coded(text)


# R1. Those who run a body, opening the object, stand for the body named after them
@pytest.mark.parametrize(
    ("text", "acted_on"),
    [
        (
            "Kementerian Perhubungan memanggil manajemen perusahaan taksi PT Blue Bird, "
            "Rabu (15/4/2026).",
            True,
        ),
        (
            "Kementerian Perhubungan memanggil sejumlah sopir taksi daring PT Blue Bird, "
            "Rabu (15/4/2026).",
            False,
        ),
    ],
)
def test_those_who_run_a_body_stand_for_it(text: str, acted_on: bool) -> None:
    coded = _coded(text)
    assert (("Kementerian Perhubungan", "demand", "PT Blue Bird") in coded) is acted_on


# T1. An agreement's plain topic may run past four words before "antara" names its sides
@pytest.mark.parametrize(
    ("text", "tied"),
    [
        (
            "Penandatanganan nota kesepahaman perlindungan tenaga kesehatan asing antara "
            "Indonesia dan Jepang berlangsung di Tokyo, Selasa (14/4/2026).",
            True,
        ),
        (
            "Penandatanganan nota kesepahaman itu disaksikan menteri yang datang antara "
            "Indonesia dan Jepang, Selasa (14/4/2026).",
            False,
        ),
    ],
)
def test_agreement_topic_before_its_sides(text: str, tied: bool) -> None:
    assert (("Indonesia", "cooperate", "Japan") in _coded(text)) is tied
