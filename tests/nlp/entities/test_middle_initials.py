"""A middle initial with its period does not end a person's name ("Hasan T. Wirayuda",
not "Hasan T" and "Wirayuda"), and a Bugis-Makassar title name closing a full name
("... Daeng Pasau") leaves the personal name before it to be cited alone (issue 17;
invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.names import name_key
from warta.nlp.entities.ner import find_mentions


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Konsul Jenderal RI di Dubai, Hasan T. Wirayuda, mengatakan pihaknya siap. "
            "Menurut Hasan, jemaah aman.",
            "Hasan T. Wirayuda",
            "Hasan",
        ),
        (
            "Kepala dinas, Rina K. Halimah, mengatakan sekolah dibuka. Rina menyebut siswa aman.",
            "Rina K. Halimah",
            "Rina",
        ),
        (
            "Pelatih Persikota, Andi S. Baharuddin, menyambut baik dukungan itu. "
            "Menurut Andi, timnya siap.",
            "Andi S. Baharuddin",
            "Andi",
        ),
        (
            "Bendahara desa, Maria J. Simanjuntak, mengatakan dana cair. "
            "Maria berterima kasih kepada warga.",
            "Maria J. Simanjuntak",
            "Maria",
        ),
    ],
)
def test_middle_initial_keeps_the_name_whole(text: str, full: str, short: str) -> None:
    persons = _persons(text)
    assert full in persons, persons
    assert short in persons[full]
    last = full.split()[-1]
    assert last not in persons  # the surname is not a second person


def test_an_initial_before_a_sentence_opener_stays_the_end() -> None:
    persons = _persons("Saya bertemu Budi S. Kemudian kami makan bersama di warung.")
    assert not any("Kemudian" in name for name in persons)


def test_initial_period_does_not_change_the_name_key() -> None:
    assert name_key("Rudi T. Situmorang") == name_key("Rudi T Situmorang")


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Pelatih tim, Andi S. Basri Daeng Naba, menyambut baik. "
            "Andi Basri mencatat timnya menang.",
            "Andi S. Basri Daeng Naba",
            "Andi Basri",
        ),
        (
            "Ketua adat Andi Baso Amiruddin Daeng Pasau membuka pesta panen. "
            "Menurut Baso Amiruddin, panen tahun ini bagus.",
            "Andi Baso Amiruddin Daeng Pasau",
            "Baso Amiruddin",
        ),
        (
            "Kepala sekolah Muhammad Yusuf Daeng Tompo meninjau kelas. "
            "Muhammad Yusuf berjanji memperbaiki atap.",
            "Muhammad Yusuf Daeng Tompo",
            "Muhammad Yusuf",
        ),
    ],
)
def test_name_before_a_closing_daeng_title_is_the_person(text: str, full: str, short: str) -> None:
    persons = _persons(text)
    holders = [name for name, forms in persons.items() if short in forms]
    assert holders == [full], persons
