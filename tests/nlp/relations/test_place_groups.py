"""Groups named by their place acting (issue 18): "warga Desa X" and the like are the
actor, not their village; the region set off after the place stays in their phrase;
"Mereka" after their protest is them; a verb set off by a comma after a protest is the
protesters'; a phone call received is a talk. Invented sentences only."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, relations

PUBLISHED = "2026-03-10"

_coded = partial(coded_triples, published=PUBLISHED)


# P1. A group noun and the place after it: the group acts, named with its place
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Warga Desa Lembah Sari mendesak Pemerintah Kabupaten Tegalrejo menutup tambang pasir.",
            ("Warga Desa Lembah Sari", "appeal", "Pemerintah Kabupaten Tegalrejo"),
        ),
        (
            "Puluhan warga Kampung Pinang Merah menolak rencana PT Tirta Bening Abadi.",
            ("warga Kampung Pinang Merah", "reject", "PT Tirta Bening Abadi"),
        ),
        (
            "Ratusan pedagang Pasar Kembang Wangi menuntut Pemerintah Kota Sukaraja membatalkan "
            "kenaikan retribusi.",
            ("pedagang Pasar Kembang Wangi", "demand", "Pemerintah Kota Sukaraja"),
        ),
    ],
)
def test_a_group_named_by_its_place_acts(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _coded(text)


def test_a_state_after_a_group_noun_stays_the_actor() -> None:
    coded = _coded("Ribuan petani Prancis memprotes kebijakan impor Spanyol, Senin (9/3/2026).")
    assert not any(s.startswith("petani") for s, _, _ in coded)


def test_a_people_named_by_one_word_is_no_place_group() -> None:
    text = "Warga adat Mentawai menggugat PT Hutan Raya Lestari ke pengadilan."
    assert not any(s.startswith("Warga adat") for s, _, _ in _coded(text))


def test_a_firms_workers_act_and_the_firm_is_named_back() -> None:
    text = (
        "Ratusan buruh PT Logam Jaya Perkasa mogok kerja, Senin (9/3/2026). Mereka "
        "memprotes rencana perusahaan memotong upah lembur."
    )
    coded = _coded(text)
    assert ("buruh PT Logam Jaya Perkasa", "disapprove", "PT Logam Jaya Perkasa") in coded


def test_a_plan_of_a_firm_not_named_before_names_no_one() -> None:
    text = "Ratusan warga Desa Lembah Sari memprotes rencana perusahaan membuka tambang."
    assert not any(t for _, _, t in _coded(text))


# P2. The place's region in apposition stays in the group's phrase
def test_region_in_apposition_after_the_place_keeps_the_group_subject() -> None:
    text = (
        "Ratusan warga Desa Lembah Sari, Kabupaten Tegalrejo, menggugat "
        "PT Tirta Bening Abadi, Senin (9/3/2026)."
    )
    assert ("warga Desa Lembah Sari", "disapprove", "PT Tirta Bening Abadi") in _coded(text)


# P3. "Mereka" after the group's blockade is the group
def test_they_after_a_blockade_are_the_group() -> None:
    text = (
        "Ratusan warga Desa Lembah Sari memblokade jalan tambang PT Tirta Bening Abadi, "
        "Senin (9/3/2026). Mereka menuntut perusahaan menghentikan pengerukan."
    )
    assert ("warga Desa Lembah Sari", "demand", "PT Tirta Bening Abadi") in _coded(text)


# P4. A verb set off by a comma after a protest shares the protesters' subject
def test_demand_after_a_protest_set_off_by_a_comma() -> None:
    text = (
        "Puluhan warga Kampung Pinang Merah berunjuk rasa di depan balai kota, menuntut "
        "Pemerintah Kota Sukaraja menutup tempat pembuangan sampah."
    )
    assert ("warga Kampung Pinang Merah", "demand", "Pemerintah Kota Sukaraja") in _coded(text)


def test_a_verb_after_a_comma_with_no_protest_before_is_not_shared() -> None:
    text = (
        "Puluhan warga Kampung Pinang Merah berkumpul di balai kota, menuntut "
        "Pemerintah Kota Sukaraja menutup tempat pembuangan sampah."
    )
    assert ("warga Kampung Pinang Merah", "demand", "Pemerintah Kota Sukaraja") not in _coded(text)


# C1. A phone call received is a talk the caller sought; "Keduanya" after it are the
# two on the call, and their act takes the call's day, not that of a later quote
CALL = (
    "Presiden Joko Santoso menerima panggilan telepon dari Perdana Menteri Jepang "
    "Hiroshi Tanaka, Senin (9/3/2026) malam. Keduanya pun meminta Dewan Keamanan PBB "
    'segera bertindak. "Kekerasan harus dihentikan," kata juru bicara istana, Selasa.'
)


def test_a_phone_call_received_is_the_callers_consult() -> None:
    assert ("Hiroshi Tanaka", "consult", "Joko Santoso") in _coded(CALL)


def test_the_two_on_a_call_act_on_the_calls_day() -> None:
    dated = {(r.source, r.action, r.target): r.date for r in relations(CALL, PUBLISHED)}
    assert dated[("Joko Santoso", "appeal", "Dewan Keamanan PBB")] == "2026-03-09"
    assert dated[("Hiroshi Tanaka", "appeal", "Dewan Keamanan PBB")] == "2026-03-09"


# P6. A protest before a regional council is heard there, not aimed at it; before a
# ministry's building it faces the ministry
def test_a_protest_before_a_regional_council_does_not_target_it() -> None:
    coded = _coded(
        "Sejak pagi warga Desa Lembah Sari berdemonstrasi di depan Kantor DPRD Kabupaten Tegalrejo, "
        "Senin (9/3/2026)."
    )
    assert not any(c == "disapprove" and "DPRD" in t for _, c, t in coded)


def test_a_protest_before_a_ministry_still_targets_it() -> None:
    coded = _coded(
        "Sejak pagi warga Desa Lembah Sari berdemonstrasi di depan gedung Kementerian Pertanian, "
        "Senin (9/3/2026)."
    )
    assert any(c == "disapprove" and "Kementerian Pertanian" in t for _, c, t in coded)
