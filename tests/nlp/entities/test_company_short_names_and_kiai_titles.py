"""A company named "PT <Name> Tbk" and, in the same article, "<Name> Tbk" or the first
words of its name read as a place; a kiai named "RKH <Name>" read as an acronym; a
Madurese or Banjar form of address ("Lora <Word>", "Julak <Word>") before a word of a
known name (issue 17, blind7 classes; invented sentences)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve


def _entities(text: str, tagged: list[tuple[str, str]]) -> dict[str, tuple[str, str | None]]:
    return {surface: (t, entity) for surface, t, entity in resolve(text, tagged)}


@pytest.mark.parametrize(
    ("text", "full", "short", "short_type"),
    [
        (
            "Emiten tambang PT Bumi Karang Sentosa Tbk mencatat rugi. Harga saham Bumi Karang "
            "Sentosa Tbk turun 4 persen.",
            "PT Bumi Karang Sentosa Tbk",
            "Bumi Karang Sentosa Tbk",
            "ORG",
        ),
        (
            "Bursa menghentikan perdagangan saham PT Rimba Raya Lestari Tbk. Analis menilai "
            "fundamental Rimba Raya masih kuat.",
            "PT Rimba Raya Lestari Tbk",
            "Rimba Raya",
            "LOC",
        ),
        (
            "Kontrak itu dimenangi CV Sumber Tirta Abadi. Pemilik Sumber Tirta Abadi "
            "membantah ada suap.",
            "CV Sumber Tirta Abadi",
            "Sumber Tirta Abadi",
            "ORG",
        ),
    ],
)
def test_a_company_without_its_legal_opener_is_the_company(
    text: str, full: str, short: str, short_type: str
) -> None:
    out = _entities(text, [(full, "ORG"), (short, short_type)])
    assert out[short] == ("ORG", full)


@pytest.mark.parametrize("title", ["RKH", "KH", "KHR"])
def test_a_kiai_is_no_acronym(title: str) -> None:
    text = f"Pengajian dipimpin {title} Lutfi Hamdani. Lutfi berpesan agar santri rajin."
    out = _entities(text, [(f"{title} Lutfi Hamdani", "ORG"), ("Lutfi", "PER")])
    # the honorific is the person's title, outside the name
    assert out["Lutfi Hamdani"] == ("PER", "Lutfi Hamdani")
    assert out["Lutfi"] == ("PER", "Lutfi Hamdani")


@pytest.mark.parametrize("address", ["Lora", "Julak", "Acil", "Amang"])
def test_a_regional_form_of_address_before_a_known_name(address: str) -> None:
    text = (
        f"Acara dibuka Hasbullah Mahfudz, tokoh desa itu. Warga memanggilnya {address} "
        f"Hasbullah. Setelah itu {address} Hasbullah meresmikan asrama."
    )
    out = _entities(
        text,
        [
            ("Hasbullah Mahfudz", "PER"),
            (f"{address} Hasbullah", "ORG"),
            (f"{address} Hasbullah", "ORG"),
        ],
    )
    assert out[f"{address} Hasbullah"] == ("PER", "Hasbullah Mahfudz")
