"""The relation stage: clause shapes, actors, negation and modality, dates, cost."""

from __future__ import annotations

import time

import pytest

from warta.nlp.relations.extract import extract_relations
from warta.nlp.relations.lexicon import LEXICON, build_lexicon, nasal_prefix
from warta.nlp.relations.taxonomy import CLASSES
from warta.pipeline.local import process
from warta.records import Mention, PartialDate, Relation


def triples(text: str, published: str | None = "2024-06-05") -> list[tuple[str, str, str]]:
    return [(r.source, r.action, r.target) for r in process(text, published=published).relations]


def one(text: str, published: str | None = "2024-06-05") -> Relation:
    relations = process(text, published=published).relations
    assert len(relations) == 1, relations
    return relations[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active, with a preposition before the target
        ("Korea Utara mengirim ribuan tentara ke Rusia.", ("North Korea", "aid", "Russia")),
        # a metonym acts for its country, on both sides
        ("Kremlin mengecam Seoul.", ("Russia", "disapprove", "South Korea")),
        # passive di- with the agent after "oleh"
        ("Pasukan itu dikirim ke Rusia oleh Pyongyang.", ("North Korea", "aid", "Russia")),
        # a nominalised act with its agent after it
        ("Kunjungan Putin ke Pyongyang berlangsung dua hari.", ("Putin", "consult", "North Korea")),
        # a noun after a light verb is the subject's act
        (
            "Amerika Serikat menjatuhkan sanksi baru terhadap Iran.",
            ("United States", "sanction", "Iran"),
        ),
        # a person named beside the country is kept as the agent
        (
            "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri China Wang Yi.",
            ("Retno Marsudi", "consult", "Wang Yi"),
        ),
    ],
)
def test_clause_shapes(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == [expected]


def test_coordinated_subjects_of_a_symmetric_act() -> None:
    assert triples("Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan.") == [
        ("Indonesia", "cooperate", "Australia")
    ]
    # "antara A dan B" after a nominal
    assert triples("Penandatanganan nota kesepahaman antara Malaysia dan Singapura.") == [
        ("Malaysia", "cooperate", "Singapore")
    ]


def test_negation_and_modality_are_fields_not_the_act() -> None:
    denied = one("Korea Selatan membantah mengirim senjata ke Ukraina.")
    assert (denied.action, denied.polarity, denied.modality) == ("aid", "negative", "asserted")
    planned = one("Jepang berencana memasok senjata kepada Filipina.")
    assert (planned.action, planned.polarity, planned.modality) == ("aid", "positive", "future")
    wished = one("Rusia ingin bertemu dengan Korea Utara.")
    assert wished.modality == "desired"


def test_quotes_and_questions_are_not_reports() -> None:
    assert triples('"Rusia menyerang Ukraina," kata Budi.') == []
    assert triples("Apakah Rusia akan menyerang Ukraina?") == []


def test_places_are_not_actors() -> None:
    # Vladivostok is where, not who: no relation with it
    assert triples("Kim Jong Un bertemu Putin di Vladivostok.") == [
        ("Kim Jong Un", "consult", "Putin")
    ]


def test_dates_from_the_clause_else_the_article() -> None:
    dated = one("Rusia menginvasi Ukraina pada Kamis (24/2/2022).", published="2022-02-25")
    assert (dated.date, dated.date_source) == ("2022-02-24", "clause")
    plain = one("Rusia mengecam Jepang.", published="2022-02-25")
    assert (plain.date, plain.date_source) == ("2022-02-25", "article")
    undated = one("Rusia mengecam Jepang.", published=None)
    assert (undated.date, undated.date_source) == (None, None)


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Pembukaan acara berlangsung meriah. Rusia mengecam Jepang atas latihan itu."
    article = process(text, published="2024-01-02")
    (r,) = article.relations
    assert article.text[r.start : r.end] == r.sentence == "Rusia mengecam Jepang atas latihan itu."
    assert article.text[r.source_start :].startswith("Rusia")
    assert article.text[r.target_start :].startswith("Jepang")
    assert r.trigger == "mengecam" and r.cameo == "11"


def test_pure_function_on_given_mentions() -> None:
    text = "Rusia mengancam Jepang."
    ms = (Mention(0, 5, "Rusia", "LOC", "Russia"), Mention(16, 22, "Jepang", "LOC", "Japan"))
    (r,) = extract_relations(text, ms, (), PartialDate(2024, 3), gpe={"Russia", "Japan"})
    assert (r.source, r.action, r.target, r.date) == ("Russia", "threaten", "Japan", "2024-03")
    # a place the entity layer did not type as a state does not act
    assert extract_relations(text, ms, (), None, gpe={"Japan"}) == ()


def test_morphology_of_the_lexicon() -> None:
    assert [nasal_prefix(r) for r in ("kirim", "tolak", "serang", "pasok", "ancam")] == [
        "mengirim",
        "menolak",
        "menyerang",
        "memasok",
        "mengancam",
    ]
    assert nasal_prefix("kirim", "pe") == "pengirim"
    for form, voice in (
        ("mengirim", "active"),
        ("dikirim", "passive"),
        ("pengiriman", "nominal"),
        ("penandatanganan", "nominal"),
        ("kunjungan", "nominal"),
        ("diveto", "passive"),
    ):
        assert LEXICON[form].voice == voice, form
    assert {cue.action for cue in build_lexicon().values()} <= set(CLASSES)


def test_every_class_has_a_cameo_root_and_a_sign() -> None:
    assert CLASSES["fight"].cameo == "19" and CLASSES["fight"].weight < 0
    assert CLASSES["consult"].symmetric and not CLASSES["aid"].symmetric
    assert all(c.cameo.isdigit() and -10 <= c.weight <= 10 for c in CLASSES.values())


def test_time_is_linear_in_the_text() -> None:
    para = (
        "Korea Utara mengirim ribuan tentara ke Rusia. Kremlin mengecam Seoul atas "
        "latihan itu. Kunjungan Putin ke Pyongyang berlangsung dua hari."
    )
    small = process("\n\n".join([para] * 20), published="2024-01-02")
    big = process("\n\n".join([para] * 160), published="2024-01-02")
    ms_small = [m for m in small.mentions]
    ms_big = [m for m in big.mentions]

    def cost(article: object, ms: list[Mention]) -> float:
        # CPU time, best of three: a busy machine (other tests, other processes) slows
        # one run's wall clock, not the work the extractor does.
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            extract_relations(article.text, ms, article.timexes, article.published)  # type: ignore[attr-defined]
            best = min(best, time.process_time() - started)
        return best

    cost(small, ms_small)  # warm up
    ratio = cost(big, ms_big) / cost(small, ms_small)
    assert len(big.relations) == 8 * len(small.relations)
    assert ratio < 8 * 2.5  # 8x the text: linear with room for noise, far from 64x


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counterpart noun between "dan" and the second actor still coordinates them
        (
            "Joko Widodo dan rekannya Anthony Albanese bertemu di Bogor.",
            [("Joko Widodo", "consult", "Anthony Albanese")],
        ),
        # the agent of a passive relative clause on the object is the target
        (
            "Filipina memprotes peta yang diterbitkan China.",
            [("Philippines", "disapprove", "China")],
        ),
        # a reaction to an act named earlier ("serangan itu") targets that act's agent
        (
            "Rusia melancarkan serangan ke Ukraina. Jerman mengecam serangan itu.",
            [("Russia", "fight", "Ukraine"), ("Germany", "disapprove", "Russia")],
        ),
        # a nominalised act with its agent after "oleh"
        ("Pengiriman senjata oleh Prancis ke Ukraina berlanjut.", [("France", "aid", "Ukraine")]),
        # a government noun between the preposition and the state
        ("Turki mengirim bantuan kepada pemerintah Suriah.", [("Turkey", "aid", "Syria")]),
        # an apposition names the kin: the person, not the parent before it
        (
            "Joko Widodo bertemu putri Sukarno, Megawati Soekarnoputri, di Jakarta.",
            [("Joko Widodo", "consult", "Megawati Soekarnoputri")],
        ),
        # loans are aid
        ("Jepang meminjamkan dana kepada Filipina.", [("Japan", "aid", "Philippines")]),
    ],
)
def test_second_pass_shapes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


def test_a_demonstrative_without_an_earlier_act_gives_nothing() -> None:
    assert triples("Jerman mengecam serangan itu.") == []


def test_a_right_quote_mark_can_open_a_quote() -> None:
    # some sites open quotes with ” too: the quoted claim is still the speaker's
    assert triples("” Rusia menyerang Ukraina,” tuturnya.") == []
    assert triples("Rusia menyerang Ukraina.") == [("Russia", "fight", "Ukraine")]


# Senses and actors: the error classes found by judging relations drawn from IndoSum dev
# articles (issue 18). Each case is an invented sentence of the class, with a control
# that keeps the coded sense.

_SPORTS_ARTICLE = "Pelatih klub itu puas. Laga final turnamen digelar di stadion utama liga. "


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of play: receiving a pass is not a welcome
        "Dedi Kurnia menyambut umpan Andi Saputra di depan gawang.",
        # in a sports article, meeting a club is playing it
        _SPORTS_ARTICLE + "Arsenal bertemu Chelsea pekan depan.",
    ],
)
def test_sport_senses_are_not_coded(text: str) -> None:
    assert triples(text) == []


def test_officials_in_a_sports_article_still_meet() -> None:
    text = _SPORTS_ARTICLE + "Menteri Pemuda Dito Ariotedjo bertemu Ketua Umum PSSI Erick Thohir."
    assert [t[1:] for t in triples(text)] == [("consult", "Erick Thohir")]


@pytest.mark.parametrize(
    "text",
    [
        # unqualified "menjalin hubungan" between two persons is the idiom for romance
        "Raka Pratama dan Sinta Dewi menjalin hubungan sejak 2015.",
        # a meeting among words of romance
        "Raka Pratama pertama kali bertemu Sinta Dewi, kekasihnya, di Bandung.",
        # a visit for filming is travel
        "Aktor Lee Min Ho berkunjung ke Thailand untuk syuting film.",
        # an embedded question asserts nothing
        "Polisi menyelidiki apakah Budi Santoso pernah berkunjung ke Suriah.",
    ],
)
def test_private_life_and_travel_are_not_relations(text: str) -> None:
    assert triples(text) == []


def test_public_ties_between_persons_are_kept() -> None:
    assert triples("Kim Jong Un dan Putin menjalin hubungan baik sejak 2019.") == [
        ("Kim Jong Un", "cooperate", "Putin")
    ]
    assert triples("Indonesia dan Malaysia menjalin hubungan diplomatik sejak 1957.") == [
        ("Indonesia", "cooperate", "Malaysia")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the reporter's interview formula
        '"Kami siap," kata Budi Santoso ditemui Kompas di Jakarta.',
        # a ban on visits is not a visit between the two who issue it
        "Kanada dan Australia mengeluarkan larangan berkunjung ke Suriah.",
        # a language is not the state
        "Taylor Swift mengucapkan terima kasih dalam bahasa Jepang.",
        # a phone call is not a summons: "memanggil" is coded only for envoys
        "Budi Santoso memanggil Rina Wulandari untuk menawarkan pekerjaan.",
        # one agrees on a matter, with a partner: the matter is not the other side
        "Komisi I DPR menyepakati pemanggilan Budi Santoso.",
    ],
)
def test_not_acts_between_actors(text: str) -> None:
    assert triples(text) == []


def test_summoning_an_envoy_and_sending_a_letter() -> None:
    # a ministry of a named state that acts is the state acting (blind4)
    assert triples("Kementerian Luar Negeri Indonesia memanggil Duta Besar Rusia.") == [
        ("Indonesia", "demand", "Russia")
    ]
    # a letter is a statement to its addressee, not aid
    assert triples("Rudi Hartono mengirim surat kepada Kementerian Pemuda dan Olahraga.") == [
        ("Rudi Hartono", "statement", "Kementerian Pemuda dan Olahraga")
    ]


def test_purpose_clauses() -> None:
    # the purpose clause has the main subject, not the main verb's object
    assert triples("Elon Musk mengunjungi Tokyo untuk bertemu Fumio Kishida.") == [
        ("Elon Musk", "consult", "Japan"),
        ("Elon Musk", "consult", "Fumio Kishida"),
    ]
    # an actor inside the purpose clause of the object is not the target
    assert triples("Jepang mengecam rencana beberapa negara untuk membawa isu itu ke PBB.") == []
    # but what is promised is told by the clause
    assert ("North Korea", "intend", "Russia") in triples(
        "Korea Utara berjanji untuk memasok peluru bagi Rusia."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two supporters of a third are not the two sides of a cooperation
        ("Demokrat dan PAN mendukung dirinya.", []),
        # the two sides follow "hubungan"
        (
            "Joe Biden ingin memperkuat hubungan Jepang dan Filipina.",
            [("Japan", "cooperate", "Philippines")],
        ),
        # the party of an unnamed member does not act
        ("Politisi Partai Golkar itu bertemu Prabowo Subianto.", []),
        ("Fans Arsenal mengecam Chelsea.", []),
        # a name the entity layer missed right before the verb: the subject is unknown
        ("Partai Demokrat tidak kecewa dengan sikap Perindo mendukung Anies Baswedan.", []),
        # "menurut X" says, does not act
        ("Menurut Joko Widodo pesawat itu masih kurang untuk mendukung TNI AU.", []),
        # the agent of "disebut" only says so; the title before it does not hide that
        (
            "Andi Wijaya disebut Presiden Joko Widodo menemui anggota DPR.",
            [("Andi Wijaya", "consult", "DPR")],
        ),
    ],
)
def test_who_acts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


def test_dengan_gives_the_other_side_only_of_a_symmetric_act() -> None:
    text = "Jepang membantu petani dengan Bank Dunia. Jepang bekerja sama dengan Bank Dunia."
    assert triples(text) == [("Japan", "cooperate", "Bank Dunia")]


def test_a_metonym_ending_a_missed_name_is_not_the_state() -> None:
    # "Klub Seoul": not the state behind the capital
    assert triples("Klub Seoul mengecam Tokyo.") == []
    assert triples("Seoul mengecam Tokyo.") == [("South Korea", "disapprove", "Japan")]
