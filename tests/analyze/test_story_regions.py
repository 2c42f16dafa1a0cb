"""Regencies named in leads keep an e5 link from bridging two happenings of one kind
(:func:`warta.analyze.stories.lead_regions`; :mod:`warta.analyze.story_clusters`:
``_apart_places(regencies=True)``, ``_other_days_and_places`` in the pair test).

Invented articles: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import sparse

from warta.analyze import embeddings as embedding_backend
from warta.analyze import story_clusters
from warta.analyze.stories import BARS, StoryIndex, StoryInput, lead_places, lead_regions
from warta.analyze.story_clusters import CAPITAL, UnitView, _apart_places, pair_link

JATENG, JATIM = "Jawa Tengah", "Jawa Timur"

# --- lead_regions -------------------------------------------------------------------


def test_lead_regions_add_the_regencies_and_cities_to_the_provinces() -> None:
    assert lead_regions("KLATEN - Banjir merendam dua desa.") == {JATENG, f"{JATENG}/Klaten"}
    assert lead_regions("Sapi warga Kabupaten Ngawi mati mendadak.") == {
        JATIM,
        f"{JATIM}/Ngawi",
    }
    both = lead_regions("Angin kencang melanda Kota Madiun dan Kabupaten Magetan, Senin.")
    assert both == {JATIM, f"{JATIM}/Madiun", f"{JATIM}/Magetan"}


def test_lead_regions_name_no_regency_for_a_province_alone() -> None:
    assert lead_regions("Gubernur Jawa Tengah meninjau lokasi.") == {JATENG}
    assert lead_regions("Dinkes Jatim menurunkan tim.") == {JATIM}
    assert lead_regions("Tanpa tempat.\n\nKorban dibawa ke Kabupaten Kudus.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "PATI - Ratusan warga antre air bersih.",
        "Pasar di Kabupaten Sragen terbakar, Rabu.",
        "SURABAYA - Dua kapal bersandar lebih awal.",
    ],
)
def test_lead_regions_keep_lead_places_provinces(text: str) -> None:
    regions = lead_regions(text)
    assert lead_places(text) == {p for p in regions if "/" not in p}
    assert regions - lead_places(text)


# --- _apart_places with regencies ---------------------------------------------------


def test_regencies_of_one_province_are_apart_only_with_regencies_asked_for() -> None:
    klaten = frozenset({JATENG, f"{JATENG}/Klaten"})
    sragen = frozenset({JATENG, f"{JATENG}/Sragen"})
    assert not _apart_places(klaten, sragen)  # the near link's test: provinces only
    assert _apart_places(klaten, sragen, regencies=True)
    assert not _apart_places(klaten, klaten | sragen, regencies=True)  # one in common
    assert not _apart_places(klaten, frozenset({JATENG}), regencies=True)  # province alone
    assert not _apart_places(klaten, frozenset(), regencies=True)
    # provinces apart stay apart
    assert _apart_places(klaten, frozenset({JATIM, f"{JATIM}/Ngawi"}), regencies=True)
    # the capital's cities are the national desk's datelines
    desk = frozenset({CAPITAL, f"{CAPITAL}/Jakarta Pusat"})
    assert not _apart_places(desk, frozenset({CAPITAL, f"{CAPITAL}/Jakarta Timur"}), regencies=True)


# --- the e5 link --------------------------------------------------------------------


def _rows(cosine: float) -> sparse.csr_matrix:
    return sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))


def _view(day: int | None, *places: str) -> UnitView:
    return UnitView(None if day is None else (day, day), frozenset(), rep_places=frozenset(places))


E5_SAME = np.ones((2, 4)) / 2.0  # e5 cosine 1.0
KLATEN = (JATENG, f"{JATENG}/Klaten")
SRAGEN = (JATENG, f"{JATENG}/Sragen")


def test_an_e5_link_needs_places_not_apart_beyond_the_near_days() -> None:
    x = _rows((BARS.e5_tfidf_floor + BARS.near_link_cosine) / 2)  # under every text bar
    two_days = [_view(100, *KLATEN), _view(102, *SRAGEN)]
    assert pair_link(two_days, x, E5_SAME, BARS, 0, 1) is None
    # guards: a day apart (one happening's coverage names the next regency), the same
    # regency, an undated side, a lead naming none
    assert pair_link([_view(100, *KLATEN), _view(101, *SRAGEN)], x, E5_SAME, BARS, 0, 1)
    assert pair_link([_view(100, *KLATEN), _view(103, *KLATEN)], x, E5_SAME, BARS, 0, 1)
    assert pair_link([_view(None, *KLATEN), _view(103, *SRAGEN)], x, E5_SAME, BARS, 0, 1)
    assert pair_link([_view(100), _view(103, *SRAGEN)], x, E5_SAME, BARS, 0, 1)
    # the general text bar holds whatever the places
    high = _rows(BARS.link_cosine + 0.05)
    assert pair_link(two_days, high, E5_SAME, BARS, 0, 1) is not None


# --- whole stories ------------------------------------------------------------------

needs_e5 = pytest.mark.skipif(
    not embedding_backend.available(), reason="needs the embeddings extra"
)

_VECTOR = tuple([0.5] * 4)


_BODIES = (
    "Mereka mengeluh pusing dan mual usai makan siang. Petugas puskesmas mengambil "
    "sampel nasi dan lauk untuk diuji di laboratorium provinsi.",
    "Orang tua menjemput anak-anak di ruang gawat darurat rumah sakit daerah. Bupati "
    "meminta dapur itu berhenti memasak sampai hasil uji keluar.",
)


def _poisoning(aid: str, date: str, place: str, kitchen: str, body: int) -> StoryInput:
    text = (
        f"{place.upper()} - Puluhan siswa di Kabupaten {place} diduga keracunan "
        f"setelah menyantap makanan dari dapur umum {kitchen}.\n\n{_BODIES[body]}"
    )
    return StoryInput(aid, f"Siswa {place} Keracunan", text, date, embedding=_VECTOR)


def _stories(items: list[StoryInput]) -> list[list[str]]:
    index = StoryIndex(embeddings=True)
    index.add(items)
    groups: dict[str, list[str]] = {}
    for article, story in index.assignment().items():
        groups.setdefault(story, []).append(article)
    return sorted(sorted(g) for g in groups.values())


@needs_e5
@pytest.mark.parametrize(
    ("first", "second"),
    [(("Klaten", "Sekar Wangi"), ("Sragen", "Mekar Sari")), (("Kudus", "Bina"), ("Pati", "Asri"))],
)
def test_two_poisonings_in_two_regencies_two_days_apart_stay_apart(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    items = [
        _poisoning("a", "2025-03-04", *first, 0),
        _poisoning("b", "2025-03-06", *second, 1),
    ]
    assert _stories(items) == [["a"], ["b"]]


@needs_e5
def test_without_the_rule_the_two_poisonings_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_clusters, "_other_days_and_places", lambda a, b, bars: False)
    items = [
        _poisoning("a", "2025-03-04", "Klaten", "Sekar Wangi", 0),
        _poisoning("b", "2025-03-06", "Sragen", "Mekar Sari", 1),
    ]
    assert _stories(items) == [["a", "b"]]


@needs_e5
def test_one_happening_told_from_the_next_regency_the_next_day_stays_one_story() -> None:
    items = [
        _poisoning("a", "2025-03-04", "Klaten", "Sekar Wangi", 0),
        _poisoning("b", "2025-03-05", "Sragen", "Sekar Wangi", 1),
    ]
    assert _stories(items) == [["a", "b"]]
