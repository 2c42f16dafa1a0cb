"""Classes fixed against the misses and false triples of blind30 (issue 18: precision
and recall), tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

from warta.nlp.relations.actors import _Actor, acts_on_own_state

PUBLISHED = "2026-03-06"

_coded = partial(coded_triples, published=PUBLISHED)

_BOUNDARY_SET = (
    "JAKARTA - Menteri Kehutanan Arif Budiman menetapkan batas kawasan hutan lindung di "
    "Kabupaten Lembah Hijau, Senin (2/3/2026). "
)


# F1. Freezing or suspending a firm's licence or business coerces the firm
def test_a_frozen_licence_sanctions_its_holder() -> None:
    coded = _coded(
        "JAKARTA - Kementerian Kelautan membekukan izin usaha PT Samudra Biru Lestari "
        "selama 60 hari, Senin (2/3/2026)."
    )
    assert ("Kementerian Kelautan", "sanction", "PT Samudra Biru Lestari") in coded


def test_frozen_aid_still_reduces_relations() -> None:
    coded = _coded("BERLIN - Jerman membekukan bantuan pembangunan ke Niger, Senin (2/3/2026).")
    assert ("Germany", "reduce", "Niger") in coded
    assert not any(a == "sanction" for _, a, _ in coded)


# F2. A ministry written later by its acronym alone acts for the state named with it
def test_a_ministry_by_its_acronym_acts_for_its_state() -> None:
    coded = _coded(
        "JAKARTA - Kementerian Luar Negeri RI juga mengecam serangan Israel ke Rafah, Senin "
        "(2/3/2026). Kemlu juga mendesak Uni Eropa menekan Israel."
    )
    assert ("Indonesia", "appeal", "European Union") in coded
    assert not any(s == "Kemlu" for s, _, _ in coded)


# F3. "Menurut dia, X …": the speaker goes on, a later "Ia" is still the speaker
def test_a_view_told_keeps_the_speaker_for_the_next_pronoun() -> None:
    coded = _coded(
        "PUTRAJAYA - Juru bicara Kementerian Luar Negeri Malaysia, Ahmad Fauzi, Rabu "
        "(4/3/2026), menolak protes Filipina. Menurut dia, Terumbu Layang hanyalah gugusan "
        "karang. Ia justru meminta Manila menahan diri."
    )
    appeals = {(s, t) for s, a, t in coded if a == "appeal"}
    assert appeals == {("Ahmad Fauzi", "Philippines")}


# F4. A proposal rejected is its maker's, named with his office after "yang diajukan"
def test_a_rejected_proposal_answers_its_titled_maker() -> None:
    coded = _coded(
        "SEMARANG - Fraksi Nasdem DPRD Kota Semarang menolak rancangan anggaran yang "
        "diajukan Wali Kota Budi Hartono dalam rapat paripurna, Senin (2/3/2026)."
    )
    assert ("Fraksi Nasdem DPRD Kota Semarang", "reject", "Budi Hartono") in coded


def test_the_agent_after_oleh_makes_the_proposal() -> None:
    coded = _coded(
        "SEMARANG - Fraksi Nasdem DPRD Kota Semarang menolak Rancangan Peraturan Daerah "
        "tentang Pajak Hiburan yang diusulkan oleh Wali Kota Budi Hartono, Senin (2/3/2026)."
    )
    assert ("Fraksi Nasdem DPRD Kota Semarang", "reject", "Budi Hartono") in coded


# F5. "menolak keputusan tersebut": the decision told last, so its maker
def test_a_rejected_decision_answers_its_maker() -> None:
    coded = _coded(_BOUNDARY_SET + "Bupati Lembah Hijau, Darmawan Sulaiman, menolak keputusan itu.")
    assert ("Darmawan Sulaiman", "reject", "Arif Budiman") in coded


def test_a_decision_alone_is_no_act() -> None:
    assert _coded(_BOUNDARY_SET) == set()


# F6. A judgement of "it" after a censure goes on against the side censured
def test_a_judgement_after_a_rejection_censures_the_same_side() -> None:
    coded = _coded(
        _BOUNDARY_SET
        + "Bupati Lembah Hijau, Darmawan Sulaiman, menolak keputusan itu dan menyebutnya "
        "keliru."
    )
    assert ("Darmawan Sulaiman", "disapprove", "Arif Budiman") in coded


def test_a_charge_denied_and_judged_is_only_the_denial() -> None:
    coded = _coded(
        "JAKARTA - Kepolisian Malaysia menuduh nelayan Indonesia mencuri ikan, Senin "
        "(2/3/2026). Kementerian Kelautan dan Perikanan kemudian membantah tuduhan itu dan "
        "menyebutnya fitnah."
    )
    assert ("Kementerian Kelautan dan Perikanan", "reject", "Kepolisian Malaysia") in coded
    assert not any(
        s == "Kementerian Kelautan dan Perikanan" and a == "disapprove" for s, a, _ in coded
    )


# F7. A measure named in several words, its agent after it ("tarif antidumping X")
def test_the_agent_of_a_measure_named_in_several_words_is_the_target() -> None:
    coded = _coded(
        "JAKARTA - Kementerian Perdagangan mengecam tarif antidumping Uni Eropa atas "
        "kertas Indonesia, Senin (2/3/2026)."
    )
    assert ("Kementerian Perdagangan", "disapprove", "European Union") in coded
    assert ("Kementerian Perdagangan", "disapprove", "Indonesia") not in coded


# F8. A ministry named without its state is the home state's: no act on that state
def test_a_bare_ministry_does_not_act_on_its_own_state() -> None:
    ministry = _Actor("Kementerian Perdagangan", 0, 10, 0, 1, False, True)
    foreign = _Actor("Kementerian Perdagangan", 0, 10, 0, 1, False, True, "China")
    indonesia = _Actor("Indonesia", 20, 29, 4, 4, False)
    assert acts_on_own_state(ministry, indonesia)
    assert not acts_on_own_state(foreign, indonesia)
    assert not acts_on_own_state(ministry, _Actor("Malaysia", 20, 28, 4, 4, False))


# F9. "memanggil direksinya": the management of the body just acted on is summoned
def test_summoning_its_management_demands_of_the_body_just_named() -> None:
    coded = _coded(
        "JAKARTA - Kementerian Kelautan membekukan izin usaha PT Samudra Biru Lestari dan "
        "memanggil direksinya, Senin (2/3/2026)."
    )
    assert ("Kementerian Kelautan", "demand", "PT Samudra Biru Lestari") in coded


def test_its_management_with_nothing_acted_on_is_no_summons_of_anyone() -> None:
    coded = _coded("JAKARTA - Kementerian Kelautan memanggil direksinya, Senin (2/3/2026).")
    assert coded == set()


def test_a_proposal_whose_agent_the_sentence_never_names_codes_nothing() -> None:
    # the clause ends on "oleh": no agent to read (and no token past the end)
    assert _coded("Fraksi Nurani menolak rancangan yang diajukan oleh") == set()
