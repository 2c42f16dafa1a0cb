"""The holder in apposition after "<office> <territory>," is a person, even where the
tagger typed him a place; a one-word name no full name holds is the one person whose
given name ends with it, three letters shorter at least (Javanese call names: "Dhani" of
"Ramadhani ..."), and a nickname declared for it follows (issue 17, blind6 class;
invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _refs(text: str) -> dict[str, tuple[str, set[str]]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: (r.type, set(r.mentions)) for r in refs}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Wali Kota Madiun Ramadhani Eko Saputro membuka pasar. Warga menyalami Dhani yang "
            "datang dengan sepeda.",
            "Ramadhani Eko Saputro",
            "Dhani",
        ),
        (
            "Bupati Sleman, Kustini Sri Purnomo, meninjau tanggul. Kepada warga, Tini berjanji "
            "membangun pompa air.",
            "Kustini Sri Purnomo",
            "Tini",
        ),
    ],
)
def test_end_of_the_given_name_is_the_person(text: str, name: str, short: str) -> None:
    refs = _refs(text)
    assert short in refs.get(name, ("", set()))[1], refs


def test_two_given_names_ending_alike_leave_it() -> None:
    text = (
        "Rapat itu dihadiri Bupati Sleman, Ramadhani Eko Saputro, dan Hamdhani Putra Wijaya. "
        "Panitia menyambut Dhani di pintu."
    )
    refs = _refs(text)
    assert "Dhani" not in refs.get("Ramadhani Eko Saputro", ("", set()))[1], refs
    assert "Dhani" not in refs.get("Hamdhani Putra Wijaya", ("", set()))[1], refs


def test_holder_after_office_and_territory_with_nickname() -> None:
    text = (
        "BLITAR - Bupati Blitar, Rijanto, hadir bersama Kepala Dinas Sosial, Wahyu Budi "
        "Santoso. Menurut Kang Bup, sapaan warga kepada bupatinya, bantuan segera cair.\n\n"
        "Keterangan foto: BUPATI BLITAR ARIF RIJANTO WIBOWO MENYERAHKAN BANTUAN."
    )
    refs = _refs(text)
    persons = {n: m for n, (t, m) in refs.items() if t == "PER"}
    owner = [n for n, m in persons.items() if "Rijanto" in m]
    assert owner and "Kang Bup" in persons[owner[0]], refs
