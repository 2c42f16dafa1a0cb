"""Classes pooled over every blind set's misses (issue 18): the two who just met named
back by "kedua pejabat", "kedua kepala negara/pemerintahan", or "kedua negara/pejabat"
after an opening naming the meeting; leaders watching a signing as its
parties; the list spelling out the matter of talks no side of them. Tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

PUBLISHED = "2026-03-05"

_coded = partial(coded_triples, published=PUBLISHED)

_LEADERS_MET = (
    "Presiden Chile Mateo Alvarado bertemu Perdana Menteri Norwegia Ingrid Solberg di "
    "Oslo, Senin (2/3/2026). "
)
_MINISTERS_MET = (
    "Menteri Perdagangan Chile Mateo Alvarado bertemu Menteri Perdagangan Norwegia "
    "Ingrid Solberg di Oslo, Senin (2/3/2026). "
)


def _agreed(coded: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "cooperate", b) in coded or (b, "cooperate", a) in coded


# 1. "Kedua pejabat …", "Kedua kepala negara/pemerintahan …": the two who just met
def test_the_two_officials_who_met_sign() -> None:
    coded = _coded(_MINISTERS_MET + "Kedua pejabat menandatangani nota kesepahaman dagang.")
    assert _agreed(coded, "Mateo Alvarado", "Ingrid Solberg")


def test_the_two_heads_of_government_who_met_sign() -> None:
    coded = _coded(_LEADERS_MET + "Kedua kepala pemerintahan menandatangani perjanjian perikanan.")
    assert _agreed(coded, "Mateo Alvarado", "Ingrid Solberg")


# 2. "Dalam pertemuan itu, kedua pejabat/negara …": the opening names the meeting, so
# the two are those who met, whatever the noun
def test_both_after_an_opening_naming_the_meeting_are_those_who_met() -> None:
    coded = _coded(
        _MINISTERS_MET + "Dalam pertemuan itu, kedua pejabat sepakat menghapus bea masuk salmon."
    )
    assert _agreed(coded, "Mateo Alvarado", "Ingrid Solberg")


def test_both_states_after_an_opening_naming_the_meeting_are_those_who_met() -> None:
    coded = _coded(
        "Menteri Pertahanan Chile Mateo Alvarado bertemu Menteri Pertahanan Norwegia di "
        "Oslo, Senin (2/3/2026). Dalam pertemuan itu, kedua negara meneken kontrak "
        "pengadaan dua kapal patroli."
    )
    assert any(r[1] == "cooperate" and "Mateo Alvarado" in (r[0], r[2]) for r in coded), coded


# 3. "Kedua pemimpin menyaksikan penandatanganan …": the leaders watching are its
# parties; one official watching others sign, or a signing naming its parties after
# "antara", makes the watchers no party
def test_leaders_watching_a_signing_are_its_parties() -> None:
    coded = _coded(
        _LEADERS_MET + "Kedua pemimpin menyaksikan penandatanganan dua nota kesepahaman."
    )
    assert _agreed(coded, "Mateo Alvarado", "Ingrid Solberg")


def test_one_official_watching_others_sign_is_no_party() -> None:
    coded = _coded(
        "Menteri Perdagangan Chile Mateo Alvarado menyaksikan penandatanganan kontrak PT "
        "Salmon Andes dengan Nordic Seafood AS di Oslo, Senin (2/3/2026)."
    )
    assert not any(r[1] == "cooperate" for r in coded), coded


def test_leaders_watching_a_signing_between_others_are_no_party() -> None:
    coded = _coded(
        _LEADERS_MET
        + "Kedua pemimpin menyaksikan penandatanganan nota kesepahaman antara perusahaan "
        "kedua negara."
    )
    assert not _agreed(coded, "Mateo Alvarado", "Ingrid Solberg")


# 4. "perundingan dua segmen perbatasan, yakni A dan B": what the talks are about, no
# side of them
def test_the_list_spelling_out_the_matter_of_talks_is_no_side() -> None:
    coded = _coded(
        "Menteri Luar Negeri Chile Mateo Alvarado bertemu Menteri Luar Negeri Peru Lucia "
        "Paredes di Lima, Senin (2/3/2026). Dalam pertemuan itu, kedua negara sepakat "
        "menuntaskan perundingan dua segmen perbatasan, yakni Tacna Utara dan Arica "
        "Selatan."
    )
    assert _agreed(coded, "Mateo Alvarado", "Lucia Paredes")
    assert {t for _, _, t in coded} <= {"Mateo Alvarado", "Lucia Paredes", "Peru", "Chile"}
