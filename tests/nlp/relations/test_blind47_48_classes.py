"""Classes fixed against blind47's and blind48's false relations, wrong dates and misses
(issue 18), tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-08-20"


_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# 1. A date in an agentless passive relative clause on the object dates that clause's
# act ("yang disepakati tahun lalu"), not the demand
def test_a_date_in_a_passive_relative_on_the_object_is_not_the_acts() -> None:
    dated = _dated(
        "Kementerian Luar Negeri Norwegia mendesak Sudan menaati perjanjian damai yang "
        "ditandatangani tahun lalu."
    )
    assert ("Norway", "appeal", "Sudan", "2026-08-20") in dated


# 2. A regional unit's bare head and its region's untagged short form name the unit;
# a directorate named with the unit's head takes the region after it too
def test_a_unit_head_takes_its_regions_short_form_and_a_directorate_its_region() -> None:
    coded = _coded("Ketua DPRD Sumbar meminta Pemprov Sumbar menunda kenaikan tarif air.")
    assert any(s == "DPRD Sumbar" and a == "appeal" for s, a, _ in coded)
    coded = _coded(
        "Direktorat Reserse Narkoba Polda Riau menangkap tiga kurir sabu berinisial AK (30), "
        "BD (28) dan CT (35), Senin (17/8/2026)."
    )
    assert ("Direktorat Reserse Narkoba Polda Riau", "sanction", "AK") in coded


# 3. A state's consulate named by the state acts for it
def test_a_consulate_named_by_its_state_acts_for_the_state() -> None:
    coded = _coded(
        "Polda Jawa Timur menahan dua warga negara Peru. Konsulat Jenderal Peru meminta "
        "Polda Jawa Timur memberikan pendampingan hukum."
    )
    assert any(s == "Peru" and a == "appeal" for s, a, _ in coded)


# 4. Halting the export or import of goods to or from a state is a sanction on it; all
# trade halted with it stays a tie cut
def test_goods_halted_to_a_state_are_a_sanction_all_trade_a_tie_cut() -> None:
    assert ("South Korea", "sanction", "Japan") in _coded(
        "Korea Selatan menghentikan ekspor tiga bahan kimia ke Jepang mulai Senin."
    )
    assert ("Russia", "sanction", "Moldova") in _coded(
        "Rusia menangguhkan impor buah dan sayur dari Moldova."
    )
    assert ("Algeria", "reduce", "Morocco") in _coded(
        "Aljazair menghentikan seluruh kegiatan perdagangan dengan Maroko."
    )


# 5. "mengancam X akan V … jika Y …": X will act, the threat is aimed at Y, past a
# treaty's short form in parentheses
def test_a_threat_that_the_own_state_will_act_aims_at_the_conditions_subject() -> None:
    coded = _coded(
        "Juru bicara Kementerian Luar Negeri Venezuela mengancam Venezuela akan keluar dari "
        "Organisasi Negara-Negara Amerika (OAS) jika Amerika Serikat tidak mencabut sanksinya."
    )
    assert any(a == "threaten" and t == "United States" for _, a, t in coded)
    assert not any(a == "threaten" and t == "Venezuela" for _, a, t in coded)


# 6. A dispute brought to a forum ("sengketa ke X"): X is neither asked nor met
def test_the_forum_of_a_dispute_is_not_asked_or_met() -> None:
    coded = _coded(
        "Kanada meminta konsultasi untuk sengketa tarif baja ke Organisasi Perdagangan "
        "Dunia (WTO), Rabu."
    )
    assert not any(a in ("appeal", "consult") for _, a, _ in coded)


# 7. An arrest by the police in a sports story is an arrest, not a ball caught
def test_a_police_arrest_in_a_sports_story_is_an_arrest() -> None:
    coded = _coded(
        "Komisi Disiplin PSSI menghukum Persikota dengan denda Rp 50 juta karena suporter "
        "menyalakan suar di tribune. Polres Tangerang menangkap dua suporter berinisial "
        "GH (20) dan JK (23) yang diduga membawa suar ke stadion."
    )
    assert ("Polres Tangerang", "sanction", "GH") in coded


# 8. Those held, described and then named after a comma: a ber- adjective in a counted
# description, a possessive noun, an office's places before "berinisial", and one more
# held described after "dan"/"serta"
def test_persons_held_named_after_their_description() -> None:
    coded = _coded(
        "Polres Sukamaju menangkap dua penjual elpiji bersubsidi, KL (52) dan TR (44), "
        "Selasa (18/8/2026)."
    )
    assert {("Polres Sukamaju", "sanction", p) for p in ("KL", "TR")} <= coded
    coded = _coded(
        "Polda Sumatera Utara menggerebek gudang itu dan menangkap pemiliknya, KL (41), "
        "serta dua pekerja, TR (23) dan AF (27)."
    )
    assert {("Polda Sumatera Utara", "sanction", p) for p in ("KL", "TR", "AF")} <= coded
    coded = _coded(
        "Kejaksaan Negeri Sukamaju menahan Kepala Desa Suka Maju, Kecamatan Jati, berinisial "
        "KL (46), dan bendahara desa, TR (38), atas dugaan korupsi."
    )
    assert {("Kejaksaan Negeri Sukamaju", "sanction", p) for p in ("KL", "TR")} <= coded
