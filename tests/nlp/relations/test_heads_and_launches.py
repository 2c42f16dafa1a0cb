"""Classes fixed on the misses of blind37–blind39, round 2 (issue 18): "kedua bupati"
or "kedua kepala daerah" as the two regional heads told before, a weapons launch at
no one as a show of force at the exercise it answers, forces put on alert as a
posture toward the side whose show of force they answer, and no act between a body
named with its state and that state. Tested on invented sentences (never the blind
sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2025-03-12"

_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# 1. "kedua kepala daerah", "kedua bupati": the two regional heads named before
def test_both_regional_heads_are_the_two_heads_named_before() -> None:
    coded = _coded(
        "Bupati Lembah Hijau, Sutrisno Hadi, menutup jalan desa yang dipakai truk dari "
        "Kota Batu Kapur, Senin (10/3/2025). Wali Kota Batu Kapur, Rina Marlina, "
        "memprotes penutupan itu. Gubernur Sulawesi Barat Anwar Idris akan mempertemukan "
        "kedua kepala daerah di kantornya, Kamis (13/3/2025)."
    )
    assert ("Anwar Idris", "consult", "Sutrisno Hadi") in coded
    assert ("Anwar Idris", "consult", "Rina Marlina") in coded


def test_both_bupati_need_two_heads_with_that_title() -> None:
    coded = _coded(
        "Bupati Lembah Hijau, Sutrisno Hadi, menutup jalan desa, Senin (10/3/2025). "
        "Gubernur Sulawesi Barat Anwar Idris berencana mempertemukan kedua bupati itu di Mamuju."
    )
    # one bupati told: "kedua bupati" names no one the article has named
    assert not any(t == "Sutrisno Hadi" and a == "consult" for _, a, t in coded)


def test_a_region_name_cut_by_the_tagger_is_no_regional_head() -> None:
    from warta.nlp.relations.actors import _History
    from warta.records import Mention

    text = "Bupati Sela Jaya, Andi Lolo, dan Bupati Toba Harapan bertemu. "
    andi = text.index("Andi Lolo")
    toba = text.index("Toba")
    actors = [
        Mention(andi, andi + 9, "Andi Lolo", "PER", "Andi Lolo"),
        Mention(toba, toba + 4, "Toba", "PER", "Toba"),  # "Toba | Harapan" cut
    ]
    history = _History(text, actors)
    history.bound = 2
    assert list(history.holders(("bupati",))) == ["Andi Lolo"]


# 2. A weapons launch at no one: a posture toward the sides of the exercise it answers
def test_a_launch_into_the_sea_answers_the_exercise_told_with_it() -> None:
    dated = _dated(
        "Iran menembakkan tiga rudal jelajah ke Teluk Oman, Senin (10/3/2025), sehari "
        "setelah Bahrain bersama Amerika Serikat memulai latihan perang gabungan di Teluk."
    )
    assert ("Iran", "posture", "United States", "2025-03-10") in dated
    assert ("Iran", "posture", "Bahrain", "2025-03-10") in dated


def test_a_launch_answers_the_exercise_told_in_the_next_sentence() -> None:
    coded = _coded(
        "Iran menembakkan tiga rudal jelajah ke Teluk Oman, Senin (10/3/2025). Televisi "
        "Iran menyebut uji tembak tersebut jawaban bagi latihan angkatan laut bersama "
        "yang digelar Bahrain dan Amerika Serikat sejak Minggu."
    )
    assert ("Iran", "posture", "United States") in coded
    assert ("Iran", "posture", "Bahrain") in coded


def test_a_launch_after_an_exercise_closed_is_no_posture_toward_its_sides() -> None:
    coded = _coded(
        "Iran menembakkan tiga rudal jelajah ke Teluk Oman, Senin (10/3/2025). Rudal itu "
        "ditembakkan dua hari sesudah Bahrain dan Amerika Serikat menutup latihan "
        "angkatan laut bersama di Teluk."
    )
    assert not any(a == "posture" for _, a, _ in coded)


def test_a_launch_with_no_exercise_is_no_posture() -> None:
    coded = _coded("Iran menembakkan tiga rudal jelajah ke Teluk Oman, Senin (10/3/2025).")
    assert not any(a == "posture" for _, a, _ in coded)


# 3. Forces put on alert answer the last show of force told
def test_an_alert_answers_the_launch_told_before() -> None:
    dated = _dated(
        "Iran menembakkan puluhan roket ke perairan dekat Pulau Abu Musa, Senin "
        "(10/3/2025) pagi. Uni Emirat Arab menaikkan status kesiagaan pasukannya beberapa "
        "jam kemudian."
    )
    assert ("United Arab Emirates", "posture", "Iran", "2025-03-10") in dated


def test_an_alert_with_no_show_of_force_before_is_no_posture() -> None:
    coded = _coded(
        "Uni Emirat Arab menaikkan status kesiagaan pasukannya menjelang hari raya, "
        "Senin (10/3/2025)."
    )
    assert not any(a == "posture" for _, a, _ in coded)


# 4. A body named with its state and that state are one side
def test_no_act_between_a_body_and_its_own_state() -> None:
    coded = _coded(
        "Pemerintah Australia menghibahkan tiga kapal patroli kepada Bakamla, Senin "
        "(10/3/2025). Duta Besar Australia, Mark Allen, mengatakan Badan Pembangunan "
        "Internasional Australia berencana mengutus instruktur ke Kupang pada Mei mendatang. "
        "Kedua pihak pun sepakat mengadakan latihan gabungan dengan militer Australia "
        "tahun depan."
    )
    assert ("Indonesia", "cooperate", "Australia") in coded
    agency = "Badan Pembangunan Internasional Australia"
    assert not any({s, t} == {agency, "Australia"} for s, _, t in coded)
