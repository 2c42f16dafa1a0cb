"""Health centres, hospitals and prisons named after their place ("Puskesmas <Place>",
"RSUD <Place>", "Lapas <Place>") are organisations, not places (issue 17; invented
sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Korban dibawa ke Puskesmas Oesapa untuk dirawat.", "Puskesmas Oesapa"),
        ("Terpidana dipindahkan dari Lapas Sukamiskin ke Rutan Salemba.", "Lapas Sukamiskin"),
        ("Terpidana dipindahkan ke Rutan Salemba di Jakarta.", "Rutan Salemba"),
        ("Pasien dirawat di RSUP Sardjito, Yogyakarta.", "RSUP Sardjito"),
    ],
)
def test_facility_is_an_organisation(text: str, name: str) -> None:
    _mentions, refs = resolve_article(text, find_mentions(text))
    types = {r.name: r.type for r in refs}
    assert types.get(name) == "ORG", types
