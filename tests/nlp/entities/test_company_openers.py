"""A company opened by "PT", "CV" or "Perumda" is the whole name after it: the tagger
cuts it after a word ("PT Sinar| Bumi Lestari"), leaves the opener out ("CV"), or
takes the words for a man ("Perumda Tirta Sanjaya" typed PER); a person named right
after it stays a person (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.entities.spans import clean_ner, is_company
from warta.records import Mention


def _refs(text: str) -> dict[str, str]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.type for r in refs}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Lahan itu milik PT Sinar Bumi Lestari yang berkantor di Medan.", "PT Sinar Bumi Lestari"),
        (
            "Direktur Utama PT Persatuan Sepakbola Kendari, Rudi Hartono, mengatakan klub sehat.",
            "PT Persatuan Sepakbola Kendari",
        ),
        (
            "Pengirimnya adalah PT Mina Jaya Lestari dan CV Teluk Biru Sentosa.",
            "CV Teluk Biru Sentosa",
        ),
        (
            "Kontrak diteken Direktur Utama PT Garuda Sakti Bermartabat, Hendra Wibisono.",
            "PT Garuda Sakti Bermartabat",
        ),
    ],
)
def test_company_name_is_whole_and_an_organisation(text: str, company: str) -> None:
    refs = _refs(text)
    assert refs.get(company) == "ORG", refs


def test_a_person_after_the_company_is_not_swallowed() -> None:
    refs = _refs("Dirut PT Sinar Laut Makmur Andi Basri Latif menyebut klub merugi.")
    assert refs.get("PT Sinar Laut Makmur") == "ORG", refs
    assert refs.get("Andi Basri Latif") == "PER", refs


def test_company_openers() -> None:
    assert is_company("CV Teluk Biru") and is_company("Perumda Tirta Sanjaya")
    assert not is_company("Budi Jaya")


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        (
            "3 Juni 2025 - Kepala Dinas PU Rudi Santoso dan Direktur CV Tirta Alam Sejati "
            "Warsono ditetapkan sebagai tersangka.",
            "Tirta Alam Sejati Warsono",
        ),
        (
            "Direktur CV Bintang Laut Jaya Sutarjo ditahan penyidik, Senin.",
            "Bintang Laut Jaya Sutarjo",
        ),
    ],
)
def test_a_cv_before_a_tagged_person_ends_in_the_company(text: str, tagged: str) -> None:
    # The tagger calls "<company words> <Name>" a person; the company opener widens the
    # span back to "CV", and the acronym rule must not then cut "CV" off and hand the same
    # words back (it recursed without end once).
    start = text.index(tagged)
    spans = clean_ner(text, Mention(start, start + len(tagged), tagged, "PER"))
    assert [(text[s.start : s.end].split()[0], s.type) for s in spans][:1] == [("CV", "ORG")]
