"""Classes fixed against the false triples and misses of blind32 (issue 18), tested on
invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-04-08"

_coded = partial(coded_triples, published=PUBLISHED)


# H1. A governing board named with the body it governs acts as that body
def test_a_board_of_governors_censures_as_its_body() -> None:
    coded = _coded(
        "Dewan Gubernur Bank Pembangunan Asia mengecam Belarus karena menunda "
        "pembayaran utang, Selasa (7/4/2026)."
    )
    assert ("Bank Pembangunan Asia", "disapprove", "Belarus") in coded
    assert not any(s.startswith("Dewan Gubernur") for s, _, _ in coded)


# H2. An official told by a pronoun is still his own state's: no act of it on him
def test_a_warning_told_by_the_states_minister_is_not_aimed_at_him() -> None:
    coded = _coded(
        "Menteri Pertahanan Moldova Andrei Ciobanu, Rabu, menuduh Belarus menimbun "
        "senjata di perbatasan. Ia memperingatkan, tentara Moldova akan membalas setiap "
        "serangan."
    )
    assert not any(t == "Andrei Ciobanu" for _, _, t in coded)


# H3. A minister first named with a bare title ("Menteri Keuangan <nama>") is the home
# state's: never a side acting on Indonesia
def test_a_home_minister_signing_beside_an_envoy_does_not_act_on_indonesia() -> None:
    coded = _coded(
        "Kesepakatan kredit diteken Menteri Keuangan Budi Santoso dan Duta Besar Norwegia "
        "untuk Indonesia di Jakarta, Senin (6/4/2026)."
    )
    assert not any(s == "Budi Santoso" and t == "Indonesia" for s, _, t in coded)


# H4. A summons in a case ("sebagai saksi") of an official described by a body is a
# demand on that body, however long the description
def test_an_official_of_a_ministry_called_in_as_a_witness_is_a_demand_on_it() -> None:
    coded = _coded(
        "Kejaksaan Agung memanggil Kepala Bagian Keuangan Kementerian Pertanian, yang "
        "pekan lalu mangkir, sebagai saksi pada Kamis (9/4/2026)."
    )
    assert ("Kejaksaan Agung", "demand", "Kementerian Pertanian") in coded


def test_an_official_called_to_a_game_is_no_summons() -> None:
    coded = _coded(
        "Kejaksaan Agung memanggil Kepala Bagian Keuangan Kementerian Pertanian untuk "
        "bermain sepak bola, Kamis (9/4/2026)."
    )
    assert not any(a == "demand" for _, a, _ in coded)


# H5. Verbs and nouns of support and aid outside the lexicon: solidarity declared,
# works paid for, technology transferred, a joint body set up
def test_solidarity_declared_to_a_state_is_support() -> None:
    coded = _coded("Uni Afrika menyatakan solidaritas kepada Mali, Senin (6/4/2026).")
    assert ("African Union", "cooperate", "Mali") in coded


def test_paying_for_a_states_works_is_aid() -> None:
    coded = _coded("Kuwait mendanai pembangunan pelabuhan Sudan, Senin (6/4/2026).")
    assert ("Kuwait", "aid", "Sudan") in coded


def test_paying_for_an_attack_is_no_aid_to_its_target() -> None:
    coded = _coded(
        "Jaksa menuduh Iran memakai uang tersebut guna membiayai serangan ke Arab Saudi, "
        "Senin (6/4/2026)."
    )
    assert not any(a == "aid" for _, a, _ in coded)


def test_a_transfer_of_technology_is_aid() -> None:
    coded = _coded(
        "Korea Selatan mengalihkan teknologi perakitan kapal selam kepada Vietnam, "
        "Senin (6/4/2026)."
    )
    assert ("South Korea", "aid", "Vietnam") in coded


def test_a_joint_team_set_up_with_a_state_is_cooperation() -> None:
    coded = _coded("Malaysia membentuk tim bersama dengan Thailand, Senin (6/4/2026).")
    assert ("Malaysia", "cooperate", "Thailand") in coded


# H6. An offer of what starts ahead ("bersedia … mulai tahun depan") is made on the
# occasion told before it, as a promise is
def test_an_offer_starting_next_year_is_dated_at_the_meeting() -> None:
    dated = dated_triples(
        "Menhan Sjafrie menerima Menhan Korea Selatan Park Joon-ho di Seoul, "
        "Rabu (8/4/2026) siang. Pada kesempatan tersebut keduanya menandatangani kontrak "
        "pengadaan kapal.\n\nPark mengatakan Korea Selatan bersedia mengalihkan teknologi "
        "perakitan kapal selam kepada PT PAL mulai tahun depan.",
        "2026-04-10",
    )
    assert ("South Korea", "intend", "PT PAL", "2026-04-08") in dated
