"""A second name declared bare after a person's name - "<Name> alias <Other>", "<Name>
atau Gus <Call name>" - is the same person at every mention: two full names become one
entity (named by the one the article cites more), a call name is the person's (issue 17;
invented sentences)."""

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
            "Direktur PT Laut Biru, Tan Hok Seng alias Hendra Wijaya, berjanji melunasi utang. "
            "Hendra mengatakan kapal sudah dijual.",
            "Hendra Wijaya",
            {"Tan Hok Seng", "Hendra"},
        ),
        (
            "Ketua PWNU, KH Ahmad Zuhdi Basori atau Gus Kaji, mengapresiasi langkah itu. "
            '"Bagus," ujar Gus Kaji.',
            "Ahmad Zuhdi Basori",
            {"Gus Kaji"},
        ),
        (
            "Polisi menangkap Suparno alias Gepeng di rumahnya. Gepeng diduga mencuri motor.",
            "Suparno",
            {"Gepeng"},
        ),
        (
            "Pengusaha Oei Kok Wah alias Rudy Hartawan membuka pabrik baru di Batam. "
            "Menurut Rudy, pabrik itu menyerap 300 pekerja.",
            "Rudy Hartawan",
            {"Oei Kok Wah", "Rudy"},
        ),
    ],
)
def test_declared_alias_is_the_same_person(text: str, name: str, forms: set[str]) -> None:
    persons = _persons(text)
    assert name in persons, persons
    assert forms <= persons[name], persons
    assert len(persons) == 1, persons


def test_two_names_joined_by_atau_stay_two_people() -> None:
    persons = _persons("Budi Santoso atau Andi Wijaya akan dipilih. Andi tersenyum.")
    assert {"Budi Santoso", "Andi Wijaya"} <= set(persons), persons
