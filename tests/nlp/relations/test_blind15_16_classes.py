"""Classes of relations fixed on the fifteenth and sixteenth blind sets' misses (grouped
by cause with the twelfth to fourteenth), each tested on invented sentences (never the
blind sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2025-09-05"


_dated = partial(dated_triples, published=PUBLISHED)
_coded = partial(coded_triples, published=PUBLISHED)


# J1. "A dan B menggelar latihan <nama>": a named exercise of several
# coordinated sides is a joint one, without "gabungan"/"bersama" after "latihan"
JOINT_NAMED = [
    (
        "BANGKOK - Thailand dan Amerika Serikat menggelar latihan tahunan Cobra "
        "Gold di Chonburi, Selasa (2/9/2025).",
        ("Thailand", "cooperate", "United States", "2025-09-02"),
    ),
    (
        "NEW DELHI - India dan Prancis memulai latihan Varuna di Laut Arab, Rabu (3/9/2025).",
        ("India", "cooperate", "France", "2025-09-03"),
    ),
    (
        "CANBERRA - Australia dan Jepang membuka latihan udara Bushido Guardian di "
        "Darwin, Kamis (4/9/2025).",
        ("Australia", "cooperate", "Japan", "2025-09-04"),
    ),
]


@pytest.mark.parametrize(("text", "coded"), JOINT_NAMED)
def test_a_named_exercise_of_several_sides_is_joint(
    text: str, coded: tuple[str, str, str, str]
) -> None:
    assert coded in _dated(text)


LONE_EXERCISE = [
    # one side's exercise, or a club's training: not coded as a joint act
    "JAKARTA - Persija dan Persib menggelar latihan di Stadion Utama, Selasa (2/9/2025).",
    "HANOI - Vietnam menggelar latihan tahunan di Teluk Tonkin, Rabu (3/9/2025).",
]


@pytest.mark.parametrize("text", LONE_EXERCISE)
def test_a_lone_or_sporting_exercise_is_not_cooperation(text: str) -> None:
    assert not {t for t in _coded(text) if t[1] == "cooperate"}


# M1. "A dan B menukar tawanan di X, Senin (…), dalam pertukaran yang dimediasi C": the
# mediation reaches the act past the day set off by commas
MEDIATED_PAST_DAY = [
    (
        "BAKU - Armenia dan Azerbaijan saling menukar 30 tawanan perang di perbatasan "
        "Georgia, Senin (1/9/2025), dalam pertukaran yang dimediasi Qatar.",
        [("Qatar", "consult", "Armenia"), ("Qatar", "consult", "Azerbaijan")],
    ),
    (
        "JUBA - Sudan dan Sudan Selatan membebaskan 40 tahanan di Juba, Kamis (4/9/2025), "
        "lewat kesepakatan yang dimediasi Mesir.",
        [("Egypt", "consult", "Sudan"), ("Egypt", "consult", "South Sudan")],
    ),
    (
        "KIGALI - Rwanda dan Kongo menukar 12 tahanan di Goma, Rabu (3/9/2025), dalam "
        "pertukaran yang dimediasi Angola.",
        [("Angola", "consult", "Rwanda"), ("Angola", "consult", "Congo")],
    ),
]


@pytest.mark.parametrize(("text", "coded"), MEDIATED_PAST_DAY)
def test_a_mediation_after_the_day_reaches_the_act(
    text: str, coded: list[tuple[str, str, str]]
) -> None:
    assert set(coded) <= _coded(text)


# P1. "diplomat asal X tersebut meminta …": a description by origin opening the clause
# stands for the person named before, not for the state of origin
ORIGIN_DESCRIBED = [
    (
        "JAKARTA - Utusan khusus Uni Eropa untuk Sudan, Annette Weber, bertemu Panglima "
        "Angkatan Bersenjata Sudan Abdel Fattah al-Burhan di Port Sudan, Senin (1/9/2025). "
        "Diplomat asal Jerman itu mendesak Sudan membuka akses bantuan.",
        ("Annette Weber", "appeal", "Sudan"),
        ("Germany", "appeal", "Sudan"),
    ),
    (
        "JAKARTA - Utusan khusus PBB untuk Myanmar, Julie Bishop, bertemu pemimpin militer "
        "Myanmar, Min Aung Hlaing, di Naypyidaw, Senin (1/9/2025). Dalam pertemuan itu, "
        "diplomat asal Australia tersebut mendesak junta menghentikan serangan udara.",
        ("Julie Bishop", "appeal", "Myanmar"),
        ("Australia", "appeal", "Myanmar"),
    ),
]


@pytest.mark.parametrize(("text", "coded", "not_coded"), ORIGIN_DESCRIBED)
def test_a_description_by_origin_is_the_person_named_before(
    text: str, coded: tuple[str, str, str], not_coded: tuple[str, str, str]
) -> None:
    found = _coded(text)
    assert coded in found
    assert not_coded not in found


def test_a_description_by_origin_with_no_one_named_before_keeps_the_state() -> None:
    text = (
        "KYIV - Rusia menyerang Odesa, Senin (1/9/2025). Pejabat asal Prancis itu mengecam Rusia."
    )
    assert ("France", "disapprove", "Russia") in _coded(text)


# Q1. "menuntut X \"…\" dengan memutus hubungan dengan Y": the manner clause after a
# request, past a quoted phrase, is the act asked for, not one done
ASKED_MANNER = [
    (
        "JAKARTA - Juru bicara Kemlu China, Mao Ning, Rabu (3/9/2025), mengecam kunjungan "
        'tersebut dan mendesak Paraguay "memilih jalan yang lurus" dengan '
        "memutus hubungan dengan Taiwan.",
        ("Paraguay", "reduce", "Taiwan"),
    ),
    (
        'JAKARTA - Rusia mendesak Moldova "menghormati kedaulatan yang sah" dengan memutus '
        "hubungan dengan Ukraina, Rabu (3/9/2025).",
        ("Moldova", "reduce", "Ukraine"),
    ),
    (
        'JAKARTA - Amerika Serikat meminta Israel "menahan diri" dengan menghentikan '
        "serangan ke Gaza, Rabu (3/9/2025).",
        ("Israel", "fight", "Gaza"),
    ),
]


@pytest.mark.parametrize(("text", "not_coded"), ASKED_MANNER)
def test_the_manner_of_a_request_is_asked_not_done(
    text: str, not_coded: tuple[str, str, str]
) -> None:
    assert not_coded not in _coded(text)


def test_the_manner_of_an_act_done_is_still_coded() -> None:
    text = "JAKARTA - Vanuatu memperkuat posisinya dengan memutus hubungan dengan Taiwan, Rabu (3/9/2025)."
    assert ("Vanuatu", "reduce", "Taiwan") in _coded(text)


# Y1. "menjatuhkan denda kepada dua perusahaan di X, yakni A dan B": the plural
# common-noun object is spelled out by the list after "yakni"/"yaitu"
LISTED_OBJECTS = [
    (
        "MEDAN - Otoritas Jasa Keuangan (OJK) menjatuhkan denda Rp 5 miliar kepada dua "
        "perusahaan asuransi di Medan, yakni PT Asuransi Sejahtera Abadi dan PT Proteksi "
        "Nusantara Jaya, Senin (1/9/2025).",
        [
            ("Otoritas Jasa Keuangan", "sanction", "PT Asuransi Sejahtera Abadi"),
            ("Otoritas Jasa Keuangan", "sanction", "PT Proteksi Nusantara Jaya"),
        ],
    ),
    (
        "SURABAYA - Kementerian Perdagangan menjatuhkan sanksi kepada tiga importir gula, "
        "yaitu PT Manis Raya Sentosa, PT Gula Timur Makmur, dan PT Tebu Emas Lestari, "
        "Selasa (2/9/2025).",
        [
            ("Kementerian Perdagangan", "sanction", "PT Manis Raya Sentosa"),
            ("Kementerian Perdagangan", "sanction", "PT Tebu Emas Lestari"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "coded"), LISTED_OBJECTS)
def test_a_plural_object_is_the_list_after_yakni(
    text: str, coded: list[tuple[str, str, str]]
) -> None:
    assert set(coded) <= _coded(text)


# D5. "menjatuhkan denda … karena terbukti menunda klaim sepanjang 2024": a date inside the
# reason is the misdeed's; the act takes the day told next ("Keputusan itu diumumkan …")
REASON_DATED = [
    (
        "MEDAN - Otoritas Jasa Keuangan (OJK) menjatuhkan denda Rp 5 miliar kepada PT "
        "Asuransi Sejahtera Abadi karena terbukti menunda klaim nasabah sepanjang 2024. "
        "Keputusan itu diumumkan di Medan, Selasa (2/9/2025).",
        ("Otoritas Jasa Keuangan", "sanction", "PT Asuransi Sejahtera Abadi", "2025-09-02"),
    ),
    (
        "SURABAYA - Kementerian Perdagangan menjatuhkan sanksi kepada PT Manis Raya Sentosa "
        "karena terbukti menimbun gula sejak Maret 2024, Rabu (3/9/2025).",
        ("Kementerian Perdagangan", "sanction", "PT Manis Raya Sentosa", "2025-09-03"),
    ),
]


@pytest.mark.parametrize(("text", "coded"), REASON_DATED)
def test_a_date_inside_the_reason_does_not_date_the_act(
    text: str, coded: tuple[str, str, str, str]
) -> None:
    assert coded in _dated(text)
