"""Companies kept whole and typed organisations: legal forms after the name ("Sdn Bhd",
"Co., Ltd.", "LLC"), company words ("Systems", "Holdings"), one-word global companies,
and a company's short name after its full name (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.entities.spans import is_company


def _refs(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: (r.type, r.mentions) for r in refs}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lestari Agro Plantation Sdn Bhd menandatangani kontrak baru.",
            "Lestari Agro Plantation Sdn Bhd",
        ),
        ("Kontrak itu dimenangi Orion Data Systems Corp pekan lalu.", "Orion Data Systems Corp"),
        (
            "Harga saham Cahaya Timur Pte Ltd dan Baruna Digital LLC naik tajam.",
            "Baruna Digital LLC",
        ),
        (
            "Harga saham Cahaya Timur Pte Ltd dan Baruna Digital LLC naik tajam.",
            "Cahaya Timur Pte Ltd",
        ),
    ],
)
def test_company_with_legal_form_is_one_organisation(text: str, name: str) -> None:
    refs = _refs(text)
    assert refs[name][0] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Shell menaikkan harga bahan bakar di Malaysia.",
        "Menurut Petronas, pasokan gas ke Singapura aman.",
        "Huawei membuka pusat data baru di Jakarta.",
    ],
)
def test_one_word_global_company_is_an_organisation(text: str) -> None:
    refs = _refs(text)
    companies = {"Shell", "Petronas", "Huawei"} & set(refs)
    assert companies
    assert all(refs[c][0] == "ORG" for c in companies)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "PT Sinar Bahari Sentosa Tbk membukukan laba. Kenaikan itu, menurut laporan "
            "Sinar Bahari yang dirilis Senin, berasal dari ekspor.",
            "PT Sinar Bahari Sentosa Tbk",
            "Sinar Bahari",
        ),
        (
            "Gunung Perkasa Mineral Sdn Bhd membeli tambang itu. Direksi Gunung Perkasa "
            "menolak berkomentar.",
            "Gunung Perkasa Mineral Sdn Bhd",
            "Gunung Perkasa",
        ),
    ],
)
def test_company_short_name_is_the_company(text: str, full: str, short: str) -> None:
    refs = _refs(text)
    assert refs[full][0] == "ORG"
    assert short not in refs or refs[short][0] == "ORG"
    assert all(short not in mentions or name == full for name, (_t, mentions) in refs.items())


def test_company_shape() -> None:
    assert is_company("Garuda Holdings")
    assert is_company("PT Bumi Hijau")
    assert not is_company("Budi Santoso")
    assert not is_company("Holdings")


def test_country_before_a_company_is_its_origin() -> None:
    refs = _refs("Beijing memasukkan perusahaan Jepang Orion Data Corp ke daftar hitam.")
    assert refs["Orion Data Corp"][0] == "ORG"
    assert refs["Japan"][0] == "LOC"


@pytest.mark.parametrize(
    "text",
    [
        "Kritik PT Sumber Daya Lestari Tbk terhadap pemerintah daerah memicu polemik.",
        "Desakan PT Nusa Energi Abadi Tbk agar izin diperpanjang ditolak.",
    ],
)
def test_a_sentences_first_noun_before_pt_stays_out_of_the_company(text: str) -> None:
    names = _refs(text)
    company = next(n for n in names if "PT" in n)
    assert company.startswith("PT "), names
