"""Tests for warta.nlp.entities.aliases: hand-made articles, a two-article corpus, invariants and
the seed gold figures (with the shipped NER when it loads)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.nlp.entities.aliases import name_key, resolve_article, resolve_corpus
from warta.records import EntityRef, EntityType, Mention
from warta_eval.entities import score_entities

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "eval" / "floors" / "entities.json").read_text(encoding="utf-8"))
SEEDS = ROOT.parent / "shared" / "seeds"  # as in tests/conftest.py


def _m(text: str, surface: str, type_: EntityType = "PER", nth: int = 0) -> Mention:
    """The ``nth`` occurrence of ``surface`` in ``text`` as an NER mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, type_)


def _refs(text: str, mentions: list[Mention]) -> dict[str, EntityRef]:
    out, refs = resolve_article(text, mentions)
    assert all(text[m.start : m.end] == m.text and m.entity for m in out)
    return {r.name: r for r in refs}


def _entity_of(text: str, mentions: list[Mention], surface: str, nth: int = 0) -> str | None:
    out, _ = resolve_article(text, mentions)
    hits = [m for m in out if m.text == surface and m.type == "PER"]
    return hits[nth].entity


# -- titles and roles ---------------------------------------------------------------


def test_titles_become_attributes() -> None:
    text = (
        "Presiden Joko Widodo bertemu Prof. Andrei Lankov dan Dr. Siti Nurbaya. "
        "Menteri Luar Negeri Retno Marsudi hadir."
    )
    refs = _refs(
        text,
        [
            _m(text, "Presiden Joko Widodo"),  # the NER span may include the title
            _m(text, "Andrei Lankov"),
            _m(text, "Siti Nurbaya"),
            _m(text, "Retno Marsudi"),
        ],
    )
    assert refs["Joko Widodo"].attributes == ("Presiden",)
    assert "Presiden Joko Widodo" in refs["Joko Widodo"].mentions
    assert refs["Andrei Lankov"].attributes == ("Prof.",)
    assert refs["Siti Nurbaya"].attributes == ("Dr.",)
    assert refs["Retno Marsudi"].attributes == ("Menteri Luar Negeri",)


def test_role_with_country_and_appositive() -> None:
    text = (
        "Presiden Rusia, Vladimir Putin, menerima tamu. "
        "Lee Jai-chun, mantan duta besar Korea Selatan untuk Rusia, mengatakan hal itu."
    )
    refs = _refs(text, [_m(text, "Vladimir Putin"), _m(text, "Lee Jai-chun")])
    assert refs["Vladimir Putin"].attributes == ("Presiden Rusia",)
    assert refs["Lee Jai-chun"].attributes == ("mantan duta besar Korea Selatan untuk Rusia",)


def test_title_extends_a_truncated_name() -> None:
    text = "Pada 2011, Presiden Dmitry Medvedev bertemu Kim Jong-il."
    refs = _refs(text, [_m(text, "Medvedev"), _m(text, "Kim Jong-il")])
    assert refs["Dmitry Medvedev"].mentions == ("Dmitry Medvedev", "Presiden Dmitry Medvedev")


def test_role_only_mention_links_to_the_named_holder() -> None:
    text = "Presiden Rusia Vladimir Putin tiba. Presiden Rusia itu lalu berbicara."
    out, refs = resolve_article(text, [_m(text, "Vladimir Putin")])
    role = [m for m in out if m.text == "Presiden Rusia"]
    assert [m.entity for m in role] == ["Vladimir Putin"]
    putin = {r.name: r for r in refs}["Vladimir Putin"]
    assert "Presiden Rusia" in putin.mentions and putin.count == 2


def test_role_only_mention_without_holder_stays_a_role() -> None:
    text = "Presiden Rusia itu berterima kasih kepada Korea Utara."
    refs = _refs(text, [])
    assert refs["Presiden Rusia"].subtype == "role"
    assert refs["Presiden Rusia"].type == "PER"


# -- short forms, variants, ambiguity -----------------------------------------------


def test_surname_links_and_missed_mentions_are_added() -> None:
    text = "Profesor Andrei Lankov mengajar di Seoul. Menurut Lankov, sanksi gagal."
    _out, refs = resolve_article(text, [_m(text, "Andrei Lankov")])  # NER missed "Lankov"
    lankov = {r.name: r for r in refs}["Andrei Lankov"]
    assert lankov.count == 2
    assert lankov.mentions == ("Andrei Lankov", "Lankov", "Profesor Andrei Lankov")
    assert lankov.attributes == ("Profesor",)


def test_orthographic_variants_merge_in_house_style() -> None:
    text = "Kim-Jong-un tiba. Kim Jong Un bertemu Putin. Kim Jong-un pulang."
    mentions = [_m(text, "Kim-Jong-un"), _m(text, "Kim Jong Un"), _m(text, "Kim Jong-un")]
    refs = _refs(text, mentions)
    assert list(refs) == ["Kim Jong-un"]
    assert refs["Kim Jong-un"].mentions == ("Kim Jong Un", "Kim Jong-un", "Kim-Jong-un")
    assert name_key("Kim-Jong-un") == name_key("kim jong un") == ("kim", "jong", "un")


def test_variant_without_house_style_keeps_its_spelling() -> None:
    text = "Kim Jong Un tiba di Bandung."
    assert list(_refs(text, [_m(text, "Kim Jong Un")])) == ["Kim Jong Un", "Kota Bandung"]


def test_two_kims_are_ambiguous() -> None:
    text = "Kim Jong-un dan ayahnya Kim Jong-il. Kim tersenyum."
    mentions = [_m(text, "Kim Jong-un"), _m(text, "Kim Jong-il"), _m(text, "Kim", nth=2)]
    assert _entity_of(text, mentions, "Kim") == "Kim"


def test_dominant_kim_wins() -> None:
    text = (
        "Kim Jong-un tiba. Kim Jong-un makan. Kim Jong-un tidur. "
        "Ia putra Kim Jong-il. Kim tersenyum."
    )
    mentions = [_m(text, "Kim Jong-un", nth=i) for i in range(3)] + [_m(text, "Kim Jong-il")]
    assert _entity_of(text, mentions, "Kim") == "Kim Jong-un"


def test_hyphenated_pair_of_people_is_split() -> None:
    text = "Donald Trump dan Kim Jong-un. Pertemuan puncak Trump-Kim gagal."
    mentions = [_m(text, "Donald Trump"), _m(text, "Kim Jong-un"), _m(text, "puncak Trump-Kim")]
    out, _ = resolve_article(text, mentions)
    assert [(m.text, m.entity) for m in out if m.start > 30] == [
        ("Trump", "Donald Trump"),
        ("Kim", "Kim Jong-un"),
    ]


def test_organisation_before_a_name_is_a_role() -> None:
    text = (
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan aman, kata Kepala "
        "BMKG Dwikorita Karnawati. Kepala Pelaksana BPBD Majene, Muhammad Ali, setuju."
    )
    mentions = [
        _m(text, "BMKG Dwikorita Karnawati"),  # the NER swallowed the organisation
        _m(text, "BPBD Majene"),  # and took an agency for a person
        _m(text, "Muhammad Ali"),
    ]
    refs = _refs(text, mentions)
    assert refs["Dwikorita Karnawati"].attributes == ("Kepala BMKG",)
    assert refs["Dwikorita Karnawati"].mentions == (
        "Dwikorita Karnawati",
        "Kepala BMKG Dwikorita Karnawati",
    )
    assert refs["BPBD"].type == "ORG"
    assert refs["Kabupaten Majene"].subtype == "kabupaten"
    # A long role after a comma is an attribute, not part of a surface form.
    assert refs["Muhammad Ali"].mentions == ("Muhammad Ali",)
    assert refs["Muhammad Ali"].attributes == ("Kepala Pelaksana BPBD Majene",)


def test_sentence_initial_junk_is_not_propagated() -> None:
    text = "Namun hujan turun. Warga bertahan. Namun Easley tetap yakin, kata Easley."
    out = resolve_article(text, [_m(text, "Namun"), _m(text, "Easley")])[0]
    assert [m.text for m in out] == ["Namun", "Easley", "Easley"]  # one NER "Namun" only


# -- places and organisations ---------------------------------------------------------


def test_metonym_keeps_city_and_refers_to_country() -> None:
    text = "Kremlin menolak tuduhan itu, kata pejabat di Moskow. Rusia marah."
    out, refs = resolve_article(text, [_m(text, "Kremlin", "PER")])  # the NER's type
    kremlin = out[0]
    assert (kremlin.type, kremlin.entity, kremlin.referent) == ("LOC", "Kremlin", "Russia")
    russia = {r.name: r for r in refs}["Russia"]
    assert russia.mentions == ("Kremlin", "Moskow", "Rusia")
    assert (russia.count, russia.subtype) == (3, "GPE")


def test_gazetteer_adds_what_the_ner_missed() -> None:
    text = "AS menjatuhkan sanksi kepada Korut. Pemain AS Roma tidak terkait."
    refs = _refs(text, [])
    assert set(refs) == {"United States", "North Korea"}
    assert refs["United States"].count == 1


def test_ner_junk_around_places_is_trimmed() -> None:
    text = "Ia menginginkan tumpukan amunisi Korea Utara. Tetapi China dan AS menolak."
    mentions = [_m(text, "tumpukan amunisi Korea Utara", "LOC"), _m(text, "China dan AS", "ORG")]
    out, _ = resolve_article(text, mentions)
    assert [(m.text, m.entity) for m in out] == [
        ("Korea Utara", "North Korea"),
        ("China", "China"),
        ("AS", "United States"),
    ]


def test_place_inside_an_organisation_name_is_nested() -> None:
    text = "Ia mengajar di Universitas Kookmin Seoul."
    out, refs = resolve_article(text, [_m(text, "Universitas Kookmin Seoul", "LOC")])
    assert [(m.text, m.type, m.entity) for m in out] == [
        ("Universitas Kookmin Seoul", "ORG", "Universitas Kookmin Seoul"),
        ("Seoul", "LOC", "Seoul"),
    ]
    assert [r.name for r in refs] == ["South Korea", "Universitas Kookmin Seoul"]


def test_acronym_and_expansion_are_one_organisation() -> None:
    text = (
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan warga. "
        "Menurut BMKG, hujan turun."
    )
    # The NER cut the long name in two and missed the second acronym.
    mentions = [_m(text, "Badan Meteorologi", "ORG"), _m(text, "Geofisika", "ORG")]
    refs = _refs(text, mentions)
    long_name = "Badan Meteorologi, Klimatologi, dan Geofisika"
    assert list(refs) == [long_name]
    assert refs[long_name].mentions == ("BMKG", long_name)
    assert (refs[long_name].type, refs[long_name].count) == ("ORG", 3)


def test_country_acronym_stays_a_place() -> None:
    refs = _refs("Amerika Serikat (AS) dan Korea Utara.", [])
    assert refs["United States"].mentions == ("AS", "Amerika Serikat")


# -- corpus ---------------------------------------------------------------------------


def _article(text: str, mentions: list[Mention]) -> tuple[EntityRef, ...]:
    return resolve_article(text, mentions)[1]


def test_bare_surname_links_across_articles() -> None:
    a = "Sanksi tidak akan dicabut, kata Lankov."
    b = "Profesor Andrei Lankov dari Universitas Kookmin."
    mapping, table = resolve_corpus(
        {"a": _article(a, [_m(a, "Lankov")]), "b": _article(b, [_m(b, "Andrei Lankov")])}
    )
    assert mapping["a"]["Lankov"] == "Andrei Lankov"
    lankov = next(e for e in table if e.name == "Andrei Lankov")
    assert lankov.aliases == ("Andrei Lankov", "Lankov", "Profesor Andrei Lankov")
    assert (lankov.article_count, lankov.mention_count) == (2, 2)


def test_different_full_names_never_merge() -> None:
    refs = {
        "a": (EntityRef("Kim Jong-un", "PER", ("Kim Jong-un",), 1),),
        "b": (EntityRef("Kim Jong-il", "PER", ("Kim Jong-il",), 1),),
        "c": (EntityRef("Kim", "PER", ("Kim",), 1),),
        "d": (EntityRef("Kim Jong Un", "PER", ("Kim Jong Un",), 1),),
    }
    mapping, table = resolve_corpus(refs)
    assert mapping["d"] == {"Kim Jong Un": "Kim Jong-un"}
    # "Kim" fits both; Kim Jong-un's 2 articles are not 3x Kim Jong-il's 1.
    assert mapping["c"] == {"Kim": "Kim"}
    assert sorted(e.name for e in table) == ["Kim", "Kim Jong-il", "Kim Jong-un"]


def test_role_and_acronym_link_across_articles() -> None:
    refs = {
        "a": (EntityRef("Presiden Rusia", "PER", ("Presiden Rusia",), 1, subtype="role"),),
        "b": (EntityRef("Vladimir Putin", "PER", ("Vladimir Putin",), 2, ("Presiden Rusia",)),),
        "c": (EntityRef("BMKG", "ORG", ("BMKG",), 1),),
        "d": (EntityRef("Badan Meteorologi", "ORG", ("BMKG", "Badan Meteorologi"), 2),),
    }
    mapping, table = resolve_corpus(refs)
    assert mapping["a"] == {"Presiden Rusia": "Vladimir Putin"}
    assert mapping["c"] == {"BMKG": "Badan Meteorologi"}
    putin = next(e for e in table if e.name == "Vladimir Putin")
    assert putin.aliases == ("Presiden Rusia", "Vladimir Putin") and putin.subtype is None


_CORPUS = {
    "a": (
        EntityRef("Lankov", "PER", ("Lankov",), 2),
        EntityRef("Russia", "LOC", ("Moskow", "Rusia"), 5, subtype="GPE"),
        EntityRef("Kim", "PER", ("Kim",), 1),
    ),
    "b": (
        EntityRef("Andrei Lankov", "PER", ("Andrei Lankov", "Prof Lankov"), 3, ("Prof",)),
        EntityRef("Kim Jong-un", "PER", ("Kim", "Kim Jong-un"), 4),
    ),
    "c": (
        EntityRef("Kim Jong Un", "PER", ("Kim Jong Un",), 1),
        EntityRef("Kim Jong-il", "PER", ("Kim Jong-il",), 1),
        EntityRef("Russia", "LOC", ("Rusia",), 1, subtype="GPE"),
    ),
    "d": (EntityRef("Kim-Jong-un", "PER", ("Kim-Jong-un",), 1),),
}


@settings(max_examples=60, deadline=None)
@given(st.permutations(sorted(_CORPUS)), st.randoms(use_true_random=False))
def test_corpus_is_order_independent(order: list[str], rnd: Any) -> None:
    shuffled = {}
    for key in order:
        refs = list(_CORPUS[key])
        rnd.shuffle(refs)
        shuffled[key] = tuple(refs)
    assert resolve_corpus(shuffled) == resolve_corpus(_CORPUS)


def test_corpus_figures() -> None:
    mapping, table = resolve_corpus(_CORPUS)
    assert mapping["a"] == {"Lankov": "Andrei Lankov", "Russia": "Russia", "Kim": "Kim Jong-un"}
    kim = next(e for e in table if e.name == "Kim Jong-un")
    assert kim.aliases == ("Kim", "Kim Jong Un", "Kim Jong-un", "Kim-Jong-un")
    assert (kim.article_count, kim.mention_count) == (4, 7)


# -- invariants -------------------------------------------------------------------------

_TEXT = (
    "Presiden Rusia Vladimir Putin bertemu Kim Jong-un di Vladivostok. "
    "Kremlin menyebut Korut mitra. Putin dan Kim makan malam, kata Prof Lankov "
    "dari Universitas Kookmin Seoul. AS dan Tiongkok mengamati."
)
_NER = [
    _m(_TEXT, "Vladimir Putin"),
    _m(_TEXT, "Kim Jong-un"),
    _m(_TEXT, "Vladivostok", "LOC"),
    _m(_TEXT, "Kremlin", "PER"),
    _m(_TEXT, "Putin", nth=1),
    _m(_TEXT, "Kim", nth=1),
    _m(_TEXT, "Lankov"),
    _m(_TEXT, "Universitas Kookmin Seoul", "LOC"),
    _m(_TEXT, "AS dan Tiongkok", "ORG"),
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_NER), unique=True))
def test_any_subset_of_mentions_resolves_consistently(mentions: list[Mention]) -> None:
    out, refs = resolve_article(_TEXT, mentions)
    assert all(_TEXT[m.start : m.end] == m.text and m.entity for m in out)
    assert [(m.start, m.end) for m in out] == sorted((m.start, m.end) for m in out)
    names = {r.name for r in refs}
    assert {m.referent or m.entity for m in out} == names
    assert sum(r.count for r in refs) == len(out)
    # Places never depend on the NER.
    assert {"Russia", "North Korea", "United States", "China"} <= names
    # The order the NER lists mentions in does not matter.
    assert resolve_article(_TEXT, list(reversed(mentions))) == (out, refs)


# -- seeds ------------------------------------------------------------------------------


def test_seeds_against_gold(gold: dict[str, Any]) -> None:
    # No skip when the model does not load: a quality figure that cannot be measured fails.
    from warta.nlp.entities.ner import find_mentions
    from warta.pipeline import process

    texts = {
        p.name: process(p.read_text(encoding="utf-8")).text for p in sorted(SEEDS.glob("*.txt"))
    }
    local = {name: resolve_article(text, find_mentions(text))[1] for name, text in texts.items()}
    mapping, table = resolve_corpus(local)
    by_doc = {d: [replace(r, name=mapping[d][r.name]) for r in refs] for d, refs in local.items()}
    scores = score_entities(by_doc, table, gold, texts)
    assert scores["person_aliases"]["score"] >= FLOORS["person_aliases"], scores
    assert scores["gpe_aliases"]["score"] >= FLOORS["gpe_aliases"], scores
    assert scores["person_splits"]["score"] <= FLOORS["max_person_splits"], scores
