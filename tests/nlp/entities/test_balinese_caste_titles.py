"""Balinese nobles named by a caste title ("Tjokorda", "Cok", "Anak Agung", "Dewa
<birth-order word>") are persons, found where the tagger missed or typed them an
organisation, and "<title> <later word or its first syllables>" is the one person whose
name holds both (issue 17, blind6 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _refs(text: str) -> dict[str, tuple[str, set[str]]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: (r.type, set(r.mentions)) for r in refs}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Upacara melasti dipimpin penglingsir Puri Peliatan, Tjokorda Gde Rai Sudharta. "
            '"Semua sudah siap," kata Tjokorda Rai. Menurut Cok Rai, arak-arakan dimulai pagi.',
            "Tjokorda Gde Rai Sudharta",
            "Cok Rai",
        ),
        (
            "Kepala dinas pariwisata, Dewa Made Sukra Wijaya, meninjau pantai. "
            '"Pengunjung naik," ujar Dewa Sukra kepada wartawan.',
            "Dewa Made Sukra Wijaya",
            "Dewa Sukra",
        ),
        (
            "Pemangku pura, Cokorda Istri Ratna Dewi, memimpin persembahyangan bersama Dewa "
            "Ketut Ratnaya. Cokorda Ratna mengatakan upacara berlangsung tiga hari.",
            "Cokorda Istri Ratna Dewi",
            "Cokorda Ratna",
        ),
    ],
)
def test_caste_title_and_a_later_word_is_the_person(text: str, name: str, short: str) -> None:
    refs = _refs(text)
    assert refs.get(name, ("", set()))[0] == "PER", refs
    assert short in refs[name][1], refs
    assert short not in refs, refs


def test_untagged_anak_agung_is_a_person() -> None:
    text = (
        "Ketua panitia, Anak Agung Gede Putra Astawa, menyebut persiapan rampung. Gung Gede, "
        "begitu ia dipanggil, mengatur parkir."
    )
    refs = _refs(text)
    assert refs.get("Anak Agung Gede Putra Astawa", ("", set()))[0] == "PER", refs


def test_a_club_named_dewa_stays_a_club() -> None:
    refs = _refs("Dewa United menang 2-0 atas Persik di Tangerang.")
    assert refs.get("Dewa United", ("ORG", set()))[0] == "ORG", refs
