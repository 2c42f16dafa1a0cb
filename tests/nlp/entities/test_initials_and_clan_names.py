"""People named by initials the tagger misses ("berinisial AB (30) dan CD (25)", then
"AB" alone), a given name cut to one initial ("M. <Name>"), and a Batak woman's
"br." (boru) before her clan name (issue 17, blind6 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _refs(text: str) -> dict[str, tuple[str, set[str]]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: (r.type, set(r.mentions)) for r in refs}


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        (
            "Polres Bogor menahan dua pemuda berinisial TS (22) dan WK (19) yang mencuri motor. "
            "Menurut penyidik, TS mengaku menjual motor itu.",
            ["TS", "WK"],
        ),
        (
            "Seorang kurir berinisial DP ditangkap di Cengkareng. Polisi menyebut DP membawa "
            "sabu seberat dua kilogram.",
            ["DP"],
        ),
        (
            "Korban, NA (45), ditemukan warga di kebunnya. NA sempat dibawa ke puskesmas.",
            ["NA"],
        ),
    ],
)
def test_initials_of_people_are_persons(text: str, initials: list[str]) -> None:
    refs = _refs(text)
    for short in initials:
        assert refs.get(short, ("", set()))[0] == "PER", refs


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "Kementerian itu dipimpin M. Rizal Hakim Purnomo sejak Oktober.",
            "M. Rizal Hakim Purnomo",
        ),
        ("Rapat dibuka oleh S. Wardana Kusumajati, ketua panitia.", "S. Wardana Kusumajati"),
    ],
)
def test_one_initial_opens_the_name(text: str, form: str) -> None:
    refs = _refs(text)
    assert refs.get(form, ("", set()))[0] == "PER", refs


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "Saksi, Rina Sari br. Nainggolan, menyebut terdakwa datang malam itu.",
            "Rina Sari br. Nainggolan",
        ),
        (
            "Ibu korban, Melati Rosauli br. Panjaitan, menangis di luar ruang sidang.",
            "Melati Rosauli br. Panjaitan",
        ),
    ],
)
def test_batak_clan_name_after_br(text: str, form: str) -> None:
    refs = _refs(text)
    assert refs.get(form, ("", set()))[0] == "PER", refs
