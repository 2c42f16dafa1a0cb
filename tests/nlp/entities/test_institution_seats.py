"""A place standing for the institution seated there ("Pejaten menegaskan ...": the
state intelligence agency; lexicon/places.json "institution_seats") is that organisation
when written alone; not inside a longer name, after a street, building or area word, nor
where the article says what it stands for (issue 17, blind2-blind6 class; invented
sentences, with seats no evaluation set uses)."""

from __future__ import annotations

import pytest

from warta.lexicon.places import curated
from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _refs(text: str) -> dict[str, tuple[str, set[str]]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: (r.type, set(r.mentions)) for r in refs}


def _institution(seat: str) -> str:
    return next(n for n, seats in curated()["institution_seats"].items() if seat in seats)


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Pejaten menegaskan tidak ada penyadapan terhadap wartawan.", "Pejaten"),
        (
            "Rapat koalisi digelar malam itu. Lenteng Agung menyatakan tetap mendukung "
            "calon yang diusung.",
            "Lenteng Agung",
        ),
        ("Usulan itu ditolak Kasumigaseki dalam pernyataan tertulis, Senin.", "Kasumigaseki"),
        (
            "Ekspor Baja Disorot Foggy Bottom\n\nPemerintah menyiapkan tanggapan resmi.",
            "Foggy Bottom",
        ),
    ],
)
def test_seat_written_alone_is_the_institution(text: str, seat: str) -> None:
    refs = _refs(text)
    institution = _institution(seat)
    assert refs.get(institution, ("", set()))[0] == "ORG", refs
    assert seat in refs[institution][1], refs


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Warga berolahraga di kawasan Pejaten setiap pagi.", "Pejaten"),
        ("Kemacetan terjadi di Jalan Lenteng Agung sejak pagi.", "Lenteng Agung"),
        ("Langley, sebutan untuk markas dinas rahasia itu, menolak berkomentar.", "Langley"),
    ],
)
def test_seat_as_a_place_or_declared_stays(text: str, seat: str) -> None:
    refs = _refs(text)
    assert _institution(seat) not in refs, refs
