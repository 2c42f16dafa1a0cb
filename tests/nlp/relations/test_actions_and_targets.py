"""Actions and targets missed over every blind set (issue 18): requests to hand over,
pay or act by a deadline are demands; a lawyer's summons, a questioning scheduled, an
ombudsman's finding, shared data, pelting and gang beating, an incursion into a state's
waters, police "securing" persons; judgements that call an act excessive or deny it a
merit; a weekday of a named week and a month looked back to in passing. Tested on
invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-07-09"

_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# 1. "meminta X menyerahkan/membayar/mengembalikan …": a claim on what X holds or owes
def test_a_request_to_hand_over_is_a_demand() -> None:
    coded = _coded(
        "Menteri Luar Negeri Slovenia Marko Novak meminta Zagreb menyerahkan dua "
        "warga Kroasia yang diduga membakar gudang itu."
    )
    assert ("Marko Novak", "demand", "Croatia") in coded


# 2. "meminta X … dalam 14 hari": a request with a deadline
def test_a_request_with_a_span_of_days_is_a_demand() -> None:
    coded = _coded(
        "Kementerian Perhubungan meminta PT Angkasa Mandiri Airlines memperbaiki sistem "
        "pemesanan tiketnya dalam 14 hari."
    )
    assert ("Kementerian Perhubungan", "demand", "PT Angkasa Mandiri Airlines") in coded


# 3. "melayangkan somasi kepada X": a lawyer's summons demands
def test_a_summons_by_lawyers_is_a_demand() -> None:
    coded = _coded(
        "Partai Nasional Demokrat melayangkan somasi kepada PT Kabar Cepat Media atas "
        "berita yang dinilai mencemarkan nama partai."
    )
    assert ("Partai Nasional Demokrat", "demand", "PT Kabar Cepat Media") in coded


# 4. "menjadwalkan pemeriksaan X sebagai saksi": a summons; "Kamis pekan ini" is the
# Thursday of the week of the report, not the one before
def test_a_questioning_scheduled_summons_on_the_weekday_of_that_week() -> None:
    dated = dated_triples(
        "KPK menjadwalkan pemeriksaan Wali Kota Sungai Jernih, Hendra Lubis, sebagai saksi "
        "pada Kamis pekan ini.",
        "2026-07-07",
    )
    assert ("KPK", "demand", "Hendra Lubis", "2026-07-09") in dated


# 5. an ombudsman's finding of maladministration censures the body
def test_maladministration_found_is_a_censure() -> None:
    coded = _coded(
        "Ombudsman Republik Indonesia menyebut Badan Pertanahan Nasional melakukan "
        "maladministrasi dalam penerbitan sertifikat."
    )
    assert ("Ombudsman Republik Indonesia", "disapprove", "Badan Pertanahan Nasional") in coded


# 6. "berbagi data dengan X": cooperation with X
def test_sharing_data_with_a_side_is_cooperation() -> None:
    coded = _coded("Jepang berbagi data radar dengan Filipina untuk memantau kapal asing.")
    assert ("Japan", "cooperate", "Philippines") in coded


# 7. "melempari X dengan batu": an assault
def test_pelting_a_side_is_an_assault() -> None:
    coded = _coded("Pemuda Palestina melempari pasukan Israel dengan batu di Hebron.")
    assert ("Palestine", "fight", "Israel") in coded


# 8. entering a state's waters shows force at it; charged by another, it is the charge
def test_entering_a_states_waters_is_a_show_of_force() -> None:
    coded = _coded(
        "Kapal-kapal patroli China memasuki perairan Filipina di sekitar "
        "Beting Second Thomas."
    )
    assert ("China", "posture", "Philippines") in coded


def test_an_incursion_charged_is_no_show_of_force() -> None:
    coded = _coded(
        "Kementerian Luar Negeri Vietnam menuduh kapal-kapal China sengaja memasuki "
        "perairan Vietnam."
    )
    assert not any(t[1] == "posture" for t in coded)


# 9. police "securing" persons detain them
def test_persons_secured_by_the_police_are_detained() -> None:
    coded = _coded(
        "Polda Metro Jaya mengamankan Rudi Salim dan Bambang Yudha di lokasi unjuk rasa."
    )
    assert ("Polda Metro Jaya", "sanction", "Rudi Salim") in coded


# 10. a judgement calling a fine excessive or denying a sentence a merit censures its
# maker
def test_a_fine_judged_too_heavy_censures_its_maker() -> None:
    coded = _coded(
        "Komisi Pengawas Persaingan Usaha menjatuhkan denda kepada PT Semen Jaya Abadi. "
        "PT Semen Jaya Abadi menilai denda itu terlalu berat."
    )
    assert ("PT Semen Jaya Abadi", "disapprove", "Komisi Pengawas Persaingan Usaha") in coded


def test_a_sentence_judged_out_of_proportion_censures_the_court() -> None:
    coded = _coded(
        "Pengadilan Negeri Padang menjatuhkan hukuman tiga tahun penjara kepada Andi "
        "Saputra. Andi Saputra menilai putusan itu tidak sebanding dengan perbuatannya."
    )
    assert ("Andi Saputra", "disapprove", "Pengadilan Negeri Padang") in coded


# 11. "… Senin (6/7). Pengusiran itu dilakukan setelah … bulan lalu. Pada kesempatan
# itu pula, …": the month looked back to is background; the statement is of that Monday
def test_a_month_looked_back_to_is_not_the_next_sentences_day() -> None:
    dated = _dated(
        "Latvia mengusir dua diplomat Rusia, Senin (6/7/2026). Pengusiran itu dilakukan "
        "setelah polisi menemukan bukti keterlibatan intelijen Rusia dalam pembakaran "
        "gudang senjata bulan lalu. Pada kesempatan itu pula, Menteri Luar Negeri Latvia "
        "Arturs Ozols meminta Moskwa menyerahkan tiga tersangka pembakaran itu."
    )
    assert ("Arturs Ozols", "demand", "Russia", "2026-07-06") in dated


# 12. "mengajukan permohonan bantuan kepada X": aid asked of X, not given to it
def test_aid_asked_for_is_not_given() -> None:
    coded = _coded(
        "Menteri Perhubungan Timor Leste Jose Amaral mengajukan permohonan bantuan "
        "kepada Korea Selatan untuk membangun pelabuhan."
    )
    assert not any(t[1] == "aid" for t in coded)



# A merit denied through the verb's "-nya" is the ground of the act just told, not a
# second act: "menolak X dan menyebutnya tidak sah" is one rejection.
def test_a_merit_denied_of_what_was_just_rejected_is_no_second_act() -> None:
    coded = _coded(
        "Amerika Serikat menjatuhkan sanksi tambahan kepada Venezuela pada Senin (6/7/2026). "
        "Caracas menolak sanksi baru itu dan menyebutnya tidak sah."
    )
    assert ("Venezuela", "reject", "United States") in coded
    assert ("Venezuela", "disapprove", "United States") not in coded


# A civil vessel entering a state's waters makes a voyage, not a show of force.
def test_a_research_ship_entering_waters_shows_no_force() -> None:
    coded = _coded(
        "Kapal riset Norwegia Fram Baru memasuki perairan Islandia pada Senin (6/7/2026)."
    )
    assert not any(action == "posture" for _, action, _ in coded)
