"""Classes of error found on the blind relations set, each tested on invented sentences.

The blind texts themselves (tests/eval/gold/relations_blind.json) are only scored, never
copied here: these sentences show the same shapes with other actors.
"""

from __future__ import annotations

import pytest
from tests.nlp.relations.coded import relations, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arrest and detention, active and passive, the agent after "oleh <officer> X"
        (
            "Badan Narkotika Nasional (BNN) menangkap Budi Santoso di Medan.",
            ("Badan Narkotika Nasional", "sanction", "Budi Santoso"),
        ),
        (
            "Budi Santoso ditahan oleh penyidik Komisi Pemberantasan Korupsi (KPK).",
            ("Komisi Pemberantasan Korupsi", "sanction", "Budi Santoso"),
        ),
        # nationals stand for their state
        (
            "Malaysia menangkap dua warga negara Indonesia di Sabah.",
            ("Malaysia", "sanction", "Indonesia"),
        ),
        # accusing (tuding), past a date in parentheses
        (
            "Kremlin pada Selasa (4/6/2024) menuding Washington mendalangi kerusuhan.",
            ("Russia", "disapprove", "United States"),
        ),
        # firing and launching weapons "ke arah X"
        ("Korea Utara menembakkan dua rudal ke arah Jepang.", ("North Korea", "fight", "Japan")),
        ("Iran meluncurkan lebih dari 100 drone ke arah Israel.", ("Iran", "fight", "Israel")),
        # halting aid reduces relations
        ("Jerman menunda pengiriman tank ke Ukraina.", ("Germany", "reduce", "Ukraine")),
        # a military exercise near a state
        (
            "China menggelar latihan militer di perairan dekat Filipina.",
            ("China", "posture", "Philippines"),
        ),
        # tariffs on a state's goods
        (
            "Amerika Serikat menaikkan tarif impor baja asal China.",
            ("United States", "sanction", "China"),
        ),
        # "dengan <verb>": the main clause's subject acts
        (
            "China membalas sanksi Amerika Serikat dengan mengenakan bea masuk atas barang "
            "impor dari Amerika Serikat.",
            ("China", "sanction", "United States"),
        ),
    ],
)
def test_new_cues_and_shapes(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Persija Jakarta ditahan imbang Persib Bandung 1-1.",  # a draw
        "Polisi Malaysia menahan dua tentara Indonesia di perbatasan.",  # detains persons only
        "Perusahaan itu meluncurkan produk baru di Jakarta bersama Samsung.",  # a launch
        "Google menaikkan tarif berlangganan bagi pelanggan Indosat.",  # a price, not a tariff
        "Filipina menyebut manuver itu sebagai provokasi.",  # no act reported before
    ],
)
def test_other_senses_give_nothing(text: str) -> None:
    assert triples(text) == []


def test_a_reported_clause_has_its_own_subject() -> None:
    # the reporter is not the accuser
    text = "Harian Kompas melaporkan dua orang saksi menuding Budi Santoso menerima suap."
    assert triples(text) == []
    # adverbs between the verb of saying and the act leave the speaker its subject
    text = "Anies Baswedan mengatakan sudah beberapa kali bertemu dengan Prabowo Subianto."
    assert triples(text) == [("Anies Baswedan", "consult", "Prabowo Subianto")]


def test_a_lawsuit_between_states_but_not_a_divorce() -> None:
    assert triples("Pemerintah Indonesia menggugat Australia ke WTO.") == [
        ("Indonesia", "disapprove", "Australia")
    ]
    assert triples("Pemerintah Indonesia menggugat cerai Australia.") == []


def test_a_government_acts_as_its_state() -> None:
    assert triples("Pemerintah Jepang mengecam Korea Utara.") == [
        ("Japan", "disapprove", "North Korea")
    ]


def test_an_offer_of_aid_is_an_offer() -> None:
    # the aid is the matter of the offer, not an act of its own
    assert triples("Inggris menawarkan bantuan kemanusiaan kepada Sudan.") == [
        ("United Kingdom", "intend", "Sudan")
    ]


def test_a_visitor_received() -> None:
    text = (
        "Presiden Prabowo Subianto menerima Perdana Menteri Australia Anthony Albanese "
        "di Istana Merdeka."
    )
    assert triples(text) == [("Anthony Albanese", "consult", "Prabowo Subianto")]


def test_subjects_named_apart_from_their_verb() -> None:
    # a pronoun stands for the person named as the last subject, and shares the date
    r = relations(
        "Presiden Joko Widodo tiba di Canberra pada Senin (3/6/2024). Ia kemudian bertemu "
        "Perdana Menteri Australia Anthony Albanese."
    )
    assert [(x.source, x.action, x.target, x.date) for x in r] == [
        ("Joko Widodo", "consult", "Anthony Albanese", "2024-06-03")
    ]
    # an apposition names the subject
    assert triples(
        "Utusan Khusus ASEAN untuk Myanmar, Noeleen Heyzer, bertemu Menteri Luar Negeri "
        "Retno Marsudi di Jakarta."
    ) == [("Noeleen Heyzer", "consult", "Retno Marsudi")]
    # an auxiliary between the relative clause's comma and the verb
    scheduled = relations(
        "Anthony Albanese, yang baru tiba dari Tokyo, dijadwalkan bertemu Presiden Joko Widodo."
    )
    assert [(x.source, x.target, x.modality) for x in scheduled] == [
        ("Anthony Albanese", "Joko Widodo", "future")
    ]
    # "Presiden Prancis Emmanuel Macron" after "dan": both leaders meet
    assert triples(
        "Presiden Prabowo Subianto dan Presiden Prancis Emmanuel Macron menggelar pertemuan "
        "bilateral di Paris."
    ) == [("Prabowo Subianto", "consult", "Emmanuel Macron")]


def test_reactions_to_an_act_named_by_a_general_noun() -> None:
    assert triples("Rusia mengerahkan pasukan ke perbatasan. Polandia mengecam langkah itu.") == [
        ("Poland", "disapprove", "Russia")
    ]
    text = (
        "Vietnam menggelar latihan militer di Laut China Selatan. Filipina menyebut latihan "
        "itu sebagai provokasi."
    )
    assert triples(text) == [("Philippines", "disapprove", "Vietnam")]


def test_threats_and_requests_code_only_the_threat_or_the_request() -> None:
    # the threatened act tells the threat's target; it is not an attack itself
    assert triples("Korea Utara mengancam akan menyerang Korea Selatan.") == [
        ("North Korea", "threaten", "South Korea")
    ]
    assert triples("Presiden Rusia Vladimir Putin mengancam Moskow akan membalas Inggris.") == [
        ("Vladimir Putin", "threaten", "United Kingdom")
    ]
    # what is asked for is not done
    assert triples("Indonesia mendesak Israel segera menghentikan serangan ke Gaza.") == [
        ("Indonesia", "appeal", "Israel")
    ]


def test_a_promise_is_dated_when_made() -> None:
    (r,) = relations("Amerika Serikat menjanjikan bantuan militer untuk Ukraina pada tahun depan.")
    assert (r.action, r.date) == ("intend", "2024-06-05")


def test_a_reaction_by_a_new_actor_keeps_the_report_date() -> None:
    r = relations(
        "Rusia menyerang Kharkiv, Ukraina, pada Senin (3/6/2024). Polandia mengecam serangan itu."
    )
    dates = {(x.source, x.action): x.date for x in r}
    assert dates[("Poland", "disapprove")] == "2024-06-05"


def test_an_agentless_passive_right_after_the_act_tells_it_again() -> None:
    told = (
        "Kejaksaan Agung menangkap seorang mantan pejabat pada Senin (3/6/2024). Tersangka, "
        "Budi Santoso, diciduk di sebuah hotel di Bandung."
    )
    assert [(r.source, r.action, r.target, r.date) for r in relations(told)] == [
        ("Kejaksaan Agung", "sanction", "Budi Santoso", "2024-06-03")
    ]
    # two sentences later it is another story
    later = (
        "Kejaksaan Agung menangkap seorang mantan pejabat. Jaksa Agung kemudian berbicara "
        "kepada wartawan. Presiden menyebut Jakarta aman. Budi Santoso diciduk di Bandung."
    )
    assert triples(later) == []


def test_a_like_act_repeats_the_class_of_the_last() -> None:
    text = (
        "Kanada menaikkan tarif impor baja asal China. Meksiko juga mempertimbangkan "
        "langkah serupa terhadap baja asal China."
    )
    r = relations(text)
    assert [(x.source, x.action, x.target, x.modality) for x in r] == [
        ("Canada", "sanction", "China", "asserted"),
        ("Mexico", "sanction", "China", "possible"),
    ]
