"""Classes fixed on the misses of blind40, guarded by every older blind set (issue 18):
a counsel's denial answering the charge told, thanks to a state's government and
people, an envoy posted in a capital thanking at an event told, an exchange of fire
("saling tembak"), an offer to mediate, a refused offer, a permit of a route frozen,
an objection as a predicate, a firm named a corporate suspect and a person named by
initials after a long description. Tested on invented sentences (never the blind
sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2025-09-12"

_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# 1. "Kuasa hukum X, <nama>, membantah kliennya …": the client rejects the side that
# brought the charge the denial echoes, not one that acted on the client later
def test_a_counsel_denying_the_charge_told_is_the_clients_rejection() -> None:
    coded = _coded(
        "Kejaksaan Tinggi Bali menahan Kepala Dinas Pariwisata Gianyar, Wayan Sudarsa, "
        "Senin (8/9/2025). Ia diduga menggelembungkan anggaran festival budaya. Dua hari "
        "kemudian, Partai Karya Bangsa memecat Wayan dari kepengurusan partai. Kuasa hukum "
        "Wayan, Ketut Arsana, membantah kliennya menggelembungkan anggaran."
    )
    assert ("Wayan Sudarsa", "reject", "Kejaksaan Tinggi Bali") in coded
    assert ("Wayan Sudarsa", "reject", "Partai Karya Bangsa") not in coded


def test_a_counsels_plea_on_what_no_one_charged_answers_no_one() -> None:
    coded = _coded(
        "Kejaksaan Tinggi Bali menahan Kepala Dinas Pariwisata Gianyar, Wayan Sudarsa, "
        "Senin (8/9/2025). Kuasa hukum Wayan membantah kliennya berniat kabur ke luar negeri."
    )
    assert not any(a == "reject" for _, a, _ in coded)


def test_a_counsel_may_deny_what_the_client_purposely_did() -> None:
    coded = _coded(
        "Polda Kalimantan Barat menetapkan PT Rimba Hijau Sentosa sebagai tersangka "
        "korporasi atas pencemaran sungai, Senin (8/9/2025). Kuasa hukum PT Rimba "
        "Hijau Sentosa, Yosef Lubis, membantah kliennya sengaja mencemari sungai."
    )
    assert ("PT Rimba Hijau Sentosa", "reject", "Polda Kalimantan Barat") in coded


# 2. "kepada pemerintah dan rakyat X": the pair of words stands for the state
def test_thanks_to_a_states_government_and_people_ties_with_the_state() -> None:
    coded = _coded(
        "Jepang mengirim 15 ton bantuan ke Fiji, Senin (8/9/2025). Duta Besar Fiji "
        "mengucapkan terima kasih kepada rakyat dan pemerintah Jepang."
    )
    assert ("Fiji", "cooperate", "Japan") in coded


# 3. "Kedutaan Besar X di Y, yang hadir pada <acara> tersebut, …": X acts, not the
# capital, at the event pointed back to, on its day
def test_an_envoy_posted_in_a_capital_thanks_at_the_event_attended() -> None:
    dated = _dated(
        "Pemerintah Jepang mengirim 20 ton obat-obatan ke Fiji. Pesawat pengangkutnya "
        "berangkat dari Tokyo, Senin (8/9/2025). Menteri Luar Negeri Jepang mendesak "
        "semua pihak mempercepat distribusi. Wakil Kepala Kedutaan Besar Fiji di Tokyo, "
        "yang turut hadir pada pelepasan tersebut, berterima kasih kepada Jepang."
    )
    assert ("Fiji", "cooperate", "Japan", "2025-09-08") in dated


# 4. "A dan B terlibat saling tembak": each side fires at the other
def test_an_exchange_of_fire_told_by_saling_tembak_is_a_fight_both_ways() -> None:
    coded = _coded(
        "Pasukan Armenia dan Azerbaijan terlibat saling tembak di perbatasan, Senin "
        "(8/9/2025) malam."
    )
    assert {("Armenia", "fight", "Azerbaijan"), ("Azerbaijan", "fight", "Armenia")} <= coded


# 5. "X menawarkan diri menjadi penengah": an offer to both sides of the fight told
def test_an_offer_to_mediate_is_made_to_both_sides_of_the_fight() -> None:
    coded = _coded(
        "Armenia dan Azerbaijan saling tembak di perbatasan, Senin (8/9/2025). Qatar juga "
        "menawarkan diri untuk menjadi mediator."
    )
    assert {("Qatar", "intend", "Armenia"), ("Qatar", "intend", "Azerbaijan")} <= coded


# 6. "X menolak tawaran … dari Y": X rejects Y, and Y made the offer to X; an offer
# pointed back to ("tawaran itu") is coded where it was told
def test_refusing_an_offer_from_a_side_rejects_it_and_tells_its_offer() -> None:
    coded = _coded(
        "Korea Selatan mengirim bantuan ke Filipina, Senin (8/9/2025). Namun, Manila "
        "menolak tawaran tim penyelamat dari Jepang karena relawan lokal dinilai cukup."
    )
    assert ("Philippines", "reject", "Japan") in coded
    assert ("Japan", "intend", "Philippines") in coded


def test_refusing_an_offer_told_before_tells_no_second_offer() -> None:
    coded = _coded(
        "Korea Selatan menawarkan 5.000 ton jagung untuk Korea Utara, Senin (8/9/2025). "
        "Dua hari kemudian, Pyongyang menolak tawaran itu."
    )
    assert ("North Korea", "reject", "South Korea") in coded
    assert ("South Korea", "intend", "North Korea") in coded
    assert not any(s == "South Korea" and t != "North Korea" for s, _, t in coded)


# 7. "membekukan izin rute A-B milik maskapai PT X": the route's ends are no side, and
# the owner's kind may stand between "milik" and its name
def test_a_frozen_route_permit_sanctions_the_airline_owning_it() -> None:
    coded = _coded(
        "Kementerian Perhubungan pada Senin membekukan izin rute Surabaya-Tana Toraja milik "
        "maskapai PT Awan Nusantara Air selama dua bulan."
    )
    assert ("Kementerian Perhubungan", "sanction", "PT Awan Nusantara Air") in coded
    assert not any(t == "Indonesia" for _, _, t in coded)


# 8. "X keberatan dengan pembekuan itu": the objection noun as a predicate censures the
# maker of the act objected to; after a light verb it is read as before
def test_an_objection_as_a_predicate_censures_the_sanctioner() -> None:
    coded = _coded(
        "Kementerian Perhubungan pada Selasa (9/9/2025) membekukan izin usaha PT Awan "
        "Nusantara Air. Direktur PT Awan Nusantara Air, Hendra Wijaya, keberatan dengan "
        "pembekuan itu."
    )
    assert ("Hendra Wijaya", "disapprove", "Kementerian Perhubungan") in coded


def test_an_objection_after_a_light_verb_still_censures() -> None:
    coded = _coded(
        "Kementerian Perhubungan pada Selasa (9/9/2025) membekukan izin usaha PT Awan "
        "Nusantara Air. PT Awan Nusantara Air menyatakan keberatan atas sanksi tersebut."
    )
    assert ("PT Awan Nusantara Air", "disapprove", "Kementerian Perhubungan") in coded


# 9. "menetapkan PT X sebagai tersangka korporasi": a firm charged is coerced
def test_a_firm_named_a_corporate_suspect_is_sanctioned() -> None:
    coded = _coded(
        "Polda Jambi menetapkan PT Hutan Lestari Abadi (HLA) sebagai tersangka korporasi "
        "pada perkara pembakaran hutan."
    )
    assert ("Polda Jambi", "sanction", "PT Hutan Lestari Abadi") in coded


def test_a_firm_named_as_a_witness_is_not_sanctioned() -> None:
    coded = _coded("Polda Jambi memeriksa PT Hutan Lestari Abadi sebagai saksi.")
    assert not any(a == "sanction" for _, a, _ in coded)


# 10. "<deskripsi> berinisial AB": the person the description names by initials is the
# object, however long the description (a short name in brackets inside it)
def test_a_person_named_by_initials_after_a_description_is_the_object() -> None:
    coded = _coded(
        "Polda Jawa Timur membongkar gudang obat palsu di Kediri dan menangkap pemiliknya "
        "berinisial HT (45), Selasa (9/9/2025). Kejaksaan Negeri (Kejari) Malang menahan "
        "bendahara pengeluaran (BP) dinas pasar daerah berinisial BK (51)."
    )
    assert ("Polda Jawa Timur", "sanction", "HT") in coded
    assert ("Kejaksaan Negeri Malang", "sanction", "BK") in coded
    assert not any(t == "BP" for _, _, t in coded)
