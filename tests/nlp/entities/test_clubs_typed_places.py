"""A football club named after its town that the tagger reads as the town ("PSxx
<Town>", "Persixx <Town>", "<Name> United") is an organisation (issue 17, blind3/blind8
class; invented sentences)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("PSKB Bukittinggi menang 3-0 di kandang, Sabtu.", "PSKB Bukittinggi"),
        ("Laga melawan Persikad Depok berakhir imbang.", "Persikad Depok"),
        ("Pemain Lombok United berlatih di Mataram.", "Lombok United"),
    ],
)
def test_a_club_tagged_a_place_is_an_organisation(text: str, club: str) -> None:
    out = resolve(text, [(club, "LOC")])
    assert (club, "ORG") in [(s, t) for s, t, _e in out], out


def test_a_city_stays_a_place() -> None:
    out = resolve(
        "Hujan deras mengguyur Kota Bukittinggi sejak pagi.", [("Kota Bukittinggi", "LOC")]
    )
    assert ("Kota Bukittinggi", "LOC") in [(s, t) for s, t, _e in out], out
