"""Persons written after an office and its territory ("Camat <Place> <Name>", "Kapolsek
<Place> AKP <Name>", "Perbekel <Place> <Name>", "Kepala Kampung <Place> <Name>",
"Kejari <Regency> <Name>"), found on the blind6b quote set (issue 17): the person is the
name alone, never the run nor the place. Invented sentences."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> set[str]:
    mentions, _ = resolve_article(text, find_mentions(text))
    return {m.entity or m.text for m in mentions if m.type == "PER"}


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        # The territory named on its own elsewhere in the article, after its head noun.
        (
            "Banjir merendam Desa Tembok.\n\nPerbekel Tembok Putu Wirata meminta bantuan.",
            "Putu Wirata",
            "Tembok Putu Wirata",
        ),
        (
            "Jalan di Kecamatan Sumberjambe rusak.\n\nCamat Sumberjambe Andi Prasetyo "
            "meninjau lokasi.",
            "Andi Prasetyo",
            "Sumberjambe Andi Prasetyo",
        ),
        # Part of the territory before the span the tagger found.
        (
            "Warga Kampung Bumi Agung Jaya mengungsi.\n\nKepala Kampung Bumi Agung Jaya "
            "Sugiono mendata petani.",
            "Sugiono",
            "Jaya Sugiono",
        ),
        # A rank right after the territory.
        (
            "Polisi berjaga di pasar.\n\nKapolsek Rogojampi AKP Nyoman Sutapa memimpin apel.",
            "Nyoman Sutapa",
            "Rogojampi AKP Nyoman Sutapa",
        ),
        # A regional unit of the prosecution and its regency.
        (
            "Jaksa Kejari Klaten Hendro Saputro membacakan tuntutan.",
            "Hendro Saputro",
            "Kejari Klaten Hendro Saputro",
        ),
    ],
)
def test_person_after_office_and_territory(text: str, person: str, not_person: str) -> None:
    persons = _persons(text)
    assert person in persons
    assert not_person not in persons


def test_name_after_an_office_without_territory_is_kept_whole() -> None:
    text = "Camat Hendra Gunawan Saputra meninjau lokasi banjir di Kecamatan Ciawi."
    assert "Hendra Gunawan Saputra" in _persons(text)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Kepala Dinas Pertanian Tabanan I Made Sudira meninjau sawah.",
            "I Made Sudira",
            "Dinas Pertanian Tabanan",
        ),
        (
            "Ketua PHRI Badung Ida Bagus Made Sukarta menemui pengusaha hotel.",
            "Ida Bagus Made Sukarta",
            None,
        ),
    ],
)
def test_balinese_name_is_cut_from_the_body_before_it(
    text: str, person: str, body: str | None
) -> None:
    mentions, _ = resolve_article(text, find_mentions(text))
    names = {m.entity or m.text: m.type for m in mentions}
    assert names.get(person) == "PER"
    if body is not None:
        assert names.get(body) == "ORG"


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        (
            "Kepala Dinas Kesehatan Kabupaten Sambas dr. Hj. Siti Aida Rahmawati meninjau "
            'posko.\n\n"Kami sudah mengirim oralit," ujar dr. Aida, Senin.',
            "Aida",
            "Siti Aida Rahmawati",
        ),
        (
            "Direktur RSUD Kayuagung dr. Muhammad Fikri Ananda menerima bantuan.\n\n"
            '"Stok darah menipis," kata dr. Fikri.',
            "Fikri",
            "Muhammad Fikri Ananda",
        ),
    ],
)
def test_titled_word_of_a_full_name_is_the_person(text: str, word: str, person: str) -> None:
    mentions, _ = resolve_article(text, find_mentions(text))
    hits = [m for m in mentions if m.text == word]
    assert hits and all(m.type == "PER" and m.entity == person for m in hits)


def test_initials_with_an_age_are_a_person() -> None:
    text = (
        "Dua tersangka, RS (38) dan HT (29), ditangkap di Belawan.\n\n"
        "Istri HT membantah keterlibatan suaminya."
    )
    mentions, _ = resolve_article(text, find_mentions(text))
    assert {m.type for m in mentions if m.text == "HT"} <= {"PER"}
