"""FE20: classes of blind20's errors - Batak teknonyms ("Op." written for "Ompu") and a
woman called "Boru <Clan>" after her "<Given> br. <Clan>", a name running through its
particle before an age, call names declared "<Name> biasa dipanggil <Nick>" and "<ACR>,
sapaan populer <Address> <Name>", the clergy's titles and a priest called by his title and
a call name, a minister named after his portfolio, suspects by initials that spell an
official's name, a religious school's name the tagger took for a person, a rank inside a
person span, and a one-word name with an age typed a place (invented sentences; no seed
or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of

from warta.nlp.entities.names import short_forms
from warta.nlp.entities.retyping import past_inner_rank
from warta.nlp.entities.untagged import untagged_minister_names

# -- Batak teknonyms and "Boru <Clan>" -----------------------------------------------------


def test_teknonym_written_short_and_in_full_is_the_one_person_it_was_declared_for() -> None:
    text = (
        "Petani tua itu, Hotmatua Sinurat (70), yang di dusunnya dikenal sebagai "
        "Op. Rinto, menolak mengungsi. Ompu Rinto berkata kebunnya masih aman."
    )
    person = entity_of(text, "Hotmatua Sinurat")
    assert person == ("Hotmatua Sinurat", "PER")
    assert entity_of(text, "Op. Rinto") == person
    assert entity_of(text, "Ompu Rinto") == person


def test_name_through_clan_particle_before_an_age_is_one_person_with_her_call_name() -> None:
    text = (
        "Pedagang ikan, Lamria br. Tambunan (51), kehilangan lapaknya. Di pasar itu Lamria "
        "biasa dipanggil Nai Tiur. Nai Tiur berharap lapak segera dibangun kembali."
    )
    person = entity_of(text, "Lamria br. Tambunan")
    assert person == ("Lamria br. Tambunan", "PER")
    assert entity_of(text, "Lamria") == person
    assert entity_of(text, "Nai Tiur") == person


def test_boru_and_her_clan_is_the_woman_named_with_br() -> None:
    text = (
        "Tetangganya, Dameria br. Pasaribu (39), membagikan makanan. "
        "Boru Pasaribu mengatakan bantuan itu dikirim gereja."
    )
    assert entity_of(text, "Boru Pasaribu") == ("Dameria br. Pasaribu", "PER")


def test_a_womans_clan_after_br_is_no_short_form_of_her_name() -> None:
    assert short_forms("Dameria br. Pasaribu") == {"dameria"}
    assert short_forms("Tumpal Pasaribu") == {"tumpal", "pasaribu"}


# -- call names declared by the passive or by "sapaan populer" ------------------------------


def test_acronym_call_name_declared_with_a_form_of_address_is_the_person() -> None:
    text = (
        "Gubernur Rudi Hartono meninjau tanggul. KRH, sapaan populer Kang Rudi Hartono, "
        "berjanji memperbaiki pintu air. KRH juga menemui warga."
    )
    assert entity_of(text, "KRH") == ("Rudi Hartono", "PER")


# -- clergy titles and a priest's call name ----------------------------------------------------


def test_clergy_titles_are_stripped_and_a_priest_called_by_his_title_is_himself() -> None:
    text = (
        "Misa dipimpin Pater Bonifasius Lewo Hurint, SVD, di kapel desa. Suster Veronika "
        "Lamanepa hadir bersama para pemuda. \"Kita saling menjaga,\" kata Pater Boni. "
        "Suster Veronika mengangguk."
    )
    priest = entity_of(text, "Pater Boni")
    assert priest == ("Bonifasius Lewo Hurint", "PER")
    nun = entity_of(text, "Suster Veronika")
    assert nun == ("Veronika Lamanepa", "PER")


# -- a minister named after the portfolio -----------------------------------------------------


def test_minister_after_the_portfolio_is_found_where_the_tagger_missed_him() -> None:
    text = "Kemarin Menteri Sosial Haryono Sasmito dan Menteri Perhubungan Lina Marlina hadir."
    found = [text[x.start : x.end] for x in untagged_minister_names(text, [])]
    assert found == ["Haryono Sasmito", "Lina Marlina"]
    # no portfolio word before the name: not a minister's name
    assert untagged_minister_names("Menteri Haryono Sasmito hadir.", []) == []


def test_minister_call_name_declared_by_his_office_is_the_minister() -> None:
    text = (
        "Menteri Pertanian Haryono Sasmito meninjau lumbung. Cak Yono, panggilan akrab sang "
        "menteri, mendesak petani menanam serentak."
    )
    assert entity_of(text, "Cak Yono") == ("Haryono Sasmito", "PER")


# -- suspects by initials that spell an official's name --------------------------------------


def test_suspect_initials_with_an_age_stay_apart_from_the_official_they_spell() -> None:
    text = (
        "Kepala Satreskrim AKP Dwi Kurniawan mengatakan dua tersangka berinisial RT (30) "
        "dan DK (27) ditahan. DK berperan sebagai penadah, kata Dwi."
    )
    assert entity_of(text, "DK") == ("DK", "PER")
    assert entity_of(text, "Dwi Kurniawan") == ("Dwi Kurniawan", "PER")


# -- a religious school, a rank inside a person span, an aged one-word name ------------------


def test_school_name_after_pondok_pesantren_is_the_school() -> None:
    text = "Pengasuh Pondok Pesantren Nurul Huda di Karangjati, KH Ahmad Fauzi, menyambut petugas."
    school = entity_of(text, "Pondok Pesantren Nurul Huda")
    assert school is not None and school[1] == "ORG"


def test_one_word_name_with_an_age_is_a_person() -> None:
    text = "Seorang nelayan Tanjungpura, Bujanglai (61), mengeluhkan air yang keruh."
    assert entity_of(text, "Bujanglai") == ("Bujanglai", "PER")


def test_rank_inside_a_person_span_starts_the_name() -> None:
    assert past_inner_rank(["Sumsel", "Kombes", "Budi", "Santoso"]) == 2
    assert past_inner_rank(["Kombes", "Budi", "Santoso"]) == 0
