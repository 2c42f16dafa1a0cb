"""Palembang hereditary name parts (Kiagus/Kgs., Kemas/Kms., Masagus/Mgs., Nyimas,
Nyayu) open a person's name, also where the tagger runs it into the office before it
or reads the abbreviation as an acronym, and "<title> <later word>" cites the bearer;
Javanese old and spoken spellings of one name ("th"/"t", "a"/"o") and a Ukrainian name
beside its Russian transliteration are one person in an article (issue 17, blind8
classes; invented sentences)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _refs(text: str) -> dict[str, tuple[str, set[str]]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: (r.type, set(r.mentions)) for r in refs}


def _holder(refs: dict[str, tuple[str, set[str]]], form: str) -> tuple[str, str]:
    return next((n, t) for n, (t, forms) in refs.items() if form in forms)


@pytest.mark.parametrize(
    ("text", "office", "person"),
    [
        (
            "Kepala Dinas Pendidikan Sumsel Kemas Fikri Mahendra meninjau sekolah. "
            "Menurut Fikri, atap kelas bocor.",
            "Dinas Pendidikan Sumsel Kemas Fikri Mahendra",
            "Kemas Fikri Mahendra",
        ),
        (
            "Sekretaris Daerah Kota Palembang Kgs. Ahmad Fauzan Harun membuka acara.",
            "Daerah Kota Palembang Kgs",
            "Kgs. Ahmad Fauzan Harun",
        ),
    ],
)
def test_a_hereditary_title_opens_a_person_after_an_office(
    text: str, office: str, person: str
) -> None:
    out = resolve(text, [(office, "ORG")])
    assert (person, "PER") in [(s, t) for s, t, _e in out], out


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            'Pelatih kepala Nyimas Laila Kurniasih memimpin latihan. "Kami siap," ujar '
            "Nyimas Kurnia.",
            "Nyimas Kurnia",
            "Nyimas Laila Kurniasih",
        ),
        (
            "Ketua panitia Kiagus Mahmud Syarifuddin membuka festival. Kiagus Syarif "
            "menyebut 40 perahu ikut lomba.",
            "Kiagus Syarif",
            "Kiagus Mahmud Syarifuddin",
        ),
    ],
)
def test_the_title_and_a_later_word_cite_the_bearer(text: str, short: str, full: str) -> None:
    out = resolve(text, [(full, "ORG"), (short, "PER")])
    entities = {s: (t, e) for s, t, e in out}
    assert entities[full][0] == entities[short][0] == "PER", out
    assert entities[full][1] == entities[short][1], out


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Juru kunci menyebut Mangkurat Jathi dihormati warga. Cerita Mongkurot Jati "
            "diwariskan turun-temurun.",
            ["Mangkurat Jathi", "Mongkurot Jati"],
        ),
        (
            "Warga mengenang Santosa Wiryo. Kisah Santoso Wirya ditulis ulang.",
            ["Santosa Wiryo", "Santoso Wirya"],
        ),
    ],
)
def test_javanese_spellings_of_one_name_are_one_person(text: str, forms: list[str]) -> None:
    out = resolve(text, [(f, "PER") for f in forms])
    entities = {e for s, t, e in out if s in forms}
    assert len(entities) == 1, out


@pytest.mark.parametrize(
    "forms",
    [
        ["Hryhorii Melnyk", "Grigory Melnik"],
        ["Oleh Horbach", "Oleg Gorbach"],
    ],
)
def test_a_ukrainian_name_and_its_russian_spelling_are_one_person(forms: list[str]) -> None:
    text = (
        f"Juru bicara militer Ukraina, {forms[0]}, membantah laporan itu. "
        f"Media Moskow menulis namanya {forms[1]}."
    )
    out = resolve(text, [(f, "PER") for f in forms])
    entities = {e for s, t, e in out if s in forms}
    assert len(entities) == 1, out
