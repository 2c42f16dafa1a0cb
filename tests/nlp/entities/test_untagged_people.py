"""People the tagger misses in shapes the press gives only to people (issue 17, blind8
classes; invented sentences): a name with an age in brackets, the holder in apposition
after an office and its territory, "<Given> <X>. <Surname>", a given name run into the
company before it, every initials of a declared list, and a nickname declared after an
apposition ("<Name> (61), pedagang sayur yang akrab disapa <Nick>")."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.entities.untagged import untagged_aged_names


def _refs(text: str) -> dict[str, tuple[str, set[str]]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: (r.type, set(r.mentions)) for r in refs}


def _person_named(refs: dict[str, tuple[str, set[str]]], form: str) -> str:
    return next(n for n, (t, forms) in refs.items() if t == "PER" and form in forms)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Banjir menyeret rumah warga. Korban tewas adalah Warsinah (66) dan cucunya.", "Warsinah"),
        ("Polisi menemukan jasad Kartubi (54) di tepi kali, kata saksi mata.", "Kartubi"),
        ("Dua pendaki, Yogi Pratama (23) dan rekannya, dievakuasi tim SAR.", "Yogi Pratama"),
    ],
)
def test_a_name_with_an_age_is_a_person(text: str, person: str) -> None:
    assert _refs(text)[person][0] == "PER"


def test_a_numbered_clause_or_a_date_is_no_person() -> None:
    refs = _refs("Ia dijerat Pasal 12 Ayat (3) undang-undang itu pada Senin (14/12).")
    assert not any(t == "PER" for t, _f in refs.values()), refs


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kepala Desa Sukaraja, Wartono, menyebut 30 rumah rusak.", "Wartono"),
        ("Lurah Pabuaran, Suminta, mengatakan air mulai surut.", "Suminta"),
        ("Camat Cilebut, Hendra Wiguna, meminta warga waspada.", "Hendra Wiguna"),
    ],
)
def test_the_holder_after_office_and_territory_is_a_person(text: str, person: str) -> None:
    assert _refs(text)[person][0] == "PER"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "Analis Bahtera Sekuritas, Rina B. Hutasoit, menilai harga saham wajar.",
            "Rina B. Hutasoit",
        ),
        ("Menurut ekonom Fajar T. Wibisono, inflasi akan turun tahun depan.", "Fajar T. Wibisono"),
    ],
)
def test_a_given_name_an_initial_and_a_surname_is_a_person(text: str, form: str) -> None:
    refs = _refs(text)
    assert _person_named(refs, form)


def test_a_street_with_an_initial_stays_a_street() -> None:
    refs = _refs("Warga berkumpul di Jalan A. Yani sejak pagi.")
    assert not any(t == "PER" and "Jalan A. Yani" in f for t, f in refs.values()), refs


@pytest.mark.parametrize(
    ("text", "company", "person"),
    [
        (
            "Direktur Utama Bank Sentosa Abadi Markus T. Halim menyebut laba naik.",
            "Bank Sentosa Abadi Markus",
            "Markus T. Halim",
        ),
        (
            "Presiden Direktur Sinar Harapan Group Yohanes P. Situmorang hadir.",
            "Sinar Harapan Group Yohanes",
            "Yohanes P. Situmorang",
        ),
    ],
)
def test_a_given_name_run_into_the_company_goes_to_its_person(
    text: str, company: str, person: str
) -> None:
    tail = person.split(" ", 1)[1]
    out = resolve(text, [(company, "ORG"), (tail, "PER")])
    assert (person, "PER") in [(s, t) for s, t, _e in out], out
    assert company.rsplit(" ", 1)[0] in [s for s, _t, _e in out], out


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Polisi menahan pelaku berinisial BK, RS, dan TW di rumahnya.", ["BK", "RS", "TW"]),
        ("Empat tersangka berinisial HN, AD, YS dan FR diperiksa.", ["HN", "AD", "YS", "FR"]),
    ],
)
def test_every_initials_of_a_declared_list_is_a_person(text: str, initials: list[str]) -> None:
    refs = _refs(text)
    for short in initials:
        assert refs.get(short, ("", set()))[0] == "PER", (short, refs)


@pytest.mark.parametrize(
    ("text", "nick", "person"),
    [
        (
            "Pasar terbakar. Salmiah (58), pedagang sayur yang akrab disapa Etek Sal, "
            'kehilangan dagangan. "Habis semua," kata Etek Sal.',
            "Etek Sal",
            "Salmiah",
        ),
        (
            "Warga berduka. Darmaji (70), tukang cukur yang biasa dipanggil Mbah Dar, "
            "meninggal dunia. Mbah Dar dikenal ramah.",
            "Mbah Dar",
            "Darmaji",
        ),
    ],
)
def test_a_nickname_after_an_apposition_is_its_bearer(text: str, nick: str, person: str) -> None:
    refs = _refs(text)
    assert nick in refs[person][1], refs


def test_an_age_after_a_fathers_name_after_bin_adds_no_person() -> None:
    assert untagged_aged_names("Pelaku, Hamdan bin Yusuf (41), ditahan polisi.", []) == []


def test_an_age_after_a_clan_name_after_its_particle_adds_the_whole_name() -> None:
    # FE20: "<Given> boru <Clan> (70)" the tagger missed is one person, never the clan alone
    text = "Di ladang itu ada Rosmini boru Sitepu (70), yang dipanggil Opung Rosmi."
    assert [text[x.start : x.end] for x in untagged_aged_names(text, [])] == [
        "Rosmini boru Sitepu"
    ]


@pytest.mark.parametrize(
    ("text", "left", "right", "whole"),
    [
        (
            "Wali Kota Yudi Eka Putra Sandi Wirawan meninjau pasar.",
            "Yudi Eka",
            "Sandi Wirawan",
            "Yudi Eka Putra Sandi Wirawan",
        ),
        (
            "Kapolres AKBP Dimas Tri Putra Aji Nugraha memimpin apel.",
            "Dimas Tri",
            "Aji Nugraha",
            "Dimas Tri Putra Aji Nugraha",
        ),
    ],
)
def test_two_person_spans_one_name_word_apart_are_one_name(
    text: str, left: str, right: str, whole: str
) -> None:
    out = resolve(text, [(left, "PER"), (right, "PER")])
    assert (whole, "PER") in [(s, t) for s, t, _e in out], out


def test_two_people_a_weekday_apart_stay_two() -> None:
    text = "Rapat dihadiri Budi Hartono Senin Ani Lestari juga hadir."
    out = resolve(text, [("Budi Hartono", "PER"), ("Ani Lestari", "PER")])
    assert {"Budi Hartono", "Ani Lestari"} <= {s for s, _t, _e in out}, out
