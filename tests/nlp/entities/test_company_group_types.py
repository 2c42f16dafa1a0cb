"""Firms closed by a company word ("Group", "Corporation", "Holding") are organisations,
even when the tagger reads a place in them; a ministry named "... dan <Field> <Country>"
keeps its country (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _types(text: str) -> dict[str, str]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.type for r in refs}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Saham Nusantara Sejahtera Group naik tajam di Jakarta pekan ini.",
            "Nusantara Sejahtera Group",
        ),
        (
            "Proyek itu digarap Borneo Energi Corporation sejak tahun lalu.",
            "Borneo Energi Corporation",
        ),
        ("Kantor Jawa Prima Group berada di Surabaya.", "Jawa Prima Group"),
    ],
)
def test_company_word_names_are_organisations(text: str, name: str) -> None:
    assert _types(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kementerian Perindustrian dan Perdagangan Vietnam menolak usulan itu.",
            "Kementerian Perindustrian dan Perdagangan Vietnam",
        ),
        (
            "Juru bicara Kementerian Luar Negeri dan Perdagangan Kanada hadir di Bali.",
            "Kementerian Luar Negeri dan Perdagangan Kanada",
        ),
    ],
)
def test_ministry_named_for_its_state_is_whole(text: str, name: str) -> None:
    assert _types(text).get(name) == "ORG"
