"""A Sasak title after an abbreviated degree ("Drs. Lalu <Name>") stays with the name
(the period ends no sentence); a one-word name left standing for itself while a call
name seemed a second full name holding it is the person once that call name is resolved
(issue 17, blind5 class; invented sentences)."""

from __future__ import annotations

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


def test_sasak_title_after_a_degree_stays_with_the_name() -> None:
    text = (
        "Kepala Dinas Pariwisata, Drs. Lalu Muhammad Fikri Hamdani, membuka festival. "
        '"Tamu naik dua kali lipat," kata Lalu Fikri.'
    )
    persons = _persons(text)
    assert "Lalu Muhammad Fikri Hamdani" in persons, persons
    assert "Lalu Fikri" in persons["Lalu Muhammad Fikri Hamdani"]


def test_sentence_end_before_lalu_still_means_then() -> None:
    text = "Ia tiba pukul tujuh. Lalu Andreas Wibisono berpidato di depan warga."
    persons = _persons(text)
    assert "Lalu Andreas Wibisono" not in persons, persons


def test_single_name_follows_a_resolved_call_name() -> None:
    text = (
        'Kepala Dinas Perikanan, Drs. Lalu Ahmad Sukri Hidayat, meninjau tambak. "Panen '
        'naik," kata Lalu Sukri, Selasa. Pejabat yang di kampungnya dipanggil Mamiq Sukri '
        "itu menyebut harga stabil. Menurut Sukri, petambak untung."
    )
    persons = _persons(text)
    assert set(persons) == {"Lalu Ahmad Sukri Hidayat"}, persons
    assert {"Lalu Sukri", "Mamiq Sukri", "Sukri"} <= persons["Lalu Ahmad Sukri Hidayat"]


def test_single_name_two_persons_hold_stays_apart() -> None:
    text = (
        "Camat Hendra Sukri Wijaya dan adiknya, Bayu Sukri Pratama, hadir. Menurut Sukri, "
        "acara berjalan lancar."
    )
    persons = _persons(text)
    assert "Sukri" not in persons.get("Hendra Sukri Wijaya", set()) | persons.get(
        "Bayu Sukri Pratama", set()
    ), persons
