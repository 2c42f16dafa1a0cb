"""Name shapes the relations fixer met (invented sentences): a capitalised "Dan" after a
name is a surname ("<Given> Dan bertemu"), and a sentence-initial "Dan" stays the
conjunction; an organisation the tagger cut inside the place it ends with ("Angkatan
Darat Amerika| Serikat") runs to the place's end; a company opened by PT keeps its last
word before a lower-case word; a military exercise named after "latihan" is no entity."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.entities.organisations import _place_tail_end
from warta.nlp.entities.personbounds import _surname_dan_end
from warta.nlp.entities.retyping import _exercise_name


def _mentions(text: str) -> list[tuple[str, str]]:
    mentions, _refs = resolve_article(text, find_mentions(text))
    return [(m.text, m.type) for m in mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala daerah Mihail Dan bertemu duta besar.", "Mihail Dan"),
        ("Pernyataan Sorin Dan, ketua partai itu, beredar luas.", "Sorin Dan"),
        ("Tim dipimpin Vlad Dan.", "Vlad Dan"),
    ],
)
def test_capital_dan_after_a_name_is_the_surname(text: str, name: str) -> None:
    start = text.index(name)
    assert text[start : _surname_dan_end(text, start + len(name) - 4)] == name


@pytest.mark.parametrize(
    "text",
    ["Budi Santoso Dan Ani Bertemu", "Rapat dibuka Budi. Dan semua setuju."],
)
def test_conjunction_dan_stays_out(text: str) -> None:
    end = text.index("Budi") + len("Budi Santoso" if "Santoso" in text else "Budi")
    assert _surname_dan_end(text, end) == end


def test_sentence_initial_dan_is_not_propagated() -> None:
    text = (
        "Wali kota Sorin Dan meninjau pasar. Dan ternyata harga cabai turun. Menurut Dan, "
        "pasokan aman."
    )
    found = _mentions(text)
    assert ("Sorin Dan", "PER") in found
    assert sum(1 for t, _ in found if t == "Dan") == 1  # "Menurut Dan", not "Dan ternyata"


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        (
            "Staf Angkatan Laut Amerika Serikat tiba.",
            "Angkatan Laut Amerika",
            "Angkatan Laut Amerika Serikat",
        ),
        ("Kantor Polda Sumatera Utara dijaga.", "Polda Sumatera", "Polda Sumatera Utara"),
        ("Pejabat Bank Jawa Barat hadir.", "Bank Jawa", "Bank Jawa Barat"),
    ],
)
def test_place_the_name_ends_with_is_whole(text: str, cut: str, whole: str) -> None:
    start = text.index(cut)
    assert text[start : _place_tail_end(text, start, start + len(cut))] == whole


def test_a_name_not_ending_in_a_place_keeps_its_end() -> None:
    text = "Rektor Universitas Gadjah Mada Yogyakarta hadir."
    start = text.index("Universitas")
    end = start + len("Universitas Gadjah Mada")
    assert _place_tail_end(text, start, end) == end


@pytest.mark.parametrize(
    "text",
    [
        "Polisi memeriksa direktur PT Mitra Kimia Sentosa terkait izin edar.",
        "Kejaksaan menyita aset PT Agro Lestari Nusantara terkait korupsi lahan.",
    ],
)
def test_company_keeps_its_last_word_before_a_lower_case_word(text: str) -> None:
    name = text[text.index("PT") : text.index(" terkait")]
    assert (name, "ORG") in _mentions(text)


@pytest.mark.parametrize(
    ("text", "name", "exercise"),
    [
        ("TNI menggelar latihan gabungan Cobra Shield di Natuna.", "Cobra Shield", True),
        ("Latihan bersama Elang Samudra 2026 dibuka Senin.", "Elang Samudra", True),
        ("Timnas menggelar latihan bersama Yoga Prasetia di Bali.", "Yoga Prasetia", False),
        ("Menteri menyaksikan Cobra Shield dari jauh.", "Cobra Shield", False),
    ],
)
def test_exercise_names(text: str, name: str, exercise: bool) -> None:
    start = text.index(name)
    assert _exercise_name(text, start, start + len(name)) is exercise
