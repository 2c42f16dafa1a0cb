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
        started = time.perf_counter()
        for _ in range(3):
            extract_relations(article.text, ms, article.timexes, article.published)  # type: ignore[attr-defined]
        return time.perf_counter() - started

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
