"""Regional forms of address before a word of a person's name ("Bli <Given>", "Mangku
<Surname>", "Buya <Given>", "Ampon <Given>", "Mamiq <Given>", "Karaeng <Given>", "Kaka
<Nick>", "Mama <Given>") are that person, whatever the tagger made of them (issue 17,
blind4/blind5 class; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "form"),
    [
        (
            "Kelian banjar, I Ketut Darma Yasa, memimpin upacara di pura desa. Menurut Bli "
            "Darma, persiapan sudah berlangsung sebulan.",
            "I Ketut Darma Yasa",
            "Bli Darma",
        ),
        (
            "Pemangku pura desa, I Wayan Sudita Arsana, memercikkan tirta. Upacara "
            "berakhir setelah Mangku Arsana menutup doa.",
            "I Wayan Sudita Arsana",
            "Mangku Arsana",
        ),
        (
            "Ulama Sumatera Barat, Hasbullah Datuk Sinaro, membuka pengajian di Bukittinggi. "
            "Buya Hasbullah berpesan agar warga menjaga surau.",
            "Hasbullah Datuk Sinaro",
            "Buya Hasbullah",
        ),
        (
            "Mantan camat Teuku Faisal Ramli Yusuf hadir di pengadilan. Warga kampungnya "
            "mengenal Ampon Faisal sebagai tokoh yang ramah.",
            "Teuku Faisal Ramli Yusuf",
            "Ampon Faisal",
        ),
        (
            "Tokoh adat Sulawesi Selatan, Andi Bachtiar Mappanyukki, menerima tamu. Karaeng "
            "Bachtiar menyebut tradisi itu berusia ratusan tahun.",
            "Andi Bachtiar Mappanyukki",
            "Karaeng Bachtiar",
        ),
        (
            'Bidan desa, Yosefina Kewa Ratu, menempuh dua jam perjalanan. "Kami jalan kaki," '
            "kata Mama Yosefina kepada wartawan.",
            "Yosefina Kewa Ratu",
            "Mama Yosefina",
        ),
    ],
)
def test_call_word_before_a_word_of_the_name(text: str, name: str, form: str) -> None:
    persons = _persons(text)
    assert form in persons.get(name, set()), persons
    assert form not in persons


def test_call_name_after_atau_is_declared() -> None:
    text = (
        "Relawan kesehatan Markus Tabuni atau Kaka Mar berkeliling kampung. Kaka Mar "
        "membawa obat cacing untuk anak-anak."
    )
    persons = _persons(text)
    assert "Kaka Mar" in persons.get("Markus Tabuni", set()), persons


def test_call_word_before_an_unrelated_word_stays_apart() -> None:
    text = (
        "Ketua panitia, Made Wirawan Putra, membuka acara. Bli Komang, pedagang di sana, "
        "mengaku senang."
    )
    persons = _persons(text)
    assert "Bli Komang" not in persons.get("Made Wirawan Putra", set()), persons
