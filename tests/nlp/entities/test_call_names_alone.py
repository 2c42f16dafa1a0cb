"""Call names used alone later resolve to the full name of the same article: "Gus
<Word>" once known to be a man makes every mention the tagger gave that name his;
"Pria/Politikus ... yang akrab disapa <Nick> itu" declares the nickname of the person
last named; Balinese caste titles ("Anak Agung Ngurah", "Ida Bagus", "I Gusti Ayu")
stay with the name and "Gung <Word>" addresses it (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "forms"),
    [
        (
            "Ketua lembaga zakat, Mochamad Nurul Hakim, bertemu mitranya. Lembaga yang "
            "dipimpin Gus Nurul itu baru berdiri. Menurut Nurul, anggaran aman.",
            "Mochamad Nurul Hakim",
            {"Gus Nurul", "Nurul"},
        ),
        (
            "Direktur Utama Perumda Tirta Sejati, Anak Agung Ngurah Putu Sudiana, mengatakan "
            "debit turun. Pria yang akrab disapa Gung Putu itu menyebut hotel boros.",
            "Anak Agung Ngurah Putu Sudiana",
            {"Gung Putu"},
        ),
        (
            "Di Senayan, Wakil Ketua DPR Rahmat Hadi Saputra meminta publik tenang. Politikus "
            "Partai Damai yang akrab disapa Bang Rahmat itu mengaku sudah berkomunikasi.",
            "Rahmat Hadi Saputra",
            {"Bang Rahmat"},
        ),
    ],
)
def test_call_name_alone_is_the_full_name(text: str, name: str, forms: set[str]) -> None:
    persons = _persons(text)
    held = persons.get(name, set())
    # the tagger may have found the nickname's name word only ("Rahmat" of "Bang Rahmat")
    assert all(f in held or f.split()[-1] in held for f in forms), persons
    assert set(persons) == {name}, persons


@pytest.mark.parametrize(
    "name",
    ["Ida Bagus Made Suarjana", "I Gusti Ayu Putri Lestari", "Anak Agung Ngurah Putu Sudiana"],
)
def test_balinese_caste_title_stays_with_the_name(name: str) -> None:
    persons = _persons(f"Kepala dinas, {name}, hadir di lokasi.")
    assert name in persons, persons


def test_anak_alone_is_no_short_form() -> None:
    persons = _persons(
        "Direktur Utama, Anak Agung Ngurah Putu Sudiana, mengatakan debit turun. "
        "Anak mereka bermain di sungai."
    )
    assert "Anak" not in persons.get("Anak Agung Ngurah Putu Sudiana", set()), persons
