"""Classes fixed on the false relations and misses of blind41, guarded by every older
blind set (issue 18): the asker going on after the act asked for, a body a matter is
sued before, a stance welcomed, the minister of the ministry just told, a person
retold by a word of his name that is also a city, a leader offering his own capital,
a regency acting as its government, a ship named after a person, a measure vetoed and
"kedua sekutu". Tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

from warta.nlp.relations.actors import _place_name_persons
from warta.nlp.relations.repairs import _cities_named_for_persons
from warta.records import Mention

PUBLISHED = "2026-03-05"

_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# 1. "X menuntut Y melakukan A dan meminta Z …": Y only does what is asked; the asker
# goes on asking
def test_a_request_after_an_act_asked_for_is_the_askers() -> None:
    coded = _coded(
        "Menteri Luar Negeri Norwegia Eirik Holm menuntut Moskow segera membebaskan kapal "
        "nelayan itu dan meminta PBB mengirim pemantau ke Laut Barents."
    )
    assert ("Eirik Holm", "appeal", "United Nations") in coded
    assert ("Russia", "appeal", "United Nations") not in coded


# 2. "menggugatnya ke <badan>": the body hears the suit, no side sued
def test_a_body_a_suit_is_brought_before_is_no_target() -> None:
    coded = _coded(
        "Menteri Perdagangan Malaysia, Senin (2/3/2026), mengecam tarif baru Australia dan "
        "mengatakan negaranya siap menggugat aturan itu ke Organisasi Kerja Sama Islam (OKI)."
    )
    assert ("Malaysia", "disapprove", "Australia") in coded
    assert not any(t == "Organisation of Islamic Cooperation" for _, _, t in coded)


# 3. "menyambut sikap X": approving a side's stance, no visit received
def test_a_stance_welcomed_is_approval() -> None:
    coded = _coded("Beijing menyambut sikap Manila yang memilih jalur dialog.")
    assert ("China", "cooperate", "Philippines") in coded
    assert ("China", "consult", "Philippines") not in coded


# 4. "Kementerian X Y memanggil …, <hari>. Menteri X <nama> menuntut …": the minister of
# the ministry just told goes on with its occasion, on its day
def test_the_minister_of_the_ministry_just_told_goes_on_with_its_day() -> None:
    dated = dated_triples(
        "Kementerian Pertahanan Polandia memanggil Duta Besar Belarus di Warsawa, Senin "
        "(3/8/2026). Menteri Pertahanan Jan Nowak menuntut Minsk menarik pasukannya dari "
        "perbatasan dan meminta NATO menambah patroli udara.",
        published="2026-08-05",
    )
    assert ("Jan Nowak", "appeal", "NATO", "2026-08-03") in dated


# 5. A person retold by a word of his name that the gazetteer knows as a city standing
# for its state: the person, never the state
def test_a_city_that_is_a_word_of_a_persons_name_is_that_person() -> None:
    city = Mention(40, 47, "Lincoln", "LOC", "Lincoln", referent="United States")
    person = Mention(10, 23, "Lincoln Reyes", "PER", "Lincoln Reyes")
    inside = Mention(10, 17, "Lincoln", "LOC", "Lincoln", referent="United States")
    out = _cities_named_for_persons([inside, person, city])
    assert [(m.type, m.entity) for m in out] == [
        ("LOC", "Lincoln"),
        ("PER", "Lincoln Reyes"),
        ("PER", "Lincoln Reyes"),
    ]


def test_a_states_own_name_is_never_taken_for_a_person() -> None:
    state = Mention(40, 46, "Israel", "LOC", "Israel")
    person = Mention(10, 21, "Israel Kosh", "PER", "Israel Kosh")
    assert _cities_named_for_persons([person, state])[1].type == "LOC"


# 6. "Presiden X <nama> menawarkan <ibu kota X> …": no act on its own state
def test_a_leader_offering_his_own_capital_acts_on_no_state() -> None:
    coded = _coded("Presiden Ghana John Mahama menawarkan Accra sebagai tempat perundingan damai.")
    assert ("John Mahama", "intend", "Ghana") not in coded


# 7. "mendatangi kantor Bupati X": the regency's government, named in full
def test_a_regency_acts_as_its_government() -> None:
    coded = _coded(
        "Puluhan warga Desa Sukorejo mendatangi kantor Bupati Klaten untuk meminta jalan "
        "desa segera diperbaiki, Senin (2/3/2026)."
    )
    assert ("warga Desa Sukorejo", "appeal", "Pemerintah Kabupaten Klaten") in coded
    assert not any(t == "Kabupaten Klaten" for _, _, t in coded)


# 8. "kapal KRI dr. <nama>": a ship named after a person, no person
def test_a_ships_name_is_no_person() -> None:
    text = "TNI AL mengirim KRI dr. Suryo Hadi ke Filipina."
    ship = Mention(24, 34, "Suryo Hadi", "PER", "Suryo Hadi")
    assert _place_name_persons(text, [ship]) == []
    person = Mention(7, 17, "Suryo Hadi", "PER", "Suryo Hadi")
    assert _place_name_persons("Menteri Suryo Hadi tiba.", [person]) == [person]


# 9. "memveto paket sanksi X terhadap Y": a measure blocked is never imposed
def test_a_vetoed_measure_is_not_imposed() -> None:
    coded = _coded(
        "Hungaria, Senin (2/3/2026), memveto rancangan sanksi Uni Eropa atas Iran."
    )
    assert ("European Union", "sanction", "Iran") not in coded


# 10. "kedua sekutu itu": the two states at odds, not a bloc named among them
def test_both_allies_are_the_two_states_at_odds() -> None:
    coded = _coded(
        "Kroasia menahan kapal nelayan Slovenia di Teluk Piran, Senin (2/3/2026). Slovenia "
        "memprotes penahanan kapal dan meminta Uni Eropa turun tangan. Juru bicara NATO, "
        "Farah Dahl, mengimbau kedua sekutu itu menahan diri."
    )
    assert {("Farah Dahl", "appeal", "Slovenia"), ("Farah Dahl", "appeal", "Croatia")} <= coded
    assert ("Farah Dahl", "appeal", "European Union") not in coded
