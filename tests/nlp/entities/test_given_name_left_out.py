"""A given name the tagger left out before the rest of a name, right after a comma, a
bracket or an abbreviated degree ("pelatih <Club>, Kadek| Wira Sanjaya", "Dra. Endang|
Puji Lestari"), belongs to the name; a title, a stop word, an organisation head or a place
there does not (issue 17, blind4/blind5 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.personbounds import _given_name_start


@pytest.mark.parametrize(
    ("text", "rest", "name"),
    [
        ("Pelatih Persiku, Komang Wira Adnyana, puas.", "Wira Adnyana", "Komang Wira Adnyana"),
        (
            "Kepala sekolah Dra. Endang Puji Lestari, M.Pd., hadir.",
            "Puji Lestari",
            "Endang Puji Lestari",
        ),
        (
            "Juru bicara PLN, Bagus Aji Nugraha, menjelaskan.",
            "Aji Nugraha",
            "Bagus Aji Nugraha",
        ),
        ("Kasubbag (Wahyu Tri Handoko) belum menjawab.", "Tri Handoko", "Wahyu Tri Handoko"),
    ],
)
def test_given_name_joins_the_name(text: str, rest: str, name: str) -> None:
    start = text.index(rest)
    end = start + len(rest)
    assert text[_given_name_start(text, start, end) : end] == name


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Di Jakarta, Presiden Joko Widodo membuka acara.", "Joko Widodo"),  # a title
        ("Sementara itu, Jakarta Adi Wijaya hadir.", "Adi Wijaya"),  # a place
        ("Menurut dia, Kementerian Adi Karya menolak.", "Adi Karya"),  # an organisation head
        ("Menurut dia, Budi menolak.", "Budi"),  # one word: nothing to join
        ("Rapat itu selesai. Bagus Aji Nugraha pulang.", "Aji Nugraha"),  # no comma before
    ],
)
def test_other_words_stay_out(text: str, rest: str) -> None:
    start = text.index(rest)
    assert _given_name_start(text, start, start + len(rest)) == start
