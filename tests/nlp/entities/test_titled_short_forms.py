"""A short form that several full names of an article hold goes to the one the article
named before it, or to the one written with the same title ("Kiai Rozak" is the man
introduced as "KH Abdul Rozak Fathoni", not his son "Gus Ilham Rozak") (issue 17;
invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _owner(text: str, form: str) -> list[str]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return [r.name for r in refs if r.type == "PER" and form in r.mentions]


@pytest.mark.parametrize(
    ("text", "form", "person"),
    [
        (
            "Pengasuh pesantren, KH Abdul Rozak Fathoni, memimpin doa. Kiai Rozak "
            "mengingatkan santri. Putranya, Gus Ilham Rozak, menjadi panitia.",
            "Kiai Rozak",
            "Abdul Rozak Fathoni",
        ),
        (
            "Pengasuh pesantren, KH Ahmad Sobari Wahid, memimpin doa. Kiai Sobari "
            "mengingatkan santri. Putranya, Muhammad Fadlan Sobari, menjadi panitia.",
            "Kiai Sobari",
            "Ahmad Sobari Wahid",
        ),
        (
            "Pengasuh pondok, Kiai Ahmad Basyir, datang bersama putranya, Gus Fadli Basyir. "
            "Kiai Basyir meminta kuota ditambah.",
            "Kiai Basyir",
            "Ahmad Basyir",
        ),
        (
            "Ulama sepuh Kyai Harun Mahrus hadir bersama cucunya, Gus Syauqi Mahrus. "
            "Dalam sambutannya, Kiai Mahrus berpesan agar santri rajin mengaji.",
            "Kiai Mahrus",
            "Harun Mahrus",
        ),
    ],
)
def test_short_form_goes_to_the_earlier_or_same_titled_name(
    text: str, form: str, person: str
) -> None:
    assert _owner(text, form) == [person]
