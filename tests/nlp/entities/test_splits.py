"""One person, one entity within an article (issue 17): each class of split found on
IndoSum dev articles, as an invented article with the NER mentions given by hand.

Classes: a role glued to a two-word name; a name without its middle words; a person
cited by a middle name; a word cut to its initial; one letter of spelling apart; two
names joined by a hyphen or by a verb the tagger swallowed; a name or place in capitals
or without accents; "<ACR> <Name>" after a title.
"""

from __future__ import annotations

from warta.nlp.entities.aliases import resolve_article
from warta.records import EntityType, Mention


def _m(text: str, surface: str, type_: EntityType = "PER", nth: int = 0) -> Mention:
    """The ``nth`` occurrence of ``surface`` in ``text`` as an NER mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, type_)


def _people(text: str, mentions: list[Mention]) -> dict[str, set[str]]:
    """``{entity: surfaces}`` of the article's persons."""
    out, _refs = resolve_article(text, mentions)
    people: dict[str, set[str]] = {}
    for m in out:
        if m.type == "PER" and m.entity:
            people.setdefault(m.entity, set()).add(m.text)
    return people


def test_role_words_do_not_join_a_two_word_name() -> None:
    text = "Menteri Perikanan Darmo Wiryanto tiba. Menurut Darmo, stok aman."
    people = _people(text, [_m(text, "Darmo Wiryanto"), _m(text, "Darmo", nth=1)])
    assert set(people) == {"Darmo Wiryanto"}


def test_a_role_still_completes_a_bare_surname() -> None:
    text = "Presiden Joko Widodo tiba. Kata Widodo, aman."
    people = _people(text, [_m(text, "Widodo"), _m(text, "Widodo", nth=1)])
    assert set(people) == {"Joko Widodo"}


def test_a_name_without_its_middle_words_is_the_same_person() -> None:
    text = (
        "Rangga Wiratama Sudarsono membuka acara. Rangga Sudarsono lalu berpidato. "
        "Menurut Rangga, acara sukses."
    )
    mentions = [
        _m(text, "Rangga Wiratama Sudarsono"),
        _m(text, "Rangga Sudarsono"),
        _m(text, "Rangga", nth=2),
    ]
    assert set(_people(text, mentions)) == {"Rangga Wiratama Sudarsono"}


def test_two_people_sharing_a_given_name_stay_apart() -> None:
    text = "Rangga Sudarsono dan Rangga Wibisono hadir. Rangga tersenyum."
    mentions = [
        _m(text, "Rangga Sudarsono"),
        _m(text, "Rangga Wibisono"),
        _m(text, "Rangga", nth=2),
    ]
    people = _people(text, mentions)
    assert {"Rangga Sudarsono", "Rangga Wibisono", "Rangga"} == set(people)


def test_a_person_cited_by_a_middle_name() -> None:
    text = "Mochammad Bayu Hartanto menang. Bayu berlatih sejak kecil."
    people = _people(text, [_m(text, "Mochammad Bayu Hartanto"), _m(text, "Bayu", nth=1)])
    assert set(people) == {"Mochammad Bayu Hartanto"}


def test_a_middle_word_of_two_names_stays_unresolved() -> None:
    text = "Andi Bayu Hartanto dan Rudi Bayu Saputra hadir. Bayu tersenyum."
    mentions = [
        _m(text, "Andi Bayu Hartanto"),
        _m(text, "Rudi Bayu Saputra"),
        _m(text, "Bayu", nth=2),
    ]
    assert "Bayu" in _people(text, mentions)


def test_a_word_cut_to_its_initial() -> None:
    text = "Penyanyi Dodi Kurniadi alias Dodi K ditangkap. Dodi mengaku menyesal."
    mentions = [_m(text, "Dodi Kurniadi"), _m(text, "Dodi K"), _m(text, "Dodi", nth=2)]
    assert set(_people(text, mentions)) == {"Dodi Kurniadi"}


def test_spellings_a_letter_apart_are_one_person() -> None:
    text = (
        "Ratna Saridewi Putri tiba. Wali kota Ratna Saridewi Putri bicara. "
        "Ratna Saridewy Putri lalu pergi."
    )
    mentions = [
        _m(text, "Ratna Saridewi Putri"),
        _m(text, "Ratna Saridewi Putri", nth=1),
        _m(text, "Ratna Saridewy Putri"),
    ]
    assert set(_people(text, mentions)) == {"Ratna Saridewi Putri"}


def test_two_names_joined_by_a_hyphen_are_two_people() -> None:
    text = "Pasangan Bang Joni-Rudi menang. Bang Joni berterima kasih. Rudi juga."
    mentions = [_m(text, "Bang Joni-Rudi"), _m(text, "Bang Joni", nth=1), _m(text, "Rudi", nth=1)]
    assert set(_people(text, mentions)) == {"Bang Joni", "Rudi"}


def test_a_korean_given_name_is_not_cut_at_its_hyphen() -> None:
    text = "Aktor Park Min-Ho tiba. Min Ho tersenyum. Park Min-Ho lalu pergi."
    mentions = [_m(text, "Park Min-Ho"), _m(text, "Park Min-Ho", nth=1)]
    assert "Park Min-Ho" in _people(text, mentions)


def test_a_verb_inside_a_person_span_cuts_it() -> None:
    text = "Saat itu Darto menggendong Sumiati ke mobil. Darto lalu pergi."
    people = _people(text, [_m(text, "Darto menggendong Sumiati"), _m(text, "Darto", nth=1)])
    assert set(people) == {"Darto", "Sumiati"}


def test_a_name_in_capitals_is_the_same_person() -> None:
    text = "Hasil latihan: 1. ANDI WIJAYA 1:47.394. Andi Wijaya puas dengan hasilnya."
    mentions = [_m(text, "ANDI WIJAYA"), _m(text, "Andi Wijaya")]
    assert set(_people(text, mentions)) == {"Andi Wijaya"}


def test_a_dateline_in_capitals_is_the_same_place() -> None:
    text = "WIRASABA - Banjir melanda. Warga Wirasaba mengungsi."
    _out, refs = resolve_article(text, [_m(text, "WIRASABA", "LOC"), _m(text, "Wirasaba", "LOC")])
    assert [r.name for r in refs] == ["Wirasaba"]


def test_a_name_without_accents_is_the_same_person() -> None:
    text = "Pebalap José Ramírez menang. Jose Ramirez lalu berpesta."
    mentions = [_m(text, "José Ramírez"), _m(text, "Jose Ramirez")]
    assert set(_people(text, mentions)) == {"José Ramírez"}


def test_an_acronym_after_a_title_is_not_part_of_the_person() -> None:
    text = "Kata Sekjen KPN Rahmat Sulaiman di Bandung. Sulaiman menambahkan hal itu."
    mentions = [_m(text, "KPN Rahmat Sulaiman", "ORG"), _m(text, "Sulaiman", nth=1)]
    assert set(_people(text, mentions)) == {"Rahmat Sulaiman"}


def test_a_company_after_a_title_stays_a_company() -> None:
    text = "Kata Direktur PT Sinar Jaya di Bandung. Sinar Jaya untung."
    _out, refs = resolve_article(text, [_m(text, "PT Sinar Jaya", "ORG")])
    assert ("PT Sinar Jaya", "ORG") in [(r.name, r.type) for r in refs]
    assert not [r for r in refs if r.type == "PER"]


def test_a_known_place_in_capitals_is_that_place() -> None:
    text = "NEW YORK, KANTOR BERITA - Hujan deras di New York."
    _out, refs = resolve_article(text, [_m(text, "NEW YORK", "ORG")])
    assert [(r.name, r.type) for r in refs if "York" in r.name] == [("New York", "LOC")]
