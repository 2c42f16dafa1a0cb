"""An undated piece links to its event's dated reports at a lower TF-IDF bar
(:mod:`warta.analyze.story_clusters`: ``_one_undated`` in ``pair_link``,
``stories.undated_link_cosine``).

Invented articles: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from scipy import sparse
from tests.analyze.test_story_lone import _stories

from warta.analyze import stories
from warta.analyze.stories import BARS, StoryInput
from warta.analyze.story_clusters import UnitView, link_floor, pair_link


def _rows(cosine: float) -> sparse.csr_matrix:
    return sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))


def _view(day: int | None) -> UnitView:
    return UnitView(None if day is None else (day, day), frozenset())


def test_the_undated_bar_sits_between_the_near_bar_and_the_general_bar() -> None:
    assert BARS.near_link_cosine < BARS.undated_link_cosine < BARS.link_cosine
    assert link_floor(BARS, e5=False) <= BARS.undated_link_cosine


def test_an_undated_unit_and_a_dated_one_link_at_the_undated_bar() -> None:
    cosine = (BARS.undated_link_cosine + BARS.link_cosine) / 2
    x = _rows(cosine)
    assert pair_link([_view(None), _view(100)], x, None, BARS, 0, 1) == pytest.approx(cosine)
    assert pair_link([_view(100), _view(None)], x, None, BARS, 0, 1) == pytest.approx(cosine)
    # guards: two undated units, two dated units days apart, a cosine under the bar
    assert pair_link([_view(None), _view(None)], x, None, BARS, 0, 1) is None
    assert pair_link([_view(100), _view(104)], x, None, BARS, 0, 1) is None
    low = _rows(BARS.undated_link_cosine - 0.03)
    assert pair_link([_view(None), _view(100)], low, None, BARS, 0, 1) is None


# --- whole stories ------------------------------------------------------------------

STRIKE = (
    StoryInput(
        "strike-report",
        "Ratusan Buruh Pabrik Sepatu di Tangerang Mogok Kerja",
        "TANGERANG - Ratusan buruh pabrik sepatu PT Langkah Jaya di Kecamatan Jatiuwung "
        "mogok kerja, Senin (9/3/2026). Mereka menuntut tunjangan hari raya dibayar "
        "penuh.\n\nBuruh berkumpul di depan gerbang pabrik sejak pagi. Polisi berjaga di "
        "sekitar lokasi.",
        "2026-03-09",
    ),
    StoryInput(
        "strike-feature",
        "Buruh Langkah Jaya Bertahan di Depan Gerbang",
        "Buruh pabrik sepatu PT Langkah Jaya bertahan di depan gerbang hingga malam. "
        "Mereka membentangkan spanduk berisi tuntutan.\n\nSeorang pekerja bagian jahit "
        "mengaku belum menerima gaji penuh sejak Januari. Anak-anaknya menunggu baju "
        "lebaran.",
        None,
    ),
)

HARBOUR = (
    StoryInput(
        "harbour-report",
        "Nelayan Tradisional Blokade Dermaga Pelabuhan Perikanan",
        "INDRAMAYU - Puluhan nelayan tradisional memblokade dermaga pelabuhan perikanan "
        "Karangsong dengan perahu, Rabu (15/4/2026). Mereka memprotes kapal pukat yang "
        "masuk ke wilayah tangkap mereka.\n\nAktivitas bongkar muat ikan terhenti sejak "
        "subuh. Petugas syahbandar mencoba bernegosiasi.",
        "2026-04-15",
    ),
    StoryInput(
        "harbour-feature",
        "Di Atas Perahu, Nelayan Karangsong Menunggu Jawaban",
        "Nelayan Karangsong masih menambatkan perahu mereka di dermaga hingga "
        "malam. Mereka memasak nasi di geladak.\n\nSeorang "
        "nelayan tua mengaku hasil tangkapannya turun separuh sejak kapal pukat datang. "
        "Utangnya di tengkulak terus bertambah.",
        None,
    ),
)


@pytest.mark.parametrize("event", [STRIKE, HARBOUR])
def test_an_undated_feature_joins_its_events_dated_report(
    event: tuple[StoryInput, StoryInput],
) -> None:
    assert _stories(event) == [sorted(a.article_id for a in event)]


@pytest.mark.parametrize("event", [STRIKE, HARBOUR])
def test_without_the_undated_bar_the_feature_stays_apart(
    event: tuple[StoryInput, StoryInput], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stories, "BARS", dataclasses.replace(BARS, undated_link_cosine=1.0))
    assert _stories(event) == sorted([[event[0].article_id], [event[1].article_id]])


@pytest.mark.parametrize("event", [STRIKE, HARBOUR])
def test_two_undated_pieces_keep_the_general_bars(event: tuple[StoryInput, StoryInput]) -> None:
    undated = (dataclasses.replace(event[0], date=None), event[1])
    assert _stories(undated) == sorted([[event[0].article_id], [event[1].article_id]])


def test_an_undated_piece_naming_another_weekday_stays_out() -> None:
    report, feature = STRIKE
    other_day = dataclasses.replace(
        feature,
        text="Pada Kamis malam, buruh pabrik sepatu PT Langkah Jaya bertahan di depan "
        + feature.text.split("di depan ", 1)[1],
    )
    assert _stories((report, other_day)) == sorted([[report.article_id], [other_day.article_id]])
