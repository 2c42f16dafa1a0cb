"""A woman the article introduces as a man's wife by his name ("Istrinya, yang dikenal
warga sebagai Bu <Husband>", "Istrinya, Bu <Husband>,") is a person of her own, not her
husband (issue 17, blind8 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


@pytest.mark.parametrize(
    ("text", "husband"),
    [
        (
            "Barisan depan dipimpin Warok Karsin (70), sesepuh paguyuban. Istrinya, yang "
            'dikenal warga sebagai Bu Karsin, berjalan di belakang. "Kami ikut," kata Bu Karsin.',
            "Karsin",
        ),
        (
            "Nelayan Darmo Sukirno (52) hilang di laut. Istrinya, Bu Darmo, menunggu di "
            'dermaga. "Suami saya belum pulang," ujar Bu Darmo.',
            "Darmo",
        ),
        (
            "Warung milik Pak Suwito ludes terbakar. Isterinya, yang biasa disapa Ibu Suwito, "
            "selamat.",
            "Suwito",
        ),
    ],
)
def test_the_wife_by_her_husbands_name_is_her_own_person(text: str, husband: str) -> None:
    _mentions, refs = resolve_article(text, find_mentions(text))
    wife = [
        r
        for r in refs
        if any(m.endswith(husband) and m.split()[0] in {"Bu", "Ibu"} for m in r.mentions)
    ]
    assert len(wife) == 1 and wife[0].name == "Nyonya " + husband, refs
    assert all(
        not m.startswith(("Bu ", "Ibu ")) for r in refs if r is not wife[0] for m in r.mentions
    ), refs
