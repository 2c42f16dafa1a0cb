"""Classes fixed against the misses of blind34 (issue 18), tested on invented sentences
(never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-04-08"

_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)

_TALKS = (
    "Utusan Armenia dan Azerbaijan akhirnya duduk satu meja di Wina, Austria, "
    "Senin (6/4/2026), dengan mediasi Swiss dan Norwegia."
)


# J1. "duduk satu meja" is the idiom of talks, and a mediation named after a place told
# with its state ("di Wina, Austria, Senin (…), dengan mediasi …") mediates them
def test_sitting_at_one_table_is_talks() -> None:
    assert ("Armenia", "consult", "Azerbaijan") in _coded(_TALKS)


def test_mediators_after_a_place_with_its_state_consult_each_side() -> None:
    coded = _coded(_TALKS)
    for mediator in ("Switzerland", "Norway"):
        assert {(mediator, "consult", "Armenia"), (mediator, "consult", "Azerbaijan")} <= coded


# J2. "mempertemukan A dengan B": the side after "dengan" is brought too, past a region
# set off inside the first side's name
def test_bringing_a_village_together_with_a_firm() -> None:
    coded = _coded(
        "Komisi IV DPRD Jambi mempertemukan nelayan Desa Muara Kelok, Kabupaten Tebo, "
        "dengan manajemen PT Sinar Tebo Lestari dalam rapat di gedung dewan, Senin (6/4/2026)."
    )
    assert {
        ("Komisi IV DPRD Jambi", "consult", "nelayan Desa Muara Kelok"),
        ("Komisi IV DPRD Jambi", "consult", "PT Sinar Tebo Lestari"),
        ("nelayan Desa Muara Kelok", "consult", "PT Sinar Tebo Lestari"),
    } <= coded


# J3. "kedua negara" as the subject of a clause of time ("… setelah tentara kedua
# negara …") are the sides just told, and the clause's own day dates its act
def test_both_states_in_a_clause_of_time_fight_on_its_own_day() -> None:
    dated = _dated(
        "Armenia dan Azerbaijan bertemu di Jenewa, Senin (6/4/2026). Pertemuan tersebut "
        "diadakan sebulan setelah pasukan kedua negara saling serang di wilayah sengketa pada "
        "20 Maret lalu."
    )
    assert ("Armenia", "fight", "Azerbaijan", "2026-03-20") in dated
    assert ("Azerbaijan", "fight", "Armenia", "2026-03-20") in dated


# J4. A claim lodged against a side ("gugatan", "permohonan arbitrase" terhadap X)
# accuses it; a petition for arbitration is no plea to the side it is lodged against
def test_a_claim_for_arbitration_accuses_the_other_firm() -> None:
    coded = _coded(
        "PT Sinar Abadi mendaftarkan permohonan arbitrase baru terhadap PT Maju Jaya di "
        "Badan Arbitrase Nasional Indonesia, Senin (6/4/2026)."
    )
    assert ("PT Sinar Abadi", "disapprove", "PT Maju Jaya") in coded
    assert ("PT Sinar Abadi", "appeal", "PT Maju Jaya") not in coded


def test_a_lawsuit_against_a_firm_accuses_it() -> None:
    coded = _coded(
        "PT Sinar Abadi mengajukan gugatan terhadap PT Maju Jaya di Pengadilan Negeri "
        "Medan, Senin (6/4/2026)."
    )
    assert ("PT Sinar Abadi", "disapprove", "PT Maju Jaya") in coded


def test_a_lawsuit_alone_is_no_accusation() -> None:
    coded = _coded("PT Sinar Abadi menyiapkan gugatan baru, Senin (6/4/2026).")
    assert not any(action == "disapprove" for _, action, _ in coded)


# J5. Denying the finding of a body rejects that body, as denying its accusation does
def test_denying_an_audit_finding_rejects_the_auditor() -> None:
    coded = _coded(
        "Direktur PT Sinar Abadi, Rudi Hartono, membantah temuan audit Badan Pemeriksa "
        "Keuangan, Senin (6/4/2026)."
    )
    assert ("Rudi Hartono", "reject", "Badan Pemeriksa Keuangan") in coded


# J6. An offer to bring two sides together is the offerer's: the sides offer nothing
def test_an_offer_to_bring_sides_together_is_only_the_offerers() -> None:
    coded = _coded(
        "Jerman mempertemukan Serbia dan Kroasia di Berlin, Senin (6/4/2026). Jerman "
        "mengaku siap mempertemukan kedua negara itu lagi bulan depan."
    )
    assert ("Germany", "intend", "Serbia") in coded
    assert not any(source != "Germany" and a == "intend" for source, a, _ in coded)


# J7. A group's head noun alone opening a clause ("Nelayan menuduh …") names the group
# told before; "perusahaan" opening a clause after a comma is the firm of the story
def test_a_group_named_back_by_its_head_noun_accuses() -> None:
    coded = _coded(
        "Komisi IV DPRD Jambi mempertemukan nelayan Desa Muara Kelok dengan manajemen "
        "PT Sinar Tebo Lestari, Selasa (7/4/2026). Nelayan menuding perusahaan itu membuang "
        "limbah ke sungai desa sejak 2020."
    )
    assert ("nelayan Desa Muara Kelok", "disapprove", "PT Sinar Tebo Lestari") in coded


def test_a_group_noun_with_no_group_named_before_is_no_actor() -> None:
    coded = _coded("Nelayan menuduh PT Sinar Tebo Lestari mencemari sungai desa sejak 2020.")
    assert all(source != "nelayan" for source, _, _ in coded)
