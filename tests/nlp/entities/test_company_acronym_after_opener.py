""" "PT <ACR>" after "PT <Full Name> (<ACR>)" is that company, not a second one (issue 17,
blind8 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Pansus memanggil manajemen PT Sinar Baja Nusantara Industri (SBNI) pekan depan. "
            "Juru bicara PT SBNI, Rudi Hartanto, membantah tudingan itu.",
            "PT SBNI",
        ),
        (
            "Warga memprotes limbah PT Samudra Lestari Abadi Sentosa (SLAS). Direktur PT SLAS "
            "berjanji memperbaiki instalasi pengolahan.",
            "PT SLAS",
        ),
    ],
)
def test_pt_and_a_declared_acronym_is_the_company(text: str, short: str) -> None:
    _mentions, refs = resolve_article(text, find_mentions(text))
    holders = [r for r in refs if short in r.mentions]
    assert len(holders) == 1 and holders[0].name.startswith("PT ") and holders[0].name != short, (
        refs
    )
