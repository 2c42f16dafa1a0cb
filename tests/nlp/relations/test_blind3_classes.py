"""Classes of error found on the third blind relations set, each tested on invented
sentences.

The blind texts themselves (tests/eval/gold/relations_blind3.json) are only scored, never
copied here: these sentences show the same shapes with other actors.
"""

from __future__ import annotations

import pytest
from tests.nlp.relations.coded import relations, triples

from warta.nlp.relations.lexicon import LEXICON


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a serial comma before "dan", and a second verb sharing the first one's subject
        (
            "Jepang, Korea Selatan, dan Australia mengumumkan sanksi terhadap Suriah dan "
            "membatalkan perjanjian perdagangan dengan Suriah.",
            {
                ("Japan", "sanction", "Syria"),
                ("Australia", "sanction", "Syria"),
                ("Australia", "reduce", "Syria"),
            },
        ),
        # closing a state's mission reduces relations with it
        ("Jerman menutup konsulat Iran di Frankfurt, Senin.", {("Germany", "reduce", "Iran")}),
        # a manner adverb between a reaction and the act it points back to
        (
            "Rusia menyerang pelabuhan Odesa, Senin. Prancis mengecam keras serangan tersebut.",
            {("France", "disapprove", "Russia")},
        ),
        # "latihan tersebut" is the act named by "latihan", not the last act told
        (
            "Rusia menggelar latihan militer di dekat Finlandia. Finlandia kemudian menangkap "
            "dua warga negara Rusia. Swedia mengecam latihan tersebut.",
            {("Sweden", "disapprove", "Russia")},
        ),
        # an anti-dumping duty, its agent in a passive relative clause
        (
            "Bea antidumping yang dikenakan Amerika Serikat terhadap impor baja asal Vietnam "
            "mulai berlaku.",
            {("United States", "sanction", "Vietnam")},
        ),
        # a nominal act: the patient before "oleh", the agent after it
        (
            "Hanoi memprotes penembakan tiga nelayan Vietnam oleh petugas Thailand di Teluk Siam.",
            {("Thailand", "fight", "Vietnam")},
        ),
        # the state owning what a preposition's noun phrase names
        (
            "Iran meluncurkan serangan rudal ke sejumlah pangkalan militer Israel.",
            {("Iran", "fight", "Israel")},
        ),
        # ... and what is seized is its owner's
        (
            "Penjaga pantai Vietnam menyita sebuah kapal nelayan China.",
            {("Vietnam", "sanction", "China")},
        ),
        # a promise whose clause has a subject of its own: the side is after "bagi"
        (
            "Presiden Prancis Emmanuel Macron berjanji Paris akan membiayai pembangunan sekolah "
            "bagi Lebanon.",
            {("Emmanuel Macron", "intend", "Lebanon")},
        ),
        # a region's government acts under its full name (the entity layer names it
        # whole, as the gold sets name it); a short name in parentheses
        (
            "Pemerintah Provinsi Jawa Timur dan PT Bank Jatim (Persero) menandatangani nota "
            "kesepahaman.",
            {("Pemerintah Provinsi Jawa Timur", "cooperate", "PT Bank Jatim")},
        ),
        (
            "Kementerian Kesehatan (Kemenkes) dan Organisasi Kesehatan Dunia (WHO) "
            "menandatangani perjanjian kerja sama.",
            {("Kementerian Kesehatan", "cooperate", "World Health Organization")},
        ),
        # a passive relative clause with an adverb, its agents named by their camps
        (
            "Mahkamah Agung menolak gugatan yang sebelumnya diajukan kubu Budi Santoso dan kubu "
            "Andi Wijaya.",
            {
                ("Mahkamah Agung", "reject", "Budi Santoso"),
                ("Mahkamah Agung", "reject", "Andi Wijaya"),
            },
        ),
        # the role a person acts in is not the subject; condolences are a statement
        (
            "Presiden Filipina Ferdinand Marcos Jr selaku ketua ASEAN menyampaikan belasungkawa "
            "kepada rakyat Turki.",
            {("Ferdinand Marcos Jr", "statement", "Turkey")},
        ),
        # a pronoun subject of a passive whose agent has a title first
        (
            "Perdana Menteri Jepang Shigeru Ishiba tiba di Jakarta. Ia disambut Presiden Joko "
            "Widodo di Istana Bogor.",
            {("Joko Widodo", "consult", "Shigeru Ishiba")},
        ),
        # "kedua pihak" are the two sides named before, not the subject
        (
            "Israel dan Hamas terus bertempur di Gaza. Mesir mendesak kedua pihak menghentikan "
            "pertempuran.",
            {("Egypt", "appeal", "Israel"), ("Egypt", "appeal", "Hamas")},
        ),
        # a description of the organisation last named as a subject
        (
            "Badan Narkotika Nasional (BNN) menangkap Budi Santoso. Selain Budi, lembaga itu "
            "juga menahan Andi Wijaya.",
            {("Badan Narkotika Nasional", "sanction", "Andi Wijaya")},
        ),
        # a resolution acts for the body that adopted it
        (
            "Dewan Keamanan PBB mengadopsi resolusi yang mendesak Sudan menghentikan pertempuran.",
            {("Dewan Keamanan PBB", "appeal", "Sudan")},
        ),
        # a judgement whose censure comes after its object and "sebagai"
        (
            "Jepang menyebut kebijakan ekspor China sebagai langkah yang melanggar aturan "
            "perdagangan.",
            {("Japan", "disapprove", "China")},
        ),
        # "antara A dan B" past an agreement's name and its short name in parentheses
        (
            "Penandatanganan Perjanjian Kemitraan Ekonomi Komprehensif (IEU-CEPA) antara "
            "Indonesia dan Uni Eropa berlangsung di Brussel.",
            {("Indonesia", "cooperate", "European Union")},
        ),
        # a list of objects goes on after ", termasuk"
        (
            "Malaysia menahan 50 pekerja, termasuk sepuluh warga negara Indonesia.",
            {("Malaysia", "sanction", "Indonesia")},
        ),
        # "sejak" with a time is no clause boundary
        (
            "Rusia melancarkan serangan terbesar sejak awal tahun ke Ukraina.",
            {("Russia", "fight", "Ukraine")},
        ),
    ],
)
def test_blind3_class(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= set(triples(text))


def test_offer_is_intent_without_modality() -> None:
    (rel,) = relations("Jepang siap memperluas kerja sama maritim dengan Filipina.")
    assert (rel.source, rel.action, rel.target, rel.modality) == (
        "Japan",
        "intend",
        "Philippines",
        "asserted",
    )


def test_two_ready_to_meet_each_other_stay_a_meeting() -> None:
    rels = relations("Presiden Vladimir Putin dan Xi Jinping tampaknya siap bertemu di Beijing.")
    assert [(r.action, r.modality) for r in rels] == [("consult", "future")]


def test_bare_title_is_the_person_last_named_with_it() -> None:
    text = (
        "Presiden Joko Widodo akan berangkat ke Jepang pekan depan. Menteri Sekretaris Negara "
        "Pratikno mengatakan Presiden juga dijadwalkan bertemu Kaisar Naruhito."
    )
    assert ("Joko Widodo", "consult", "Naruhito") in triples(text)


def test_unnamed_office_holder_acts_as_the_state() -> None:
    text = "Perdana Menteri Norwegia berterima kasih kepada pemerintah Indonesia."
    assert ("Norway", "cooperate", "Indonesia") in triples(text)


def test_place_of_an_attack_named_by_its_agent_is_not_its_target() -> None:
    text = "Para analis menilai invasi Rusia di Ukraina mengubah peta keamanan Eropa."
    assert ("Russia", "fight", "Ukraine") not in triples(text)


def test_members_and_persons_are_not_owners() -> None:
    assert triples("Andi meminta pendapat kepada para kader Partai Golkar yang hadir.") == []


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("membajak", "sanction"),
        ("disandera", "sanction"),
        ("bea imbalan", "sanction"),
        ("ditembaki", "fight"),
        ("membatalkan perjanjian", "reduce"),
        ("menutup kedutaan", "reduce"),
        ("menyampaikan simpati", "statement"),
    ],
)
def test_lexicon_forms(form: str, action: str) -> None:
    assert LEXICON[form].action == action


def test_that_night_is_the_day_just_told() -> None:
    text = (
        "Rusia menyerang Ukraina, Sabtu (10/5/2025). Kyiv membalas pada malam harinya dengan "
        "meluncurkan drone ke Rusia."
    )
    rels = relations(text, published="2025-05-11")
    assert [(r.source, r.target, r.date) for r in rels if r.source == "Ukraine"] == [
        ("Ukraine", "Russia", "2025-05-10")
    ]


def test_owner_after_a_benefactive_is_not_the_target() -> None:
    text = "Seri terbaru itu akan disediakan BMW untuk pasar Indonesia."
    assert not [t for t in triples(text) if t[2] == "Indonesia"]
