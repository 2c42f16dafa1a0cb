"""Classes fixed against blind39's false relations and blind38's misses (issue 18),
tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-05-06"


_coded = partial(coded_triples, published=PUBLISHED)


# 1. A state named in its formal style ("Republik Demokratik Kongo") and then by the
# tail of that name is the same state, not another the bare word names
def test_the_short_form_of_a_formal_state_name_is_that_state() -> None:
    coded = _coded(
        "Pemerintah Republik Demokratik Kongo menerima bantuan pangan dari Jepang, Senin "
        "(4/5/2026). Kongo kemudian mengecam Uganda atas penembakan di perbatasan."
    )
    assert ("DR Congo", "disapprove", "Uganda") in coded
    assert not any("Congo" in (s, t) for s, _, t in coded)


# 2. A list of states named in a relative clause on the subject ("Usulan yang disusun
# A, B, dan C itu …") is no subject of the main verb
def test_a_list_inside_the_subjects_relative_clause_does_not_act() -> None:
    coded = _coded(
        "Rancangan yang disusun Belanda, Belgia, dan Swedia itu mendesak Venezuela membebaskan "
        "tahanan politik, Selasa (5/5/2026)."
    )
    assert not any(s in ("Netherlands", "Belgium", "Sweden") for s, _, _ in coded)


def test_a_list_opening_the_clause_still_acts() -> None:
    coded = _coded(
        "Belanda, Belgia, dan Swedia mendesak Venezuela membebaskan tahanan politik, Selasa "
        "(5/5/2026)."
    )
    assert ("Netherlands", "appeal", "Venezuela") in coded or (
        "Netherlands",
        "demand",
        "Venezuela",
    ) in coded


# 3. "X, melalui <channel>, V": what "melalui" names is the means, the one before acts;
# an object before such an aside is asked, it does not act
def test_the_subject_before_a_channel_aside_acts() -> None:
    coded = _coded(
        "Norwegia, melalui kedutaannya di Nairobi, mengecam Sudan Selatan atas penahanan "
        "wartawan, Selasa (5/5/2026)."
    )
    assert ("Norway", "disapprove", "South Sudan") in coded


def test_thanks_after_a_channel_aside_reach_the_light_verb() -> None:
    coded = _coded(
        "Fiji, melalui duta besarnya di Canberra, menyampaikan terima kasih kepada Australia "
        "atas kiriman obat, Selasa (5/5/2026)."
    )
    assert ("Fiji", "cooperate", "Australia") in coded


def test_an_object_before_a_channel_aside_does_not_act() -> None:
    coded = _coded(
        "Kementerian Luar Negeri Indonesia meminta Mesir, melalui KBRI Kairo, membantu "
        "evakuasi warga. Singapura mengecam serangan tersebut, Selasa (5/5/2026)."
    )
    assert not any(s == "Egypt" for s, _, _ in coded)


# 4. A subject described as attending an event just told acts on that event's day
def test_an_act_of_one_attending_the_event_just_told_takes_its_day() -> None:
    dated = dated_triples(
        "Indonesia mengirim kapal berisi bantuan ke Vanuatu. Kapal bertolak dari Surabaya, "
        "Senin (4/5/2026). Duta Besar Vanuatu, yang turut hadir dalam upacara serah terima, "
        "menyampaikan terima kasih kepada pemerintah Indonesia.",
        PUBLISHED,
    )
    assert ("Vanuatu", "cooperate", "Indonesia", "2026-05-04") in dated


# 5. Inviting a side to talks ("mengajak X membahas …") is an intent, as "mengundang";
# inviting it to another act is still urging it
def test_inviting_to_talks_is_an_intent() -> None:
    coded = _coded("Vietnam akan mengajak Kamboja membahas pengelolaan Sungai Mekong.")
    assert ("Vietnam", "intend", "Cambodia") in coded
    assert ("Vietnam", "appeal", "Cambodia") not in coded


def test_inviting_to_another_act_is_an_appeal() -> None:
    coded = _coded("Vietnam mengajak Kamboja menghentikan penambangan pasir di Sungai Mekong.")
    assert ("Vietnam", "appeal", "Cambodia") in coded


# 6. "memperingatkan X dapat V …": what X may do is the threat, aimed at the side of
# that act, not at X (the speaker's own state)
def test_a_warning_of_what_the_own_state_may_do_aims_at_its_object() -> None:
    coded = _coded(
        "Juru bicara Kementerian Luar Negeri Pakistan, Selasa, memperingatkan Islamabad dapat "
        "menghentikan perdagangan dengan India jika serangan berlanjut."
    )
    assert not any(a == "threaten" and t == "Pakistan" for _, a, t in coded)
    assert any(a == "threaten" and t == "India" for _, a, t in coded)


# 7. Calling an act politically motivated ("bermotif politik", "sarat muatan politik")
# censures it
def test_calling_an_act_politically_motivated_censures_its_agent() -> None:
    coded = _coded(
        "Kanada menjatuhkan sanksi kepada tiga pejabat Nikaragua, Senin (4/5/2026). "
        "Menteri Luar Negeri Nikaragua menyebut sanksi itu bermotif politik."
    )
    assert any(a == "disapprove" and t == "Canada" for _, a, t in coded)


def test_a_motive_that_is_not_political_is_no_censure() -> None:
    coded = _coded(
        "Kanada menjatuhkan sanksi kepada tiga pejabat Nikaragua, Senin (4/5/2026). "
        "Menteri Luar Negeri Nikaragua menyebut sanksi itu bermotif ekonomi."
    )
    assert not any(a == "disapprove" and t == "Canada" for _, a, t in coded)


# 8. A joint exercise whose holders are the agents of a passive relative clause on it
# is cooperation between them
def test_a_joint_exercise_held_by_agents_in_a_relative_clause_pairs_them() -> None:
    coded = _coded(
        "Rusia mengecam latihan laut gabungan Blue Wave yang digelar Norwegia dan Finlandia "
        "pekan lalu."
    )
    assert ("Norway", "cooperate", "Finland") in coded


# 9. A denial of a state charged ("membantah produknya tercemar": a ter- predicate after
# a possessed subject) answers the one who charged the denier
def test_denying_a_stative_charge_rejects_the_one_who_charged() -> None:
    coded = _coded(
        "Kementerian Lingkungan Hidup membekukan izin usaha PT Sungai Bening Lestari, Senin "
        "(4/5/2026). Direktur PT Sungai Bening Lestari, Wahyu Pratama, Selasa, membantah "
        "limbahnya tercemar merkuri."
    )
    assert ("PT Sungai Bening Lestari", "reject", "Kementerian Lingkungan Hidup") in coded


# 10. A denial answers the side that charged the denier (a censure or a sanction), not
# one that only summoned it afterwards, under the short name its people use
def test_a_denial_answers_the_charge_not_a_later_summons() -> None:
    coded = _coded(
        "Kementerian Lingkungan Hidup mengecam PT Sungai Bening Lestari atas pencemaran "
        "sungai, Senin (4/5/2026). Polda Riau akan memanggil direksi Sungai Bening pekan "
        "depan. Sungai Bening membantah sengaja membuang limbah."
    )
    rejected = {t for s, a, t in coded if a == "reject"}
    assert rejected == {"Kementerian Lingkungan Hidup"}
